// Stores written by the releases before a milestone's row was keyed by what it holds (schema
// version 12, made with main da8528a's code), before a position's row was keyed by its
// milestone's key (schema version 13, made with main 099514b's code) and before a milestone's
// position and id were counted when read (schema version 17, made with main bbfc942's code), all by
// test/fixtures/store/make-store-v5.mjs (see README.md there), open with today's code and migrate
// (migration 13: `case_milestones` keyed by a digest of each milestone without its id, who takes
// part naming the milestone's key; migration 14: `case_timeline` keyed by the milestone's key, a
// milestone's row with no digest but its key and its JSON last; migration 18: a position's row
// keeps the milestone's place in its list's order, `ord`, on the index `(case_id, list, ord)`, and
// no position or id; the stored case file is built again by the store's first writer); their
// milestones are read with the ids the whole case gives them (`assertMilestonesRead`), and a
// refresh after a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";
import { assertMilestonesRead } from "./milestones-read.js";

for (const [fixture, version, before] of [
  ["store-v12.db", 12, "milestones were keyed by what they hold"],
  ["store-v13.db", 13, "a position's row was keyed by its milestone's key"],
  ["store-v17.db", 17, "a milestone's position and id were counted when read"],
] as const)
  test(`a store made before ${before} opens, migrates, and reads its milestones with their ids`, async () => {
    await withMigratedFixture(fixture, version, "ferry", async (store, file) => {
      await assertFerryKept(store, file);
      const columns = async (table: string) =>
        (await store.sql.all<{ name: string }>(`PRAGMA table_info(${table})`)).map((c) => c.name);
      // A milestone's key is its digest, the JSON last; a position's row keyed by its milestone's key.
      assert.deepEqual(await columns("case_milestones"), ["case_id", "key", "list", "head_json", "json"]);
      // (Migration 18 keeps its place in the list's order, `ord`, instead of its position and id.)
      assert.deepEqual(await columns("case_timeline"), ["case_id", "key", "alike", "hash", "list", "ord"]);
      const indexes = await store.sql.all<{ name: string }>("PRAGMA index_list(case_timeline)");
      assert.ok(
        indexes.some((i) => i.name === "case_timeline_ord"),
        "the positions are read in order on an index",
      );
      const ords = await store.sql.all<{ ord: string }>("SELECT ord FROM case_timeline");
      assert.ok(ords.length > 0 && ords.every((r) => /^\d+$/.test(r.ord)), "a place is digits only");
      assert.ok((await columns("case_milestone_participants")).includes("key"), "who takes part names the key");
      assert.ok(file.timeline.length > 1 && file.reports.length > 0, "the fixture has milestones and a report");
      await assertMilestonesRead((await freshStoredCase(store, "ferry"))!, file);
      await store.removeDocument("ferry", "ferry-1");
      await refreshCase(store, "ferry");
      const rows = await caseRows(store, "ferry");
      await refreshCase(store, "ferry", { force: true });
      assert.deepEqual(rows, await caseRows(store, "ferry"));
    });
  });
