// The API's answers read from the stored case file (src/server/stored.ts) against the same
// questions asked of the whole case (src/server/queries.ts): the JSON must be the same, for every
// entity, filter and page. Called by the store's property test after each random step.
import assert from "node:assert/strict";
import { indexCase } from "../../src/server/case-cache.js";
import type { CaseFile } from "../../src/casefile/types.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { buildBrief, type Texts } from "../../src/brief/model.js";
import { accountsAnswer, briefPage } from "../../src/server/accounts.js";
import { storedAccounts, storedGraph, storedOverview } from "../../src/server/case-views.js";
import { keptBrief } from "../../src/server/kept-brief.js";
import type { Store } from "../../src/store/types.js";
import {
  caseOverview,
  graphView,
  listContradictions,
  listEntities,
  listQuotes,
  listSpeakers,
  listTimeline,
  listTimelineReports,
} from "../../src/server/queries.js";
import { entityPage } from "../../src/server/routes/entities.js";
import {
  storedContradictions,
  storedEntities,
  storedEntityView,
  storedQuotes,
  storedSpeakers,
  storedTimeline,
} from "../../src/server/stored.js";

const plain = (x: unknown): unknown => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

/** The answer, or the error's message (an unknown or ambiguous name is a 404 naming the candidates). */
async function answerOf(f: () => unknown): Promise<unknown> {
  try {
    return plain(await f());
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const PAGES = [
  { offset: 0, limit: 200 },
  { offset: 1, limit: 2 },
];

export async function assertStoredAnswersEqual(
  stored: StoredCase,
  file: CaseFile,
  caseName: string,
  brief?: { store: Store; texts: Texts },
): Promise<void> {
  const whole = indexCase(caseName, 1, file);
  // The answers about the whole case, read from the views the refresh computed.
  assert.deepEqual(plain(await storedOverview(stored, 1)), plain(caseOverview(whole)));
  for (const n of [0, 1, 2, 10, 50])
    assert.equal((await storedAccounts(stored, n))?.text(), JSON.stringify(accountsAnswer(whole, n)), `${n} subjects`);
  for (const limit of [1, 2, 3, 5, 150])
    assert.equal(
      (await storedGraph(stored, limit))?.json,
      JSON.stringify(graphView(whole, limit)),
      `graph of ${limit}`,
    );
  if (brief) {
    // The brief: rendered from the refresh's model by its first reader and kept, then read as kept.
    const want = JSON.stringify(briefPage(buildBrief(whole, brief.texts, caseName)));
    // (A refresh keeps no page; a step that changed nothing left the page an earlier read kept.)
    if ((await stored.viewCount("brief-page")) === 0) assert.equal(await stored.viewCount("brief-model"), 1);
    assert.equal((await keptBrief(brief.store, caseName, brief.store))?.json, want, "rendered on the first request");
    assert.equal(await stored.viewCount("brief-page"), 1, "the first request kept the page");
    assert.equal((await keptBrief(brief.store, caseName, null))?.json, want, "the kept page");
  }
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const names = file.entities.flatMap((e) => [e.id, e.name, words(e.name).pop() ?? e.name]);
  const orgs = file.entities.filter((e) => e.type === "organization").map((e) => e.name);
  for (const page of PAGES) {
    for (const f of [
      {},
      { type: "person" as const },
      { type: "organization" as const, q: "cal" },
      { q: "a" },
      { q: "" },
    ])
      assert.deepEqual(
        plain(await storedEntities(stored, { ...f, ...page })),
        plain(listEntities(whole, { ...f, ...page })),
      );
    for (const f of [
      {},
      { kind: "direct" },
      { text: "the" },
      { from: "2025-03-04" },
      ...names.slice(0, 12).map((speaker) => ({ speaker })),
      ...orgs.map((organization) => ({ organization })),
      ...orgs.map((organization) => ({ organization, speaker: names[1] ?? "", text: "the" })),
      { speaker: names[0] ?? "", from: "2025-03-03", to: "2025-03" },
      { speaker: "" },
    ]) {
      const got = await storedQuotes(stored, { ...f, ...page });
      const want = listQuotes(whole, { ...f, ...page });
      const named = "speaker" in f || "organization" in f;
      if (!named && Object.keys(f).length) assert.equal(got, undefined, "words, a kind or dates alone: the whole list");
      else assert.deepEqual(plain(got), plain(want), `quotes ${JSON.stringify(f)}`);
    }
    for (const f of [
      {},
      { type: "arrest" as const },
      { from: "2025-03", to: "2025-05-12" },
      { entity: "" },
      ...names.slice(0, 12).map((entity) => ({ entity })),
      ...names.slice(0, 4).map((entity) => ({ entity, type: "court_hearing" as const })),
    ]) {
      assert.deepEqual(
        plain(await storedTimeline(stored, "timeline", { ...f, ...page })),
        plain(listTimeline(whole, { ...f, ...page })),
      );
      assert.deepEqual(
        plain(await storedTimeline(stored, "reports", { ...f, ...page })),
        plain(listTimelineReports(whole, { ...f, ...page })),
      );
    }
    for (const subject of [undefined, "", ...file.contradictions.map((c) => c.subjectId)])
      assert.deepEqual(
        plain(await storedContradictions(stored, { subject, ...page })),
        plain(listContradictions(whole, { subject, ...page })),
      );
  }
  assert.deepEqual(plain(await storedSpeakers(stored)), plain(listSpeakers(whole)));
  // An entity's page as the API gives it by default (bounded) and with ?all (whole).
  for (const ref of [...names, "nobody at all", "a"])
    for (const all of [false, true])
      assert.deepEqual(
        await answerOf(async () => entityPage(await storedEntityView(stored, ref, caseName), ref, all)),
        await answerOf(() => entityPage(whole, ref, all)),
        `the page of "${ref}"${all ? " (all)" : ""}`,
      );
}
