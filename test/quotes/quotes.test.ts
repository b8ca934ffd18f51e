import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import type { Quote } from "../../src/core/schema.js";

const quotes = (text: string) => extract(text).quotes;
const marked = (text: string) => quotes(text).filter((q) => q.kind !== "indirect");
const find = (qs: Quote[], part: string) => {
  const q = qs.find((x) => x.text.includes(part));
  assert.ok(q, `no quote containing ${JSON.stringify(part)} in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
};

function assertOffsets(text: string, qs: Quote[]) {
  for (const q of qs) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speakerMention) assert.equal(text.slice(q.speakerMention.start, q.speakerMention.end), q.speakerMention.text);
  }
}

test("a curly quote after 'X said:' is direct, with the speaker's full name", () => {
  const text =
    "Margaret Hollis, 52, a former harbour master, was cleared on Tuesday.\n\nMs Hollis said: “I have waited four years for this day.”";
  const [q] = marked(text);
  assert.equal(q.kind, "direct");
  assert.equal(q.text, "I have waited four years for this day.");
  assert.equal(q.speaker, "Margaret Hollis");
  assert.equal(q.cue?.text, "said");
  assertOffsets(text, marked(text));
});

test("a quote split by its attribution gives two quotes with one speaker", () => {
  const text =
    'Council leader Peter Ashby spoke after the vote.\n\n"We did not take this lightly," Mr Ashby said. "But the budget left us no choice."';
  const qs = marked(text);
  assert.equal(qs.length, 2);
  assert.equal(qs[0].text, "We did not take this lightly");
  assert.equal(qs[1].text, "But the budget left us no choice.");
  assert.deepEqual(
    qs.map((q) => q.speaker),
    ["Peter Ashby", "Peter Ashby"],
  );
});

test("inverted cues after the quote: 'said Dominic Ward' and 'added the coach'", () => {
  const text = "“The lads gave everything tonight,” said Dominic Ward, the Rovers manager.";
  const [q] = marked(text);
  assert.equal(q.text, "The lads gave everything tonight");
  assert.equal(q.speaker, "Dominic Ward");
});

test("apostrophes inside words are never quotation marks", () => {
  const text = "Ms Kearns's office said the club's decision wasn't final and Albion’s fans shouldn’t worry.";
  assert.equal(marked(text).length, 0);
});

test("British single quotes and nested quotes", () => {
  const text =
    "Helen Marsh told the inquiry: ‘I was told it was safe.’\n\nShe added: “The engineer said, ‘Don’t worry about the cracks,’ and I believed him.”";
  const qs = marked(text);
  assert.equal(qs.length, 2);
  assert.equal(qs[0].text, "I was told it was safe.");
  assert.equal(qs[0].speaker, "Helen Marsh");
  assert.ok(qs[1].text.includes("‘Don’t worry about the cracks,’"));
  assert.equal(qs[1].speaker, "Helen Marsh");
});

test("a multi-paragraph quote: one quote per paragraph, one speaker, no cue needed on the later ones", () => {
  const text = [
    "Alan Pryce, the chief constable, told reporters: “We made mistakes in the first week.",
    "“We have apologised to the family and we will keep apologising.",
    "“Nothing like this will happen again.”",
    "The force has referred itself to the watchdog.",
  ].join("\n\n");
  const qs = marked(text);
  assert.equal(qs.length, 3);
  for (const q of qs) assert.equal(q.speaker, "Alan Pryce");
  assert.equal(qs[2].text, "Nothing like this will happen again.");
  assertOffsets(text, qs);
});

test("pronouns resolve to the right named person", () => {
  const text = [
    "Sarah Okafor met Mr Jonathan Reid at the hearing.",
    "“I expected more from the council,” she said.",
    "He replied: “We followed the law.”",
  ].join("\n\n");
  const qs = marked(text);
  assert.equal(find(qs, "expected more").speaker, "Sarah Okafor");
  assert.equal(find(qs, "followed the law").speaker, "Jonathan Reid");
});

test("organisations speak: 'the Environment Agency said', 'a Treasury spokesman said'", () => {
  const text = [
    "The Environment Agency said the river was “no longer safe for swimming”.",
    "A Treasury spokesman said it was “too early to comment on the figures”.",
  ].join("\n\n");
  const qs = marked(text);
  const agency = find(qs, "no longer safe");
  assert.equal(agency.kind, "mixed");
  assert.equal(agency.text, "the river was “no longer safe for swimming”");
  assert.match(String(agency.speaker), /Environment Agency/);
  assert.match(String(find(qs, "too early").speaker), /Treasury/);
});

test("the hearer is never taken for the speaker", () => {
  const text = "Tom Whitely told The Guardian: “The inquiry must be public.”";
  const [q] = marked(text);
  assert.equal(q.speaker, "Tom Whitely");
});

test("a lawyer speaks for a client but is not the client", () => {
  const text = "Daniel Voss was released on Friday. Mr Voss's lawyer said he was “relieved and exhausted”.";
  const [q] = marked(text);
  assert.equal(q.kind, "mixed");
  assert.equal(q.speaker, null);
});

test("scare quotes with nobody saying them are not quotes", () => {
  const text = "The so-called “golden visa” scheme was closed last year after a review.";
  assert.equal(marked(text).length, 0);
});

test("a mixed quote's text is the whole reported clause; coordinated speech verbs start a new one", () => {
  const text = "Moscow dismissed the report as a “crude fabrication” and claimed it was “written in London”.";
  const qs = marked(text);
  assert.deepEqual(
    qs.map((q) => q.text),
    ["the report as a “crude fabrication”", "it was “written in London”"],
  );
});

test("transcript labels name the speaker without a verb", () => {
  const text = "Keith Morrow, Finance Minister: “This budget pays its way.”";
  const [q] = marked(text);
  assert.equal(q.speaker, "Keith Morrow");
  assert.equal(q.cue, null);
  // A headline's "On" ends the speaker and opens the topic: "X On Y: “…”".
  const [h] = marked("Harbour Board Chair On The Levy: “We Will Not Raise Fares.”\n\nThe board met on Monday.");
  assert.equal(h.speakerMention?.text, "Harbour Board Chair");
});

test("indirect speech: 'X said (that) …' and 'according to X, …'", () => {
  const text = [
    "Chief Inspector Ruth Bellamy said that no arrests had been made.",
    "According to the Met Office, the storm will reach the coast by midnight.",
  ].join("\n\n");
  const ind = quotes(text).filter((q) => q.kind === "indirect");
  assert.equal(find(ind, "no arrests").text, "no arrests had been made");
  assert.equal(find(ind, "no arrests").speaker, "Ruth Bellamy");
  assert.equal(find(ind, "storm").text, "the storm will reach the coast by midnight");
  assert.match(String(find(ind, "storm").speaker), /Met Office/);
});

test("unbalanced marks are recovered at the paragraph end, never a crash", () => {
  const text = 'Jane Doyle said: “We will appeal\n\nThe ruling came late on Friday. He said "maybe';
  const qs = marked(text);
  assert.ok(qs.length >= 1);
  assert.equal(qs[0].text, "We will appeal");
  assertOffsets(text, qs);
});

test("nominal speakers: 'the company said', 'analysts at X said', 'the Spaniard added'", () => {
  const text = [
    "Shares in Northwind Holdings fell after the company said profits would be “well below” forecasts.",
    "Analysts at Barclays said the news was “a serious blow” to confidence.",
    "Arsenal manager Mikel Arteta said his side “deserved more” from the game.",
    "The Spaniard added that the squad would be assessed on Monday.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "well below").speaker, "Northwind Holdings");
  assert.equal(find(qs, "serious blow").speaker, "Barclays");
  assert.equal(find(qs, "the news was").text, "the news was “a serious blow” to confidence");
  assert.equal(find(qs, "squad would be assessed").speaker, "Mikel Arteta");
});

test("a participle reports its sentence's subject; a noun in -ing is not a cue", () => {
  const text =
    "The regulator fined the bank £2m on Monday, saying its controls were “wholly inadequate”.\n\nThe warning was “long overdue”, said Priya Natarajan, a consumer campaigner.";
  const qs = marked(text);
  assert.equal(find(qs, "wholly inadequate").text, "its controls were “wholly inadequate”");
  assert.equal(find(qs, "long overdue").speaker, "Priya Natarajan");
});

test("indirect speech after adjuncts, in trailing and parenthetical attributions, and with participles", () => {
  const text = [
    "Detective Inspector Mark Bolton said on Monday that two men had been arrested in Leeds.",
    "The suspects were released on bail pending further inquiries, West Yorkshire Police said.",
    "Burglaries, Mr Bolton says, have fallen by a third since the spring.",
    "The landlord denied the charges against him.",
  ].join("\n\n");
  const ind = quotes(text).filter((q) => q.kind === "indirect");
  assert.equal(find(ind, "two men").text, "two men had been arrested in Leeds");
  assert.equal(find(ind, "two men").speaker, "Mark Bolton");
  assert.equal(find(ind, "released on bail").text, "The suspects were released on bail pending further inquiries");
  assert.match(String(find(ind, "released on bail").speaker), /West Yorkshire Police/);
  assert.equal(find(ind, "Burglaries").speaker, "Mark Bolton");
  assert.ok(!ind.some((q) => q.text.includes("charges against him")), "a denied noun phrase is not reported speech");
});

test("'the court heard' names no speaker; a colon hands the words to the nearest subject; quoted names are labels", () => {
  const text = [
    "Omar Haddad, 41, is accused of fraud.",
    "Southwark Crown Court heard that he wired the money to a contact who used the alias “Peter Grey”, and sent the text: “It is done.”",
  ].join("\n\n");
  const qs = marked(text);
  const done = find(qs, "It is done.");
  assert.equal(done.kind, "direct");
  assert.equal(done.speaker, "Omar Haddad");
  const heard = qs.find((q) => q.text.includes("wired the money"));
  if (heard) assert.equal(heard.speaker, null);
});

test("'according to X, …' with a quoted fragment: the clause after the source; pronouns skip a broken chain", () => {
  const text = [
    "According to the Football Association, the injury is “not serious”.",
    "Mr Tom Harris said the club was “in good hands”. Speaking later, Mr Paul Greer declined to comment on the sale.",
    "But he did tell reporters he was “very relaxed” about the deadline.",
  ].join("\n\n");
  const qs = marked(text);
  assert.equal(find(qs, "not serious").text, "the injury is “not serious”");
  assert.match(String(find(qs, "not serious").speaker), /Football Association/);
  assert.equal(find(qs, "very relaxed").speaker, "Paul Greer");
});

test("datelines are not subjects; 'the newspaper' is the latest newspaper, not a place in its phrase", () => {
  const text = [
    "GLASGOW (Reuters) – The Lowland Herald on Friday backed the merger, saying it would protect jobs.",
    "“The deal is the best available,” the Scottish newspaper wrote, adding, “no other bidder came close.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.match(String(find(qs, "protect jobs").speaker), /Lowland Herald/);
  assert.match(String(find(qs, "best available").speaker), /Lowland Herald/);
  assert.match(String(find(qs, "no other bidder").speaker), /Lowland Herald/);
});

test("indirect speech: 'said the agency plans …' and 'said, too, that …'", () => {
  const text = [
    "Superintendent Carla Munro said the force expects more arrests in the coming weeks.",
    "The judge, Emily Shaw, said, too, that she would consider a shorter sentence.",
  ].join("\n\n");
  const ind = quotes(text).filter((q) => q.kind === "indirect");
  assert.equal(find(ind, "the force expects").text, "the force expects more arrests in the coming weeks");
  assert.equal(find(ind, "the force expects").speaker, "Carla Munro");
  assert.equal(find(ind, "shorter sentence").text, "she would consider a shorter sentence");
  assert.equal(find(ind, "shorter sentence").speaker, "Emily Shaw");
});

test("coordinated reported clauses: the one without quotation marks is indirect speech, the one with them direct or mixed", () => {
  const text = [
    "Councillor Ruth Adeyemi criticised the closure of the library.",
    'The council added that the building had failed two safety inspections, and that "no decision is final until the consultation ends".',
    "She said that the staff had been told in March and that they would be 'looked after'.",
    "Mr Hale said that he had 'idolised' spies and that he had been 'obsessed' with them.",
    'Mr Hale said that Smith and Jones "were lying".',
  ].join("\n\n");
  const all = quotes(text);
  const ind = all.filter((q) => q.kind === "indirect");
  assert.equal(find(ind, "safety inspections").text, "the building had failed two safety inspections");
  assert.equal(find(marked(text), "no decision is final").kind, "direct");
  assert.equal(find(ind, "told in March").text, "the staff had been told in March");
  assert.equal(find(marked(text), "looked after").text, "they would be 'looked after'");
  // Both clauses quote: one mixed quote. Two names joined by "and" are no second clause.
  assert.equal(
    find(marked(text), "idolised").text,
    "he had 'idolised' spies and that he had been 'obsessed' with them",
  );
  assert.equal(find(marked(text), "were lying").text, 'Smith and Jones "were lying"');
  assert.equal(ind.length, 2, JSON.stringify(ind.map((q) => q.text)));
});

test("'the council said' with no council named is nobody, not the councillor named before", () => {
  const text = [
    "Councillor Ruth Adeyemi criticised the closure of the library.",
    "The council said that the building had failed two safety inspections.",
    'Leeds City Council owns the site. The council said: "No decision is final."',
  ].join("\n\n");
  const all = quotes(text);
  assert.equal(find(all, "safety inspections").speaker, null);
  assert.equal(find(all, "No decision is final").speaker, "Leeds City Council");
});

test("a quotation inside a reported clause with a trailing attribution is one mixed quote, not a direct one plus indirect speech", () => {
  const text = [
    "Senator Alma Reyes questioned the bank's chief executive for three hours.",
    "A cashier who “steals a handful of $20s” is held accountable, Reyes said. Bank executives are not.",
    "In a statement, “we will answer every question put to us,” the bank said.",
  ].join("\n\n");
  const all = quotes(text);
  const cashier = find(all, "cashier");
  assert.equal(cashier.kind, "mixed");
  assert.equal(cashier.text, "A cashier who “steals a handful of $20s” is held accountable");
  assert.equal(cashier.speaker, "Alma Reyes");
  assert.equal(all.filter((q) => q.text.includes("handful")).length, 1);
  assert.equal(find(all, "answer every question").kind, "direct");
});

test("a mixed quote's text starts at a word, never at the punctuation after its cue", () => {
  const text =
    "Senator Alma Reyes spoke first. “This is wrong,” Reyes said, referencing the bank’s drive to “cross-sell” accounts to its customers.";
  for (const q of quotes(text)) assert.match(q.text, /^[\p{L}\p{N}“"‘']/u, JSON.stringify(q.text));
});

test("a title in quotation marks standing as the subject of a verb is no quote", () => {
  const text = [
    "Singer Dana Frost performed for the candidate on Tuesday.",
    "“Northern Lights (Live at Leeds)” was written by Frost after a tour in 2009.",
    "“The Harbour” has been nominated for six awards, the academy said.",
    "“We will fight this” is what she told the crowd.",
  ].join("\n\n");
  const all = quotes(text);
  assert.ok(
    !all.some((q) => q.text.includes("Northern Lights") || q.text.includes("The Harbour")),
    JSON.stringify(all),
  );
  assert.equal(find(all, "We will fight this").kind, "direct");
});

test("a title owned or placed ('on Channel 9’s “Morning Hour,”') is no quote, and the quotation after it stays whole", () => {
  const text = [
    "Ann Roe, the mayor of Dunmore, spoke to reporters on Tuesday.",
    "“We will rebuild the bridge before winter,” Roe said on Channel 9’s “Morning Hour,” adding, “Nobody will be left behind.”",
    "Tom Vale answered on Wednesday, stating on Radio Dunmore’s “Early Show” that Roe’s “judgment” was “clearly lacking.”",
  ].join("\n\n");
  const all = quotes(text);
  assert.ok(!all.some((q) => q.text.includes("Morning Hour") || q.text.includes("Early Show")), JSON.stringify(all));
  const last = find(all, "Nobody will be left behind");
  assert.equal(last.kind, "direct");
  assert.equal(last.text, "Nobody will be left behind.");
  assert.equal(last.speaker, "Ann Roe");
  const judgment = find(all, "clearly lacking");
  assert.equal(judgment.kind, "mixed");
  assert.equal(judgment.speaker, "Tom Vale");
});

test("a dateline with a date ('WASHINGTON, Dec. 8 (UPI) —') is never the subject that speaks", () => {
  const text =
    "WASHINGTON, Dec. 8 (UPI) — In response to the proposal, Senator Ada Brennan rallied supporters, saying: “We have to be ready to stop him.”";
  const q = find(quotes(text), "ready to stop him");
  assert.equal(q.speaker, "Ada Brennan");
});

test("'X, 35, the daughter of …, said on Twitter on Monday, in reference to …, “…”' is a direct quote of X", () => {
  const text =
    "Maya Ortiz is expecting a second child. Ortiz, 35, the daughter of former governor Luis Ortega, said on Twitter on Monday, in reference to her first child, a girl born in 2014, “Next summer, Lucia is going to be a big sister!”";
  const q = find(quotes(text), "big sister");
  assert.equal(q.kind, "direct");
  assert.equal(q.speaker, "Maya Ortiz");
});

test("indirect speech before a trailing attribution leaves the dateline out", () => {
  const text = [
    "LONDON, May 3 (Reuters) — Hackers accessed the server logs for months, the Home Office said.",
    "WASHINGTON (AP) — Senator Ada Brennan holds shares in three of the firms, according to a disclosure filed on Tuesday.",
  ].join("\n\n");
  const ind = quotes(text).filter((q) => q.kind === "indirect");
  assert.equal(find(ind, "Hackers").text, "Hackers accessed the server logs for months");
  assert.equal(find(ind, "holds shares").text, "Senator Ada Brennan holds shares in three of the firms");
});

test("a mixed quote inside a clause between a subject and its verb ends at the comma that closes the clause", () => {
  const reports: Array<[sentence: string, content: string]> = [
    ["Ann Roe, who said the levy was “a tax on the poor,” left the board in May.", "the levy was “a tax on the poor,”"],
    [
      "Tom Vale, who has said the levy is “a tax on the poor”, will vote against it.",
      "the levy is “a tax on the poor”",
    ],
    ["The levy, which Tom Vale called “a tax on the poor,” was passed in May.", "“a tax on the poor,”"],
  ];
  for (const [sentence, content] of reports) assert.equal(find(marked(sentence), "poor").text, content, sentence);
});

test("a mixed quote in a restrictive relative clause of the subject ends before the main verb after its mark", () => {
  const sentences = [
    "Voters who said the levy was “a tax on the poor” turned out in force on Tuesday.",
    "Tenants who said the rent rise was “simply unfair” marched to the town hall.",
  ];
  assert.deepEqual(
    sentences.map((sentence) => find(marked(sentence), "“").text),
    ["the levy was “a tax on the poor”", "the rent rise was “simply unfair”"],
  );
  // An adverb quoted inside the reported clause leaves it going on past the mark.
  const adverb = find(marked("Voters who said the board had “quietly” approved the levy were angry."), "“");
  assert.ok(adverb.text.includes("approved the levy"), adverb.text);
});

test("a comma inside a mixed quote's closing mark ends the clause before a new report or act, as one after the mark does", () => {
  const ends: Array<[sentence: string, content: string]> = [
    [
      "Ann Roe said the levy was “a tax on the poor,” adding that it would be scrapped by May.",
      "the levy was “a tax on the poor,”",
    ],
    [
      "Ann Roe said the levy was “a tax on the poor,” but pledged to keep the ferry.",
      "the levy was “a tax on the poor,”",
    ],
    ["Ann Roe said the levy was “a tax on the poor,” but the council disagreed.", "the levy was “a tax on the poor,”"],
  ];
  for (const [sentence, content] of ends) assert.equal(find(marked(sentence), "poor").text, content, sentence);
  // More of the reported predicate goes on, and so does a second "that" clause of the same report.
  assert.equal(
    find(marked("Ann Roe said the levy was “not cheap,” but is fair to every family."), "cheap").text,
    "the levy was “not cheap,” but is fair to every family",
  );
  assert.equal(
    find(marked("Ann Roe said the levy was “a tax on the poor”, and that it would go by May."), "poor").text,
    "the levy was “a tax on the poor”, and that it would go by May",
  );
});

test("a mixed quote runs on through a second predicate that holds quoted words of its own; a new report or act still ends it", () => {
  const [q] = marked("The board said an audit found “40 faults” and resulted in “overdue” repairs to the cameras.");
  assert.equal(q.text, "an audit found “40 faults” and resulted in “overdue” repairs to the cameras");
  // The subject's next act, with no quoted words, is the writer's.
  assert.deepEqual(
    marked("Ann Roe said the plan was “a sham” and walked out of the hall.").map((x) => x.text),
    ["the plan was “a sham”"],
  );
  // A verb of saying or of appeal after "and" opens a report of its own.
  assert.deepEqual(
    marked("Ann Roe condemned the “cruel attack” and declared a “day of mourning” for Dover.").map((x) => x.text),
    ["the “cruel attack”", "a “day of mourning” for Dover"],
  );
});

test("a long fragment with no cue of its own, in the sentence of a mixed quote whose cue is on its left, is more of that report", () => {
  const text = [
    "Harbour master Ines Varga spoke to the Lindenfeld council on Monday.",
    "Varga warned that the dock levy was “a tax on every trawler” while “the yacht owners pay nothing at all.”",
    "She added that the crews were “tired” when “the ferry timetable keeps changing every single month.”",
  ].join("\n\n");
  const all = marked(text);
  assert.deepEqual(
    all.map((q) => [q.text, q.cue?.text, q.speaker]),
    [
      [
        "the dock levy was “a tax on every trawler” while “the yacht owners pay nothing at all.”",
        "warned",
        "Ines Varga",
      ],
      ["the crews were “tired” when “the ferry timetable keeps changing every single month.”", "added", "Ines Varga"],
    ],
  );
  assertOffsets(text, all);
});

test("words that trail off ('…') close a quotation, and the next sentence naming only a speaker and a cue attributes it", () => {
  const text = [
    "Tom Vale asked whether the mill would reopen.",
    "“We are going to look at a lot of options…” Ann Roe said. “Really?” Tom Vale asked.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "lot of options").speaker, "Ann Roe");
  assert.equal(find(qs, "Really").speaker, "Tom Vale");
});

test("a mixed quote ends at its closing mark when the attribution after it has no comma of its own", () => {
  const text = [
    "Councillor Ines Varga met the harbour board on Monday.",
    "The new ferry timetable was “a gift to the tourists and nobody else,” she said.",
    "Dock fees are “far too high for the fishing crews,” Varga added.",
  ].join("\n\n");
  const all = quotes(text);
  const gift = find(all, "gift to the tourists");
  assert.equal(gift.kind, "mixed");
  assert.equal(gift.text, "The new ferry timetable was “a gift to the tourists and nobody else,”");
  const fees = find(all, "fishing crews");
  assert.equal(fees.text, "Dock fees are “far too high for the fishing crews,”");
});

test("a preposition the cue takes is no part of a mixed quote: 'called for', 'warned of', 'referred to … as'", () => {
  const text = [
    "Mayor Ottilie Brand spoke at the Lindenfeld town hall on Tuesday.",
    "She called for a “complete overhaul” of the tram network.",
    "Brand warned of a “long and costly” winter for the city's bus drivers.",
    "Brand referred to the transit board as “a club of sleepwalkers.”",
    "Brand vowed to “fight every fare rise” in the council.",
  ].join("\n\n");
  const all = quotes(text);
  assert.equal(find(all, "complete overhaul").text, "a “complete overhaul” of the tram network");
  assert.equal(find(all, "long and costly").text, "a “long and costly” winter for the city's bus drivers");
  assert.equal(find(all, "sleepwalkers").text, "the transit board as “a club of sleepwalkers.”");
  // An infinitive's "to" opens what was said.
  assert.equal(find(all, "fight every fare").text, "to “fight every fare rise” in the council");
});

test("a restrictive 'who said' whose clause runs to the quotation is its cue, not the verb it hangs on", () => {
  const thanked = find(marked("The mayor thanked voters who said the levy was “a tax on the poor.”"), "poor");
  assert.deepEqual([thanked.cue?.text, thanked.text], ["said", "the levy was “a tax on the poor.”"]);
  // A second verb before the quotation is the outer clause's: the outer cue reports.
  const outer = find(marked("Ann Roe said anyone who says the levy is fair is “a fool.”"), "fool");
  assert.deepEqual([outer.cue?.text, outer.speaker], ["said", "Ann Roe"]);
});
