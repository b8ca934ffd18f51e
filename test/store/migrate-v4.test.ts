// A store written by Casefile before the case tables (test/fixtures/store/README.md) opens,
// migrates to the latest version in order, keeps its articles and corrections, and gets its case
// file built into the tables, equal to a rebuild.
import { test } from "node:test";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";

test("a store made before the case tables migrates, keeps everything and gets its case file stored", async () => {
  await withMigratedFixture("store-v4.db", 4, "ferry", assertFerryKept);
});
