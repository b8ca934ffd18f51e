// The tense a weekday is read in, next to names and appointments; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { extractTimes } from "../../src/extract/time/index.js";

const WEDNESDAY = "2025-09-17";

/** The value of the expression `phrase` in `text`, told on a Wednesday. */
function valueOf(text: string, phrase: string): string | null {
  const hit = extractTimes(buildDoc(text), { published: WEDNESDAY }).find((t) => t.text === phrase);
  assert.ok(hit, `no "${phrase}" in ${text}`);
  return hit.value;
}

test("a name ending in a word like a present verb ('States', 'Times') sets no timetable", () => {
  assert.equal(valueOf("The envoy arrived in the United States on Friday.", "Friday"), "2025-09-12");
  assert.equal(valueOf("The minister told the Lisk Times on Friday that he would resign.", "Friday"), "2025-09-12");
});

test("an appointment in the past tense under a telling after it takes the nearer day", () => {
  assert.equal(
    valueOf("Tom Vale was due to fly to Oslo on Thursday, officials said on Wednesday.", "Thursday"),
    "2025-09-18",
  );
  // With no telling, the appointment is the story's past.
  assert.equal(valueOf("Tom Vale was due in court on Monday but failed to appear.", "Monday"), "2025-09-15");
});

test("an appointment in the past tense takes a day still to come within the month when it is nearer", () => {
  // Told on a Wednesday: the Thursday ahead is one day off, the one gone six.
  assert.equal(valueOf("The envoy was due to sail for the islands on Thursday.", "Thursday"), "2025-09-18");
  assert.equal(valueOf("The final ruling was expected to be handed down on Thursday.", "Thursday"), "2025-09-18");
  assert.equal(valueOf("The mayor was likely to sign the order on Friday.", "Friday"), "2025-09-19");
  assert.equal(valueOf("The ferry is likely to leave on Monday.", "Monday"), "2025-09-22");
  // A month gone stays gone: the next August is too far ahead, whatever adverb comes between.
  assert.equal(valueOf("The vote was originally scheduled for August.", "August"), "2025-08");
});

test("two times of year set against each other tell a habit; told in the past, two happenings", () => {
  const texts = (text: string) => extractTimes(buildDoc(text), { published: WEDNESDAY }).map((t) => t.text);
  assert.deepEqual(texts("The ferrymen fish in the summer and mend their nets in the winter."), []);
  assert.deepEqual(texts("The valley gets rain during the spring and is cut off by snow in the winter."), []);
  assert.deepEqual(texts("The mill shut in the winter and reopened in the spring."), ["the winter", "the spring"]);
});

test("a journey in the present to a named place or home, its day next, is the nearer day", () => {
  // Told on a Wednesday: the Friday ahead is two days off, the one gone five.
  assert.equal(valueOf("She leaves Tarvia on Friday.", "Friday"), "2025-09-19");
  assert.equal(
    valueOf("The bowler, who returns home on Thursday for knee surgery, took four wickets.", "Thursday"),
    "2025-09-18",
  );
  // In the past, or with a common noun between, the day is the one gone.
  assert.equal(valueOf("The bowler, who returned home on Thursday, took four wickets.", "Thursday"), "2025-09-11");
  assert.equal(valueOf("He blames the storm on Friday for the delay.", "Friday"), "2025-09-12");
});
