// A report whose clause names a thing by a quoted phrase through a free relative ("what she called
// “…”") stands over the whole clause, the quotation inside it, as it does with "which she called";
// the quotation keeps its own cue. A "what" that opens the reported clause is not such a relative.
// The relative's subject may be a titled name ("what Dr. Lena Moss called") or a plain noun phrase.
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotes } from "./find.js";

const read = (text: string) => quotes(text).map((q) => `${q.kind} ${q.speaker}/${q.cue?.text}: ${q.text}`);

test("'said she would resist what she called “…”': the report holds the quotation", () => {
  assert.deepEqual(read("Lena Moss said the guild would resist what she called “a raid on the pension pot.”"), [
    "indirect Lena Moss/said: the guild would resist what she called “a raid on the pension pot.”",
    "direct Lena Moss/called: a raid on the pension pot.",
  ]);
  // (A "what" that opens the reported clause is no such relative.)
  const qs = quotes("Lena Moss said what she called “a toll” was a tax by another name.");
  assert.ok(!qs.some((q) => q.kind === "indirect" && q.text.startsWith("what she called")));
});

test("the free relative's subject may be a titled name or a plain noun phrase", () => {
  const titled = read("Ivo Brandt said he would appeal against what Dr. Lena Moss called “a fair fine.”");
  assert.equal(titled[0], "indirect Ivo Brandt/said: he would appeal against what Dr. Lena Moss called “a fair fine.”");
  const plain = read("Ivo Brandt said the mill had ended what most weavers called “the lean years.”");
  assert.equal(plain[0], "indirect Ivo Brandt/said: the mill had ended what most weavers called “the lean years.”");
});
