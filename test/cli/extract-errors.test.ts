// `casefile extract` on bad inputs, run as a user runs it (the built CLI in a child process):
// each bad input gives one clear error line naming it and a non-zero exit, and the good inputs
// of the same batch are still extracted and written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

const ARTICLE =
  "Prosecutors dropped the case on Monday.\n\n" +
  "“We simply cannot continue,” Alicia Kearns told The Telegraph. The Crown Prosecution Service said it had no choice.";

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  const lines = r.stderr.split("\n").filter((l) => l.trim());
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), "casefile-cli-errors-"));
  const w = (name: string, data: string | Buffer) => {
    writeFileSync(join(dir, name), data);
    return name;
  };
  const files = {
    goodTxt: w("good.txt", ARTICLE),
    goodJson: w("good-json.json", JSON.stringify({ id: "good-json", published: "2025-10-06", text: ARTICLE })),
    missing: "missing.txt",
    directory: "folder",
    empty: w("empty.txt", ""),
    binary: w(
      "photo.txt",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]),
    ),
    invalidJson: w("broken.json", '{"text": "He said so.", '),
    badDateJson: w("bad-date.json", JSON.stringify({ text: ARTICLE, published: "last Tuesday" })),
  };
  mkdirSync(join(dir, files.directory));
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test("extract: each bad input of a batch gets one error line naming it, the good ones are still written", () => {
  const { dir, files, cleanup } = fixtures();
  try {
    const bad = [files.missing, files.directory, files.empty, files.binary, files.invalidJson, files.badDateJson];
    const r = run(["extract", "--out", "out", files.goodTxt, ...bad, files.goodJson], dir);
    assert.notEqual(r.status, 0, "a batch with bad inputs exits non-zero");
    assert.equal(r.stdout, "", "with --out nothing goes to standard output");
    for (const name of bad) {
      const mine = r.lines.filter((l) => l.includes(name));
      assert.equal(mine.length, 1, `exactly one error line names ${name}; stderr was:\n${r.stderr}`);
      assert.ok(mine[0].length < 300 && !/^\s+at /.test(mine[0]), `the line for ${name} is one short line: ${mine[0]}`);
    }
    assert.equal(r.lines.length, bad.length, `one line per bad input and nothing else; stderr was:\n${r.stderr}`);
    assert.ok(!r.stderr.includes("    at "), "no stack trace");
    const written = readdirSync(join(dir, "out")).sort();
    assert.deepEqual(
      written,
      ["good-json.json", "good.json"],
      "only the good inputs are written, nothing half-written",
    );
    for (const f of written) {
      const doc = JSON.parse(readFileSync(join(dir, "out", f), "utf8")) as { text: string; quotes: unknown[] };
      assert.equal(doc.text, ARTICLE);
      assert.ok(Array.isArray(doc.quotes));
    }
  } finally {
    cleanup();
  }
});

test("extract: each kind of bad input alone exits non-zero with one line naming it", () => {
  const { dir, files, cleanup } = fixtures();
  try {
    const cases: [string, RegExp][] = [
      [files.missing, /missing\.txt/],
      [files.directory, /folder/],
      [files.empty, /empty\.txt.*empty/i],
      [files.binary, /photo\.txt.*binary/i],
      [files.invalidJson, /broken\.json.*JSON/],
      [files.badDateJson, /bad-date\.json.*last Tuesday/],
    ];
    for (const [name, pattern] of cases) {
      const r = run(["extract", name], dir);
      assert.notEqual(r.status, 0, `${name} exits non-zero`);
      assert.equal(r.lines.length, 1, `${name}: one line on stderr, got:\n${r.stderr}`);
      assert.match(r.lines[0], pattern);
      assert.equal(r.stdout, "", `${name}: nothing on standard output`);
    }
  } finally {
    cleanup();
  }
});

test("extract: a --published that is not a date is one clear line naming the value, non-zero exit, nothing written", () => {
  const { dir, files, cleanup } = fixtures();
  try {
    for (const value of ["yesterday", "2025-13-45"]) {
      const r = run(["extract", "--published", value, "--out", "out", files.goodTxt], dir);
      assert.notEqual(r.status, 0, `--published "${value}" exits non-zero`);
      assert.equal(r.lines.length, 1, `--published "${value}": one line, got:\n${r.stderr}`);
      assert.ok(r.lines[0].includes("--published"), `the line names the option: ${r.lines[0]}`);
      assert.ok(r.lines[0].includes(value), `the line names the value: ${r.lines[0]}`);
      assert.ok(!existsSync(join(dir, "out", "good.json")), "nothing is written for a batch with a bad --published");
    }
  } finally {
    cleanup();
  }
});

test("extract: good inputs alone exit 0; several without --out print one JSON document a line", () => {
  const { dir, files, cleanup } = fixtures();
  try {
    const one = run(["extract", "--published", "2025-10-07", files.goodTxt], dir);
    assert.equal(one.status, 0, one.stderr);
    assert.equal((JSON.parse(one.stdout) as { published: string }).published, "2025-10-07");
    const two = run(["extract", files.goodTxt, files.goodJson], dir);
    assert.equal(two.status, 0, two.stderr);
    const docs = two.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string });
    assert.deepEqual(
      docs.map((d) => d.id),
      ["good", "good-json"],
    );
  } finally {
    cleanup();
  }
});
