// The tense read for a date stops at the edge of its clause; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { valueOf } from "./told-on-wednesday.js";

test("a clause joined by 'but' or 'and' with a subject of its own tells its own tense", () => {
  assert.equal(
    valueOf("The regatta had been scheduled for June, but on Friday the club secretary called it off.", "Friday"),
    "2026-02-27",
  );
  assert.equal(
    valueOf("The pier will reopen in April, and on Monday the harbour board agreed a budget.", "Monday"),
    "2026-03-02",
  );
  // A second verb of the same subject shares the tense before the comma.
  assert.equal(valueOf("Ann Roe will fly to Oslo, and speak there on Friday.", "Friday"), "2026-03-06");
});

test("the main clause after a fronted subordinate clause tells its own tense", () => {
  assert.equal(
    valueOf("Although the mayor will retire in May, Monday's council vote showed her allies divided.", "Monday"),
    "2026-03-02",
  );
});
