// Where a name starts and ends: roles, labels, addresses and paragraph breaks. Invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { byMention, entitiesOf, names } from "./helpers.js";

test("a letter after a label noun is a grade, not a name's initial ('a category B Victorian prison')", () => {
  const es = entitiesOf("Inspectors visited the category B Victorian prison in Leeds last week.");
  assert.deepEqual(names(es, "person"), []);
  assert.equal(byMention(es, "Leeds")?.type, "location");
});
