// Reported speech that the statement fields (#15) need found: a trailing cue that otherwise takes
// "that" ("…, a tribunal has heard."), adjuncts between a cue and "that", and a title holding
// "and" before the speaker's name. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'…, a tribunal has heard.': a trailing cue after its subject needs no 'that'", () => {
  const heard = find(
    quotes("The builder may have cut corners on the new bridge to save money, a tribunal has heard."),
    "cut corners",
  );
  assert.equal(heard.text, "The builder may have cut corners on the new bridge to save money");
  assert.equal(heard.cue?.text, "heard");
  assert.equal(heard.speaker, null);
  const noted = find(quotes("Sales of the new phone have slowed since March, the analysts noted."), "phone");
  assert.equal(noted.text, "Sales of the new phone have slowed since March");
  // An opening subordinate clause is no report; leading, the cue still needs "that".
  assert.equal(quotes("When the alarm sounded, the neighbours heard.").length, 0);
  assert.equal(quotes("The neighbours heard the alarm at midnight.").length, 0);
});

test("'Minister for Trade and Industry Ann Roe said': 'and' inside a title joins no second speaker", () => {
  const q = find(quotes("Minister for Trade and Industry Ann Roe said that the border would stay open."), "border");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(
    find(quotes("Mr Tom Cash and Mr Bill Berry said that the border would stay open."), "border").speaker,
    "Tom Cash",
  );
});

test("'X has won a seat and Y said': 'and' after a clause with a verb of its own joins no second speaker", () => {
  const after = find(
    quotes("Neither Tom Vale nor Ann Roe has won a county and Bill Stroud said that both should quit the race."),
    "quit",
  );
  assert.equal(after.speaker, "Bill Stroud");
  assert.equal(after.speakerMention?.text, "Bill Stroud");
  const asked = find(
    quotes("At the door, a reporter asked for a photo and Dana Crane said, “Only if it is quick.”"),
    "quick",
  );
  assert.equal(asked.speaker, "Dana Crane");
  assert.equal(asked.speakerMention?.text, "Dana Crane");
  // A past form before a noun modifies it, and "and" still joins two names.
  const pair = find(quotes("The retired Tom Vale and his wife Ann Roe said that they would move."), "move");
  assert.equal(pair.speaker, "Tom Vale");
});

test("'…, calling it “a waste,” Ann Roe said.': a participle before the quotation is part of what the closing attribution reports", () => {
  const q = find(
    quotes("The council has rejected the plan, calling it “a waste of money,” Ann Roe said as she left the hall."),
    "waste of money",
  );
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.kind, "mixed");
  assert.ok(q.text.startsWith("The council has rejected the plan"), q.text);
  // With no attribution after it, the participle reports its own subject.
  const own = find(quotes("Tom Vale rejected the plan, calling it “a waste of money,” and left."), "waste of money");
  assert.equal(own.speaker, "Tom Vale");
});

test("'said during an earlier hearing that', 'confirms for the first time that': adjuncts before 'that'", () => {
  const hearing = find(
    quotes("Detective Sergeant Ann Hale said during an earlier hearing that the van had been stolen."),
    "van",
  );
  assert.equal(hearing.text, "the van had been stolen");
  assert.equal(hearing.speaker, "Ann Hale");
  const briefing = find(quotes("Ann Hale said at a crowded press briefing that the van had been stolen."), "van");
  assert.equal(briefing.text, "the van had been stolen");
  const first = find(quotes("The report confirms for the first time that the council knew about the leak."), "leak");
  assert.equal(first.text, "the council knew about the leak");
});

test("'According to Judge Ann Roe, who led the inquiry, …': the relative clause describes the source, not the content", () => {
  const q = find(quotes("According to Judge Ann Roe, who led the inquiry, the fire was started on purpose."), "fire");
  assert.equal(q.text, "the fire was started on purpose");
  assert.equal(q.speaker, "Ann Roe");
});

test("'…, Ann Roe remarked.': any verb of saying that reports words is a parenthetical attribution set off after what was said", () => {
  for (const verb of ["remarked", "cautioned", "complained", "quipped", "observed", "countered", "recalled"]) {
    const after = find(quotes(`The mayor spoke on Monday. The new bridge was late, Ann Roe ${verb}.`), "bridge");
    assert.equal(after.text, "The new bridge was late", verb);
    assert.equal(after.speaker, "Ann Roe", verb);
    assert.equal(after.cue?.text, verb);
    const inverted = find(quotes(`The new bridge was late, ${verb} the mayor, Ann Roe, on Sunday.`), "bridge");
    assert.equal(inverted.speaker, "Ann Roe", verb);
    // With a pronoun for its subject, the clause after it is what was said.
    const leading = find(quotes(`Ann Roe is the mayor. She ${verb} it was late.`), "late");
    assert.equal(leading.speaker, "Ann Roe", verb);
    assert.equal(leading.text, "it was late", verb);
  }
  // So too a verb that needs "that" before its clause, inverted: "…, noted the mayor, Ann Roe".
  assert.equal(
    find(quotes("The new bridge was late, noted the mayor, Ann Roe, on Sunday."), "bridge").speaker,
    "Ann Roe",
  );
});

test("'…, denounced the plan.', '…, declined to comment.': no report where the verb acts on an object or is no past form set off", () => {
  const none = [
    "Tom Vale, who chairs the board of the Dunmore mill, denounced the plan.",
    "The Dunmore mill, which employs four hundred people, declined to comment.",
    "One after another, the three mills of Dunmore, including Vexa, declared bankruptcy.",
    "Ann Roe confronted him with disparaging remarks he had made about Tom Vale.",
    "Tom Vale, the mayor of Dunmore, refused to say, and the hall emptied.",
  ];
  for (const text of none) assert.equal(quotes(text).length, 0, text);
  // A cue handing over to a quotation reports that quotation, not the words before it.
  const joked = quotes("Still smiling after the long vote in the hall, Tom Vale joked, “We will need more chairs.”");
  assert.equal(joked.length, 1);
  assert.equal(joked[0].kind, "direct");
});

test("'The judge complained the men were late': a verb of saying that reports words takes a clause with a short subject too, not a noun with a relative clause", () => {
  const q = find(quotes("The judge complained the men were late for every hearing."), "were late");
  assert.equal(q.text, "the men were late for every hearing");
  assert.equal(q.cue?.text, "complained");
  // So does a pronoun subject with an adverb before its verb.
  const adverb = find(quotes("Ann Roe is the mayor. She complained he repeatedly ignored the board."), "ignored");
  assert.equal(adverb.text, "he repeatedly ignored the board");
  assert.equal(adverb.speaker, "Ann Roe");
  // ("recounted a talk she had": a subject pronoun after the noun opens a relative clause.)
  assert.equal(quotes("Ann Roe recounted a talk she had with Tom Vale in Dunmore.").length, 0);
  assert.equal(quotes("Ann Roe noted a change she had seen in the town.").length, 0);
});

test("a comma inside a later fragment's closing mark hands the clause to the attribution after it", () => {
  const text = "Taxes are “a burden on every family” and “a drag on growth,” Ana Ruiz said.";
  const q = find(quotes(text), "a drag on growth");
  assert.equal(q.kind, "mixed");
  assert.equal(q.speaker, "Ana Ruiz");
  assert.ok(!q.text.includes("Ana Ruiz said"), q.text);
});

test("a cue farther left with no person for its subject yields to the attribution the quotation hands over to", () => {
  const text =
    "While it is unclear how seats are assigned, members are asked to rank their choices, and the panel is less likely to be “packed with hardliners,” Tom Ruiz said.";
  assert.equal(find(quotes(text), "packed with hardliners").speaker, "Tom Ruiz");
  // (A cue whose subject is a person keeps the quotation its clause holds.)
  const person = "Ann Roe said the panel was less likely to be “packed with hardliners,” the paper reported.";
  assert.equal(find(quotes(person), "packed with hardliners").speaker, "Ann Roe");
});

test("an apposition between the speaker's name and a verb of manner ('Ann Roe, the former mayor, fumed') and the clause ending before the name", () => {
  const direct = "“Taxes are a drag on growth,” Ana Ruiz, the former mayor of Lisk, proclaimed to a cheering crowd.";
  assert.equal(find(quotes(direct), "drag on growth").speaker, "Ana Ruiz");
  const mixed = "Taxes are “a drag on growth,” Ana Ruiz, a former mayor, said on Monday.";
  const q = find(quotes(mixed), "drag on growth");
  assert.equal(q.speaker, "Ana Ruiz");
  assert.equal(q.text, "Taxes are “a drag on growth,”");
});

test("'Ann Roe, citing “…,” said the council could …': words running into an auxiliary after the cue are what was said, not an inverted speaker", () => {
  const text = "Ms. Roe, citing “the sheer size of the debt,” said the council could not borrow more.";
  const q = find(quotes(text), "sheer size");
  assert.equal(q.speaker, "Roe");
  assert.equal(q.speakerMention?.text, "Ms. Roe");
});

test("an inverted attribution after the rest of the clause a quotation sits in ('… limits of the deal, said Tom Vale')", () => {
  const text =
    "Any “serious” reading of the treaty, said Tom Vale, an expert on trade at Lisk University, would show its limits.";
  assert.equal(find(quotes(text), "serious").speaker, "Tom Vale");
  // (Not when a clause follows the cue: "the case" opens what was said.)
  const clause = "Although Vale spoke of “girls,” his deputy, Ann Roe, said the case involved ten women.";
  assert.ok(!find(quotes(clause), "girls").speakerMention?.text.startsWith("the case"));
});

test("a trailing attribution with two subjects joined by 'and', a hearer whose name ends in '-ed', an adjunct or a possessive after an inverted speaker", () => {
  for (const [text, speaker] of [
    ["The vote on the levy was close, Ann Roe and Tom Vale said.", "Ann Roe and Tom Vale"],
    ["The vote on the levy was close, dockers and union officials said.", "dockers and union officials"],
    ["The vote on the levy was close, the dockers told The Dunmore Associated Courier.", "the dockers"],
    ["The ferry uses the same old engine, said Ann Roe in an interview.", "Ann Roe"],
    ["The ferry uses the same old engine, said the mayor on Tuesday.", "the mayor"],
    [
      "The ferry uses the same old engine, said Ann Roe, the head of Lisk Watch, which tracks the rebels' ships.",
      "Ann Roe",
    ],
  ]) {
    const qs = quotes(text);
    assert.equal(qs.length, 1, text);
    assert.equal(qs[0].kind, "indirect", text);
    assert.equal(qs[0].speakerMention?.text, speaker, text);
  }
  // "and" right after the comma opens a clause, and a verb before the cue makes a predicate.
  assert.deepEqual(quotes("The vote on the levy was close, and Tom Vale said."), []);
  assert.deepEqual(
    quotes("For Ann Roe, the story of the old mill, which closed in 1981, is bleak and seldom told."),
    [],
  );
});

test("'…, but a few said otherwise': a cue that reports the opposite takes no quotation before it", () => {
  const opposite = [
    "Most tenants backed the “fair rent” plan, but a few said otherwise.",
    "Most tenants backed the “fair rent” plan, Ann Roe said otherwise.",
  ];
  assert.deepEqual(
    opposite.flatMap((text) => quotes(text).map((q) => q.text)),
    [],
  );
  // The trailing attribution with nothing after it still reports the clause.
  const said = quotes("Most tenants backed the “fair rent” plan, Ann Roe said.");
  assert.deepEqual(
    said.map((q) => [q.kind, q.text, q.speaker]),
    [["mixed", "Most tenants backed the “fair rent” plan", "Ann Roe"]],
  );
});

test("a trailing 'said', 'reported' or 'told' and its adjuncts may end at an appended phrase: '…, the board reported on Tuesday -- a shortfall …'", () => {
  const dash = find(
    quotes(
      "The ferry fund will run dry next year, Tom Vale said this week at a meeting in Dover — a rare rebuke of the harbour board.",
    ),
    "ferry fund",
  );
  assert.equal(dash.text, "The ferry fund will run dry next year");
  assert.equal(dash.speaker, "Tom Vale");
  const hyphens = find(
    quotes(
      "The ferry fund will run dry next year, the Dunmore Harbour Board reported on Tuesday -- a shortfall nobody on the council expected.",
    ),
    "ferry fund",
  );
  assert.equal(hyphens.cue?.text, "reported");
  // After a comma, a subordinate clause or a dated "two days after"; reading goes on past it.
  const because = quotes(
    "The tolls are unfair, Ann Roe said after a meeting with the board, because she said the lease had lapsed.",
  );
  assert.equal(find(because, "tolls").text, "The tolls are unfair");
  assert.equal(find(because, "tolls").speaker, "Ann Roe");
  assert.equal(find(because, "lease").text, "the lease had lapsed");
  const dated = find(
    quotes("The Dunmore Rowing Club will close in May, Ann Roe told reporters on Friday, two days after the vote."),
    "close",
  );
  assert.equal(dated.text, "The Dunmore Rowing Club will close in May");
  assert.equal(dated.speaker, "Ann Roe");
  // A verb with no subject of its own after the comma is a second predicate, no attribution.
  assert.equal(
    quotes("Ann Roe runs a bakery, writes a monthly newsletter and, on weekends, coaches the rowing team.").length,
    0,
  );
});

test("'…, Lena Marsh told her aides as she left.': a clause of time with a pronoun subject closes a trailing attribution, no report of its own", () => {
  const told = quotes(
    "The orchard tax is not about revenue, Lena Marsh told her closest aides as she drafted the speech.",
  );
  assert.equal(told.length, 1);
  assert.equal(told[0].text, "The orchard tax is not about revenue");
  assert.equal(told[0].speaker, "Lena Marsh");
  assert.equal(told[0].cue?.text, "told");
  const said = find(quotes("The choir will sing in the cathedral, Owen Pike said when they met on Sunday."), "choir");
  assert.equal(said.text, "The choir will sing in the cathedral");
  assert.equal(said.speaker, "Owen Pike");
  // Only a clause is reported: an opening adjunct and an adverb before the comma report nothing.
  assert.equal(quotes("At the close of the evening, however, Owen Pike said as he left.").length, 0);
});

test("a participle set off with only its time is the noun's, no attribution: 'the levy, announced late last month, is …'", () => {
  const q = find(
    quotes("The harbour board says the levy, announced late last month, is needed to repair the quay."),
    "repair the quay",
  );
  assert.equal(q.text, "the levy, announced late last month, is needed to repair the quay");
  assert.equal(q.cue?.text, "says");
  assert.equal(quotes("It was unclear if the closure, announced on Monday, would delay the ferry.").length, 0);
});
