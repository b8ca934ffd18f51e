// A question about one entity or one speaker costs what it answers, whatever the size of the case:
// every statement `show NAME` (its page and the whole profile) and `quotes --speaker NAME` run against the stored case file reads
// its table through an index on the key it looks up (an entity's id, a speaker, a participant), never
// walking the case's whole list. Checked with SQLite's EXPLAIN QUERY PLAN on the statements the
// reads actually run. (An ORDER BY seq beside an IN list once made SQLite walk every entity of the
// case in seq order to skip a sort: one entity's profile scanned them all.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { extract } from "../../src/extract/index.js";
import { openStore } from "../../src/store/index.js";
import { refreshCase } from "../../src/store/case/refresh.js";
import { StoredCase } from "../../src/store/case/tables.js";
import { entityIndex, speakerIndex, storedProfilePage } from "../../src/store/case/views.js";
import type { SqlExecutor, SqlValue } from "../../src/store/sql/executor.js";

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

/** An executor that notes every statement it reads with before running it on `inner`. */
function recording(inner: SqlExecutor, seen: Statement[]): SqlExecutor {
  return {
    dialect: inner.dialect,
    run: (sql, params = []) => inner.run(sql, params),
    get: (sql, params = []) => (seen.push({ sql, params }), inner.get(sql, params)),
    all: (sql, params = []) => (seen.push({ sql, params }), inner.all(sql, params)),
    transaction: (fn) => inner.transaction(fn),
  };
}

test("show NAME and quotes --speaker read the stored case through the key they look up, never a walk of a whole list", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-plans-"));
  const path = join(dir, "case.db");
  try {
    const store = await openStore(path);
    let caseId: number;
    try {
      for (const [i, text] of TEXTS.entries()) {
        const id = `quarry-${i + 1}`;
        const published = `2025-06-0${i + 2}`;
        await store.addDocument(
          CASE,
          { id, source: `https://news.example/${id}`, outlet: "Example News", published, title: null, text },
          extract(text, { id, published }),
        );
      }
      await refreshCase(store, CASE);
      caseId = (await store.caseId(CASE)) as number;
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
      const db = new Database(path, { readonly: true });
      try {
        for (const s of seen) {
          const plan = (db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map(
            (r) => r.detail,
          );
          for (const step of plan.filter((d) => /\bcase_\w+/.test(d) && !/^USE TEMP B-TREE/.test(d))) {
            assert.doesNotMatch(step, /^SCAN /, `${s.sql}\n  scans a table: ${step}`);
            // The index must narrow to the key looked up, not just to the case or one of its lists.
            const keys = (/\(([^()]*)\)$/.exec(step)?.[1] ?? "").split(" AND ");
            const narrowing = keys.filter((k) => !/^(case_id|list|type|part)=\?$/.test(k));
            assert.ok(narrowing.length > 0, `${s.sql}\n  walks a whole list of the case: ${step}`);
          }
        }
      } finally {
        db.close();
      }
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
