// The server's side of extractions made by another build of the extractor (an older release):
// how many a case holds, counted once per store revision and kept (a list of cases, the overview
// page and this route ask again on every load; the count walks an index of every article), and
// the runs that make them again, one per case, in the background: a POST starts a run and is
// answered at once, the run extracts one article at a time with the server's extractor (a worker
// thread under `casefile serve`, shared with added articles) and stores each in a transaction of
// its own (src/ingest/extract-again.ts, the loop `casefile rebuild --extract` runs), so the
// server answers other requests between and during them.
//
// On a PostgreSQL store the runs go through its job queue instead (`RunQueue`): a POST enqueues
// one job per article, the team's `casefile worker`s make them with the same loop and refresh the
// case when the queue is drained, and GET reads the run's progress from the queue's tables, so a
// run outlives the server that started it.
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extractionBuild } from "../extract/build-id.js";
import { extractAgain } from "../ingest/extract-again.js";
import { extractRunCounts, queueHost } from "../ingest/queue-counts.js";
import type { JobQueue } from "../ingest/queue.js";
import { extractAgainCommand, type Store } from "../store/types.js";

/** A run of one case: how far it is, and how it ended. */
export interface ExtractionRun {
  state: "running" | "done" | "failed";
  /** Articles to extract again (0 until they are listed). */
  total: number;
  /** Articles extracted again and stored so far. */
  done: number;
  /** Why a failed run stopped, or null. */
  message: string | null;
}

/** What GET and POST /api/cases/:case/extractions answer. */
export interface ExtractionState {
  /** The running build of the extractor (src/extract/build-id.ts). */
  build: string;
  /** Articles of the case another build extracted (or one before builds were recorded). */
  otherBuild: number;
  /** The command that does the same ("casefile rebuild --extract --case NAME", with --queue on a PostgreSQL store). */
  command: string;
  /** The case's last run (since the server started; on a PostgreSQL store, the latest in its queue), or null. */
  run: ExtractionRun | null;
  /** Whether a run is jobs for the store's `casefile worker`s (a PostgreSQL store): it waits until one takes them. */
  queue: boolean;
}

type Extract = (text: string, options: ExtractOptions) => Promise<Extraction>;

/** Where a store's runs go when its `casefile worker`s make them: the job queue beside it. */
export interface RunQueue {
  /**
   * Enqueues the case's articles another build extracted (`all`: every article) as one run, unless
   * its latest run is still under way (one step, across servers); whether a run is under way.
   */
  enqueue(caseName: string, all: boolean): Promise<boolean>;
  /** The case's latest run, from the queue's counts; null when it has none. */
  latest(caseName: string): Promise<ExtractionRun | null>;
  /** Stops the queue the enqueueing started, if it did (the server is closing). */
  close(): Promise<void>;
}

/**
 * The job queue of a PostgreSQL store as the runs' home; null for a SQLite store (its runs stay in
 * the server). pg-boss is started on the store's connections by the first POST that has articles
 * to enqueue, kept for the next ones (a start creates or checks its tables: tens of queries), and
 * stopped by `close`; a start that failed is tried again by the next POST.
 */
export function storeRunQueue(store: Store): RunQueue | null {
  const host = queueHost(store);
  if (!host) return null;
  let started: Promise<JobQueue> | null = null;
  let closed = false;
  const queue = (): Promise<JobQueue> => {
    if (closed) return Promise.reject(new Error("the server is closing: the run was not enqueued"));
    if (!started) {
      const starting = import("../ingest/queue.js").then((q) => q.JobQueue.onStore(host, { enqueueOnly: true }));
      starting.catch(() => {
        if (started === starting) started = null;
      });
      started = starting;
    }
    return started;
  };
  return {
    enqueue: async (caseName, all) => {
      const { enqueueExtractAgain } = await import("../ingest/queue.js");
      const r = await enqueueExtractAgain(store, caseName, all, queue);
      return r.enqueued > 0 || r.running !== null;
    },
    close: async () => {
      closed = true;
      const kept = await started?.catch(() => null);
      started = null;
      await kept?.close();
    },
    latest: async (caseName) => {
      const c = await extractRunCounts(
        (text, values) => host.connectionPool.query(text, values),
        host.schema,
        caseName,
      );
      if (!c) return null;
      const state = c.pending ? "running" : c.failed ? "failed" : "done";
      const message =
        state === "failed" ? `${c.failed} of ${c.total} articles failed: ${c.message ?? "no message"}` : null;
      return { state, total: c.total, done: c.completed, message };
    },
  };
}

export class ExtractionRuns {
  /** Each case's count, with the store revision it was counted at. */
  private readonly counts = new Map<string, { revision: number; otherBuild: number }>();
  private readonly runs = new Map<string, { run: ExtractionRun; finished: Promise<void> }>();
  private readonly stop = new AbortController();

  constructor(
    private readonly store: Store,
    private readonly extract: Extract,
    /** The store's job queue, when its workers make the runs (a PostgreSQL store under `casefile serve`). */
    private readonly queue: RunQueue | null = null,
  ) {}

  /** How many of the case's articles another build extracted; counted again only when the store's revision moved. */
  async otherBuild(caseName: string): Promise<number> {
    // The revision is read first, so the count kept under it is at least that fresh.
    const revision = await this.store.revision();
    const kept = this.counts.get(caseName);
    if (kept?.revision === revision) return kept.otherBuild;
    const otherBuild = await this.store.countOtherBuild(caseName, extractionBuild());
    this.counts.set(caseName, { revision, otherBuild });
    return otherBuild;
  }

  async state(caseName: string): Promise<ExtractionState> {
    const run = this.queue ? await this.queue.latest(caseName) : (this.runs.get(caseName)?.run ?? null);
    return {
      build: extractionBuild(),
      otherBuild: await this.otherBuild(caseName),
      command: extractAgainCommand(caseName, this.queue !== null),
      run: run && { ...run },
      queue: this.queue !== null,
    };
  }

  /**
   * Starts a run over the case's articles another build extracted (`all`: every article), unless
   * one is running; through the queue, resolved once its jobs are enqueued. Whether a run is under
   * way: false when the case has no such article, on either store (nothing is started, nothing is
   * enqueued, and GET goes on answering the case's last run).
   */
  async start(caseName: string, all: boolean): Promise<boolean> {
    if (this.queue) {
      return this.queue.enqueue(caseName, all);
    }
    if (this.runs.get(caseName)?.run.state === "running") return true;
    const ids = await this.store.otherBuildDocuments(caseName, all ? null : extractionBuild());
    // Asked again after the listing: another request may have started a run meanwhile.
    if (this.runs.get(caseName)?.run.state === "running") return true;
    if (!ids.length) return false;
    const run: ExtractionRun = { state: "running", total: ids.length, done: 0, message: null };
    const finished = this.make(caseName, ids, run);
    this.runs.set(caseName, { run, finished });
    return true;
  }

  private async make(caseName: string, ids: readonly string[], run: ExtractionRun): Promise<void> {
    try {
      await extractAgain(this.store, caseName, {
        ids,
        extract: this.extract,
        signal: this.stop.signal,
        onDocument: () => run.done++,
      });
      run.state = "done";
    } catch (e) {
      run.state = "failed";
      run.message = e instanceof Error ? e.message : String(e);
    }
  }

  /** Stops the runs after the article each has in hand (the server is closing) and waits for them. */
  async close(): Promise<void> {
    this.stop.abort();
    await Promise.all([...this.runs.values()].map((r) => r.finished));
    await this.queue?.close();
  }
}
