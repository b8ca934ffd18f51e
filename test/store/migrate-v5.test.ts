// A store written by the release that introduced the case tables (schema version 5, made by
// test/fixtures/store/make-store-v5.mjs; see README.md there) opens with today's code, migrates
// to the latest version in order, keeps its articles, removals and corrections, and its stored
// case file equals a rebuild.
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

test("a store made by the release with the case tables opens, migrates and keeps its case file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-v5-"));
  try {
    const path = join(dir, "v5.db");
    copyFileSync(projectPath("test", "fixtures", "store", "store-v5.db"), path);
    const before = new Database(path, { readonly: true });
    assert.equal(before.pragma("user_version", { simple: true }), 5);
    before.close();
    if (LATEST_VERSION > 5) await assert.rejects(openStore(path, { readonly: true }), /older Casefile/);

    const store = await openStore(path);
    try {
      assert.deepEqual(
        (await store.listDocuments("ferry")).map((d) => d.id),
        ["ferry-1", "ferry-2", "ferry-3"],
        "the removed article stays removed",
      );
      const overrides = await store.listOverrides("ferry");
      assert.deepEqual(
        overrides.map((o) => [o.kind, ...o.entities]),
        [["rename", "Alan Reeve", "Alan J. Reeve"]],
      );
      const stored = await freshStoredCase(store, "ferry");
      assert.ok(stored, "the stored case file is up to date after the migration");
      const file = await stored.caseFile();
      assert.deepEqual(JSON.parse(JSON.stringify(file)), JSON.parse(JSON.stringify(await loadCase(store, "ferry"))));
      assert.ok(
        file.entities.some((e) => e.name === "Alan J. Reeve"),
        "the rename is replayed",
      );
      assert.ok(file.timeline.length > 0, "the timeline survives");
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
