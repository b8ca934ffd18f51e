import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCase } from "../../src/casefile/index.js";
import type { CaseFile } from "../../src/casefile/types.js";
import { article, hearingAt } from "./fixtures.js";

const people = (c: CaseFile) => c.entities.filter((e) => e.type === "person");
const named = (c: CaseFile, name: string) => c.entities.find((e) => e.name === name);
/** An article naming one person, written as `name`. */
const onePerson = (id: string, name: string, text: string) =>
  article(id, null, text, { entities: [{ id: "e1", type: "person", name, mentions: [name] }] });

const harrowA = article(
  "ledger-1",
  "2024-02-10",
  "A former council planning officer has been charged with passing documents to a foreign agent.\n\n" +
    "Daniel Harrow, 30, from Ipswich, was arrested on 15 March 2023 at his home, police said. " +
    "Mr Harrow denies the charges.",
  {
    entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow", "Harrow"], age: 30 }],
    events: [{ type: "arrest", date: "2023-03-15", participants: ["e1"], evidence: "was arrested on 15 March 2023" }],
  },
);
const harrowB = article(
  "courier-7",
  "2024-02-14",
  "Daniel Harrow, 29, appeared before magistrates on Tuesday. He was arrested in March 2023 after a search " +
    "of his flat.\n\nHarrow did not enter a plea.",
  {
    entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow", "Harrow"], age: 29 }],
    events: [{ type: "arrest", date: "2023-03", participants: ["e1"], evidence: "He was arrested in March 2023" }],
  },
);

test("the same person in two articles is one entity, and a different age is a contradiction with both sentences", () => {
  const c = buildCase([harrowA, harrowB], []);
  assert.equal(people(c).length, 1);
  const harrow = people(c)[0];
  assert.equal(harrow.name, "Daniel Harrow");
  assert.deepEqual(harrow.documents, ["ledger-1", "courier-7"]);
  assert.equal(harrow.merges.length, 1);
  assert.equal(harrow.merges[0].rule, "same-name");
  assert.deepEqual(harrow.merges[0].documents, ["ledger-1", "courier-7"]);
  const alias = harrow.aliases.find((a) => a.text === "Harrow");
  assert.ok(alias && alias.sources.some((s) => s.document === "courier-7"));

  const ages = c.contradictions.filter((x) => x.field === "age");
  assert.equal(ages.length, 1);
  assert.equal(ages[0].subject, "Daniel Harrow");
  assert.deepEqual(
    ages[0].values.map((v) => v.value),
    ["29", "30"],
  );
  const thirty = ages[0].values.find((v) => v.value === "30")!.sources[0];
  assert.equal(thirty.document, "ledger-1");
  assert.match(thirty.sentence!.text, /^Daniel Harrow, 30, from Ipswich/);
  assert.equal(harrowA.extraction.text.slice(thirty.start!, thirty.end!), "30");
});

test("an age one year higher in an article published a year later is not a contradiction", () => {
  const later = article("ledger-9", "2025-02-20", "Daniel Harrow, 31, was jailed on Friday.", {
    entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"], age: 31 }],
  });
  const c = buildCase([harrowA, later], []);
  assert.equal(c.contradictions.filter((x) => x.field === "age").length, 0);
  // Two years' difference a year apart is still a contradiction.
  const wrong = article("ledger-10", "2025-02-20", "Daniel Harrow, 33, was jailed on Friday.", {
    entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"], age: 33 }],
  });
  assert.equal(buildCase([harrowA, wrong], []).contradictions.filter((x) => x.field === "age").length, 1);
});

test("the same arrest reported twice is one timeline entry with the finer date and both sources", () => {
  const c = buildCase([harrowB, harrowA], []);
  const arrests = c.timeline.filter((t) => t.type === "arrest");
  assert.equal(arrests.length, 1);
  assert.equal(arrests[0].date, "2023-03-15");
  assert.deepEqual(arrests[0].sources.map((s) => s.document).sort(), ["courier-7", "ledger-1"]);
  assert.deepEqual(arrests[0].participantNames, ["Daniel Harrow"]);
  assert.equal(c.contradictions.filter((x) => x.field === "date").length, 0, "2023-03 refines, not contradicts");
});

test("different people who share a surname stay apart; a bare surname joins only an unambiguous full name", () => {
  const a = article("a", null, "David Smith, a postal worker, told the court he had seen nothing.", {
    entities: [{ id: "e1", type: "person", name: "David Smith", mentions: ["David Smith"] }],
  });
  const b = article("b", null, "The former minister Iain Duncan Smith said the sanctions were overdue.", {
    entities: [{ id: "e1", type: "person", name: "Iain Duncan Smith", mentions: ["Iain Duncan Smith"] }],
  });
  const c1 = article("c", null, "Smith said he would appeal.", {
    entities: [{ id: "e1", type: "person", name: "Smith", mentions: ["Smith"] }],
  });
  const d = article("d", null, "Prosecutors said Harrow had been paid in cash.", {
    entities: [{ id: "e1", type: "person", name: "Harrow", mentions: ["Harrow"] }],
  });
  const c = buildCase([a, b, c1, d, harrowA], []);
  const names = people(c)
    .map((p) => p.name)
    .sort();
  assert.deepEqual(names, ["Daniel Harrow", "David Smith", "Iain Duncan Smith", "Smith"]);
  const harrow = named(c, "Daniel Harrow")!;
  assert.deepEqual(harrow.documents.sort(), ["d", "ledger-1"]);
  assert.equal(harrow.merges[0].rule, "surname-unique");
  assert.ok(harrow.merges[0].mentions.some((m) => m.document === "d" && m.text === "Harrow"));
});

test("two people with the same surname in one article are never merged through a bare surname elsewhere", () => {
  const both = article("both", null, "Anna Kovac and her brother Marek Kovac were both questioned.", {
    entities: [
      { id: "e1", type: "person", name: "Anna Kovac", mentions: ["Anna Kovac"] },
      { id: "e2", type: "person", name: "Marek Kovac", mentions: ["Marek Kovac"] },
    ],
  });
  const bare = article("bare", null, "Kovac declined to comment.", {
    entities: [{ id: "e1", type: "person", name: "Kovac", mentions: ["Kovac"] }],
  });
  assert.equal(people(buildCase([both, bare], [])).length, 3);
});

test("organisations merge by acronym and by a surface form another article used", () => {
  const a = article(
    "org-1",
    null,
    "The Crown Prosecution Service said it had authorised charges. Nadia Clarke, head of the CPS's special crime division, said the case was complex.",
    {
      entities: [
        { id: "e1", type: "organization", name: "Crown Prosecution Service", mentions: ["Crown Prosecution Service"] },
        {
          id: "e2",
          type: "person",
          name: "Nadia Clarke",
          mentions: ["Nadia Clarke"],
          roles: ["head of the CPS's special crime division"],
        },
      ],
    },
  );
  const b = article("org-2", null, "The CPS declined to comment on the decision.", {
    entities: [{ id: "e1", type: "organization", name: "CPS", mentions: ["CPS"] }],
  });
  const c = buildCase([a, b], []);
  const orgs = c.entities.filter((e) => e.type === "organization");
  assert.equal(orgs.length, 1);
  assert.equal(orgs[0].name, "Crown Prosecution Service");
  assert.equal(orgs[0].merges[0].rule, "acronym");
  const clarke = named(c, "Nadia Clarke")!;
  assert.deepEqual(clarke.affiliations, [orgs[0].id]);
  const edge = c.graph.edges.find((e) => e.kind === "affiliation");
  assert.ok(edge && edge.source === clarke.id && edge.target === orgs[0].id);
  assert.equal(edge.evidence[0].text, "head of the CPS's special crime division");
});

test("a forced merge is recorded, and splitting it again restores the case", () => {
  const a = article("m-1", null, "Jon Reyes was seen leaving the embassy.", {
    entities: [{ id: "e1", type: "person", name: "Jon Reyes", mentions: ["Jon Reyes"] }],
  });
  const b = article("m-2", null, "Jonathan Reyes, a courier, was later detained.", {
    entities: [{ id: "e1", type: "person", name: "Jonathan Reyes", mentions: ["Jonathan Reyes"] }],
  });
  const plain = buildCase([a, b], []);
  assert.equal(people(plain).length, 2);

  const merged = buildCase([a, b], [{ action: "merge", a: "Jonathan Reyes", b: "Jon Reyes" }]);
  assert.equal(people(merged).length, 1);
  assert.equal(people(merged)[0].merges.at(-1)!.rule, "forced");
  assert.deepEqual(people(merged)[0].documents.sort(), ["m-1", "m-2"]);

  const restored = buildCase(
    [a, b],
    [
      { action: "merge", a: "Jonathan Reyes", b: "Jon Reyes" },
      { action: "split", a: "Jonathan Reyes", b: "Jon Reyes" },
    ],
  );
  const summary = (c: CaseFile) => people(c).map((p) => [p.id, p.name, p.members, p.merges]);
  assert.deepEqual(summary(restored), summary(plain));
  assert.equal(restored.overrideIssues.length, 0);
});

test("an automatic merge can be split, and an override naming nobody is reported, not applied", () => {
  const d = article("d", null, "Prosecutors said Harrow had been paid in cash.", {
    entities: [{ id: "e1", type: "person", name: "Harrow", mentions: ["Harrow"] }],
  });
  const c = buildCase(
    [harrowA, d],
    [
      { action: "split", a: "Daniel Harrow", b: "Harrow" },
      { action: "merge", a: "Nobody Atall", b: "Daniel Harrow" },
    ],
  );
  assert.deepEqual(
    people(c)
      .map((p) => p.name)
      .sort(),
    ["Daniel Harrow", "Harrow"],
  );
  assert.deepEqual(named(c, "Daniel Harrow")!.splits[0].documents, ["d"]);
  // A document id takes that document's entity out, whatever it is called.
  const byDoc = buildCase([harrowA, harrowB], [{ action: "split", a: "Daniel Harrow", b: "courier-7" }]);
  assert.deepEqual(
    people(byDoc).map((p) => [p.name, p.documents]),
    [
      ["Daniel Harrow", ["ledger-1"]],
      ["Daniel Harrow", ["courier-7"]],
    ],
  );
  assert.deepEqual(
    people(byDoc).map((p) => p.id),
    ["person:daniel-harrow", "person:daniel-harrow-2"],
  );
  assert.equal(c.overrideIssues.length, 1);
  assert.match(c.overrideIssues[0].problem, /no entity is named "Nobody Atall"/);
});

test("the same hearing at two different courts is a place contradiction; the Old Bailey is the Central Criminal Court", () => {
  const court = (id: string, name: string, published: string) => hearingAt(id, name, published);
  const c = buildCase(
    [court("h-1", "Woolwich Crown Court", "2024-04-02"), court("h-2", "the Old Bailey", "2024-04-03")],
    [],
  );
  assert.equal(c.timeline.length, 1);
  const places = c.contradictions.filter((x) => x.field === "place");
  assert.equal(places.length, 1);
  assert.deepEqual(places[0].values.map((v) => v.value).sort(), ["Woolwich Crown Court", "the Old Bailey"]);
  assert.match(places[0].values[0].sources[0].sentence!.text, /^Daniel Harrow appeared at/);

  const same = buildCase(
    [court("h-1", "the Old Bailey", "2024-04-02"), court("h-3", "the Central Criminal Court", "2024-04-03")],
    [],
  );
  assert.equal(same.contradictions.length, 0);
});

test("dates a week apart for one charge are a date contradiction; two hearings a week apart are two events", () => {
  const charge = (id: string, date: string, words: string) =>
    article(id, null, `Daniel Harrow was charged ${words} with two offences.`, {
      entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] }],
      events: [{ type: "charge", date, participants: ["e1"], evidence: `was charged ${words}`, dateText: words }],
    });
  const c = buildCase(
    [charge("c-1", "2023-04-02", "on 2 April 2023"), charge("c-2", "2023-04-09", "on 9 April 2023")],
    [],
  );
  assert.equal(c.timeline.length, 1);
  assert.equal(c.timeline[0].dates.length, 2);
  const dates = c.contradictions.filter((x) => x.field === "date");
  assert.equal(dates.length, 1);
  assert.equal(dates[0].subject, "charge of Daniel Harrow");
  assert.deepEqual(dates[0].values.map((v) => [v.value, v.sources[0].text]).sort(), [
    ["2023-04-02", "on 2 April 2023"],
    ["2023-04-09", "on 9 April 2023"],
  ]);

  // One article giving both dates is its own wording, not two sources disagreeing.
  const both = article("c-3", null, "Daniel Harrow was charged on 2 April 2023. His charge on 9 April 2023 followed.", {
    entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] }],
    events: [
      { type: "charge", date: "2023-04-02", participants: ["e1"], evidence: "was charged on 2 April 2023" },
      { type: "charge", date: "2023-04-09", participants: ["e1"], evidence: "His charge on 9 April 2023" },
    ],
  });
  const one = buildCase([both], []);
  assert.equal(one.timeline.length, 1);
  assert.equal(one.contradictions.length, 0);

  const hearing = (id: string, date: string) =>
    article(id, null, `Daniel Harrow appeared in court for a hearing.`, {
      entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] }],
      events: [{ type: "court_hearing", date, participants: ["e1"], evidence: "appeared in court" }],
    });
  const h = buildCase([hearing("x", "2023-05-02"), hearing("y", "2023-05-09")], []);
  assert.equal(h.timeline.length, 2);
  assert.equal(h.contradictions.length, 0);
});

test("status: happened against cancelled is a contradiction; news moving on, or a denial, is not", () => {
  const trial = (id: string, published: string, status: "happened" | "denied" | "scheduled" | "cancelled") =>
    article(id, published, "The trial of Daniel Harrow at Woolwich Crown Court began in June 2024.", {
      entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] }],
      events: [
        { type: "trial", date: "2024-06", participants: ["e1"], evidence: "The trial of Daniel Harrow", status },
      ],
    });
  const statusConflicts = (...inputs: ReturnType<typeof trial>[]) =>
    buildCase(inputs, []).contradictions.filter((x) => x.field === "status");
  const conflict = statusConflicts(trial("t-1", "2024-06-20", "happened"), trial("t-2", "2024-06-20", "cancelled"));
  assert.equal(conflict.length, 1);
  assert.deepEqual(conflict[0].values.map((v) => v.value).sort(), ["cancelled", "happened"]);
  // Scheduled in May, happened in June; began, then collapsed; happened, and the accused denies it.
  assert.equal(
    statusConflicts(trial("t-3", "2024-05-01", "scheduled"), trial("t-1", "2024-06-20", "happened")).length,
    0,
  );
  assert.equal(
    statusConflicts(trial("t-1", "2024-06-20", "happened"), trial("t-4", "2024-07-02", "cancelled")).length,
    0,
  );
  assert.equal(statusConflicts(trial("t-1", "2024-06-20", "happened"), trial("t-5", "2024-06-21", "denied")).length, 0);
  // Still "scheduled" weeks after another source reported it had happened.
  assert.equal(
    statusConflicts(trial("t-1", "2024-06-20", "happened"), trial("t-6", "2024-07-10", "scheduled")).length,
    1,
  );
  // One article telling the plan and the outcome is narrative, not two sources disagreeing.
  const oneArticle = article(
    "t-7",
    "2024-06-20",
    "The trial of Daniel Harrow was due in June 2024. The trial of Daniel Harrow collapsed in June 2024.",
    {
      entities: [{ id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] }],
      events: [
        { type: "trial", date: "2024-06", participants: ["e1"], evidence: "was due in June 2024", status: "scheduled" },
        {
          type: "trial",
          date: "2024-06",
          participants: ["e1"],
          evidence: "collapsed in June 2024",
          status: "cancelled",
        },
      ],
    },
  );
  assert.equal(statusConflicts(oneArticle).length, 0);
  const progress = buildCase([trial("t-3", "2024-05-01", "scheduled"), trial("t-1", "2024-06-20", "happened")], []);
  assert.equal(progress.timeline[0].status, "happened");
  assert.equal(progress.timeline[0].statuses.length, 2);
});

test("quotes resolve their speaker across documents and link the speaker to whom they speak about", () => {
  const a = article(
    "q-1",
    "2024-02-15",
    'Detective Inspector Ruth Amari said: "Daniel Harrow betrayed the trust placed in him."',
    {
      entities: [
        { id: "e1", type: "person", name: "Ruth Amari", mentions: ["Ruth Amari"] },
        { id: "e2", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] },
      ],
      quotes: [{ text: "Daniel Harrow betrayed the trust placed in him.", speaker: "e1" }],
    },
  );
  const c = buildCase([harrowA, a], []);
  assert.equal(c.quotes.length, 1);
  const q = c.quotes[0];
  assert.equal(q.speakerName, "Ruth Amari");
  const harrow = named(c, "Daniel Harrow")!;
  assert.deepEqual(q.about, [harrow.id]);
  assert.ok(c.graph.edges.some((e) => e.kind === "quoted-about" && e.source === q.speaker && e.target === harrow.id));
  assert.ok(c.graph.nodes.some((n) => n.kind === "event" && n.label === "arrest 2023-03-15"));
  assert.ok(c.graph.edges.some((e) => e.kind === "participant" && e.source === harrow.id));
});

test("buildCase is deterministic and survives malformed extractions", () => {
  assert.deepEqual(buildCase([harrowA, harrowB], []), buildCase([harrowA, harrowB], []));
  const broken = {
    document: { id: "junk", source: null, published: "not a date", outlet: null },
    extraction: {
      id: "junk",
      source: null,
      published: null,
      text: "\u0000\ud800 unbalanced “quote",
      entities: [
        { id: "e1", type: "person", name: "", mentions: [], attributes: { roles: [] } },
        { id: "e2", type: "person", name: "   ", mentions: [], attributes: { roles: [] } },
        { id: "e3", type: "organization", name: "“ ”", mentions: [], attributes: { roles: [] } },
      ],
      quotes: [{ kind: "direct", text: "x", start: 999, end: 5, speaker: "Nobody", speakerId: "e9" }],
      events: [{ type: "arrest", status: "happened", date: "03/2023", participants: ["Ghost"] }],
      times: [],
    },
  } as unknown as Parameters<typeof buildCase>[0][number];
  const c = buildCase([broken, harrowA, null as never], [{ action: "split", a: "x", b: "y" }]);
  assert.equal(people(c).length, 1);
  // The malformed date leaves the arrest undated: a report kept off the main timeline.
  assert.equal(c.timeline.length, 1);
  assert.equal(c.reports.length, 1);
  assert.equal(c.reports[0].offTimeline, "undated");
  assert.equal(c.overrideIssues.length, 1);
});

test("a name with an initial or without a middle name joins the one full name it fits", () => {
  const full = article("n-1", null, "Chi Leung Peter Tam and Rosa Delgado were named in the filing.", {
    entities: [
      { id: "e1", type: "person", name: "Chi Leung Peter Tam", mentions: ["Chi Leung Peter Tam"] },
      { id: "e2", type: "person", name: "Rosa Delgado", mentions: ["Rosa Delgado"] },
    ],
  });
  const short = article("n-2", null, "Chi Leung Tam and R. Delgado were released on bail.", {
    entities: [
      { id: "e1", type: "person", name: "Chi Leung Tam", mentions: ["Chi Leung Tam"] },
      { id: "e2", type: "person", name: "R. Delgado", mentions: ["R. Delgado"] },
    ],
  });
  const other = article("n-3", null, "Luis Delgado, her cousin, was not charged.", {
    entities: [{ id: "e1", type: "person", name: "Luis Delgado", mentions: ["Luis Delgado"] }],
  });
  const c = buildCase([full, short, other], []);
  assert.deepEqual(
    people(c)
      .map((p) => `${p.name}:${p.documents.join("+")}`)
      .sort(),
    ["Chi Leung Peter Tam:n-1+n-2", "Luis Delgado:n-3", "Rosa Delgado:n-1+n-2"],
  );
  assert.ok(named(c, "Rosa Delgado")!.merges.some((m) => m.rule === "name-subset"));
});

test("a name after an initial is the middle name the person goes by, in another article too", () => {
  const c = buildCase(
    [
      onePerson("m-1", "J. Patrick Vale", "J. Patrick Vale was named envoy on Monday."),
      onePerson("m-2", "Pat Vale", "Pat Vale arrived in the capital."),
      onePerson("m-3", "Tom Vale", "Tom Vale declined to comment."),
    ],
    [],
  );
  assert.deepEqual(
    people(c)
      .map((p) => `${p.name}:${p.documents.join("+")}`)
      .sort(),
    ["J. Patrick Vale:m-1+m-2", "Tom Vale:m-3"],
  );
});

test("a bare surname of several full names joins the one given the same role, and no other", () => {
  const withRole = (id: string, name: string, text: string, role: string) =>
    article(id, null, text, { entities: [{ id: "e1", type: "person", name, mentions: [name], roles: [role] }] });
  const ann = withRole("r-1", "Ann Vale", "Ann Vale, the governor, signed the order.", "governor");
  const bare = withRole("r-3", "Vale", "Governor Vale defended the order.", "Governor");
  const c = buildCase([ann, onePerson("r-2", "Tom Vale", "Tom Vale, her cousin, was not there."), bare], []);
  assert.deepEqual(
    people(c)
      .map((p) => `${p.name}:${p.documents.join("+")}`)
      .sort(),
    ["Ann Vale:r-1+r-3", "Tom Vale:r-2"],
  );
  const merge = named(c, "Ann Vale")!.merges[0];
  assert.equal(merge.rule, "surname-role");
  assert.match(merge.reason, /"governor"/);
  // Two full names given that role: the bare surname stays apart.
  const tom = withRole("r-2", "Tom Vale", "Tom Vale, a former governor, was not there.", "governor");
  assert.equal(people(buildCase([ann, tom, bare], [])).length, 3);
});

test("a bare surname's role fits the end of a fuller role of the same office, not a ranked office", () => {
  const withRole = (id: string, name: string, text: string, role: string) =>
    article(id, null, text, { entities: [{ id: "e1", type: "person", name, mentions: [name], roles: [role] }] });
  const ann = withRole(
    "o-1",
    "Ann Vale",
    "Ann Vale, the former Harbour County governor, spoke.",
    "former Harbour County governor",
  );
  const tom = withRole("o-2", "Tom Vale", "Tom Vale, the deputy governor, spoke.", "deputy governor");
  const bare = withRole("o-3", "Vale", "Governor Vale defended the order.", "Governor");
  const c = buildCase([ann, tom, bare], []);
  assert.deepEqual(
    people(c)
      .map((p) => `${p.name}:${p.documents.join("+")}`)
      .sort(),
    ["Ann Vale:o-1+o-3", "Tom Vale:o-2"],
  );
  assert.equal(named(c, "Ann Vale")!.merges[0].rule, "surname-role");
});

test("a country is one place whatever each article calls it, but England is not the United Kingdom", () => {
  const place = (id: string, name: string) =>
    article(id, null, `Officials in ${name} said the talks had stalled.`, {
      entities: [{ id: "e1", type: "location", name, mentions: [name] }],
    });
  const c = buildCase(
    [place("p-1", "Britain"), place("p-2", "United Kingdom"), place("p-3", "the UK"), place("p-4", "England")],
    [],
  );
  const places = c.entities.filter((e) => e.type === "location");
  assert.deepEqual(
    places.map((p) => [p.name, p.documents.length]),
    [
      ["United Kingdom", 3],
      ["England", 1],
    ],
  );
  assert.deepEqual(
    buildCase(
      [place("p-1", "Britain"), place("p-2", "United Kingdom")],
      [{ action: "split", a: "United Kingdom", b: "Britain" }],
    )
      .entities.map((e) => e.name)
      .sort(),
    ["Britain", "United Kingdom"],
  );
});

test("organisations named in the plural or by the end of their name join the one body that fits", () => {
  const org = (id: string, ...names: string[]) =>
    article(id, null, names.map((n) => `${n} issued a statement.`).join(" "), {
      entities: names.map((name, i) => ({ id: `e${i}`, type: "organization" as const, name, mentions: [name] })),
    });
  const c = buildCase(
    [
      org("o-1", "Baltic Trade Office", "Metropolitan Police Counter Terrorism Command"),
      org("o-2", "Baltic Trade Offices", "Counter Terrorism Command"),
      org("o-3", "North Yorkshire Special Crime Division", "Kent Special Crime Division"),
      org("o-4", "Special Crime Division"),
    ],
    [],
  );
  const byName = (n: string) => c.entities.find((e) => e.name === n);
  assert.deepEqual(byName("Baltic Trade Office")?.documents, ["o-1", "o-2"]);
  assert.equal(byName("Baltic Trade Office")?.merges[0].rule, "plural");
  assert.deepEqual(byName("Metropolitan Police Counter Terrorism Command")?.documents, ["o-1", "o-2"]);
  assert.equal(byName("Metropolitan Police Counter Terrorism Command")?.merges[0].rule, "name-suffix");
  assert.deepEqual(byName("Special Crime Division")?.documents, ["o-4"], "two longer names end so: ambiguous");
});

test("two defendants' hearings at one court on one day are two events; a report naming only the court joins neither", () => {
  const hearing = (id: string, who: string | null) =>
    article(id, null, `${who ?? "A man"} appeared at Southwark Crown Court on 5 May 2025.`, {
      entities: [
        ...(who ? [{ id: "e1", type: "person" as const, name: who, mentions: [who] }] : []),
        { id: "e2", type: "organization", name: "Southwark Crown Court", mentions: ["Southwark Crown Court"] },
      ],
      events: [
        {
          type: "court_hearing",
          date: "2025-05-05",
          participants: who ? ["e1", "e2"] : ["e2"],
          evidence: "appeared at Southwark Crown Court on 5 May 2025",
        },
      ],
    });
  const c = buildCase(
    [hearing("h-1", "Anna Berg"), hearing("h-2", "Tomas Brandt"), hearing("h-3", "Anna Berg"), hearing("h-4", null)],
    [],
  );
  assert.deepEqual(
    c.timeline.map((t) => [t.participantNames[0], t.sources.map((s) => s.document)]),
    [
      ["Anna Berg", ["h-1", "h-3"]],
      ["Tomas Brandt", ["h-2"]],
      ["Southwark Crown Court", ["h-4"]],
    ],
  );
  // With one defendant that day, the unnamed report is theirs.
  const one = buildCase([hearing("h-1", "Anna Berg"), hearing("h-4", null)], []);
  assert.equal(one.timeline.length, 1);
});

test("a syndicated copy is kept as a source but not counted as an independent one", () => {
  const copy = { ...harrowB, document: { ...harrowB.document, id: "courier-7-syndicated", duplicateOf: "courier-7" } };
  const c = buildCase([harrowA, harrowB, copy], []);
  const harrow = named(c, "Daniel Harrow")!;
  assert.deepEqual(harrow.documents, ["ledger-1", "courier-7", "courier-7-syndicated"]);
  assert.equal(harrow.independentDocuments, 2);
});

test("a bare surname with a man's form of address does not join the one full name with a woman's given name", () => {
  const a = article("a", null, "Michelle Harrow opened the school on Monday.", {
    entities: [{ id: "e1", type: "person", name: "Michelle Harrow", mentions: ["Michelle Harrow"] }],
  });
  const b = article("b", null, "Mr. Harrow said the plan was sound.", {
    entities: [{ id: "e1", type: "person", name: "Harrow", mentions: ["Mr. Harrow"] }],
  });
  assert.deepEqual(
    people(buildCase([a, b], []))
      .map((p) => p.name)
      .sort(),
    ["Harrow", "Michelle Harrow"],
  );
  const d = article("d", null, "Ms. Harrow said the plan was sound.", {
    entities: [{ id: "e1", type: "person", name: "Harrow", mentions: ["Ms. Harrow"] }],
  });
  assert.deepEqual(
    people(buildCase([a, d], [])).map((p) => p.name),
    ["Michelle Harrow"],
  );
});

test("where a plan was to take place is no contradiction of where it then took place", () => {
  const planned = article(
    "plan-1",
    "2024-01-10",
    "Daniel Harrow will stand trial at the Old Bailey in April 2024, a judge said.",
    {
      entities: [
        { id: "e1", type: "person", name: "Daniel Harrow", mentions: ["Daniel Harrow"] },
        { id: "e2", type: "organization", name: "the Old Bailey", mentions: ["the Old Bailey"] },
      ],
      events: [
        {
          type: "court_hearing",
          date: "2024-04",
          participants: ["e1"],
          evidence: "will stand trial at the Old Bailey in April 2024",
          status: "scheduled",
        },
      ],
    },
  );
  const c = buildCase([planned, hearingAt("h-1", "Woolwich Crown Court", "2024-04-03")], []);
  assert.equal(c.timeline.length, 1);
  assert.deepEqual(c.contradictions, []);
  // Two reports that it took place at different courts still disagree.
  const both = buildCase(
    [planned, hearingAt("h-1", "Woolwich Crown Court", "2024-04-03"), hearingAt("h-2", "the Old Bailey", "2024-04-04")],
    [],
  );
  assert.equal(both.contradictions.filter((x) => x.field === "place").length, 1);
});
