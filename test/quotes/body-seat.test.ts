// A place named after "in" or "at" behind a body's noun ("the embassy in Beijing") is where the
// body sits: the spokesperson does not speak for the place. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'an official at the Australian embassy in Beijing' speaks for Australia, not Beijing", () => {
  const q = find(
    quotes("An official at the Australian embassy in Beijing said Tom Reed will visit China next week."),
    "visit China",
  );
  assert.equal(q.speaker, "Australia");
});

test("'an official at the embassy in Beijing' names no body at all", () => {
  const q = find(
    quotes("An official at the embassy in Beijing said Tom Reed will visit China next week."),
    "visit China",
  );
  assert.equal(q.speakerId, null);
  assert.notEqual(q.speaker, "Beijing");
});
