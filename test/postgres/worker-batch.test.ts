// A worker takes jobs a batch at a time: the stored ones are completed together, and when told to
// stop mid-batch it gives the jobs it did not reach back to the queue at once (waiting, their tries
// uncounted), so another worker takes them without waiting for their time limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { DEFAULT_QUEUE_SETTINGS, JobQueue, type IngestJob } from "../../src/ingest/queue.js";
import { openPostgresStore } from "../../src/store/postgres/store.js";
import { dropLocation, freshLocation, pgSkipReason, query } from "./pg.js";

const skip = (await pgSkipReason()) ?? false;

const job = (order: number): IngestJob => ({
  case: "batch",
  file: `note-${order}.txt`,
  input: {
    id: `n${order}`,
    source: null,
    outlet: null,
    published: null,
    title: null,
    text: `Ferry operator Ines Duval said crossing ${order} was cancelled because of high winds.`,
  },
  order,
});

test(
  "a batch's stored jobs complete; those not reached when told to stop go back to the queue",
  { skip, timeout: 60_000 },
  async () => {
    const location = freshLocation("batch");
    const store = await openPostgresStore(location);
    const queue = await JobQueue.open(location);
    try {
      await queue.enqueue([1, 2, 3, 4, 5].map(job), DEFAULT_QUEUE_SETTINGS);
      let stop!: () => void;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      const seen: string[] = [];
      await queue.work(store, {
        extract,
        batchSize: 5,
        stop: stopped,
        onJob: ({ job: j }) => {
          seen.push(j.input.id as string);
          // Asked to stop now, the worker is already into the next job: it finishes that one.
          if (seen.length === 1) stop();
        },
      });
      assert.deepEqual(
        seen,
        ["n1", "n2"],
        "the jobs are taken in the order enqueued, and the worker stops after the job in hand",
      );
      const counts = await queue.counts();
      assert.deepEqual([counts.completed, counts.waiting, counts.active, counts.failed], [2, 3, 0, 0]);

      // Another worker takes the three given back, at once and as first tries.
      await queue.work(store, { extract, batchSize: 5, exitWhenIdleSeconds: 0, pollingSeconds: 0.05 });
      const after = await queue.counts();
      assert.deepEqual([after.completed, after.waiting, after.active, after.failed], [5, 0, 0, 0]);
      const docs = await query<{ doc_id: string }>(location, "SELECT doc_id FROM documents ORDER BY doc_id");
      assert.deepEqual(
        docs.map((d) => d.doc_id),
        ["n1", "n2", "n3", "n4", "n5"],
      );
      const retried = await query<{ n: number }>(
        location.replace(/schema=([^&]+)/, "schema=$1_jobs"),
        "SELECT count(*)::int AS n FROM (SELECT retry_count FROM job UNION ALL SELECT retry_count FROM archive) j WHERE retry_count > 0",
      );
      assert.equal(retried[0].n, 0, "no job counted a failed try");
    } finally {
      await queue.close();
      await store.close();
      await dropLocation(location);
    }
  },
);
