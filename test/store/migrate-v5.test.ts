// A store written by the release that introduced the case tables (schema version 5, made by
// test/fixtures/store/make-store-v5.mjs; see README.md there) opens with today's code, migrates
// to the latest version in order, keeps its articles, removals and corrections, and its stored
// case file equals a rebuild.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";

test("a store made by the release with the case tables opens, migrates and keeps its case file", async () => {
  await withMigratedFixture("store-v5.db", 5, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    assert.ok(file.timeline.length > 0, "the timeline survives");
  });
});
