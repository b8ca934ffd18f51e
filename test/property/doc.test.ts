// Properties of the text model on any string: buildDoc never throws, and its paragraphs,
// sentences and tokens are ordered, disjoint, inside the text, and consistent with each other.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { buildDoc, isSpaceCode, type Doc } from "../../src/core/doc.js";
import { anyUtf16, edgeCases, hostileText, SEED } from "./arbitraries.js";

/** Like assert.ok, but builds the message only on failure (the checks run once per character). */
function ok(cond: boolean, message: () => string): void {
  if (!cond) assert.fail(message());
}

/** Throws an AssertionError naming the first broken property. */
export function checkDoc(text: string, doc: Doc): void {
  assert.equal(doc.text, text, "Doc.text is the input, unchanged");
  const n = text.length;
  let prev = 0;
  for (const [i, p] of doc.paragraphs.entries()) {
    ok(
      p.start >= prev && p.start < p.end && p.end <= n,
      () => `paragraph ${i} [${p.start},${p.end}) is ordered and inside`,
    );
    ok(
      !isSpaceCode(text.charCodeAt(p.start)) && !isSpaceCode(text.charCodeAt(p.end - 1)),
      () => `paragraph ${i} is trimmed`,
    );
    prev = p.end;
  }
  const t = doc.tokens;
  ok(
    t.start.length === t.count && t.end.length === t.count && t.sentence.length === t.count,
    () => "token arrays agree",
  );
  prev = 0;
  for (let i = 0; i < t.count; i++) {
    ok(
      t.start[i] >= prev && t.start[i] < t.end[i] && t.end[i] <= n,
      () => `token ${i} [${t.start[i]},${t.end[i]}) ordered`,
    );
    for (let k = t.start[i]; k < t.end[i]; k++)
      ok(!isSpaceCode(text.charCodeAt(k)), () => `token ${i} holds no white space (offset ${k})`);
    prev = t.end[i];
  }
  // Every character that is not white space belongs to a token.
  let tok = 0;
  for (let k = 0; k < n; k++) {
    if (isSpaceCode(text.charCodeAt(k))) continue;
    while (tok < t.count && t.end[tok] <= k) tok++;
    ok(tok < t.count && t.start[tok] <= k, () => `character ${k} (U+${text.charCodeAt(k).toString(16)}) is in a token`);
  }
  // Sentences partition the tokens, in order, each within one paragraph.
  let nextToken = 0;
  prev = 0;
  for (const [i, s] of doc.sentences.entries()) {
    ok(s.firstToken === nextToken, () => `sentence ${i} starts where the previous one ended`);
    ok(s.lastToken > s.firstToken, () => `sentence ${i} has tokens`);
    ok(s.start === t.start[s.firstToken], () => `sentence ${i} starts at its first token`);
    ok(s.end === t.end[s.lastToken - 1], () => `sentence ${i} ends at its last token`);
    ok(s.start >= prev, () => `sentence ${i} is after the previous one`);
    const para = doc.paragraphs[s.paragraph];
    ok(!!para && s.start >= para.start && s.end <= para.end, () => `sentence ${i} is inside paragraph ${s.paragraph}`);
    for (let k = s.firstToken; k < s.lastToken; k++) ok(t.sentence[k] === i, () => `token ${k} knows sentence ${i}`);
    nextToken = s.lastToken;
    prev = s.end;
  }
  assert.equal(nextToken, t.count, "every token is in a sentence");
}

test("buildDoc: hostile news-like strings give a consistent Doc", () => {
  fc.assert(
    fc.property(hostileText, (text) => checkDoc(text, buildDoc(text))),
    { seed: SEED, numRuns: 400 },
  );
});

test("buildDoc: arbitrary UTF-16 (lone surrogates, control characters) gives a consistent Doc", () => {
  fc.assert(
    fc.property(anyUtf16, (text) => checkDoc(text, buildDoc(text))),
    { seed: SEED, numRuns: 400 },
  );
});

test("buildDoc: edge cases (empty, only punctuation, repeated marks, long lines)", () => {
  for (const [name, text] of edgeCases()) {
    let doc: Doc;
    try {
      doc = buildDoc(text);
    } catch (e) {
      assert.fail(`buildDoc threw on ${name}: ${(e as Error).message}`);
    }
    try {
      checkDoc(text, doc);
    } catch (e) {
      assert.fail(`${name}: ${(e as Error).message}`);
    }
  }
});
