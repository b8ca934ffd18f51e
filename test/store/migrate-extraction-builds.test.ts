// A store written by the release before extractions recorded their build (schema version 21, made
// with main f42ab04's code by test/fixtures/store/make-store-v5.mjs, see README.md there) opens with
// today's code and migrates (migration 22: `extractions.build`, NULL for the rows stored before:
// "an older build"); its case reads as before, its articles count as extracted by another build,
// and extracting them again records the running build and leaves the case a refresh gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractionBuild } from "../../src/extract/build-id.js";
import { extractAgain } from "../../src/ingest/extract-again.js";
import { caseStates } from "../../src/store/index.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";

test("a store made before extractions recorded their build opens, migrates, and counts its articles as another build's", async () => {
  await withMigratedFixture("store-v21.db", 21, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const rows = await store.sql.all<{ build: string | null }>("SELECT build FROM extractions");
    assert.deepEqual(rows, [{ build: null }, { build: null }, { build: null }]);
    assert.equal((await store.getDocument("ferry", "ferry-2"))?.build, null);
    const indexes = (await store.sql.all<{ name: string }>("PRAGMA index_list(extractions)")).map((i) => i.name);
    assert.ok(indexes.includes("extractions_build"), "a document's build is read from an index, not its row");
    assert.equal(await store.countOtherBuild("ferry", extractionBuild()), 3);
    assert.deepEqual(
      (await caseStates(store)).map((c) => [c.name, c.otherBuild, c.note]),
      [["ferry", 3, "3 articles extracted by another build; casefile rebuild --extract --case ferry"]],
    );
    assert.equal(await extractAgain(store, "ferry"), 3);
    assert.equal(await store.countOtherBuild("ferry", extractionBuild()), 0);
    assert.equal((await store.getDocument("ferry", "ferry-2"))?.build, extractionBuild());
    await refreshCase(store, "ferry");
    const stored = await freshStoredCase(store, "ferry");
    assert.ok(stored);
    await assertFerryKept(store, await stored.caseFile());
  });
});
