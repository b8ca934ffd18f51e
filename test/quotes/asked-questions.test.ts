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
