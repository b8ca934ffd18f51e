import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConll, SpanScorer, prf, spansOf, toIob2 } from "../../../scripts/ner/conll.js";
import { documentPass } from "../../../src/extract/entities/tagger/docpass.js";
import { ClassTable } from "../../../src/extract/entities/tagger/classtable.js";
import { exchangeClusters } from "../../../src/extract/entities/tagger/clusters.js";
import { Gazetteer, normalizeWord } from "../../../src/extract/entities/tagger/gazetteer.js";
import { Model } from "../../../src/extract/entities/tagger/model.js";
import { PerceptronTagger } from "../../../src/extract/entities/tagger/tagger.js";
import { train } from "../../../scripts/ner/train.js";

test("CoNLL reading: IOB1 becomes IOB2 and -DOCSTART- separates documents", () => {
  const text = [
    "Heavy JJ I-NP O",
    "rain NN I-NP O",
    "in IN I-PP O",
    "Lagos NNP I-NP I-LOC",
    "",
    "Ngozi NNP I-NP I-PER",
    "Okafor NNP I-NP I-PER",
    "Ade NNP I-NP B-PER",
    "",
    "-DOCSTART- -X- O O",
    "",
    "Acme NNP I-NP I-ORG",
    "-DOCSTART- -X- O O",
  ].join("\n");
  const docs = parseConll(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences[0].labels, ["O", "O", "O", "B-LOC"]);
  assert.deepEqual(docs[0].sentences[1].labels, ["B-PER", "I-PER", "B-PER"]);
  assert.deepEqual(docs[1].sentences[0].words, ["Acme"]);
  assert.deepEqual(toIob2(["I-ORG", "I-LOC", "I-LOC", "O", "I-MISC"]), ["B-ORG", "B-LOC", "I-LOC", "O", "B-MISC"]);
});

test("span scoring is exact match: a partial span is both a false positive and a miss", () => {
  assert.deepEqual(spansOf(["B-PER", "I-PER", "O", "I-LOC"]), [
    { start: 0, end: 2, type: "PER" },
    { start: 3, end: 4, type: "LOC" },
  ]);
  const s = new SpanScorer();
  s.add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
  assert.deepEqual(s.overall(), { tp: 1, fp: 1, fn: 1 });
  assert.equal(prf(s.overall()).f, 0.5);
});

test("the gazetteer marks every word of the longest and the shorter listed phrases", () => {
  const g = new Gazetteer();
  g.add("New York", "city");
  g.add("New York Times", "organization");
  g.add("york", "last-name");
  const hits: string[] = [];
  g.match(["the", "new", "york", "times", "said"], (t, code) => hits.push(`${t}:${code >> 2}:${code & 3}`));
  assert.deepEqual(hits.sort(), ["1:3:0", "1:6:0", "2:1:3", "2:3:2", "2:6:1", "3:6:2"]);
  const copy = Gazetteer.parse(g.serialize());
  assert.deepEqual([...copy.phrases].sort(), [...g.phrases].sort());
  assert.equal(normalizeWord("“O’Neill”—"), '"O\'Neill"-');
});

test("the document pass labels a lone surname like the full name and leaves common words alone", () => {
  const sentences = [
    ["Police", "said", "Maria", "Kowalczyk", "was", "arrested", "."],
    ["Kowalczyk", "denies", "the", "charge", "."],
    ["Police", "said", "nothing", "more", "."],
  ];
  const first = [
    ["O", "O", "B-PER", "I-PER", "O", "O", "O"],
    ["O", "O", "O", "O", "O"],
    ["O", "O", "O", "O", "O"],
  ];
  const out = documentPass(sentences, first);
  assert.deepEqual(out[1], ["B-PER", "O", "O", "O", "O"]);
  assert.deepEqual(out[2], first[2]);
  // A one-word name labelled a place takes the type of the person it is part of.
  const mixed = documentPass(
    [
      ["Judge", "Amara", "Lindqvist", "ruled", "."],
      ["Lindqvist", "said", "so", "."],
    ],
    [
      ["O", "B-PER", "I-PER", "O", "O"],
      ["B-LOC", "O", "O", "O"],
    ],
  );
  assert.deepEqual(mixed[1], ["B-PER", "O", "O", "O"]);
});

test("exchange clustering puts words used alike in one class", () => {
  const sentences: string[][] = [];
  const days = ["Monday", "Tuesday", "Friday"];
  const cities = ["Oslo", "Lima", "Hanoi"];
  for (let i = 0; i < 60; i++) {
    sentences.push(["the", "talks", "ended", "on", days[i % 3], "."]);
    sentences.push(["she", "flew", "to", cities[i % 3], "yesterday", "."]);
  }
  const cl = exchangeClusters(sentences, { classes: 8, minCount: 2, iterations: 10 });
  assert.equal(cl.get("Monday"), cl.get("Friday"));
  assert.equal(cl.get("Oslo"), cl.get("Hanoi"));
  assert.notEqual(cl.get("Monday"), cl.get("Oslo"));
  assert.deepEqual(exchangeClusters(sentences, { classes: 8, minCount: 2, iterations: 10 }), cl);
});

/** A small made-up corpus: people meet in cities; firms with designators hire people. */
function syntheticDocs() {
  const people = ["Ana Silva", "Omar Haddad", "Lena Vogel", "Raj Patel", "Kofi Mensah", "Eva Novak"];
  const cities = ["Porto", "Tunis", "Graz", "Pune", "Accra", "Brno"];
  const firms = ["Vexa Corp", "Lumo Group", "Tarn Bank", "Orbi Ltd"];
  const docs = [];
  for (let d = 0; d < 12; d++) {
    const sentences = [];
    for (let k = 0; k < 6; k++) {
      const p = people[(d + k) % people.length].split(" ");
      const c = cities[(d * 2 + k) % cities.length];
      const f = firms[(d + 2 * k) % firms.length].split(" ");
      sentences.push({
        words: [...p, "met", "officials", "in", c, "on", "Monday", "."],
        labels: ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "O", "O", "O"],
      });
      sentences.push({
        words: [...f, "hired", p[1], "last", "year", "."],
        labels: ["B-ORG", "I-ORG", "O", "B-PER", "O", "O", "O"],
      });
    }
    docs.push({ sentences });
  }
  return docs;
}

test("training learns a small corpus, is deterministic, and survives a save and load", () => {
  const opts = {
    bits: 16,
    epochs: [4, 3] as [number, number],
    seed: 7,
    folds: 3,
    trainGazetteer: true,
    clusters: new Map([["Monday", "3"]]),
    twoStage: true,
    runs: 2,
    log: () => {},
  };
  const model = train(syntheticDocs(), new Gazetteer(), opts);
  assert.equal(model.tables.length, 2);
  const tagger = new PerceptronTagger(model);
  assert.deepEqual(tagger.tagSentence(["Raj", "Patel", "met", "officials", "in", "Graz", "on", "Monday", "."]), [
    "B-PER",
    "I-PER",
    "O",
    "O",
    "O",
    "B-LOC",
    "O",
    "O",
    "O",
  ]);
  const bytes = model.serialize();
  assert.deepEqual(train(syntheticDocs(), new Gazetteer(), opts).serialize(), bytes);
  const loaded = Model.deserialize(bytes);
  assert.deepEqual(loaded.tables[1].weights, model.tables[1].weights);
  assert.deepEqual(loaded.tables[0].weights, model.tables[0].weights);
  assert.deepEqual(loaded.serialize(), bytes);
  assert.deepEqual(loaded.clusters, model.clusters);
  const words = ["Tarn", "Bank", "hired", "Vogel", "last", "year", "."];
  assert.deepEqual(new PerceptronTagger(loaded).tagSentence(words), tagger.tagSentence(words));
  assert.throws(() => Model.deserialize(Buffer.from("not a model")));
});

test("word classes let the tagger type a name it never saw labelled, by the names that share its class", () => {
  // Made-up people and firms in the same frame ("X won the vote ."): only their classes tell them apart.
  const people = ["Haddad", "Vogel", "Patel", "Novak"];
  const firms = ["Vexa", "Lumo", "Tarnex", "Orbis"];
  const docs = [];
  for (let d = 0; d < 8; d++) {
    const sentences = [];
    for (let k = 0; k < 4; k++) {
      const [name, label] = k % 2 === 0 ? [people[(d + k) % 4], "B-PER"] : [firms[(d + k) % 4], "B-ORG"];
      sentences.push({ words: [name, "won", "the", "vote", "."], labels: [label, "O", "O", "O", "O"] });
    }
    docs.push({ sentences });
  }
  // Classes as embedding-clusters.ts writes them: lower case, coarse to fine.
  const clusters = new Map<string, string>();
  for (const p of [...people, "mensah"]) clusters.set(p.toLowerCase(), "g1 g4");
  for (const f of [...firms, "quorra"]) clusters.set(f.toLowerCase(), "g2 g9");
  const opts = {
    bits: 16,
    epochs: [4, 3] as [number, number],
    seed: 3,
    folds: 2,
    trainGazetteer: false,
    clusters,
    twoStage: false,
    runs: 1,
    log: () => {},
  };
  const model = train(docs, new Gazetteer(), opts);
  const tagger = new PerceptronTagger(model);
  assert.deepEqual(tagger.tagSentence(["Mensah", "won", "the", "vote", "."])[0], "B-PER");
  assert.deepEqual(tagger.tagSentence(["Quorra", "won", "the", "vote", "."])[0], "B-ORG");
  // The same classes as a compact table (how --embedding-clusters ships them) train the same weights,
  // and the table survives a save and load.
  const table = ClassTable.fromEntries([...clusters].map(([w, ids]): [string, string] => [w, ids.replace(/g/g, "")]));
  const fromTable = train(docs, new Gazetteer(), { ...opts, clusters: new Map(), classTable: table });
  assert.deepEqual(fromTable.tables[0].weights, model.tables[0].weights);
  const loaded = Model.deserialize(fromTable.serialize());
  assert.deepEqual(loaded.classTable?.keys, table.keys);
  assert.deepEqual(new PerceptronTagger(loaded).tagSentence(["Quorra", "won", "the", "vote", "."])[0], "B-ORG");
});
