// A case's write lock on PostgreSQL, seen from outside: while one store's write of a case holds
// it, a store in another schema of the database writes its own case of that name at once, and a
// second store on the first one's schema waits its turn. Used on new stores (locks.test.ts) and on
// a store migrated from the release before (store.test.ts).
import assert from "node:assert/strict";
import type pg from "pg";
import { extract } from "../../src/extract/index.js";
import type { PostgresStore } from "../../src/store/postgres/store.js";

/** Three invented articles, one for each store's write. */
const TEXTS = [
  "The ferry operator Tamsin Okafor said the crossing to Wrenholm would resume on Friday after repairs to the ramp.",
  "Councillor Idris Mbeki told residents of Wrenholm that a second ferry had been leased for the summer months.",
  "Engineers from the shipyard at Caddon Point inspected the damaged ramp and found its hinges worn through.",
];

/** The backends of this cluster that `pid` blocks, polled until there is one (10 s at most). */
async function blockedBy(pool: pg.Pool, pid: number): Promise<number[]> {
  for (let i = 0; i < 300; i++) {
    const { rows } = await pool.query("SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))", [pid]);
    if (rows.length) return (rows as { pid: number }[]).map((r) => r.pid);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return [];
}

/** Whether `p` settles within `ms`. */
function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([p.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

/**
 * `held` writes a document of `caseName` and is kept inside its write, after the write lock is
 * taken (a transaction of the test holds its schema's `meta` row, which the write updates last).
 * Meanwhile `otherSchema`'s write of a case of the same name must complete, and `sameSchema`'s
 * (a store on `held`'s schema) must wait for `held`'s write; all three are stored in the end.
 */
export async function assertWriteLockPerSchema(
  held: PostgresStore,
  sameSchema: PostgresStore,
  otherSchema: PostgresStore,
  caseName: string,
): Promise<void> {
  const write = (store: PostgresStore, i: number) =>
    store.addDocument(
      caseName,
      { id: `ferry-${i}`, source: null, outlet: null, published: "2025-06-02", title: null, text: TEXTS[i] },
      extract(TEXTS[i], { id: `ferry-${i}` }),
    );
  const holder = await held.connectionPool.connect();
  let holding = true;
  try {
    await holder.query("BEGIN");
    await holder.query("UPDATE meta SET value = value WHERE key = 'revision'");
    const [{ pid }] = (await holder.query("SELECT pg_backend_pid() AS pid")).rows as { pid: number }[];
    const first = write(held, 0);
    const [writer] = await blockedBy(held.connectionPool, pid);
    assert.ok(writer, "the first write reached the schema's meta row, holding its write lock");
    const other = write(otherSchema, 1);
    assert.equal(await settlesWithin(other, 10_000), true, "the other schema's write did not wait");
    let secondDone = false;
    const second = write(sameSchema, 2).then((r) => {
      secondDone = true;
      return r;
    });
    assert.ok((await blockedBy(held.connectionPool, writer)).length, "the same schema's write waits on the first");
    assert.equal(secondDone, false);
    await holder.query("ROLLBACK");
    holding = false;
    for (const r of await Promise.all([first, other, second])) assert.equal(r.status, "added");
  } finally {
    if (holding) await holder.query("ROLLBACK").catch(() => undefined);
    holder.release();
  }
}
