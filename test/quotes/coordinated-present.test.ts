// A reported clause ends where its speaker's second verb of saying begins, in the present as in the
// past: "X says A and adds that B" reports A and B, and "X says A and calls Y “…”" keeps A beside the
// mixed quote (it was lost when the clause ran on into the quotation). After a cue in the past, an -s
// form after "and" is no second report of the speaker's. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'says A and adds that B': two reports, the first ending before 'and'; not so after 'said'", () => {
  const qs = quotes("Tom Vale says the east pier is sound and adds that the storm did the damage.");
  const first = find(qs, "pier");
  assert.deepEqual([first.text, first.speaker, first.cue?.text], ["the east pier is sound", "Tom Vale", "says"]);
  const second = find(qs, "storm");
  assert.deepEqual([second.text, second.cue?.text], ["the storm did the damage", "adds"]);
  // After a cue in the past, an -s form after "and" stays in the clause.
  const past = find(quotes("Tom Vale said the rent was fair and demands for repairs were rare."), "rent");
  assert.equal(past.text, "the rent was fair and demands for repairs were rare");
});

test("'says A and calls him “…”': A is reported beside the mixed quote", () => {
  const qs = quotes("Ann Roe says she admires the new clerk and calls him “the finest steward the borough has had.”");
  const first = find(qs, "admires");
  assert.deepEqual([first.kind, first.text, first.speaker], ["indirect", "she admires the new clerk", "Ann Roe"]);
  assert.equal(find(qs, "finest").kind, "mixed");
});
