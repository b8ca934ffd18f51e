// Verbs of saying that the starting list did not mark as introducing reported speech ("cautioned",
// "complained", "joked") but that PolNeAR train's annotators saw open a that-clause often enough:
// their past forms report as "noted" does, set off after what was said by a subject that names no
// one ("…, harbour officials cautioned."), while their bare and -s forms stay nouns ("brushed off
// sour remarks …"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a verb of saying with a learned that-share reports the clause before it: '…, harbour officials cautioned.'", () => {
  const q = find(quotes("The ferry will not sail again before the spring thaw, harbour officials cautioned."), "ferry");
  assert.equal(q.kind, "indirect");
  assert.equal(q.text, "The ferry will not sail again before the spring thaw");
  assert.equal(q.cue?.text, "cautioned");
  const c = find(quotes("Two of the night buses ran empty for a month, the depot union complained."), "buses");
  assert.equal(c.text, "Two of the night buses ran empty for a month");
  assert.equal(c.cue?.text, "complained");
  // The noun stays a noun: no reported speech after "remarks".
  const r = quotes("Dara Quist brushed off sour remarks her rivals had made about the rota.");
  assert.ok(!r.some((x) => x.cue?.text === "remarks"), JSON.stringify(r));
});
