// Nouns of telling in the plural: several speeches or interviews on a day are a telling, and one
// kind of telling named in general is none the story tells of. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated, events } from "./helpers.js";

const kinds = (text: string) => dated(text).map((e) => [e.type, e.date]);
const undatedTellings = (text: string) =>
  events(text)
    .filter((e) => e.type === "statement" && !e.date)
    .map((e) => e.trigger.text);

test("speeches, interviews and briefings given on a day are a telling", () => {
  assert.deepEqual(kinds("The novelist gave four paid speeches to bankers in May 2019."), [["statement", "2019-05"]]);
  assert.deepEqual(kinds("The harbour master was calm in a string of radio interviews in March 2031."), [
    ["statement", "2031-03"],
  ]);
  assert.deepEqual(kinds("Officials held two briefings for the ferry crews in June 2030."), [["statement", "2030-06"]]);
});

test("a kind of telling in general is no telling of the story; a particular one is", () => {
  assert.deepEqual(undatedTellings("The skipper answers his critics in letters."), []);
  assert.deepEqual(undatedTellings("The skipper answered his critics in separate letters to the harbour board."), [
    "letters",
  ]);
  assert.deepEqual(undatedTellings("The skipper's letters angered the harbour board."), ["letters"]);
});
