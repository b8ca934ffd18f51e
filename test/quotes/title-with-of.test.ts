// A description whose title holds "of" before a word that can also be a verb ("the secretary of
// state", "the head of state"): the word after "of" is the title's, not the subject's verb.
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'The secretary of state wrote to …, saying …' reads the whole title as the subject", () => {
  const text =
    "Secretary of State Ida Marsh toured the flooded valley on Monday. The secretary of state wrote to the council, saying the levees needed “urgent repair.”";
  const q = find(quotes(text), "urgent repair");
  assert.equal(q.speaker, "Ida Marsh");
  assert.equal(q.speakerMention?.text, "The secretary of state");
});

test("'The head of state praised … and said …' too", () => {
  const text =
    "King Alaric opened the new session of parliament. The head of state praised the budget and said it was “the best in a decade.”";
  assert.equal(find(quotes(text), "best in a decade").speaker, "King Alaric");
});
