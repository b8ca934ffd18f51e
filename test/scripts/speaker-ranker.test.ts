// The learned speaker re-ranker (scripts/attribution/ranker.ts, train-ranker.ts; measured on PolNeAR
// and not shipped): its training is deterministic, its model file's shape is checked, and a model
// overrides an uncertain rule pick but never a named speaker right at the cue. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { buildDoc } from "../../src/core/doc.js";
import { checkRanker, rerank, type RankerModel } from "../../scripts/attribution/ranker.js";
import { type Example, train } from "../../scripts/attribution/train-ranker.js";

const example = (features: string[][], right: number, rule = 0): Example => ({
  features,
  right: features.map((_, i) => i === right),
  rule,
  open: true,
  article: 0,
  about: "",
});

test("training on the same examples gives the same weights twice, and learns which candidate is right", () => {
  const set = [
    example([["rule", "pronoun"], ["other", "sentInit"], ["null"]], 1),
    example([["rule", "name"], ["other", "inside"], ["null"]], 0),
    example([["rule", "pronoun"], ["other", "inside"], ["null"]], 0),
    example([["rule", "name"], ["other", "sentInit"], ["null"]], 0),
    example([["rule", "pronoun"], ["other", "sentInit"], ["null"]], 1),
  ];
  const a = train(set, 5, 7);
  const b = train(set, 5, 7);
  assert.deepEqual(a, b);
  assert.ok(Object.keys(a).length > 0);
  assert.ok((a.sentInit ?? 0) > (a.inside ?? 0), JSON.stringify(a));
  assert.notDeepEqual(train(set, 5, 8), {});
});

const model = (weights: Record<string, number>): RankerModel =>
  checkRanker({ version: 1, kinds: ["direct", "mixed", "indirect"], unnamed: false, margin: 1, weights });

test("a model file is checked for its shape", () => {
  assert.equal(model({ null: 1 }).margin, 1);
  assert.throws(() => checkRanker({ version: 1, kinds: ["direct"], margin: 1, weights: {} }));
  assert.throws(() => checkRanker({ version: 2, kinds: ["direct"], unnamed: false, margin: 1, weights: {} }));
  assert.throws(() => checkRanker({ version: 1, kinds: ["quip"], unnamed: false, margin: 1, weights: {} }));
  assert.throws(() => checkRanker({ version: 1, kinds: [], unnamed: false, margin: 1, weights: { a: "x" } }));
});

const reranked = (text: string, m: RankerModel) => {
  const x = extract(text);
  const before = x.quotes.map((q) => q.speaker);
  const after = rerank(buildDoc(text), x.entities, x.quotes, m).map((q) => q.speaker);
  return { before, after };
};

test("a model that favours another mention by more than its margin replaces an uncertain rule pick", () => {
  const text = "Tom Vale sat beside Ann Roe at the ferry office. “The lease was signed in March,” she said.";
  const { before, after } = reranked(text, model({ "other|sentInit": 5 }));
  assert.deepEqual(before, ["Ann Roe"]);
  assert.deepEqual(after, ["Tom Vale"]);
  // Below the margin the rules' pick stays.
  assert.deepEqual(reranked(text, model({ "other|sentInit": 0.5 })).after, ["Ann Roe"]);
});

test("a named speaker right at the cue is kept, however the model scores nobody", () => {
  const text = "Tom Vale sat down at the ferry office. “The lease was signed in March,” said Ann Roe.";
  const { before, after } = reranked(text, model({ null: 9, "other|sentInit": 9 }));
  assert.deepEqual(before, ["Ann Roe"]);
  assert.deepEqual(after, ["Ann Roe"]);
});
