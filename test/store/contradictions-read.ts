// What every test of a store's contradictions checks once the case file is stored: they are read
// with the ids the whole case gives them (`c:FIELD:N`, and the number of the milestone one is
// about, both counted when read), whole, a page at a time, streamed, and by subject; and the
// invented articles that make some (an age and a hearing's place given two ways).
import assert from "node:assert/strict";
import type { CaseFile } from "../../src/casefile/types.js";
import { extract } from "../../src/extract/index.js";
import { loadCase, type Store } from "../../src/store/index.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { assertMilestonesRead } from "./milestones-read.js";

/** `case_contradictions`' columns since migration 19 (SQLite; 18 on PostgreSQL). */
export const CONTRADICTION_COLUMNS = ["case_id", "ord", "hash", "subject_id", "head_json", "json"];

/** Invented articles: one person's age and the court of one hearing, each given two ways. */
const COURT_TEXTS = [
  "Skipper Lena Moor, 40, appeared at Calder Crown Court on 5 March 2025, charged with fraud.",
  "Lena Moor, 47, appeared at Lowmoor Magistrates Court on 5 March 2025, charged with fraud.",
];

/**
 * Adds the invented articles of COURT_TEXTS to `caseName` (ids `court-1`, `court-2`) and refreshes
 * it; its contradictions and milestones are then read with the ids the whole case gives them.
 */
export async function assertCourtArticlesRead(store: Store, caseName: string): Promise<void> {
  for (const [i, text] of COURT_TEXTS.entries()) {
    const id = `court-${i + 1}`;
    const published = `2025-03-0${i + 6}`;
    await store.addDocument(
      caseName,
      { id, source: `https://news.example/${id}`, outlet: "Example News", published, title: null, text },
      extract(text, { id, published }),
    );
  }
  await refreshCase(store, caseName);
  const stored = (await freshStoredCase(store, caseName))!;
  const file = await loadCase(store, caseName);
  assert.deepEqual(await stored.caseFile(), JSON.parse(JSON.stringify(file)));
  await assertContradictionsRead(stored, file);
  await assertMilestonesRead(stored, file);
}

export async function assertContradictionsRead(stored: StoredCase, file: CaseFile): Promise<void> {
  const fields = file.contradictions.map((x) => x.field);
  assert.ok(fields.includes("age") && fields.includes("place"), "the case has contradictions of both kinds");
  assert.deepEqual(await stored.contradictions(), file.contradictions, "the contradictions, with their ids");
  for (const [offset, limit] of [
    [1, 1],
    [0, 1],
    [1, -1],
  ])
    assert.deepEqual(
      await stored.contradictions({ offset, limit }),
      file.contradictions.slice(offset, limit < 0 ? undefined : offset + limit),
      `a page of the contradictions at ${offset}`,
    );
  const streamed: string[] = [];
  for await (const json of stored.contradictionJson({ offset: 1 }, 1)) streamed.push(json);
  assert.deepEqual(
    streamed,
    file.contradictions.slice(1).map((x) => JSON.stringify(x)),
    "streamed a row at a time from the second, byte for byte",
  );
  for (const x of file.contradictions)
    assert.deepEqual(
      await stored.contradictionsAbout([x.subjectId]),
      file.contradictions.filter((y) => y.subjectId === x.subjectId),
      `the contradictions about ${x.subjectId}`,
    );
  const milestone = file.timeline.find((t) => file.contradictions.some((x) => x.subjectId === t.id));
  assert.ok(milestone, "a contradiction is about a milestone");
  const n = milestone.id.slice(milestone.id.lastIndexOf(":"));
  assert.deepEqual(await stored.contradictionsAbout([`ev:no_such_type${n}`]), [], "another type at its place");
}
