// "to be" names an appointment ahead only with a participle or a court after it; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { valueOf } from "./told-on-wednesday.js";

test("a state after 'to be' is told in the tense of the verb before it; an appointment lies ahead", () => {
  assert.equal(valueOf("The skipper seemed to be in good spirits on Monday.", "Monday"), "2026-03-02");
  assert.equal(valueOf("Ann Roe rearranged her week to be in Oslo on Friday.", "Friday"), "2026-02-27");
  assert.equal(valueOf("Tom Vale is to be sentenced on Friday.", "Friday"), "2026-03-06");
  assert.equal(valueOf("The pair were bailed to be back in court on Friday.", "Friday"), "2026-03-06");
});
