// A definite title ("the governor", "the senator") standing for a speaker: the person the text gave
// that title, however it wrote it, unless the passage has moved on to someone else. Every sentence
// is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'the former governor' is the person introduced as 'Former Gov.', not one named since", () => {
  const text =
    "Former Ohio Gov. Tom Reed endorsed Sen. Jim Cole on Sunday. Reed said Cole was the most honest man in the race. " +
    "Do you support Jim Cole? The former governor, who dropped his own bid last year, noted that voters want change.";
  assert.equal(find(quotes(text), "voters want change").speaker, "Tom Reed");
});

test("'the general' is the person addressed as 'Gen.'", () => {
  const text =
    "Rep. Tom Reed met Gen. Jim Cole on Sunday. Reed said Cole was the most honest man in the race. " +
    "The general noted that the troops were ready.";
  assert.equal(find(quotes(text), "troops were ready").speaker, "Jim Cole");
});

test("a title whose holder the paragraph does not name goes to the person its sentence is about", () => {
  const text = [
    "Senator Jim Cole has said little about the harbour plan.",
    "The plan was drawn up in the spring by the port board.",
    "Its critics say the cost has doubled since then.",
    "Tom Reed sets out his own case in a radio advert: “We can fix the harbour without a new tax,” the senator says.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "without a new tax").speaker, "Tom Reed");
});
