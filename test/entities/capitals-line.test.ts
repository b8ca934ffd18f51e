// capitalsLine: a run of words in capitals alone on its line, with prose after it in the same
// paragraph (a heading set in capitals, not a name). Every text is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { capitalsLine } from "../../src/extract/entities/index.js";

const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return capitalsLine(text, start, start + words.length);
};

test("a heading in capitals alone on its line, prose after it: true; anything else on the line or no prose after: false", () => {
  assert.equal(at("HARBOUR BOARD VOTES\nThe board voted on Monday.", "HARBOUR BOARD VOTES"), true);
  assert.equal(at("  HARBOUR BOARD VOTES \nThe board voted on Monday.", "HARBOUR BOARD VOTES"), true);
  assert.equal(at("Today HARBOUR BOARD VOTES\nThe board voted.", "HARBOUR BOARD VOTES"), false);
  assert.equal(at("HARBOUR BOARD VOTES today\nThe board voted.", "HARBOUR BOARD VOTES"), false);
  assert.equal(at("HARBOUR BOARD VOTES", "HARBOUR BOARD VOTES"), false);
  assert.equal(at("HARBOUR BOARD VOTES\n\n12", "HARBOUR BOARD VOTES"), false);
  assert.equal(at("Harbour Board Votes\nThe board voted.", "Harbour Board Votes"), false);
});
