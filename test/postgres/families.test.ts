// Near-duplicate families after workers stored a case out of its input order. A is an article, B
// a copy of A with its opening trimmed and a new ending, C a copy of B trimmed further: C is a
// copy of B but no longer of A. Stored in input order, C joins A's family through B; stored
// before B (a worker was still extracting B), C found no copy and started a family of its own.
// settleFamilies() replays the decisions in input order and gives the serial ingest's families.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "../../src/extract/index.js";
import { openStore, type NewDocument, type Store } from "../../src/store/index.js";
import { openPostgresStore } from "../../src/store/postgres/store.js";
import { dropLocation, freshLocation, pgSkipReason } from "./pg.js";

const skip = (await pgSkipReason()) ?? false;

const WORDS = ["harbour", "ledger", "council", "ferry", "orchard", "tunnel", "quarry", "beacon", "meadow", "canal"];
const sentence = (tag: string, i: number) =>
  `The ${WORDS[i % 10]} report ${tag}${i} noted that ${WORDS[(i * 7) % 10]} crews worked near marker ${tag}${i * 13}.`;
const range = (from: number, to: number, tag: string) =>
  Array.from({ length: to - from + 1 }, (_, k) => sentence(tag, from + k));
const A = range(1, 40, "s").join(" ");
const B = [...range(6, 40, "s"), ...range(1, 5, "x")].join(" ");
const C = [...range(11, 40, "s"), ...range(1, 10, "x")].join(" ");

const doc = (id: string, text: string): NewDocument => ({
  id,
  text,
  source: null,
  outlet: null,
  published: null,
  title: null,
});

async function add(store: Store, id: string, text: string): Promise<void> {
  await store.addDocument("default", doc(id, text), extract(text, { id }));
}

async function families(store: Store): Promise<Record<string, string | null>> {
  return Object.fromEntries((await store.listDocuments("default")).map((d) => [d.id, d.duplicateOf]));
}

test("families of a case stored out of order are replayed into those of a serial ingest", { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-families-"));
  const location = freshLocation("families");
  const serial = await openStore(join(dir, "serial.db"));
  const pg = await openPostgresStore(location);
  try {
    await add(serial, "a", A);
    await add(serial, "b", B);
    await add(serial, "c", C);
    assert.deepEqual(await families(serial), { a: null, b: "a", c: "a" }, "in input order C joins A's family via B");

    // Each keeps its place in the input (as a queued document does), whatever the storing order.
    const inOrder = (id: string, text: string, order: number) =>
      pg.addDocument("default", doc(id, text), extract(text, { id }), { order });
    await inOrder("a", A, 1);
    await inOrder("c", C, 3);
    await inOrder("b", B, 2);
    assert.deepEqual(await families(pg), { a: null, b: "a", c: null }, "stored before B, C found no copy");
    const revision = await pg.revision();
    assert.equal(await pg.settleFamilies("default"), 1);
    assert.deepEqual(await families(pg), await families(serial));
    assert.ok((await pg.revision()) > revision, "readers see the change");
    assert.equal(await pg.settleFamilies("default"), 0, "settled families stay as they are");
  } finally {
    await serial.close();
    await pg.close();
    await dropLocation(location);
    rmSync(dir, { recursive: true, force: true });
  }
});
