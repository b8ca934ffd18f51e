// Quotations and reported speech resolved together, in text order: who spoke last in either form
// is known to the pronoun or description after, and a description takes up the words that
// introduced its speaker. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a report's speaker is the 'he' of the quotation after it, though the report's words name another man", () => {
  const text = [
    "Guards found no sign that Tom Vale had been helped when he left the jail, said the justice minister, Sam Roe, on Sunday.",
    "He told the Courier: “Extra guards are now in place at every gate.”",
  ].join("\n\n");
  const q = find(quotes(text), "Extra guards");
  assert.equal(q.speaker, "Sam Roe");
  assert.equal(q.speakerMention?.text, "He");
});

test("a description repeating the noun that introduced an unnamed speaker stays unnamed, whoever spoke between", () => {
  const text = [
    "An embassy official said the two envoys would leave Vexland on Friday.",
    "“We were not told of any plan,” the Vexland Foreign Ministry said.",
    "“No date has been set,” the embassy official added.",
  ].join("\n\n");
  const q = find(quotes(text), "No date");
  assert.equal(q.speaker, null);
  assert.equal(q.speakerMention?.text, "the embassy official");
});

test("a description takes up the speaker whose words held its noun: 'the statement' is the body whose statement spoke", () => {
  const text = [
    "“The Republic of Vexland welcomes the accord,” said the Vexland Foreign Ministry statement.",
    "“We want it signed by June,” the Calder Council said.",
    "“Vexland looks forward to an early signature,” the statement said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "early signature").speaker, "Vexland Foreign Ministry");
});

test("a place glued to '-based' before a spokesman's noun is where the body sits, not who speaks", () => {
  const text =
    "A London-based spokesman for the Harbour Users Association said the gates would stay shut until Friday.";
  assert.equal(find(quotes(text), "gates").speaker, "Harbour Users Association");
});

test("a report closing the sentence attributes a clause with a quoted fragment, however far it stands from the marks", () => {
  const text = [
    "Ann Roe, the prison governor, spoke to reporters on Monday.",
    "About 30 inmates have been moved to other sites “out of an abundance of caution” amid questions over why a man accused of a large fraud was not kept in the most secure wing of the jail, she said.",
  ].join("\n\n");
  const q = find(quotes(text), "abundance");
  assert.equal(q.kind, "mixed");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.cue?.text, "said");
});

// (A guard: a speaker named in apposition before "said" weighs as one who spoke, and must not
// outweigh the subject of the pronoun's own clause.)
test("the subject of a pronoun's own clause outranks the man who spoke in the sentence before", () => {
  const text = [
    "Jean-Paul Lemaire, the foreign minister of Vexland, said the test “cannot go unanswered.”",
    "Secretary General Ban Solheim condemned what he called “a brazen breach” of the treaty.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "brazen").speaker, "Ban Solheim");
});

test("a long quoted fragment after a named subject's verb of saying is the subject's, with or without a speaker before", () => {
  const pledge = "Tom Vale pledged to fight the new levy “today, tomorrow and forever, whatever it costs.”";
  assert.equal(find(quotes(pledge), "whatever it costs").speaker, "Tom Vale");
  assert.equal(find(quotes(`“We lost,” Ann Roe said.\n\n${pledge}`), "whatever it costs").speaker, "Tom Vale");
  // A verb that is rarely a cue, and then hardly ever beside a quotation, reports nothing.
  const court =
    "“We lost,” Ann Roe said.\n\nTom Vale is appearing in court “to answer four charges of fraud and theft.”";
  assert.notEqual(find(quotes(court), "four charges").speaker, "Tom Vale");
});

test("'they' is a body only where the body was a subject or spoke, not one named inside a report", () => {
  const text = [
    "Rebels stopped two buses near Dover, police said on Monday.",
    "They told reporters that a unit of the Vale Liberation Front had set up the roadblock.",
    "The rebels freed both drivers after an hour, they said.",
  ].join("\n\n");
  // The police (unnamed) go on speaking; the Front is what they spoke of.
  assert.equal(find(quotes(text), "freed both drivers").speaker, null);
  // A body that is a sentence's subject is still "they".
  const subject = quotes("The Vexa Group and the Tarrow Fund met on Monday. They said the merger would go ahead.");
  assert.equal(find(subject, "merger").speaker, "Vexa Group");
});
