// '“Not one more inch!” Brannigan bellowed.': after a quotation closed by "!" or "?" the sentence
// goes on, and a lone capitalised word there is a name even when the entity layer did not take it
// up; a common word or a noun for a kind of person is none. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'“…!” Surname bellowed.' credits the surname the entity layer did not take up", () => {
  const q = find(
    quotes("“Not one more inch of the marsh!” Brannigan bellowed. The gate stayed shut."),
    "one more inch",
  );
  assert.equal(q.speaker, "Brannigan");
});

test("'“…?” Surname wondered.' credits the surname; 'Protesters wondered' names no one", () => {
  const q = find(quotes("“Who will pay for the ferry now?” Thistlewood wondered."), "pay for the ferry");
  assert.equal(q.speaker, "Thistlewood");
  const none = quotes("“Who will pay for the ferry now?” Protesters wondered.");
  assert.ok(none.every((x) => x.speaker !== "Protesters"));
});
