// A verb of saying other than "say" that reports a clause with no "that", its subject a determiner
// and a noun and its verb a lexical one: a present ("complained the agency plans to …"), or an
// irregular past with an object after it ("stressed the ruling sent a message"), not a participle
// of the object's ("denied the letter sent to Roe") nor a plural closing the object ("recounted his
// life experiences, …"); a subject that names a body in several words, its acronym in
// parentheses. Every sentence is invented.
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

test("a name of several words, its acronym in parentheses, is a short subject: 'acknowledged the Harbour Board Licensing Office (HBLO) is reviewing …'", () => {
  const q = find(
    quotes("A council spokesperson acknowledged the Harbour Board Licensing Office (HBLO) is reviewing the permit."),
    "reviewing",
  );
  assert.equal(q.text, "the Harbour Board Licensing Office (HBLO) is reviewing the permit");
  assert.equal(q.cue?.text, "acknowledged");
  const s = find(quotes("Ann Roe stressed the Dover Ferry Trust will decide in May."), "decide");
  assert.equal(s.text, "the Dover Ferry Trust will decide in May");
  // A second predicate of the cue's own subject is no clause: "denies the claims and is suing".
  assert.equal(
    quotes("Ann Roe denies the claims and is suing the Courier.").filter((x) => x.cue?.text === "denies").length,
    0,
  );
});

test("a bare present after a plural subject is a verb and reports a clause without 'that': 'Prosecutors allege Tom Vale hid …'", () => {
  const q = find(quotes("Prosecutors allege Tom Vale hid the harbour ledger in a boat shed."), "ledger");
  assert.equal(q.text, "Tom Vale hid the harbour ledger in a boat shed");
  assert.equal(q.cue?.text, "allege");
  const d = find(quotes("The harbour wardens acknowledge the quay wall needs repair."), "quay wall");
  assert.equal(d.text, "the quay wall needs repair");
  // A belief is no speech, whatever its form.
  assert.equal(quotes("Harbour officials believe the ferry will run again in May.").length, 0);
});
