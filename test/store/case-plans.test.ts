// A question about one entity or one speaker costs what it answers, whatever the size of the case:
// every statement `show NAME` (its page and the whole profile) and `quotes --speaker NAME` run against the stored case file reads
// its table through an index on the key it looks up (an entity's id, a speaker, a participant), never
// walking the case's whole list. Checked with SQLite's EXPLAIN QUERY PLAN on the statements the
// reads actually run. (An ORDER BY seq beside an IN list once made SQLite walk every entity of the
// case in seq order to skip a sort: one entity's profile scanned them all.) Likewise what a refresh
// after a batch reads and deletes of the index rows an entity made.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { buildGraph } from "../../src/casefile/graph.js";
import { extract } from "../../src/extract/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { loadCase } from "../../src/store/case.js";
import { caseChanges, refreshCase } from "../../src/store/case/refresh.js";
import { StoredCase, writeCase } from "../../src/store/case/tables.js";
import { caseViewRows } from "../../src/server/case-views.js";
import { entityIndex, speakerIndex, storedProfilePage } from "../../src/store/case/views.js";
import type { SqlExecutor, SqlValue } from "../../src/store/sql/executor.js";
import { caseRows } from "./case-rows.js";

const CASE = "quarry";

// Invented articles: one person quoted, arrested, named by others, in a body.
const TEXTS = [
  `Quarry manager Lena Ortiz, 47, was arrested on Tuesday after a wall collapsed at the Dunmore quarry. "The wall was inspected last month," Ortiz said.`,
  `Lena Ortiz appeared at Dunmore Magistrates' Court on Friday. Inspector Raj Patel of the Mines Agency said the inspection was never done. "Lena Ortiz knew," Patel said.`,
  `The Mines Agency said Lena Ortiz, 48, had been suspended. "We will appeal," said her lawyer, Ben Cole.`,
];

interface Statement {
  sql: string;
  params: readonly SqlValue[];
}

/** An executor that notes every statement it reads with (and, with `runs`, runs, in its transactions too) before running it on `inner`. */
function recording(inner: SqlExecutor, seen: Statement[], runs = false): SqlExecutor {
  return {
    dialect: inner.dialect,
    run: (sql, params = []) => (runs && seen.push({ sql, params }), inner.run(sql, params)),
    get: (sql, params = []) => (seen.push({ sql, params }), inner.get(sql, params)),
    all: (sql, params = []) => (seen.push({ sql, params }), inner.all(sql, params)),
    transaction: (fn) => inner.transaction((tx) => fn(runs ? recording(tx, seen, runs) : tx)),
  };
}

/** Adds the invented article `text` to the case as its `i`th document. */
async function addArticle(store: Store, i: number, text: string): Promise<void> {
  const id = `quarry-${i}`;
  const published = `2025-06-0${i + 1}`;
  await store.addDocument(
    CASE,
    { id, source: `https://news.example/${id}`, outlet: "Example News", published, title: null, text },
    extract(text, { id, published }),
  );
}

/** Runs `fn` on a new store holding TEXTS as the case, its tables written (the store removed after). */
async function withCase(fn: (store: Store, caseId: number) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-plans-"));
  try {
    const store = await openStore(join(dir, "case.db"));
    try {
      for (const [i, text] of TEXTS.entries()) await addArticle(store, i + 1, text);
      await refreshCase(store, CASE);
      await fn(store, (await store.caseId(CASE)) as number);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` on a new store holding TEXTS as the case, its tables written, then checks with
 * SQLite's plans that each statement `fn` gives back reads every case table through an index
 * narrowing to the key it looks up, not just to the case or one of its lists.
 */
async function assertIndexed(fn: (store: Store, caseId: number) => Promise<Statement[]>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-plans-"));
  const path = join(dir, "case.db");
  try {
    const store = await openStore(path);
    let seen: Statement[];
    try {
      for (const [i, text] of TEXTS.entries()) await addArticle(store, i + 1, text);
      await refreshCase(store, CASE);
      seen = await fn(store, (await store.caseId(CASE)) as number);
    } finally {
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    try {
      for (const s of seen) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map(
          (r) => r.detail,
        );
        for (const step of plan.filter((d) => /\bcase_\w+/.test(d) && !/^USE TEMP B-TREE/.test(d))) {
          assert.doesNotMatch(step, /^SCAN /, `${s.sql}\n  scans a table: ${step}`);
          const keys = (/\(([^()]*)\)$/.exec(step)?.[1] ?? "").split(" AND ");
          const narrowing = keys.filter((k) => !/^(case_id|list|type|part)=\?$/.test(k));
          assert.ok(narrowing.length > 0, `${s.sql}\n  walks a whole list of the case: ${step}`);
        }
      }
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("show NAME and quotes --speaker read the stored case through the key they look up, never a walk of a whole list", async () => {
  await assertIndexed(async (store, caseId) => {
    const seen: Statement[] = [];
    const stored = new StoredCase(recording(store.sql, seen), caseId);
    const index = await entityIndex(stored, "Lena Ortiz");
    const e = index.file.entities[0];
    assert.equal(e?.name, "Lena Ortiz", "the profile is found");
    assert.ok(index.file.quotes.length > 0 && index.file.timeline.length > 0, "with quotes and events to read");
    await entityIndex(stored, e.id);
    // A page of the profile (what `show` prints on a terminal): the head, then the first rows of each list.
    const page = await storedProfilePage(stored, "Lena Ortiz", 2, (found) => found[0]);
    assert.ok(page.quotesBy.length > 0 && page.events.length > 0, "the page has quotes and events to read");
    await speakerIndex(stored, "Patel");
    // A name that matches two people ("Ortiz" and an "Ortiz" elsewhere) asks for both speakers' quotes.
    await stored.quotes([e.id, "person:ben-cole"]);
    return seen;
  });
});

// A refresh after a batch writes only the index rows of an entity that changed (`rewriteIndexRows`):
// it reads the members, member links and name keys the replaced entities made, and deletes those
// of the entities no longer in the case, by the entities' ids. Each of those statements must find
// the rows through an index on that id: a walk of the case's members would make every batch cost
// what the whole case holds.
test("a refresh after a batch reads and removes an entity's members, member links and name keys by its id", async () => {
  await assertIndexed(async (store, caseId) => {
    // The batch names Lena Ortiz and Raj Patel again (their rows are replaced) and takes away the
    // one article naming Ben Cole (his row is removed).
    await addArticle(
      store,
      4,
      "Raj Patel of the Mines Agency said on Monday that Lena Ortiz had been released on bail.",
    );
    await store.removeDocument(CASE, "quarry-3");
    const texts = new Map<string, string>();
    const file = await loadCase(store, CASE, { texts });
    const views = caseViewRows(file, texts, CASE);
    const changes = await caseChanges(store, caseId);
    const seen: Statement[] = [];
    const written = await recording(store.sql, seen, true).transaction((tx) =>
      writeCase(tx, caseId, changes, file, views),
    );
    const entities = written.find((w) => w.table === "case_entities")!;
    assert.ok(entities.written > 0 && entities.removed > 0, "the batch replaces entities' rows and removes one");
    const byEntity = seen.filter(
      (s) =>
        !s.sql.startsWith("INSERT") &&
        /\bFROM (case_members|case_names)\b|\bFROM case_links\b.*kind = 'member'/.test(s.sql),
    );
    for (const [verb, table] of [
      ["SELECT", "case_members"],
      ["DELETE", "case_members"],
      ["SELECT", "case_names"],
      ["SELECT", "case_links"],
    ])
      assert.ok(
        byEntity.some((s) => s.sql.startsWith(verb) && s.sql.includes(table) && / IN \(/.test(s.sql)),
        `the refresh ${verb === "SELECT" ? "reads" : "deletes"} ${table} rows by entity`,
      );
    return byEntity;
  });
});

// When most of a list's stored rows are replaced (the quotes, keyed by position, after an article
// early in the case is removed), the rows they made in an index table that is not compared (whom
// each quote is about, found by position, which no index holds) are deleted by one statement for
// the list, not by lists of positions that each walk the table, and the rows left as they were
// make theirs again.
test("a write replacing most of a list's rows deletes their index rows at once and leaves the rows a whole write gives", async () => {
  await withCase(async (store, caseId) => {
    const texts = new Map<string, string>();
    const file = await loadCase(store, CASE, { texts });
    assert.ok(
      file.quotes.length > 2 && file.quotes.some((q) => q.about.length > 0),
      "the case has quotes about someone",
    );
    // Every quote but the last moves one place: most rows replaced, one left.
    const turned = <T>(list: T[]): T[] => [...list.slice(1, -1), list[0], list[list.length - 1]];
    const quotes = turned(file.quotes);
    const moved = { ...file, quotes, graph: buildGraph(file.entities, file.timeline, quotes) };
    const changes = await caseChanges(store, caseId);
    const seen: Statement[] = [];
    const written = await recording(store.sql, seen, true).transaction((tx) =>
      writeCase(tx, caseId, changes, moved, caseViewRows(moved, texts, CASE)),
    );
    const rows = written.find((w) => w.table === "case_quotes")!;
    assert.ok(rows.kept >= 1 && rows.written > rows.kept, "most of the quotes' rows replaced, some left");
    const deletes = seen.filter((s) => /^DELETE FROM case_quote_about\b/.test(s.sql));
    assert.equal(deletes.length, 1);
    assert.doesNotMatch(deletes[0].sql, / IN \(/, "the index rows are deleted at once, not by position");
    const after = await caseRows(store, CASE);
    await store.sql.transaction((tx) =>
      writeCase(tx, caseId, changes, moved, caseViewRows(moved, texts, CASE), { whole: true }),
    );
    assert.deepEqual(after, await caseRows(store, CASE));
  });
});

// A whole list streamed (`people --json`) holds a few rows at a time, as many as fit in a number
// of characters at the length of the longest row the read before gave: the first people are the
// case's main characters, each one's JSON holding every mention, and two hundred of them at once
// held the reading process's memory at hundreds of megabytes. The first read takes one row.
test("a streamed list reads as many rows at a time as fit in its characters at the longest row read before", async () => {
  await withCase(async (store, caseId) => {
    const whole = await new StoredCase(store.sql, caseId).entities("person");
    assert.ok(whole.length >= 3, "the case has people to stream");
    const longest = Math.max(...whole.map((e) => JSON.stringify(e).length));
    for (const chars of [1, longest, 3 * longest]) {
      const seen: Statement[] = [];
      const rows: string[] = [];
      for await (const json of new StoredCase(recording(store.sql, seen), caseId).entityJson(
        "person",
        undefined,
        200,
        chars,
      ))
        rows.push(json);
      assert.deepEqual(
        rows.map((r) => JSON.parse(r) as unknown),
        JSON.parse(JSON.stringify(whole)),
        `every person, read ${chars} characters at a time`,
      );
      // Each read's LIMIT (the statement's next-to-last parameter) and the rows it gave.
      const limits = seen.map((s) => Number(s.params[s.params.length - 2]));
      let at = 0;
      let asked = 1;
      for (const [i, limit] of limits.entries()) {
        assert.equal(limit, asked, `read ${i + 1} of ${chars} characters takes ${asked} rows`);
        const got = rows.slice(at, at + limit);
        at += got.length;
        asked = Math.min(200, Math.max(1, Math.floor(chars / Math.max(1, ...got.map((r) => r.length)))));
      }
      assert.equal(at, rows.length);
    }
  });
});
