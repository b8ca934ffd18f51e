// The advisory locks a PostgreSQL store takes for a case (the write lock of a document's write,
// the queue lock of an enqueued run, the refresh lock of `casefile worker`s) belong to the store:
// two stores in two schemas of one database, each with a case of the same name, neither wait on
// each other nor skip for each other, while two stores opened on one schema still take turns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPostgresStore, type PostgresStore } from "../../src/store/postgres/store.js";
import { dropLocation, freshLocation, pgSkipReason } from "./pg.js";
import { assertWriteLockPerSchema } from "./write-lock.js";

const skip = (await pgSkipReason()) ?? false;
const CASE = "harbour-inquiry";
/** QUEUE_LOCK of src/store/postgres/store.ts, the first key of a case's queue lock. */
const QUEUE_LOCK_CLASS = 0x43617368;

/** A promise and its resolve; with `ms`, it resolves by itself then (so a test of a wrong lock ends). */
function signal(ms?: number): { fired: Promise<void>; fire: () => void } {
  let fire = () => undefined as void;
  const fired = new Promise<void>((resolve) => {
    fire = resolve;
    if (ms !== undefined) setTimeout(resolve, ms).unref();
  });
  return { fired, fire };
}

/** Resolves once a connection waits for a queue lock in this database (a few seconds at most). */
async function waitingForLock(store: PostgresStore): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await store.connectionPool.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [QUEUE_LOCK_CLASS],
    );
    if ((rows[0] as { n: number }).n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** Two stores on one schema and one on another schema of the same database; all closed and dropped after. */
async function withStores(fn: (same: PostgresStore[], other: PostgresStore) => Promise<void>): Promise<void> {
  const here = freshLocation("locks");
  const there = freshLocation("locks");
  const stores = [await openPostgresStore(here), await openPostgresStore(here), await openPostgresStore(there)];
  try {
    await fn(stores.slice(0, 2), stores[2]);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    await dropLocation(here);
    await dropLocation(there);
  }
}

test("a case's queue lock is the store's: another schema's case of that name does not wait", { skip }, async () => {
  await withStores(async ([a, sameSchema], otherSchema) => {
    const release = signal(15_000);
    const holding = signal();
    let held = false;
    const first = a.lockedForQueue(CASE, async () => {
      held = true;
      holding.fire();
      await release.fired;
      held = false;
    });
    await holding.fired;
    const seenByOther = await otherSchema.lockedForQueue(CASE, async () => held);
    const sameTurn = sameSchema.lockedForQueue(CASE, async () => held);
    await waitingForLock(a);
    release.fire();
    await first;
    assert.equal(seenByOther, true, "the other schema's store took its lock while the first held its own");
    assert.equal(await sameTurn, false, "a store on the same schema waited for the first to commit");
  });
});

test("a case's refresh lock is the store's: another schema's worker does not skip its refresh", { skip }, async () => {
  await withStores(async ([a, sameSchema], otherSchema) => {
    const release = signal(15_000);
    const inside = signal();
    const first = a.onlyOne(CASE, async () => {
      inside.fire();
      await release.fired;
    });
    await inside.fired;
    try {
      assert.equal(await otherSchema.onlyOne(CASE, async () => undefined), true, "the other schema's refresh ran");
      assert.equal(await sameSchema.onlyOne(CASE, async () => undefined), false, "the same schema's was skipped");
    } finally {
      release.fire();
      assert.equal(await first, true);
    }
  });
});

test(
  "a case's write lock is the store's: another schema's case of that name is written meanwhile",
  { skip },
  async () => {
    await withStores(async ([a, sameSchema], otherSchema) => {
      await assertWriteLockPerSchema(a, sameSchema, otherSchema, CASE);
    });
  },
);
