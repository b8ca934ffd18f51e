// A date that opens the sentence dates its main verb past a long opening phrase and subject;
// every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated, P } from "./helpers.js";

const all = (text: string) => dated(text, P).map((e) => [e.type, e.date, e.trigger.text]);

/** Each sentence with the one dated event it states: [type, date, trigger]. */
function check(cases: [string, string[]][]): void {
  for (const [text, expected] of cases) assert.deepEqual(all(text), [expected], text);
}

test("a date opening the sentence dates the telling past a place, a clause and a bracketed subject", () => {
  check([
    [
      "Tuesday at a cattle fair in Dunmore, after touring the flooded farms, Gov. Ada Quill (D-Vt.), told farmers the dikes would hold.",
      ["statement", "2025-09-16", "told"],
    ],
    // A programme's title in quotation marks and a clause opened by "while" are passed by too.
    [
      "Sunday, on the radio show \u201cMorning Farm Hour,\u201d while discussing the drought in the valley, the county's water chief said rationing would begin.",
      ["statement", "2025-09-14", "said"],
    ],
    // A telling in the present is told now: the date is what it tells of.
    ["Last May, when the old forge was flooded, the smith says he lost every tool.", ["other", "2025-05", "Last May"]],
    // A main verb that is no telling leaves the date to the happening.
    [
      "On Monday, at the annual fair in Dunmore, the mayor opened a new footbridge and said it was safe.",
      ["other", "2025-09-15", "Monday"],
    ],
  ]);
});

test("a long subject, its plural nouns, a name with a verb in it and an opening participle do not end the phrase", () => {
  check([
    [
      "Last week, a panel of nine engineers from the state's two largest universities warned that the dam was failing.",
      ["statement", "2025-09", "warned"],
    ],
    [
      "And on Monday, Rob Tenney, chairman of the Harbour Works Committee, said the bridge would close.",
      ["statement", "2025-09-15", "said"],
    ],
    [
      "Reached at her farm on Monday, Ida Varga \u2014 who chairs the growers' league in Tolna \u2014 told a reporter the crop was lost.",
      ["statement", "2025-09-15", "told"],
    ],
    // A subject before the date has its own verb: "sold" owns the date, not the telling at the end.
    [
      "Leading Tolna growers sold less wheat on Monday, citing the drought in the valley, traders said.",
      ["other", "2025-09-15", "Monday"],
    ],
  ]);
});
