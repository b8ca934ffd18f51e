// Words made public on a day ("the memo, released on Tuesday") are a telling; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated as datedEvents, P } from "./helpers.js";

const dated = (text: string) => datedEvents(text, P).map((e) => [e.type, e.date]);

test("a noun of communication released on a day is a telling of that day", () => {
  // Before the participle, with only words that describe it between.
  assert.deepEqual(dated("The harbour memo, released on Monday, listed four unsafe piers."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Letters from the ferry captain released Tuesday named two clerks."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("A transcript of the call was released to the press on Monday."), [
    ["statement", "2025-09-15"],
  ]);
  // As the object, after a determiner and a modifier or two.
  assert.deepEqual(dated("The port authority released a 2019 email exchange on Tuesday."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("Dock police released video of the collision on Monday."), [["statement", "2025-09-15"]]);
});

test("people released, or released from custody, made nothing public", () => {
  assert.deepEqual(dated("Pirates released four sailors on Monday."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("Pirates released a video of four sailors on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("Tom Reve, a writer for a sailing weekly, was released on Tuesday after a night in a cell."), [
    ["other", "2025-09-16"],
  ]);
  // A step named between the noun and the participle is the one told: a court's ruling.
  assert.deepEqual(dated("The clerk filed a letter about the ruling released on Tuesday."), [
    ["verdict", "2025-09-16"],
  ]);
});
