import { test } from "node:test";
import assert from "node:assert/strict";
import { namesNoOneBears } from "../../src/extract/entities/notnames.js";
import { bareCandidate, type Candidate } from "../../src/extract/entities/run.js";
import { byMention, entitiesOf, names } from "./helpers.js";

test("a town written right before a sports role names the club, in every mention but 'in Town'", () => {
  const es = entitiesOf(
    "Freiburg manager Jo Bell said the goal was lucky. Freiburg will face Bochum next. Police in Freiburg closed the road.",
  );
  const club = es.find((e) => e.type === "organization" && e.name === "Freiburg");
  assert.ok(club, "the club");
  assert.equal(club.mentions.length, 2);
  assert.equal(es.find((e) => e.type === "location" && e.name === "Freiburg")?.mentions.length, 1);
  // Without a sports role the town stays a town.
  assert.equal(byMention(es, "Bochum")?.type, "location");
  // A country before a sports role is a national side, not read as a club.
  assert.equal(byMention(entitiesOf("The England manager Jo Bell named his squad."), "England")?.type, "location");
});

test("cricket's, rugby's and baseball's roles after a town name the club too ('Freiburg batsman Jo Bell')", () => {
  for (const role of ["batsman", "all-rounder", "scrum-half", "pitcher", "captain"]) {
    const es = entitiesOf(`Freiburg ${role} Jo Bell made 80 on Friday. Freiburg closed on 300 for six.`);
    assert.equal(byMention(es, "Freiburg")?.type, "organization", role);
  }
});

test("a town on a line of sports results or a league table's row names the club, but not where the match is played nor a dateline", () => {
  const es = entitiesOf(
    [
      "Granada 2024-05-11",
      "Saturday's results:",
      "Tilburg 2 Granada 1",
      "Leiden 0 Bergamo 3 (after extra time)",
      "UTRECHT 12 3 .800 -",
      "Granada fans booed the referee, and police in Granada made two arrests.",
      "Leiden lost 2-1 at Bergamo in March.",
    ].join("\n"),
  );
  const clubs = es.filter((e) => e.type === "organization").map((e) => e.name);
  for (const name of ["Tilburg", "Granada", "Leiden", "Bergamo", "UTRECHT"]) assert.ok(clubs.includes(name), name);
  // The Granada club is named twice (the result and its fans); the dateline and "in Granada" are the town.
  assert.equal(es.find((e) => e.type === "organization" && e.name === "Granada")?.mentions.length, 2);
  assert.equal(es.find((e) => e.type === "location" && e.name === "Granada")?.mentions.length, 2);
  // "at Bergamo" is the ground.
  assert.equal(es.find((e) => e.type === "location" && e.name === "Bergamo")?.mentions.length, 1);
  // A distance after a town in running text is no score.
  assert.equal(
    byMention(entitiesOf("The blast was heard in Tilburg 70 km away.\nLeiden 40 km north felt it."), "Leiden")?.type,
    "location",
  );
});

test("a name of no known kind on a line of sports results names a team; on a table's row only a word no dictionary holds", () => {
  const es = entitiesOf(
    [
      "Saturday's results:",
      "Kestrel Vanbury 2 Quillby 0",
      "Drommel 1 Tamsworth Athletic 1 (after extra time)",
      "Standings:",
      "Quillby 4 3 1 0 9 2 10",
      "Ann Vell 11 3 24 0",
      "Education 42 6 36 3",
      "Quillby fans sang all afternoon.",
    ].join("\n"),
  );
  for (const team of ["Kestrel Vanbury", "Quillby", "Drommel", "Tamsworth Athletic"])
    assert.equal(byMention(es, team)?.type, "organization", team);
  assert.equal(byMention(es, "Quillby")?.mentions.length, 3);
  // A player's row of figures and a row of a table of things name no team.
  assert.equal(byMention(es, "Ann Vell")?.type, "person");
  assert.notEqual(byMention(es, "Education")?.type, "organization");
});

test("a town before its score and the scorers in brackets, or a town facing another across 'v' in a fixture, names the club; a case at law does not", () => {
  const es = entitiesOf(
    ["Utrecht 3 (Vell 35th, 48th) Lugano 1 (Amos 56th).", "Next week: Granada v Leiden, Bergamo v Tilburg."].join("\n"),
  );
  for (const club of ["Utrecht", "Lugano", "Granada", "Leiden", "Bergamo", "Tilburg"])
    assert.equal(byMention(es, club)?.type, "organization", club);
  const law = entitiesOf("The ruling in Tilburg v. Utrecht was upheld, and so was Marsh v Leiden.");
  for (const place of ["Tilburg", "Utrecht", "Leiden"]) assert.equal(byMention(law, place)?.type, "location", place);
});

test("a side on a cricket scorecard's line names the club: after the ground and a colon, before its innings or a second side", () => {
  const es = entitiesOf(
    [
      "Harrogate: Cumbria 287 and 190 (Ann Vell 71; Bo Roe 4-40), Tamworth 132 (Cal Dune 5-31) and 64-2.",
      "At Ripon: Dorset 402-6 declared (Ed Marr 140, Fay Lund 61 not",
      "out) v Quarnby.",
      "Cumbria fans stayed on in the rain, and police in Tamworth said the day was quiet.",
    ].join("\n"),
  );
  for (const club of ["Cumbria", "Tamworth", "Dorset"]) assert.equal(byMention(es, club)?.type, "organization", club);
  // The club is named twice (its line and its fans); "in Tamworth" is the town.
  assert.equal(es.find((e) => e.type === "organization" && e.name === "Cumbria")?.mentions.length, 2);
  assert.equal(es.find((e) => e.type === "location" && e.name === "Tamworth")?.mentions.length, 1);
  // A score alone after a colon may be a player's tally: the town stays a town.
  assert.equal(byMention(entitiesOf("Penalties: Tamworth 2."), "Tamworth")?.type, "location");
});

test("a figure and capitals name a radio station where a sentence with them talks of broadcasting, in every mention and after the AM dial's frequency", () => {
  const es = entitiesOf(
    "Talk station 4KX began broadcasting in 1930 from a shed in Ellery. In 1994 4KX was sold to Tarvel Media, and 1116 4KX now carries the football.\n\nThe 4WD was parked outside the police station at 9 AM.",
  );
  const station = byMention(es, "4KX");
  assert.equal(station?.type, "organization");
  assert.deepEqual(
    station.mentions.map((m) => m.text),
    ["4KX", "4KX", "1116 4KX"],
  );
  // Letters with a figure that no sentence ties to broadcasting are no station ("4WD"), "station" alone does not.
  assert.equal(byMention(es, "4WD"), undefined);
});

test("a name of no known kind right before a noun for a kind of body in lower case is that body; a nationality is not", () => {
  const es = entitiesOf(
    "The talks will resume in May, the official Vantelle news agency said. Korvath newspaper printed the letter, and a Zorvane subsidiary paid for it. A Danish newspaper ran the story too.",
  );
  for (const body of ["Vantelle", "Korvath", "Zorvane"]) assert.equal(byMention(es, body)?.type, "organization", body);
  assert.notEqual(byMention(es, "Danish")?.type, "organization");
});

test("a name its sentence defines as a settlement or an area in or of another place is that place", () => {
  const es = entitiesOf(
    "Quarnby is a village and parish in Kent. Tellow was a small market town of the Marches. Drossy Vell is a town councillor in Kent.",
  );
  for (const place of ["Quarnby", "Tellow"]) assert.equal(byMention(es, place)?.type, "location", place);
  // A place noun that only describes a person's job ("town councillor") defines no place.
  assert.equal(byMention(es, "Drossy Vell")?.type, "person");
});

test("a name in the bracket after a team's score, before the minute of the goal, is the scorer's", () => {
  const es = entitiesOf("Quillby 2 (Dravecz 35th, Omboli 81st) Drommel 1 (Ferrand 90th).");
  for (const scorer of ["Dravecz", "Omboli", "Ferrand"]) assert.equal(byMention(es, scorer)?.type, "person", scorer);
  // A minute outside a scorers' bracket is no goal: a ranking names no one.
  assert.equal(byMention(entitiesOf("In the table, Korvath 35th, Zelmont 40th."), "Korvath"), undefined);
});

test("an office's portfolio of common words is no part of its holder's name; a role in apposition makes a name after 'in' a person's", () => {
  const es = entitiesOf(
    "Minister for Health and Transport Obeko Varrow said the ferry would run. The premier called in Korvel Abenathy, the Vellish foreign minister, for talks.",
  );
  assert.equal(byMention(es, "Obeko Varrow")?.type, "person");
  assert.equal(byMention(es, "Korvel Abenathy")?.type, "person");
  // After "in" with no role in apposition the words stay a place.
  assert.equal(
    byMention(entitiesOf("The premier lived in Korvel Abenathy for years."), "Korvel Abenathy")?.type,
    "location",
  );
});

test("the word right after an office's 'for' is its portfolio's, however rare ('Minister for Defence Zdravko Tamsin')", () => {
  const es = entitiesOf(
    "The attack was contained, said Minister for Defence Zdravko Chun Tamsin on Saturday. The Minister for Tourism Obeko Varrow agreed.",
  );
  assert.deepEqual(names(es, "person").sort(), ["Obeko Varrow", "Zdravko Chun Tamsin"]);
  assert.deepEqual(names(es, "organization"), []);
  const head = entitiesOf("The decree was signed by the President of the Republic Ivo Vell on Monday.");
  assert.deepEqual(names(head, "person"), ["Ivo Vell"]);
});

test("a person's name with a company's profit or shares names the company, and so does its last word", () => {
  const es = entitiesOf(
    "Ada Vance's third-quarter profit rose 12%, and shares of Ada Vance climbed. Vance said it would hire. Mr John Doe's shares fell.",
  );
  const firm = byMention(es, "Ada Vance");
  assert.equal(firm?.type, "organization");
  assert.equal(byMention(es, "Vance"), firm);
  // With a form of address it is a person, whatever follows.
  assert.equal(byMention(es, "John Doe")?.type, "person");
});

test("a person's name with a possessive that is no company's stays a person", () => {
  const es = entitiesOf("Ada Vance's lawyer said the shares she holds in Kell Mining were sold.");
  assert.equal(byMention(es, "Ada Vance")?.type, "person");
});

test("a nickname in quotation marks inside a full name is no second person", () => {
  const es = entitiesOf('The court fined Ada "Dee" Vance, 41, on Monday.');
  assert.equal(byMention(es, "Dee"), undefined);
});

test("a given name, a quoted nickname and a surname are one person, named without the nickname", () => {
  const es = entitiesOf(
    "Dorian “Dory” Kestrel, a retired welder, said the plan would fail. Kestrel added that it was late.",
  );
  assert.deepEqual(names(es, "person"), ["Dorian Kestrel"]);
  assert.deepEqual(
    byMention(es, "Kestrel")?.mentions.map((m) => m.text),
    ["Dorian “Dory” Kestrel", "Kestrel"],
  );
  // A quoted word after a verb of saying is no nickname.
  assert.deepEqual(names(entitiesOf('Tom said "Never" Monday.'), "person"), ["Tom"]);
});

test("a nickname with 'of' in quotation marks, or in brackets, between given names and a surname is no second person", () => {
  const quoted = entitiesOf('Lucas "Hands of Iron" Bellamy said on Friday he would fight again.');
  assert.deepEqual(names(quoted, "person"), ["Lucas Bellamy"]);
  const bracketed = entitiesOf("Edmund Harold (Ted) Varrow, a retired judge, died on Monday.");
  assert.deepEqual(names(bracketed, "person"), ["Edmund Harold Varrow"]);
  const initials = entitiesOf("Mary Ellen Rose (M.E.R.) Talbot wrote the report in 1961.");
  assert.deepEqual(names(initials, "person"), ["Mary Ellen Rose Talbot"]);
  // A place in brackets between a rider and a team is no nickname.
  assert.ok(!names(entitiesOf("2. Lena Vask (Italy) Tarnix 5 seconds behind")).includes("Lena Vask Tarnix"));
});

test("a middle initial's full stop before a quoted nickname stays in the one person's name ('Rep. Ewan C. “Bud” Tarrant')", () => {
  const es = entitiesOf(
    "Rep. Ewan C. “Bud” Tarrant opened his orchard to voters on Sunday. Tarrant said he would run.",
  );
  const people = es.filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => [e.name, e.mentions[0].text, e.mentions.length]),
    [["Ewan C. Tarrant", "Rep. Ewan C. “Bud” Tarrant", 3]],
  );
});

test("a noun for a person before the given name leaves the nickname join on ('the former Marine John “Jack” Tarrow')", () => {
  const es = entitiesOf("The former Marine John “Jack” Tarrow said on Monday the base was quiet. Tarrow left.");
  assert.deepEqual(names(es, "person"), ["John Tarrow"]);
});

test("one word after 'the 58-year-old' is a description, a full name there is a name", () => {
  assert.equal(byMention(entitiesOf("The 58-year-old Scot worked as a guard."), "Scot"), undefined);
  assert.equal(byMention(entitiesOf("The 58-year-old Ada Vance worked as a guard."), "Ada Vance")?.type, "person");
});

test("words right after 'the' are no person's name, nor coordinated with one", () => {
  const es = entitiesOf(
    "Work goes on in the Freight Rail, Pipelines and Port units, Ada Vance said. A minister in the Presidency, Tom Lee, agreed.",
  );
  assert.equal(byMention(es, "Freight Rail"), undefined);
  assert.equal(byMention(es, "Pipelines"), undefined);
  assert.equal(byMention(es, "Presidency"), undefined);
  assert.equal(byMention(es, "Tom Lee")?.type, "person");
});

test("a full name between 'the' and a noun in lower case is a person's: 'the Marta Benn case'", () => {
  const es = entitiesOf("Detectives reopened the Marta Benn case last week. Aides in the Tomas Rell campaign quit.");
  assert.equal(byMention(es, "Marta Benn")?.type, "person");
  assert.equal(byMention(es, "Tomas Rell")?.type, "person");
  // A verb after the name, or a word for a place, makes it no one's.
  const none = entitiesOf(
    "Walkers crossed the Sierra Vellano mountain range. The Tomas Rell sank off the cape in 1912.",
  );
  assert.equal(byMention(none, "Sierra Vellano")?.type === "person", false);
  assert.equal(byMention(none, "Tomas Rell")?.type === "person", false);
});

test("a name defined by 'is a' and a noun for a kind of body is that body's, in every mention", () => {
  const es = entitiesOf("Marta Quell is a Canadian mining company based in Ottawa. Marta Quell said its profits rose.");
  assert.equal(byMention(es, "Marta Quell")?.type, "organization");
  assert.equal(byMention(entitiesOf("Marta Quell is a mining engineer from Ottawa."), "Marta Quell")?.type, "person");
  // A word of a place's or a body's kind keeps a run before a noun from being a person's.
  assert.deepEqual(names(entitiesOf("Volunteers met in the Marion County Whig offices after the vote."), "person"), []);
});

test("after a place's possessive, Capitalised words before a noun for a kind of body name its outlet, a weekday's short form too", () => {
  const es = entitiesOf("The leak was first printed by Britain's Sun newspaper, then by Ohio's Harbour Lamp tabloid.");
  assert.equal(byMention(es, "Sun")?.type, "organization");
  assert.equal(byMention(es, "Harbour Lamp")?.type, "organization");
  assert.equal(byMention(es, "Britain")?.type, "location");
});

test("a party's name before a title is no first name: 'Tory Councillor' is no person", () => {
  const es = entitiesOf("An angry Tory Councillor, Ada Vance, said the vote was unfair.");
  assert.equal(
    es
      .filter((e) => e.type === "person")
      .map((e) => e.name)
      .join(),
    "Ada Vance",
  );
});

test("a listed town named as a prison is that prison, also named alone; a city's jail is only a jail", () => {
  const es = entitiesOf(
    "Ann Roe escaped from Swindon prison on Monday. She had been held at Swindon since May. Police in Swindon searched the area. Her brother was held in a London jail.",
  );
  const prison = byMention(es, "Swindon prison");
  assert.equal(prison?.type, "organization");
  assert.ok(prison?.mentions.some((m) => m.text === "Swindon" && m.start === 68));
  assert.ok(es.some((e) => e.type === "location" && e.mentions.some((m) => m.text === "Swindon")));
  assert.equal(byMention(es, "London jail"), undefined);
  assert.equal(byMention(es, "London")?.type, "location");
});

test("'HMP' before a place makes a prison, also of the place named alone, but not after 'in'", () => {
  const es = entitiesOf(
    "Ann Roe escaped from HMP Swindon on Monday. Staff at Swindon were questioned. Police in Swindon searched the area.",
  );
  const prison = byMention(es, "HMP Swindon");
  assert.equal(prison?.type, "organization");
  assert.deepEqual(
    prison?.mentions.map((m) => m.start),
    [21, 53],
  );
  assert.ok(es.some((e) => e.type === "location" && e.mentions.some((m) => m.start === 88)));
});

test("a name of no known kind before 'jail' that the text names as a place elsewhere is the prison there too", () => {
  const es = entitiesOf(
    "Ann Roe appeared by videolink from Vellmoor jail on Monday. She is held in a unit at Vellmoor.",
  );
  const prison = byMention(es, "Vellmoor jail");
  assert.equal(prison?.type, "organization");
  assert.ok(prison?.mentions.some((m) => m.text === "Vellmoor"));
  assert.ok(!es.some((e) => e.type === "location"));
});

test("a name no list knows, right before a comma and a known place, is a town of that place", () => {
  const es = entitiesOf("Kessmoor, Ohio, voted first and Tarrowby, England, last. Vane, Ohio's senator, spoke.");
  assert.equal(byMention(es, "Kessmoor")?.type, "location");
  assert.equal(byMention(es, "Tarrowby")?.type, "location");
  // Before a place's possessive it is no address.
  assert.notEqual(byMention(es, "Vane")?.type, "location");
});

test("a given name and a last word that is no common or place word, after 'at' or 'in', is still a person", () => {
  // A full name: a person, wherever it stands.
  assert.equal(byMention(entitiesOf("The crowd waved at Ann Corbell."), "Ann Corbell")?.type, "person");
  assert.equal(byMention(entitiesOf("He left the keys with a porter in Tom Dellow."), "Tom Dellow")?.type, "person");
  // A common word or a place's word last is a place's name, whatever word comes first.
  assert.notEqual(byMention(entitiesOf("Two men were killed at Grace Mill."), "Grace Mill")?.type, "person");
  assert.notEqual(byMention(entitiesOf("Two men were killed at Grace Heath."), "Grace Heath")?.type, "person");
});

test("a name that only ever qualifies a noun or follows 'at' is no person: the place or body it is, or nothing", () => {
  // The candidates as a shape-guessing reader (the tagger) would give them: every name a person.
  const read = (text: string, names: string[]) => {
    const cands = names.flatMap((n) => {
      const out = [];
      for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1))
        out.push(bareCandidate(i, i + n.length, "person", "tagger", null));
      return out;
    });
    cands.sort((a, b) => a.start - b.start);
    const guessed = (c: Candidate) => c.type === "person" && c.evidence === "tagger";
    return namesNoOneBears(text, cands, guessed).map((c) => `${c.type} ${text.slice(c.start, c.end)}`);
  };
  // Placed with "at", and used as a qualifier: the place.
  assert.deepEqual(
    read("Two pupils were killed at Marlow Heath. Other Marlow Heath families sued.", ["Marlow Heath"]),
    ["location Marlow Heath", "location Marlow Heath"],
  );
  // Only a qualifier, twice: no one.
  assert.deepEqual(
    read("Harbour Vale editor Ann Roe wrote. Harbour Vale readers agreed.", ["Harbour Vale", "Ann Roe"]),
    ["person Ann Roe"],
  );
  // The same name read elsewhere on firmer evidence is that.
  const text = "Police closed Marlow Heath. Marlow Heath said it would appeal.";
  const firm = bareCandidate(14, 26, "organization", "designator", null);
  const guess = bareCandidate(28, 40, "person", "tagger", null);
  assert.deepEqual(
    namesNoOneBears(text, [firm, guess], (c) => c.evidence === "tagger").map((c) => c.type),
    ["organization", "organization"],
  );
  // Once after a name a word reads as often as a verb ("Tom Vale lost"); a given name first keeps
  // a person ("Ann Vale supporters"); a person's noun before "in" is no place ("a believer in").
  assert.deepEqual(read("In the count Harbour Vale lost badly.", ["Harbour Vale"]), ["person Harbour Vale"]);
  assert.deepEqual(read("Ann Vale supporters met. Ann Vale voters agreed.", ["Ann Vale"]), [
    "person Ann Vale",
    "person Ann Vale",
  ]);
  assert.deepEqual(read("He was a believer in Dunford.", ["Dunford"]), ["person Dunford"]);
  // A last word another person's name ends in keeps it a person's name ("Kells Vale" beside it).
  assert.deepEqual(
    read("Kells Vale came. Harbour Vale readers met Harbour Vale staff.", ["Kells Vale", "Harbour Vale"]),
    ["person Kells Vale", "person Harbour Vale", "person Harbour Vale"],
  );
  // Only ever a kind of thing ("a Tam Rell kind of wedding"): no one, even after a given name; a
  // name also used as someone's stays that person's.
  assert.deepEqual(read("There can't be a Tam Rell kind of wedding here.", ["Tam Rell"]), []);
  assert.deepEqual(read("Tam Rell spoke. No Tam Rell kind of wedding, he said.", ["Tam Rell"]), [
    "person Tam Rell",
    "person Tam Rell",
  ]);
});

test("an acronym with small letters for the small words of a name the text spells out is that body", () => {
  const es = entitiesOf(
    "The Department for Fisheries (DfF) said on Monday that quotas would fall. A DfF spokesman declined to comment. Ann Vale, who has a PhD, disagreed.",
  );
  const body = byMention(es, "Department for Fisheries");
  assert.equal(body?.type, "organization");
  assert.deepEqual(
    body?.mentions.map((m) => m.text),
    ["Department for Fisheries", "DfF", "DfF"],
  );
  // Letters no name of the text spells out are no body.
  assert.equal(byMention(es, "PhD"), undefined);
});

test("a compass adjective after a word of position describes a region and is no name; a compass point after one is the region", () => {
  const es = entitiesOf("He passed the files to agents of the Middle Eastern country and to the Far Western banks.");
  assert.deepEqual(
    es.map((e) => e.name),
    [],
  );
  const region = entitiesOf("Traders across the Far East and the Deep South slowed.");
  assert.deepEqual(
    region.map((e) => [e.name, e.type]),
    [
      ["Far East", "location"],
      ["Deep South", "location"],
    ],
  );
});

test("a company a list names with a founder's possessive keeps its 's, and a body's name after it goes on from it", () => {
  const es = entitiesOf("Nadia Orlov now speaks for McDonald’s. Moody's Investors Service lowered Tarsk Bank's grade.");
  assert.equal(byMention(es, "McDonald’s")?.type, "organization");
  assert.equal(byMention(es, "McDonald’s")?.name, "McDonald's");
  assert.equal(byMention(es, "Moody's Investors Service")?.type, "organization");
  assert.equal(byMention(es, "Moody"), undefined);
  // A person the text names in full with the word keeps it, and the possessive stays hers.
  const person = entitiesOf("Greta Dillard opened a bakery in Orvik. Dillard's ovens came from Tarsk.");
  assert.deepEqual(names(person, "person"), ["Greta Dillard"]);
  assert.equal(byMention(person, "Dillard's"), undefined);
});

test("a word the list of companies holds, read as a place from the words around it alone, is the company", () => {
  const es = entitiesOf(
    "Lena Markov, an engineer at Qualcomm, said the chip was late. Pavel Dorn took a job at Walgreens.",
  );
  assert.equal(byMention(es, "Qualcomm")?.type, "organization");
  assert.equal(byMention(es, "Walgreens")?.type, "organization");
});
