// Where a name starts and ends: roles, labels, addresses and paragraph breaks. Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { buildDoc } from "../../src/core/doc.js";
import { projectPath } from "../../src/core/paths.js";
import { getTagger, MODEL_FILE } from "../../src/extract/default-model.js";
import { groupNouns, leadingDescription } from "../../src/extract/entities/bodies.js";
import { entityLayer } from "../../src/extract/entities/index.js";
import { byMention, entitiesOf, names } from "./helpers.js";

test("a shop or an eating place named after its owner with a possessive is one business, no person", () => {
  const es = entitiesOf("Staff at Harrow's Bakery said the oven had failed. The pair later met at Kell's Cafe.");
  assert.equal(byMention(es, "Harrow's Bakery")?.type, "organization");
  assert.equal(byMention(es, "Kell's Cafe")?.type, "organization");
  assert.deepEqual(names(es, "person"), []);
});

test("a state before its party's name is a place, no person, also after a compass point", () => {
  const es = entitiesOf(
    "Ann Lee won the Georgia Democratic primary in May, and Tom Vale took the North Dakota Republican vote.",
  );
  assert.deepEqual(names(es, "person").sort(), ["Ann Lee", "Tom Vale"]);
  assert.equal(byMention(es, "Georgia")?.type, "location");
  assert.equal(byMention(es, "North Dakota")?.type, "location");
  assert.equal(byMention(es, "Republican")?.type, "organization");
});

test("a letter after a label noun is a grade, not a name's initial ('a category B Victorian prison')", () => {
  const es = entitiesOf("Inspectors visited the category B Victorian prison in Leeds last week.");
  assert.deepEqual(names(es, "person"), []);
  assert.equal(byMention(es, "Leeds")?.type, "location");
});

test("an office named with 'of' before a name is a role, not part of the name", () => {
  const es = entitiesOf("The file went to Director of Public Prosecutions Jane Doe on Friday.");
  assert.deepEqual(names(es, "person"), ["Jane Doe"]);
});

test("an address after a person's age gives places, not people", () => {
  const es = entitiesOf("Tom Ashby, 41, of Mill Farm, Thame, Oxfordshire, was charged with fraud.");
  assert.deepEqual(names(es, "person"), ["Tom Ashby"]);
  assert.equal(byMention(es, "Mill Farm")?.type, "location");
  assert.equal(byMention(es, "Thame")?.type, "location");
  assert.equal(byMention(es, "Oxfordshire")?.type, "location");
});

test("a programme title, 'With' and a full name: the presenter is a person, the title words no one", () => {
  const es = entitiesOf("She told Evening Review With Ann Hale that the vote was lost.");
  assert.deepEqual(names(es, "person"), ["Ann Hale"]);
  assert.equal(byMention(es, "Evening Review"), undefined);
});

test("after post-nominal letters the name is a person's, even ending in a place word ('MP Mark Field')", () => {
  const es = entitiesOf("Labour MP Grace Field asked about the scheme.");
  assert.equal(byMention(es, "Grace Field")?.type, "person");
  assert.equal(byMention(es, "Labour")?.type, "organization");
});

test("no role is read across a paragraph break or a sentence end", () => {
  for (const gap of ["\n\n", " "]) {
    const es = entitiesOf(`The charity was founded by the home secretary.${gap}Sam Okoro, 28, said he would stay.`);
    const sam = byMention(es, "Sam Okoro");
    assert.equal(sam?.attributes.age, 28);
    assert.deepEqual(sam?.attributes.roles, [], JSON.stringify(sam?.attributes.roles));
  }
  // A title abbreviation still opens the name's role.
  const es = entitiesOf("The bill was backed by Sen. Rita Vance.");
  assert.deepEqual(
    byMention(es, "Sen. Rita Vance")?.attributes.roles.map((r) => r.text),
    ["Sen."],
  );
});

test("after '<office> of', a run of a body's name and a person's name gives both", () => {
  const es = entitiesOf("The former chair of Harbour Friends of Malta Ann Vella said the plan was wrong.");
  assert.equal(byMention(es, "Ann Vella")?.type, "person");
  assert.equal(byMention(es, "Harbour Friends of Malta")?.type, "organization");
});

test("after '<office> of', a country that is also a given name closes the body, not opens the name", () => {
  const es = entitiesOf("The chair of Harbour Friends of Jordan Ann Vella said the plan was wrong.");
  assert.deepEqual(names(es, "person"), ["Ann Vella"]);
  assert.equal(byMention(es, "Harbour Friends of Jordan")?.type, "organization");
  // The holder's given name need not be a known one.
  const other = entitiesOf("The chair of Harbour Friends of Jordan Zerelda Quint said the plan was wrong.");
  assert.deepEqual(names(other, "person"), ["Zerelda Quint"]);
  assert.equal(byMention(other, "Harbour Friends of Jordan")?.type, "organization");
});

test("a nationality before the lower-case noun of an armed service names that service; before other nouns, nothing", () => {
  const es = entitiesOf(
    "Ana Roe served in the Chilean army before she joined the Chilean police. The Chilean armed forces said nothing.",
  );
  assert.equal(byMention(es, "Chilean army")?.type, "organization");
  assert.equal(byMention(es, "Chilean armed forces")?.type, "organization");
  assert.ok(!byMention(es, "Chilean police"));
  assert.deepEqual(names(es, "organization"), ["Chilean Army", "Chilean Armed Forces"]);
});

test("a long office before a name opened by an initial is a role; a participle may qualify the office", () => {
  const es = entitiesOf("Presiding Minister for Coastal Affairs R Okafor said the port would reopen.");
  assert.deepEqual(names(es, "person"), ["R Okafor"]);
});

test("the apostrophe of a plural before a body's last word stays inside the name", () => {
  const es = entitiesOf(
    "Ann Roe appeared at Brayford Magistrates’ Court on Monday, and the Dockers' Union backed her.",
  );
  assert.equal(byMention(es, "Brayford Magistrates’ Court")?.type, "organization");
  assert.equal(byMention(es, "Dockers' Union")?.type, "organization");
  assert.ok(!byMention(es, "Brayford Magistrates"));
});

test("a company named for its founder keeps the possessive when a legal form ends its name", () => {
  const es = entitiesOf("Shares in Tarvo’s Enterprises Ltd rose, while Britain's Harbour Holdings Ltd fell.");
  assert.equal(byMention(es, "Tarvo’s Enterprises Ltd")?.type, "organization");
  assert.ok(!byMention(es, "Enterprises Ltd"));
  // A place's possessive is not part of the company's name.
  assert.equal(byMention(es, "Harbour Holdings Ltd")?.type, "organization");
  assert.equal(byMention(es, "Britain")?.type, "location");
});

test("an abbreviated legal form keeps its full stop in the company's name ('Tarvel Corp.', 'Halvek Holdings Inc.')", () => {
  const es = entitiesOf(
    "Shares of Tarvel Corp. rose on Monday, and Halvek Holdings Inc. said it would buy Brellan Co. for cash. Tarvel Corp said nothing.",
  );
  const tarvel = byMention(es, "Tarvel Corp.");
  assert.equal(tarvel?.type, "organization");
  assert.ok(
    tarvel?.mentions.some((m) => m.text === "Tarvel Corp"),
    "the mention written without the stop is the same company",
  );
  assert.equal(byMention(es, "Halvek Holdings Inc.")?.type, "organization");
  assert.equal(byMention(es, "Brellan Co.")?.type, "organization");
  assert.equal(byMention(es, "Brellan Co"), undefined);
});

test("a legal form written short ends a company's name; 'of' and a place after it say where it is ('Tarvel Corp of Ohio')", () => {
  const es = entitiesOf(
    "Tarvel Motor Corp of South Korea will supply the engines, and Brellan Chemical Co of the United States will pay for them.",
  );
  assert.equal(byMention(es, "Tarvel Motor Corp")?.type, "organization");
  assert.equal(byMention(es, "Brellan Chemical Co")?.type, "organization");
  assert.equal(byMention(es, "South Korea")?.type, "location");
  assert.equal(byMention(es, "United States")?.type, "location");
  assert.equal(byMention(es, "Tarvel Motor Corp of South Korea"), undefined);
});

test("'Ft.' and 'Mt.' open a place's name as 'Fort' and 'Mount' do ('Ft. Collins', 'Mt. Isa')", () => {
  const es = entitiesOf("The convoy left Ft. Collins on Monday, and the team flew to Mt. Isa by night.");
  assert.equal(byMention(es, "Ft. Collins")?.type, "location");
  assert.equal(byMention(es, "Mt. Isa")?.type, "location");
  assert.equal(byMention(es, "Collins"), undefined);
  assert.deepEqual(names(es, "person"), []);
});

test("after 'the', a weekday before a paper's last word is the first word of its name ('the Sunday Gazette')", () => {
  const es = entitiesOf(
    "Dana Pellworth told the Sunday Gazette she would stand again. The Sunday Mirror ran the story too.",
  );
  assert.equal(byMention(es, "Sunday Gazette")?.type, "organization");
  assert.equal(byMention(es, "Gazette"), undefined);
  const mirror = byMention(es, "Sunday Mirror");
  assert.equal(mirror?.type, "organization");
  assert.notEqual(mirror?.name, "Daily Mirror", "another paper");
  // A weekday that dates what a body did is no part of its name.
  assert.equal(byMention(entitiesOf("On Sunday the Tarrow Council voted."), "Tarrow Council")?.type, "organization");
});

test("a capital 'A' and its full stop before a surname are an initial, not the article ('A. Penhallow')", () => {
  const es = entitiesOf(
    "A. Penhallow opened the batting for Thornbury and made 40 before lunch. The letter was signed by A. Dorrin and C. Vell.",
  );
  assert.equal(byMention(es, "A. Penhallow")?.type, "person");
  assert.equal(byMention(es, "A. Dorrin")?.type, "person");
  assert.equal(byMention(es, "Dorrin"), undefined);
  assert.equal(byMention(es, "C. Vell")?.type, "person");
});

test("a common word written in capitals is a label, not an acronym; letters that spell no word are one", () => {
  const es = entitiesOf("UPDATE: The road through Leeds has reopened, the QRTV board said. WATCH the video.");
  assert.equal(byMention(es, "UPDATE"), undefined);
  assert.equal(byMention(es, "WATCH"), undefined);
  assert.equal(byMention(es, "QRTV")?.type, "organization");
});

test("a word in capitals the text also writes with one capital is that name, no acronym ('VARLEY:' in a transcript)", () => {
  const es = entitiesOf(
    "Host Dana Varley spoke to the councillor on Tuesday.\n\nVARLEY: Will the depot close?\n\nWILLETT: Not this year, and Teo Willett keeps his word.",
  );
  assert.deepEqual(names(es, "organization"), []);
  assert.equal(byMention(es, "VARLEY")?.name, "Dana Varley");
  assert.equal(byMention(es, "WILLETT")?.name, "Teo Willett");
});

test("letters defined as short for lower-case words or for a law's name are no body", () => {
  const es = entitiesOf(
    "He hoped to be held in a high-security unit (HSU). The HSU was full. He was charged under the Road Safety Act (RSA). The Tarrow Housing Trust (THT) said nothing.",
  );
  assert.equal(byMention(es, "HSU"), undefined);
  assert.equal(byMention(es, "RSA"), undefined);
  assert.equal(byMention(es, "THT")?.type, "organization");
});

test("letters WordNet spells out as a kind of thing name no body, unless the text spells them as a name", () => {
  const es = entitiesOf("The PAC paid for a new SUV. The Tarrow Public Arts Council (PAC) said nothing.");
  assert.equal(byMention(es, "SUV"), undefined);
  // Here the text defines the letters as a body's name, so the body stands.
  assert.equal(byMention(es, "PAC")?.type, "organization");
  assert.equal(entitiesOf("Police stopped the SUV near the gate.").length, 0);
});

test("letters the text also writes in the plural abbreviate a kind of thing, not one body", () => {
  const es = entitiesOf(
    "Two QRVs were parked outside. The QRV nearest the gate was empty. The KLT said it would help.",
  );
  assert.equal(byMention(es, "QRVs"), undefined);
  assert.equal(byMention(es, "QRV"), undefined);
  assert.equal(byMention(es, "KLT")?.type, "organization");
});

test("after a rank, an office no list holds is part of the title, not of the name ('Chief Magistrate Ann Vale')", () => {
  const es = entitiesOf("The case was heard by Chief Magistrate Tobin Vale on Monday.");
  assert.deepEqual(names(es, "person"), ["Tobin Vale"]);
  // A given name after the rank starts the name.
  assert.deepEqual(names(entitiesOf("Chief Mary Ann Cole opened the meeting."), "person"), ["Mary Ann Cole"]);
});

test("the plural of a role title before names is a title, not part of the first name", () => {
  const es = entitiesOf("Directors Tavio Brann and Ray Okoro resigned on Friday.");
  assert.deepEqual(names(es, "person").sort(), ["Ray Okoro", "Tavio Brann"]);
  assert.ok(!byMention(es, "Directors Tavio Brann"));
});

test("a demonym before a body word and 'of' or 'for' opens the body's name", () => {
  const es = entitiesOf(
    "She wrote to the Welsh College of Harpists and to the Irish League for Lighthouses on Monday.",
  );
  assert.equal(byMention(es, "Welsh College of Harpists")?.type, "organization");
  assert.equal(byMention(es, "Irish League for Lighthouses")?.type, "organization");
  // Before other words it stays a nationality: "Welsh harpists" names no body.
  assert.equal(byMention(entitiesOf("Welsh harpists met the Harbour Trust."), "Welsh"), undefined);
});

test("'and the' between two bodies' names opens a second name", () => {
  const es = entitiesOf("Staff of the College of Harpists and the Vale Rowing Club met on Monday.");
  assert.equal(byMention(es, "College of Harpists")?.type, "organization");
  assert.equal(byMention(es, "Vale Rowing Club")?.type, "organization");
  assert.ok(!byMention(es, "College of Harpists and the Vale Rowing Club"));
});

test("a functional title before a form of address is one office ('Attorney General'), not part of the name", () => {
  const es = entitiesOf(
    "Attorney General Dana Holt said on Monday that the review was over. Vice President Maria Berg agreed.",
  );
  const holt = byMention(es, "Dana Holt");
  assert.ok(holt, "the person is found");
  assert.deepEqual(
    holt.mentions.map((m) => m.text),
    ["Dana Holt"],
    "no 'General Dana Holt' mention",
  );
  assert.deepEqual(
    holt.attributes.roles?.map((r) => r.text),
    ["Attorney General"],
  );
  assert.equal(byMention(es, "President Maria Berg"), undefined);
  assert.ok(byMention(es, "Maria Berg"));
  // A form of address alone keeps its titled mention.
  assert.ok(byMention(entitiesOf("Judge Maria Berg dismissed the case."), "Judge Maria Berg"));
});

test("a capitalised word before a weekday names a day, and a plural title alone names nobody", () => {
  const es = entitiesOf(
    "The vote came just before Super Tuesday, when voters in 11 states cast ballots. The memo went to the Deputy Secretaries and the Under Secretaries.",
  );
  assert.deepEqual(names(es, "person"), []);
});

test("words no list holds before a company officer's title name the company ('Brantova CFO Lina Oskarsen')", () => {
  const es = entitiesOf(
    "Shares rose after Brantova CFO Lina Oskarsen outlined the plan. As President Oskarsen cut costs.",
  );
  assert.deepEqual(names(es, "person"), ["Lina Oskarsen"]);
  assert.deepEqual(names(es, "organization"), ["Brantova"]);
});

test("one Capitalised word after 'the' as the one told is an outlet, no person ('told The Quillmark')", () => {
  const es = entitiesOf(
    "Dana Holt told The Quillmark on Monday that the pier would close. Speaking to the Quillmark, Lia Brand agreed.",
  );
  assert.deepEqual(names(es, "person"), ["Dana Holt", "Lia Brand"]);
  assert.equal(byMention(es, "Quillmark")?.type, "organization");
  const told = entitiesOf("Dana Holt told the Quillmark story twice, and told the President nothing.");
  assert.deepEqual(names(told, "organization"), []);
});

test("a weekday's abbreviation after 'the' is a title, no day ('told the Sun')", () => {
  const es = entitiesOf(
    "Dana Holt told the Sun that the pier would close, and she spoke again on Sun. after the vote.",
  );
  assert.deepEqual(names(es, "person"), ["Dana Holt"]);
  assert.equal(byMention(es, "Sun")?.type, "organization");
  assert.equal(byMention(es, "Sun.")?.type, undefined);
  const acronym = entitiesOf("Lia Brand sat the SAT in May.");
  assert.equal(byMention(acronym, "SAT"), undefined);
});

test("after 'member of' and a legislature, 'for' names the seat, a place ('Member of Parliament for Corran Vale')", () => {
  const es = entitiesOf("Lia Brand, the Member of Parliament for Corran Vale, voted against the bill.");
  assert.deepEqual(names(es, "person"), ["Lia Brand"]);
  assert.equal(byMention(es, "Corran Vale")?.type, "location");
  assert.equal(byMention(es, "Parliament for Corran Vale"), undefined);
});

test("a listed body whose name names a country, after a place that is not that country, is another body ('the Hungarian Parliament')", () => {
  const es = entitiesOf(
    "The Hungarian Parliament debated the water bill on Friday, and the British Parliament never did. The Scottish Parliament may.",
  );
  assert.equal(byMention(es, "Scottish Parliament")?.name, "Scottish Parliament");
  assert.equal(byMention(es, "Hungarian Parliament")?.name, "Hungarian Parliament");
  assert.equal(byMention(es, "British Parliament")?.name, "Parliament of the United Kingdom");
});

test("a place's designator, 'of' and a known place are one place ('the Eastern District of Virginia')", () => {
  const es = entitiesOf("Lia Brand sued the firm in the Eastern District of Virginia, and lost.");
  assert.equal(byMention(es, "Eastern District of Virginia")?.type, "location");
  assert.equal(byMention(es, "Eastern District"), undefined);
  assert.deepEqual(names(es, "person"), ["Lia Brand"]);
});

test("a title-case headline ending in a full stop is a headline; a first sentence of names is not", () => {
  const es = entitiesOf(
    "Lind Says Private Email Server Was Safe.\n\nMaria Lind said on Monday that her server was never breached. Lind spoke in Leeds.",
  );
  assert.deepEqual(names(es, "person"), ["Maria Lind"]);
  const book = entitiesOf("Red Hill Farm is by Anna Dorn.\n\nThe novel was published in 1938.");
  assert.ok(byMention(book, "Anna Dorn"), "a sentence with a lower-case verb is no headline");
});

test("headline words that the body writes together are one name", () => {
  const es = entitiesOf(
    "Report: Senator Colin Marsh Backs Plan To Cut Taxes.\n\nColin Marsh, a senator from Ohio, backed the plan on Monday.",
  );
  const marsh = byMention(es, "Colin Marsh");
  assert.ok(marsh);
  assert.ok(
    marsh.mentions.every((m) => m.text !== "Colin"),
    "no given-name-only mention taken from the headline",
  );
});

test("a known body after 'and', or an acronym before it, is a second name, not the tail of one", () => {
  const es = entitiesOf(
    "Former Lind and State Department aides were questioned. She asked about NGA and Clinton Foundation staff. The Food and Drug Administration agreed.",
  );
  assert.equal(byMention(es, "Lind and State Department"), undefined);
  assert.ok(byMention(es, "State Department"));
  assert.equal(byMention(es, "NGA and Clinton Foundation"), undefined);
  assert.ok(byMention(es, "Food and Drug Administration"), "a name with 'and' inside stays whole");
});

test("after 'Office of the' a title is the office the body is named for", () => {
  const es = entitiesOf(
    "The case was referred by the Office of the Inspector General on Monday. The Office of the Director of Public Works agreed. Port Director Carl Hendricks spoke.",
  );
  assert.equal(byMention(es, "Office of the Inspector General")?.type, "organization");
  assert.equal(byMention(es, "Office of the Director of Public Works")?.type, "organization");
  assert.equal(byMention(es, "Carl Hendricks")?.type, "person");
});

test("a plural title after a rank names nobody ('the Deputy Secretaries')", () => {
  const es = entitiesOf(
    "It does not apply to the Secretary, the Deputy Secretaries, the Under Secretaries, or their staffs.",
  );
  assert.deepEqual(
    es.map((e) => e.name),
    [],
  );
});

test("a headline's word is no alias of a body whose long name ends in it", () => {
  const es = entitiesOf(
    "Ryan: Bureau Decision Not To Indict Lind Needs More Investigation.\n\nThe Federal Bureau of Investigation said on Tuesday that it would not seek charges against Ann Lind.",
  );
  const fbi = byMention(es, "Federal Bureau of Investigation");
  assert.ok(fbi);
  assert.ok(!fbi.mentions.some((m) => m.text === "Investigation"));
});

test("a common word opening a sentence before a comma is an adverb, not a name in a list", () => {
  const es = entitiesOf("Together, Senators Lind and Vane wrote to the board. Meanwhile, Anna Dorn resigned.");
  assert.equal(byMention(es, "Together"), undefined);
  assert.equal(byMention(es, "Meanwhile"), undefined);
  assert.ok(byMention(es, "Anna Dorn"));
});

test("an adverb or an interjection opening a sentence before a comma is no person beside the name after it", () => {
  const es = entitiesOf(
    "Dana Wexler ran the Corvale mill for a decade.\n\nAfterward, Wexler and her team flew home. Okay, Wexler agreed.",
  );
  assert.equal(byMention(es, "Afterward"), undefined);
  assert.equal(byMention(es, "Okay"), undefined);
  assert.deepEqual(names(es, "person"), ["Dana Wexler"]);
});

/** The layer's entities from the rules alone, and with the trained tagger when models/ holds it. */
function rulesAndTagger(text: string) {
  const taggers = [false, existsSync(projectPath("models", MODEL_FILE)) ? getTagger() : false] as const;
  return taggers.map((tagger) => entityLayer(buildDoc(text), { tagger }));
}

test("an interjection or a word opening a quotation before a comma is no person beside the name addressed", () => {
  const text =
    '"Look, Dana, we did our best," Tom Hale told his partner in Corvale.\n\nHey, Dana, come and see, he wrote later.';
  for (const es of rulesAndTagger(text)) {
    assert.equal(byMention(es, "Look"), undefined);
    assert.equal(byMention(es, "Hey"), undefined);
    assert.deepEqual(names(es, "person").sort(), ["Dana", "Tom Hale"]);
  }
});

test("the name after an interjection and a comma that open a quotation is the person spoken to, no title's word", () => {
  const text = '"Hey, Marta Kollen," he said to the clerk in Corvale. "Hello, Ruth," she answered.';
  for (const es of rulesAndTagger(text)) {
    assert.equal(byMention(es, "Hey"), undefined);
    assert.deepEqual(names(es, "person").sort(), ["Marta Kollen", "Ruth"]);
  }
});

test("a title and a lone capital letter name a generation, no one ('Gen Xers', 'Gen Z')", () => {
  const text =
    "Gen Xers in Corvale save more than Gen Z, said Tom Hale. Gen. Ann Vale met Gen Ola Berg. Mr X testified later.";
  for (const es of rulesAndTagger(text)) {
    assert.equal(byMention(es, "Gen Xers"), undefined);
    assert.equal(byMention(es, "Xers"), undefined);
    assert.equal(byMention(es, "Gen Z"), undefined);
    assert.equal(byMention(es, "Gen. Ann Vale")?.name, "Ann Vale");
    assert.equal(byMention(es, "Gen Ola Berg")?.name, "Ola Berg");
  }
});

test("a given name that is also a place before a title is the place ('Florida Senator')", () => {
  const es = entitiesOf("The candidate and Florida Senator “did well,” he said. Nadia Major spoke later.");
  assert.equal(byMention(es, "Florida Senator"), undefined);
  assert.equal(byMention(es, "Florida")?.type, "location");
  assert.equal(byMention(es, "Nadia Major")?.type, "person", "a given name before a title word is still a name");
});

test("a subheading in title case between paragraphs names nobody of its own; a list line is body text", () => {
  const es = entitiesOf(
    "Marco Lind spoke in Iowa on Monday about wages.\n\nSenators Clash Over Farm Bill As Vote Nears\n\nLind said the plan would cost jobs.\n\nPlayed in the Senior Bowl in Mobile, Alabama, in January 1971.\n\nThat was all.",
  );
  assert.deepEqual(names(es, "person"), ["Marco Lind"]);
  assert.equal(byMention(es, "Mobile")?.type, "location", "a line with commas and digits is no subheading");
});

test("a peer's name keeps the peerage title but not an office before it", () => {
  const es = entitiesOf("The court led by Chief Justice Earl Marsh ruled in 1954. Lord Hughes agreed.");
  assert.equal(byMention(es, "Chief Justice Earl Marsh")?.name, "Earl Marsh");
  assert.equal(byMention(es, "Lord Hughes")?.name, "Lord Hughes");
});

test("a peerage word that is a boy's name before two names is a given name ('Earl Ross Denby')", () => {
  const es = entitiesOf("Mayor Baron Dale Tasker and Earl Ross Denby met. Tasker spoke; Lord John Vane did not.");
  assert.equal(byMention(es, "Tasker")?.name, "Baron Dale Tasker");
  assert.equal(byMention(es, "Earl Ross Denby")?.name, "Earl Ross Denby");
  assert.equal(byMention(es, "Lord John Vane")?.name, "John Vane");
});

test("a preposition or adverb opening a sentence is no part of the name after it", () => {
  const es = entitiesOf("Besides Harwick Partners, the list includes others. Unlike Anna Dorn, they stayed.");
  assert.equal(byMention(es, "Besides Harwick Partners"), undefined);
  assert.equal(byMention(es, "Unlike Anna Dorn"), undefined);
  assert.ok(byMention(es, "Anna Dorn"));
});

test("a known body's name after a word that is no place names another body ('New Democratic Party')", () => {
  const es = entitiesOf("The New Democratic Party won seats, the US Justice Department said.");
  assert.equal(byMention(es, "New Democratic Party")?.name, "New Democratic Party");
  assert.equal(byMention(es, "US Justice Department")?.name, "United States Department of Justice");
});

test("a stock symbol after an exchange's name and a colon in brackets is no body of its own", () => {
  const es = entitiesOf(
    "Shares of Vantor Holdings Inc. (NYSE: VNT) rose on Monday after Qarlo Mining (TSX-V:QRM) agreed to sell its mill. The QRM board met in Leeds.",
  );
  assert.equal(byMention(es, "VNT"), undefined);
  assert.equal(byMention(es, "Vantor Holdings Inc.")?.type, "organization");
  // Outside the brackets the letters are a name as before.
  assert.equal(byMention(es, "QRM")?.type, "organization");
});

test("a word before a first name stays in the name when the two are a known place ('the San Jose Grand Hotel')", () => {
  const es = entitiesOf("The band stayed at the San Jose Grand Hotel on Friday. Striker Hassan Abbas watched.");
  assert.deepEqual(names(es, "person"), ["Hassan Abbas"]);
  assert.ok(byMention(es, "San Jose Grand Hotel"), JSON.stringify(names(es)));
});

test("a name ending in Empire, Republic or Kingdom is a state, a place", () => {
  const es = entitiesOf("Traders crossed the Varossian Empire in 1700. Later the Tamsk Republic was declared.");
  assert.equal(byMention(es, "Varossian Empire")?.type, "location");
  assert.equal(byMention(es, "Tamsk Republic")?.type, "location");
});

test("names joined by an ampersand are a firm's, never one person's", () => {
  const es = entitiesOf("Dorn & Vale said on Monday that it would appeal, and Ann Lee agreed.");
  assert.equal(byMention(es, "Dorn & Vale")?.type, "organization");
  assert.deepEqual(names(es, "person"), ["Ann Lee"]);
});

test("a weekday, or a month after a word of time, before a name is a date, not the name's first word", () => {
  const es = entitiesOf(
    "Last Friday Tarrant won the final. From March to June Harlan exported more steel. April Vane spoke.",
  );
  assert.equal(byMention(es, "Friday Tarrant"), undefined);
  assert.equal(byMention(es, "June Harlan"), undefined);
  // A month with no word of time before it may be a given name.
  assert.equal(byMention(es, "April Vane")?.type, "person");
});

test("a weekday after a full name dates the event and is no part of the name", () => {
  const es = entitiesOf(
    "Police arrested Tom Vale Monday after a chase. Ann Rell will meet Foreign Minister Ivo Dal Brand Tuesday in Karvel. Sergeant Joe Friday said so.",
  );
  assert.deepEqual(names(es, "person"), ["Tom Vale", "Ann Rell", "Ivo Dal Brand", "Joe Friday"]);
});

test("a surname ending like a participle opens a sentence as a name when the text writes it after a given name", () => {
  const es = entitiesOf(
    'Envoy Peter Holed met the rebels on Friday.\n\n"The war is over," Holed told reporters.\n\nHoled said the deal would hold. Asked about it, Vera Lin smiled.',
  );
  const holed = byMention(es, "Peter Holed");
  assert.equal(holed?.mentions.filter((m) => m.text === "Holed").length, 2);
  assert.equal(byMention(es, "Asked"), undefined);
});

test("a Capitalised word joined to a participle is an adjective, no word of the name after it", () => {
  const es = entitiesOf(
    "The Tamsk-born Vantor Holdings chief left. President-elect Dana Reyes and Secretary Ban Ki-moon met.",
  );
  assert.ok(byMention(es, "Vantor Holdings"), JSON.stringify(names(es)));
  assert.equal(byMention(es, "Dana Reyes")?.type, "person");
  assert.equal(byMention(es, "Ban Ki-moon")?.type, "person");
});

test("a name right after a noun for a kind of body is that body's ('cybersecurity firm Zorvane')", () => {
  const es = entitiesOf(
    "Researchers at cybersecurity firm Zorvane said the chipmaker Vantel was hit. The firm Ann Lee founded grew.",
  );
  assert.equal(byMention(es, "Zorvane")?.type, "organization");
  assert.equal(byMention(es, "Vantel")?.type, "organization");
  assert.equal(byMention(es, "Ann Lee")?.type, "person");
});

test("a ship named with its prefix is no body or place, nor is its name repeated ('USS Tarrow … the Tarrow')", () => {
  const es = entitiesOf(
    "He served on the assault ship USS Tarrow in Norfolk. Plans for the Tarrow leaked, and HMS Dunmore sailed.",
  );
  assert.deepEqual(names(es), ["Norfolk"]);
});

test("a noun for a kind of body before a name closing the clause, or after it in apposition, makes it a body's", () => {
  const es = entitiesOf(
    "Ann Vale is a partner at the law firm Carl Hartley. Henry Dale, the Canadian mining company, says costs rose.",
  );
  assert.equal(byMention(es, "Carl Hartley")?.type, "organization");
  assert.equal(byMention(es, "Henry Dale")?.type, "organization");
  assert.equal(byMention(es, "Ann Vale")?.type, "person");
  const kept = entitiesOf("Tom Rell, a company director in Leeds, spoke. The firm Ann Vale founded grew.");
  assert.equal(byMention(kept, "Tom Rell")?.type, "person");
  assert.equal(byMention(kept, "Ann Vale")?.type, "person");
});

test("an apposition whose head is a person's role keeps the name a person's, whatever body its complement names ('a spokesman for the carmaker')", () => {
  const es = entitiesOf(
    "Tom Rell, a spokesman for the carmaker, said the plant would close. Dana Orr, an analyst at the bank, agreed.",
  );
  assert.equal(byMention(es, "Tom Rell")?.type, "person");
  assert.equal(byMention(es, "Dana Orr")?.type, "person");
  // The name in apposition to a noun for a kind of body is that body's.
  const paper = entitiesOf(
    "Ivo Rell, the editor of the city's evening newspaper, Dana Harwick, said the press was sold.",
  );
  assert.equal(byMention(paper, "Dana Harwick")?.type, "organization");
  assert.equal(byMention(paper, "Ivo Rell")?.type, "person");
});

test("a name a group is 'known as', or that closes the clause after a noun for a group, is a body's", () => {
  const es = entitiesOf(
    "Witnesses said a militant group known as Dar al-Vell was involved. Officials blamed the militia Vell Front.",
  );
  assert.equal(byMention(es, "Dar al-Vell")?.type, "organization");
  assert.equal(byMention(es, "Vell Front")?.type, "organization");
  // "known as" after a word for a person introduces that person's other name.
  const kept = entitiesOf("The driver, known as Tam Rell, was fined.");
  assert.equal(byMention(kept, "Tam Rell")?.type, "person");
});

test("a name given after 'a' and a noun for a kind of body and 'called' or 'named' is that body's, every time", () => {
  const es = entitiesOf(
    "He hired a data firm called Oxford Meridian last year. Oxford Meridian's fees rose. " +
      "A warm-up band called Kestrelhum played first.",
  );
  assert.equal(byMention(es, "Oxford Meridian")?.type, "organization");
  assert.equal(es.filter((e) => e.name === "Oxford Meridian").length, 1);
  assert.equal(byMention(es, "Kestrelhum")?.type, "organization");
  // "called" as a verb, and a run that is only the start of the body's name, give no body.
  const kept = entitiesOf("One lawmaker called Tom Vane a liar. Ann Roe leads a group called Citizens for Ann Roe.");
  assert.equal(byMention(kept, "Tom Vane")?.type, "person");
  assert.equal(byMention(kept, "Citizens"), undefined);
});

test("a capitalised plural after a word of quantity names a group; before a person's name it is no part of it", () => {
  const doc = buildDoc("Many Vantorians voted early, and most Vantorians backed Ohioans Jeb Rell and Ann Vale.");
  assert.deepEqual([...groupNouns(doc, new Set())], ["Vantorians"]);
  assert.deepEqual([...groupNouns(doc, new Set(["Vantorians"]))], []);
  const person = (rest: string) => rest === "Jeb Rell";
  assert.equal(
    leadingDescription(["Ohioans", "Jeb", "Rell"], () => false, person),
    true,
  );
  assert.equal(
    leadingDescription(
      ["Ohioans", "Tom", "Rell"],
      () => false,
      () => false,
    ),
    true,
  );
  assert.equal(
    leadingDescription(
      ["Friends", "Hall", "Trust"],
      () => false,
      () => false,
    ),
    false,
  );
});

test("a common word before one word of a person's full name is no part of a name ('Team Pellworth', 'Stop Dana')", () => {
  const es = entitiesOf(
    "Dana Pellworth won the primary on Tuesday. Team Pellworth had spent heavily, and a rival group ran ads saying Stop Dana. " +
      "Chip Marrow, a donor, said Marrow would give again. Ann Pellworth once served at Fort Pellworth.",
  );
  assert.deepEqual(names(es, "person").sort(), ["Ann Pellworth", "Chip Marrow", "Dana Pellworth"]);
  const dana = byMention(es, "Dana Pellworth");
  assert.ok(
    dana?.mentions.some((m) => m.text === "Dana"),
    "the slogan's name is hers",
  );
  assert.equal(byMention(es, "Team Pellworth"), undefined);
  assert.equal(byMention(es, "Fort Pellworth")?.type, "location");
});

test("a word joined to a participle in -ing opens no body's name ('the Vale-backing Civic Fund')", () => {
  const es = entitiesOf("Ads from the Vale-backing Civic Fund Trust ran all week.");
  assert.equal(byMention(es, "Civic Fund Trust")?.type, "organization");
  assert.equal(byMention(es, "Vale-backing Civic Fund Trust"), undefined);
});

test("'General' before a common word opens a body's name; before a surname it is a rank", () => {
  const es = entitiesOf("Analysts said General Lighting would cut jobs. General Hartley said the troops would stay.");
  assert.equal(byMention(es, "General Lighting")?.type, "organization");
  assert.equal(byMention(es, "General Hartley")?.type, "person");
});

test("the bare word parliament is the parliament of the country the text names; a member of parliament is a job", () => {
  const es = entitiesOf("Ukraine's ruling bloc lost ground in Parliament on Tuesday, officials in Ukraine said.");
  assert.deepEqual(names(es, "organization"), ["Parliament of Ukraine"]);
  const uk = entitiesOf("Ministers in London told parliament the plan was sound.");
  assert.deepEqual(names(uk, "organization"), ["Parliament of the United Kingdom"]);
  const job = entitiesOf("Ann Vale was a member of parliament for a decade.");
  assert.deepEqual(names(job, "organization"), []);
});

test("a town places the text in its country: the bare word parliament is that country's", () => {
  // No country named: the towns say where the text is (GeoNames: Adelaide is in Australia).
  const au = entitiesOf("Voters in Adelaide watched the budget reach the parliament on Thursday.");
  assert.deepEqual(names(au, "organization"), ["Parliament of Australia"]);
  // A town of the United Kingdom makes it the UK's, whatever other country the text names.
  const uk = entitiesOf("Russia denied the attack in Salisbury. Ann Vale told parliament that Russia was to blame.");
  assert.deepEqual(names(uk, "organization"), ["Parliament of the United Kingdom"]);
});

test("after a function word opening the sentence, a common first word of a name stays in it", () => {
  const es = entitiesOf("He talks in a new way.\n\nIn New Hampshire, Tom Rell has railed against the plan.");
  assert.equal(byMention(es, "New Hampshire")?.type, "location");
  assert.equal(byMention(es, "Hampshire"), undefined);
  const hall = entitiesOf("It was a long day for the band. At Long Harbour Hall, Tom Rell spoke.");
  assert.equal(byMention(hall, "Long Harbour Hall")?.type, "location");
});

test("a name inside two apostrophes or single curly marks is a title or a slogan, no person", () => {
  const es = entitiesOf(
    "Her group shares news about ''Tom Buses'' and camping. A ''Bernie or Bust'' crowd gathered. The headline ‘Ann Vale Leads’ drew traffic, said Jo Park.",
  );
  assert.deepEqual(names(es, "person"), ["Jo Park"]);
});

test("a state's initials with full stops name it anywhere ('in N.H. and Iowa')", () => {
  const es = entitiesOf("All eggs in N.H. and Iowa baskets, and a trip to S.C. next.");
  assert.equal(byMention(es, "N.H.")?.name, "New Hampshire");
  assert.equal(byMention(es, "S.C.")?.name, "South Carolina");
  assert.deepEqual(names(es, "organization"), []);
});

test("a plural form of address before a list is every name's title, no part of the first", () => {
  const es = entitiesOf("They decried the policies of Presidents Harlow and Denby last year.");
  assert.deepEqual(names(es, "person").sort(), ["Denby", "Harlow"]);
  assert.deepEqual(names(es, "organization"), []);
  assert.ok(!es.some((e) => e.mentions.some((m) => m.text.startsWith("Presidents"))));
});

test("a plural title before one word with no list after it names no one; a body's name ending in one is a title", () => {
  const es = entitiesOf("Crowds gathered at the Harbour Officers Memorial on Sunday. Senators Vane and Rell spoke.");
  assert.deepEqual(names(es, "person").sort(), ["Rell", "Vane"]);
  const titled = entitiesOf("The Speaker of the House of Representatives Harlow opened the session.");
  assert.deepEqual(names(titled, "person"), ["Harlow"]);
});

test("a bare weekday after a known place, an acronym or a surname dates it; before other words it names a day", () => {
  const es = entitiesOf(
    "Mara Linde spoke first. The ferry firm told KTRV Tuesday that boats would leave Bergen Monday, and Tom Haas thanked Linde Wednesday. Shops opened early on Black Friday.",
  );
  assert.equal(byMention(es, "KTRV")?.type, "organization");
  assert.equal(byMention(es, "Bergen")?.type, "location");
  assert.deepEqual(names(es, "person").sort(), ["Mara Linde", "Tom Haas"]);
  assert.equal(byMention(es, "Linde")?.name, "Mara Linde");
  assert.equal(byMention(es, "Black"), undefined);
  assert.equal(byMention(es, "Black Friday"), undefined);
});

test("a title in '-ss' or '-us' is one person's, no plural: the name after it stays a person", () => {
  const es = entitiesOf("Duchess Marit opened the orchard fair on Tuesday, and Empress Ilsa Varn sent a letter.");
  assert.equal(byMention(es, "Marit")?.type, "person");
  assert.equal(byMention(es, "Empress Ilsa Varn")?.name, "Ilsa Varn");
  // The plural still opens a list of people and is part of neither name.
  assert.deepEqual(names(entitiesOf("Senators Vane and Rell voted no."), "person").sort(), ["Rell", "Vane"]);
});

test("a word that is no given name opening a line before a surname the text gives in full is no part of the name", () => {
  const es = entitiesOf(
    "Vane backs the harbour plan;\nLongtime Vane ally quits board.\n\nMayor Ann Vane said on Monday that she would stay.",
  );
  assert.deepEqual(names(es, "person"), ["Ann Vane"]);
  // …but a name the text writes within a sentence elsewhere is a given name ("his wife Naira").
  const wife = entitiesOf("Rell visited his wife Naira in hospital.\n\nNaira Rell had an operation, Boris Rell said.");
  assert.ok(names(wife, "person").includes("Naira Rell"));
});

test("one word between two places of a list is a place; a full name there stays a person", () => {
  const es = entitiesOf("Ads ran in Tampa, Chester, Sheffield and Leeds.");
  assert.equal(byMention(es, "Chester")?.type, "location");
  const named = entitiesOf("Ads ran in Tampa, Dale Harlow and Leeds.");
  assert.equal(byMention(named, "Dale Harlow")?.type, "person");
});

test("a word joining a name to a common word in camel case is a brand's, no person's ('HuffPost Pollster')", () => {
  const es = entitiesOf("The figures come from HuffPost Pollster, she said. Tom McDonald and Ron DeSantis spoke.");
  assert.equal(byMention(es, "HuffPost Pollster")?.type, "organization");
  assert.equal(byMention(es, "Tom McDonald")?.type, "person");
  assert.equal(byMention(es, "Ron DeSantis")?.type, "person");
});

test("one word before a job noun and a person's full name qualifies the job, no second person", () => {
  const es = entitiesOf(
    "Police were warned about Chester gunman Tom Rell, but he struck. Daniel and Nettie Vane sued.",
  );
  assert.deepEqual(names(es, "person"), ["Tom Rell", "Daniel Vane", "Nettie Vane"]);
});

test("a known body's name opening a sentence after 'The' is read whole ('The Department of Justice')", () => {
  const es = entitiesOf("The Department of Justice is investigating the case.");
  assert.deepEqual(names(es, "organization"), ["United States Department of Justice"]);
});

test("capitals after a clock time or 'times' name a time zone, no body ('7 p.m. EDT')", () => {
  const es = entitiesOf(
    "The Latest on the race (all times EDT): at 7 p.m. EDT the vote closed, and at 9:30 CST the NRA met.",
  );
  assert.deepEqual(names(es, "organization"), ["NRA"]);
});

test("a closing mark typed where a quotation opens the sentence still opens it ('”Sadly, …')", () => {
  const es = entitiesOf("Ann Vale said so. ”Sadly, Tom Rell is wrong,” she said.");
  assert.deepEqual(names(es, "person"), ["Ann Vale", "Tom Rell"]);
});

test("one word before a given name and a surname the text names the person by is a title ('Miss Universe')", () => {
  const es = entitiesOf("Tom Rell mocked former Miss Universe Ann Vale on Monday. Ann Vale said it was cruel.");
  assert.deepEqual(names(es, "person"), ["Tom Rell", "Ann Vale"]);
});

test("the Arabic article joined to a capitalised name is part of the name", () => {
  const es = entitiesOf("Officials said President Harun al-Vessi met the envoy. Mr al-Vessi left on Friday.");
  const p = byMention(es, "Harun al-Vessi");
  assert.equal(p?.type, "person");
  assert.equal(byMention(es, "Mr al-Vessi"), p);
  assert.equal(byMention(es, "Harun"), undefined);
});

test("a league's name before a word for a match or a season is the competition, no body", () => {
  const es = entitiesOf("Wolfsburg lost a Vellmark League encounter. Orrin won a Tarrow League title.");
  assert.equal(byMention(es, "Vellmark League"), undefined);
  assert.equal(byMention(es, "Tarrow League"), undefined);
  const kept = entitiesOf("The Vellmark League fined the club.");
  assert.equal(byMention(kept, "Vellmark League")?.type, "organization");
});

test("the head of a hyphenated last word makes the run a body's name ('Harbour Pre-School')", () => {
  const es = entitiesOf(
    "The resident lives close to Harbour Pre-School in Tamsk. Staff at the Vell Consulate-General agreed.",
  );
  assert.equal(byMention(es, "Harbour Pre-School")?.type, "organization");
  assert.equal(byMention(es, "Vell Consulate-General")?.type, "organization");
});

test("a title word that is also a surname ends a name opening with a given name ('Anna Jean King won')", () => {
  const es = entitiesOf("Anna Jean King won the match. Frances Tarrow Chair said so.");
  assert.equal(byMention(es, "Anna Jean King")?.type, "person");
  // A title that is no surname stays a title: the person is "Frances Tarrow".
  assert.equal(byMention(es, "Frances Tarrow")?.type, "person");
});

test("a royal's title, a given name and a body's word that is no part of people's names name the body, not a person", () => {
  const es = entitiesOf("She was taken to Queen Maud Hospital after the fall, and Rep. Sally Hill visited her.");
  assert.deepEqual(names(es, "person"), ["Sally Hill"]);
  assert.equal(byMention(es, "Queen Maud Hospital")?.type, "organization");
});

test("a deliberative body names its subject after 'on' ('the Council on Harbour Tolls'), but not the day it met", () => {
  const es = entitiesOf(
    "A report by the Council on Harbour Tolls found that fees had doubled. " +
      "The Joint Committee on Vell Fisheries questioned Ana Koric. The Tamsk Council on Monday agreed.",
  );
  assert.equal(byMention(es, "Council on Harbour Tolls")?.type, "organization");
  assert.equal(byMention(es, "Joint Committee on Vell Fisheries")?.type, "organization");
  assert.equal(byMention(es, "Harbour Tolls"), undefined);
  assert.equal(byMention(es, "Ana Koric")?.type, "person");
  assert.equal(byMention(es, "Tamsk Council")?.type, "organization");
});

test("a camp, a barracks or a service's abbreviation before a town names a military site, a place; a unit stays a body", () => {
  const es = entitiesOf(
    "Troops left Camp Dellow for RAF Orton, and he was based at MoD Tarrow, also called Vessel Barracks. " +
      "RAF Regiment gunners and MoD Police helped.",
  );
  assert.equal(byMention(es, "Camp Dellow")?.type, "location");
  assert.equal(byMention(es, "RAF Orton")?.type, "location");
  assert.equal(byMention(es, "MoD Tarrow")?.type, "location");
  assert.equal(byMention(es, "Vessel Barracks")?.type, "location");
  assert.equal(byMention(es, "RAF Regiment")?.type, "organization");
  assert.equal(byMention(es, "MoD Police")?.type, "organization");
});

test("a name after an ordinal in figures holds it, and names no person ('21st Century Media', 'Century Fox')", () => {
  const es = entitiesOf("Shares of 21st Century Dellmark rose, and the 82nd Tarrow Division left on Monday.");
  assert.deepEqual(names(es, "person"), []);
  assert.ok(byMention(es, "82nd Tarrow Division"), "the division with its number");
  const firm = entitiesOf("The 9th Harbour Media Group bought the paper in May.");
  assert.equal(byMention(firm, "9th Harbour Media Group")?.type, "organization");
  // A title after the ordinal is a rank, and the name after it a person's ("1st Lt Ann Vale").
  assert.deepEqual(names(entitiesOf("1st Lt Ann Vale spoke on Monday."), "person"), ["Ann Vale"]);
});

test("a word after 'the 41-year-old' that the text writes after a given name is that person's surname", () => {
  const text =
    "Tomas Dellow was charged on Monday. The 41-year-old Dellow denied it. The 30-year-old Londoner with him said nothing.";
  for (const es of rulesAndTagger(text)) {
    assert.equal(byMention(es, "Tomas Dellow")?.mentions.length, 2);
    // A word no given name goes before is a description there, no one.
    assert.deepEqual(names(es, "person"), ["Tomas Dellow"]);
  }
});

test("a word WordNet has for one who heads a state or rules is a title before a name ('Taoiseach Dervla Quann')", () => {
  const es = entitiesOf(
    "The Taoiseach Dervla Quann met Emir Tamar Osk in Cork on Monday. Later Taoiseach Quann flew home.",
  );
  assert.deepEqual(names(es, "person").sort(), ["Dervla Quann", "Tamar Osk"]);
  assert.ok(byMention(es, "Quann")?.mentions.some((m) => m.text === "Dervla Quann"));
  // After a name such a word is a surname, not a title.
  assert.deepEqual(names(entitiesOf("Rami Tarek Kalif was questioned in Leeds."), "person"), ["Rami Tarek Kalif"]);
});

test("ranks joined by a hyphen make one title before a name, no part of it ('Lieutenant-Colonel Ansel Drury')", () => {
  const es = entitiesOf("Lieutenant-Colonel Ansel Drury told the inquiry that Vice-Admiral Hale had already left.");
  assert.deepEqual(names(es, "person").sort(), ["Ansel Drury", "Hale"]);
});

test("an office named after the officer who heads it is one body, with the place before it ('the Vell County Sheriff's Office')", () => {
  const es = entitiesOf(
    "The Vell County Sheriff's Office said two men were held. The Prime Minister's Office declined to comment, and Ann Roe's Office was shut.",
  );
  assert.equal(byMention(es, "Vell County Sheriff's Office")?.type, "organization");
  assert.equal(byMention(es, "Prime Minister's Office")?.type, "organization");
  // A person's possessive names no such body.
  assert.equal(byMention(es, "Ann Roe")?.type, "person");
  assert.equal(byMention(es, "Ann Roe's Office"), undefined);
});

test("inside a body's name the area it serves keeps its 'of' ('the District Court for the Northern District of Ohio')", () => {
  const text = "He appeared in the Tarnby District Court for the Northern District of Ohio on Monday.";
  const court = byMention(entitiesOf(text), "Tarnby District Court for the Northern District of Ohio");
  assert.equal(court?.type, "organization");
});

test("a place, an officer's possessive and 'office' in lower case make one body ('the Vell County sheriff's office')", () => {
  const es = entitiesOf("A spokesman for the Vell County sheriff's office in Tarnby said the road was shut.");
  assert.equal(byMention(es, "Vell County sheriff's office")?.type, "organization");
  assert.equal(byMention(es, "Vell County"), undefined);
});

test("'and' after a given name and a surname ends that person's name ('Ann Vale and Tom Banks')", () => {
  const es = entitiesOf("Fans cheered Ann Vale and Tom Banks, and secretary of State Lia Dorn and Ohio Sen. Ivo Rell.");
  assert.deepEqual(names(es, "person").sort(), ["Ann Vale", "Ivo Rell", "Lia Dorn"]);
  // The rules alone read "Banks" as a body's word; the tagger's reading of the list decides (combine.ts).
  assert.ok(byMention(es, "Tom Banks"));
  assert.equal(byMention(es, "Ohio")?.type, "location");
  // A body's name that goes on after it is one body: "and Company", a founder's full name and a body's word.
  const bodies = entitiesOf("Ann Vale and Company printed it. The Ann Vale and Tom Rell Foundation paid.");
  assert.deepEqual(names(bodies, "organization").sort(), ["Ann Vale and Company", "Ann Vale and Tom Rell Foundation"]);
  assert.deepEqual(names(bodies, "person"), []);
});

test("a common word between a known place and a title qualifies the title ('Georgia Political Editor Dana Rell')", () => {
  const es = entitiesOf("The paper named Georgia Political Editor Dana Rell to the post on Monday.");
  assert.deepEqual(names(es, "person"), ["Dana Rell"]);
  assert.equal(byMention(es, "Georgia")?.type, "location");
});

test("a designator between a listed body and a title qualifies the title ('White House Press Secretary Tova Linde')", () => {
  const es = entitiesOf("White House Press Secretary Tova Linde took questions from the lobby for an hour.");
  assert.deepEqual(names(es, "person"), ["Tova Linde"]);
  assert.deepEqual(names(es, "organization"), ["White House"]);
});

test("a place's designator between a country's name and a title qualifies the title ('U.S. District Judge Tova Linde')", () => {
  const es = entitiesOf(
    "U.S. District Judge Tova Linde set the hearing for May, after the harbour board asked for time.",
  );
  assert.deepEqual(names(es, "person"), ["Tova Linde"]);
  assert.equal(byMention(es, "U.S.")?.name, "United States");
  assert.equal(byMention(es, "U.S. District"), undefined);
});

test("a district between a state's or a county's name and a title qualifies the title ('Ohio District Judge Ann Roe')", () => {
  const es = entitiesOf(
    "Ohio District Judge Ann Roe set bail on Monday. Corran County District Attorney Tom Rell objected to it.",
  );
  assert.deepEqual(names(es, "person"), ["Ann Roe", "Tom Rell"]);
  assert.deepEqual(names(es, "location"), ["Ohio", "Corran County"]);
});

test("after a county's name, a noun for a person before a full name is the office held there ('Vell County Sheriff')", () => {
  const es = entitiesOf("Vell County Sheriff Dana Orrin said the road was shut until noon.");
  assert.deepEqual(names(es, "person"), ["Dana Orrin"]);
  assert.deepEqual(names(es, "location"), ["Vell County"]);
  // "Lake District" is one place: the district before the office is no qualifier of it.
  const lake = entitiesOf("Lake District Ranger Tom Vale led the walk across the fells.");
  assert.deepEqual(names(lake, "location"), ["Lake District"]);
});

test("after a county's name, a noun with any sense naming a person before a given name is the office ('Vell County Recorder')", () => {
  const es = entitiesOf("Polls shut at eight. Marrow County Recorder Lise Tanner apologised for the long queues.");
  assert.deepEqual([names(es, "location"), names(es, "person"), es.length], [["Marrow County"], ["Lise Tanner"], 2]);
});

test("a legislature's word after a state's name is that state's own body, named whole; before a noun the national one", () => {
  const es = entitiesOf("The bill cleared the Ohio Senate on Tuesday, and the Senate in Washington took it up in May.");
  assert.equal(byMention(es, "Ohio Senate")?.name, "Ohio Senate");
  assert.notEqual(byMention(es, "Senate"), byMention(es, "Ohio Senate"));
  const legislature = entitiesOf("Her years in the Florida Legislature ended when the term ran out.");
  assert.equal(byMention(legislature, "Florida Legislature")?.type, "organization");
  assert.deepEqual(names(legislature, "person"), []);
  assert.equal(byMention(entitiesOf("He lost his Ohio Senate race by a wide margin."), "Ohio Senate")?.name, "Senate");
});

test("a title-case headline with a verb capitalised inside it is a headline, also with a lower-case 'after'", () => {
  const es = entitiesOf(
    "Dana Vell Calls for Inquiry after Report Reveals Gaps.\n\nCouncillor Dana Vell said on Monday that the report showed gaps in the budget.",
  );
  assert.deepEqual(names(es, "person"), ["Dana Vell"]);
});

test("a common word opening the sentence before a demonym and a given name describes the person ('Controversial Irish Ann Hill')", () => {
  const es = entitiesOf("Controversial Irish Ann Hill said on Monday she would appeal the ban.");
  assert.deepEqual(names(es, "person"), ["Ann Hill"]);
  assert.deepEqual(names(es, "location"), []);
});

test("the plural of an abbreviated form of address is a title before the names it lists, no person ('Govs. Ann Roe and …')", () => {
  const es = entitiesOf(
    "“We will win,” former Ohio governor Tom Dace said.\n\nJoining him were two moderates: Dace and Govs. Ann Roe of Iowa and Lia Vell of Maine.",
  );
  assert.deepEqual(names(es, "person"), ["Tom Dace", "Ann Roe", "Lia Vell"]);
  assert.ok(es.flatMap((e) => e.mentions).every((m) => !m.text.startsWith(".")));
});

test("the plural of a surname the text gives a person names a family, no body ('the Kestrels')", () => {
  for (const es of rulesAndTagger(
    "Dana Kestrel founded the charity in 1998. The Kestrels said they would fund the new wing.",
  )) {
    assert.deepEqual(names(es, "person"), ["Dana Kestrel"]);
    assert.equal(byMention(es, "Kestrels"), undefined);
  }
});

test("between 'a' and 'report', a place and a Capitalised word after it name an outlet ('a Kenya Today report')", () => {
  for (const es of rulesAndTagger(
    "The arrests followed a Kenya Today report, and a U.S. investigation found nothing.",
  )) {
    assert.equal(byMention(es, "Kenya Today")?.type, "organization");
    assert.equal(byMention(es, "Kenya"), undefined);
    // A place alone before the word is where the work was done, no outlet.
    assert.equal(byMention(es, "U.S.")?.type, "location");
  }
});

test("an untyped word before 'brand' or 'products' names a brand, a body; a surname there stays the person's", () => {
  for (const es of rulesAndTagger(
    "Sales at the maker of Vellique and Harvo products rose. The wholesale arm of the Brisquet brand will close, Tom Vane said. Mr. Vane added that the Vane brand would stay.",
  )) {
    for (const brand of ["Vellique", "Harvo", "Brisquet"])
      assert.equal(byMention(es, brand)?.type, "organization", brand);
    assert.deepEqual(names(es, "person"), ["Tom Vane"]);
    assert.deepEqual(names(es, "organization").sort(), ["Brisquet", "Harvo", "Vellique"]);
  }
});

test("after a form of address a surname opens with its lower-case particles ('Mr. de Vallon')", () => {
  const es = entitiesOf("The talks with Mr. de Vallon ended late, and Dr. van der Moeren left before noon.");
  assert.deepEqual(names(es, "person").sort(), ["de Vallon", "van der Moeren"]);
});

test("a body's remit listed with commas after its 'of' or 'for' is one name, no stray body at its end", () => {
  const es = entitiesOf(
    "Officials at the Department for Farming, Media and Rural Towns met staff of the Bureau of Salt, " +
      "Timber, Fisheries and Explosives on Tuesday.",
  );
  assert.deepEqual(names(es, "organization").sort(), [
    "Bureau of Salt, Timber, Fisheries and Explosives",
    "Department for Farming, Media and Rural Towns",
  ]);
  // Bodies listed after one body's name stay apart: a listed name or a body's word ends the list.
  const apart = entitiesOf("The Ministry of Harbours, Home Office and Vell Coast Guard signed the plan.");
  assert.equal(byMention(apart, "Ministry of Harbours")?.type, "organization");
  assert.equal(byMention(apart, "Home Office")?.type, "organization");
});

test("a 'The' in capitals inside a sentence opens a body's title and is part of its name; a lower-case 'the' is not", () => {
  const es = entitiesOf(
    "Copies of The Harbour Gazette sold out, and Tom Vale said The Harbour Gazette would reprint. " +
      "Readers of the Harbour Gazette were told on Friday.",
  );
  const paper = byMention(es, "The Harbour Gazette");
  assert.equal(paper?.type, "organization");
  assert.equal(paper?.name, "The Harbour Gazette");
  assert.deepEqual(
    paper?.mentions.map((m) => m.text),
    ["The Harbour Gazette", "The Harbour Gazette", "Harbour Gazette"],
  );
});

test("a name of the list of people's names before a listed first name opens the person's name; a role or a title does not", () => {
  const es = entitiesOf(
    "Bartek Marta Okonjo, 50, was freed on Sunday. Londoner Anna Price met Defender Hassan Tull, " +
      "a Hall of Famer Omar Lusk and a town official, Lukasz Omar Rell.",
  );
  assert.deepEqual(names(es, "person").sort(), [
    "Anna Price",
    "Bartek Marta Okonjo",
    "Hassan Tull",
    "Lukasz Omar Rell",
    "Omar Lusk",
  ]);
});

test("a body's remit listed before its last word opens the name at the list's first item, after a comma too", () => {
  const es = entitiesOf(
    "Staff at the Ferry, Fisheries and Coast Office left on Friday. Ann Roe, Tom Vale and Harbour Office staff met.",
  );
  assert.equal(byMention(es, "Ferry, Fisheries and Coast Office")?.type, "organization");
  assert.equal(byMention(es, "Fisheries and Coast Office"), undefined);
  assert.ok(es.every((e) => e.mentions.every((m) => !m.text.startsWith("Roe,"))));
});

test("'HM' opens a Crown body's name, which goes on through its 'and'; a listed body after 'and' stays apart", () => {
  const es = entitiesOf(
    "The trader was fined by HM Revenue and Customs in May. HM Courts and Tribunals Service staff left. " +
      "HM Treasury and Home Office officials met.",
  );
  assert.equal(byMention(es, "HM Revenue and Customs")?.type, "organization");
  assert.equal(byMention(es, "HM Courts and Tribunals Service")?.type, "organization");
  assert.equal(byMention(es, "Home Office")?.type, "organization");
  assert.deepEqual(names(es, "person"), []);
});
