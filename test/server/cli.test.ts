// `casefile serve` as a user runs it: it prints the address of the case, answers there, stops
// cleanly on SIGTERM, and refuses bad flags with one clear line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ARTICLES, CASE, addArticles, tempStore } from "./fixtures.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

test("casefile serve prints the case's address, answers there and stops on SIGTERM", async () => {
  const t = await tempStore();
  await addArticles(t.store, CASE, ARTICLES.slice(0, 1));
  await t.store.close();
  const child = spawn(process.execPath, [CLI, "serve", "--store", t.path, "--port", "0", "--case", CASE], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString();
        // Output may arrive in pieces: wait for its last line.
        const m = /case "harbour": (http:\/\/127\.0\.0\.1:\d+\/#\/case\/harbour)/.exec(out);
        if (m && out.includes("Press Ctrl+C to stop.")) resolve(m[1]);
      });
      child.on("exit", (code) => reject(new Error(`serve exited (${code}) before printing its address: ${out}`)));
    });
    assert.match(out, /API description: http:\/\/127\.0\.0\.1:\d+\/openapi\.json/);
    const origin = new URL(url).origin;
    const cases = await (await fetch(`${origin}/api/cases`)).json();
    assert.deepEqual(
      cases.map((c: { name: string }) => c.name),
      [CASE],
    );
    const page = await fetch(`${origin}/`);
    assert.match(await page.text(), /<title>Casefile<\/title>/);
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", (c) => resolve(c));
      child.kill("SIGTERM");
    });
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await t.cleanup();
  }
});

test("casefile serve refuses a bad port or a short token with one line", async () => {
  const t = await tempStore();
  try {
    const port = spawnSync(process.execPath, [CLI, "serve", "--store", t.path, "--port", "eighty"], {
      encoding: "utf8",
    });
    assert.equal(port.status, 2);
    assert.equal(port.stderr.trim(), 'casefile serve: --port "eighty" is not a port number (0-65535)');
    const token = spawnSync(process.execPath, [CLI, "serve", "--store", t.path, "--token", "abc"], {
      encoding: "utf8",
    });
    assert.equal(token.status, 2);
    assert.match(token.stderr, /--token must be at least 8 characters/);
  } finally {
    await t.cleanup();
  }
});
