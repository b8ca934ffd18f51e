// A reported clause may be cut to its subject pronoun and an auxiliary or modal, the rest left out
// as the question before it gave it: "Asked whether …, Ann Roe said it would." It is reported,
// though other clauses of under three words are not. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'said it would.', 'said they could.': a pronoun and a modal are a reported clause", () => {
  const would = find(quotes("Asked whether the ferry would run on Sunday, Ann Roe said it would."), "would");
  assert.deepEqual([would.kind, would.text, would.speaker], ["indirect", "it would", "Ann Roe"]);
  const could = find(quotes("The wardens asked if the stalls might stay open. Tom Vale said they could."), "could");
  assert.deepEqual([could.text, could.speaker], ["they could", "Tom Vale"]);
  // Two words that are no such clause report nothing.
  assert.deepEqual(
    quotes("Tom Vale said goodbye.").map((q) => q.text),
    [],
  );
});
