// One request, one version of the case: the reads of one stored answer (readStoredCase, which
// every API answer from the stored case goes through) see one snapshot of the store, so a refresh
// another connection commits between two of them cannot mix rows of two versions of the case.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../src/store/index.js";
import { freshStoredCase, readStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { ARTICLES, CASE, addArticles } from "../server/fixtures.js";
import { ENGINES } from "./engines.js";

/** Two reads of one answer with another connection's `change` and refresh landing between them. */
async function interleaved(stored: StoredCase, writer: Store, change: () => Promise<unknown>) {
  const documents = (await stored.documents()).length;
  const quotes = await stored.quoteCount();
  await change();
  assert.equal((await refreshCase(writer, CASE)).built, true);
  return {
    documents,
    quotes,
    documentsAfter: (await stored.documents()).length,
    quotesAfter: (await stored.quotePage({})).length,
  };
}

for (const engine of ENGINES)
  test(
    `a refresh committed between two reads of one stored answer is not seen by the second [${engine.name}]`,
    {
      skip: engine.skip,
    },
    async () => {
      const { location, cleanup } = engine.newLocation();
      const reader = await openStore(location);
      const writer = await openStore(location);
      try {
        await addArticles(writer, CASE, ARTICLES.slice(0, 2));
        await refreshCase(writer, CASE);
        const answer = await readStoredCase(reader, CASE, (stored) =>
          interleaved(stored, writer, () => addArticles(writer, CASE, ARTICLES.slice(2))),
        );
        assert.ok(answer);
        assert.equal(answer.documents, 2);
        assert.ok(answer.quotes > 0);
        assert.equal(answer.documentsAfter, answer.documents, "the second read sees the first one's version");
        assert.equal(answer.quotesAfter, answer.quotes);
        // The next answer sees the refresh; and reads outside a snapshot (what every API answer did
        // before) see it between two reads, which is what the snapshot prevents.
        assert.equal(
          await readStoredCase(reader, CASE, async (stored) => (await stored.documents()).length),
          ARTICLES.length,
        );
        const loose = await freshStoredCase(reader, CASE);
        assert.ok(loose);
        const mixed = await interleaved(loose, writer, () => writer.removeDocument(CASE, ARTICLES[0].id));
        assert.equal(mixed.documents, ARTICLES.length);
        assert.equal(mixed.documentsAfter, ARTICLES.length - 1, "without a snapshot the second read sees the refresh");
      } finally {
        await reader.close();
        await writer.close();
        await cleanup();
      }
    },
  );
