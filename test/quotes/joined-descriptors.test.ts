// "Boats and engines maker Vexa Oy said": at the start of a sentence, "and" joins two words of one
// description of the body named after them, not two speakers, so the body speaks. Unnamed people
// joined to a named body ("Police and the Harbour Board said") keep the first of them. Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Boats and engines maker Vexa Oy said': the maker speaks", () => {
  const all = quotes(
    [
      "Boats and engines maker Vexa Oy said on Monday it would shut its plant in Kelby.",
      "Fishing nets and ropes maker Tollan Ltd said its sales had risen by a tenth.",
    ].join("\n\n"),
  );
  assert.equal(find(all, "shut its plant").speaker, "Vexa Oy");
  assert.equal(find(all, "sales had risen").speaker, "Tollan Ltd");
});

test("unnamed people joined to a named body keep their own reading", () => {
  const all = quotes("Police and the Harbour Board said the coast road would stay shut until Friday.");
  assert.equal(find(all, "coast road").speaker, null);
});
