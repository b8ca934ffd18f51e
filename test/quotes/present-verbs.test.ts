// A third-person present that compromise's lexicon lacks ("depends", "contends") is a verb when
// WordNet's sense-tagged counts read its lemma as a verb at least twice as often as a noun, so a
// reported clause whose subject is a bare noun phrase is found ("said ferry revenue depends on the
// weather"), and so is one with a plural subject and a bare verb ("said island families depend on
// the ferry"). A form compromise reads as a plural noun ("stops", "files", "claims") stays one.
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isBaseVerbForm, isPresentVerbForm } from "../../src/extract/quotes/verb-forms.js";
import { find, quotes } from "./find.js";

test("'said ferry revenue depends on …', 'said island families depend on …': the clause is reported", () => {
  const depends = find(
    quotes("Ann Roe, the mayor of Dover, said ferry revenue depends on the summer weather."),
    "revenue",
  );
  assert.deepEqual(
    [depends.kind, depends.text, depends.speaker, depends.cue?.text],
    ["indirect", "ferry revenue depends on the summer weather", "Ann Roe", "said"],
  );
  const depend = find(quotes("Ann Roe, the mayor of Dover, said island families depend on the ferry."), "families");
  assert.deepEqual([depend.text, depend.speaker], ["island families depend on the ferry", "Ann Roe"]);
});

test("WordNet's counts add the presents compromise lacks, never one it reads as a plural noun", () => {
  for (const word of ["depends", "contends", "defends"]) assert.equal(isPresentVerbForm(word), true, word);
  for (const word of ["stops", "files", "claims"]) assert.equal(isPresentVerbForm(word), false, word);
  assert.equal(isBaseVerbForm("depend"), true);
});
