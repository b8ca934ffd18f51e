// A news outlet telling the story is its reporting, not a statement of the case; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { extractTimes } from "../../src/extract/time/index.js";

const P = "2025-09-17"; // a Wednesday

function dated(text: string): Array<[string, string | null]> {
  const doc = buildDoc(text);
  const times = extractTimes(doc, { published: P });
  return extractEvents({ doc, entities: [], times, quotes: [], published: P, typer: null })
    .filter((e) => e.date)
    .map((e) => [e.type, e.date]);
}

test("an outlet reporting on a day is no statement of the case", () => {
  assert.deepEqual(dated("The harbour was closed for a week, the evening newspaper Vesna reported on Monday."), []);
  assert.deepEqual(dated("Two ferries were held at the port, state radio said on Tuesday."), []);
  assert.deepEqual(dated("A regional daily on Monday quoted the mayor as saying the bridge would reopen."), []);
  assert.deepEqual(dated("A local paper on Sunday put the number of lost boats at nine."), []);
  // An official's telling, or one made on the radio, stays a statement.
  assert.deepEqual(dated("The harbour master said on Monday that the port was closed."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("The mayor, speaking on local radio on Tuesday, defended the plan."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("A local news agency quoted the mayor as saying on Monday that the bridge was safe."), [
    ["statement", "2025-09-15"],
  ]);
});
