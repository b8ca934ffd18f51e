// Stores written by the releases before a milestone's row was keyed by what it holds (schema
// version 12, made with main da8528a's code) and before a position's row was keyed by its
// milestone's key (schema version 13, made with main 099514b's code), both by
// test/fixtures/store/make-store-v5.mjs (see README.md there), open with today's code and migrate
// (migration 13: `case_milestones` keyed by a digest of each milestone without its id, who takes
// part naming the milestone's key; migration 14: `case_timeline` keyed by the milestone's key with
// its position and id as columns, a milestone's row with no digest but its key and its JSON last;
// the stored case file is built again by the store's first writer); their milestones are read in
// order with their ids, whole, a page at a time, streamed and by participant, and a refresh after
// a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";

for (const [fixture, version, before] of [
  ["store-v12.db", 12, "milestones were keyed by what they hold"],
  ["store-v13.db", 13, "a position's row was keyed by its milestone's key"],
] as const)
  test(`a store made before ${before} opens, migrates, and reads its milestones with their ids`, async () => {
    await withMigratedFixture(fixture, version, "ferry", async (store, file) => {
      await assertFerryKept(store, file);
      const columns = async (table: string) =>
        (await store.sql.all<{ name: string }>(`PRAGMA table_info(${table})`)).map((c) => c.name);
      // A milestone's key is its digest, the JSON last; a position's row keyed by its milestone's key.
      assert.deepEqual(await columns("case_milestones"), ["case_id", "key", "list", "head_json", "json"]);
      assert.deepEqual(await columns("case_timeline"), ["case_id", "key", "alike", "hash", "list", "seq", "id"]);
      const indexes = await store.sql.all<{ name: string }>("PRAGMA index_list(case_timeline)");
      assert.ok(
        indexes.some((i) => i.name === "case_timeline_seq"),
        "the positions are read in order on an index",
      );
      assert.ok((await columns("case_milestone_participants")).includes("key"), "who takes part names the key");
      const stored = (await freshStoredCase(store, "ferry"))!;
      assert.ok(file.timeline.length > 1 && file.reports.length > 0, "the fixture has milestones and a report");
      for (const list of ["timeline", "reports"] as const) {
        assert.deepEqual(await stored.milestones(list), file[list], `the ${list}, with the ids numbered in order`);
        assert.deepEqual(await stored.milestones(list, undefined, { offset: 1, limit: 1 }), file[list].slice(1, 2));
        const streamed: string[] = [];
        for await (const json of stored.milestoneJson(list)) streamed.push(json);
        assert.deepEqual(
          streamed,
          file[list].map((t) => JSON.stringify(t)),
          "streamed, byte for byte",
        );
        for (const e of file.entities)
          assert.deepEqual(
            await stored.milestones(list, e.id),
            file[list].filter((t) => t.participants.includes(e.id)),
            `the ${list} milestones ${e.name} takes part in`,
          );
      }
      await store.removeDocument("ferry", "ferry-1");
      await refreshCase(store, "ferry");
      const rows = await caseRows(store, "ferry");
      await refreshCase(store, "ferry", { force: true });
      assert.deepEqual(rows, await caseRows(store, "ferry"));
    });
  });
