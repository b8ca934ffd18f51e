// A date after a sentence's own predicate is that verb's, not a step named earlier; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated as datedEvents, P } from "./helpers.js";

const dated = (text: string) => datedEvents(text, P).map((e) => [e.type, e.date]);

test("a verb after a comma, with its object, owns the date after it; a step joined to it by 'and' shares it", () => {
  const met = dated(
    "Ann Roe, who wants the minister to resign over the latest bombing in the port, met union leaders on Monday.",
  );
  assert.ok(!met.some(([type]) => type === "attack"));
  assert.deepEqual(met, [["other", "2025-09-15"]]);
  const found = dated(
    "Police, who first feared the girl had been abducted, found her on Sunday in a barn and arrested her uncle.",
  );
  assert.ok(!found.some(([type]) => type === "attack"));
  assert.ok(found.some(([type, date]) => type === "arrest" && date === "2025-09-14"));
  // A participle after the comma describes the step and leaves it the date.
  assert.deepEqual(dated("The bombing, carried out on Monday, shocked the town."), [["attack", "2025-09-15"]]);
});
