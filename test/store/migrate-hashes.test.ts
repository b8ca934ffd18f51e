// A store written by the release before each row's digest was kept (schema version 10, made with
// main bdd70f6's code by test/fixtures/store/make-store-v5.mjs; see README.md there) opens with
// today's code, migrates (migration 11: the `hash` columns), keeps its stored case file readable
// as it was, without building it again, and its next refresh leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";

test("a store made before the rows' digests opens, migrates, keeps its case file and refreshes it row by row", async () => {
  await withMigratedFixture("store-v10.db", 10, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const before = await caseRows(store, "ferry");
    assert.ok(
      before.case_entities.every((r) => r.includes('["hash",null]')),
      "the stored rows were kept as they were (no digest yet): the migration built nothing",
    );
    await store.removeDocument("ferry", "ferry-3");
    const r = await refreshCase(store, "ferry");
    assert.ok(
      r.written.every((w) => w.kept === 0),
      "a row without a digest is written again",
    );
    const rows = await caseRows(store, "ferry");
    assert.ok(!rows.case_entities.some((r) => r.includes('["hash",null]')));
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(rows, await caseRows(store, "ferry"));
    assert.ok(await freshStoredCase(store, "ferry"));
  });
});
