// An adjunct between a cue and its "that" whose noun could also be read as a verb: a word right
// after a determiner, a possessive or a preposition is a noun or its modifier ("in one of a series
// of messages that", "in a heated argument with … that"), and "feed" or "op-ed" is no past. A
// gerund, and a participle right after a preposition, still end the adjunct. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a noun that could be a verb, after a determiner or a preposition, stays in the adjunct: 'said in one of a series of messages that'", () => {
  const q = find(
    quotes("Nell Okafor said in one of a series of messages to staff that the ferry would stop running."),
    "ferry",
  );
  assert.equal(q.text, "the ferry would stop running");
  assert.equal(q.cue?.text, "said");
  assert.equal(q.speaker, "Nell Okafor");
  const n = find(quotes("Nell Okafor wrote in a series of notes to staff that the ferry would stop running."), "ferry");
  assert.equal(n.text, "the ferry would stop running");
  assert.equal(n.cue?.text, "wrote");
  // After a name that follows a determiner: "one of her Greyford messages".
  const g = find(
    quotes("Nell Okafor said in one of her Greyford messages that the ferry would stop running."),
    "ferry",
  );
  assert.equal(g.text, "the ferry would stop running");
  // An adjective in "-ed" after a determiner: "in a heated argument".
  const h = find(quotes("Priya Lund declared in a heated argument with the mayor that the lease was void."), "lease");
  assert.equal(h.text, "the lease was void");
  assert.equal(h.cue?.text, "declared");
});

test("'feed' and 'op-ed' are no pasts: 'said on her campaign feed that', 'argued in a … op-ed that'", () => {
  const f = find(quotes("Priya Lund said on her campaign feed that the lease was void."), "lease");
  assert.equal(f.text, "the lease was void");
  assert.equal(f.speaker, "Priya Lund");
  const o = find(quotes("Priya Lund argued in a Greyford Times op-ed that the lease was void."), "lease");
  assert.equal(o.text, "the lease was void");
  assert.equal(o.cue?.text, "argued");
  // A gerund, or a participle right after a preposition, still ends the adjunct.
  // "before adding that …": the clause is the gerund's.
  const a = find(quotes("Priya Lund answered the mayor before adding that the lease was void."), "lease");
  assert.equal(a.cue?.text, "adding");
  // "comment on leaked claims that …": the clause is the claims', not the comment's.
  const c = quotes("In a short note, Priya Lund avoided comment on leaked claims that she had sold the lease.");
  assert.equal(c.filter((x) => x.cue?.text === "comment").length, 0);
});
