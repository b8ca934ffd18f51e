// A store written by Casefile before the case tables (test/fixtures/store/README.md) opens,
// migrates to the latest version in order, keeps its articles and corrections, and gets its case
// file built into the tables, equal to a rebuild.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { projectPath } from "../../src/core/paths.js";
import { loadCase, openStore } from "../../src/store/index.js";
import { freshStoredCase } from "../../src/store/case/refresh.js";
import { LATEST_VERSION } from "../../src/store/sqlite/migrations.js";

test("a store made before the case tables migrates, keeps everything and gets its case file stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-v4-"));
  try {
    const path = join(dir, "old.db");
    copyFileSync(projectPath("test", "fixtures", "store", "store-v4.db"), path);
    const before = new Database(path, { readonly: true });
    assert.equal(before.pragma("user_version", { simple: true }), 4);
    before.close();
    await assert.rejects(openStore(path, { readonly: true }), /older Casefile/);

    const store = await openStore(path);
    try {
      assert.deepEqual(
        (await store.listDocuments("ferry")).map((d) => d.id),
        ["ferry-1", "ferry-2", "ferry-3"],
      );
      const overrides = await store.listOverrides("ferry");
      assert.deepEqual(
        overrides.map((o) => [o.kind, ...o.entities]),
        [["rename", "Alan Reeve", "Alan J. Reeve"]],
      );
      const stored = await freshStoredCase(store, "ferry");
      assert.ok(stored, "opening the store for writing built its case file");
      const file = await stored.caseFile();
      assert.deepEqual(JSON.parse(JSON.stringify(file)), JSON.parse(JSON.stringify(await loadCase(store, "ferry"))));
      assert.ok(
        file.entities.some((e) => e.name === "Alan J. Reeve"),
        "the rename is replayed",
      );
    } finally {
      await store.close();
    }
    const after = new Database(path, { readonly: true });
    assert.equal(after.pragma("user_version", { simple: true }), LATEST_VERSION);
    after.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
