// Patterns of English that decide an event's type and date; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import type { CaseEvent } from "../../src/core/schema.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { extractTimes } from "../../src/extract/time/index.js";
import { inflect } from "../../src/extract/events/triggers.js";

const P = "2025-09-17"; // a Wednesday

function dated(text: string, published: string | null = P): Array<[string, string | null]> {
  const doc = buildDoc(text);
  const times = extractTimes(doc, { published });
  const out: CaseEvent[] = extractEvents({ doc, entities: [], times, quotes: [], published, typer: null });
  return out.filter((e) => e.date).map((e) => [e.type, e.date]);
}

test("a verb stressed on its last syllable doubles its consonant", () => {
  assert.ok(inflect("acquit").includes("acquitted"));
  assert.ok(inflect("drop").includes("dropped"));
  assert.deepEqual(dated("The court acquitted Mary Lane of fraud on Tuesday."), [["verdict", "2025-09-16"]]);
});

test("a date repeated in brackets is one date", () => {
  assert.deepEqual(dated("The minister said on Monday (Sept 15) that the talks had ended."), [
    ["statement", "2025-09-15"],
  ]);
});

test("a step joined by 'and' to an undated verb does not take the announcement's date", () => {
  const found = dated("Police announced on Monday that they have arrested and charged a delivery driver.");
  assert.ok(!found.some(([type]) => type === "charge"), JSON.stringify(found));
});

test("the same date with no trigger in two sentences is two happenings", () => {
  const text =
    "Last night, the crowd gathered outside the town hall. Later, last night, the lights went out across the town.";
  assert.equal(dated(text).filter(([type, date]) => type === "other" && date === "2025-09-16").length, 2);
});

test("an opening date belongs to the verb after a relative clause set off by commas", () => {
  assert.deepEqual(
    dated("Last week, the party leader, whose group has cut its deficit, told colleagues to back him."),
    [["statement", "2025-09"]],
  );
});

test("a period that names a thing or a figure's period is no happening; a day in the possessive is", () => {
  assert.deepEqual(dated("The plan would keep fees at this year's levels."), []);
  assert.deepEqual(dated("Sales rose to $3 billion last year."), []);
  assert.deepEqual(dated("She stood in the 2014 elections as an independent."), []);
  assert.deepEqual(dated("Sunday's vote drew large crowds."), [["other", "2025-09-14"]]);
});

test("a verb of speaking learned from attribution cues states a telling", () => {
  assert.deepEqual(dated("A cabinet member on Saturday defended the closure of the camp."), [
    ["statement", "2025-09-13"],
  ]);
});

test("a verb between two dates takes the nearer bound; the other dates what its object names", () => {
  assert.deepEqual(
    dated("A cabinet member on Saturday defended the closure of a camp in the capital the previous day."),
    [
      ["statement", "2025-09-13"],
      ["other", "2025-09-12"],
    ],
  );
});
