// Articles extracted by another build of the extractor (an older release) are counted as such,
// listed by `casefile cases` and the API's list of cases, and `casefile rebuild --extract` makes
// them again with the running build: the case then equals a fresh ingest of the same texts, with
// the user's merge still applied. On SQLite the command runs as a user runs it (the built CLI in a
// child process, a second build id computed there); on PostgreSQL through the same function.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dirname } from "node:path";
import type { CaseFile } from "../../src/casefile/types.js";
import type { Extraction } from "../../src/core/schema.js";
import { extract } from "../../src/extract/index.js";
import { extractionBuild } from "../../src/extract/build-id.js";
import { extractAgain } from "../../src/ingest/extract-again.js";
import { caseStates, openStore, type NewDocument, type Store } from "../../src/store/index.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { runCli } from "../cli/run.js";
import { ENGINES } from "./engines.js";

const CASE = "viaduct";

const ARTICLES: NewDocument[] = [
  {
    id: "gazette-1",
    source: "https://news.example/gazette-1",
    outlet: "Ridgeford Gazette",
    published: "2025-09-02",
    title: null,
    text:
      "Engineer Tamsin Holloway was suspended on Monday after cracks were found in the Ridgeford viaduct. " +
      '"Nobody told us the bearings were worn," said Holloway. Brackwater Rail said trains would run slowly.',
  },
  {
    id: "courier-2",
    source: "https://news.example/courier-2",
    outlet: "Vale Courier",
    published: "2025-09-04",
    title: null,
    text:
      "Brackwater Rail chief executive Oren Castell apologised to passengers on Wednesday. " +
      '"We will replace every bearing before winter," Castell told reporters in Ridgeford.',
  },
  {
    id: "courier-3",
    source: "https://news.example/courier-3",
    outlet: "Vale Courier",
    published: "2025-09-05",
    title: null,
    // Her name before her marriage: no rule merges it, the user does.
    text: "Tamsin Ashby, the suspended engineer, declined to comment. The viaduct reopened to freight on Friday.",
  },
];

const extractionOf = (a: NewDocument): Extraction =>
  extract(a.text, { id: a.id, source: a.source, published: a.published });

/** What an older build might have stored for an article: its entities, no quotes, no events. */
const olderExtraction = (a: NewDocument): Extraction => ({ ...extractionOf(a), quotes: [], events: [] });

const MERGE = {
  entities: ["Tamsin Ashby", "Tamsin Holloway"],
  reason: "test: one engineer",
  detail: { name: "Tamsin Holloway" },
};

/** The stored case file as JSON, without the merge's time (each store records its own). */
async function caseJson(store: Store): Promise<string> {
  await refreshCase(store, CASE);
  const stored = await freshStoredCase(store, CASE);
  assert.ok(stored, "the stored case is up to date");
  return JSON.stringify(await stored.caseFile(), (key, value: unknown) => (key === "at" ? undefined : value));
}

/** A fresh ingest of the articles with the running build, and the merge. */
async function freshCase(location: string): Promise<string> {
  const store = await openStore(location);
  try {
    for (const a of ARTICLES) await store.addDocument(CASE, a, extractionOf(a));
    await store.recordMerge(CASE, MERGE);
    return await caseJson(store);
  } finally {
    await store.close();
  }
}

/** The articles ingested by "an older build" (the first one's extraction stored under a fake build id), and the merge. */
async function olderCase(location: string): Promise<void> {
  const store = await openStore(location);
  try {
    await store.addDocument(CASE, ARTICLES[0], olderExtraction(ARTICLES[0]), { build: "0123456789abcdef" });
    for (const a of ARTICLES.slice(1)) await store.addDocument(CASE, a, extractionOf(a));
    await store.recordMerge(CASE, MERGE);
    await refreshCase(store, CASE);
  } finally {
    await store.close();
  }
}

for (const engine of ENGINES) {
  test(
    `${engine.name}: an article an older build extracted is counted, and rebuild --extract makes the case a fresh ingest makes`,
    {
      skip: engine.skip,
    },
    async () => {
      const fresh = engine.newLocation();
      const older = engine.newLocation();
      try {
        const expected = await freshCase(fresh.location);
        await olderCase(older.location);
        let store = await openStore(older.location);
        try {
          assert.equal(await store.countOtherBuild(CASE, extractionBuild()), 1);
          assert.deepEqual(await store.otherBuildDocuments(CASE, extractionBuild()), ["gazette-1"]);
          assert.deepEqual(
            await store.otherBuildDocuments(CASE, null),
            ARTICLES.map((a) => a.id),
            "all, in ingest order",
          );
          assert.equal((await store.getDocument(CASE, "gazette-1"))?.build, "0123456789abcdef");
          assert.equal((await store.getDocument(CASE, "courier-2"))?.build, extractionBuild());
          const [state] = await caseStates(store);
          assert.equal(state.otherBuild, 1);
          const queued = engine.name === "postgres" ? " --queue" : "";
          assert.equal(
            state.note,
            `1 article extracted by another build; casefile rebuild --extract${queued} --case ${CASE}`,
          );
          assert.notEqual(await caseJson(store), expected, "the older extraction gives another case");
          if (engine.name === "postgres") {
            const revision = await store.revision();
            assert.equal(await extractAgain(store, CASE), 1);
            assert.ok((await store.revision()) > revision, "a replaced extraction changes the store's revision");
          }
        } finally {
          await store.close();
        }
        if (engine.name === "sqlite") {
          const r = runCli(dirname(older.location), "rebuild", "--extract", "--store", older.location, "--case", CASE);
          assert.equal(r.code, 0, r.err);
          assert.match(r.out, /^extracted 1 article of case "viaduct" again with build [0-9a-f]{16} in /m);
          assert.match(r.out, /^rebuilt case "viaduct"/m);
          const cases = runCli(dirname(older.location), "cases", "--store", older.location, "--json");
          assert.equal(cases.code, 0, cases.err);
          assert.deepEqual(
            (JSON.parse(cases.out) as { otherBuild: number; note: string | null }[]).map((c) => [c.otherBuild, c.note]),
            [[0, null]],
            "the CLI computes the same build id in its own process",
          );
        }
        store = await openStore(older.location);
        try {
          assert.equal(await store.countOtherBuild(CASE, extractionBuild()), 0);
          assert.equal((await store.getDocument(CASE, "gazette-1"))?.build, extractionBuild());
          const hits = await store.search(CASE, "worn", { kinds: ["quote"] });
          assert.equal(hits.length, 1, "the new extraction's quote is searchable");
          assert.equal(await caseJson(store), expected, "the case a fresh ingest gives, the merge applied");
          const merged = (JSON.parse(expected) as CaseFile).entities.find((e) => e.name === "Tamsin Holloway");
          assert.deepEqual(
            merged?.members.map((m) => [m.document, m.name]),
            [
              ["gazette-1", "Tamsin Holloway"],
              ["courier-3", "Tamsin Ashby"],
            ],
            "the merge is applied",
          );
        } finally {
          await store.close();
        }
      } finally {
        await fresh.cleanup();
        await older.cleanup();
      }
    },
  );
}

test("rebuild --extract all extracts every article again; an unknown value is refused", async () => {
  const { SQLITE } = await import("./engines.js");
  const where = SQLITE.newLocation();
  try {
    const store = await openStore(where.location);
    for (const a of ARTICLES) await store.addDocument(CASE, a, extractionOf(a));
    await store.close();
    const dir = dirname(where.location);
    const none = runCli(dir, "rebuild", "--extract", "--store", where.location, "--case", CASE);
    assert.equal(none.code, 0, none.err);
    assert.match(none.out, /every article of case "viaduct" was extracted by this build/);
    const all = runCli(dir, "rebuild", "--extract", "all", "--store", where.location, "--case", CASE);
    assert.equal(all.code, 0, all.err);
    assert.match(all.out, /^extracted 3 articles of case "viaduct" again/m);
    const wrong = runCli(dir, "rebuild", "--extract", "some", "--store", where.location, "--case", CASE);
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /--extract "some" is not understood/);
  } finally {
    await where.cleanup();
  }
});

test("rebuild --extract on a batch as large as ingest's threaded ones extracts in worker threads and gives the case a fresh ingest gives", async () => {
  const { SQLITE } = await import("./engines.js");
  const towns = ["Marlow Cross", "Edenholt", "Pike Ferry", "Sallowby", "Grantham Vale"];
  // Invented notices, one sentence each, every one a council decision with a person and a day.
  const notices: NewDocument[] = Array.from({ length: 50 }, (_, i) => ({
    id: `notice-${i + 1}`,
    source: null,
    outlet: "Shire Bulletin",
    published: `2025-10-${String((i % 28) + 1).padStart(2, "0")}`,
    title: null,
    text:
      `Councillor Wren Abbot${i} of ${towns[i % towns.length]} approved plan ${i + 1} on Tuesday. ` +
      `"The lane needs ${i + 2} new lamps," Abbot${i} said.`,
  }));
  const fresh = SQLITE.newLocation();
  const older = SQLITE.newLocation();
  try {
    let store = await openStore(fresh.location);
    for (const n of notices) await store.addDocument(CASE, n, extractionOf(n));
    const expected = await caseJson(store);
    await store.close();
    store = await openStore(older.location);
    for (const n of notices) await store.addDocument(CASE, n, olderExtraction(n), { build: null });
    await refreshCase(store, CASE);
    await store.close();
    const r = runCli(dirname(older.location), "rebuild", "--extract", "--store", older.location, "--case", CASE);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^extracted 50 articles of case "viaduct" again/m);
    store = await openStore(older.location);
    try {
      assert.equal(await store.countOtherBuild(CASE, extractionBuild()), 0);
      assert.equal(await caseJson(store), expected);
    } finally {
      await store.close();
    }
  } finally {
    await fresh.cleanup();
    await older.cleanup();
  }
});
