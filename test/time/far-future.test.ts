// A weekday in a long clause put in the future far back, or after a fused "'ll", lies ahead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { valueOf } from "./told-on-wednesday.js";

test("a future far back in the date's own clause puts the weekday ahead", () => {
  const reply =
    "Ann Roe will answer her rival's Monday remarks about school buses and road repairs with remarks of her own Thursday evening.";
  assert.equal(valueOf(reply, "Thursday evening"), "2026-03-05");
  // A name in quotation marks inside the clause does not end it.
  const concert = 'Tom Vale will sing in a "Summer Nights" charity concert at the old harbour theatre on Saturday.';
  assert.equal(valueOf(concert, "Saturday"), "2026-03-07");
});

test("a pronoun fused with 'll is a future", () => {
  assert.equal(valueOf("“We’ll be voting on the budget on Friday,” the mayor said.", "Friday"), "2026-03-06");
  assert.equal(valueOf("He'll be back in his office on Monday.", "Monday"), "2026-03-09");
});

test("the far future does not reach a relative clause or a happening a possessive names", () => {
  const towns =
    "The council will send its reply to the mayors of the four small towns along the coast that voted Tuesday.";
  assert.equal(valueOf(towns, "Tuesday"), "2026-03-03");
  const show = "Tom Vale will talk to the press about the songs and the crowds and the lights of his Saturday show.";
  assert.equal(valueOf(show, "Saturday"), "2026-02-28");
});
