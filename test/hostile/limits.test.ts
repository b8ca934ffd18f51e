// Issue 17 items 4b and 5: hostile shapes stay linear and bounded in memory; one document has a
// documented size limit with a one-line error above it.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { buildDoc } from "../../src/core/doc.js";
import type { Mention } from "../../src/core/schema.js";
import { DocumentTooLongError, extract, MAX_DOCUMENT_CHARS } from "../../src/extract/index.js";
import { getTagger } from "../../src/extract/default-model.js";
import { MAX_TAGGED_WORDS, tagDoc } from "../../src/extract/entities/tagger/index.js";
import { findQuoteSpans } from "../../src/extract/quotes/marks.js";
import { innerMentions } from "../../src/extract/roles/index.js";
import { SHAPES } from "../../scripts/lib/hostile.js";
import { linearRatios, shown, withinBound } from "./linear.js";

test("a document over the limit is refused with one line naming its length and the limit", () => {
  const text = "a".repeat(MAX_DOCUMENT_CHARS + 1);
  assert.throws(
    () => extract(text),
    (e: unknown) =>
      e instanceof DocumentTooLongError &&
      !e.message.includes("\n") &&
      e.message.includes("1,000,001 characters") &&
      e.message.includes("1,000,000"),
  );
});

test("inner mentions: one sweep agrees with comparing every pair", () => {
  const mention = fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }))
    .map(([start, len]) => ({ start, end: start + len, text: "x" }) as Mention);
  fc.assert(
    fc.property(fc.array(mention, { maxLength: 30 }), (ms) => {
      const brute = new Set(
        ms.filter((m) =>
          ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
        ),
      );
      const fast = innerMentions(ms);
      assert.deepEqual(
        ms.map((m) => fast.has(m)),
        ms.map((m) => brute.has(m)),
      );
    }),
  );
});

test("a sentence longer than the tagger's piece is tagged in pieces at the right offsets", () => {
  const filler = Array.from({ length: MAX_TAGGED_WORDS + 40 }, () => "and").join(" ");
  const text = `Maria Gonzalez met ${filler} Peter Hansen in Oslo on Friday`;
  const doc = buildDoc(text);
  assert.equal(doc.sentences.length, 1);
  const spans = tagDoc(doc, getTagger()).map((s) => text.slice(s.start, s.end));
  assert.ok(spans.includes("Maria Gonzalez"), spans.join("|"));
  assert.ok(spans.includes("Peter Hansen"), spans.join("|"));
});

test("a run of nothing but quotation marks leaves no empty quotation behind", () => {
  const doc = buildDoc('"'.repeat(5000));
  assert.deepEqual(findQuoteSpans(doc), []);
});

test("the linearity bench's hostile shapes stay linear: ten times the text costs at most twenty times the CPU", () => {
  // A guard for CI, cruder than the bench's 11× target (`npm run bench -- --only quotes`): a scan
  // that grows with the square of the text reads 30× and more at these sizes (bd9d688 fixed one
  // that read 31×), a linear stage about 10× (how it is measured: ./linear.ts).
  for (const shape of SHAPES) {
    const one = shape.make(30_000);
    const ten = shape.make(300_000);
    const ratios = linearRatios(
      () => extract(one),
      () => extract(ten),
      20,
    );
    assert.ok(withinBound(ratios, 20), `${shape.name}: 10× the text took ${shown(ratios)} the CPU`);
  }
});
