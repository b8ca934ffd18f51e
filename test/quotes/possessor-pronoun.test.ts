// A pronoun opening a relative clause on a noun a person owns ("Jim Cole's plan, which he said …")
// stands for that owner, not for a person of an earlier sentence. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'X's plan, which he said would …' credits the plan's owner", () => {
  const text = "Tom Reed spoke first. Jim Cole's plan, which he said would save money, was rejected.";
  assert.equal(find(quotes(text), "would save money").speaker, "Jim Cole");
});

test("'at the heart of X's critique of a council that he said …' credits the critic", () => {
  const text =
    "Tom Reed opposed the deal as mayor. Opposition to the harbour deal was at the heart of Jim Cole's " +
    "critique of a council that he said has favoured the richest families.";
  assert.equal(find(quotes(text), "richest families").speaker, "Jim Cole");
});
