// The reworded copy of a gold split (npm run eval -- --reworded): the same article with every
// "said" and "says" rewritten as another verb of saying. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { reworded, VERBS } from "../../scripts/lib/reword.js";
import { random } from "../../scripts/generate-corpus.js";

test("each 'said' becomes a past verb of saying and each 'says' a present one; other words stay", () => {
  const text = "“It is late,” Ann Roe said. Tom Vale says the bridge is safe. Unsaid words, saysay and Said stay.";
  const out = reworded(text, random(1));
  const past = new Set(VERBS.map(([p]) => p));
  const present = new Set(VERBS.map(([, s]) => s));
  const m = /^“It is late,” Ann Roe (\p{Ll}+)\. Tom Vale (\p{Ll}+) the bridge is safe\. (.*)$/u.exec(out);
  assert.ok(m, out);
  assert.ok(past.has(m[1]), m[1]);
  assert.ok(present.has(m[2]), m[2]);
  assert.equal(m[3], "Unsaid words, saysay and Said stay.");
  // The same seed rewrites the same way.
  assert.equal(reworded(text, random(1)), out);
});
