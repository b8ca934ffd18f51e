// "Ann Roe's Facebook post", "Tom Vale's Twitter account": a name between a possessive and one
// lower-case noun for a thing only says which post or account; the possessor speaks. Every sentence
// is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'From X’s Facebook post: “…”' credits X, not Facebook", () => {
  const q = find(
    quotes("From Ida Marsh’s Facebook post: “We will rebuild the pier before the summer.”"),
    "rebuild the pier",
  );
  assert.equal(q.speaker, "Ida Marsh");
});

test("'X’s Twitter account said …' credits X, not Twitter", () => {
  const q = find(quotes("Ida Marsh’s Twitter account said the pier would reopen in May."), "reopen in May");
  assert.equal(q.speaker, "Ida Marsh");
});
