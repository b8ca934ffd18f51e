// A body written as a dotted abbreviation of three letters or more ("the B.Q.R.", "the H.W.T.")
// kept its last full stop apart as a token of its own, which ended the reported clause before the
// verb: "The B.Q.R. said the files were lost" reported nothing. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'The B.Q.R. said …' reports the clause, its speaker the body", () => {
  const q = find(quotes("The B.Q.R. said the ledgers were lost in the flood."), "ledgers");
  assert.deepEqual([q.kind, q.text, q.cue?.text], ["indirect", "the ledgers were lost in the flood", "said"]);
  const has = find(quotes("The pier was shut, and the H.W.T. has said it found no fault in the crane."), "crane");
  assert.deepEqual([has.text, has.cue?.text], ["it found no fault in the crane", "said"]);
});
