// A sentence that opens with two adverbials, the second a preposition before a gerund clause
// ("On Thursday, after staying out of the fight for most of the spring, Ann Roe …"): its subject
// comes after both. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a long 'after -ing' clause after 'On Thursday,' leaves the subject to speak through 'saying'", () => {
  const text =
    "On Thursday, after remaining silent throughout the whole dispute, Ann Vale met Tom Reed and " +
    "backed the plan, saying, “This is what the harbour needs.”";
  assert.equal(find(quotes(text), "what the harbour needs").speaker, "Ann Vale");
});
