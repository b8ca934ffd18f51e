// Holidays as dates, by the calendar rules of src/lexicon/holidays.json (WordNet's days).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { extractTimes } from "../../src/extract/time/index.js";
import { holidayIn } from "../../src/extract/time/holidays.js";

/** The dated expressions of `text` told on `published`, as [text, value] pairs. */
function dated(text: string, published: string): [string, string | null][] {
  return extractTimes(buildDoc(text), { published })
    .filter((t) => t.value)
    .map((t) => [t.text, t.value]);
}

test("a holiday of a fixed date or of a weekday of a month falls on its day of the year", () => {
  assert.deepEqual(holidayIn(2025, [12, 24]), { year: 2025, month: 12, day: 24 });
  // The fourth Thursday of November 2025, the first Monday of September 2025, the last Monday of May 2025.
  assert.deepEqual(holidayIn(2025, [11, 4, 4]), { year: 2025, month: 11, day: 27 });
  assert.deepEqual(holidayIn(2025, [9, 1, 1]), { year: 2025, month: 9, day: 1 });
  assert.deepEqual(holidayIn(2025, [5, 1, -1]), { year: 2025, month: 5, day: 26 });
});

test("a holiday named in a story is its last day before publication, or its next one ahead", () => {
  const P = "2025-09-17";
  assert.deepEqual(dated("The bakery burned down on Christmas Eve.", P), [["Christmas Eve", "2024-12-24"]]);
  assert.deepEqual(dated("Two vans were stolen on New Year's Day.", P), [["New Year's Day", "2025-01-01"]]);
  assert.deepEqual(dated("The strike began on Labor Day.", P), [["Labor Day", "2025-09-01"]]);
  assert.deepEqual(dated("The verdict is expected before Thanksgiving.", P), [["Thanksgiving", "2025-11-27"]]);
  assert.deepEqual(dated("The mill flooded on Christmas Day 2019.", P), [["Christmas Day 2019", "2019-12-25"]]);
  // A stretch around the holiday is dated by its month.
  assert.deepEqual(dated("Thieves broke in over the Thanksgiving weekend.", P), [["Thanksgiving weekend", "2024-11"]]);
  // Told in the week before it, a holiday is the one the story leads up to.
  assert.deepEqual(dated("Many traders had left early for Labor Day.", "2025-08-29"), [["Labor Day", "2025-09-01"]]);
});

test("a holiday's name inside another name, or another people's holiday, is no date", () => {
  const P = "2025-09-17";
  assert.deepEqual(dated("Divers reached Christmas Island.", P), []);
  assert.deepEqual(dated("Crowds filled Velaria's Independence Day parade.", P), []);
  assert.deepEqual(dated("Pilgrims kept Orthodox Christmas in the hills.", P), []);
  // A holiday's name describing a thing names no day.
  assert.deepEqual(dated("The stall sold Christmas wreaths to tourists.", P), []);
  // A name that is also a word of another sense is no date at a sentence's start.
  assert.deepEqual(dated("Thanksgiving was the pastor's theme.", P), []);
});
