// The CoNLL reader behind scripts/attribution/conll-quotes.ts joins token files back into text
// for reading quotations by eye: every word kept in order, quotation marks paired.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { detokenize } from "../../scripts/attribution/conll-quotes.js";

test("detokenize glues punctuation and clitics and pairs straight double quotes into curly ones", () => {
  const text = detokenize([
    ["Tom", "Vale", "said", ":", '"', "We", "'re", "ready", ",", '"', "on", "Monday", "."],
    ['"', "It", "is", "over", "."],
    ["Shares", "rose", "5", "%", "."],
    ['"', "said", "Ann", "Roe", "."],
  ]);
  assert.equal(
    text,
    "Tom Vale said: \u201cWe're ready,\u201d on Monday.\n\n\u201cIt is over. Shares rose 5%.\u201d said Ann Roe.",
  );
});

test("detokenize keeps every word, in order, whatever the tokens", () => {
  const word = fc.stringMatching(/^[A-Za-z0-9'",.%()$:;!?-]{1,6}$/);
  fc.assert(
    fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), (sentences) => {
      const text = detokenize(sentences);
      let at = 0;
      for (const w of sentences.flat()) {
        if (w === '"') continue;
        const k = text.indexOf(w, at);
        assert.ok(k >= at, `${JSON.stringify(w)} missing after ${at} in ${JSON.stringify(text)}`);
        at = k + w.length;
      }
    }),
  );
});
