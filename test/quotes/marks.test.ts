// Quotation marks as English copy prints them, including the house styles and slips that the dev
// articles do not show. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a right double mark at a paragraph's start or after a space opens a quotation", () => {
  const qs = quotes(
    [
      "”We will appeal against this ruling at the first chance we get,” said Ann Roe.",
      "The hearing ended early. ” … and then we will see what happens,” Ms Roe wrote.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "appeal against").text, "We will appeal against this ruling at the first chance we get");
  assert.equal(find(qs, "appeal against").speaker, "Ann Roe");
  assert.equal(find(qs, "see what happens").cue?.text, "wrote");
  // A right mark after a word still only closes: no quotation opens at "said ” and".
  assert.equal(quotes("The plan was “dead in the water ” and nobody objected.").length, 0);
});

test("a quotation that lost its closing mark where the next one opens keeps the words, and the speaker named after the next", () => {
  const text = [
    "Ann Roe spoke first. “Nothing is settled yet in this dispute,” Roe said.",
    "The Harbour Board confirmed that it is facing a disruption.",
    "“All our plans have been activated. Operations are continuing as normal. “Ferries are running on every route,” the Harbour Board said.",
  ].join("\n\n");
  const qs = quotes(text);
  const lost = find(qs, "plans have been activated");
  assert.equal(lost.text, "All our plans have been activated. Operations are continuing as normal.");
  assert.equal(lost.speaker, "Harbour Board");
  assert.equal(find(qs, "Ferries are running").speaker, "Harbour Board");
});

test("British single quotes: a plural possessive inside is no closing mark", () => {
  const qs = quotes(
    [
      "Ann Roe said: ‘The officers’ evidence was clear and the jury accepted it.’",
      "'The boys' bikes were stolen from the yard,' Ms Roe told the court.",
      "The minister called for ‘an end to the killings’ and ‘a return to talks’.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "officers").text, "The officers’ evidence was clear and the jury accepted it.");
  assert.equal(find(qs, "officers").kind, "direct");
  assert.equal(find(qs, "bikes").text, "The boys' bikes were stolen from the yard");
  // Two quoted fragments stay two fragments of one clause, not one span from the first mark to the last.
  assert.match(find(qs, "killings").text, /‘an end to the killings’ and ‘a return to talks’/);
});

test("British single quotes run over paragraphs: an opening mark on each, the closing one on the last", () => {
  const qs = quotes(
    [
      "‘This is not over,’ Ann Roe said. ‘We have only just begun to look at the accounts.",
      "‘The next stage of the inquiry starts on Monday.’",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "only just begun").text, "We have only just begun to look at the accounts.");
  assert.equal(find(qs, "only just begun").speaker, "Ann Roe");
  assert.equal(find(qs, "next stage").speaker, "Ann Roe");
  // Without the reopened paragraph, an unclosed single mark is an apostrophe and opens nothing.
  assert.equal(quotes("The MPs’ report came out.\n\nIts authors’ view was firm.").length, 0);
});

test("'as X put it' reports the words quoted, before or after them", () => {
  const qs = quotes(
    [
      "As Tom Vale, a professor of law, put it, “The court has never had to decide this question before.”",
      "“Nobody reads the small print any more,” as Ann Roe put it last week.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "never had to decide").kind, "direct");
  assert.equal(find(qs, "never had to decide").speaker, "Tom Vale");
  assert.equal(find(qs, "small print").speaker, "Ann Roe");
  assert.equal(find(qs, "small print").cue?.text, "put it");
});

test("a quoted order after 'told / urged X to' is the utterance itself", () => {
  const qs = quotes(
    [
      "Ann Roe told her colleagues to “back me or sack me” over the budget.",
      "Tom Vale told Ms Lee that the alert had been issued to “distract attention”.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "back me").kind, "direct");
  assert.equal(find(qs, "back me").text, "back me or sack me");
  assert.equal(find(qs, "back me").speaker, "Ann Roe");
  // "to" inside a reported clause ("that … issued to") is no order.
  assert.equal(find(qs, "distract attention").kind, "mixed");
});

test("a long quoted fragment with no cue in its sentence is a quotation of the source around it", () => {
  const qs = quotes(
    [
      "“The firm has always denied any wrongdoing,” the Harbour Board said on Monday.",
      "The firm is due in court on Friday “to answer four charges under the fraud and computer misuse acts.”",
      "The ferry is now known as the “Pride Of The Northern Isles” among the crews.",
      "The bridge was a “vanity project” from the start.",
    ].join("\n\n"),
  );
  const long = find(qs, "four charges");
  assert.equal(long.kind, "mixed");
  assert.match(long.text, /^The firm is due in court/);
  assert.equal(long.speaker, "Harbour Board");
  // A title and a short scare quote stay text.
  assert.ok(!qs.some((q) => q.text.includes("Northern Isles") || q.text.includes("vanity")));
});

test("left marks on both sides ('“…,“') and the German pair „…“ enclose a quotation", () => {
  const qs = quotes(
    [
      "“We will appeal against the ruling“, said Tom Vale.",
      "Ann Roe said: “The board has not met since March.“ She left.",
      "„The harbour will reopen on Friday,“ said Ann Roe. „It is safe again.“",
      "``The divers have checked every pier,'' Ms Roe said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "appeal").text, "We will appeal against the ruling");
  assert.equal(find(qs, "appeal").speaker, "Tom Vale");
  assert.equal(find(qs, "not met").text, "The board has not met since March.");
  assert.equal(find(qs, "reopen").speaker, "Ann Roe");
  // „ opens a new sentence after "said Ann Roe.": the second quotation is direct, not a clause.
  assert.equal(find(qs, "safe again").text, "It is safe again.");
  assert.equal(find(qs, "divers").text, "The divers have checked every pier");
  assert.ok(!qs.some((q) => q.text.includes("She left")));
});

test("a sentence of nothing but a speaker, a cue and a time or hearer attributes the quotation before it", () => {
  const qs = quotes(
    [
      "Tom Vale runs the port. Ann Roe is the mayor.",
      "“We will appeal against the ruling.” Vale said on Monday.",
      "“Nobody has asked us.” Roe told reporters.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "appeal").speaker, "Tom Vale");
  assert.equal(find(qs, "appeal").cue?.text, "said");
  assert.equal(find(qs, "Nobody").speaker, "Ann Roe");
});

test("wire copy's ``…'' quotations: a new sentence starts at ``, and a long title before the cue is still its subject", () => {
  const qs = quotes(
    [
      "Tom Vale runs the port.",
      "``We will appeal against the ruling,'' said Tom Vale. ``The judge was wrong.''",
      "“We will not accept this,“ Head of the Harbour Safety Directorate of the Port Authority of Northport Ann Roe said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "judge was wrong").text, "The judge was wrong.");
  assert.equal(find(qs, "judge was wrong").kind, "direct");
  assert.equal(find(qs, "not accept").cue?.text, "said");
});

test("a double prime set for a closing mark ('``…,″ she said') closes the quotation; after a digit it is inches", () => {
  const text = [
    "DENVER (AP) _ The city council approved a new water plan on Monday.",
    "``We have waited ten years for this plan,″ said council member Rita Gomez. ``The pipes are older than I am.″",
    "The plan replaces every 6″ main in the old town.",
  ].join("\n\n");
  const qs = quotes(text);
  const first = find(qs, "waited ten years");
  assert.equal(first.text, "We have waited ten years for this plan");
  assert.equal(first.speaker, "Rita Gomez");
  assert.equal(find(qs, "older than I am").speaker, "Rita Gomez");
  assert.equal(
    qs.some((q) => q.text.includes("main in the old town")),
    false,
  );
});

test("a quotation that runs on into the next paragraph takes the speaker named where it ends, not the one quoted before", () => {
  const text = [
    "“The budget is balanced and the roads are paid for,” Mayor Ed Brandt said on Monday.",
    "Residents were less pleased. “We have asked for a new library every year since the old one shut,",
    "“and every year we are told to wait,” said Nora Quist, who chairs the residents' association.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "new library every year").speaker, "Nora Quist");
  assert.equal(find(qs, "told to wait").speaker, "Nora Quist");
  assert.equal(find(qs, "roads are paid for").speaker, "Ed Brandt");
});

test("a quotation that lost its closing mark before its own attribution ends at the comma that hands over to it", () => {
  const text = [
    "OSLO (AP) _ Researchers said on Monday they had mapped the floor of a glacier lake.",
    "``We can see the bottom of this lake clearly for once, said Helen Dahl, who led the survey.",
    "Dahl's team used a small robot boat.",
  ].join("\n\n");
  const q = find(quotes(text), "bottom of this lake");
  assert.equal(q.text, "We can see the bottom of this lake clearly for once");
  assert.equal(q.speaker, "Helen Dahl");
  // A comma inside a quotation that is only cut at the paragraph's end keeps its words.
  const open = quotes("The chair spoke last. “We will meet again, and we will decide then.\n\nThe vote was put off.");
  assert.equal(find(open, "meet again").text.includes("decide then"), true);
});

test("the marks around a pasted markup tag's attribute values quote nobody", () => {
  const text = [
    "Ann Roe answered her critics online.",
    '<tweet author="@annroe" id="7301" datetime="2020-05-01">The harbour stays open all summer.</tweet>.',
    '<post post-id="88"><post/>. “We will not close it,” Roe said.',
  ].join("\n\n");
  const qs = quotes(text);
  assert.deepEqual(
    qs.filter((q) => q.kind !== "indirect").map((q) => q.text),
    ["We will not close it"],
  );
  // A "<" that opens no tag leaves the quotation after it alone.
  assert.equal(find(quotes("If 3 < 4, “the sums work,” said Tom Vale."), "sums work").speaker, "Tom Vale");
});

test("three apostrophes close a single quotation and the doubled-apostrophe one around it together, or open them", () => {
  const text = [
    "Tom Vale spoke first at the hearing.",
    "''We hear it all the time, 'the port is a special case,''' Ms. Roe said. ''It is not true.''",
    "'''Later,' he told me, 'we will see.' I never heard from him again,'' Ann Roe wrote.",
  ].join("\n\n");
  const qs = quotes(text);
  const special = find(qs, "all the time");
  assert.equal(special.text, "We hear it all the time, 'the port is a special case,'");
  assert.equal(special.speaker, "Ann Roe");
  assert.equal(find(qs, "not true").speaker, "Ann Roe");
  // No quotation opens at the stray third apostrophe.
  assert.ok(!qs.some((q) => q.text.startsWith("' Ms. Roe said")));
  const later = find(qs, "never heard");
  assert.equal(later.text, "'Later,' he told me, 'we will see.' I never heard from him again");
  assert.equal(later.speaker, "Ann Roe");
});

test("British single quotes: a plural possessive in a passage that runs on, or before a bracket, is no closing mark", () => {
  const qs = quotes(
    [
      "‘We are delighted,’ said Ann Roe. ‘The growers’ union has been a loyal partner and we will work well together.",
      "‘The next harvest starts in May,’ added Ms Roe.",
      "Tom Vale said: ‘The (Greens’) amendment is rubbish because it denies us a vote.’",
    ].join("\n\n"),
  );
  assert.equal(
    find(qs, "loyal partner").text,
    "The growers’ union has been a loyal partner and we will work well together.",
  );
  assert.equal(find(qs, "Greens").text, "The (Greens’) amendment is rubbish because it denies us a vote.");
  assert.equal(find(qs, "Greens").speaker, "Tom Vale");
});
