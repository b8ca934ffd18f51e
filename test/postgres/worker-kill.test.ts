// Killing a worker with SIGKILL in the middle of a job loses nothing: the job stays "active"
// until its time limit, the queue's maintenance then marks it for a retry, another worker
// takes it, and every document ends up stored exactly once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { JobQueue } from "../../src/ingest/queue.js";
import { dropLocation, freshLocation, pgSkipReason, query } from "./pg.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
const skip = await pgSkipReason();

/** A long invented article (a few seconds to extract), so the worker is surely inside its job when killed. */
function longArticle(): string {
  const names = ["Alice Moreno", "Brian Okafor", "Clara Stein", "David Nakamura", "Elena Petrova"];
  const lines: string[] = [];
  for (let i = 0; i < 1200; i++)
    lines.push(
      `${names[i % 5]}, a spokesperson for the port authority, said on day ${i} that "the review of contract ${i} will continue."`,
    );
  return lines.join("\n\n");
}

function shortArticle(i: number): string {
  return `Harbour inspector Maria Lindqvist said on Tuesday that shipment ${i} had been held at the quay for checks. "We found nothing unusual in container ${i}," she told reporters.`;
}

test(
  "a worker killed mid-job loses nothing: the job is retried by another worker and completes",
  { skip: skip ?? false, timeout: 120_000 },
  async () => {
    const location = freshLocation("kill");
    const dir = mkdtempSync(join(tmpdir(), "casefile-kill-"));
    try {
      writeFileSync(join(dir, "a-long.json"), JSON.stringify({ id: "long", text: longArticle() }));
      for (let i = 1; i <= 5; i++)
        writeFileSync(join(dir, `b-short-${i}.json`), JSON.stringify({ id: `short-${i}`, text: shortArticle(i) }));
      const enqueue = spawnSync(
        process.execPath,
        [
          CLI,
          "ingest",
          "--queue",
          dir,
          "--store",
          location,
          "--job-timeout",
          "2",
          "--retry-delay",
          "0",
          "--retries",
          "2",
        ],
        { encoding: "utf8" },
      );
      assert.equal(enqueue.status, 0, enqueue.stderr);
      assert.match(enqueue.stdout, /6 documents enqueued/);

      // The first worker takes the long article first (jobs are taken in the order enqueued).
      const first = spawn(process.execPath, [CLI, "worker", "--store", location], { stdio: "ignore" });
      const queue = await JobQueue.open(location);
      try {
        const deadline = Date.now() + 30_000;
        while ((await queue.counts()).active === 0) {
          assert.ok(Date.now() < deadline, "the worker never started a job");
          await new Promise((r) => setTimeout(r, 25));
        }
        first.kill("SIGKILL");
        await new Promise((r) => first.once("exit", r));
        const afterKill = await queue.counts();
        // The worker takes a batch of jobs at once; all it held are left active, none completed.
        assert.ok(afterKill.active >= 1, "the killed worker's jobs are left active");
        assert.equal(afterKill.completed, 0, "none of the killed worker's jobs is completed");
        const storedBefore = await query<{ n: number }>(location, "SELECT count(*)::int AS n FROM documents");
        assert.equal(storedBefore[0].n, 0, "nothing of the interrupted job was stored");

        const second = spawnSync(
          process.execPath,
          [CLI, "worker", "--store", location, "--exit-when-idle", "1", "--maintenance", "1"],
          {
            encoding: "utf8",
            timeout: 90_000,
          },
        );
        assert.equal(second.status, 0, second.stderr);
        const counts = await queue.counts();
        assert.deepEqual([counts.waiting, counts.active, counts.failed, counts.completed], [0, 0, 0, 6]);
        assert.deepEqual(await queue.deadLetters(), []);
      } finally {
        await queue.close();
      }
      const docs = await query<{ doc_id: string }>(location, "SELECT doc_id FROM documents ORDER BY doc_id");
      assert.deepEqual(
        docs.map((d) => d.doc_id),
        ["long", "short-1", "short-2", "short-3", "short-4", "short-5"],
        "every document stored exactly once",
      );
      // The interrupted job is the one tried again (another may be too, on a machine so loaded
      // that a run outlasts its time limit: storing is idempotent, so that changes nothing).
      const retried = await query<{ id: string }>(
        location.replace(/schema=([^&]+)/, "schema=$1_jobs"),
        `SELECT data->'input'->>'id' AS id FROM (SELECT data, retry_count FROM job UNION ALL SELECT data, retry_count FROM archive) j
         WHERE retry_count > 0`,
      );
      assert.ok(
        retried.some((r) => r.id === "long"),
        "the interrupted job was tried again",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await dropLocation(location);
    }
  },
);
