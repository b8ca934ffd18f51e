// An opening adverbial whose last noun takes a relative clause set off by commas ("In Lisk, where
// the vote opens next week, …"): the subject comes after the clause. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Talking to X’s show in Y, which hosts …, Z praised … but described …' credits Z, not X", () => {
  const text =
    "Talking to Radio Kelso’s breakfast show on Friday in Lisk, which hosts the first count, Ida Marsh praised her opponent as “a decent man” but described his budget as “a fantasy.”";
  assert.equal(find(quotes(text), "a fantasy").speaker, "Ida Marsh");
});

test("'At a fair in X, where …, Z thanked … and said …' names Z alone as the source", () => {
  const text =
    "At a county fair in Lisk, where the polls open on Tuesday, Ida Marsh thanked the farmers and said the harvest had been “a small miracle.”";
  const q = find(quotes(text), "small miracle");
  assert.equal(q.speaker, "Ida Marsh");
  assert.equal(q.speakerMention?.text, "Ida Marsh");
});
