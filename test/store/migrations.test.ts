import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { LATEST_VERSION, MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import { APPLICATION_ID } from "../../src/store/sqlite/open.js";
import { ARTICLES } from "../ingest/articles.js";

test("migrations are numbered 1, 2, … in order", async () => {
  assert.deepEqual(
    MIGRATIONS.map((m) => m.version),
    MIGRATIONS.map((_, i) => i + 1),
  );
  assert.equal(LATEST_VERSION, MIGRATIONS.length);
});

test("a new store is at the latest version, in WAL mode, marked as a Casefile store", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-migrate-"));
  try {
    const path = join(dir, "new.db");
    await (await openStore(path)).close();
    const db = new Database(path);
    assert.equal(db.pragma("user_version", { simple: true }), LATEST_VERSION);
    assert.equal(db.pragma("application_id", { simple: true }), APPLICATION_ID);
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a version-1 store is upgraded in place: its documents kept and fingerprinted for near-duplicates", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-migrate-"));
  try {
    const path = join(dir, "old.db");
    const [article] = ARTICLES;
    const db = new Database(path);
    db.exec(MIGRATIONS[0].sql);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma("user_version = 1");
    db.prepare("INSERT INTO cases (id, name, created_at) VALUES (1, 'default', '2025-01-01T00:00:00Z')").run();
    db.prepare(
      `INSERT INTO documents (rowid, case_id, doc_id, text, hash, chars, added_at)
       VALUES (1, 1, 'wire', ?, 'h1', ?, '2025-01-01T00:00:00Z')`,
    ).run(article.text, article.text.length);
    db.prepare("INSERT INTO extractions (document, json) VALUES (1, ?)").run(
      JSON.stringify({ id: "wire", source: null, published: null, entities: [], quotes: [], events: [], times: [] }),
    );
    db.close();

    const store = await openStore(path);
    try {
      assert.deepEqual(
        (await store.listDocuments("default")).map((d) => d.id),
        ["wire"],
      );
      const copy = "IPSWICH (Agency) - " + article.text.split("\n\n").slice(0, 4).join("\n\n");
      const result = await store.addDocument(
        "default",
        { id: "copy", source: null, outlet: "Agency", published: null, title: null, text: copy },
        { id: "copy", source: null, published: null, text: copy, entities: [], quotes: [], events: [], times: [] },
      );
      assert.equal(result.status, "near-duplicate");
      assert.equal(result.duplicateOf, "wire");
    } finally {
      await store.close();
    }
    const check = new Database(path);
    assert.equal(check.pragma("user_version", { simple: true }), LATEST_VERSION);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a second connection to a store just created opens it without migrating again and sees its writes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-migrate-"));
  try {
    const path = join(dir, "race.db");
    const a = await openStore(path);
    const b = await openStore(path);
    await a.recordMerge("default", { entities: ["x", "y"], reason: "same person" });
    assert.equal((await b.listOverrides("default")).length, 1);
    await a.close();
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
