// A sentence that opens with "Asked" (or "When asked") and a question holding a quotation: the
// question is an opening adjunct, so its mixed quote ends at the comma before the main clause, whose
// answer is a report of its own ('Asked whether the levy was “fair,” most members said yes.').
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotes } from "./find.js";

test("'Asked whether … “…,” most members said yes.': the question ends at its comma", () => {
  const read = (text: string) => quotes(text).map((q) => `${q.kind} ${q.cue?.text}: ${q.text}`);
  assert.deepEqual(read("Asked whether the warden “keeps the peace,” 70 percent of anglers said yes."), [
    "mixed Asked: whether the warden “keeps the peace,”",
    "indirect said: yes",
  ]);
  assert.deepEqual(read("When asked if the toll was “a fair price,” most drivers shrugged."), [
    "mixed asked: if the toll was “a fair price,”",
  ]);
});

test("'Asked about the “…,” Ann Roe said …': the quotation in the question is not the answerer's", () => {
  const qs = quotes("Asked about the “pier tax,” Ida Brenn said the fee would stay.");
  const question = qs.find((q) => q.text.includes("pier tax"));
  assert.ok(question);
  assert.equal(question.cue?.text, "Asked");
  assert.notEqual(question.speaker, "Ida Brenn");
  // A quotation after the question's comma is the answer, as before.
  const answer = quotes("Asked about the pier, “it stays,” Ida Brenn said.").find((q) => q.text.includes("stays"));
  assert.equal(answer?.speaker, "Ida Brenn");
});
