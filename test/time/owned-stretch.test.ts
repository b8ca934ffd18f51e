// A stretch of the calendar after a possessive is someone's own, no date; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { valueOf } from "./told-on-wednesday.js";

test("'his last year as warden' is no date; 'met her last year' is", () => {
  assert.equal(valueOf("Tom Vale planted the orchard in 2012, his last year as warden.", "last year"), undefined);
  assert.equal(valueOf("The ferry crews spent their next week at sea.", "next week"), undefined);
  assert.equal(valueOf("Ann Roe met her last year at a rowing gala.", "last year"), "2025");
});
