// The case file kept in the store (src/store/case/): after any sequence of added and removed
// articles, merges, splits, renames and undos, the stored case equals a full rebuild from the
// stored extractions, and the query commands' partial reads answer as the whole case does.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  entityFacts,
  entityListRow,
  indexCase,
  matchEntities,
  PROFILE_ROWS,
  profilePage,
  selectQuotes,
} from "../../src/casefile/queries.js";
import type { CaseFile, Contradiction } from "../../src/casefile/types.js";
import type { Extraction } from "../../src/core/schema.js";
import { extract } from "../../src/extract/index.js";
import { loadCase, openStore, type NewDocument, type Store } from "../../src/store/index.js";
import { caseChanges, freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { entityIndex, speakerIndex, storedProfilePage, timelineFile } from "../../src/store/case/views.js";
import { pickEntity, pickOne } from "../../src/store/corrections.js";
import {
  append,
  keepView,
  numberedContradiction,
  numberedGraphRow,
  VIEW_PART,
  viewParts,
  writeCase,
  type ViewRow,
} from "../../src/store/case/tables.js";
import { GROUPING_RULE } from "../../src/casefile/accounts.js";
import { storedAccounts } from "../../src/server/case-views.js";
import { accountsAnswer } from "../../src/server/accounts.js";
import { profile, renderProfile } from "../../src/cli/show.js";
import { ENGINES, SQLITE, type Engine } from "./engines.js";
import { caseRows } from "./case-rows.js";
import { assertStoredAnswersEqual } from "../server/stored-answers.js";

const CASE = "harbour";

// Invented articles about one invented story, sharing people and bodies across articles.
const TEXTS = [
  `Harbour master Alan Reeve, 52, was arrested on Monday after the ferry Northern Star ran aground near Port Calder. "We followed every rule," Reeve said. The Coastguard Agency said it would review the crossing.`,
  `Alan Reeve, 53, appeared at Calder Magistrates' Court on Wednesday, charged with endangering a vessel. Prosecutor Mia Dunn said the ferry had left port despite a storm warning. Reeve denied the charge.`,
  `Mr Reeve was released on bail. "The crossing should never have gone ahead," said Mia Dunn of the Crown Prosecution Service. The Coastguard Agency declined to comment.`,
  `Ferry operator Calder Lines said its captain, Tom Hale, had warned Alan Reeve about the weather. "I told him twice," Hale said on Thursday.`,
  `Tom Hale, 41, told the Calder Times that the harbour master ignored him. Alan Reeve's lawyer, Jo Park, said the claim was false.`,
  `The trial of Alan Reeve will begin on 12 May 2025 at Calder Crown Court, the Crown Prosecution Service said. Jo Park said her client would plead not guilty.`,
];

const DOCS: { input: NewDocument; extraction: Extraction }[] = TEXTS.map((text, i) => {
  const id = `harbour-${i + 1}`;
  const published = `2025-03-0${i + 2}`;
  return {
    input: { id, source: `https://news.example/${id}`, outlet: "Example News", published, title: null, text },
    extraction: extract(text, { id, published }),
  };
});

/** The case file as JSON, so the stored copy (read back from JSON) and a fresh build compare alike. */
const plain = (file: CaseFile): unknown => JSON.parse(JSON.stringify(file));

async function withStore(fn: (store: Store) => Promise<void>, engine: Engine = SQLITE): Promise<void> {
  const { location, cleanup } = engine.newLocation();
  const store = await openStore(location);
  try {
    await fn(store);
  } finally {
    await store.close();
    await cleanup();
  }
}

/** Stores the case's first article and writes its case file with `views` as its answers about the whole case. */
async function writeViews(store: Store, views: ViewRow[]): Promise<void> {
  await store.addDocument(CASE, DOCS[0].input, DOCS[0].extraction);
  await refreshCase(store, CASE);
  const before = (await freshStoredCase(store, CASE))!;
  const file = await before.caseFile();
  const changes = await caseChanges(store, before.caseId);
  await store.sql.transaction((tx) => writeCase(tx, before.caseId, changes, file, views));
}

/** The message of the error `pick` throws. */
function userError(pick: () => unknown): string {
  try {
    pick();
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
}

/** The stored case equals a rebuild, and every partial read answers as the whole case does. */
async function assertStoredEqualsRebuild(store: Store): Promise<void> {
  const stored = await freshStoredCase(store, CASE);
  const texts = new Map<string, string>();
  const rebuilt = await loadCase(store, CASE, { texts });
  if (!stored) {
    assert.equal(rebuilt.documents.length, 0, "a case with documents has an up-to-date stored case file");
    return;
  }
  assert.deepEqual(plain(await stored.caseFile()), plain(rebuilt));
  const whole = indexCase(JSON.parse(JSON.stringify(rebuilt)) as CaseFile);
  assert.deepEqual(
    await stored.entities("person"),
    whole.file.entities.filter((e) => e.type === "person"),
  );
  assert.deepEqual(await timelineFile(stored), { timeline: whole.file.timeline, reports: whole.file.reports });
  const people = whole.file.entities.filter((e) => e.type === "person");
  for (const page of [{ offset: 1, limit: 2 }, { offset: 2 }, { limit: 0 }]) {
    const slice = <T>(list: T[]) =>
      list.slice(page.offset ?? 0, page.limit === undefined ? undefined : (page.offset ?? 0) + page.limit);
    assert.deepEqual(await stored.entities("person", page), slice(people));
    assert.deepEqual(await stored.milestones("timeline", undefined, page), slice(whole.file.timeline));
    assert.deepEqual(await stored.milestones("reports", undefined, page), slice(whole.file.reports));
    assert.deepEqual(await stored.entityRows("person", page), slice(people).map(entityListRow));
    assert.deepEqual(await stored.contradictions(page), slice(whole.file.contradictions));
  }
  // Streamed a row or two at a time (what `--json` prints), any page gives the same rows.
  const streamed = async (rows: AsyncIterable<string>) => {
    const out: unknown[] = [];
    for await (const json of rows) out.push(JSON.parse(json));
    return out;
  };
  for (const page of [undefined, { offset: 1, limit: 2 }, { offset: 2 }, { limit: 0 }, { limit: 3 }])
    for (const batch of [1, 2, 200]) {
      const slice = <T>(list: T[]) =>
        list.slice(page?.offset ?? 0, page?.limit === undefined ? undefined : (page.offset ?? 0) + page.limit);
      assert.deepEqual(await streamed(stored.entityJson("person", page, batch)), slice(people));
      assert.deepEqual(await streamed(stored.milestoneJson("timeline", page, batch)), slice(whole.file.timeline));
      assert.deepEqual(await streamed(stored.milestoneJson("reports", page, batch)), slice(whole.file.reports));
      assert.deepEqual(await streamed(stored.contradictionJson(page, batch)), slice(whole.file.contradictions));
    }
  assert.equal(await stored.milestoneCount("timeline"), whole.file.timeline.length);
  assert.equal(await stored.entityCount("person"), people.length);
  assert.equal(await stored.milestoneCount("reports"), whole.file.reports.length);
  assert.equal(await stored.contradictionCount(), whole.file.contradictions.length);
  for (const type of ["organization", "location"])
    assert.equal(await stored.entityCount(type), whole.file.entities.filter((e) => e.type === type).length);
  for (const e of whole.file.entities) {
    for (const query of [e.name, e.id, e.name.split(" ").pop() ?? e.name, ...e.aliases.map((a) => a.text)]) {
      const part = await entityIndex(stored, query);
      const want = matchEntities(whole, query);
      assert.deepEqual(
        matchEntities(part, query).map((x) => x.id),
        want.map((x) => x.id),
        `"${query}" matches the same entities`,
      );
      if (want.length === 1) {
        assert.deepEqual(entityFacts(part, want[0]), entityFacts(whole, want[0]));
        // What `show` prints of the whole profile (--all, piped), the bodies it belongs to included.
        assert.deepEqual(profile(part, want[0]), profile(whole, want[0]));
        assert.equal(
          renderProfile(profilePage(part, want[0], Infinity)),
          renderProfile(profilePage(whole, want[0], Infinity)),
        );
        // A page of it (a terminal's) read from the entity's head and the first rows of each list.
        for (const limit of [0, 1, 2, PROFILE_ROWS]) {
          const page = await storedProfilePage(stored, query, limit, (found) => pickOne(found, query));
          assert.deepEqual(page, profilePage(whole, want[0], limit), `"${query}", ${limit} rows`);
          assert.equal(renderProfile(page), renderProfile(profilePage(whole, want[0], limit)));
        }
      } else
        await assert.rejects(
          storedProfilePage(stored, query, 1, (found) => pickOne(found, query)),
          (err: Error) => err.message === userError(() => pickEntity(whole, query)),
        );
      const speakers = await speakerIndex(stored, query);
      assert.deepEqual(selectQuotes(speakers, { speaker: query }), selectQuotes(whole, { speaker: query }));
    }
  }
  // The API's answers from the stored case are those of the whole case.
  await assertStoredAnswersEqual(stored, JSON.parse(JSON.stringify(rebuilt)) as CaseFile, CASE, { store, texts });
}

type Op =
  | { kind: "add"; doc: number }
  | { kind: "remove"; doc: number }
  | { kind: "merge" | "split" | "rename"; a: number; b: number }
  | { kind: "undo"; back: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("add" as const), doc: fc.nat(DOCS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), doc: fc.nat(DOCS.length - 1) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom("merge" as const, "split" as const, "rename" as const),
      a: fc.nat(20),
      b: fc.nat(20),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("undo" as const), back: fc.nat(3) }) },
);

async function apply(store: Store, o: Op): Promise<void> {
  if (o.kind === "add") {
    const d = DOCS[o.doc];
    await store.addDocument(CASE, d.input, d.extraction);
  } else if (o.kind === "remove") await store.removeDocument(CASE, DOCS[o.doc].input.id);
  else if (o.kind === "undo") {
    const list = await store.listOverrides(CASE);
    const pick = list[list.length - 1 - o.back];
    if (pick) await store.removeOverride(CASE, pick.id);
  } else {
    // Names the case has now (a name that fits nothing is an override issue, kept and reported).
    const names = (await loadCase(store, CASE)).entities.map((e) => e.name);
    if (names.length === 0) return;
    const a = names[o.a % names.length];
    const b = o.kind === "rename" ? `${a} (renamed)` : names[o.b % names.length];
    const record = { merge: store.recordMerge, split: store.recordSplit, rename: store.recordRename }[o.kind];
    await record.call(store, CASE, { entities: [a, b], reason: "property test" });
  }
}

// Through both engines: the refresh writes the case tables through the portable executor, and each
// engine gives the rows back in its own way (types, order within a page).
for (const engine of ENGINES)
  test(
    `through ${engine.name}, after any sequence of adds, removals, merges, splits, renames and undos, the stored case equals a rebuild`,
    { skip: engine.skip },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
          await withStore(async (store) => {
            for (const o of ops) {
              await apply(store, o);
              await refreshCase(store, CASE);
              // The rows the refresh left (writing only those that changed) are a whole write's.
              const rows = await caseRows(store, CASE);
              await assertStoredEqualsRebuild(store);
              await refreshCase(store, CASE, { force: true });
              assert.deepEqual(rows, await caseRows(store, CASE));
            }
          }, engine);
        }),
        { numRuns: 12, seed: 1313 },
      );
    },
  );

test("a write the stored case has not caught up with is never read: the case is built instead", async () => {
  await withStore(async (store) => {
    await store.addDocument(CASE, DOCS[0].input, DOCS[0].extraction);
    await refreshCase(store, CASE);
    assert.ok(await freshStoredCase(store, CASE));
    await store.addDocument(CASE, DOCS[1].input, DOCS[1].extraction);
    assert.equal(await freshStoredCase(store, CASE), null, "the tables are behind the documents");
    const r = await refreshCase(store, CASE);
    assert.equal(r.built, true);
    assert.equal((await refreshCase(store, CASE)).built, false, "an up-to-date case is not built again");
    assert.equal((await (await freshStoredCase(store, CASE))!.caseFile()).documents.length, 2);
  });
});

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a refresh keeps the brief's model, not its page, and a page rendered from a build a refresh has since replaced is not kept`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        await store.addDocument(CASE, DOCS[0].input, DOCS[0].extraction);
        await refreshCase(store, CASE);
        const first = (await freshStoredCase(store, CASE))!;
        assert.equal(await first.viewCount("brief-page"), 0);
        assert.equal(await first.viewCount("brief-model"), 1);
        const version = (await first.version())!;
        await store.addDocument(CASE, DOCS[1].input, DOCS[1].extraction);
        await refreshCase(store, CASE);
        assert.equal(await keepView(store.sql, first.caseId, version, "brief-page", '"old"'), false);
        const now = (await freshStoredCase(store, CASE))!;
        assert.equal(await now.viewCount("brief-page"), 0, "the older build's page was not written");
        assert.equal(await keepView(store.sql, now.caseId, (await now.version())!, "brief-page", '"new"'), true);
        assert.equal(await now.view("brief-page"), '"new"');
        // A second writer of the same build's page (two first requests at once) leaves the first.
        assert.equal(await keepView(store.sql, now.caseId, (await now.version())!, "brief-page", '"again"'), true);
        assert.equal(await now.view("brief-page"), '"new"');
        await store.addDocument(CASE, DOCS[2].input, DOCS[2].extraction);
        await refreshCase(store, CASE);
        assert.equal(await (await freshStoredCase(store, CASE))!.viewCount("brief-page"), 0, "a refresh drops it");
        assert.equal(await keepView(store.sql, now.caseId, (await now.version())!, "brief-page", '"new"'), true);
        await refreshCase(store, CASE, { force: true });
        assert.equal(await (await freshStoredCase(store, CASE))!.viewCount("brief-page"), 0, "a rebuild drops it");
      }, engine);
    },
  );

test("a view is cut into parts that join into its JSON again, never between the halves of a surrogate pair", () => {
  const json = '{"a":"x😀yz😀😀"}';
  for (const part of [1, 2, 3, 4, 5, 7, json.length, json.length + 1]) {
    const rows = viewParts("v", json, part);
    assert.equal(rows.map((r) => r[3]).join(""), json);
    assert.deepEqual(
      rows.map((r) => r[1]),
      rows.map((_, i) => i),
    );
    for (const [, , , text] of rows) {
      assert.ok(text.length > 0 && text.length <= Math.max(part, 2));
      assert.equal(text, Buffer.from(text, "utf8").toString("utf8"), `part ${part}: a whole character in each part`);
    }
  }
  assert.equal(viewParts("v", "", 4).length, 1, "an empty value is one row");
});

test("a view whose JSON comes in pieces is cut into the parts of the joined JSON", () => {
  // Texts of plain letters, accented ones and emoji (a surrogate pair each), in pieces of any length.
  const text = fc.array(fc.constantFrom("a", "é", "😀", '"', ","), { maxLength: 40 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(fc.array(text, { maxLength: 8 }), fc.integer({ min: 1, max: 9 }), (pieces, part) => {
      assert.deepEqual(viewParts("v", pieces, part), viewParts("v", pieces.join(""), part));
      assert.deepEqual(viewParts("v", pieces.values(), part), viewParts("v", pieces.join(""), part), "any iterable");
    }),
    { numRuns: 300, seed: 3401 },
  );
});

for (const engine of ENGINES)
  test(`through ${engine.name}, a view written in parts is read back whole`, { skip: engine.skip }, async () => {
    await withStore(async (store) => {
      // An emoji across the first cut: its two halves must stay in one part. (An account is a
      // view of its own, named by its actor, in the order "account-order" keeps.)
      const account = JSON.stringify({ text: `${"é".repeat(VIEW_PART - 1)}😀${"a".repeat(VIEW_PART)}` });
      await writeViews(store, [
        ...viewParts("overview", "{}"),
        ...viewParts("account-order", '["person:x"]'),
        ...viewParts("account:person:x", account),
      ]);
      const stored = (await freshStoredCase(store, CASE))!;
      assert.equal(await stored.viewCount("account:person:x"), 3);
      assert.equal(await stored.view("account:person:x"), account);
      assert.equal(
        (await storedAccounts(stored, 0))?.text(),
        `{"rule":${JSON.stringify(GROUPING_RULE)},"accounts":[${account}],"subjects":[]}`,
      );
    }, engine);
  });

for (const engine of ENGINES)
  test(
    `through ${engine.name}, the accounts' answer is the kept rows' UTF-8 bytes, each account's parts joined in the accounts' order`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // Two accounts out of their names' order, the first with an emoji across its first cut and
        // accented letters (two UTF-8 bytes each) before it; and two subjects, of which one is asked
        // for, each side of a subject a view of its own.
        const first = JSON.stringify({ text: `${"é".repeat(4)}😀${"ü".repeat(5)}` });
        const second = JSON.stringify({ text: "Mia Dunn" });
        await writeViews(store, [
          ...viewParts("overview", "{}"),
          ...viewParts("account-order", '["person:z","person:a"]'),
          ...viewParts("account:person:z", first, 5),
          ...viewParts("account:person:a", second, 5),
          // A subject's head (its key, its JSON up to its sides, its sides' actors) and each side.
          ["subject", 0, 0, JSON.stringify(["word:ferry", '{"key":"word:ferry","sides":[', ["person:a", "person:z"]])],
          ["subject", 1, 1, JSON.stringify(["word:storm", '{"key":"word:storm","sides":[', ["person:a"]])],
          ...viewParts('subject-side:["word:ferry","person:z"]', '{"actor":"ü"}', 5),
          ...viewParts('subject-side:["word:ferry","person:a"]', '{"actor":"a"}'),
          ...viewParts('subject-side:["word:storm","person:a"]', '{"actor":"a"}'),
        ]);
        const stored = (await freshStoredCase(store, CASE))!;
        assert.ok((await stored.viewCount("account:person:z")) > 2, "the first account is kept in parts");
        const answer = (await storedAccounts(stored, 1))!;
        const json = `{"rule":${JSON.stringify(GROUPING_RULE)},"accounts":[${first},${second}],"subjects":[{"key":"word:ferry","sides":[{"actor":"a"},{"actor":"ü"}]}]}`;
        assert.deepEqual(answer.bytes(), Buffer.from(json));
        assert.equal(answer.text(), json);
        // On SQLite the rows are read as bytes, never made into strings to be encoded again.
        if (engine.name === "sqlite") assert.ok(Buffer.isBuffer(answer.json));
      }, engine);
    },
  );

test("the same articles ingested in another store give the same stored case (the case is a function of the articles)", async () => {
  const build = async (order: number[]) => {
    let file: unknown = null;
    await withStore(async (store) => {
      for (const k of order) await store.addDocument(CASE, DOCS[k].input, DOCS[k].extraction);
      await refreshCase(store, CASE);
      file = plain(await (await freshStoredCase(store, CASE))!.caseFile());
    });
    return file;
  };
  // One store had article 3 added and removed on the way; the other never saw it.
  let detour: unknown = null;
  await withStore(async (store) => {
    for (const k of [0, 1, 3]) {
      await store.addDocument(CASE, DOCS[k].input, DOCS[k].extraction);
      await refreshCase(store, CASE);
    }
    await store.removeDocument(CASE, DOCS[3].input.id);
    await store.addDocument(CASE, DOCS[2].input, DOCS[2].extraction);
    await refreshCase(store, CASE);
    detour = plain(await (await freshStoredCase(store, CASE))!.caseFile());
  });
  assert.deepEqual(detour, await build([0, 1, 2]));
});

for (const engine of ENGINES)
  test(
    `the stored case written and read through ${engine.name} equals a rebuild, page by page`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        for (const d of DOCS) await store.addDocument(CASE, d.input, d.extraction);
        await store.recordMerge(CASE, { entities: ["Tom Hale", "Jo Park"], reason: "engine test" });
        await refreshCase(store, CASE);
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

/**
 * The first five articles stored and the case refreshed, then one invented article (`text`, as
 * `id`) added and the case refreshed again: the stored case file before and after it, and what
 * the second refresh wrote.
 */
async function oneArticleMore(
  store: Store,
  text: string,
  id: string,
): Promise<{
  before: CaseFile;
  after: CaseFile;
  next: Awaited<ReturnType<typeof refreshCase>>;
  rows: { before: Record<string, string[]>; after: Record<string, string[]> };
}> {
  for (const d of DOCS.slice(0, 5)) await store.addDocument(CASE, d.input, d.extraction);
  await refreshCase(store, CASE);
  const before = await (await freshStoredCase(store, CASE))!.caseFile();
  const rowsBefore = await caseRows(store, CASE);
  const published = "2025-03-09";
  await store.addDocument(
    CASE,
    { id, source: `https://news.example/${id}`, outlet: "Example News", published, title: null, text },
    extract(text, { id, published }),
  );
  const next = await refreshCase(store, CASE);
  const after = await (await freshStoredCase(store, CASE))!.caseFile();
  return { before, after, next, rows: { before: rowsBefore, after: await caseRows(store, CASE) } };
}

/** The views' rows after `oneArticleMore`'s refresh, and whether a row was stored as it is before it. */
function viewsKept(rows: { before: Record<string, string[]>; after: Record<string, string[]> }) {
  const list = (l: string[]) =>
    l.map((r) => Object.fromEntries(JSON.parse(r) as [string, string][]) as Record<string, string>);
  const key = (r: Record<string, string>) => JSON.stringify([r.view, r.seq, r.json]);
  const stored = new Set(list(rows.before.case_views).map(key));
  return { afterRows: list(rows.after.case_views), kept: (r: Record<string, string>) => stored.has(key(r)) };
}

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a new entity that sorts before others leaves their rows as they were`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article naming one new person only, whose name sorts before the people
        // named in as few articles: every entity after it in the case's order moves a position.
        const { before, after, next } = await oneArticleMore(
          store,
          "Fisherman Aaron Blythe, 60, said he had sailed those waters for forty years.",
          "harbour-blythe",
        );
        const was = new Map(before.entities.map((e, i) => [e.id, { json: JSON.stringify(e), at: i }]));
        const same = after.entities.filter((e) => was.get(e.id)?.json === JSON.stringify(e));
        assert.ok(
          same.some((e) => was.get(e.id)!.at !== after.entities.indexOf(e)),
          "some entity kept its JSON and moved a position (what this test is about)",
        );
        const entities = next.written.find((w) => w.table === "case_entities")!;
        assert.equal(
          entities.written,
          after.entities.length - same.length,
          "only the new and changed entities are written",
        );
        assert.equal(entities.kept, same.length);
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a new milestone early in the timeline leaves the rows of the milestones after it, and their position rows, as they were`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article telling of an arrest a year before the others: every milestone
        // after it in the timeline, and every report kept off it, takes the next number.
        const { before, after, next } = await oneArticleMore(
          store,
          "Deckhand Ivo Brandt was arrested on 3 February 2024 in Port Calder, police said.",
          "harbour-brandt",
        );
        const bare = (t: CaseFile["timeline"][number]) => JSON.stringify({ ...t, id: "" });
        const was = new Map([...before.timeline, ...before.reports].map((t) => [bare(t), t.id]));
        const milestones = [...after.timeline, ...after.reports];
        assert.equal(after.timeline[0].date, "2024-02-03", "the new arrest is the timeline's first milestone");
        assert.ok(
          milestones.some((t) => was.has(bare(t)) && was.get(bare(t)) !== t.id),
          "some milestone kept all it holds and took another number (what this test is about)",
        );
        const rows = next.written.find((w) => w.table === "case_milestones")!;
        const changed = new Set(milestones.map(bare).filter((b) => !was.has(b)));
        assert.equal(rows.written, changed.size, "only the new and changed milestones' rows are written");
        assert.equal(rows.kept, new Set(milestones.map(bare)).size - changed.size);
        // No other milestone is of the new one's day, so each milestone after it keeps its place
        // among those of its own day, and its position row stays as it was.
        assert.equal(after.timeline.filter((t) => t.date === "2024-02-03").length, 1);
        const positions = next.written.find((w) => w.table === "case_timeline")!;
        const fresh = milestones.filter((t) => !was.has(bare(t))).length;
        assert.equal(positions.written, fresh, "only the new and changed milestones' position rows are written");
        assert.equal(positions.kept, milestones.length - fresh);
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

/**
 * Adds the invented articles `texts` to the case (ids `PREFIX-1`, `PREFIX-2`…, published a day
 * apart from 2025-03-0`day`), the last after a refresh of the others: the case before the last
 * and after it, and the refresh it took.
 */
async function lastArticleAdded(
  store: Store,
  texts: string[],
  prefix: string,
  day: number,
): Promise<{ before: CaseFile; after: CaseFile; next: Awaited<ReturnType<typeof refreshCase>> }> {
  const add = async (i: number) => {
    const id = `${prefix}-${i + 1}`;
    const published = `2025-03-0${i + day}`;
    const input = { id, source: `https://news.example/${id}`, outlet: "Example News", published, title: null };
    await store.addDocument(CASE, { ...input, text: texts[i] }, extract(texts[i], { id, published }));
  };
  for (let i = 0; i < texts.length - 1; i++) await add(i);
  await refreshCase(store, CASE);
  const before = await (await freshStoredCase(store, CASE))!.caseFile();
  await add(texts.length - 1);
  const next = await refreshCase(store, CASE);
  const after = await (await freshStoredCase(store, CASE))!.caseFile();
  return { before, after, next };
}

for (const engine of ENGINES)
  test(
    `through ${engine.name}, an article that dates an undated report leaves the position rows of the undated reports told in other articles as they were`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // Invented articles, each telling one undated step; then one that dates the first of
        // them. That report joins the dated arrest and leaves the undated ones, which before
        // took the rank of every undated report after it down by one.
        const texts = [
          "Deckhand Ivo Brandt was arrested, police said.",
          "Skipper Lena Moor was charged with fraud, prosecutors said.",
          "Dock worker Ida Fenn was charged with theft, officers said.",
          "Ivo Brandt was arrested on 3 February 2025 in Port Calder, police said.",
        ];
        const { before, after, next } = await lastArticleAdded(store, texts, "quay", 2);
        const undated = (file: CaseFile) => file.reports.filter((t) => !t.date).map((t) => t.participantNames.join());
        assert.deepEqual(undated(before), ["Ivo Brandt", "Lena Moor", "Ida Fenn"]);
        assert.deepEqual(
          undated(after),
          ["Lena Moor", "Ida Fenn"],
          "the arrest is dated now (what this test is about)",
        );
        const bare = (t: CaseFile["timeline"][number]) => JSON.stringify({ ...t, id: "" });
        const was = new Set([...before.timeline, ...before.reports].map(bare));
        const milestones = [...after.timeline, ...after.reports];
        const fresh = milestones.filter((t) => !was.has(bare(t))).length;
        assert.equal(fresh, 1, "only the arrest changed");
        const positions = next.written.find((w) => w.table === "case_timeline")!;
        assert.equal(positions.written, fresh, "only the changed milestone's position row is written");
        assert.equal(positions.kept, milestones.length - fresh);
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a new milestone early in the timeline leaves the rows of the contradictions about later milestones as they were`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // Invented articles placing one hearing at two courts (a contradiction about that
        // milestone); then one telling of an arrest a year before, which takes the hearing's
        // place in the timeline and so gives the contradiction's subject another number.
        const texts = [
          "Harbour master Alan Reeve appeared at Calder Crown Court on 5 March 2025, charged with endangering a vessel.",
          "Alan Reeve appeared at Lowmoor Magistrates Court on 5 March 2025, charged with endangering a vessel.",
          "Deckhand Ivo Brandt was arrested on 3 February 2024 in Port Calder, police said.",
        ];
        const { before, after, next } = await lastArticleAdded(store, texts, "court", 6);
        const about = (file: CaseFile) => file.contradictions.map((x) => [x.id, x.subjectId]);
        assert.deepEqual(about(before), [["c:place:1", "ev:court_hearing:1"]]);
        assert.deepEqual(
          about(after),
          [["c:place:1", "ev:court_hearing:2"]],
          "the hearing's number moved (what this test is about)",
        );
        const rows = next.written.find((w) => w.table === "case_contradictions")!;
        assert.deepEqual([rows.written, rows.kept, rows.removed], [0, 1, 0], "the contradiction's row is kept");
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a new person and a milestone early in the timeline leave the graph's rows of the nodes and edges they do not change as they were`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article naming one new person only, arrested a year before the others: a
        // node among the people and one at the head of the events, so every entity node after the
        // new person and every edge after the new ones moved a position, and every later
        // milestone (its node, the edges ending at it) took the next number.
        const { before, after, next } = await oneArticleMore(
          store,
          "Deckhand Ivo Brandt was arrested on 3 February 2024, police said.",
          "harbour-brandt",
        );
        // A node or edge as it is whatever the milestones' numbers: what its row keeps.
        const bare = (x: unknown) => JSON.stringify(x).replace(/(ev:[a-z_]+:)[1-9]\d*"/g, '$1"');
        const was = new Set([...before.graph.nodes, ...before.graph.edges].map(bare));
        const parts = [...after.graph.nodes, ...after.graph.edges];
        const at = (list: unknown[], x: unknown) => list.findIndex((y) => bare(y) === bare(x));
        assert.ok(
          after.graph.nodes.some((n) => was.has(bare(n)) && at(before.graph.nodes, n) !== after.graph.nodes.indexOf(n)),
          "some node kept all it holds and moved a position (what this test is about)",
        );
        const edgeWas = new Map(before.graph.edges.map((e) => [bare(e), JSON.stringify(e)]));
        assert.ok(
          after.graph.edges.some((e) => (edgeWas.get(bare(e)) ?? JSON.stringify(e)) !== JSON.stringify(e)),
          "some edge kept all it holds and ends at a milestone that took another number",
        );
        const fresh = parts.filter((x) => !was.has(bare(x))).length;
        assert.ok(fresh > 0 && fresh < parts.length / 2, "the article adds a few nodes and edges");
        const rows = next.written.find((w) => w.table === "case_graph")!;
        assert.deepEqual(
          [rows.written, rows.kept, rows.removed],
          [fresh, parts.length - fresh, 0],
          "only the new nodes' and edges' rows are written",
        );
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a new statement by one actor writes that actor's account again, not the accounts it moves`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article quoting the lawyer (quoted once before) twice more: her account
        // passes every other in the accounts' order (most statements first), and they each move a
        // place, their statements as they were.
        const { before, after, next, rows } = await oneArticleMore(
          store,
          `"My client followed the rules," Jo Park said on Friday. "He will be cleared," Park added.`,
          "harbour-park",
        );
        const items = (file: CaseFile) => {
          const view = { ...indexCase(file), name: CASE, revision: 0 };
          return accountsAnswer(view, 0).accounts.map((a) => [a.actor.id, JSON.stringify(a)] as const);
        };
        const was = items(before);
        const now = items(after);
        const same = now.filter(([id, json]) => was.some(([i, j]) => i === id && j === json));
        const moved = same.filter(([id]) => was.findIndex(([i]) => i === id) !== now.findIndex(([i]) => i === id));
        assert.ok(
          moved.length > 0 && same.length < now.length,
          "some account moved, one changed (what this test is about)",
        );
        // The stored views' rows, and which of them the refresh wrote.
        const { afterRows, kept } = viewsKept(rows);
        for (const [id, json] of same)
          assert.ok(
            afterRows.some((r) => r.view === `account:${id}` && r.json === json && kept(r)),
            `the row of ${id}'s account is kept as it was`,
          );
        const views = next.written.find((w) => w.table === "case_views")!;
        assert.equal(views.written, afterRows.filter((r) => !kept(r)).length, "only changed rows written");
        assert.ok(views.kept >= same.length);
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, an actor who joins a subject writes that subject's head and the actor's side, not the others' sides`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article in which the captain speaks of the crossing, which the prosecutor
        // and the coastguard spoke of before: the subject gains a side, the others' are as they were.
        const { before, after, next, rows } = await oneArticleMore(
          store,
          `"The crossing was never safe in that wind," Tom Hale said on Friday.`,
          "harbour-hale",
        );
        const sides = (file: CaseFile) => {
          const view = { ...indexCase(file), name: CASE, revision: 0 };
          return accountsAnswer(view, 50).subjects.flatMap((s) =>
            s.sides.map((side) => [s.key, side.actor.id, JSON.stringify(side)] as const),
          );
        };
        const was = sides(before);
        const now = sides(after);
        const same = now.filter(([k, id, json]) => was.some(([k2, i, j]) => k2 === k && i === id && j === json));
        const joined = now.filter(([k, id]) => !was.some(([k2, i]) => k2 === k && i === id));
        assert.ok(
          same.length > 0 && joined.some(([k]) => same.some(([k2]) => k2 === k)),
          "an actor joined a subject whose other sides are as they were (what this test is about)",
        );
        const { afterRows, kept } = viewsKept(rows);
        for (const [k, id, json] of same)
          assert.ok(
            afterRows.some((r) => r.view === `subject-side:${JSON.stringify([k, id])}` && r.json === json && kept(r)),
            `the row of ${id}'s side of ${k} is kept as it was`,
          );
        const views = next.written.find((w) => w.table === "case_views")!;
        assert.equal(views.written, afterRows.filter((r) => !kept(r)).length, "only changed rows written");
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, an entity named again writes only its new index rows, not all it had`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article naming Alan Reeve (named in four of the five) once more.
        const id = "harbour-marina";
        const { after, next, rows } = await oneArticleMore(
          store,
          "Alan Reeve was seen at the Port Calder marina on Sunday, a neighbour said.",
          id,
        );
        const reeve = after.entities.find((e) => e.name === "Alan Reeve")!;
        assert.ok(reeve.members.length > 2, "the entity named again has members from earlier articles");
        assert.ok(
          reeve.members.some((m) => m.document === id),
          "and one from the new article (what this test is about)",
        );
        // The index rows the entities make that were not stored before, counted with repeats.
        let fresh = 0;
        for (const table of ["case_names", "case_members", "case_links"]) {
          const left = new Map<string, number>();
          for (const r of rows.before[table]) left.set(r, (left.get(r) ?? 0) + 1);
          for (const r of rows.after[table]) {
            if (table === "case_links" && !r.includes('["kind","member"]')) continue;
            const n = left.get(r) ?? 0;
            if (n > 0) left.set(r, n - 1);
            else fresh++;
          }
        }
        const entities = next.written.find((w) => w.table === "case_entities")!;
        assert.ok(entities.written > 0 && fresh > 0);
        assert.equal(entities.indexed, fresh, "only the index rows not stored before are written");
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, an entity named in a new article gets that article's member rows without its stored ones being read`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        // An invented article naming Alan Reeve (named in four of the five) once more.
        const id = "harbour-slipway";
        const { before, after, next, rows } = await oneArticleMore(
          store,
          "Neighbours said Alan Reeve repaired boats at the old slipway every weekend.",
          id,
        );
        const reeve = after.entities.find((e) => e.name === "Alan Reeve")!;
        const was = before.entities.find((e) => e.id === reeve.id)!;
        assert.ok(was.members.length > 2, "the entity had members from earlier articles");
        assert.deepEqual(
          reeve.members.filter((m) => m.document !== id),
          was.members,
          "and keeps them, with one from the new article (what this test is about)",
        );
        const entities = next.written.find((w) => w.table === "case_entities")!;
        assert.equal(entities.compared.case_members, 0, "no stored member row is read back");
        const members = (list: string[]) => list.filter((r) => r.includes(`["entity",${JSON.stringify(reeve.id)}]`));
        const added = members(rows.after.case_members).filter((r) => !members(rows.before.case_members).includes(r));
        assert.equal(added.length, reeve.members.length - was.members.length);
        assert.ok(added.length > 0 && added.every((r) => r.includes(`["document","${id}"]`)));
        // The rows the refresh left are a whole write's.
        await assertStoredEqualsRebuild(store);
        await refreshCase(store, CASE, { force: true });
        assert.deepEqual(rows.after, await caseRows(store, CASE));
      }, engine);
    },
  );

for (const engine of ENGINES)
  test(
    `through ${engine.name}, a refresh writes only the rows that changed: none when nothing did, the new article's when one is added`,
    { skip: engine.skip },
    async () => {
      await withStore(async (store) => {
        for (const d of DOCS.slice(0, 5)) await store.addDocument(CASE, d.input, d.extraction);
        const first = await refreshCase(store, CASE);
        const total = (table: string) => first.written.find((w) => w.table === table)!.written;
        assert.equal(total("case_documents"), 5, "a case's first write writes every row");
        const stored = (await freshStoredCase(store, CASE))!;
        const file = await stored.caseFile();
        const again = await store.sql.transaction(async (tx) =>
          writeCase(tx, stored.caseId, await caseChanges(store, stored.caseId), file, []),
        );
        for (const w of again)
          assert.deepEqual([w.written, w.removed], [0, w.table === "case_views" ? total("case_views") : 0], w.table);
        await refreshCase(store, CASE, { force: true });
        await store.addDocument(CASE, DOCS[5].input, DOCS[5].extraction);
        const next = await refreshCase(store, CASE);
        const documents = next.written.find((w) => w.table === "case_documents")!;
        assert.deepEqual([documents.written, documents.kept, documents.removed], [1, 5, 0]);
        const quotes = next.written.find((w) => w.table === "case_quotes")!;
        const after = await (await freshStoredCase(store, CASE))!.caseFile();
        assert.equal(quotes.kept + quotes.written, after.quotes.length);
        assert.ok(quotes.kept > 0, "the earlier articles' quotes are left as they were");
        await assertStoredEqualsRebuild(store);
      }, engine);
    },
  );

test("a write extends its lists of index rows however long they are (a 50,000-article case's graph links overflowed push(...rows))", () => {
  const rows = Array.from({ length: 600_000 }, (_, i) => i);
  const to = [-1];
  append(to, rows);
  assert.equal(to.length, 600_001);
  assert.equal(to[0], -1);
  assert.equal(to[600_000], 599_999);
  // What the write did before: one argument per row, more than the call stack holds.
  assert.throws(() => [-1].push(...rows), RangeError);
});

// A contradiction streamed (`contradictions --json`) is its stored JSON with the ids put in the
// text, the rest not parsed and written again: the same bytes the whole case gives, whatever its
// strings hold (quotes, backslashes, what looks like a field).
test("a stored contradiction's JSON with its ids put in is the JSON of the contradiction", () => {
  const source = (document: string, text: string) => ({
    document,
    start: 10,
    end: 12,
    text,
    sentence: { start: 0, end: 40, text: `Tova Brandt said: "\\ ","field":"age" ${text} \u2028` },
    published: "2024-02-03",
  });
  const about = (x: Contradiction, stored: Partial<Contradiction>) => JSON.stringify({ ...x, ...stored });
  // Two values, each from one document, of `field` about `subjectId`.
  const twoValues = (id: string, subject: string, subjectId: string, field: Contradiction["field"], values: string[]) =>
    ({
      id,
      subject,
      subjectId,
      field,
      values: values.map((value, i) => ({ value, sources: [source(`d-${i + 1}`, value)] })),
    }) satisfies Contradiction;
  const hearing = {
    ...twoValues("c:place:12", 'hearing of "Tova" Brandt \\', "ev:hearing:7", "place", ["Lindenhall", "Oskarby"]),
    note: "publication dates unknown",
  };
  assert.equal(
    numberedContradiction(about(hearing, { id: "", subjectId: "ev:hearing:" }), 12, 7),
    JSON.stringify(hearing),
  );
  const age = twoValues("c:age:3", "Tova Brandt", "person:tova-brandt", "age", ["41", "43"]);
  assert.equal(numberedContradiction(about(age, { id: "" }), 3), JSON.stringify(age));
  assert.throws(() => numberedContradiction(JSON.stringify(age), 3), /does not begin/);
});

// A graph row read back (the whole graph, or a drawing of its heaviest nodes) is its stored JSON
// with its milestone's number put back in the text: the same bytes the whole case gives, whatever
// the rest holds.
test("a stored graph row's JSON with its milestone's number put in is the JSON of the node or edge", () => {
  const node = { id: "ev:court_hearing:7", kind: "event", label: "court hearing 2024-02-03", weight: 2 };
  assert.equal(numberedGraphRow(JSON.stringify({ ...node, id: "ev:court_hearing:" }), 7), JSON.stringify(node));
  const evidence = [{ document: "d-1", start: 3, end: 9, text: 'Tova Brandt said: "\\ ","target":"ev:x:" \u2028' }];
  const edge = {
    id: "participant:person:tova-brandt->ev:court_hearing:12",
    source: "person:tova-brandt",
    target: "ev:court_hearing:12",
    kind: "participant",
    label: "took part in",
    evidence,
  };
  const stored = {
    ...edge,
    id: "participant:person:tova-brandt->ev:court_hearing:",
    target: "ev:court_hearing:",
  };
  assert.equal(numberedGraphRow(JSON.stringify(stored), 12), JSON.stringify(edge));
  assert.throws(() => numberedGraphRow(JSON.stringify({ kind: "event" }), 1), /does not begin/);
});
