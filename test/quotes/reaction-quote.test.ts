// A whole sentence quoted after a clause and its comma, with no cue after it, is the utterance of
// that clause's subject: 'Ann Lowe reacted angrily, “This is a disgrace.”'. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a quoted sentence after a reaction and its comma is the reacting person's words", () => {
  const q = find(quotes("Ann Lowe reacted angrily, “This is a disgrace to the council and to the town.”"), "disgrace");
  assert.deepEqual(
    [q.kind, q.text, q.speaker],
    ["direct", "This is a disgrace to the council and to the town.", "Ann Lowe"],
  );
  const f = find(quotes("Ivo Brandt was furious, “Nobody on this island was asked about the ferry.”"), "Nobody");
  assert.deepEqual([f.kind, f.speaker], ["direct", "Ivo Brandt"]);
});

test("a short quoted title after a comma is nobody's words", () => {
  assert.equal(quotes("Lena Moss starred in a film, “Eclipsed.”").length, 0);
});
