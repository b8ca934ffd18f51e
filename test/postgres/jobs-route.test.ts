// GET /api/jobs on a PostgreSQL store: all zero before any job was enqueued (no queue tables
// yet), then the ingest queue's jobs by state as workers take, finish and fail them, read fresh
// on every request although the store's revision does not move.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_QUEUE_SETTINGS, INGEST_QUEUE, JobQueue, type IngestJob } from "../../src/ingest/queue.js";
import { createServer } from "../../src/server/index.js";
import { openPostgresStore } from "../../src/store/postgres/store.js";
import { dropLocation, freshLocation, pgSkipReason } from "./pg.js";

const skip = (await pgSkipReason()) ?? false;

const job = (order: number): IngestJob => ({
  case: "jobs",
  file: `article-${order}.txt`,
  input: { id: `a${order}`, source: null, outlet: null, published: null, title: null, text: `Article ${order}.` },
  order,
});

test("the queue's jobs by state, fresh on every request", { skip, timeout: 60_000 }, async () => {
  const location = freshLocation("jobs");
  const store = await openPostgresStore(location);
  const app = createServer({ store });
  let queue: JobQueue | null = null;
  const jobs = async () => {
    const res = await app.inject({ url: "/api/jobs" });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  try {
    assert.deepEqual(await jobs(), { queue: true, queued: 0, active: 0, completed: 0, failed: 0, dead: 0 });
    queue = await JobQueue.open(location);
    // Jobs 1-3 get no retry, jobs 4-5 two retries an hour apart (so a failed try stays waiting).
    await queue.enqueue([job(1), job(2), job(3)], { ...DEFAULT_QUEUE_SETTINGS, retryLimit: 0 });
    await queue.enqueue([job(4), job(5)], { ...DEFAULT_QUEUE_SETTINGS, retryLimit: 2, retryDelaySeconds: 3600 });
    const revision = await store.revision();
    assert.deepEqual(await jobs(), { queue: true, queued: 5, active: 0, completed: 0, failed: 0, dead: 0 });

    const taken = await queue.boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 5 });
    assert.equal(taken.length, 5);
    const byOrder = new Map(taken.map((j) => [j.data.order, j.id]));
    await queue.boss.complete(INGEST_QUEUE, byOrder.get(1) as string, { status: "added", id: "a1" });
    await queue.boss.fail(INGEST_QUEUE, byOrder.get(2) as string, { message: "no last try left" });
    await queue.boss.fail(INGEST_QUEUE, byOrder.get(4) as string, { message: "tried again in an hour" });
    assert.equal(await store.revision(), revision, "nothing was stored: the revision has not moved");
    assert.deepEqual(
      await jobs(),
      { queue: true, queued: 1, active: 2, completed: 1, failed: 1, dead: 1 },
      "answered anew, not from the cache of GET answers",
    );
  } finally {
    await queue?.close();
    await app.close();
    await store.close();
    await dropLocation(location);
  }
});
