// After a cue that reports a clause only with "that" or a short subject ("predicted", "noted",
// "suggest"), a bare plural noun and an auxiliary or modal right after it open the clause:
// "predicted lawsuits could follow". After a cue that is an adjective ("the alleged thieves were
// …") they do not. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'predicted lawsuits could …', 'noted tenants are …': a bare plural subject opens the clause", () => {
  const predicted = find(quotes("Tom Vale predicted lawsuits could follow the closure of the pier."), "lawsuits");
  assert.deepEqual(
    [predicted.text, predicted.speaker, predicted.cue?.text],
    ["lawsuits could follow the closure of the pier", "Tom Vale", "predicted"],
  );
  const noted = find(quotes("Ann Roe noted tenants are leaving the estate in numbers."), "tenants");
  assert.deepEqual([noted.text, noted.speaker], ["tenants are leaving the estate in numbers", "Ann Roe"]);
  assert.deepEqual(
    quotes("Near the pier, the alleged thieves were seen by a guard.").map((q) => q.text),
    [],
  );
});
