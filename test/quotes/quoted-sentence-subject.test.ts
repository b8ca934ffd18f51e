// A sentence wholly in quotation marks with no cue of its own goes on with the speaker credited
// before it; a description opening the next sentence ("The Harbour Party incumbent said …") then
// goes on with that speaker, as it does right after the credited sentence. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a description after an uncredited quoted sentence goes on with the speaker before it", () => {
  const opening = 'Ann Roe spoke in Dayton on Monday. "We will keep every option open," Roe said. ';
  const next = "The Harbour Party incumbent said that her stand on the port was sincere.";
  const uncredited = opening + '"How could I promise more than that?" ' + next;
  assert.equal(find(quotes(uncredited), "her stand on the port").speaker, "Ann Roe");
  // (A quoted sentence credited where it stands is that speaker's, and passes nothing on.)
  const credited = opening + '"How could she promise more?" Tom Vale asked. ' + next;
  assert.notEqual(find(quotes(credited), "her stand on the port").speaker, "Ann Roe");
});
