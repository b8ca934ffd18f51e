// A comment clause in the passive cites its agent as "according to" does: "As reported by the
// Dunmore Gazette, …" at the front of a sentence reports the main clause after its comma; "…, as
// first revealed by the Dunmore Gazette on Monday." at its end reports the clause before it. An agent
// that names no one ("as reported by phone") and "as" as a time ("He left as reported") report
// nothing. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'As reported by X, …': the agent of the passive comment clause is the speaker of the main clause", () => {
  const q = find(quotes("As reported by the Dunmore Gazette, the tannery on Quay Road will shut in April."), "tannery");
  assert.equal(q.kind, "indirect");
  assert.equal(q.text, "the tannery on Quay Road will shut in April");
  assert.equal(q.speaker, "Dunmore Gazette");
  assert.equal(q.cue?.text, "As reported by");
  // A bare noun may open the main clause; an adverb may stand before the cue.
  const b = find(quotes("But as first noted by Ida Brenn, pressure is growing on the harbour board."), "pressure");
  assert.equal(b.text, "pressure is growing on the harbour board");
  assert.equal(b.speaker, "Ida Brenn");
});

test("'…, as first revealed by X on Monday.': at the sentence end the clause before the comma is cited", () => {
  const q = find(
    quotes("The ferry company has cut two winter sailings, as first revealed by the Dunmore Gazette on Monday."),
    "sailings",
  );
  assert.equal(q.text, "The ferry company has cut two winter sailings");
  assert.equal(q.speaker, "Dunmore Gazette");
  assert.equal(q.cue?.text, "as first revealed by");
});

test("an agent that names no one, or no comment clause, cites nothing", () => {
  assert.equal(quotes("As reported by phone, the tannery on Quay Road will shut in April.").length, 0);
  assert.equal(quotes("The tannery shut its gates as reported by the Dunmore Gazette.").length, 0);
});
