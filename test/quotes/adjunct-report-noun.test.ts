// A noun of saying inside the adjunct of a verb of saying ("said in her closing remarks that …")
// tells how the subject spoke; the verb reports, for its subject. And a question closing its
// sentence keeps the attribution after it when "of" and a short phrase run into an adverbial clause.
// A trailing attribution that closes on its hearer ("…, X told reporters.") reports the whole clause.
// An elided year in the adjunct ("said in ‘09 that …") is a word, no quotation mark.
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a verb of saying keeps its report over a modified noun of saying in its adjunct: 'said in her closing remarks that …'", () => {
  for (const [text, cue] of [
    ["Petra Lind said in her closing remarks that the ferry tolls were far too high.", "said"],
    ["Petra Lind said during her opening remarks that the ferry tolls were far too high.", "said"],
    ["Petra Lind said in her opening statement that the ferry tolls were far too high.", "said"],
    ["Petra Lind argued in her written testimony that the ferry tolls were far too high.", "argued"],
  ]) {
    const q = find(quotes(text), "ferry tolls");
    assert.deepEqual(
      [q.text, q.speakerMention?.text, q.cue?.text],
      ["the ferry tolls were far too high", "Petra Lind", cue],
      text,
    );
  }
  // A verb whose object is an owned noun of saying still yields to the noun's owner.
  const owned = find(
    quotes(
      "Osric Fane runs the depot. Petra Lind had to defend his misleading assertion that the ferry tolls were fair.",
    ),
    "ferry tolls",
  );
  assert.deepEqual([owned.text, owned.speaker], ["the ferry tolls were fair", "Osric Fane"]);
});

test("a question's attribution may name what it was about before an adverbial clause: '“…?” X said of the board, when …'", () => {
  const q = find(
    quotes(
      "Warden Osric Fane met the rowing club. “Who gave them the keys?” Fane said of the trustees in April, when they locked the boathouse.",
    ),
    "keys",
  );
  assert.deepEqual([q.speakerMention?.text, q.cue?.text], ["Fane", "said"]);
});

test("a trailing attribution that closes on its hearer reports the whole clause before it: '…, X told reporters.'", () => {
  for (const [text, cue] of [
    ["The harbour trust maintains the new mooring fee is lawful, Nadia Okafor told reporters.", "told"],
    ["The harbour trust insists the new mooring fee is lawful, Nadia Okafor told the Gazette on Monday.", "told"],
  ]) {
    const q = find(quotes(text), "mooring fee");
    assert.deepEqual(
      [q.speaker, q.cue?.text, q.text.startsWith("The harbour trust")],
      ["Nadia Okafor", cue, true],
      text,
    );
  }
});

test("an elided year in the adjunct before 'that' leaves the report whole: 'said in ‘09 that …'", () => {
  const q = find(quotes("Kit Orme said in ‘09 that the lido lost money every summer. She left."), "lido");
  assert.deepEqual([q.text, q.speaker, q.cue?.text], ["the lido lost money every summer", "Kit Orme", "said"]);
});
