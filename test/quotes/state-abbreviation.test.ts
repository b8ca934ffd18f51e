// A state's abbreviation ends its sentence only after a town and a comma ("Salem, Ore. The …");
// elsewhere it is read as the other abbreviations are, so "said Del. Ann Roe" (a delegate) keeps
// its speaker in the sentence of its cue. "state" right before a title, or after a rank ("the third
// state that …"), is the noun; so is a bare "state" after a determiner and one word that is no
// plural ("the Dutch state", "her home state"), or before a capital. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { extract } from "../../src/extract/index.js";
import { find, quotes } from "./find.js";

const sentences = (text: string) => buildDoc(text).sentences.map((s) => text.slice(s.start, s.end));

test("a state's abbreviation ends a sentence after a town and a comma, not before a title", () => {
  assert.equal(sentences("Polls put the mayor level with the former Ore. Gov. Tom Vale at noon.").length, 1);
  assert.equal(sentences("The fair opened in Salem, Ore. The mayor cut a ribbon.").length, 2);
  assert.equal(sentences("She drove back to Ore. He stayed on the coast.").length, 2);
});

test("a delegate's abbreviated title before a name: the name is the speaker, the title no person", () => {
  const text = "“The levy is a stunt,” said Del. Ann Roe of the island district.";
  const q = find(quotes(text), "levy is a stunt");
  assert.deepEqual([q.kind, q.speaker, q.cue?.text], ["direct", "Ann Roe", "said"]);
  const names = extract(text).entities.map((e) => e.name);
  assert.deepEqual(names, ["Ann Roe"]);
});

test("'state' before a capitalised title is the noun, no cue of a nickname in quotation marks", () => {
  const qs = quotes(
    '"We can still win this seat!" Her aunt, state Senator Mira "Mimi" Kent (D-Ashford), waved to the crowd.',
  );
  assert.deepEqual(
    qs.map((q) => [q.kind, q.cue?.text ?? null]),
    [["direct", null]],
  );
});

test("'state' after a rank and a determiner is the noun, even before 'that' and a name", () => {
  assert.deepEqual(quotes("Ohio will be the third state that Roe is suing over its voting rules."), []);
  const q = find(quotes("The new rules state that every boat must carry a flare."), "every boat");
  assert.deepEqual([q.kind, q.cue?.text], ["indirect", "state"]);
});

test("bare 'state' after one word without a plural, or before a capital, is the noun beside a quotation too", () => {
  // A clause holding quoted words runs on past "the Dutch state" to its trailing attribution.
  const q = find(
    quotes("The ferry board was “wise or not” to call the Dutch state liable for the wreck, its chair has said."),
    "Dutch state",
  );
  assert.deepEqual([q.kind, q.cue?.text, q.speakerMention?.text], ["mixed", "said", "its chair"]);
  const home = quotes(
    "After a “very long” speech in her home state, Ona Pask beamed as she noted how glad she was to be back.",
  );
  assert.deepEqual(
    home.map((x) => x.cue?.text),
    ["noted", "noted"],
  );
  const voters = find(quotes("“We will sail at dawn,” Marsh state Kelby voters said."), "sail");
  assert.deepEqual([voters.cue?.text, voters.speakerMention?.text], ["said", "Marsh state Kelby voters"]);
  // After a plural, or with its subject pronoun, it still reports.
  const r = find(quotes("“No boat may land here,” the harbour rules state."), "No boat");
  assert.equal(r.cue?.text, "state");
});
