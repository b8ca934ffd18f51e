// The case timeline at milestone level: reports of one happening merge, plans move on with the
// news, undated reports stay off the main timeline, and ages are read against the calendar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCase } from "../../src/casefile/index.js";
import { resolveEntities } from "../../src/casefile/entities.js";
import { DocContext } from "../../src/casefile/context.js";
import { TimelineBuilder, buildTimeline } from "../../src/casefile/timeline.js";
import type { EventStatus, EventType } from "../../src/core/schema.js";
import fc from "fast-check";
import { article, type EntitySpec } from "./fixtures.js";

const mara = { id: "e1", type: "person" as const, name: "Mara Quint", mentions: ["Mara Quint"] };
const report = (
  id: string,
  published: string | null,
  text: string,
  evidence: string,
  type: EventType,
  date: string | null,
  status: EventStatus = "happened",
  who: EntitySpec[] = [mara],
) =>
  article(id, published, text, {
    entities: who,
    events: [{ type, date, participants: who.map((w) => w.id), evidence, status }],
  });

test("the same escape told on one day by articles naming different bodies is one milestone with every report", () => {
  const a = report(
    "a",
    "2025-03-06",
    "A prisoner escaped on Wednesday.",
    "escaped on Wednesday",
    "other",
    "2025-03-05",
    "happened",
    [],
  );
  const b = report(
    "b",
    "2025-03-09",
    "Mara Quint escaped from jail on 5 March.",
    "escaped from jail on 5 March",
    "other",
    "2025-03-05",
  );
  const c = report(
    "c",
    "2025-04-01",
    "Mara Quint fled the jail in March.",
    "fled the jail in March",
    "other",
    "2025-03",
  );
  const file = buildCase([a, b, c], []);
  assert.equal(file.timeline.length, 1);
  assert.equal(file.timeline[0].date, "2025-03-05");
  assert.deepEqual(file.timeline[0].sources.map((s) => s.document).sort(), ["a", "b", "c"]);
});

test("untyped happenings on one day in different articles, naming different actors and telling different things, stay two", () => {
  const ivo = { id: "e1", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const council = { id: "e2", type: "organization" as const, name: "Harbour Council", mentions: ["Harbour Council"] };
  const told: [string, string, string, EntitySpec][] = [
    ["a", "Ivo Brandt opened a bakery on Tuesday.", "opened a bakery on Tuesday", ivo],
    ["b", "The Harbour Council repainted the pier on 4 March.", "repainted the pier on 4 March", council],
  ];
  const docs = told.map(([id, text, evidence, who]) =>
    report(id, "2025-03-06", text, evidence, "other", "2025-03-04", "happened", [who]),
  );
  const built = timelineOf(docs);
  const rows = [...built.timeline, ...built.reports].map((t) => t.sources.map((s) => s.document).join(","));
  assert.deepEqual(rows.sort(), ["a", "b"]);
});

test("two people's hearings on one day stay two milestones", () => {
  const ivo = { id: "e1", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const a = report(
    "a",
    "2025-03-06",
    "Mara Quint appeared in court on 5 March.",
    "appeared in court on 5 March",
    "court_hearing",
    "2025-03-05",
  );
  const b = report(
    "b",
    "2025-03-06",
    "Ivo Brandt appeared in court on 5 March.",
    "appeared in court on 5 March",
    "court_hearing",
    "2025-03-05",
    "happened",
    [ivo],
  );
  assert.equal(buildCase([a, b], []).timeline.length, 2);
});

test("a plan and what became of it are one milestone whose status follows the news, with no contradiction", () => {
  const plan = report(
    "p",
    "2025-01-10",
    "Mara Quint will stand trial in June.",
    "will stand trial in June",
    "trial",
    "2025-06",
    "scheduled",
  );
  const dropped = report(
    "d",
    "2025-05-20",
    "The trial of Mara Quint set for June was dropped.",
    "The trial of Mara Quint set for June was dropped",
    "trial",
    "2025-06",
    "cancelled",
  );
  const file = buildCase([plan, dropped], []);
  assert.equal(file.timeline.length, 1);
  assert.equal(file.timeline[0].status, "cancelled");
  assert.deepEqual(
    file.timeline[0].statuses.map((s) => s.value),
    ["scheduled", "cancelled"],
  );
  assert.equal(file.contradictions.length, 0);
});

test("a plan whose day has passed with no source saying it happened is a report, not a milestone; a future plan stays", () => {
  const plan = report(
    "p",
    "2025-01-10",
    "Mara Quint is due in court on 3 February.",
    "is due in court on 3 February",
    "court_hearing",
    "2025-02-03",
    "scheduled",
  );
  const later = report(
    "l",
    "2025-04-01",
    "Mara Quint was arrested on 30 March.",
    "was arrested on 30 March",
    "arrest",
    "2025-03-30",
  );
  const file = buildCase([plan, later], []);
  assert.deepEqual(
    file.timeline.map((t) => t.type),
    ["arrest"],
  );
  assert.equal(file.reports[0].offTimeline, "plan not confirmed");
  assert.equal(file.reports[0].reportedOn, "2025-01-10");
  assert.equal(buildCase([plan], []).timeline[0].status, "scheduled");
});

test("an undated report joins the one dated milestone it fits; otherwise it is kept off the timeline as reported", () => {
  const dated = report(
    "a",
    "2025-03-06",
    "Mara Quint was charged on 4 March.",
    "was charged on 4 March",
    "charge",
    "2025-03-04",
  );
  const undated = report("b", "2025-03-08", "Mara Quint has been charged.", "has been charged", "charge", null);
  const file = buildCase([dated, undated], []);
  assert.equal(file.timeline.length, 1);
  assert.equal(file.timeline[0].sources.length, 2);
  const alone = buildCase([undated], []);
  assert.equal(alone.timeline.length, 0);
  assert.equal(alone.reports[0].offTimeline, "undated");
  assert.equal(alone.reports[0].reportedOn, "2025-03-08");
});

test("the milestone's participants are the actors the reports agree on", () => {
  const court = {
    id: "e2",
    type: "organization" as const,
    name: "Harbour Crown Court",
    mentions: ["Harbour Crown Court"],
  };
  const judge = { id: "e3", type: "person" as const, name: "Ada Lunn", mentions: ["Ada Lunn"] };
  const a = report(
    "a",
    "2025-03-06",
    "Mara Quint was sentenced at Harbour Crown Court on 5 March.",
    "was sentenced at Harbour Crown Court on 5 March",
    "sentence",
    "2025-03-05",
    "happened",
    [mara, court],
  );
  const b = report(
    "b",
    "2025-03-07",
    "Mara Quint was sentenced by Ada Lunn on 5 March.",
    "was sentenced by Ada Lunn on 5 March",
    "sentence",
    "2025-03-05",
    "happened",
    [mara, judge],
  );
  const file = buildCase([a, b], []);
  assert.deepEqual(file.timeline[0].participantNames, ["Mara Quint"]);
});

test("adding documents one at a time gives the same timeline as building it at once", () => {
  const inputs = [
    report("a", "2025-03-06", "Mara Quint was charged on 4 March.", "was charged on 4 March", "charge", "2025-03-04"),
    report("b", "2025-03-08", "Mara Quint has been charged.", "has been charged", "charge", null),
    report("c", "2025-04-01", "Mara Quint was charged in March.", "was charged in March", "charge", "2025-03"),
  ];
  const resolution = resolveEntities(
    inputs.map((i) => ({ document: { ...i.document }, extraction: i.extraction })),
    [],
  );
  const contexts = inputs.map((i) => new DocContext(i.document, i.extraction, resolution));
  const builder = new TimelineBuilder(resolution);
  builder.addDocument(contexts[0]);
  assert.equal(builder.read().timeline.length, 1);
  builder.addDocument(contexts[1]);
  builder.addDocument(contexts[2]);
  assert.deepEqual(builder.read(), buildTimeline(contexts, resolution));
  assert.equal(builder.read().timeline[0].sources.length, 3);
});

test("ages are read against each source's publication date", () => {
  const aged = (id: string, published: string | null, age: number) =>
    article(id, published, `Mara Quint, ${age}, spoke to reporters.`, {
      entities: [{ ...mara, age }],
    });
  const ages = (...inputs: ReturnType<typeof aged>[]) =>
    buildCase(inputs, []).contradictions.filter((c) => c.field === "age").length;
  assert.equal(ages(aged("a", "2023-05-01", 28), aged("b", "2025-05-20", 30)), 0, "28 in 2023 and 30 in 2025 agree");
  assert.equal(ages(aged("a", "2023-05-01", 28), aged("b", "2024-05-20", 31)), 1);
  // An undated article giving an age a dated one gives cannot contradict it; a new age it gives cannot be placed.
  assert.equal(ages(aged("a", "2023-05-01", 28), aged("b", "2025-05-20", 30), aged("c", null, 30)), 0);
  assert.equal(ages(aged("a", "2023-05-01", 28), aged("c", null, 33)), 1);
});

/** The timeline of some articles, read whole. */
function timelineOf(docs: ReturnType<typeof report>[]) {
  const resolution = resolveEntities(
    docs.map((i) => ({ document: { ...i.document }, extraction: i.extraction })),
    [],
  );
  return buildTimeline(
    docs.map((i) => new DocContext(i.document, i.extraction, resolution)),
    resolution,
  );
}

test("an untyped happening told once about no named person, or about people no other article names, is background", () => {
  const a = report(
    "a",
    "2025-03-06",
    "The agency was founded in 2013.",
    "founded in 2013",
    "other",
    "2013",
    "happened",
    [],
  );
  const b = report("b", "2025-03-06", "Mara Quint moved to Leeds in 2019.", "moved to Leeds in 2019", "other", "2019");
  // Mara Quint is named in another article too; Ivo Brandt only in his.
  const ivo = { id: "e2", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const c = article("c", "2025-03-08", "Mara Quint was questioned.", { entities: [mara] });
  const d = report(
    "d",
    "2025-03-09",
    "Ivo Brandt, her neighbour, opened a bakery in 2016.",
    "opened a bakery in 2016",
    "other",
    "2016",
    "happened",
    [ivo],
  );
  const built = timelineOf([a, b, c, d]);
  const why = (date: string) => built.reports.find((r) => r.date === date)?.offTimeline;
  assert.equal(why("2013"), "background");
  assert.equal(why("2016"), "background");
  // Mara Quint is no minor figure, but only one article tells her move: see the next test.
  assert.equal(why("2019"), "told once");
  // In a case of one article, its people are the case's.
  assert.deepEqual(
    timelineOf([d]).timeline.map((t) => t.date),
    ["2016"],
  );
});

test("an untyped act told by one article is off the timeline until a second article dates it, unless alleged", () => {
  const told: [string, string, string, string, string][] = [
    [
      "a",
      "2025-03-06",
      "Mara Quint took to Twitter on Tuesday to thank her staff.",
      "took to Twitter on Tuesday",
      "2025-03-04",
    ],
    ["b", "2025-03-06", "Mara Quint moved to Leeds in 2019.", "moved to Leeds in 2019", "2019"],
    ["c", "2025-04-10", "Mara Quint, who moved to Leeds in 2019, spoke.", "moved to Leeds in 2019", "2019"],
    // A report dated only to the year does not make a dated day's act told twice.
    ["d", "2025-05-02", "Mara Quint thanked her staff in 2025.", "thanked her staff in 2025", "2025"],
    [
      "e",
      "2025-05-03",
      "The second count alleges Mara Quint sold the plans on 4 May 2021.",
      "sold the plans on 4 May 2021",
      "2021-05-04",
    ],
  ];
  const docs = told.map(([id, published, text, evidence, date]) =>
    report(id, published, text, evidence, "other", date),
  );
  const built = timelineOf(docs);
  assert.deepEqual(
    built.timeline.map((t) => [t.date, t.sources.map((s) => s.document).join(",")]),
    [
      ["2019", "b,c"],
      ["2021-05-04", "e"],
    ],
  );
  const tuesday = built.reports.find((r) => r.date === "2025-03-04");
  assert.equal(tuesday?.offTimeline, "told once");
  assert.deepEqual(
    tuesday?.sources.map((s) => s.document),
    ["a", "d"],
  );
  // In a case of one article, what it tells is the case.
  assert.deepEqual(
    timelineOf(docs.slice(0, 1)).timeline.map((t) => t.date),
    ["2025-03-04"],
  );
});

test("a stretch in which a named person held a post is background; a stretch of conduct stays a milestone", () => {
  const held = (id: string, text: string, evidence: string, dateText: string, date: string, end?: string) =>
    article(id, "2025-03-06", text, {
      entities: [mara],
      events: [{ type: "other", date, end, dateText, participants: [mara.id], evidence }],
    });
  const built = timelineOf([
    held(
      "a",
      "Mara Quint, who served as port director from 2003 to 2011, spoke.",
      "from 2003 to 2011",
      "2003 to 2011",
      "2003",
      "2011",
    ),
    held(
      "b",
      "Mara Quint was deputy mayor of Leeds from 2012 to 2014.",
      "from 2012 to 2014",
      "2012 to 2014",
      "2012",
      "2014",
    ),
    held("c", "Mara Quint has been chief executive since 2019.", "since 2019", "2019", "2019"),
    held(
      "d",
      "Mara Quint served six years in prison from 2015 to 2021.",
      "from 2015 to 2021",
      "2015 to 2021",
      "2015",
      "2021",
    ),
    held(
      "e",
      "Mara Quint sold secrets to a rival from 2016 to 2018.",
      "from 2016 to 2018",
      "2016 to 2018",
      "2016",
      "2018",
    ),
  ]);
  // Each is told by one article: the conduct is no milestone until a second article dates it,
  // but it is no background either.
  assert.deepEqual(
    built.reports
      .filter((r) => r.offTimeline === "background")
      .map((r) => r.date)
      .sort(),
    ["2003", "2012", "2019"],
  );
  assert.deepEqual(
    built.reports
      .filter((r) => r.offTimeline === "told once")
      .map((r) => r.date)
      .sort(),
    ["2015", "2016"],
  );
});

test("an undated report joins no milestone dated after its article, and does not change a plan's status", () => {
  const plan = report(
    "p",
    "2025-01-10",
    "Mara Quint is awaiting trial in June.",
    "awaiting trial in June",
    "trial",
    "2025-06",
    "scheduled",
  );
  const early = report("e", "2025-01-02", "Mara Quint faces trial.", "faces trial", "trial", null);
  const late = report("l", "2025-09-01", "The trial of Mara Quint went ahead.", "The trial", "trial", null);
  const built = timelineOf([plan, early, late]);
  const trial = [...built.timeline, ...built.reports].find((t) => t.date === "2025-06");
  assert.ok(trial);
  assert.deepEqual(trial.sources.map((s) => s.document).sort(), ["l", "p"]);
  assert.equal(trial.status, "scheduled");
});

/** Random articles of a few people and a body: the indexed timeline equals the one comparing each report with every row. */
function indexedEqualsCompareAll(precisions: number[], maxArticles: number, numRuns: number, seed: number): void {
  const people: EntitySpec[] = [
    mara,
    { id: "e2", type: "person", name: "Ivo Brandt", mentions: ["Ivo Brandt"] },
    { id: "e3", type: "person", name: "Lena Ortiz", mentions: ["Lena Ortiz"] },
    { id: "e4", type: "organization", name: "Harbour Agency", mentions: ["Harbour Agency"] },
  ];
  const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  // Dates at every precision, days apart and weeks apart, so that reports are compatible,
  // near (within a month) or far; types that happen once and types that recur.
  const event = fc.record({
    type: fc.constantFrom<EventType>("arrest", "charge", "court_hearing", "other"),
    day: fc.nat(150),
    precision: fc.constantFrom(...precisions),
    who: fc.subarray([0, 1, 2, 3]),
    status: fc.constantFrom<EventStatus>("happened", "happened", "scheduled"),
  });
  const articles = fc.array(
    fc.record({ published: fc.nat(200), events: fc.array(event, { minLength: 1, maxLength: 3 }) }),
    {
      minLength: 1,
      maxLength: maxArticles,
    },
  );
  fc.assert(
    fc.property(articles, (list) => {
      const inputs = list.map((a, i) => {
        const who = people.filter((_, k) => a.events.some((e) => e.who.includes(k)));
        const text = `${who.map((w) => w.name).join(", ")}. ${a.events.map((_, k) => `Step ${k} was told.`).join(" ")}`;
        return article(`a${i}`, day(a.published), text, {
          entities: who,
          events: a.events.map((e, k) => ({
            type: e.type,
            date: e.precision ? day(e.day).slice(0, e.precision) : null,
            participants: e.who.map((w) => people[w].id),
            evidence: `Step ${k} was told`,
            status: e.status,
          })),
        });
      });
      const resolution = resolveEntities(
        inputs.map((i) => ({ document: { ...i.document }, extraction: i.extraction })),
        [],
      );
      const contexts = inputs.map((i) => new DocContext(i.document, i.extraction, resolution));
      const all = new TimelineBuilder(resolution, true);
      for (const c of contexts) all.addDocument(c);
      assert.deepEqual(buildTimeline(contexts, resolution), all.read());
    }),
    { numRuns, seed },
  );
}

test("reports find the milestone they join through the indexes as they would by comparing with every milestone", () => {
  indexedEqualsCompareAll([0, 4, 7, 10], 14, 300, 1311);
});

test("undated reports find the milestone or report row they join as they would by comparing with every one", () => {
  // Mostly undated: many report rows of the same people, each gaining people as reports join it.
  indexedEqualsCompareAll([0, 0, 0, 10], 30, 200, 1312);
});

test("untyped reports and tellings at a coarser date join a milestone only when they tell it with a word in common", () => {
  const a = report(
    "a",
    "2025-03-06",
    "Mara Quint moved to Leeds on 4 March 2012.",
    "moved to Leeds on 4 March 2012",
    "other",
    "2012-03-04",
  );
  const b = report("b", "2025-04-01", "Mara Quint sold her farm in 2012.", "sold her farm in 2012", "other", "2012");
  const c = report("c", "2025-04-02", "Mara Quint moved north in 2012.", "moved north in 2012", "other", "2012");
  const d = report(
    "d",
    "2025-03-06",
    "Mara Quint said on 5 March that the mill would close.",
    "said on 5 March",
    "statement",
    "2025-03-05",
  );
  const e = report(
    "e",
    "2025-04-02",
    "Mara Quint told a radio station in March that she was tired.",
    "told a radio station in March",
    "statement",
    "2025-03",
  );
  const built = timelineOf([a, b, c, d, e]);
  // Every row, on the timeline or off it (the untyped ones are told by one article each).
  const rows = [...built.timeline, ...built.reports]
    .sort((x, y) => (x.date! < y.date! ? -1 : 1))
    .map((t) => [t.type, t.date, t.sources.map((s) => s.document).join(",")]);
  assert.deepEqual(rows, [
    ["other", "2012", "b"],
    ["other", "2012-03-04", "a,c"],
    ["statement", "2025-03", "e"],
    ["statement", "2025-03-05", "d"],
  ]);
});

test("a planned telling and a telling that happened in the same month are two rows unless on the same day", () => {
  const council = { id: "e2", type: "organization" as const, name: "Harbour Council", mentions: ["Harbour Council"] };
  const told: [string, string, string, string, EventStatus][] = [
    ["a", "2025-03-06", "The Harbour Council published the audit last week.", "published the audit", "happened"],
    [
      "b",
      "2025-03-20",
      "Members quiz the Harbour Council at a hearing next week.",
      "at a hearing next week",
      "scheduled",
    ],
  ];
  const docs = told.map(([id, published, text, evidence, status]) =>
    report(id, published, text, evidence, "statement", "2025-03", status, [council]),
  );
  const rows = timelineOf(docs).timeline.map((t) => [t.date, t.status, t.sources.map((s) => s.document).join(",")]);
  assert.deepEqual(rows, [
    ["2025-03", "happened", "a"],
    ["2025-03", "scheduled", "b"],
  ]);
  assert.deepEqual(buildCase(docs, []).contradictions, []);
});

test("an undated report of a step that happens once joins the first report row it fits, also one that took its person in later", () => {
  const ivo = { id: "e2", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const arrest = (id: string, published: string, who: EntitySpec[]) =>
    report(
      id,
      published,
      `${who.map((w) => w.name).join(" and ")} were arrested.`,
      "were arrested",
      "arrest",
      null,
      "happened",
      who,
    );
  // Row 1 tells of Mara Quint, row 2 of Ivo Brandt; the third report names both and joins row 1
  // (the first it fits), which so takes in Ivo Brandt after row 2 did.
  const docs = [
    arrest("a", "2025-02-01", [mara]),
    arrest("b", "2025-02-02", [ivo]),
    arrest("c", "2025-02-03", [mara, ivo]),
  ];
  // A fourth report of Ivo Brandt alone fits both rows: it joins the first, row 1.
  docs.push(arrest("d", "2025-02-04", [ivo]));
  const built = timelineOf(docs);
  assert.deepEqual(
    built.reports.map((r) => r.sources.map((s) => s.document)),
    [["a", "c", "d"], ["b"]],
  );
});

test("an undated telling joins a dated telling of the same person only when it tells the same thing, and only while it is news", () => {
  const a = report(
    "a",
    "2025-03-06",
    "Mara Quint said on 5 March that the mill would close.",
    "said on 5 March",
    "statement",
    "2025-03-05",
  );
  const b = report("b", "2025-03-07", "In a letter, Mara Quint thanked the volunteers.", "letter", "statement", null);
  const told = (id: string, published: string) =>
    report(id, published, "In a statement, Mara Quint said the mill would close.", "statement", "statement", null);
  const rows = (built: ReturnType<typeof timelineOf>) => [
    built.timeline.map((t) => [t.date, t.sources.map((s) => s.document).join(",")]),
    built.reports.map((t) => t.sources.map((s) => s.document).join(",")),
  ];
  assert.deepEqual(rows(timelineOf([a, b, told("c", "2025-03-07")])), [[["2025-03-05", "a,c"]], ["b"]]);
  // A telling is news for days: two months later, "said in a statement" is another time she spoke,
  // as it is in an article from before that day; three days on, it is still news of that telling.
  assert.deepEqual(rows(timelineOf([a, told("late", "2025-05-09")])), [[["2025-03-05", "a"]], ["late"]]);
  assert.deepEqual(rows(timelineOf([a, told("early", "2025-03-01")])), [[["2025-03-05", "a"]], ["early"]]);
  assert.deepEqual(rows(timelineOf([a, told("soon", "2025-03-08")])), [[["2025-03-05", "a,soon"]], []]);
});

test("an undated attack joins a dated one of the same person only when it tells of the same happening", () => {
  const attack = (
    id: string,
    published: string,
    text: string,
    evidence: string,
    trigger: string,
    date: string | null,
    who: EntitySpec[] = [mara],
  ) =>
    article(id, published, text, {
      entities: who,
      events: [{ type: "attack", date, participants: who.map((w) => w.id), evidence, trigger }],
    });
  const a = attack(
    "a",
    "2025-03-06",
    "Mara Quint punched a marcher at the harbour fair on 4 March.",
    "punched a marcher at the harbour fair on 4 March",
    "punched",
    "2025-03-04",
  );
  const same = attack(
    "b",
    "2025-03-09",
    "The punch at the harbour fair left Mara Quint shaken.",
    "punch",
    "punch",
    null,
  );
  const hack = attack("c", "2025-03-09", "Mara Quint hacked the council's mailbox.", "hacked", "hacked", null);
  // Only the word of the step in common: "punched" at a fair, "punched" at a match.
  const match = attack(
    "d",
    "2025-03-09",
    "Mara Quint punched a referee at the match.",
    "punched a referee",
    "punched",
    null,
  );
  const rows = (built: ReturnType<typeof timelineOf>) => [
    built.timeline.map((t) => [t.date, t.sources.map((s) => s.document).join(",")]),
    built.reports.map((t) => t.sources.map((s) => s.document).join(",")),
  ];
  assert.deepEqual(rows(timelineOf([a, same])), [[["2025-03-04", "a,b"]], []]);
  // A hack of a mailbox shares Mara Quint with the punch, not a happening.
  assert.deepEqual(rows(timelineOf([a, hack])), [[["2025-03-04", "a"]], ["c"]]);
  assert.deepEqual(rows(timelineOf([a, match])), [[["2025-03-04", "a"]], ["d"]]);
  // Two people in common tie them whatever the words.
  const ivo = { id: "e2", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const both = (id: string, text: string, evidence: string, date: string | null) =>
    attack(id, "2025-03-09", text, evidence, evidence, date, [mara, ivo]);
  assert.deepEqual(
    rows(
      timelineOf([
        both("e", "Mara Quint punched Ivo Brandt on 4 March.", "punched Ivo Brandt on 4 March", "2025-03-04"),
        both("f", "Mara Quint hit Ivo Brandt.", "hit", null),
      ]),
    ),
    [[["2025-03-04", "e,f"]], []],
  );
  // A step that happens once to a person is the one told, whatever the words.
  const charged = report(
    "g",
    "2025-03-06",
    "Mara Quint was charged on 4 March.",
    "was charged on 4 March",
    "charge",
    "2025-03-04",
  );
  const again = report("h", "2025-03-09", "Mara Quint has been accused.", "accused", "charge", null);
  assert.deepEqual(rows(timelineOf([charged, again])), [[["2025-03-04", "g,h"]], []]);
});

test("within one article, undated reports of one type naming no one are one report row", () => {
  const text = "The inquiry began. Months later the inquiry was still running.";
  const a = article("a", "2025-03-06", text, {
    entities: [],
    events: [
      { type: "investigation", date: null, participants: [], evidence: "The inquiry began", status: "happened" },
      {
        type: "investigation",
        date: null,
        participants: [],
        evidence: "the inquiry was still running",
        status: "happened",
      },
    ],
  });
  const b = article("b", "2025-03-07", "The inquiry began.", {
    entities: [],
    events: [
      { type: "investigation", date: null, participants: [], evidence: "The inquiry began", status: "happened" },
    ],
  });
  const built = timelineOf([a, b]);
  assert.deepEqual(
    built.reports.map((t) => t.sources.map((s) => s.document).join(",")),
    ["a,a", "b"],
  );
});

test("a step that happens once, told of someone unnamed on a day, joins the named report of it in that month", () => {
  const ivo = { id: "e2", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const plea = (id: string, published: string, text: string, evidence: string, date: string, who: EntitySpec[]) =>
    report(id, published, text, evidence, "conviction", date, "happened", who);
  const unnamed = plea(
    "a",
    "2025-05-15",
    "The courier pleaded guilty on Wednesday to smuggling.",
    "pleaded guilty on Wednesday",
    "2025-05-14",
    [],
  );
  const named = plea(
    "b",
    "2025-09-02",
    "Mara Quint pleaded guilty in May to smuggling.",
    "pleaded guilty in May",
    "2025-05",
    [mara],
  );
  const rows = (docs: ReturnType<typeof report>[]) =>
    timelineOf(docs).timeline.map((t) => [
      t.date,
      t.participantNames.join(","),
      t.sources.map((s) => s.document).join(","),
    ]);
  assert.deepEqual(rows([unnamed, named]), [["2025-05-14", "Mara Quint", "a,b"]]);
  // Told the other way round, the unnamed plea joins the named one all the same.
  assert.deepEqual(rows([named, unnamed]), [["2025-05-14", "Mara Quint", "b,a"]]);
  // When two people's pleas that month are told, the unnamed one cannot say whose it is.
  const other = plea("c", "2025-09-03", "Ivo Brandt pleaded guilty in May.", "pleaded guilty in May", "2025-05", [ivo]);
  assert.equal(timelineOf([named, other, unnamed]).timeline.length, 3);
  // A plea in another month is another plea.
  const june = plea(
    "d",
    "2025-06-20",
    "The courier pleaded guilty on Thursday.",
    "pleaded guilty on Thursday",
    "2025-06-19",
    [],
  );
  assert.equal(timelineOf([named, june]).timeline.length, 2);
});

test("untyped reports share a word with the clause that dates one of them, not only with the rest of its sentence", () => {
  const a = report(
    "a",
    "2025-03-06",
    "Mara Quint opened a bakery on 4 March 2012, a week after the harbour fair.",
    "opened a bakery on 4 March 2012",
    "other",
    "2012-03-04",
  );
  // "harbour" and "fair" are in both sentences, in neither dating clause.
  const b = report(
    "b",
    "2025-04-01",
    "At the harbour fair Mara Quint sold her boat in 2012.",
    "sold her boat in 2012",
    "other",
    "2012",
  );
  const c = report(
    "c",
    "2025-04-02",
    "Her bakery opened in 2012, and Mara Quint still goes to the harbour fair.",
    "bakery opened in 2012",
    "other",
    "2012",
  );
  // A clause that is the date alone tells nothing: the sentence's words count.
  const d = report("d", "2025-04-03", "Mara Quint's bakery was inspected in 2012.", "2012", "other", "2012");
  const built = timelineOf([a, b, c, d]);
  const rows = [...built.timeline, ...built.reports]
    .sort((x, y) => (x.date! < y.date! ? -1 : 1))
    .map((t) => [t.date, t.sources.map((s) => s.document).join(",")]);
  assert.deepEqual(rows, [
    ["2012", "b"],
    ["2012-03-04", "a,c,d"],
  ]);
});

test("an attack told without a name joins the one named attack its month or next-day report fits", () => {
  const attack = (id: string, published: string, text: string, evidence: string, date: string, who: EntitySpec[]) =>
    report(id, published, text, evidence, "attack", date, "happened", who);
  const named = attack(
    "a",
    "2025-05-09",
    "Mara Quint was shot on Thursday outside the depot.",
    "was shot on Thursday",
    "2025-05-08",
    [mara],
  );
  const lastWeek = attack(
    "b",
    "2025-05-13",
    "Police released video of last week's shooting.",
    "last week's shooting",
    "2025-05",
    [],
  );
  const rows = (docs: ReturnType<typeof report>[]) =>
    buildCase(docs, []).timeline.map((t) => [t.date, t.sources.map((s) => s.document).join(",")]);
  assert.deepEqual(rows([named, lastWeek]), [["2025-05-08", "a,b"]]);
  // Told on the day its article came out, a day after the named report's date: the same attack,
  // at the earlier date, and no date contradiction.
  const today = attack(
    "c",
    "2025-05-09",
    "Prayers for those hurt in the shooting today.",
    "the shooting today",
    "2025-05-09",
    [],
  );
  const file = buildCase([named, today], []);
  assert.deepEqual(
    file.timeline.map((t) => [t.date, t.sources.map((s) => s.document).join(",")]),
    [["2025-05-08", "a,c"]],
  );
  assert.deepEqual(file.contradictions, []);
  // A day after its article came out is no reporting day: two attacks.
  const later = attack(
    "d",
    "2025-05-20",
    "A shooting on 9 May shook the town.",
    "A shooting on 9 May",
    "2025-05-09",
    [],
  );
  assert.equal(buildCase([named, later], []).timeline.length, 2);
  // Two named attacks that month: the unnamed one can say whose it is no more.
  const ivo = { id: "e2", type: "person" as const, name: "Ivo Brandt", mentions: ["Ivo Brandt"] };
  const other = attack("e", "2025-05-21", "Ivo Brandt was stabbed on 19 May.", "was stabbed on 19 May", "2025-05-19", [
    ivo,
  ]);
  assert.equal(buildCase([named, other, lastWeek], []).timeline.length, 3);
  // Told only to the year, an unnamed attack joins none.
  const year = attack(
    "f",
    "2026-01-10",
    "The shooting last year changed the town.",
    "The shooting last year",
    "2025",
    [],
  );
  assert.equal(buildCase([named, year], []).timeline.length, 2);
});

test("steps of one type listed with their dates in one sentence, about no one else named, are precedents", () => {
  const bodies = [
    { id: "e3", type: "organization" as const, name: "Harbour Guard", mentions: ["Harbour Guard"] },
    { id: "e4", type: "organization" as const, name: "Vell Mill", mentions: ["Vell Mill"] },
  ];
  const text =
    "The report cited the attack on the Harbour Guard in 1983, the attack on the Vell Mill in 1996 and the raid of 2001 as warnings.";
  const cited = article("a", "2025-05-09", text, {
    entities: bodies,
    events: [
      { type: "attack", date: "1983", participants: ["e3"], evidence: "the attack on the Harbour Guard in 1983" },
      { type: "attack", date: "1996", participants: ["e4"], evidence: "the attack on the Vell Mill in 1996" },
      { type: "attack", date: "2001", participants: [], evidence: "the raid of 2001" },
    ],
  });
  const own = report(
    "b",
    "2025-05-10",
    "Mara Quint was shot on Thursday.",
    "was shot on Thursday",
    "attack",
    "2025-05-08",
  );
  const file = buildCase([cited, own], []);
  assert.deepEqual(
    file.timeline.map((t) => t.date),
    ["2025-05-08"],
  );
  // Two dated steps in one sentence are no list.
  const two = article("c", "2025-05-09", "The attack on the Harbour Guard in 1983 and the raid of 2001 were cited.", {
    entities: bodies,
    events: [
      { type: "attack", date: "1983", participants: ["e3"], evidence: "The attack on the Harbour Guard in 1983" },
      { type: "attack", date: "2001", participants: [], evidence: "the raid of 2001" },
    ],
  });
  assert.equal(buildCase([two, own], []).timeline.length, 3);
});

test("a title tells who, not what happened: an untyped report sharing only a title with a milestone stays apart", () => {
  const a = report(
    "a",
    "2025-03-06",
    "Rivals mocked the senator for stumbling in Tuesday's debate, and Mara Quint stumbled again on 4 March.",
    "the senator for stumbling in Tuesday's debate",
    "other",
    "2025-03-04",
  );
  const b = report(
    "b",
    "2025-03-28",
    "This month, Mara Quint has won the backing of three senators.",
    "won the backing of three senators",
    "other",
    "2025-03",
  );
  const c = report(
    "c",
    "2025-03-07",
    "Mara Quint was stumbling over her words in March, a debate coach said.",
    "stumbling over her words in March",
    "other",
    "2025-03",
  );
  const rows = (docs: ReturnType<typeof report>[]) =>
    [...timelineOf(docs).timeline, ...timelineOf(docs).reports].map((t) => t.sources.map((s) => s.document).join(","));
  assert.deepEqual(rows([a, b]).sort(), ["a", "b"]);
  // A word that tells the happening still joins them.
  assert.deepEqual(rows([a, c]), ["a,c"]);
});
