// A happening that is the object of a verb of talking is what was talked of; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated, P } from "./helpers.js";

const kinds = (text: string) => dated(text, P).map((e) => [e.type, e.date]);

test("a date before a verb of talking and its object dates the talk, not the happening talked of", () => {
  assert.deepEqual(kinds("On Monday, the harbour master was the first official to address the hack."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(kinds("On Tuesday, three ministers discussed the shooting."), [["statement", "2025-09-16"]]);
  // A verb that seldom reports speech leaves the happening its date.
  assert.deepEqual(kinds("On Tuesday, gunmen launched an attack on the depot."), [["attack", "2025-09-16"]]);
});
