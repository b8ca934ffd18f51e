// A promise reported as its to-infinitive: "vowed to reopen the quay", "pledging never to sell the
// mill". The verbs are those whose cue uses in PolNeAR train mostly open an infinitive and quote
// their speaker at times (src/lexicon/speech-cues.json, `to` and `quoted`). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";
import { promisingForms } from "../../src/extract/quotes/cues.js";

test("a promise told as its infinitive is reported speech of the one who promised", () => {
  const q = find(quotes("Harbourmaster Oona Pell vowed to reopen the north quay before the winter storms."), "quay");
  assert.deepEqual(
    [q.kind, q.text, q.cue?.text, q.speaker],
    ["indirect", "to reopen the north quay before the winter storms", "vowed", "Oona Pell"],
  );
  // The negation is part of what was promised; the participle's subject is the sentence's.
  const n = find(quotes("Oona Pell left the meeting early, pledging never to sell the ferry company."), "ferry");
  assert.deepEqual([n.text, n.cue?.text, n.speaker], ["never to sell the ferry company", "pledging", "Oona Pell"]);
});

test("the promise ends where the subject's next predicate, an adjunct or a new clause begins; some infinitives promise nothing", () => {
  const and = find(quotes("Oona Pell has promised to cut the mooring fees and thanked the crews."), "mooring");
  assert.equal(and.text, "to cut the mooring fees");
  const participle = find(
    quotes("Oona Pell pledged to rebuild the slipway, reversing a vote of the board."),
    "slipway",
  );
  assert.equal(participle.text, "to rebuild the slipway");
  // A second promise with its own subject is its own report.
  const two = quotes("Oona Pell vowed to keep the ferry running, and Tam Greer is promising to sell it.");
  assert.deepEqual(
    two.map((x) => [x.text, x.speaker]),
    [
      ["to keep the ferry running", "Oona Pell"],
      ["to sell it", "Tam Greer"],
    ],
  );
  // Infinitives joined by "and" or commas are one promise.
  const list = find(quotes("Tam Greer promised to cut fares, paint the hulls and hire a second pilot."), "fares");
  assert.equal(list.text, "to cut fares, paint the hulls and hire a second pilot");
  // No promise: a noun phrase after "to", the passive, a thing likely to be something, an intention.
  assert.equal(quotes("Tam Greer promised to the islanders a faster crossing.").length, 0);
  assert.equal(quotes("Tam Greer was promised to be paid by May.").length, 0);
  assert.equal(quotes("The regatta promised to be the busiest in years.").length, 0);
  assert.equal(quotes("Tam Greer planned to sell the ferry company.").length, 0);
});

test("a promise verb reports a clause too, before or after it, as a verb of saying does", () => {
  const after = find(quotes("The ferry will sail again by June, Oona Pell vowed."), "ferry");
  assert.deepEqual(
    [after.text, after.cue?.text, after.speaker],
    ["The ferry will sail again by June", "vowed", "Oona Pell"],
  );
  const bare = find(quotes("Tam Greer promised the slipway would be rebuilt within a year."), "slipway");
  assert.deepEqual([bare.text, bare.speaker], ["the slipway would be rebuilt within a year", "Tam Greer"]);
});

test("the promising verbs are read off PolNeAR train's cue statistics, in their past and -ing forms", () => {
  const forms = promisingForms();
  for (const f of ["vowed", "vowing", "promised", "promising", "pledged", "pledging"]) assert.ok(forms.has(f), f);
  // An intention, a refusal or a wish opens an infinitive as often, but quotes no one; a bare or
  // -s form may be a noun ("a vow to", "her pledges to").
  for (const f of ["planned", "declined", "wanted", "sought", "vow", "pledges"]) assert.ok(!forms.has(f), f);
});
