// A dated clause followed by ", saying": a telling when its verb is one of speech; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOfRoeAndVale } from "./helpers.js";

const dated = (text: string) =>
  eventsOfRoeAndVale(text)
    .filter((e) => e.date)
    .map((e) => e.type);

test("a verb of speech before the date and ', saying' is a telling", () => {
  assert.deepEqual(dated("Ann Roe echoed the pledge on Monday, saying the ferry would run all winter."), ["statement"]);
  assert.deepEqual(dated("Tom Vale continued on Friday, saying the harbour fees were too high."), ["statement"]);
});

test("an act before the date and ', saying' stays the act", () => {
  assert.notDeepEqual(dated("Tom Vale quit on Friday, saying the harbour fees were too high."), ["statement"]);
});
