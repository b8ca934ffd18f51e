// A relative clause with no pronoun may hold a report whose subject it leaves out, as one with
// "which" or "that" does: "a toll the Kelby Port Trust says will deter visitors" reports "will deter
// visitors". The noun's phrase must be an object or set off by a dash; where it follows a
// conjunction ("While not everything Ida Brenn says is true, …") it is a subject, and the relative
// clause's end is not read. A dash closes the clause. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'a toll the trust says will deter visitors': a relative clause with no pronoun reports its predicate", () => {
  const q = find(
    quotes("The harbour bill includes a toll the Kelby Port Trust says will deter day visitors."),
    "deter",
  );
  assert.equal(q.kind, "indirect");
  assert.equal(q.text, "will deter day visitors");
  assert.equal(q.speaker, "Kelby Port Trust");
  assert.equal(q.cue?.text, "says");
  const p = find(quotes("The ferrymen backed a ban they say stopped the worst of the overfishing."), "overfishing");
  assert.equal(p.text, "stopped the worst of the overfishing");
  // After a dash, set off in apposition; the closing dash ends the clause.
  const d = find(
    quotes("The board cited its audit — a review the county auditor said had found no missing funds — in May."),
    "missing",
  );
  assert.equal(d.text, "had found no missing funds");
});

test("a noun phrase after a conjunction holds no such report", () => {
  const qs = quotes("While not everything Ida Brenn says is true, the harbour board said the toll was fair.");
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, "the toll was fair");
});
