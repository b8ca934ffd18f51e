import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { candidateContext, findCandidates } from "../../src/extract/entities/candidates.js";
import { combineCandidates, type TaggerSpan } from "../../src/extract/entities/combine.js";
import { entityLayer } from "../../src/extract/entities/index.js";
import type { Tagger } from "../../src/extract/entities/tagger/index.js";

/** Tagger spans written by hand: each surface, at every place it occurs, with one type. */
function spans(text: string, marks: [string, TaggerSpan["type"]][]): TaggerSpan[] {
  const out: TaggerSpan[] = [];
  for (const [surface, type] of marks)
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1))
      out.push({ start: i, end: i + surface.length, type });
  return out;
}

function combined(text: string, marks: [string, TaggerSpan["type"]][]) {
  const doc = buildDoc(text);
  const ctx = candidateContext(doc);
  return combineCandidates(doc, findCandidates(doc, ctx), spans(text, marks), ctx.lowerWords).map((c) => ({
    text: text.slice(c.start, c.end),
    type: c.type,
    evidence: c.evidence,
  }));
}

/** The same with tagger spans given by offset, where one surface is typed differently in two places. */
function combinedAt(text: string, tagged: TaggerSpan[]) {
  const doc = buildDoc(text);
  const ctx = candidateContext(doc);
  return combineCandidates(doc, findCandidates(doc, ctx), tagged, ctx.lowerWords).map((c) => ({
    text: text.slice(c.start, c.end),
    type: c.type,
  }));
}

test("without tagger spans the rule candidates pass through unchanged", () => {
  const text = "Mr Harlow met officials at the Home Office.";
  const doc = buildDoc(text);
  const rules = findCandidates(doc);
  assert.deepEqual(combineCandidates(doc, rules, []), rules);
});

test("strong rule evidence wins over the tagger", () => {
  const out = combined("The Home Office said the Kremlin was lying.", [
    ["Home Office", "PER"],
    ["Kremlin", "LOC"],
  ]);
  assert.deepEqual(
    out.map((c) => [c.text, c.type]),
    [
      ["Home Office", "organization"],
      ["Kremlin", "organization"],
    ],
  );
});

test("a word the rules could not type takes the tagger's type when it recurs with the same type", () => {
  const text = "Investors sold Zorvane stock. Analysts expect Zorvane to recover.";
  assert.deepEqual(
    combined(text, [["Zorvane", "ORG"]])
      .filter((c) => c.text === "Zorvane")
      .map((c) => c.type),
    ["organization", "organization"],
  );
  // Once only, or with types that disagree: left for resolution, untyped.
  const once = combined("Investors sold Zorvane stock.", [["Zorvane", "ORG"]]);
  assert.ok(once.every((c) => c.text !== "Zorvane" || c.type === null));
  const disagree = combinedAt("Vellacott rose. Then Vellacott fell.", [
    { start: 0, end: 9, type: "ORG" },
    { start: 21, end: 30, type: "LOC" },
  ]);
  assert.ok(disagree.every((c) => c.type === null));
});

test("a guess from the shape of a run gives way to the tagger; MISC removes it", () => {
  const out = combined("Workers praised Quorra Belsize yesterday, and Tavish Orrin too.", [
    ["Quorra Belsize", "ORG"],
    ["Tavish Orrin", "MISC"],
  ]);
  assert.deepEqual(
    out.filter((c) => c.type !== null).map((c) => [c.text, c.type]),
    [["Quorra Belsize", "organization"]],
  );
});

test("a person guessed from the shape of a run alone is dropped when the tagger reads no name there", () => {
  const out = combined("Tavish Orrin read Quiet Harvest Rising aloud, and Quorra Belsize listened.", [
    ["Tavish Orrin", "PER"],
    ["Quorra Belsize", "PER"],
  ]);
  const people = out.filter((c) => c.type === "person").map((c) => c.text);
  assert.deepEqual(people, ["Tavish Orrin", "Quorra Belsize"]);
});

test("names of two or more words only the tagger found are added; single words and odd spans are not", () => {
  const text = "Later that week, Speaking Freely Trust met. Your Honor, said Dunmore. Duke of Albany wrote.";
  const out = combined(text, [
    ["Speaking Freely Trust", "ORG"],
    ["Your Honor", "PER"],
    ["Dunmore", "PER"],
    ["Duke of Albany", "PER"],
  ]);
  const texts = out.map((c) => c.text);
  assert.ok(!texts.includes("Your Honor"));
  assert.ok(!texts.includes("Duke of Albany"));
});

test("spans only the tagger found in a title-case headline are not added", () => {
  const text = "Quiet Marlow Wins Again\n\nThe team won on Saturday.";
  const doc = buildDoc(text);
  const ctx = candidateContext(doc);
  const headlines = [...ctx.headlineParagraphs].map((i) => doc.paragraphs[i]);
  const out = combineCandidates(
    doc,
    findCandidates(doc, ctx),
    spans(text, [["Quiet Marlow", "ORG"]]),
    ctx.lowerWords,
    headlines,
  );
  assert.ok(out.every((c) => c.type === null));
  const body = "The club Quiet Marlow won again.";
  const bodyDoc = buildDoc(body);
  const bodyCtx = candidateContext(bodyDoc);
  const added = combineCandidates(
    bodyDoc,
    findCandidates(bodyDoc, bodyCtx),
    spans(body, [["Quiet Marlow", "ORG"]]),
    bodyCtx.lowerWords,
  );
  assert.ok(added.some((c) => c.type === "organization" && body.slice(c.start, c.end) === "Quiet Marlow"));
});

test("a lone first name stays a person when the tagger calls it MISC, and yields to ORG", () => {
  const text = "He met his daughter Margaret there. Fans of Chelsea cheered.";
  const out = combined(text, [
    ["Margaret", "MISC"],
    ["Chelsea", "ORG"],
  ]);
  assert.deepEqual(
    out.filter((c) => c.type !== null).map((c) => [c.text, c.type]),
    [
      ["Margaret", "person"],
      ["Chelsea", "organization"],
    ],
  );
});

test("the tagger adds no multiword span made of abstract nouns", () => {
  const out = combined("They spoke on Politics Tonight about Industrial Strategy Base.", [
    ["Politics Tonight", "ORG"],
    ["Industrial Strategy Base", "ORG"],
  ]);
  assert.deepEqual(
    out.filter((c) => c.type !== null),
    [],
  );
});

test("contractions like I'm are never names, whatever the tagger says", () => {
  const out = combined("I’m sure, he said. I’m not, she said.", [["I’m", "ORG"]]);
  assert.deepEqual(out, []);
});

test("a title word alone is not typed by the tagger", () => {
  const out = combined("The Duke arrived. Later the Duke left.", [["Duke", "LOC"]]);
  assert.ok(out.every((c) => c.type === null));
});

test("a word named once is typed by the tagger when it speaks ('Zorvane said')", () => {
  const out = combined("Profits fell, Zorvane said on Monday.", [["Zorvane", "ORG"]]);
  assert.deepEqual(
    out.filter((c) => c.text === "Zorvane").map((c) => c.type),
    ["organization"],
  );
});

test("two capitals or initials with stops the tagger does not read as a name are an abbreviation, unless the text defines them", () => {
  const text = "The QB threw twice. He was charged under section 12 CC. The Water Board (WB) said WB staff were safe.";
  const out = combined(text, [["Water Board", "ORG"]]);
  assert.ok(!out.some((c) => c.text === "QB" || c.text === "CC"));
  assert.ok(out.some((c) => c.text === "WB" && c.type === "organization"));
  // The tagger reading them as a body keeps them.
  assert.ok(combined("The QB said no.", [["QB", "ORG"]]).some((c) => c.text === "QB" && c.type === "organization"));
  // Three initials with stops likewise, unless the text spells them out as a name; without stops
  // they may be a body's own ("VFR said").
  const initials = combined(
    "Tom Rell was charged under s. 19 R.S.C in court. VFR said no. The Tarrow Port Authority said the T.P.A. would appeal.",
    [["Tom Rell", "PER"]],
  );
  assert.ok(!initials.some((c) => c.text.startsWith("R.S.C")));
  assert.ok(initials.some((c) => c.text === "VFR" && c.type === "organization"));
  assert.ok(initials.some((c) => c.text.startsWith("T.P.A") && c.type === "organization"));
});

test("letters after a name that the tagger leaves out become post-nominals; an unknown word before it stays", () => {
  const text = "Later Tom Roe QFSM spoke. Zarif Nawaz Kell was jailed.";
  const doc = buildDoc(text);
  const ctx = candidateContext(doc);
  const out = combineCandidates(
    doc,
    findCandidates(doc, ctx),
    spans(text, [
      ["Tom Roe", "PER"],
      ["Nawaz Kell", "PER"],
    ]),
    ctx.lowerWords,
  );
  const roe = out.find((c) => text.slice(c.nameStart, c.nameEnd) === "Tom Roe");
  assert.equal(roe?.postnominal && text.slice(roe.postnominal.start, roe.postnominal.end), "QFSM");
  // A given name no list holds is no title: the name is not cut to the tagger's "Nawaz Kell".
  assert.ok(out.some((c) => text.slice(c.nameStart, c.nameEnd) === "Zarif Nawaz Kell"));
});

test("a listed town the tagger reads as a body every time it is named is a team or council named after it", () => {
  const text = "Swindon beat Walsall 2-1. Swindon scored late and Walsall never recovered.";
  const teams = combined(text, [
    ["Swindon", "ORG"],
    ["Walsall", "ORG"],
  ]);
  assert.deepEqual(
    teams.filter((c) => c.text === "Swindon" || c.text === "Walsall").map((c) => c.type),
    ["organization", "organization", "organization", "organization"],
  );
  // Named once, or once as a place: the town stays a place.
  const once = combined("Swindon beat the visitors 2-1.", [["Swindon", "ORG"]]);
  assert.equal(once.find((c) => c.text === "Swindon")?.type, "location");
  const mixed = "Swindon beat Walsall 2-1. Fans in Swindon celebrated.";
  const at = mixed.lastIndexOf("Swindon");
  const out = combinedAt(mixed, [
    { start: 0, end: 7, type: "ORG" },
    { start: at, end: at + 7, type: "LOC" },
  ]);
  assert.ok(out.filter((c) => c.text === "Swindon").every((c) => c.type === "location"));
});

test("a known body inside a longer name the tagger reads as one body takes the longer name, but not a role", () => {
  const out = combined("Analysts polled by Halvern Reuters expected a loss.", [["Halvern Reuters", "ORG"]]);
  assert.ok(out.some((c) => c.text === "Halvern Reuters" && c.type === "organization"));
  // "MP" is a role and "allies" a word the text writes in lower case: neither joins the name.
  const role = combined("The Labour MP said our allies and the NATO Allies agreed.", [
    ["Labour MP", "ORG"],
    ["NATO Allies", "ORG"],
  ]);
  assert.ok(role.some((c) => c.text === "Labour"));
  assert.ok(role.some((c) => c.text === "NATO"));
  assert.ok(!role.some((c) => c.text === "Labour MP" || c.text === "NATO Allies"));
});

test("a name that 'who', a relative or 'whose' and a relative follows stays a person when the tagger reads it as a body", () => {
  const out = combined("The inquiry into the death of Dawn Ashdown, who fell ill in May, opened.", [
    ["Dawn Ashdown", "ORG"],
  ]);
  assert.equal(out.find((c) => c.text === "Dawn Ashdown")?.type, "person");
  const family = combined("Lawyers for Dawn Ashdown’s family spoke.", [["Dawn Ashdown", "ORG"]]);
  assert.equal(family.find((c) => c.text === "Dawn Ashdown")?.type, "person");
  const widow = combined("Dawn Ashdown, whose husband died in May, spoke.", [["Dawn Ashdown", "ORG"]]);
  assert.equal(widow.find((c) => c.text === "Dawn Ashdown")?.type, "person");
  // Without "who", the tagger's reading of a name guessed from its shape stands.
  const body = combined("The inquiry into Dawn Ashdown opened.", [["Dawn Ashdown", "ORG"]]);
  assert.equal(body.find((c) => c.text === "Dawn Ashdown")?.type, "organization");
});

test("a name with an age in apposition or post-nominal letters stays a person when the tagger reads it as a body, in its every mention", () => {
  const text =
    "Obeko Tarrin Varrow, 63, and two others appeared in court. A plea was entered for Obeko Tarrin Varrow, one of the accused. Korvel Abenathy, a 41-year-old nurse, gave evidence.";
  const out = combined(text, [
    ["Obeko Tarrin Varrow", "ORG"],
    ["Korvel Abenathy", "ORG"],
  ]);
  const accused = out.filter((c) => c.text === "Obeko Tarrin Varrow");
  assert.equal(accused.length, 2);
  for (const c of accused) assert.equal(c.type, "person");
  assert.equal(out.find((c) => c.text === "Korvel Abenathy")?.type, "person");
  // Post-nominal letters after a name are a person's too.
  const counsel = combined("Outside court, barrister Obeko Tarrin Varrow KC said the case would go on.", [
    ["Obeko Tarrin Varrow KC", "ORG"],
  ]);
  assert.equal(counsel.find((c) => c.text === "Obeko Tarrin Varrow")?.type, "person");
});

test("a full name whose surname the text gives after a form of address stays a person when the tagger reads it as a body", () => {
  const text = "Dawn Ashdown died in May after touching the bottle. Ms Ashdown’s partner spoke to the inquiry.";
  const out = combined(text, [["Dawn Ashdown", "ORG"]]);
  assert.equal(out.find((c) => c.text === "Dawn Ashdown")?.type, "person");
  // Another surname after the form of address leaves the tagger's reading standing.
  const other = combined("Dawn Ashdown closed in May. Ms Vale’s partner spoke to the inquiry.", [
    ["Dawn Ashdown", "ORG"],
  ]);
  assert.equal(other.find((c) => c.text === "Dawn Ashdown")?.type, "organization");
});

test("untyped pieces the rules cut from one name the tagger reads whole become that name", () => {
  const out = combined("A spokesman for the Ministry of Justice said so.", [["Ministry of Justice", "ORG"]]);
  assert.ok(out.some((c) => c.text === "Ministry of Justice" && c.type === "organization"));
  assert.ok(!out.some((c) => c.text === "Justice"));
  // Two names joined by "and", or a plural head over a list, stay apart.
  const two = combined("Sales of Velmora and Quistel rose.", [["Velmora and Quistel", "ORG"]]);
  assert.ok(!two.some((c) => c.text === "Velmora and Quistel"));
});

test("a known body does not widen over a person the rules found right after it", () => {
  const text = "The chair of Harbour Friends of Malta Ann Vella agreed.";
  const out = combined(text, [["Harbour Friends of Malta Ann Vella", "ORG"]]);
  assert.ok(out.some((c) => c.text === "Ann Vella" && c.type === "person"));
  assert.ok(!out.some((c) => c.text.includes("Malta Ann")));
});

test("a word the tagger types alike at most of its occurrences keeps that type where it read it otherwise", () => {
  const text = "Investors sold Zorvane stock. Analysts expect Zorvane to recover. Zorvane fell.";
  const at = (n: number) => {
    let i = -1;
    for (let k = 0; k < n; k++) i = text.indexOf("Zorvane", i + 1);
    return i;
  };
  const tagged = (third: TaggerSpan["type"]): TaggerSpan[] => [
    { start: at(1), end: at(1) + 7, type: "ORG" },
    { start: at(2), end: at(2) + 7, type: "ORG" },
    { start: at(3), end: at(3) + 7, type: third },
  ];
  const types = (t: TaggerSpan[]) =>
    combinedAt(text, t)
      .filter((c) => c.text === "Zorvane")
      .map((c) => c.type);
  assert.deepEqual(types(tagged("MISC")), ["organization", "organization", "organization"]);
  // Another entity type at one occurrence leaves the word to the other rules.
  assert.deepEqual(types(tagged("PER")), [null, null, null]);
});

test("a word followed by a plural verb is no person, whatever the tagger says", () => {
  const text = "Marshals are searching the hills. Marshals are asking walkers for help.";
  assert.deepEqual(
    combined(text, [["Marshals", "PER"]])
      .filter((c) => c.text === "Marshals")
      .map((c) => c.type),
    [null, null],
  );
  const one = "Okoro is searching the hills. Okoro is asking walkers for help.";
  assert.deepEqual(
    combined(one, [["Okoro", "PER"]])
      .filter((c) => c.text === "Okoro")
      .map((c) => c.type),
    ["person", "person"],
  );
});

test("a place read after 'in' stays a place when the tagger reads a body; after 'at' it becomes the body", () => {
  const text = "A warehouse in Quellby burned. Staff at Dorvane were sent home.";
  const out = combined(text, [
    ["Quellby", "ORG"],
    ["Dorvane", "ORG"],
  ]);
  assert.deepEqual(
    out.filter((c) => c.text !== "Staff").map((c) => [c.text, c.type]),
    [
      ["Quellby", "location"],
      ["Dorvane", "organization"],
    ],
  );
});

test("where the tagger overrules a guess from the shape of a run, the names it found inside the run stand", () => {
  // The rules read the whole run as one person; the tagger reads a title and a team.
  const out = combined("He was signed by the NFL Champion Tarnby Colts last year.", [
    ["NFL Champion", "MISC"],
    ["Tarnby Colts", "ORG"],
  ]);
  assert.deepEqual(
    out.filter((c) => c.type !== null).map((c) => [c.text, c.type]),
    [["Tarnby Colts", "organization"]],
  );
});

/** A tagger that labels the given phrases wherever their words occur in a sentence. */
function phraseTagger(marks: [string, TaggerSpan["type"]][]): Tagger {
  const tagSentence = (words: string[]): string[] => {
    const labels = words.map(() => "O");
    for (const [phrase, type] of marks) {
      const p = phrase.split(" ");
      for (let i = 0; i + p.length <= words.length; i++)
        if (p.every((w, k) => words[i + k] === w)) p.forEach((_, k) => (labels[i + k] = `${k ? "I" : "B"}-${type}`));
    }
    return labels;
  };
  return { tagSentence, tagDocument: (sentences) => sentences.map(tagSentence) };
}

/** Each entity the whole layer finds in `text` with the hand-written tagger, as [name, type]. */
function namesAndTypes(text: string, marks: [string, TaggerSpan["type"]][]): [string, string][] {
  return entityLayer(buildDoc(text), { tagger: phraseTagger(marks) }).map((e) => [e.name, e.type]);
}

/** The names of the people the whole layer finds in `text` with the hand-written tagger. */
function peopleFound(text: string, marks: [string, TaggerSpan["type"]][]): string[] {
  return entityLayer(buildDoc(text), { tagger: phraseTagger(marks) })
    .filter((e) => e.type === "person")
    .map((e) => e.name);
}

test("a proper adjective is no one's name, though the rules read a run it opens as a person the tagger reads as a body", () => {
  const text = "The vote was reported by the Tudor Daybreak on Monday. The guide said that Tudor houses were cold.";
  const marks: [string, TaggerSpan["type"]][] = [
    ["Tudor", "MISC"],
    ["Tudor Daybreak", "ORG"],
  ];
  assert.ok(namesAndTypes(text, marks).some(([n, t]) => n === "Tudor Daybreak" && t === "organization"));
  assert.deepEqual(peopleFound(text, marks), []);
});

test("a name after 'the' is no person, but it is the body the tagger reads there", () => {
  const text = "The Morgan Clarion reported that the Stella Lanterns had won again.";
  const people = (marks: [string, TaggerSpan["type"]][]) =>
    entityLayer(buildDoc(text), { tagger: phraseTagger(marks) }).map((e) => [e.name, e.type]);
  assert.deepEqual(people([["Morgan Clarion", "ORG"]]), [["Morgan Clarion", "organization"]]);
  // Read as a person, or not read at all, it is dropped as before.
  assert.deepEqual(people([["Morgan Clarion", "PER"]]), []);
});

test("a Capitalised compass word the tagger reads with a known place names a region of its own", () => {
  const text = "The firm moved from West Africa to Southern California, then opened in west London.";
  const got = combined(text, [
    ["West Africa", "LOC"],
    ["Southern California", "LOC"],
    ["London", "LOC"],
  ]);
  assert.ok(got.some((c) => c.text === "West Africa" && c.type === "location"));
  assert.ok(got.some((c) => c.text === "Southern California" && c.type === "location"));
  assert.ok(!got.some((c) => c.text === "Africa" || c.text === "California"));
  // Written in lower case, the compass word is no part of the name.
  assert.ok(got.some((c) => c.text === "London" && c.type === "location"));
  // Without the tagger's reading the known place stands alone.
  assert.ok(combined(text, [["London", "LOC"]]).some((c) => c.text === "Africa" && c.type === "location"));
});

test("a compass word the tagger reads with an untyped word is one place with it ('the North Shore')", () => {
  const text = "Rates rose on the North Shore this year, and North Shore families were angry.";
  const got = combined(text, [["North Shore", "LOC"]]);
  assert.equal(got.filter((c) => c.text === "North Shore" && c.type === "location").length, 2);
  assert.ok(!got.some((c) => c.text === "Shore"));
});

test("a word read as a place from 'in' that opens a named person's name, and that the tagger reads as a person, is that person", () => {
  const text = "The coach praised captain Dean Marlow. That fight showed in Dean and Ivo Tane's batting.";
  const dean = text.lastIndexOf("Dean");
  const tagged: TaggerSpan[] = [
    { start: text.indexOf("Dean Marlow"), end: text.indexOf("Dean Marlow") + 11, type: "PER" },
    { start: dean, end: dean + 4, type: "PER" },
  ];
  const got = combinedAt(text, tagged);
  assert.ok(got.some((c) => c.text === "Dean" && c.type === "person"));
  // Without a person of that name the place from "in" stands.
  const other = "The coach praised captain Ivo Tane. That fight showed in Dean and his batting.";
  const d = other.lastIndexOf("Dean");
  assert.ok(
    combinedAt(other, [{ start: d, end: d + 4, type: "PER" }]).some((c) => c.text === "Dean" && c.type === "location"),
  );
});

test("a country's name that ends a person's name the text gives in full, read by the tagger as a person, is that person", () => {
  const text = "Coach Dana Jordan praised the side. Jordan said the players had worked hard.";
  const bare = text.lastIndexOf("Jordan");
  const tagged: TaggerSpan[] = [
    { start: text.indexOf("Dana Jordan"), end: text.indexOf("Dana Jordan") + 11, type: "PER" },
    { start: bare, end: bare + 6, type: "PER" },
  ];
  assert.ok(combinedAt(text, tagged).some((c) => c.text === "Jordan" && c.type === "person"));
  // Without a person of that name the country stands, whatever the tagger says.
  const other = "Coach Dana Vell praised the side. Jordan said the players had worked hard.";
  const j = other.lastIndexOf("Jordan");
  assert.ok(
    combinedAt(other, [{ start: j, end: j + 6, type: "PER" }]).some(
      (c) => c.text === "Jordan" && c.type === "location",
    ),
  );
});

test("the tagger does not widen a body over an opening preposition, nor name a run of titles alone", () => {
  const text =
    "Besides Harwick Partners, the list includes others. The memo went to the Deputy Secretaries and their staffs.";
  const out = combined(text, [
    ["Besides Harwick Partners", "ORG"],
    ["Deputy Secretaries", "ORG"],
  ]);
  assert.ok(out.some((c) => c.text === "Harwick Partners" && c.type === "organization"));
  assert.ok(!out.some((c) => c.text.startsWith("Besides")));
  assert.ok(!out.some((c) => c.text.includes("Secretaries")));
});

test("a battle or a siege the tagger reads as a body is an event, no organisation", () => {
  const text = "Veterans of the Battle of Corrow Ridge marched past. The Siege of Tamsk lasted a year.";
  const out = combined(text, [
    ["Battle of Corrow Ridge", "ORG"],
    ["Siege of Tamsk", "ORG"],
  ]);
  assert.ok(!out.some((c) => c.type === "organization"), JSON.stringify(out));
});

test("a body, 'of' and a place that the tagger reads as one body's name are that body", () => {
  const text = "The Harbour Guides of Canada met in Leeds.";
  const out = combined(text, [["Harbour Guides of Canada", "ORG"]]);
  assert.ok(
    out.some((c) => c.text === "Harbour Guides of Canada" && c.type === "organization"),
    JSON.stringify(out),
  );
  assert.ok(!out.some((c) => c.text === "Canada"));
  // Read as two names by the tagger, they stay two.
  const two = combined(text, [
    ["Harbour Guides", "ORG"],
    ["Canada", "LOC"],
  ]);
  assert.ok(
    two.some((c) => c.text === "Canada" && c.type === "location"),
    JSON.stringify(two),
  );
});

test("a given name and a surname the tagger reads as one body name the firm ('Dana Harwick rose')", () => {
  const text = "Shares in Dana Harwick rose after the bank said profit doubled. Ann Lee, who runs it, smiled.";
  const out = combined(text, [
    ["Dana Harwick", "ORG"],
    ["Ann Lee", "ORG"],
  ]);
  assert.equal(out.find((c) => c.text === "Dana Harwick")?.type, "organization");
  // A name that "who" follows stays a person, whatever the tagger says.
  assert.equal(out.find((c) => c.text === "Ann Lee")?.type, "person");
});

test("a given name the tagger reads as a body stays a person before 'a <person noun> <verb>ing …' in apposition", () => {
  const text =
    "Talks stalled. Dana Harwick, a delegate sitting on the rules panel, wants a vote. Tom Lusk, a firm making glue, grew.";
  const types = new Map(
    combined(text, [
      ["Dana Harwick", "ORG"],
      ["Tom Lusk", "ORG"],
    ]).map((c) => [c.text, c.type]),
  );
  // A noun for a body in the same place says nothing of a person.
  assert.deepEqual([types.get("Dana Harwick"), types.get("Tom Lusk")], ["person", "organization"]);
});

test("a given name the tagger reads as a body stays a person after a form of address elsewhere", () => {
  const text = "Dana Harwick won the seat. Ms Harwick thanked voters.";
  const out = combined(text, [["Dana Harwick", "ORG"]]);
  assert.equal(out.find((c) => c.text === "Dana Harwick")?.type, "person");
});

test("the tagger does not widen a body over the first word of a title after it ('Senate Majority Leader')", () => {
  const text = "He kept calling Senate Majority Leader Ann Vale a liar.";
  const out = combined(text, [
    ["Senate Majority", "ORG"],
    ["Ann Vale", "PER"],
  ]);
  assert.ok(
    out.some((c) => c.text === "Senate" && c.type === "organization"),
    JSON.stringify(out),
  );
  assert.ok(!out.some((c) => c.text === "Senate Majority"));
});

test("a guessed name holding a capitalised 'With' or 'For' is the body the tagger reads over it", () => {
  const text = "Ann Vale, a leader of Harlow Jobs With Justice, spoke.";
  const layer = (marks: [string, TaggerSpan["type"]][]) =>
    entityLayer(buildDoc(text), { tagger: phraseTagger(marks) }).map((e) => [e.name, e.type]);
  const read = layer([
    ["Ann Vale", "PER"],
    ["Harlow Jobs With Justice", "ORG"],
  ]);
  assert.deepEqual(read, [
    ["Ann Vale", "person"],
    ["Harlow Jobs With Justice", "organization"],
  ]);
});

test("a name the tagger reads as a person that ends in a common plural is no one, unless it opens with a given name", () => {
  const text = "Photo: Tarrow Images. Ann Fields spoke, and so did Quell Woods. Zander Flags agreed.";
  const layer = (marks: [string, TaggerSpan["type"]][]) =>
    entityLayer(buildDoc(text), { tagger: phraseTagger(marks) }).map((e) => [e.name, e.type]);
  const read = layer([
    ["Tarrow Images", "PER"],
    ["Ann Fields", "PER"],
    ["Quell Woods", "PER"],
    ["Zander Flags", "PER"],
  ]);
  // "Images" and "Flags" are plurals of common nouns and no part of anyone's name; "Woods" is one.
  assert.deepEqual(read, [
    ["Ann Fields", "person"],
    ["Quell Woods", "person"],
  ]);
});

test("common words before the full name the tagger reads are a description, not part of the name", () => {
  const text =
    "Her brother, a Navy SEAL Tam Vorley, came home with Army Ranger Tiv Brask, and Carter Ellen Vask spoke.";
  // A noun for a person that is also a given name stays in the name ("Carter").
  assert.deepEqual(
    peopleFound(text, [
      ["Tam Vorley", "PER"],
      ["Tiv Brask", "PER"],
      ["Ellen Vask", "PER"],
    ]),
    ["Tam Vorley", "Tiv Brask", "Carter Ellen Vask"],
  );
});

test("a given name and a place word that is also a surname name a place when the tagger reads a place", () => {
  const text = "The planes flew from Carter Field to the coast, and Sally Field spoke.";
  const layer = (marks: [string, TaggerSpan["type"]][]) =>
    entityLayer(buildDoc(text), { tagger: phraseTagger(marks) }).map((e) => [e.name, e.type]);
  assert.deepEqual(
    layer([
      ["Carter Field", "LOC"],
      ["Sally Field", "PER"],
    ]),
    [
      ["Carter Field", "location"],
      ["Sally Field", "person"],
    ],
  );
});

test("common words after a title are a thing the words name, but a surname that is a name part is a person", () => {
  const text =
    "The mayor signed Executive Order 40 and the “Justice Against Thieves of Farms Act” on Monday; President Bush and Judge Wood praised them.";
  const found = entityLayer(buildDoc(text), { tagger: phraseTagger([["Executive Order", "ORG"]]) }).map((e) => [
    e.name,
    e.type,
  ]);
  assert.ok(!found.some(([name]) => name === "Order" || name === "Against Thieves"), JSON.stringify(found));
  assert.deepEqual(
    found.filter(([, type]) => type === "person").map(([name]) => name),
    ["Bush", "Wood"],
  );
});

test("one untyped word, 'of' and a Capitalised word nothing found are the body the tagger reads over them", () => {
  const text = "The Panel of Nine met on Tuesday to weigh the bill.";
  assert.deepEqual(
    combined(text, [["Panel of Nine", "ORG"]]).map((c) => [c.text, c.type]),
    [["Panel of Nine", "organization"]],
  );
  // Without the tagger's reading the word stays an untyped piece.
  assert.deepEqual(
    combined(text, []).map((c) => [c.text, c.type]),
    [["Panel", null]],
  );
});

test("words in capitals alone on a line above the prose are a subheading, no name", () => {
  const text =
    "The mayor arrived on Thursday.\n\nHARBOUR GRIEVES\nHarbour mourned its dead on Friday.\n\nANN LEE\n\nThe mayor spoke.";
  const names = entityLayer(buildDoc(text), {
    tagger: phraseTagger([
      ["HARBOUR GRIEVES", "PER"],
      ["ANN LEE", "PER"],
    ]),
  }).map((e) => e.name);
  assert.ok(!names.includes("HARBOUR GRIEVES"), names.join("; "));
  // A name in capitals that is a paragraph of its own is not read as a line above prose.
  assert.ok(names.includes("ANN LEE"), names.join("; "));
});

test("a noun for a person the text writes in lower case before a named person's surname is a title, not a second person", () => {
  const text =
    "Ravi Tolland, dean of the Marsh College of Law, said the court had changed.\n\n''In Vell,'' Dean Tolland said, ''the dissent was frank.''";
  assert.deepEqual(
    peopleFound(text, [
      ["Ravi Tolland", "PER"],
      ["Dean Tolland", "PER"],
    ]),
    ["Ravi Tolland"],
  );
  // A given name that is also a common word, but no noun for a person, stays a second person.
  const bill = "In a year when Bill Tolland's policies faced scrutiny, Ann Tolland spoke about the farm bill.";
  assert.deepEqual(
    peopleFound(bill, [
      ["Ann Tolland", "PER"],
      ["Bill Tolland", "PER"],
    ]),
    ["Bill Tolland", "Ann Tolland"],
  );
});

test("a guessed name of common words only, none a part of people's names, is no one", () => {
  const text = "Critics said the film Secret Plan Revealed was false, and Hope Page and Harmony Vell watched it.";
  const people = peopleFound(text, [
    ["Secret Plan Revealed", "PER"],
    ["Hope Page", "PER"],
    ["Harmony Vell", "PER"],
  ]);
  // "hope" and "page" are parts of people's names; "Harmony" a given name.
  assert.deepEqual(people, ["Hope Page", "Harmony Vell"]);
  // A common word the text writes after a given name is a surname, also alone.
  const jolly = "Ben Jolly spoke first. Later, Jolly said the vote was close.";
  const mentions = entityLayer(buildDoc(jolly), {
    tagger: phraseTagger([
      ["Ben Jolly", "PER"],
      ["Jolly", "PER"],
    ]),
  }).map((e) => [e.name, e.mentions.map((m) => jolly.slice(m.start, m.end))]);
  assert.deepEqual(mentions, [["Ben Jolly", ["Ben Jolly", "Jolly"]]]);
});

test("names listed before 'and other' and a plural designator are bodies or places of that kind", () => {
  const text =
    "Teachers at the network's Marrow, Quillmere and other charter schools gave money. Tarrow, Vellmouth and other towns flooded. Ann Lee, Tom Vane and other officers came, as did Vantorians, Tellish and other groups.";
  const found = namesAndTypes(text, [
    ["Marrow", "PER"],
    ["Quillmere", "PER"],
    ["Ann Lee", "PER"],
    ["Tom Vane", "PER"],
  ]);
  assert.deepEqual(found, [
    ["Marrow", "organization"],
    ["Quillmere", "organization"],
    ["Tarrow", "location"],
    ["Vellmouth", "location"],
    ["Ann Lee", "person"],
    ["Tom Vane", "person"],
  ]);
});

test("a name whose numbered sections or articles are cited is a law, no entity, whatever the tagger reads", () => {
  const text =
    "He was charged under Sections 148 and 152 of the Vantorian Nyaya Samhita in Tamsk. " +
    "Section 3(a) of the Tamsk Council rules applies.";
  assert.deepEqual(
    namesAndTypes(text, [
      ["Vantorian Nyaya Samhita", "ORG"],
      ["Tamsk Council", "ORG"],
    ]),
    [
      ["Tamsk", "location"],
      ["Tamsk Council", "organization"],
    ],
  );
});

test("one word between an article and a word for a spokesperson is the body spoken for, not a person, place or nationality", () => {
  const text = "A Vellcorp spokeswoman said the plant would close. A London spokesman and a French spokesman agreed.";
  const marks = ["Vellcorp", "London", "French"].map((w): [string, TaggerSpan["type"]] => [
    w,
    w === "London" ? "LOC" : "MISC",
  ]);
  assert.deepEqual(namesAndTypes(text, marks).flat(), ["Vellcorp", "organization", "London", "location"]);
  assert.deepEqual(namesAndTypes("An Orrin spokesman said no.", [["Orrin", "PER"]]), [["Orrin", "person"]]);
});

test("a word alone that is the plural of a noun for a kind of person names a group, no one person", () => {
  const text = "Tom Vale said Loyalists would vote for him. Ann Rell told Vintners to wait.";
  assert.deepEqual(
    peopleFound(text, [
      ["Tom Vale", "PER"],
      ["Loyalists", "PER"],
      ["Ann Rell", "PER"],
      ["Vintners", "PER"],
    ]),
    ["Tom Vale", "Ann Rell"],
  );
  // The same word written after a given name is a surname, also alone.
  const parsons = "Ann Parsons spoke first. Later, Parsons said the vote was close.";
  assert.deepEqual(
    peopleFound(parsons, [
      ["Ann Parsons", "PER"],
      ["Parsons", "PER"],
    ]),
    ["Ann Parsons"],
  );
  // A plural that is a part of people's names is no group ("Masters").
  assert.deepEqual(peopleFound("Later, Masters said the vote was close.", [["Masters", "PER"]]), ["Masters"]);
});

test("a generation mark written apart after a name is no second person", () => {
  const text = "An adviser to Senator Tom R. Vale, Jr., is a fellow at the Marsh Institute. Ann Rell, Sr. was there.";
  assert.deepEqual(
    peopleFound(text, [
      ["Jr", "PER"],
      ["Ann Rell", "PER"],
      ["Sr", "PER"],
    ]),
    ["Tom R. Vale", "Ann Rell"],
  );
});

test("a body, 'in' and a place that the tagger reads as one body's name are that body, unless a body's word ends the name before 'in'", () => {
  const text =
    "Officials of the Council for Security and Cooperation in Canada met in Leeds. Pupils of Vell High School in Canada won.";
  assert.deepEqual(
    namesAndTypes(text, [
      ["Council for Security and Cooperation in Canada", "ORG"],
      ["Vell High School in Canada", "ORG"],
    ]),
    [
      ["Council for Security and Cooperation in Canada", "organization"],
      ["Leeds", "location"],
      ["Vell High School", "organization"],
      ["Canada", "location"],
    ],
  );
});

test("a name written with an initial is a person's where the tagger reads the words after the initial as a body or place", () => {
  const text = "Tom Vale said M. Harlowby made 85 and R. Dunstable took four wickets.";
  const out = combined(text, [
    ["Tom Vale", "PER"],
    ["Harlowby", "ORG"],
    ["Dunstable", "LOC"],
  ]);
  assert.ok(
    out.some((c) => c.text === "M. Harlowby" && c.type === "person"),
    JSON.stringify(out),
  );
  assert.ok(
    out.some((c) => c.text === "R. Dunstable" && c.type === "person"),
    JSON.stringify(out),
  );
  // The tagger's reading still holds where it takes the initial in ("J. Crewe Holdings" as a body).
  const firm = combined("Shares of J. Crewe Holdings rose.", [["J. Crewe Holdings", "ORG"]]);
  assert.ok(
    firm.some((c) => c.text === "J. Crewe Holdings" && c.type === "organization"),
    JSON.stringify(firm),
  );
});

test("a firm named after its founders yields to a person the text shows: a role in apposition, the surname read alone as a person's", () => {
  const role = "Dana Okoro, a research fellow at the Vell Institute, said the figures were wrong.";
  assert.equal(combined(role, [["Dana Okoro", "ORG"]]).find((c) => c.text === "Dana Okoro")?.type, "person");
  const alone = "The prize went to Dana Harwick on Monday. Harwick thanked her family.";
  const second = alone.lastIndexOf("Harwick");
  const out = combinedAt(alone, [
    { start: alone.indexOf("Dana Harwick"), end: alone.indexOf("Dana Harwick") + 12, type: "ORG" },
    { start: second, end: second + 7, type: "PER" },
  ]);
  assert.equal(out.find((c) => c.text === "Dana Harwick")?.type, "person", JSON.stringify(out));
  // A body's kind in apposition is no role: "Dana Harwick, a bank in Tamsk," stays the firm.
  const firm = "Shares in Dana Harwick, a bank in Tamsk, rose after profit doubled.";
  assert.equal(combined(firm, [["Dana Harwick", "ORG"]]).find((c) => c.text === "Dana Harwick")?.type, "organization");
});

test("a name in one list with full names the tagger reads as people's is a person's, not a firm ('Ann Vale, Tom Roe and Dana Harwick')", () => {
  const text =
    "Critics such as Ann Vale, Tom Roe and Dana Harwick signed the letter. Shares in Anna Marsh, Vantel Group and Orlen rose.";
  const out = combined(text, [
    ["Ann Vale", "PER"],
    ["Tom Roe", "PER"],
    ["Dana Harwick", "ORG"],
    ["Anna Marsh", "ORG"],
    ["Vantel Group", "ORG"],
  ]);
  assert.equal(out.find((c) => c.text === "Dana Harwick")?.type, "person", JSON.stringify(out));
  // Beside a body, a firm stays a firm.
  assert.equal(out.find((c) => c.text === "Anna Marsh")?.type, "organization", JSON.stringify(out));
});

/** A tagger that labels phrases as `phraseTagger` does and gives each word of one its margin (0 elsewhere). */
function marginTagger(marks: [string, TaggerSpan["type"], number][]): Tagger {
  const tagDocument = (sentences: string[][], margins?: number[][]): string[][] => {
    margins?.splice(0);
    return sentences.map((words) => {
      const labels = words.map(() => "O");
      const m = words.map(() => 0);
      for (const [phrase, type, margin] of marks) {
        const p = phrase.split(" ");
        for (let i = 0; i + p.length <= words.length; i++)
          if (p.every((w, k) => words[i + k] === w))
            p.forEach((_, k) => {
              labels[i + k] = `${k ? "I" : "B"}-${type}`;
              m[i + k] = margin;
            });
      }
      margins?.push(m);
      return labels;
    });
  };
  return { tagSentence: (words) => tagDocument([words])[0], tagDocument };
}

test("a body only the tagger reads, with a low margin, named once and unmarked as a body, is dropped", () => {
  const text = "Updates of all six matches are given and Vell Results are also mentioned.";
  const bodies = (margin: number, t = text) =>
    entityLayer(buildDoc(t), { tagger: marginTagger([["Vell Results", "ORG", margin]]) })
      .filter((e) => e.type === "organization")
      .map((e) => e.name);
  assert.deepEqual(bodies(20), []);
  // A sure reading stays, and so does a body the text names again or marks as one.
  assert.deepEqual(bodies(90), ["Vell Results"]);
  assert.deepEqual(bodies(20, `${text} Later Vell Results fell.`), ["Vell Results"]);
  assert.deepEqual(bodies(20, "Updates are given and the Vell Results are also mentioned."), ["Vell Results"]);
  // A tagger that cannot tell its margins keeps what it reads.
  assert.deepEqual(namesAndTypes(text, [["Vell Results", "ORG"]]), [["Vell Results", "organization"]]);
});

test("a body only the tagger reads, written as a short quoted title, is a show, a book or a slogan, no body", () => {
  const marks: [string, TaggerSpan["type"]][] = [["Harbour Nights", "ORG"]];
  assert.deepEqual(namesAndTypes("Ann Vale told “Harbour Nights” on Sunday that she would run.", marks), [
    ["Ann Vale", "person"],
  ]);
  // Unquoted, or quoted once and named again plainly, it stays the body the tagger reads.
  assert.deepEqual(namesAndTypes("Ann Vale told Harbour Nights on Sunday that she would run.", marks), [
    ["Ann Vale", "person"],
    ["Harbour Nights", "organization"],
  ]);
  assert.deepEqual(
    namesAndTypes("Ann Vale told “Harbour Nights” on Sunday. Harbour Nights later said it was sorry.", marks),
    [
      ["Ann Vale", "person"],
      ["Harbour Nights", "organization"],
    ],
  );
});

test("a known place's name the tagger reads as a person is the person it reads in full elsewhere, even one the rules took for a brand ('TaVon Jordan … Jordan said')", () => {
  const text = "TaVon Jordan scored twice for the Harbour Hawks. Jordan, who joined in May, said the run was over.";
  const marks: [string, TaggerSpan["type"]][] = [
    ["Jordan", "PER"],
    ["TaVon Jordan", "PER"],
  ];
  const people = entityLayer(buildDoc(text), { tagger: phraseTagger(marks) })
    .filter((e) => e.type === "person")
    .map((e) => [e.name, e.mentions.length]);
  assert.deepEqual(people, [["TaVon Jordan", 2]]);
});

test("the particles of a surname open the person's name the tagger reads ('later de Vellan', 'Van der Merwe')", () => {
  const text = "The talks ran late. Van der Merwe said a deal was close, and later de Vellan agreed.";
  const marks: [string, TaggerSpan["type"]][] = [
    ["Van der Merwe", "PER"],
    ["de Vellan", "PER"],
  ];
  const found = entityLayer(buildDoc(text), { tagger: phraseTagger(marks) }).map((e) => [
    e.name,
    e.type,
    e.mentions.map((m) => m.text),
  ]);
  assert.deepEqual(found, [
    ["Van der Merwe", "person", ["Van der Merwe"]],
    ["de Vellan", "person", ["de Vellan"]],
  ]);
  // After a capitalised word inside a sentence the particle belongs to that name, however the tagger splits it.
  const paper = "Ann Roe, a columnist for the newspaper Gazzetta della Vanna, wrote on Friday.";
  const people = peopleFound(paper, [
    ["Gazzetta", "ORG"],
    ["della Vanna", "PER"],
  ]);
  assert.ok(!people.some((p) => p.includes("della")), people.join(", "));
});

test("a word English uses otherwise that birth records give as a first name opens the person's name the tagger reads ('Will Harlow')", () => {
  const text = "Former captain Will Harlow finished with 20 points. Harlow kicked five penalties.";
  assert.deepEqual(namesAndTypes(text, [["Will Harlow", "PER"]]), [["Will Harlow", "person"]]);
});

test("one word the tagger alone reads as a person, with a company's board, shares or chief executive, is the company", () => {
  const text =
    "Brellon's board of directors met on Monday. Ann Vale, the chief executive officer of Dorwick, said shares of Carvo would be sold. " +
    "Brellon, Dorwick and Carvo declined to comment.";
  const people = ["Brellon", "Dorwick", "Carvo", "Ann Vale"].map((n): [string, TaggerSpan["type"]] => [n, "PER"]);
  const found = namesAndTypes(text, people);
  assert.deepEqual(found.sort(), [
    ["Ann Vale", "person"],
    ["Brellon", "organization"],
    ["Carvo", "organization"],
    ["Dorwick", "organization"],
  ]);
  // A surname of a person named in full stays that person's ("Tom Dorwick … Dorwick's shares").
  const own = "Tom Dorwick said on Friday that Dorwick's shares had been sold.";
  const marks = ["Tom Dorwick", "Dorwick"].map((n): [string, TaggerSpan["type"]] => [n, "PER"]);
  assert.deepEqual(namesAndTypes(own, marks), [["Tom Dorwick", "person"]]);
});

test("a word written once that the tagger reads as a body stays one where English marks a body ('shares in Vellcorp')", () => {
  const text = "Shares in Vellcorp fell on Monday, a Tarnix spokeswoman said, and Ann Vale left.";
  const bodies = ["Vellcorp", "Tarnix"].map((n): [string, TaggerSpan["type"]] => [n, "ORG"]);
  const found = namesAndTypes(text, [...bodies, ["Ann Vale", "PER"]]);
  assert.deepEqual(found.sort(), [
    ["Ann Vale", "person"],
    ["Tarnix", "organization"],
    ["Vellcorp", "organization"],
  ]);
});

test("a body only the tagger reads, with a low margin, stays where its spokesperson or head is named ('a Vell Dairies spokeswoman')", () => {
  const text = "A Vell Dairies spokeswoman said the plant would close.";
  const tagger = marginTagger([["Vell Dairies", "ORG", 20]]);
  assert.deepEqual(
    entityLayer(buildDoc(text), { tagger }).map((e) => [e.name, e.type]),
    [["Vell Dairies", "organization"]],
  );
  // Named once with nothing around it, it is still too unsure to keep.
  const bare = entityLayer(buildDoc("Vell Dairies said the plant would close."), { tagger });
  assert.deepEqual(bare, []);
});

test("one Capitalised plural after 'the' that the tagger reads as a body is one, named once ('beat the Dorrows 24-17')", () => {
  const text = "On Saturday the Vellmarks beat the Dorrows 24-17 in front of a home crowd.";
  const teams = ["Vellmarks", "Dorrows"].map((n): [string, TaggerSpan["type"]] => [n, "ORG"]);
  assert.deepEqual(namesAndTypes(text, teams).sort(), [
    ["Dorrows", "organization"],
    ["Vellmarks", "organization"],
  ]);
  // A surname the text writes in the singular names a family, no body.
  const family = "Ann Vellman said on Monday that the Vellmans would sell the farm.";
  assert.deepEqual(namesAndTypes(family, [["Vellmans", "ORG"]]), [["Ann Vellman", "person"]]);
  // Without "the" a word named once that the tagger reads as a body is still too unsure to keep.
  assert.deepEqual(namesAndTypes("On Saturday Dorrows lost 24-17 in front of a home crowd.", teams.slice(1)), []);
});

test("'Call' opening a sentence before a name to call on a number is no part of that name ('Call Tarrow Watch on …')", () => {
  const text = "Anyone who saw the van should speak up. Call Tarrow Watch on 0800 555 0111.";
  assert.deepEqual(namesAndTypes(text, [["Call Tarrow Watch", "ORG"]]), [["Tarrow Watch", "organization"]]);
});

test("'Air' and a place name an airline, whatever the tagger reads in it ('Air Vellmark', 'Air New Zealand')", () => {
  const text = "About 200 Air France pilots walked out, and Air New Zealand cut its fares on Friday.";
  const places = ["France", "New Zealand"].map((n): [string, TaggerSpan["type"]] => [n, "LOC"]);
  const found = namesAndTypes(text, places).map(([name, type]) => `${name}: ${type}`);
  assert.deepEqual(found, ["Air France: organization", "Air New Zealand: organization"]);
});

test("a given name and a place word the tagger reads as a person's name are that person ('Jon Heath said')", () => {
  const text = "Jon Heath said the bridge would reopen, and Australian Pia Forest agreed.";
  const people = ["Jon Heath", "Pia Forest"].map((n): [string, TaggerSpan["type"]] => [n, "PER"]);
  assert.deepEqual(namesAndTypes(text, people), [
    ["Jon Heath", "person"],
    ["Pia Forest", "person"],
  ]);
  // After a preposition of place, or read by the tagger as a place, the two words name a place.
  // After a preposition of place or a known place's possessive, or read by the tagger as a
  // place, the two words name a place.
  const place = "The rally met at Brent Heath, then walked to Pia Forest in Norway's Asa Province.";
  const marks: [string, TaggerSpan["type"]][] = [
    ["Brent Heath", "PER"],
    ["Pia Forest", "LOC"],
    ["Asa Province", "PER"],
  ];
  assert.deepEqual(namesAndTypes(place, marks).sort(), [
    ["Asa Province", "location"],
    ["Brent Heath", "location"],
    ["Norway", "location"],
    ["Pia Forest", "location"],
  ]);
});

test("listed with people's names, a given name and a word that ends bodies' names is one more person ('… and Lia Banks')", () => {
  const text = "Stars Ann Vale, Tom Rell and Lia Banks went on television to cheer.";
  const marks: [string, TaggerSpan["type"]][] = [
    ["Ann Vale", "PER"],
    ["Tom Rell", "PER"],
    ["Lia Banks", "ORG"],
  ];
  assert.deepEqual(namesAndTypes(text, marks), [
    ["Ann Vale", "person"],
    ["Tom Rell", "person"],
    ["Lia Banks", "person"],
  ]);
});

test("a word beside a known body, inside the body's name the tagger reads, is no name of its own ('BBC Channel')", () => {
  const text = "In a long interview with the BBC Channel, Vale said it was too early.";
  const marks: [string, TaggerSpan["type"]][] = [
    ["Vale", "PER"],
    ["BBC Channel", "ORG"],
  ];
  assert.deepEqual(namesAndTypes(text, marks), [
    ["BBC Channel", "organization"],
    ["Vale", "person"],
  ]);
});

test("a first name birth records know, before a given name and a surname, opens a name of three words ('Tarek Omar Vell, 42,')", () => {
  const text = "Police said Tarek Omar Vell, 42, was held overnight in the city.";
  assert.deepEqual(namesAndTypes(text, [["Tarek Omar Vell", "PER"]]), [["Tarek Omar Vell", "person"]]);
});

test("a body the tagger reads over a known body and words the rules guessed a person's is one body ('BBC Radio Four')", () => {
  const text = "Ann Vale spoke on BBC Radio Four about the strike on Monday.";
  const bodies = namesAndTypes(text, [["BBC Radio Four", "ORG"]]).filter(([, type]) => type !== "person");
  assert.deepEqual(bodies, [["BBC Radio Four", "organization"]]);
});

test("a name guessed from its shape whose last word names an idea or a state is a body, not the place the tagger reads ('Kindly Temperance')", () => {
  const text = "Lawmakers voted to cut funds for Kindly Temperance clinics.";
  assert.deepEqual(namesAndTypes(text, [["Kindly Temperance", "LOC"]]), [["Kindly Temperance", "organization"]]);
});

test("an adjective of a nation, a direction or a reach opening a body's name the tagger reads is the body's own ('International Red Cross')", () => {
  const text = "Staff of the International Harbour Friends met on Monday.";
  assert.deepEqual(namesAndTypes(text, [["International Harbour Friends", "ORG"]]), [
    ["International Harbour Friends", "organization"],
  ]);
  const lead = "South Welsh Harbour Friends chairman Tom Dace said the boats were safe.";
  const bodies = namesAndTypes(lead, [["South Welsh Harbour Friends", "ORG"]]).filter(([, type]) => type !== "person");
  assert.deepEqual(bodies, [["South Welsh Harbour Friends", "organization"]]);
});

test("a body's word before 'of' heads a name the tagger alone reads, whatever word for a meeting ends it ('Union of … Summit')", () => {
  const text = "Ann Vell thanked the Union of Northern Ports Summit on Tuesday.";
  const bodies = namesAndTypes(text, [["Union of Northern Ports Summit", "ORG"]]).filter(([, t]) => t !== "person");
  assert.deepEqual(bodies, [["Union of Northern Ports Summit", "organization"]]);
  // Without a body's word at its head, such a name is the meeting's, no body.
  assert.deepEqual(
    namesAndTypes("Ann Vell spoke at the Northern Ports Summit on Tuesday.", [["Northern Ports Summit", "ORG"]]).filter(
      ([, t]) => t !== "person",
    ),
    [],
  );
});

test("a word for a body keeps its noun ending in a name the tagger alone reads ('Movement Kayak Magazine')", () => {
  const text = "Letters to Movement Kayak Magazine came in by the hundred last spring.";
  const bodies = namesAndTypes(text, [["Movement Kayak Magazine", "ORG"]]).filter(([, t]) => t !== "person");
  assert.deepEqual(bodies, [["Movement Kayak Magazine", "organization"]]);
  // Another word with such an ending still marks a phrase in title case, no name.
  const phrase = "Letters to Kayak Friendship Magazine came in by the hundred last spring.";
  assert.deepEqual(
    namesAndTypes(phrase, [["Kayak Friendship Magazine", "ORG"]]).filter(([, t]) => t !== "person"),
    [],
  );
});

test("a legal form written with stops between its letters marks an unsure body as one ('Vantrel S.A.')", () => {
  const bodies = (t: string, name: string) =>
    entityLayer(buildDoc(t), { tagger: marginTagger([[name, "ORG", 20]]) })
      .filter((e) => e.type === "organization")
      .map((e) => e.name);
  assert.deepEqual(bodies("Vantrel S.A. is owned by the state.", "Vantrel S.A."), ["Vantrel S.A."]);
  assert.deepEqual(bodies("Vantrel SA is owned by the state.", "Vantrel SA"), ["Vantrel SA"]);
});

test("one word the rules leave untyped, named once, is a body where the tagger is sure of one", () => {
  const text = "The regulator gave Vellcom a licence for the northern coast.";
  const bodies = (margin: number, t = text, word = "Vellcom") =>
    entityLayer(buildDoc(t), { tagger: marginTagger([[word, "ORG", margin]]) })
      .filter((e) => e.type === "organization")
      .map((e) => e.name);
  assert.deepEqual(bodies(120), ["Vellcom"]);
  // Unsure, it is left to resolution, which keeps no body.
  assert.deepEqual(bodies(30), []);
  // A word the text reads elsewhere as a place is no body of its own, however sure the tagger.
  assert.deepEqual(bodies(120, "A warehouse in Tarrow burned. The insurer paid Tarrow nothing.", "Tarrow"), []);
});

test("one word only the tagger types as a body, with a low margin, stands when it speaks: a news agency", () => {
  const bodies = (t: string) =>
    entityLayer(buildDoc(t), { tagger: marginTagger([["Tarvo", "ORG", 20]]) })
      .filter((e) => e.type === "organization")
      .map((e) => e.name);
  assert.deepEqual(bodies("The minister has resigned, Tarvo said on Monday."), ["Tarvo"]);
  assert.deepEqual(bodies("Tarvo told reporters the minister had resigned."), ["Tarvo"]);
  assert.deepEqual(bodies("The minister met Tarvo on Monday."), []);
});

test("a dateline's town in capitals is a place, whatever the tagger or its shape reads it as", () => {
  const places = (t: string, marks: [string, TaggerSpan["type"], number][] = []) =>
    entityLayer(buildDoc(t), { tagger: marginTagger(marks) })
      .filter((e) => e.type === "location")
      .flatMap((e) => e.mentions.map((m) => m.text));
  // A town, a comma, a state as AP writes it, the agency in brackets and a dash.
  assert.ok(
    places("HARTWELL, Ga. (AP) — Ann Vell opened the depot on Monday.", [["HARTWELL", "ORG", 90]]).includes("HARTWELL"),
  );
  // A country the gazetteer holds as the region: no acronym of a body.
  assert.ok(places("VELLANO, Norway — Ann Vell opened the depot on Monday.").includes("VELLANO"));
  // On a line of its own before the story, with the date in figures, when the tagger reads a place there.
  const line = "DEPOT OPENS ON TIME\nTARVIK 2024-05-11\nThe depot opened on Saturday.\n";
  assert.ok(places(line, [["TARVIK", "LOC", 50]]).includes("TARVIK"));
  // A heading's topic and a wire's credit before a dash are no towns.
  assert.deepEqual(places("SAILING — VELL WINS THE CUP\nThe race ended on Sunday.\n"), []);
  assert.deepEqual(places("RTRS — Tarvo Mines posted a profit on Monday.", [["RTRS", "ORG", 40]]), []);
});
