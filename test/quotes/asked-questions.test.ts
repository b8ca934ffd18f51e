// A question reported after a verb of asking whose question word determines a noun: "asked which
// ports he could reopen", "what impact …", "how many …", "what kind of …". Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'asked which ports he could reopen': a question word before a noun, then the question's clause", () => {
  const which = find(quotes("Ann Roe then asked Tom Vale which ports he could reopen."), "ports");
  assert.equal(which.text, "which ports he could reopen");
  assert.equal(which.cue?.text, "asked");
  assert.equal(which.speaker, "Ann Roe");
  const what = find(quotes("Ann Roe asked what impact the new tolls have had on tenants."), "impact");
  assert.equal(what.text, "what impact the new tolls have had on tenants");
  // The noun phrase may be the question's subject: its verb follows it.
  const many = find(quotes("Tom Vale asked how many tenants had been evicted since May."), "tenants");
  assert.equal(many.text, "how many tenants had been evicted since May");
  const kind = find(quotes("Tom Vale wondered what kind of council would allow it."), "council");
  assert.equal(kind.text, "what kind of council would allow it");
  // After a verb that is not one of asking, "what" opens a thing, no question.
  assert.equal(quotes("The council has heard what tenants are saying.").length, 0);
  // A verb right after "which" makes it a relative pronoun.
  assert.equal(quotes("Ann Roe asked the agency which regulates ports to act.").length, 0);
});

test("'was asked by the critic whether …': a question told in the passive is its asker's, the agent after 'by'", () => {
  const passive = find(
    quotes("The conductor Lena Marsh was asked by the critic Owen Pike whether the orchestra would tour in spring."),
    "orchestra",
  );
  assert.equal(passive.text, "whether the orchestra would tour in spring");
  assert.equal(passive.cue?.text, "asked");
  assert.equal(passive.speaker, "Owen Pike");
  // Opening the sentence, the question ends at the comma before the main clause, whose subject answers.
  const opening = quotes("Asked by Owen Pike why the concert hall had closed, Lena Marsh said the roof leaked.");
  assert.equal(find(opening, "hall").text, "why the concert hall had closed");
  assert.equal(find(opening, "hall").speaker, "Owen Pike");
  assert.equal(find(opening, "roof").text, "the roof leaked");
  assert.equal(find(opening, "roof").speaker, "Lena Marsh");
  // An agent that names no one asks all the same; the speaker stays unnamed.
  const host = quotes(
    "When asked by a radio host if the choir would return, Lena Marsh said the singers needed a rest.",
  );
  assert.equal(find(host, "choir").text, "if the choir would return");
  assert.equal(find(host, "choir").speaker, null);
  assert.equal(find(host, "singers").speaker, "Lena Marsh");
  // A request or a topic after the agent is no question.
  assert.equal(quotes("Lena Marsh was asked by the board to step down.").length, 0);
  assert.equal(quotes("Lena Marsh was asked by reporters about the tour.").length, 0);
});
