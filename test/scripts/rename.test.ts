// The renamed copy of a gold split (npm run eval -- --renamed): the same article with its people
// renamed in the text and in the answers alike. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FEMALE, renamed, renamingOf } from "../../scripts/lib/rename.js";

const article = {
  text: "Justice Ann Roe heard the case. Roe said Tom Vale, 40, lied. “I did not,” Mr Vale said. Vale Street was shut.",
  entities: [
    { type: "person", name: "Justice Ann Roe", mentions: ["Justice Ann Roe", "Roe"] },
    { type: "person", name: "Tom Vale", mentions: ["Tom Vale", "Mr Vale"] },
    { type: "organization", name: "Harbour Board", mentions: ["Harbour Board"] },
  ],
  quotes: [{ kind: "direct", text: "I did not", speaker: "e2", cue: "said" }],
  events: [{ type: "statement", evidence: "Roe said Tom Vale, 40, lied." }],
};

test("a person's given name and surname are renamed everywhere, titles and other names left alone", () => {
  const seq = [0.1, 0.7, 0.3, 0.9, 0.5, 0.2];
  let i = 0;
  const map = renamingOf(article, () => seq[i++ % seq.length]);
  assert.deepEqual([...map.keys()], ["Ann", "Roe", "Tom", "Vale"]);
  assert.ok(!map.has("Justice"), "a title is no name");
  const out = renamed(article, map);
  const roe = map.get("Roe")!;
  const vale = map.get("Vale")!;
  assert.ok(out.text.startsWith(`Justice ${map.get("Ann")} ${roe} heard`));
  assert.ok(out.text.includes(`Mr ${vale} said`));
  // The same word in another name changes with it, as a reader would see it.
  assert.ok(out.text.includes(`${vale} Street`));
  assert.deepEqual(out.entities![0].mentions, [`Justice ${map.get("Ann")} ${roe}`, roe]);
  assert.equal(out.entities![2].name, "Harbour Board");
  assert.equal(out.events![0].evidence, `${roe} said ${map.get("Tom")} ${vale}, 40, lied.`);
  assert.equal(out.quotes![0].text, "I did not");
  // Ann is a woman's name in the lexicon: she keeps a woman's name, so "she" still fits.
  assert.ok(FEMALE.includes(map.get("Ann")!), map.get("Ann"));
  assert.ok(!FEMALE.includes(map.get("Tom")!), map.get("Tom"));
});

test("the same seed renames the same way; an article with no full name is left as it is", () => {
  const gen = (seed: number) => {
    let a = seed;
    return () => (a = (a * 16807) % 2147483647) / 2147483647;
  };
  assert.deepEqual([...renamingOf(article, gen(7))], [...renamingOf(article, gen(7))]);
  const plain = { text: "Roe spoke.", entities: [{ type: "person", name: "Roe", mentions: ["Roe"] }] };
  assert.equal(renamed(plain, renamingOf(plain, gen(1))), plain);
});

test("someone the article calls 'Ms' keeps a woman's name, whatever the lists say of her first name", () => {
  const ms = {
    text: "Bethwyn Tarle spoke. Ms Tarle said no.",
    entities: [{ type: "person", name: "Bethwyn Tarle", mentions: ["Bethwyn Tarle", "Ms Tarle"] }],
  };
  const map = renamingOf(ms, () => 0.5);
  assert.ok(FEMALE.includes(map.get("Bethwyn")!), map.get("Bethwyn"));
});
