// The Doc's shared layers and its span index: computed once per Doc, the same for every stage.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  afterDateline,
  buildDoc,
  datelineEnd,
  firstAfter,
  firstAtOrAfter,
  lowerWords,
  perDoc,
  sentenceAt,
  shapes,
  tokenAtOrAfter,
  tokenParagraphs,
  wordShape,
} from "../src/core/doc.js";

test("a layer of one's own is made once per Doc and kept apart for each Doc", () => {
  let made = 0;
  const lengths = perDoc((doc) => {
    made++;
    return doc.text.length;
  });
  const a = buildDoc("The ferry left at dawn.");
  const b = buildDoc("Nobody waved.");
  assert.equal(lengths(a), 23);
  assert.equal(lengths(a), 23);
  assert.equal(lengths(b), 13);
  assert.equal(made, 2, "made once for each Doc, then read");
});

test("lower-cased words, shapes and paragraphs of each token, computed once per Doc", () => {
  const doc = buildDoc("OSLO (NTB) — Mayor Ída Berg, 52, said the U.S. talks end in 2025.\nThe port reopens.");
  const words = lowerWords(doc);
  assert.equal(words, lowerWords(doc), "the layer is built once and shared");
  assert.deepEqual(words.slice(0, 4), ["oslo", "(", "ntb", ")"]);
  assert.equal(shapes(doc)[words.indexOf("ída")], "Xxx");
  assert.equal(wordShape("U.S."), "X.X.");
  assert.equal(wordShape("Kearns"), "Xxxxx");
  assert.equal(wordShape("20245"), "dddd");
  const paragraphs = tokenParagraphs(doc);
  assert.equal(paragraphs[0], 0);
  assert.equal(paragraphs[words.indexOf("port")], 1);
  assert.equal(words[datelineEnd(doc)], "mayor", "the dateline ends after its dash");
  assert.equal(datelineEnd(buildDoc("The port reopens on Monday.")), 0, "no dateline: the first token");
  const b = buildDoc("BOSTON - Rain fell.");
  assert.equal(afterDateline(b, 0, b.tokens.count), 2);
});

test("the span index finds the first key at or after (or strictly after) an offset, as a linear scan would", () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }),
      fc.integer({ min: -2, max: 55 }),
      (raw, at) => {
        const keys = [...raw].sort((a, b) => a - b);
        const scan = (ok: (k: number) => boolean) => {
          const i = keys.findIndex(ok);
          return i < 0 ? keys.length : i;
        };
        assert.equal(
          firstAtOrAfter(keys, at, (k) => k),
          scan((k) => k >= at),
        );
        assert.equal(
          firstAfter(keys, at, (k) => k),
          scan((k) => k > at),
        );
      },
    ),
  );
  const doc = buildDoc("One fell. Two rose.");
  assert.equal(sentenceAt(doc, 0), 0);
  assert.equal(sentenceAt(doc, 8), 0);
  assert.equal(sentenceAt(doc, 9), -1, "the space between sentences is in none");
  assert.equal(sentenceAt(doc, 10), 1);
  assert.equal(sentenceAt(doc, 99), -1);
  assert.equal(tokenAtOrAfter(doc, 1), 1);
});

test("any text's lower-cased words are its tokens lower-cased one by one, and its token and sentence indexes a scan's", () => {
  // Capitals that do not lower-case alone to one character ("İ"; "Σ", whose small form depends on the letters
  // around it, across a token's edge in "a.Σ b"; a surrogate pair) mixed with plain words.
  const piece = fc.constantFrom(
    "Ann",
    "ROE",
    "İZMİR",
    "ΟΔΥΣΣΕΑΣ",
    "Σ",
    "said",
    "𝐀bc",
    "\ud835",
    ".",
    " ",
    "\n",
    "“",
    "É",
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 25 }), (parts) => {
      const doc = buildDoc(parts.join(""));
      const words = lowerWords(doc);
      assert.equal(words.length, doc.tokens.count);
      for (let i = 0; i < doc.tokens.count; i++)
        assert.equal(words[i], doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase());
      for (let at = 0; at <= doc.text.length; at++) {
        let t = 0;
        while (t < doc.tokens.count && doc.tokens.start[t] < at) t++;
        assert.equal(tokenAtOrAfter(doc, at), t);
        const s = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
        assert.equal(sentenceAt(doc, at), s);
      }
    }),
  );
});
