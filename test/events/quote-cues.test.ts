// A verb the quotation layer found reporting a quotation is a telling; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";

function dated(text: string): Array<[string, string | null]> {
  return extract(text, { published: "2025-09-17" })
    .events.filter((e) => e.date)
    .map((e) => [e.type, e.date]);
}

test("a verb in the past that reports a quotation is a telling, on the date of its own clause", () => {
  assert.deepEqual(dated('"We will rebuild the mill," Ann Roe quipped on Friday.'), [["statement", "2025-09-12"]]);
  assert.deepEqual(dated('"The vote was rigged," Tom Vale countered on Monday.'), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated('"Nobody was hurt," the mayor added on Tuesday.'), [["statement", "2025-09-16"]]);
  // The date of another verb, of a clause naming a thing, or a present habit is no telling's.
  const other = (text: string, date: string) => assert.deepEqual(dated(text), [["other", date]]);
  other(
    'Only a year ago, the farmers of Lisk were caught in a flood so deep that old-timers likened it to "the deluge."',
    "2024",
  );
  other('In 2019, under what Tom Vale dubbed "a fair deal," the mill closed its doors.', "2019");
  other('Tom Vale writes a weekly column and, since 2013, "runs the show," as he puts it.', "2013");
});
