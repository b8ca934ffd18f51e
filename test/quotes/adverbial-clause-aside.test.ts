// Two shapes of reported speech that hide where the content opens. A short adverbial clause between
// the verb of saying and its "that" ("said as she left the stage that …", "said when asked that …"),
// whose own verb takes no "that"; and a bare subject with an aside between two dashes ("said small
// farms -- those of ten acres or less -- would suffer"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("an adverbial clause between the cue and its 'that': 'said as she left the stage that …'", () => {
  const a = find(quotes("Odile Varga said as she left the stage that the festival would move to Brno."), "festival");
  assert.equal(a.text, "the festival would move to Brno");
  assert.equal(a.cue?.text, "said");
  assert.equal(a.speaker, "Odile Varga");
  const w = find(quotes("Odile Varga said when asked that the festival would move to Brno."), "festival");
  assert.equal(w.text, "the festival would move to Brno");
  assert.equal(w.speaker, "Odile Varga");
  const e = find(quotes("Odile Varga wrote as the season ended that the festival would move to Brno."), "festival");
  assert.equal(e.text, "the festival would move to Brno");
  assert.equal(e.cue?.text, "wrote");
  // A clause whose verb takes a "that" of its own keeps it: "said after she heard that …".
  const q = quotes("Odile Varga said after she heard that the festival had moved, the tickets were void.");
  assert.equal(q.filter((x) => x.cue?.text === "said" && x.text.startsWith("the festival")).length, 0);
});

test("a bare subject with an aside between dashes: 'said small farms -- those of ten acres -- would suffer'", () => {
  const d = find(
    quotes("Tomas Keel said small vineyards -- those of ten acres or less -- would lose the most."),
    "vineyards",
  );
  assert.equal(d.text, "small vineyards -- those of ten acres or less -- would lose the most");
  assert.equal(d.speaker, "Tomas Keel");
  // A bare verb after the aside, its plural noun before it; a dash of one kind.
  const b = find(quotes("Tomas Keel says small vineyards — those of ten acres or less — lose the most."), "vineyards");
  assert.equal(b.text, "small vineyards — those of ten acres or less — lose the most");
  assert.equal(b.cue?.text, "says");
  // A dash that closes no aside leaves a noun phrase after "said" unreported.
  const q = quotes("Tomas Keel said cheap tickets -- and plenty of them. The crowd in the square cheered.");
  assert.equal(q.filter((x) => x.text.startsWith("cheap tickets")).length, 0);
});
