import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { buildDoc } from "../../../src/core/doc.js";
import { projectPath } from "../../../src/core/paths.js";
import { getTagger, MODEL_FILE } from "../../../src/extract/default-model.js";
import { entityLayer } from "../../../src/extract/entities/index.js";
import { tagDoc } from "../../../src/extract/entities/tagger/index.js";

const haveModel = existsSync(projectPath("models", MODEL_FILE));
const skip = haveModel ? false : "models/ner.bin is absent (run scripts/train-ner.ts)";

test("the shipped model tags a person and a place", { skip }, () => {
  const labels = getTagger().tagSentence("Angela Merkel visited Paris on Monday .".split(" "));
  assert.deepEqual(labels, ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"]);
});

test("organisations with designators and people with titles", { skip }, () => {
  const words = "Shares in Barclays Bank fell sharply after Mr Tom Hughes , the chief executive , resigned .".split(
    " ",
  );
  const labels = getTagger().tagSentence(words);
  assert.deepEqual(labels.slice(2, 5), ["B-ORG", "I-ORG", "O"]);
  assert.deepEqual(labels.slice(8, 10), ["B-PER", "I-PER"]);
  assert.equal(labels[7], "O");
});

test("tagging is deterministic and the model is loaded once", { skip }, () => {
  const words = "The Kenyan runner Mary Wanjiru won the race in Berlin for Nike .".split(" ");
  const a = getTagger().tagSentence(words);
  const b = getTagger().tagSentence(words.slice());
  assert.equal(getTagger(), getTagger());
  assert.deepEqual(a, b);
});

test("any words give one label each and never throw", { skip }, () => {
  const tagger = getTagger();
  const odd = ["", " ", "\u0000", "\ud800", "😀", "x".repeat(10_000), "’s", "“", "—", "123,456.78", "ÉCOLE", "ß"];
  assert.deepEqual(tagger.tagSentence([]), []);
  const labels = tagger.tagSentence(odd);
  assert.equal(labels.length, odd.length);
  for (const l of labels) assert.match(l, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? "Smith" : "word"));
  assert.equal(tagger.tagSentence(long).length, 5000);
  assert.deepEqual(tagger.tagDocument([]), []);
  assert.deepEqual(
    tagger.tagDocument([[], ["A"]]).map((s) => s.length),
    [0, 1],
  );
});

test("tagDoc returns character offsets into the text, curly quotes and possessives included", { skip }, () => {
  const text =
    "The chief executive of Rolls-Royce, Warren East, said on Tuesday that the company’s engines were safe.\n\n" +
    "“We are confident,” East told reporters in London.";
  const spans = tagDoc(buildDoc(text), getTagger());
  const found = spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  assert.ok(found.includes("PER:Warren East"), found.join(", "));
  assert.ok(found.includes("LOC:London"), found.join(", "));
  assert.ok(found.includes("PER:East"), found.join(", "));
  for (const s of spans) assert.ok(s.start < s.end && s.end <= text.length);
});

test(
  "tagDoc gives each span the tagger's mean margin over its words; a body it reads unsurely, named once, is dropped",
  { skip },
  () => {
    const text = "Dana Orr was voted Harbour Conference Co-Captain of the Year in 1988.";
    const spans = tagDoc(buildDoc(text), getTagger());
    assert.ok(spans.length > 0);
    for (const s of spans) assert.ok(Number.isFinite(s.margin), `${text.slice(s.start, s.end)}: ${s.margin}`);
    const es = entityLayer(buildDoc(text), { tagger: getTagger() });
    assert.deepEqual(
      es.map((e) => [e.name, e.type]),
      [["Dana Orr", "person"]],
    );
  },
);
