// A cue set off between commas inside a reported clause that holds a quoted fragment ("Repair costs,
// she added, were “far above the estimate.”") reports the whole clause, the words before the cue
// included, as it does with no quotation marks ("The depot, he added, would close in May"); the
// quotation right after such a cue stays direct, and a name beside its description, a comment ("as
// X put it") or a cue inside a second predicate keep their clause. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Repair costs, she added, were “…”': the mixed quote starts at the sentence's subject", () => {
  const q = find(
    quotes("Ann Roe spoke after the vote. Repair costs, she added, were “far above the estimate.”"),
    "far",
  );
  assert.deepEqual(
    [q.kind, q.text, q.cue?.text],
    ["mixed", "Repair costs, she added, were “far above the estimate.”", "added"],
  );
  const adverb = find(quotes("Perhaps, Tom Vale said, the old pier “will never reopen.”"), "reopen");
  assert.deepEqual([adverb.kind, adverb.text], ["mixed", "Perhaps, Tom Vale said, the old pier “will never reopen.”"]);
  const adjunct = find(quotes("The new fees, the board said on Monday, were “a burden on every tenant.”"), "burden");
  assert.equal(adjunct.text, "The new fees, the board said on Monday, were “a burden on every tenant.”");
});

test("a quotation right after the set-off cue stays direct; a described name, a comment and a second predicate keep their clause", () => {
  const direct = find(quotes("The ledger, Ann Roe wrote, “shows every fine the clerk waived.”"), "waived");
  assert.deepEqual([direct.kind, direct.text], ["direct", "shows every fine the clerk waived."]);
  const apposed = find(
    quotes("The harbour master, Tom Vale, said, in a letter, the mooring fee was “far too high.”"),
    "too high",
  );
  assert.ok(!apposed.text.startsWith("The harbour master"), apposed.text);
  const comment = quotes(
    "The clerk, who owed his post to, as one councillor put it, a “quiet word” from the mayor, quit.",
  );
  assert.ok(comment.every((q) => !q.text.startsWith("The clerk")));
  const second = find(
    quotes("Ann Roe sued the landlord, who owns six flats and, Tom Vale said, has “never once” fixed a roof."),
    "never once",
  );
  assert.ok(!second.text.startsWith("Ann Roe"), second.text);
});
