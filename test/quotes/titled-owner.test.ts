// "Vermont Rep. Ann Roe's office said": the person named right before the possessive is the one
// an office or campaign speaks for; a place or party before the title only says which
// representative. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Vermont Rep. X’s office said …' credits X, not Vermont", () => {
  const q = find(
    quotes("Vermont Rep. Ida Marsh’s office said the vote on the dam would be “very close.”"),
    "very close",
  );
  assert.equal(q.speaker, "Ida Marsh");
});

test("'Republican Sen. X's campaign told donors …' credits X, not the party", () => {
  const q = find(
    quotes("Republican Sen. Piet Langer's campaign told donors on Friday that the race was “dead even.”"),
    "dead even",
  );
  assert.equal(q.speaker, "Piet Langer");
});
