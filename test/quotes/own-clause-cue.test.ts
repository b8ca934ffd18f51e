// A mixed quotation credited to the named subject of its own clause takes that clause's verb as its
// cue, and what was said starts after the verb: "Mayor Moss touted the plan as “a boon …”" reports
// "the plan as “a boon …”", not the whole sentence. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("the verb of a mixed quotation's own clause is its cue, and the words after it what was said", () => {
  const q = find(quotes("Mayor Lena Moss touted the harbour plan as “a boon for every family in the town”."), "boon");
  assert.deepEqual(
    [q.kind, q.text, q.cue?.text, q.speaker],
    ["mixed", "the harbour plan as “a boon for every family in the town”", "touted", "Lena Moss"],
  );
  // Past an apposition whose words include a noun that is also a verb of saying ("his home state").
  const p = find(
    quotes(
      "Councillor Ivo Brandt, opening the autumn session in his home state of Hollin, is pledging to “fight the ferry levy with every tool we have”.",
    ),
    "ferry levy",
  );
  assert.deepEqual(
    [p.text, p.cue?.text, p.speaker],
    ["to “fight the ferry levy with every tool we have”", "pledging", "Ivo Brandt"],
  );
});

test("with no verb of its own in a form no noun shares, the clause keeps its words from its start", () => {
  const q = find(quotes("Lena Moss made the point that the fleet “has been idle for most of the winter”."), "idle");
  assert.equal(q.text, "Lena Moss made the point that the fleet “has been idle for most of the winter”");
  assert.equal(q.speaker, "Lena Moss");
});
