// A year before a plural noun of the lexicon names when the happenings fell; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated, P } from "./helpers.js";

const all = (text: string) => dated(text, P).map((e) => [e.type, e.date, e.trigger.text]);

test("a year between a determiner and a plural trigger names when they fell, not how many there were", () => {
  assert.deepEqual(all("The widows of two couriers killed in the 2019 bombings at the depot have sued the firm."), [
    ["attack", "2019", "bombings"],
  ]);
  assert.deepEqual(all("Harbour staff still speak of the 2008 shootings."), [["attack", "2008", "shootings"]]);
  // A figure of ten or more before the noun still counts happenings: a tally, none of them.
  assert.deepEqual(
    all("Police logged 40 bombings in the province last year.").filter(([type]) => type === "attack"),
    [],
  );
});
