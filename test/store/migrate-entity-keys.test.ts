// A store written by the release before an entity's row was keyed by its id (schema version 11,
// made with main 9afa3b6's code by test/fixtures/store/make-store-v5.mjs; see README.md there)
// opens with today's code and migrates (migration 12: `case_entities` keyed by id and ordered by
// `ord`, the name index naming entities by id; the stored case file is dropped and built again
// by the store's first writer); its entities are found by name and by id and listed in order, a
// body's members too, and a refresh after a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";

test("a store made before entities were keyed by id opens, migrates, and answers and refreshes from the new rows", async () => {
  await withMigratedFixture("store-v11.db", 11, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const columns = async (table: string) =>
      (await store.sql.all<{ name: string }>(`PRAGMA table_info(${table})`)).map((c) => c.name);
    assert.ok((await columns("case_entities")).includes("ord"), "an entity's row keeps its place as ord");
    assert.ok(!(await columns("case_entities")).includes("seq"), "and no position");
    assert.ok((await columns("case_names")).includes("entity"), "the name index names the entity by id");
    const stored = (await freshStoredCase(store, "ferry"))!;
    assert.deepEqual(
      (await stored.entities()).map((e) => e.id),
      file.entities.map((e) => e.id),
      "the entities are read in the case's order",
    );
    const reeve = file.entities.find((e) => e.name === "Alan J. Reeve")!;
    assert.deepEqual(
      (await stored.matchEntities("Reeve")).map((e) => e.id),
      [reeve.id],
      "the name index finds the entity",
    );
    assert.deepEqual(
      (await stored.entitiesByIds([reeve.id])).map((e) => e.id),
      [reeve.id],
    );
    for (const body of file.entities.filter((e) => e.type === "organization"))
      assert.deepEqual(
        await stored.memberIds(body.id),
        file.entities.filter((e) => e.affiliations.includes(body.id)).map((e) => e.id),
        `the members of ${body.name}, in order`,
      );
    await store.removeDocument("ferry", "ferry-3");
    await refreshCase(store, "ferry");
    const rows = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(rows, await caseRows(store, "ferry"));
  });
});
