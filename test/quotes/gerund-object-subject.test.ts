// A subject may run longer than the words read back from its verb: "The skipper accused of steering
// onto a crowded beach near Marrow Point told police …". What is read back then opens with a gerund
// after a preposition ("of steering", "of then fleeing"), which is that preposition's object; the
// one who speaks is the noun phrase before the participle the preposition completes ("accused of"),
// never a body or place named in what the participle tells. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'The skipper accused of steering onto … told police': the skipper speaks", () => {
  const q = find(
    quotes("The skipper accused of steering onto a crowded beach near Marrow Point told police she was tired."),
    "tired",
  );
  assert.deepEqual([q.kind, q.speakerMention?.text, q.speaker], ["indirect", "The skipper", null]);
  const a = find(
    quotes(
      "The skipper accused of deliberately steering onto a crowded beach along the Marrow Point road told police she was tired.",
    ),
    "tired",
  );
  assert.equal(a.speakerMention?.text, "The skipper");
});

test("coordinated gerunds after the participle: the noun phrase before it, not a body named inside", () => {
  const q = find(
    quotes(
      "A nurse accused of passing records to people linked to the Vexa Group and of then fleeing the country told jurors on Monday that she was innocent.",
    ),
    "innocent",
  );
  assert.equal(q.speakerMention?.text, "A nurse");
  assert.equal(q.speaker, null);
});
