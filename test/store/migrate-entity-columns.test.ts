// A store written by the release whose entity rows kept their JSON before their short columns
// (schema version 19, made with main 73ce2a2's code by test/fixtures/store/make-store-v5.mjs, see
// README.md there) opens with today's code and migrates (migration 20: `case_entities` with the
// digest, the list row and the profile's head before the JSON, which SQLite would otherwise walk
// to reach them). The rows are copied as they were (migration 21 then builds the case file again
// for its graph, and they come out the same); the lists read from them are the whole case's, and a
// refresh after a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { entityListRow } from "../../src/casefile/queries.js";
import { projectPath } from "../../src/core/paths.js";
import { refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";

/** `case_entities`' columns since migration 20: the long JSON last. */
const ENTITY_COLUMNS = ["case_id", "id", "ord", "type", "name", "hash", "list_json", "head_json", "json"];
/**
 * What migration 21's build leaves as migration 20 copied it: all but the digest, which a refresh
 * takes since the thirty-first session over what the row is made from (`Unit.from`,
 * src/store/case/tables.ts), so that build writes the rows again with the same values.
 */
const COPIED_COLUMNS = ENTITY_COLUMNS.filter((c) => c !== "hash");

/** The fixture's entity rows, read from the file as shipped. */
function fixtureRows(): { rows: string[] } {
  const db = new Database(projectPath("test", "fixtures", "store", "store-v19.db"), { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT ${COPIED_COLUMNS.join(", ")} FROM case_entities ORDER BY case_id, id`)
      .all()
      .map((r) => JSON.stringify(r));
    return { rows };
  } finally {
    db.close();
  }
}

test("a store made before an entity's short columns came before its JSON opens, migrates, and keeps its entity rows", async () => {
  const before = fixtureRows();
  assert.ok(before.rows.length > 3, "the fixture holds entities");
  await withMigratedFixture("store-v19.db", 19, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const columns = (await store.sql.all<{ name: string }>("PRAGMA table_info(case_entities)")).map((c) => c.name);
    assert.deepEqual(columns, ENTITY_COLUMNS);
    const indexes = (await store.sql.all<{ name: string }>("PRAGMA index_list(case_entities)")).map((i) => i.name);
    for (const name of ["case_entities_ord", "case_entities_type"])
      assert.ok(indexes.includes(name), `the entities are read in order on ${name}`);
    // (Migration 21 builds the case file again, its graph rows keyed anew: migrate-graph-order.test.ts.
    // Its entity rows come out as migration 20 copied them, but for their digests.)
    const after = await store.sql.all<Record<string, unknown>>(
      `SELECT ${COPIED_COLUMNS.join(", ")} FROM case_entities ORDER BY case_id, id`,
    );
    assert.deepEqual(
      after.map((r) => JSON.stringify(r)),
      before.rows,
      "every entity's row is copied as it was",
    );
    const caseId = (await store.caseId("ferry"))!;
    const listed = await store.sql.all<{ list_json: string }>(
      "SELECT list_json FROM case_entities WHERE case_id = ? ORDER BY ord",
      [caseId],
    );
    assert.deepEqual(
      listed.map((r) => JSON.parse(r.list_json) as unknown),
      file.entities.map(entityListRow),
      "the list rows read in the case's order",
    );
    await store.removeDocument("ferry", "ferry-1");
    await refreshCase(store, "ferry");
    const refreshed = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(refreshed, await caseRows(store, "ferry"));
  });
});
