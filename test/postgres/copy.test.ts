// `casefile copy` moves a case between SQLite and PostgreSQL both ways: SQLite → PostgreSQL →
// SQLite gives back the same documents, extractions and corrections, and so the same case file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";
import { loadCase, openStore, type NewDocument } from "../../src/store/index.js";
import { openPostgresStore } from "../../src/store/postgres/store.js";
import { dropLocation, freshLocation, pgSkipReason } from "./pg.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
const skip = await pgSkipReason();

const ARTICLES: NewDocument[] = [
  {
    id: "quay",
    source: "https://news.example/quay",
    outlet: "Example News",
    published: "2024-03-04",
    title: "Shipment held at the quay",
    text: 'Harbour inspector Maria Lindqvist said on Tuesday that a shipment had been held at the quay. "We found nothing unusual," she told reporters. Port director Tomas Berg declined to comment.',
  },
  {
    id: "hearing",
    source: "https://news.example/hearing",
    outlet: "Other Paper",
    published: "2024-03-06",
    title: null,
    text: 'Ms Lindqvist told the council hearing on Thursday that the checks were routine. Mr Berg said the port "has nothing to hide" and promised a full report by April.',
  },
];

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

function withoutTimes(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (k, v: unknown) => (k === "at" || k === "addedAt" || k === "createdAt" ? undefined : v)),
  );
}

test(
  "a case copied SQLite → PostgreSQL → SQLite comes back the same, corrections included",
  { skip: skip ?? false, timeout: 60_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "casefile-copy-"));
    const location = freshLocation("copy");
    try {
      const first = join(dir, "first.db");
      const store = await openStore(first);
      for (const a of ARTICLES)
        await store.addDocument("harbour", a, extract(a.text, { id: a.id, published: a.published }));
      await store.recordMerge("harbour", {
        entities: ["Tomas Berg", "Berg"],
        reason: "same port director",
        detail: { name: "Tomas Berg" },
      });
      await store.recordRename("harbour", {
        entities: ["Maria Lindqvist", "Maria Lindqvist-Holm"],
        reason: "full name",
      });
      await store.close();

      const there = spawnSync(process.execPath, [CLI, "copy", "--from", first, "--to", location], { encoding: "utf8" });
      assert.equal(there.status, 0, there.stderr);
      assert.match(there.stdout, /2 articles, 2 corrections/);
      const pg = await openPostgresStore(location);
      try {
        const docs = await pg.listDocuments("harbour");
        assert.deepEqual(
          docs.map((d) => d.id),
          ["quay", "hearing"],
        );
        assert.equal((await pg.getDocument("harbour", "quay"))?.document.text, ARTICLES[0].text);
        assert.equal((await pg.listOverrides("harbour")).length, 2);
        // A second copy into the same case is refused rather than mixed in.
        const again = spawnSync(process.execPath, [CLI, "copy", "--from", first, "--to", location], {
          encoding: "utf8",
        });
        assert.equal(again.status, 1);
        assert.match(again.stderr, /already has a case "harbour"/);
      } finally {
        await pg.close();
      }

      const back = join(dir, "back.db");
      const home = spawnSync(process.execPath, [CLI, "copy", "--from", location, "--to", back, "--case", "harbour"], {
        encoding: "utf8",
      });
      assert.equal(home.status, 0, home.stderr);
      const a = await openStore(first, { readonly: true });
      const b = await openStore(back, { readonly: true });
      try {
        assert.deepEqual(
          withoutTimes(await b.listDocuments("harbour")),
          withoutTimes(await a.listDocuments("harbour")),
        );
        assert.deepEqual(
          withoutTimes(await collect(b.iterateExtractions("harbour"))),
          withoutTimes(await collect(a.iterateExtractions("harbour"))),
        );
        assert.deepEqual(
          withoutTimes(await b.listOverrides("harbour")),
          withoutTimes(await a.listOverrides("harbour")),
        );
        const sqliteCase = withoutTimes(await loadCase(a, "harbour"));
        assert.deepEqual(withoutTimes(await loadCase(b, "harbour")), sqliteCase);
        // The PostgreSQL store builds the same case as well.
        const pg = await openStore(location);
        try {
          assert.deepEqual(withoutTimes(await loadCase(pg, "harbour")), sqliteCase);
        } finally {
          await pg.close();
        }
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await dropLocation(location);
    }
  },
);
