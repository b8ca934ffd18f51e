// A verb of saying other than "say" that reports a clause with no "that", its subject a determiner
// and a noun and its verb a lexical one: a present ("complained the agency plans to …"), or an
// irregular past with an object after it ("stressed the ruling sent a message"), not a participle
// of the object's ("denied the letter sent to Roe") nor a plural closing the object ("recounted his
// life experiences, …"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'stressed the ruling sent a message', 'complained the board plans to …': a lexical verb after a short subject", () => {
  const s = find(quotes("Ann Roe stressed the ruling sent a clear message to landlords."), "ruling");
  assert.equal(s.text, "the ruling sent a clear message to landlords");
  assert.equal(s.cue?.text, "stressed");
  assert.equal(s.speaker, "Ann Roe");
  const c = find(quotes("Tom Vale complained the board plans to raise the harbour fees."), "board plans");
  assert.equal(c.text, "the board plans to raise the harbour fees");
  assert.equal(c.speaker, "Tom Vale");
  // A participle of the object, or a plural closing it, is no verb of a clause.
  assert.equal(quotes("Ann Roe denied the letter sent to Tom Vale.").length, 0);
  assert.equal(quotes("Tom Vale recounted his early work experiences, then left.").length, 0);
});
