// An adjunct between a cue and its "that" whose noun could also be read as a verb: a word right
// after a determiner, a possessive or a preposition is a noun or its modifier ("in the last of her
// messages to … that", "during a heated quarrel at … that"), and "feed" or "op-ed" is no past. A
// gerund, and a participle right after a preposition, still end the adjunct. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a noun that could be a verb, after a determiner or a preposition, stays in the adjunct: 'wrote in the last of her messages … that'", () => {
  const q = find(
    quotes("Nell Okafor wrote in the last of her messages to the crew that the ferry would stop running."),
    "ferry",
  );
  assert.equal(q.text, "the ferry would stop running");
  assert.equal(q.cue?.text, "wrote");
  assert.equal(q.speaker, "Nell Okafor");
  const n = find(quotes("Nell Okafor wrote in two sets of notes to staff that the ferry would stop running."), "ferry");
  assert.equal(n.text, "the ferry would stop running");
  assert.equal(n.cue?.text, "wrote");
  // After a name that follows a determiner: "her Greyford messages".
  const g = find(
    quotes("Nell Okafor explained in her Greyford messages to the crew that the ferry would stop running."),
    "ferry",
  );
  assert.equal(g.text, "the ferry would stop running");
  // An adjective in "-ed" after a determiner: "during a heated quarrel".
  const h = find(quotes("Priya Lund insisted during a heated quarrel at the depot that the lease was void."), "lease");
  assert.equal(h.text, "the lease was void");
  assert.equal(h.cue?.text, "insisted");
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
