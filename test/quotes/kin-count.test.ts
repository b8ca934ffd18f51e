// A person noun followed by "of" and a bare number ("the mother of three", "the father of two")
// counts what the person has; it describes the speaker, not someone else's relative. Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

const opening = "Ann Roe spoke to reporters in Dayton on Monday about the new school plan. ";

test("'the mother of three said' is the person the passage is about; 'the mother said' may be anyone's", () => {
  const q = find(quotes(opening + '"It is meant to help every family," the mother of three said.'), "every family");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(
    find(quotes(opening + '"It is meant to help every family," the mother said.'), "every family").speakerId,
    null,
  );
});

test("'the grandmother of five said' is the person the passage is about; 'a mother of three' is a stranger", () => {
  const q = find(
    quotes(opening + 'Asked about the cost, the grandmother of five said, "We will find the money."'),
    "find the money",
  );
  assert.equal(q.speaker, "Ann Roe");
  const stranger = find(
    quotes(opening + '"It is meant to help every family," a mother of three said.'),
    "every family",
  );
  assert.equal(stranger.speakerId, null);
});
