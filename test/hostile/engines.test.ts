// Issue 17 item 16: `npm install` on the Node version the README states warns about no package.
// Every package in package-lock.json that declares `engines.node` must accept Node 20.19.0, the
// oldest Node 20 release Casefile supports (linkedom's HTML parser packages need 20.19).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { projectPath } from "../../src/core/paths.js";

const OLDEST = [20, 19, 0];

type Version = number[];
const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `v` satisfies one npm range made of single comparators joined by `||`; throws on a form it cannot read. */
export function satisfies(range: string, v: Version): boolean {
  return range.split("||").some((alt) => {
    const s = alt.trim();
    if (s === "*" || s === "") return true;
    const m = /^(>=|\^|~)?\s*v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(s);
    if (!m) throw new Error(`cannot read the range "${range}"`);
    const num = (x: string | undefined) => (x === undefined || x === "x" ? null : Number(x));
    const [major, minor, patch] = [Number(m[2]), num(m[3]), num(m[4])];
    const floor = [major, minor ?? 0, patch ?? 0];
    if (m[1] === ">=") return cmp(v, floor) >= 0;
    if (m[1] === "^") return v[0] === major && cmp(v, floor) >= 0;
    if (m[1] === "~") return v[0] === major && v[1] === (minor ?? v[1]) && cmp(v, floor) >= 0;
    return v[0] === major && (minor === null || v[1] === minor) && (patch === null || v[2] === patch);
  });
}

test("the range reader reads the forms the lock file uses", () => {
  assert.ok(satisfies(">=20", OLDEST));
  assert.ok(!satisfies(">=22", OLDEST));
  assert.ok(satisfies("20.x || 22.x", OLDEST));
  assert.ok(!satisfies("^20.20.0 || >=24", OLDEST));
  assert.ok(satisfies(">= 10.x", OLDEST));
  assert.throws(() => satisfies("20 - 22", OLDEST));
});

test("every package accepts Node 20.19, and package.json says so", () => {
  const lock = JSON.parse(readFileSync(projectPath("package-lock.json"), "utf8")) as {
    packages: Record<string, { engines?: { node?: string } }>;
  };
  const refuse = Object.entries(lock.packages)
    .filter(([, p]) => typeof p.engines?.node === "string" && !satisfies(p.engines.node, OLDEST))
    .map(([name, p]) => `${name} (${p.engines?.node})`);
  assert.deepEqual(refuse, []);
  const pkg = JSON.parse(readFileSync(projectPath("package.json"), "utf8")) as { engines: { node: string } };
  assert.equal(pkg.engines.node, ">=20.19.0");
});
