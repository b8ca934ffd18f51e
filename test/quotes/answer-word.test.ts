// "yes" or "no" right after a plain verb of saying stands alone for the clause the question before
// it gave ("Asked if the pier would reopen, Ann Roe said no."): it is reported, as a pronoun and a
// modal are ("said it would"); "said no one came" and "said no more" are not such answers. Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Asked if …, Ann Roe said no.': the answer word is the reported content", () => {
  const no = find(quotes("Asked whether the lido would open in June, Ida Brenn said no."), "no");
  assert.deepEqual([no.kind, no.text, no.speaker, no.cue?.text], ["indirect", "no", "Ida Brenn", "said"]);
  const yes = find(quotes("The wardens asked if the stalls could stay. Tom Vale said yes and left."), "yes");
  assert.deepEqual([yes.text, yes.speaker], ["yes", "Tom Vale"]);
  // A determiner "no" opens a clause of its own; "said no more" reports nothing.
  assert.deepEqual(
    quotes("Ida Brenn said no ferry ran that week.").map((q) => q.text),
    ["no ferry ran that week"],
  );
  assert.deepEqual(
    quotes("Ida Brenn said no more.").map((q) => q.text),
    [],
  );
});
