// A that-clause cue with an adjunct between the verb and its "that": a time or a place after a verb
// that needs "that" ("predicted in March that"), a day that owns the noun after it ("during Tuesday's
// debate that"), a possessive inside the adjunct, a hearer after "to" named by a common noun phrase
// ("wrote to the mayor's office that"), "for example", and a "that" right after the preposition
// that is its determiner ("in that case"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a verb that needs 'that' takes a time or place adjunct before it: 'predicted in March that', 'declared on local radio that'", () => {
  const q = find(quotes("Ann Roe predicted in March that the ferry fund would run short."), "ferry fund");
  assert.equal(q.text, "the ferry fund would run short");
  assert.equal(q.cue?.text, "predicted");
  assert.equal(q.speaker, "Ann Roe");
  const d = find(quotes("Tom Vale declared on local radio that he would stand again."), "stand again");
  assert.equal(d.text, "he would stand again");
  assert.equal(d.speaker, "Tom Vale");
  // A noun in -s after a verb is no cue, whatever adjunct follows it ("released notes from Vale to
  // Roe that …" is a cleft's "that").
  assert.equal(
    quotes("It was after Ann Roe released notes from Tom Vale to the board that the Courier noticed the gap.").filter(
      (x) => x.cue?.text === "notes",
    ).length,
    0,
  );
});

test("a day that owns the next noun belongs to the adjunct: 'argued during Tuesday's council debate that'", () => {
  const q = find(quotes("Ann Roe argued during Tuesday's council debate that the levy was unfair."), "levy");
  assert.equal(q.text, "the levy was unfair");
  assert.equal(q.speaker, "Ann Roe");
  const n = find(quotes("Ann Roe noted in a column in Saturday's Courier that the rent had doubled."), "rent");
  assert.equal(n.text, "the rent had doubled");
});

test("a hearer after 'to' may be a common noun phrase: 'wrote to the mayor's office that', 'said to reporters that'", () => {
  const q = find(quotes("The Dunmore Rowing Club wrote to the mayor's office that the permit had lapsed."), "permit");
  assert.equal(q.text, "the permit had lapsed");
  assert.equal(q.cue?.text, "wrote");
  const r = find(quotes("Tom Vale said to reporters that he would appeal."), "appeal");
  assert.equal(r.text, "he would appeal");
  const p = find(quotes("Tom Vale complained to Dover Radio's Ann Lee that the fee was unfair."), "fee");
  assert.equal(p.text, "the fee was unfair");
  // The clause of a noun of words or ideas is that noun's, not the verb's; an infinitive is no hearer.
  assert.equal(quotes("Ann Roe responded to claims that she lied.").length, 0);
  assert.equal(quotes("Ann Roe pointed to the fact that she had paid.").length, 0);
  assert.equal(quotes("Tom Vale went on to defend the plan that the board approved.").length, 0);
});

test("'for example' and a determiner 'that' stand between a cue and its clause: 'testified, for example, that', 'concluded in that case that'", () => {
  const q = find(quotes("Ann Roe testified, for example, that she never saw the file."), "never saw");
  assert.equal(q.text, "she never saw the file");
  assert.equal(q.speaker, "Ann Roe");
  const c = find(quotes("The tribunal concluded in that case that the firm had been careless."), "careless");
  assert.equal(c.text, "the firm had been careless");
  // A "that" right after the preposition is its object, no conjunction: "agreed with that Roe said".
  assert.equal(quotes("Tom Vale agreed with that Ann Roe was saying about the levy.").length, 0);
  // A second predicate after "and" is not the adjunct's: its "that" is not the cue's.
  assert.equal(
    quotes("Ann Roe was thrilled with the crowd's size and confident that the vote would pass.").filter(
      (x) => x.cue?.text === "thrilled",
    ).length,
    0,
  );
});

test("past an adjunct, the clause after 'that' may open with a bare noun: 'said at a rally in Dover that voters were tired'", () => {
  const q = find(quotes("Tom Vale said at a rally in Dover that voters were tired of the tolls."), "tolls");
  assert.equal(q.text, "voters were tired of the tolls");
  assert.equal(q.cue?.text, "said");
  assert.equal(q.speaker, "Tom Vale");
  const n = find(quotes("Ann Roe noted in a column for the Courier that anger over the fares was growing."), "fares");
  assert.equal(n.text, "anger over the fares was growing");
  assert.equal(n.speaker, "Ann Roe");
  // A verb of saying right after the noun makes "that" a relative pronoun, its object.
  const relative = quotes(
    "The ferry fare is now quoted at a rate of 12 pounds, well below the price that tenants say is fair.",
  );
  assert.equal(relative.filter((x) => x.cue?.text === "quoted").length, 0);
});
