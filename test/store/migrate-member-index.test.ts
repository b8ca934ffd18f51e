// A store written by the release before an entity's members and member links were indexed by its
// id (schema version 14, made with main f69aae0's code by test/fixtures/store/make-store-v5.mjs,
// see README.md there) opens with today's code and migrates (migration 15: an index on
// `case_members`' entity and one on `case_links`' member rows' other end; the stored case file is
// kept as it was); the lookups a refresh makes by entity use them, and a refresh after a change
// leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";

test("a store made before an entity's members were indexed by its id opens, migrates and looks them up by it", async () => {
  await withMigratedFixture("store-v14.db", 14, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const plan = async (sql: string) =>
      (await store.sql.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, ["x"])).map((r) => r.detail).join("; ");
    assert.match(
      await plan("SELECT document, local_id FROM case_members WHERE case_id = 1 AND entity IN (?)"),
      /USING INDEX case_members_entity \(case_id=\? AND entity=\?\)/,
    );
    assert.match(
      await plan("SELECT entity FROM case_links WHERE case_id = 1 AND kind = 'member' AND other IN (?)"),
      /USING INDEX case_links_member \(case_id=\? AND other=\?\)/,
    );
    const person = file.entities.find((e) => e.type === "person" && e.members.length > 0)!;
    const members = await store.sql.all<{ document: string; local_id: string }>(
      "SELECT document, local_id FROM case_members WHERE case_id = (SELECT id FROM cases WHERE name = ?) AND entity = ? ORDER BY document, local_id",
      ["ferry", person.id],
    );
    assert.deepEqual(
      members.map((m) => [m.document, m.local_id]),
      person.members.map((m) => [m.document, m.entity]).sort(),
      `${person.name}'s members are found by the id`,
    );
    await store.removeDocument("ferry", "ferry-1");
    await refreshCase(store, "ferry");
    const rows = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(rows, await caseRows(store, "ferry"));
  });
});
