// A building in a town ("the Vexan embassy in Corlo", "the aid office in Corlo"; a noun whose most
// frequent WordNet sense is a thing) is where the body that speaks sits: the town is not the
// speaker. The people or the voice of a town still speak for it ("officials in Corlo", "a police
// spokesman in Corlo": shared/eval/ANNOTATION.md lets a city stand for its government). Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

const text = [
  "Two aid workers were stopped at a checkpoint outside Corlo on Tuesday.",
  "The Vexan embassy in Corlo said both workers had been handed back unharmed.",
  "The regional aid office in Corlo said its convoys would wait a week.",
  "Officials in Corlo said the checkpoint would close at dusk.",
  "A police spokesman in Corlo said no charges had been filed.",
].join("\n\n");

// Words of each quotation, and who is credited with it.
const expected: [string, string | null][] = [
  ["handed back", null],
  ["convoys would wait", null],
  ["close at dusk", "Corlo"],
  ["no charges", "Corlo"],
];

test("a building in a town speaks for an unnamed body; officials in a town for the town", () => {
  const all = quotes(text);
  for (const [words, speaker] of expected) assert.equal(find(all, words).speaker, speaker, words);
});
