// ingestOne: the one way into the store, for the CLI's ingest and the API's add-document route.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { extract } from "../../src/extract/index.js";
import { ingestOne } from "../../src/ingest/one.js";
import { openStore } from "../../src/store/index.js";

const input = (id: string, text: string) => ({
  id,
  source: null,
  outlet: null,
  published: "2024-05-02",
  title: null,
  text,
});
const TEXT = "The harbour master, Lena Ortiz, said on Tuesday that the pier would reopen in June.";

test("ingestOne stores a document once, answers at once with a plain extractor and as a promise with an async one", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-one-"));
  const store = await openStore(join(dir, "s.db"));
  try {
    let calls = 0;
    const counting = (text: string, o: object) => (calls++, extract(text, o));
    const first = await ingestOne(store, "default", input("pier", TEXT), counting);
    assert.equal(first.result.status, "added");
    assert.equal(first.result.id, "pier");
    assert.equal(first.extraction?.id, "pier");
    const again = await ingestOne(store, "default", input("pier-again", TEXT), async (t, o) => counting(t, o));
    assert.deepEqual(again, { result: { status: "duplicate", id: "pier", duplicateOf: "pier" }, extraction: null });
    assert.equal(calls, 1, "an exact re-ingest is not extracted again");
    const unnamed = await ingestOne(store, "default", input("", TEXT + " It did."), async (t, o) => extract(t, o));
    assert.match(unnamed.result.id, /^doc-[0-9a-f]{16}$/, "an input without an id takes the extraction's content id");
    assert.equal((await store.getDocument("default", unnamed.result.id))?.extraction.id, unnamed.result.id);
    await assert.rejects(
      async () =>
        await ingestOne(store, "default", input("boom", "Another text."), () => {
          throw new Error("extractor failed");
        }),
    );
    assert.equal((await store.listDocuments("default")).length, 2, "a failed extraction stores nothing");
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
