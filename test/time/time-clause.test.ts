// A verb in the present in a clause of time or condition tells of what is ahead; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { valueOf } from "./told-on-wednesday.js";

test("a present after 'when', 'until' or 'whoever' puts the date ahead", () => {
  assert.equal(
    valueOf("Harbour staff said the gates stay shut until the captain arrives on Friday.", "Friday"),
    "2026-03-06",
  );
  assert.equal(valueOf("When tenants get back in late June, the block gets a new roof.", "late June"), "2026-06");
  assert.equal(valueOf("Whoever wins in November, the guild keeps its charter.", "November"), "2026-11");
});

test("later on a day is the day of writing, on the nearer side", () => {
  assert.equal(valueOf("Ann Roe may face hard questions when she speaks later Monday.", "Monday"), "2026-03-02");
});

test("a past between the opener and the verb belongs to another clause", () => {
  assert.equal(valueOf("When Ann Roe said the ferry sails in June, nobody listened.", "June"), "2025-06");
});
