// A store written by the release before a contradiction's row was keyed by its place in the
// list's order (schema version 18, made with main 3bd8fdc's code by
// test/fixtures/store/make-store-v5.mjs, see README.md there) opens with today's code and migrates
// (migration 19: `case_contradictions` keyed by `ord`, its JSON and head without their numbers, an
// entity's contradiction links naming the row's `ord`; the stored case file is built again by the
// store's first writer); contradictions made after it are read with the ids the whole case gives
// them (`assertContradictionsRead`), and a refresh after a change leaves the rows a whole write gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { refreshCase } from "../../src/store/case/refresh.js";
import { assertFerryKept, withMigratedFixture } from "./migrated-fixture.js";
import { caseRows } from "./case-rows.js";
import { assertCourtArticlesRead, CONTRADICTION_COLUMNS } from "./contradictions-read.js";

test("a store made before a contradiction's row was keyed by its place opens, migrates, and reads its contradictions with their ids", async () => {
  await withMigratedFixture("store-v18.db", 18, "ferry", async (store, file) => {
    await assertFerryKept(store, file);
    const columns = async (table: string) =>
      (await store.sql.all<{ name: string }>(`PRAGMA table_info(${table})`)).map((c) => c.name);
    assert.deepEqual(await columns("case_contradictions"), CONTRADICTION_COLUMNS);
    const indexes = await store.sql.all<{ name: string }>("PRAGMA index_list(case_contradictions)");
    assert.ok(
      indexes.some((i) => i.name === "case_contradictions_subject"),
      "the contradictions are found by subject on an index",
    );
    await assertCourtArticlesRead(store, "ferry");
    const ords = await store.sql.all<{ ord: string }>("SELECT ord FROM case_contradictions");
    assert.ok(ords.length > 1 && ords.every((r) => /^\d+$/.test(r.ord)), "a place is digits only");
    const links = await store.sql.all<{ other: string }>("SELECT other FROM case_links WHERE kind = 'contradiction'");
    assert.ok(
      links.length > 0 && links.every((l) => ords.some((r) => r.ord === l.other)),
      "a link names a row's place",
    );
    await store.removeDocument("ferry", "court-2");
    await refreshCase(store, "ferry");
    const rows = await caseRows(store, "ferry");
    await refreshCase(store, "ferry", { force: true });
    assert.deepEqual(rows, await caseRows(store, "ferry"));
  });
});
