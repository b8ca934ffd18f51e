// A plural of sources or officials opening its sentence ("Sources have confirmed …", "Aides said …")
// is capitalised only as the sentence's first word: it names nobody, and the report stays unnamed.
// A capitalised body before the noun still names it ("A Treasury spokesman said …"). Every sentence
// is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Sources have confirmed that …', 'Aides said …': the noun of sources names no speaker; 'A Harbour Board spokesman' names the board", () => {
  const q = find(quotes("The mill was hacked. Sources have confirmed that the attack began at dawn."), "attack");
  assert.equal(q.text, "the attack began at dawn");
  assert.equal(q.speaker, null);
  const a = find(quotes("The ferry was late again. Aides said the mayor would act."), "mayor would act");
  assert.equal(a.speaker, null);
  const o = find(quotes("Fares rose in May. Officials have said they will review the rise."), "review");
  assert.equal(o.speaker, null);
  // A capitalised body before the noun still names it.
  const b = find(quotes("A Harbour Board spokesman said the pier would reopen."), "pier");
  assert.match(b.speaker ?? "", /Harbour Board/);
});
