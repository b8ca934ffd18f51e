// Dates that only stamp a page or repeat a comparison's baseline; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated, P } from "./helpers.js";

const kinds = (text: string) => dated(text, P).map((e) => [e.type, e.date]);

test("a clause after 'than' with only a subject and an auxiliary dates the baseline, no happening", () => {
  assert.deepEqual(kinds("The ferry line now carries fewer cars than it did in March 2030."), []);
  assert.deepEqual(kinds("Turnout in the harbour ward was lower than it was in 2019."), []);
  assert.deepEqual(kinds("The quarry employs more men than there were last year."), []);
  // A clause of its own after the comparison still tells a happening.
  assert.deepEqual(kinds("Ann Roe ran the mill better than anyone, and she sold it in 2019."), [["other", "2019"]]);
});

test("a date standing alone with its weekday stamps the page", () => {
  assert.deepEqual(kinds("The harbour board met to weigh the toll.\n\nMonday, March 3, 2031."), []);
});
