import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateArticles, SYNDICATED_EVERY, writeCorpus } from "../../scripts/generate-corpus.js";
import { isIsoDate } from "../../src/ingest/input.js";
import { ARTICLES } from "./articles.js";

test("the generator is deterministic and every article is distinct", () => {
  const a = [...generateArticles(ARTICLES, 120, 7)];
  const b = [...generateArticles(ARTICLES, 120, 7)];
  const c = [...generateArticles(ARTICLES, 120, 8)];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.equal(new Set(a.map((x) => x.text)).size, 120);
  assert.equal(new Set(a.map((x) => x.id)).size, 120);
  for (const x of a) {
    assert.ok(isIsoDate(x.published), x.published);
    assert.match(x.source, /^https:\/\/www\.[a-z]+\.example\//);
    assert.ok(x.outlet && x.title && x.text.length > 200);
  }
});

test("people are renamed consistently and years shifted with the publication date", () => {
  const generated = [...generateArticles(ARTICLES, 30, 3)].filter(
    (_, i) => i % SYNDICATED_EVERY !== SYNDICATED_EVERY - 1,
  );
  const fromHarbour = generated.filter((x) => x.source.includes("harbour-seizure"));
  assert.ok(fromHarbour.length >= 5);
  for (const x of fromHarbour) {
    assert.ok(!x.text.includes("Okafor"), "the original surname is gone");
    assert.ok(!x.text.includes("Helen Marsh"));
    // "Mr Okafor" became "Mr <new surname>" with the same surname as the full name
    const full = /([A-Z][a-z]+) ([A-Z][a-z]+), 41,/.exec(x.text);
    if (full && x.text.includes("Mr ")) assert.ok(x.text.includes(`Mr ${full[2]}`), x.text);
    const year = Number(x.published.slice(0, 4));
    if (x.text.includes("in April ")) assert.ok(x.text.includes(`in April ${year}`));
  }
});

test("every SYNDICATED_EVERY-th article is a copy of a recent one under another outlet", () => {
  const generated = [...generateArticles(ARTICLES, SYNDICATED_EVERY * 2, 5)];
  const copy = generated[SYNDICATED_EVERY - 1];
  const original = generated
    .slice(0, SYNDICATED_EVERY - 1)
    .find((x) => copy.text.endsWith(x.text.split("\n\n").slice(0, -1).join("\n\n")));
  assert.ok(original, "the copy holds an earlier article without its last paragraph");
  assert.equal(copy.title, original.title);
  assert.notEqual(copy.outlet, original.outlet);
  assert.match(copy.text, /^[A-Z ]+ \([^)]+\) - /);
  // the copies themselves differ from each other
  assert.notEqual(generated[SYNDICATED_EVERY * 2 - 1].text, copy.text);
});

test("writeCorpus writes one JSON input per article", () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-gen-"));
  try {
    const paths = writeCorpus(ARTICLES, dir, 12, 1);
    assert.equal(paths.length, 12);
    assert.equal(readdirSync(dir).length, 12);
    const first = JSON.parse(readFileSync(paths[0], "utf8")) as { id: string; text: string };
    assert.equal(first.id, "gen-00001");
    assert.ok(first.text.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
