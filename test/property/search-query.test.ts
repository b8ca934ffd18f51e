// Properties of the search query reader on any string: it never throws, keeps only letters and
// digits, at most 32 terms of at most 32 words, at most one prefix (the last term, a bare word),
// and both engines' query texts are made from it without a character of query syntax leaking in.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { searchTerms } from "../../src/store/search-query.js";
import { ftsQuery } from "../../src/store/sqlite/text.js";
import { tsQuery } from "../../src/store/postgres/search.js";
import { anyUtf16, SEED } from "./arbitraries.js";

const WORD = /^[\p{L}\p{N}]+$/u;

test("any string is read into safe terms for both engines", () => {
  fc.assert(
    fc.property(fc.oneof(anyUtf16, fc.stringMatching(/^[a-z "*:()&|!<>'-]{0,80}$/)), (query) => {
      const terms = searchTerms(query);
      assert.ok(terms.length <= 32);
      for (const t of terms) {
        assert.ok(t.words.length >= 1 && t.words.length <= 32);
        for (const w of t.words) assert.match(w, WORD);
        if (!t.phrase) assert.equal(t.words.length, 1);
      }
      const prefixes = terms.filter((t) => t.prefix);
      assert.ok(prefixes.length <= 1);
      if (prefixes.length) assert.ok(prefixes[0] === terms[terms.length - 1] && !prefixes[0].phrase);
      const fts = ftsQuery(query);
      const ts = tsQuery(query);
      assert.equal(fts === null, terms.length === 0);
      assert.equal(ts === null, terms.length === 0);
      // outside the words, FTS5 sees only quotes, spaces and one trailing '*'
      if (fts) assert.match(fts.replace(/"[\p{L}\p{N} ]+"/gu, ""), /^[ *]*$/u);
      // to_tsquery sees only quoted lexemes (lower-cased words: no quote or backslash inside)
      // joined by & and <->, in parentheses, and one ':*'
      if (ts) assert.match(ts.replace(/'[^'\\]+'/gu, ""), /^[ &()<\->:*]*$/u);
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test("a query's terms: phrases in quotes, an unclosed quote to the end, the last bare word a prefix", () => {
  assert.deepEqual(searchTerms('ferry "harbour master" dock'), [
    { words: ["ferry"], phrase: false, prefix: false },
    { words: ["harbour", "master"], phrase: true, prefix: false },
    { words: ["dock"], phrase: false, prefix: true },
  ]);
  assert.deepEqual(searchTerms('"open phrase'), [{ words: ["open", "phrase"], phrase: true, prefix: false }]);
  assert.deepEqual(searchTerms("*** ()"), []);
  // letters of any script are words; PostgreSQL gets them lower-cased inside quotes
  assert.equal(tsQuery("İzmir ferry"), "'i̇zmir' & 'ferry':*");
});
