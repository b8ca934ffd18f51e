// A title-case headline reports with any verb after which a clause needs no "that" ("Claims",
// "Warns", "Insists", "Explains"), and "Tells" with its hearer closed by a colon ("Ann Roe Tells
// Voters: …"); a preposition after the verb opens no clause, a hearer with no colon has no end, and
// the past is a headline's passive. Every headline is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

const body = "\n\nAnn Roe, the mayor of Dover, spoke to the council on Monday.";

test("'Ann Roe Claims …', 'Ann Roe Tells Voters: …', '…, Ann Roe Warns': other verbs of a title-case headline", () => {
  const claims = find(quotes(`Ann Roe Claims The Ferry Will Run All Winter${body}`), "Ferry");
  assert.deepEqual(
    [claims.kind, claims.text, claims.speaker, claims.cue?.text],
    ["indirect", "The Ferry Will Run All Winter", "Ann Roe", "Claims"],
  );
  const tells = find(quotes(`Ann Roe Tells Voters: The Ferry Will Run All Winter${body}`), "Ferry");
  assert.deepEqual([tells.text, tells.speaker, tells.cue?.text], ["The Ferry Will Run All Winter", "Ann Roe", "Tells"]);
  const after = find(quotes(`Ferry Fares Will Rise in May, Ann Roe Warns${body}`), "Ferry");
  assert.deepEqual([after.text, after.speaker, after.cue?.text], ["Ferry Fares Will Rise in May", "Ann Roe", "Warns"]);
  // No clause after a preposition, a hearer with no colon, or a past.
  for (const headline of [
    "Ann Roe Warns Against Fare Rise",
    "Ann Roe Tells Voters The Ferry Will Run",
    "Ann Roe Warned Over Ferry Fares",
  ])
    assert.deepEqual(
      quotes(headline + body).filter((q) => q.start < headline.length),
      [],
      headline,
    );
});

test("'…,’ Ann Roe Says' with the comma inside the closing mark, and 'Jose Ruiz Says …' for José Ruiz", () => {
  const inside = find(quotes(`Fares Are ‘A Tax On The Poor,’ Ann Roe Tells Council${body}`), "Fares");
  assert.deepEqual(
    [inside.kind, inside.text, inside.speaker, inside.cue?.text],
    ["mixed", "Fares Are ‘A Tax On The Poor,’", "Ann Roe", "Tells"],
  );
  const accents = "\n\nJosé Ruiz, a councillor in Dover, spoke on Monday.";
  const folded = find(quotes(`Jose Ruiz Says The Ferry Will Run All Winter${accents}`), "Ferry");
  assert.deepEqual(
    [folded.text, folded.speaker, folded.speakerMention?.text],
    ["The Ferry Will Run All Winter", "José Ruiz", "Jose Ruiz"],
  );
});

test("'Former Council Aide Says …', '…, Newspaper Says': a headline's description of its speaker, left unnamed", () => {
  const aide = find(quotes(`Former Council Aide Says The Ferry Will Run All Winter${body}`), "Ferry");
  assert.deepEqual(
    [aide.kind, aide.text, aide.speaker, aide.speakerId, aide.speakerMention?.text, aide.cue?.text],
    ["indirect", "The Ferry Will Run All Winter", null, null, "Former Council Aide", "Says"],
  );
  const paper = find(quotes(`Ferry Fares Will Rise in May, Newspaper Says${body}`), "Ferry");
  assert.deepEqual(
    [paper.text, paper.speaker, paper.speakerMention?.text],
    ["Ferry Fares Will Rise in May", null, "Newspaper"],
  );
  // A label opened by a question word describes no one; nor does one with no verb of saying.
  for (const headline of ["Why Aide Says The Ferry Will Run", "Former Aide: The Ferry Will Run All Winter"])
    assert.deepEqual(
      quotes(headline + body).filter((q) => q.start < headline.length),
      [],
      headline,
    );
});

test("'Dover County Says …': before a verb of saying a place speaks for itself in a headline, as 'Dover County said' does", () => {
  const place = "\n\nDover County officials met on Monday to set the fares.";
  const county = find(quotes(`Dover County Says Ferry Fares Will Rise${place}`), "Ferry");
  assert.deepEqual([county.text, county.speaker, county.cue?.text], ["Ferry Fares Will Rise", "Dover County", "Says"]);
  // A label with no verb of saying stays a place's, no speaker's.
  const label = "Dover County: Ferry Fares Will Rise";
  assert.deepEqual(
    quotes(label + place).filter((q) => q.start < label.length),
    [],
  );
});
