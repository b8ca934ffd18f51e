// "he" or "she" in a clause that opens its sentence stands for the person named as the subject
// right after the clause's comma (cataphora), not for someone named in an earlier sentence.
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'With what he called a “fair” compromise, Judge X closed the talks' credits X", () => {
  const text =
    "Tom Vale left the hall early.\n\nWith what he called a “fair” compromise, Judge Piet Langer closed the talks.";
  assert.equal(find(quotes(text), "compromise").speaker, "Piet Langer");
});

test("'Even though she praised the budget as “bold,” Mayor X vetoed it' credits X, past the closing quotation mark", () => {
  const text = "Tom Vale spoke first. Even though she praised the budget as “bold,” Mayor Ida Marsh vetoed it.";
  assert.equal(find(quotes(text), "bold").speaker, "Ida Marsh");
});
