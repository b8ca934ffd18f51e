// The second half of a split quotation, going on in lower case after a participle clause that
// follows the first half's attribution, keeps the first half's speaker and cue. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a participle clause between the halves of a split quotation does not take the second half", () => {
  const qs = quotes(
    "“We had no choice,” Ann Roe wrote in a letter to the Gazette explaining why she left, “and the board knew it.”",
  );
  const b = find(qs, "board knew");
  assert.deepEqual([b.kind, b.speaker, b.cue?.text], ["direct", "Ann Roe", "wrote"]);
  const s = find(
    quotes("“The ferry is late again,” Tom Vale said, pointing to the empty pier, “and nobody will tell us why.”"),
    "nobody will",
  );
  assert.deepEqual([s.speaker, s.cue?.text], ["Tom Vale", "said"]);
  // (A fragment inside the participle's own clause stays that clause's.)
  const q = find(quotes("“We are ready,” Ann Roe said, adding that the new pier was “nearly done.”"), "nearly done");
  assert.equal(q.cue?.text, "adding");
});
