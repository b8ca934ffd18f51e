// A figure in percent given as a level or a change measures its date's period; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated, P } from "./helpers.js";

const kinds = (text: string) => dated(text, P).map((e) => [e.type, e.date]);

test("a level or a change in percent dates no happening; a percentage naming a thing or a share taken does", () => {
  assert.deepEqual(kinds("Turnout in the harbour ward was about 35 percent on Tuesday."), []);
  assert.deepEqual(kinds("From 2001 to 2009, ferry fares grew 60%."), []);
  assert.deepEqual(kinds("Timber exports fell by 4 per cent in May 2030."), []);
  assert.deepEqual(kinds("Support for the toll slipped to 41 percent last week."), []);
  // The happening stays: a percentage after a determiner, a share won.
  assert.deepEqual(kinds("The council passed a 3 percent toll rise on Monday."), [["other", "2025-09-15"]]);
  assert.deepEqual(kinds("The harbour party won 60 percent of the seats in May 2030."), [["other", "2030-05"]]);
});
