// The case timeline's places: a court named in part is the court named in full. Invented articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCase } from "../../src/casefile/index.js";
import { hearingAt } from "../casefile/fixtures.js";

test("a court named in part in one report and in full in another is one place, no contradiction", () => {
  const court = (id: string, name: string, published: string) => hearingAt(id, name, published, "Nadia Orme");
  const c = buildCase(
    [court("h-1", "Carlisle Magistrates' Court", "2024-04-02"), court("h-2", "Carlisle Magistrates", "2024-04-03")],
    [],
  );
  assert.equal(c.timeline.length, 1);
  assert.deepEqual(
    c.timeline[0].places.map((p) => p.value),
    ["Carlisle Magistrates' Court"],
  );
  assert.equal(c.contradictions.filter((x) => x.field === "place").length, 0);
});
