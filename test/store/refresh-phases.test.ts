// Where a refresh spends its time: `refreshCase` names each phase it ran, in order, with its
// duration (what the scale bench prints per phase), and a refresh that had nothing to build names none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../../src/store/index.js";
import { refreshCase } from "../../src/store/case/refresh.js";
import { ARTICLES, CASE, addArticles } from "../server/fixtures.js";
import { SQLITE } from "./engines.js";

test("a refresh that builds times each of its phases, in order, within its whole time", async () => {
  const { location, cleanup } = SQLITE.newLocation();
  const store = await openStore(location);
  try {
    await addArticles(store, CASE, ARTICLES);
    const r = await refreshCase(store, CASE);
    assert.equal(r.built, true);
    assert.deepEqual(
      r.phases.map((p) => p.phase),
      ["read", "entities", "quotes", "timeline", "contradictions", "graph", "views", "write"],
    );
    for (const p of r.phases) assert.ok(p.ms >= 0, `${p.phase} took ${p.ms} ms`);
    const sum = r.phases.reduce((n, p) => n + p.ms, 0);
    assert.ok(sum <= r.ms + 1e-6, `the phases (${sum} ms) fit in the refresh (${r.ms} ms)`);
    const again = await refreshCase(store, CASE);
    assert.equal(again.built, false);
    assert.deepEqual(again.phases, []);
  } finally {
    await store.close();
    await cleanup();
  }
});
