// A relative clause may stand between a subject and its verb of saying with no comma: "Nurses who
// staff the Kelbrook Clinic say …". Its pronoun is its subject, so the verb right after "who" (here a
// bare present, which no word list marks as a verb) and what follows it are the clause, and the one
// who speaks is the noun phrase before the pronoun, never a body or a place named inside the clause.
// "That" opens such a clause only before a verb ("Dockers that have backed …"), since it also opens
// what is said ("warned that nurses say …"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Nurses who staff the Kelbrook Clinic say': the nurses speak, not the clinic their clause names", () => {
  const q = find(quotes("Nurses who staff the Kelbrook Clinic say they are exhausted."), "exhausted");
  assert.equal(q.kind, "indirect");
  assert.equal(q.speaker, null);
  assert.equal(q.speakerMention?.text, "Nurses");
  const a = find(quotes("Skippers who often fish off Marrow Point say the quotas came too late."), "quotas");
  assert.equal(a.speaker, null);
  assert.equal(a.speakerMention?.text, "Skippers");
});

test("the first named of those a subject relative qualifies speaks", () => {
  const q = find(
    quotes(
      "The ferry group is led by Ona Pask, a retired skipper. Pask and others who oppose the Grendle toll said the vote was rushed.",
    ),
    "rushed",
  );
  assert.equal(q.speaker, "Ona Pask");
  assert.equal(q.speakerMention?.text, "Pask");
});

test("'that' before a verb opens the same clause; before a subject it opens what is said", () => {
  const q = find(quotes("Dockers that have backed the strike at Pellow Quay say they will not return."), "return");
  assert.equal(q.speakerMention?.text, "Dockers");
  const r = find(quotes("The union warned that nurses say they are exhausted."), "exhausted");
  assert.equal(r.speakerMention?.text, "The union");
});
