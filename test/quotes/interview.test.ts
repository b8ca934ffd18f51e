// Interviews and transcripts as outlets print them. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

const answers = (text: string) =>
  quotes(text)
    .filter((q) => q.cue === null)
    .map((q) => [q.text, q.speaker]);

test("an interview's answer runs over the paragraphs up to the next question", () => {
  const text = [
    "Harbour master Tom Hale has run the port for twenty years. Hale spoke to us about the storm.",
    "Question: When did you close the harbour?",
    "Answer: At six in the morning, before the wind turned.",
    "By noon the pier had gone under the water.",
    "Question: Will the port reopen this week?",
    "Answer: Only once the divers have checked the pier.",
    "This interview has been edited for length.",
  ].join("\n\n");
  assert.deepEqual(answers(text), [
    ["At six in the morning, before the wind turned.", "Tom Hale"],
    ["By noon the pier had gone under the water.", "Tom Hale"],
    ["Only once the divers have checked the pier.", "Tom Hale"],
  ]);
});

test("a question label run into its question ('QWhy …?') still marks an interview", () => {
  const text = [
    "Harbour master Tom Hale spoke to us about the storm.",
    "QWhen did you close the harbour?",
    "A: At six in the morning, before the wind turned.",
  ].join("\n\n");
  assert.deepEqual(answers(text), [["At six in the morning, before the wind turned.", "Tom Hale"]]);
});

test("transcript lines labelled with a speaker's name in ordinary case", () => {
  const text = [
    "Ann Roe and Tom Hale met on the quay on Monday.",
    "Roe: We never agreed to close the pier.",
    "Hale: The divers told us it was not safe.",
    "Summer: a season of storms is the title of her book.",
  ].join("\n\n");
  assert.deepEqual(answers(text), [
    ["We never agreed to close the pier.", "Ann Roe"],
    ["The divers told us it was not safe.", "Tom Hale"],
  ]);
});

test("a transcript line set in quotation marks is one quote, not a second one that adds the label", () => {
  const text = [
    "Tom Vale spoke to Ann Roe on the radio on Sunday. Partial transcript as follows:",
    "“VALE: We never agreed to the levy, and we never will.",
    "“ROE: Will you vote against it?",
    "“VALE: Yes. The port cannot pay it.",
  ].join("\n\n");
  const qs = quotes(text).filter((q) => q.text.includes("never agreed") || q.text.includes("cannot pay"));
  assert.deepEqual(
    qs.map((q) => [q.text, q.speaker]),
    [
      ["We never agreed to the levy, and we never will.", "Tom Vale"],
      ["Yes. The port cannot pay it.", "Tom Vale"],
    ],
  );
});

test("a transcript line labelled in capitals with a name the article gives no one is that name's, not the previous speaker's", () => {
  const text = [
    "At the debate, Ann Roe was asked about the toll. Partial transcript as follows:",
    '"VALE: Senator, did you vote for the toll?',
    '"ROE: I did not, and I never will."',
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "did you vote").speaker, "Vale");
  assert.equal(find(qs, "never will").speaker, "Ann Roe");
  // Without a line for a person of the article, capitals alone make no transcript.
  assert.ok(!quotes('"NOTE: Fares rise in May.\n\n"UPDATE: The vote is on Friday."').some((q) => q.speaker === "Note"));
});

test("a tally after a name ('Ann Roe: 1,769.') is no line of a transcript", () => {
  const text = [
    "Delegate count: the latest figures in the race.",
    "Ann Roe: 1,769.",
    "Tom Vale: 1,501.",
    "Roe needs 67 more delegates to win.",
  ].join("\n\n");
  assert.ok(!quotes(text).some((q) => /^\d/.test(q.text)), "a number credited to a name");
});

test("a headline that names its speaker before a colon ('Ann Roe: Ferry Fares Will Rise') reports that speaker's words", () => {
  const body = "The harbour board met in Dover on Monday. Ann Roe, its chair, spoke to reporters after the vote.";
  const reported = quotes(`Ann Roe: Ferry Fares Will Rise in May.\n\n${body}`);
  const q = find(reported, "Ferry Fares");
  assert.deepEqual([q.kind, q.text, q.speaker, q.cue], ["indirect", "Ferry Fares Will Rise in May", "Ann Roe", null]);
  assert.equal(q.speakerMention?.text, "Ann Roe");
  // Quoted words make it a mixed quote; quotation marks around all of it, a quotation.
  const mixed = find(quotes(`Roe: Ferry Fares a ‘Disgrace,’ Board Must Act.\n\n${body}`), "Board Must Act");
  assert.deepEqual(
    [mixed.kind, mixed.text, mixed.speaker],
    ["mixed", "Ferry Fares a ‘Disgrace,’ Board Must Act", "Ann Roe"],
  );
  const direct = find(quotes(`Roe on the Ferries: ‘We Will Not Pay More.’\n\n${body}`), "Not Pay More");
  assert.deepEqual([direct.kind, direct.text, direct.speaker], ["direct", "We Will Not Pay More.", "Ann Roe"]);
  // In title case, the name and "Says" before the words or after them.
  const says = find(quotes(`Ann Roe Says Ferry Fares Will Rise in May.\n\n${body}`), "Ferry Fares");
  assert.deepEqual(
    [says.kind, says.text, says.speaker, says.cue?.text],
    ["indirect", "Ferry Fares Will Rise in May", "Ann Roe", "Says"],
  );
  const after = find(quotes(`Ferry Fares Will Rise in May, Ann Roe Says.\n\n${body}`), "Ferry Fares");
  assert.deepEqual(
    [after.kind, after.text, after.speaker, after.cue?.text],
    ["indirect", "Ferry Fares Will Rise in May", "Ann Roe", "Says"],
  );
  // A label that names no one of the article is a headline's kicker, not a speaker.
  assert.deepEqual(
    quotes(`The Latest: Ferry Fares Will Rise in May.\n\n${body}`).map((x) => x.text),
    [],
  );
  // Nor does a headline that asks a question report its subject's words.
  assert.deepEqual(
    quotes(`Ann Roe: Reformer or Career Politician?\n\n${body}`).map((x) => x.text),
    [],
  );
});
