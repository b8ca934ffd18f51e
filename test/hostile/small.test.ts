// Issue 17 item 6: small points found by probing as an attacker and a new user.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { htmlToArticle } from "../../src/ingest/html.js";
import { createServer } from "../../src/server/index.js";
import { tempStore, type TempStore } from "../server/fixtures.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

test("an .html file with no tags is read as its text, not a TypeError", async () => {
  const article = htmlToArticle("The council met on Monday &amp; voted to close the pier.");
  assert.equal(article.text, "The council met on Monday & voted to close the pier.");
});

test("extract --out refuses two inputs that would write the same file, and writes nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-out-"));
  try {
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "a", "story.txt"), "The mayor resigned on Friday.");
    writeFileSync(join(dir, "b", "story.txt"), "The mayor stayed on.");
    const out = join(dir, "out");
    const r = spawnSync(process.execPath, [CLI, "extract", "--out", out, "a/story.txt", "b/story.txt"], {
      cwd: dir,
      encoding: "utf8",
    });
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split("\n");
    assert.equal(lines.length, 1);
    assert.match(lines[0], /a\/story\.txt and b\/story\.txt would both be written to .*story\.json/);
    assert.ok(!existsSync(out) || readdirSync(out).length === 0, "nothing is written");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("writes to the API", async () => {
  let temp: TempStore;
  let app: FastifyInstance;
  before(async () => {
    temp = await tempStore();
    app = createServer({ store: temp.store, loopbackOnly: true });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await temp.cleanup();
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: "POST",
      url: "/api/cases/probe/documents",
      headers: { host: "127.0.0.1:8765", "content-type": "application/json", ...headers },
      payload: body,
    });

  test("with Origin: null (a sandboxed frame, a file: page) are refused", async () => {
    const res = await post(JSON.stringify({ text: "The mayor resigned on Friday." }), { origin: "null" });
    assert.equal(res.statusCode, 403);
    assert.equal((await temp.store.listDocuments("probe")).length, 0);
  });

  test('{"text": 5} is refused, not stored as "5"', async () => {
    const res = await post(JSON.stringify({ text: 5 }));
    assert.equal(res.statusCode, 400);
    assert.match(res.json().message, /"text" must be a string, not a number/);
    const title = await post(JSON.stringify({ text: "The mayor resigned.", title: true }));
    assert.equal(title.statusCode, 400);
    assert.equal((await temp.store.listDocuments("probe")).length, 0);
  });

  test("a .html upload with no tags is added, not a 500", async () => {
    const res = await post(
      JSON.stringify({ filename: "plain.html", content: "The mayor resigned on Friday, the council said." }),
    );
    assert.equal(res.statusCode, 201, res.body);
  });

  test("the same write from this UI's own origin is accepted", async () => {
    const res = await post(JSON.stringify({ text: "The harbour master retired on Monday." }), {
      origin: "http://127.0.0.1:8765",
    });
    assert.equal(res.statusCode, 201, res.body);
  });
});
