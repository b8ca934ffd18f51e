// `casefile rebuild`: builds the case file kept in the store again from every stored extraction
// and the user's corrections, and writes it in one transaction. The same fold brings the stored
// case up to date after an ingest or a correction, so a rebuild changes nothing unless the store
// was written by something that did not update it (an older Casefile, a killed ingest).
//
// `casefile rebuild --extract` first extracts again, with the installed build of the extractor,
// every stored article that another build extracted (an older release, or one from before builds
// were recorded; `--extract all`: every article), with the options ingest gives the extractor,
// and replaces each extraction in a transaction of its own (src/ingest/extract-again.ts, the loop
// the server's POST /api/cases/:case/extractions runs too). The corrections are replayed by the
// rebuild that follows, as after any ingest.
//
// `casefile rebuild --extract --queue` (a PostgreSQL store) leaves the extraction to the team's
// `casefile worker`s instead: one job per article on the store's job queue (src/ingest/queue.ts),
// made by the same loop; the workers refresh the stored case once the queue is drained. While
// the case's last run still has jobs waiting it enqueues nothing, as the server's POST does.
import type { Command } from "commander";
import { extractionBuild } from "../extract/build-id.js";
import { extractorThreads, PARALLEL_MIN_FILES } from "../ingest/ingest.js";
import { extractAgain } from "../ingest/extract-again.js";
import { queueHost } from "../ingest/queue-counts.js";
import { ExtractPool } from "../ingest/pool.js";
import { refreshCase } from "../store/case/refresh.js";
import { StoredCase } from "../store/case/tables.js";
import type { Store } from "../store/index.js";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { Progress } from "./progress.js";

interface RebuildFlags extends CaseFlags {
  /** true (`--extract`): the articles another build extracted; "all": every article. */
  extract?: true | string;
  /** `--queue`: enqueue the articles for the workers instead of extracting them here. */
  queue?: boolean;
}

export function registerRebuild(program: Command): void {
  caseOptions(
    program.command("rebuild").description("build the case file kept in the store again from the stored articles"),
    false,
  )
    .option(
      "--extract [all]",
      "first extract again, with this build, the articles another build extracted (all: every article)",
    )
    .option(
      "--queue",
      "with --extract on a PostgreSQL store: enqueue the articles for the casefile workers (which refresh the case) instead; nothing while the case's last run still waits",
    )
    .action(async (flags: RebuildFlags) => {
      process.exitCode = await runOnCase(
        "rebuild",
        flags,
        async (ctx) => {
          if (flags.queue) return enqueueStored(ctx.store, ctx.caseName, flags.extract);
          if (flags.extract !== undefined) await extractStored(ctx.store, ctx.caseName, flags.extract);
          const { ms } = await refreshCase(ctx.store, ctx.caseName, { force: true });
          const caseId = (await ctx.store.caseId(ctx.caseName)) as number;
          const stored = new StoredCase(ctx.store.sql, caseId);
          // The counts kept with the case, not its lists read back (the whole case file again).
          const [entities, quotes, timeline] = await Promise.all([
            stored.entityCount(),
            stored.quoteCount(),
            stored.milestoneCount("timeline"),
          ]);
          console.log(
            `rebuilt case "${ctx.caseName}" in ${(ms / 1000).toFixed(1)} s: ${entities} entities, ` +
              `${quotes} quotes, ${timeline} milestones`,
          );
          return 0;
        },
        true,
      );
    });
}

/** `--extract [all]`, read: whether every article is meant. */
function extractAll(which: true | string): boolean {
  if (which !== true && which !== "all")
    throw new UserError(`--extract "${which}" is not understood; write --extract, or --extract all for every article`);
  return which === "all";
}

/** `--extract [all] --queue`: one job per article on the PostgreSQL store's queue, and how many. */
async function enqueueStored(store: Store, caseName: string, which: true | string | undefined): Promise<number> {
  if (which === undefined)
    throw new UserError("--queue goes with --extract: the articles are extracted by the workers");
  const all = extractAll(which);
  if (!queueHost(store))
    throw new UserError(
      `the job queue lives in a PostgreSQL store (${store.location} is a SQLite file): use --extract without --queue`,
    );
  const { enqueueExtractAgain } = await import("../ingest/queue.js");
  const { enqueued: n, running } = await enqueueExtractAgain(store, caseName, all);
  if (running) {
    console.log(
      `a run of case "${caseName}" is still under way (${running.completed} of ${running.total} articles done): nothing enqueued; casefile jobs shows how far it is`,
    );
    return 0;
  }
  console.log(
    n
      ? `${n} article${n === 1 ? "" : "s"} of case "${caseName}" enqueued to extract again; workers make them (casefile worker) and refresh the case, casefile jobs shows how far they are`
      : `every article of case "${caseName}" was extracted by this build (${extractionBuild()}); --extract all extracts them again`,
  );
  return 0;
}

/** `--extract [all]`: extracts the articles again with a progress bar, and says how many. */
async function extractStored(store: Store, caseName: string, which: true | string): Promise<void> {
  const all = extractAll(which);
  const started = performance.now();
  const progress = new Progress({ label: "extract", unit: "docs", total: 0 });
  // Extractor threads as ingest starts them for a large batch; a few articles are extracted here.
  const ids = await store.otherBuildDocuments(caseName, all ? null : extractionBuild());
  const workers = ids.length >= PARALLEL_MIN_FILES ? extractorThreads() : 0;
  const pool = workers ? new ExtractPool(workers) : null;
  let done: number;
  try {
    done = await extractAgain(store, caseName, {
      ids,
      ...(pool ? { extract: (text, options) => pool.extract(text, options), window: workers * 8 } : {}),
      onTotal: (n) => progress.setTotal(n),
      onDocument: () => progress.tick(),
    });
  } finally {
    progress.finish();
    await pool?.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    done
      ? `extracted ${done} article${done === 1 ? "" : "s"} of case "${caseName}" again with build ${extractionBuild()} in ${seconds} s`
      : `every article of case "${caseName}" was extracted by this build (${extractionBuild()}); --extract all extracts them again`,
  );
}
