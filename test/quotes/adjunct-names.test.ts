// An adjunct or a hearer between a verb of saying and its "that" may hold a name: "said at a
// breakfast with the Allied Harbour Press last week that …" (a capitalised word in a name is no
// verb, though "allied" may be one), "complained to the Kelby Herald's Ida Brenn that …" (a name
// may keep its article); after the hearer the clause may open as it does right after the cue (a
// gerund: "that closing the mill was unfair"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a name inside the adjunct or hearer before 'that' does not end the reading", () => {
  const p = find(
    quotes("Tom Vale said at a breakfast with the Allied Harbour Press last week that the toll would stay."),
    "toll",
  );
  assert.equal(p.text, "the toll would stay");
  assert.equal(p.speaker, "Tom Vale");
  const g = find(
    quotes("On Friday, Ann Roe complained to the Kelby Herald's Ida Brenn that closing the mill was unfair."),
    "mill",
  );
  assert.equal(g.text, "closing the mill was unfair");
  assert.equal(g.cue?.text, "complained");
  assert.equal(g.speaker, "Ann Roe");
});
