import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { buildDoc } from "../../src/core/doc.js";
import { getTagger } from "../../src/extract/default-model.js";
import { entityLayer } from "../../src/extract/entities/index.js";
import { findCandidates } from "../../src/extract/entities/candidates.js";

test("never throws on any string, and every mention is a slice of the text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
      const doc = buildDoc(text);
      for (const e of entityLayer(doc, { tagger: getTagger() }))
        for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    }),
    { numRuns: 300 },
  );
});

test("survives hostile shapes: long capitalised runs, brackets, lone surrogates, huge lines", () => {
  const inputs = [
    "Aaa ".repeat(5000),
    "Mr ".repeat(3000) + "Smith",
    "(" + "ABC) (".repeat(2000),
    "\ud800\udc00 Mr \ud800 Smith, 30, a \udfff",
    "of and of the for ".repeat(2000),
    "X, 9999999999, aged 7777777, the 0-year-old",
  ];
  for (const text of inputs) {
    const doc = buildDoc(text);
    assert.doesNotThrow(() => entityLayer(doc, { tagger: getTagger() }));
  }
});

test("a capitalised run is split without looking back: candidates grow linearly with the text", () => {
  const unit = "Orla Finch met Mr Finch at the Quayside Trust in Leeds. ";
  const one = findCandidates(buildDoc(unit)).length;
  const many = findCandidates(buildDoc(unit.repeat(200))).length;
  assert.equal(many, one * 200);
});
