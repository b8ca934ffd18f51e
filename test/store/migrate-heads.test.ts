// Stores written by the releases before each entity's profile head was kept (schema version 8,
// made with main 8e35ca8's code) and before each milestone's and contradiction's head was kept
// (schema version 9, made with main 79891da's code), both by test/fixtures/store/make-store-v5.mjs
// (see README.md there), open with today's code, migrate (migration 9: the entity's head column,
// the contradictions' links; migration 10: the milestones' and contradictions' head columns),
// keep their articles and corrections, and their stored case answers a page of a profile as the
// whole case does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityHead, indexCase, PROFILE_ROWS, profileCounts, profilePage } from "../../src/casefile/queries.js";
import { freshStoredCase } from "../../src/store/case/refresh.js";
import { storedProfilePage } from "../../src/store/case/views.js";
import { pickOne } from "../../src/store/corrections.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";

for (const [fixture, version, before] of [
  ["store-v8.db", 8, "the profile heads"],
  ["store-v9.db", 9, "the milestone and contradiction heads"],
] as const)
  test(`a store made before ${before} opens, migrates, and answers a page of a profile from them`, async () => {
    await withMigratedFixture(fixture, version, "ferry", async (store, file) => {
      await assertFerryKept(store, file);
      const stored = await freshStoredCase(store, "ferry");
      assert.ok(stored);
      const whole = indexCase(file);
      const counts = profileCounts(file);
      assert.ok(file.timeline.length > 0, "the fixture's profiles list milestones");
      for (const e of file.entities) {
        assert.deepEqual(await stored.matchHeads(e.id), [entityHead(e, counts.get(e.id)!)]);
        for (const limit of [1, PROFILE_ROWS])
          assert.deepEqual(
            await storedProfilePage(stored, e.id, limit, (found) => pickOne(found, e.id)),
            profilePage(whole, e, limit),
          );
      }
    });
  });
