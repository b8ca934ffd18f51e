import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { cueStats, INDIRECT_LEMMAS, isWeakLemma, NEEDS_THAT, speechLemma } from "../../src/extract/quotes/cues.js";

test("the learned cue lexicon adds reliable cues PolNeAR annotates, in every inflection", () => {
  // "condemn" is learned (not among the starting verbs); train attests "condemned", the lexicon
  // holds the other forms too, and the British spelling of a -ize verb.
  assert.equal(speechLemma("condemned"), "condemn");
  assert.equal(speechLemma("reference"), null, "a bare form doubles as a noun");
  assert.equal(speechLemma("Condemning"), "condemn");
  assert.equal(speechLemma("criticised"), "criticize");
  const s = cueStats("condemn");
  assert.ok(s && s.rate >= 0.6, "a learned lemma is a reliable cue");
  // Learned lemmas report a clause only with "that"; no starting verb changes its role.
  assert.ok(NEEDS_THAT.has("condemn"));
  assert.ok(!NEEDS_THAT.has("say") && INDIRECT_LEMMAS.has("say") && !isWeakLemma("say"));
});

test("words annotators seldom mark as cues stay out: 'showed', 'expected', 'endorsed'", () => {
  assert.equal(speechLemma("showed"), null);
  assert.equal(speechLemma("expected"), null);
  assert.equal(speechLemma("endorsed"), null);
});

test("a learned cue attributes a quotation: '“…,” Rivera quipped' and '…, Rivera lamented'", () => {
  const text = "Dana Rivera lost the vote.\n\n“At least the coffee was good,” Rivera lamented.";
  const [q] = extract(text).quotes;
  assert.equal(q.speaker, "Dana Rivera");
  assert.equal(q.cue?.text, "lamented");
});

test("a gerund after a preposition heads an adjunct: the reporting verb further left is the cue", () => {
  const text =
    "Minister Clara Voss says the island stands with its neighbours in condemning the “reckless and dangerous” raids.";
  const q = extract(text).quotes.find((x) => x.kind === "mixed");
  assert.ok(q, "a mixed quote");
  assert.equal(q.cue?.text, "says");
  assert.equal(q.speaker, "Clara Voss");
  assert.ok(q.text.startsWith("the island stands"));
});

test("indirect speech whose clause opens with a bare noun phrase: 'Voss said local officials should …'", () => {
  const text = "Clara Voss said local officials should publish the inspection reports.";
  const q = extract(text).quotes.find((x) => x.kind === "indirect");
  assert.equal(q?.text, "local officials should publish the inspection reports");
  assert.equal(q?.speaker, "Clara Voss");
});

test("a bare word after 'said' that opens no clause is no indirect speech: 'said goodbye to the crew'", () => {
  const text = "Clara Voss said goodbye to the crew and left the harbour office.";
  assert.equal(extract(text).quotes.length, 0);
});

test("an inverted trailing attribution with an apposition: '…, said Ann Roe, a former analyst.'", () => {
  const text = "The harbour cameras were switched off for three nights, said Ann Roe, a former analyst at the port.";
  const q = extract(text).quotes.find((x) => x.kind === "indirect");
  assert.equal(q?.text, "The harbour cameras were switched off for three nights");
  assert.equal(q?.speaker, "Ann Roe");
  assert.equal(q?.cue?.text, "said");
});

test("accusation, blame and appeals are reported speech: 'X accused Y of Z', 'X blamed Y for Z', 'X urged Y to Z'", () => {
  const text = [
    "Mayor Tom Hale accused the harbour board of hiding the survey results.",
    "Councillor Ines Park blamed the contractor for the delays at the north pier.",
    "Fire Chief Ann Roe urged residents to leave the valley before dark.",
  ].join("\n\n");
  const all = extract(text).quotes.filter((q) => q.kind === "indirect");
  const accused = all.find((q) => q.cue?.text === "accused");
  assert.equal(accused?.text, "the harbour board of hiding the survey results");
  assert.equal(accused?.speaker, "Tom Hale");
  const blamed = all.find((q) => q.cue?.text === "blamed");
  assert.equal(blamed?.text, "the contractor for the delays at the north pier");
  assert.equal(blamed?.speaker, "Ines Park");
  const urged = all.find((q) => q.cue?.text === "urged");
  assert.equal(urged?.text, "residents to leave the valley before dark");
  assert.equal(urged?.speaker, "Ann Roe");
});

test("a passive accusation names no speaker; a participle ('two men accused of …') reports nothing", () => {
  const passive = extract("Dr Lena Ford is accused of selling the patient records to a rival clinic.").quotes;
  assert.equal(passive.length, 1);
  assert.equal(passive[0].text, "of selling the patient records to a rival clinic");
  assert.equal(passive[0].speaker, null);
  assert.equal(passive[0].cue?.text, "is accused");
  assert.equal(extract("Two men accused of stealing the bells appeared in court on Monday.").quotes.length, 0);
});

test("a verbless trailing attribution names the speaker: '“…,” harbour master Tom Hale.'", () => {
  const text =
    "Tom Hale, the harbour master, resigned on Monday.\n\n“We will appeal the ruling,” harbour master Tom Hale.";
  const [q] = extract(text).quotes;
  assert.equal(q.text, "We will appeal the ruling");
  assert.equal(q.speaker, "Tom Hale");
  assert.equal(q.cue, null);
});

test("'another MP sanctioned by China said' names no one: the country in the description is not the speaker", () => {
  const text =
    "Ann Roe, an MP sanctioned by China, spoke first.\n\n“We will not be silenced,” another MP sanctioned by China said.";
  const [q] = extract(text).quotes;
  assert.equal(q.text, "We will not be silenced");
  assert.equal(q.speaker, null);
  assert.equal(q.cue?.text, "said");
});

test("an interview printed as questions and answers: each answer is a direct quote of the interviewee", () => {
  const text = [
    "Harbour master Tom Hale has run the port for twenty years. Hale spoke to us about the storm.",
    "Q: When did you close the harbour?",
    "A: At six in the morning, before the wind turned.",
    "Q. Will the port reopen this week?",
    "A. Only once the divers have checked the pier.",
  ].join("\n\n");
  const all = extract(text).quotes;
  assert.deepEqual(
    all.map((q) => [q.kind, q.text, q.speaker, q.cue]),
    [
      ["direct", "At six in the morning, before the wind turned.", "Tom Hale", null],
      ["direct", "Only once the divers have checked the pier.", "Tom Hale", null],
    ],
  );
});

test("a learned verb that is a cue less often, but mostly beside a quotation, is a weak cue", () => {
  // PolNeAR train: "answer" is a cue in 42% of its uses, and half of those quote the speaker.
  assert.equal(speechLemma("answered"), "answer");
  assert.equal(isWeakLemma("answer"), true);
  const text = "Tom Roe spoke to the committee.\n\nRoe was asked, “Will you resign?” He answered, “No, I will not.”";
  const answer = extract(text).quotes.find((q) => q.text === "No, I will not.");
  assert.equal(answer?.kind, "direct");
  assert.equal(answer?.cue?.text, "answered");
  assert.equal(answer?.speaker, "Tom Roe");
  // Far from any quotation it reports nothing.
  assert.equal(extract("Tom Roe answered questions for an hour at the town hall on Monday.").quotes.length, 0);
});

test("'state' and 'states' are the noun unless a subject, 'that' or a quotation makes them the verb", () => {
  const nouns = [
    "In three other states, the ferry unions voted to strike on Monday.",
    "Its decrepit state hurt the harbour, and state inspectors closed the pier.",
    "The council spent more in states that border the river than anywhere else.",
    // A verb right after "that" makes it a relative pronoun, and "states" its noun.
    "Unlike the small states that vote early, Kent has no primary.",
    "The farming states that have voted so far favour Ann Roe.",
  ];
  for (const text of nouns) assert.deepEqual(extract(text).quotes, [], text);
  const verbs = extract(
    [
      "The harbour rules state that no ferry may sail after dark.",
      "The new bylaw states that wardens must show a badge.",
      "The leaflet is blunt. It states the pier will close in May.",
      "“Nobody may fish from the pier,” the notice states.",
    ].join("\n\n"),
  ).quotes;
  assert.ok(verbs.some((q) => q.text.startsWith("no ferry may sail")));
  assert.ok(verbs.some((q) => q.text.startsWith("wardens must show")));
  assert.ok(verbs.some((q) => q.text.startsWith("the pier will close")));
  assert.equal(verbs.find((q) => q.text.startsWith("Nobody may fish"))?.cue?.text, "states");
});
