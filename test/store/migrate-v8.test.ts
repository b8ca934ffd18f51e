// A store written by the release before each entity's profile head was kept (schema version 8,
// made by test/fixtures/store/make-store-v8.mjs with main 8e35ca8's code; see README.md there)
// opens with today's code, migrates (migration 9: the head column, the contradictions' links),
// keeps its articles and corrections, and its stored case answers a page of a profile as the
// whole case does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entityHead, indexCase, PROFILE_ROWS, profileCounts, profilePage } from "../../src/casefile/queries.js";
import { freshStoredCase } from "../../src/store/case/refresh.js";
import { storedProfilePage } from "../../src/store/case/views.js";
import { pickOne } from "../../src/store/corrections.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";

test("a store made before the profile heads opens, migrates, and answers a page of a profile from them", async () => {
  await withMigratedFixture("store-v8.db", 8, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const stored = await freshStoredCase(store, "ferry");
    assert.ok(stored);
    const whole = indexCase(file);
    const counts = profileCounts(file);
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
