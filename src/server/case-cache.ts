// The server keeps the case files it answers from, with the lookup tables the routes need, for
// the few cases asked for last (an LRU), and gets a case again only when the store's revision
// says something changed (an ingest here, or by another process). Getting it brings the case
// file kept in the store up to date (src/store/case/refresh.ts) and reads it from its tables.
import { indexCase as indexFile } from "../casefile/queries.js";
import type { CaseFile } from "../casefile/types.js";
import { loadCase, type BuildCase } from "../store/case.js";
import { loadCaseFile, refreshCase } from "../store/case/refresh.js";
import type { Store } from "../store/types.js";
import { Worker } from "node:worker_threads";
import type { CaseView } from "./queries.js";

export type { BuildCase };

export type { CaseView };

/** Builds a case's file from the store; the revision is read first, so the file is at least that fresh. */
export async function buildFromStore(
  store: Store,
  name: string,
  build?: BuildCase,
): Promise<{ revision: number; file: CaseFile }> {
  const revision = await store.revision();
  if (build) return { revision, file: await loadCase(store, name, { build }) };
  try {
    // Bring the stored case file up to date (a rebuild when documents or corrections changed it).
    await refreshCase(store, name);
  } catch {
    // a read-only connection, or another writer holds the lock: read what is there
  }
  return { revision, file: await loadCaseFile(store, name) };
}

/** Where case files get built: in this thread, or in a worker thread that leaves the server free. */
export type CaseBuilder = (name: string) => Promise<{ revision: number; file: CaseFile }>;

export function inThreadBuilder(store: Store, build?: BuildCase): CaseBuilder {
  return async (name) => buildFromStore(store, name, build);
}

/**
 * A worker thread with its own read-only connection to the store at `location`, started on the
 * first build and started again if it ever dies (the builds it had in hand fail with an error).
 */
export function workerBuilder(location: string): { builder: CaseBuilder; close(): Promise<void> } {
  type Waiter = { resolve(v: { revision: number; file: CaseFile }): void; reject(e: Error): void };
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, Waiter>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL("./case-worker.js", import.meta.url), { workerData: { location } });
    w.unref();
    w.on("message", (m: { id: number; revision?: number; file?: CaseFile; error?: string }) => {
      const waiter = waiting.get(m.id);
      if (!waiter) return;
      waiting.delete(m.id);
      if (m.error !== undefined || !m.file) waiter.reject(new Error(`building the case failed: ${m.error}`));
      else waiter.resolve({ revision: m.revision as number, file: m.file });
    });
    w.on("error", (e) => failAll(e));
    w.on("exit", (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the case builder thread stopped (exit ${code})`));
    });
    return w;
  };
  return {
    builder: (name) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        (worker ??= start()).postMessage({ id, caseName: name });
      }),
    close: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/**
 * The last built view of each case. A request for a case whose store revision has moved starts a
 * rebuild (one at a time per case) and waits for it; when an older view exists it waits at most
 * `staleAfterMs` and then answers from the older view, marked stale, so a long rebuild does not
 * hold up the page.
 */
export class CaseCache {
  /** The views of the cases asked for last, least recently used first (a small LRU: the case files are in the store). */
  private readonly views = new Map<string, CaseView>();
  static readonly MAX_VIEWS = 4;
  private readonly building = new Map<string, Promise<CaseView>>();

  constructor(
    private readonly store: Store,
    private readonly builder: CaseBuilder,
    private readonly staleAfterMs = 2000,
  ) {}

  /** The case's view and whether it is older than the store; null when the store has no such case. */
  async get(name: string): Promise<{ view: CaseView; stale: boolean } | null> {
    const revision = await this.store.revision();
    const cached = this.views.get(name);
    if (cached) {
      this.views.delete(name);
      this.views.set(name, cached);
    }
    if (cached && cached.revision === revision) return { view: cached, stale: false };
    if (!(await this.store.listCases()).some((c) => c.name === name)) {
      this.views.delete(name);
      return null;
    }
    let pending = this.building.get(name);
    if (!pending) {
      pending = this.builder(name).then(
        ({ revision: built, file }) => {
          this.building.delete(name);
          const view = indexCase(name, built, file);
          const current = this.views.get(name);
          if (!current || current.revision <= built) {
            this.views.delete(name);
            this.views.set(name, view);
            while (this.views.size > CaseCache.MAX_VIEWS) this.views.delete(this.views.keys().next().value as string);
          }
          return view;
        },
        (e: unknown) => {
          this.building.delete(name);
          throw e;
        },
      );
      this.building.set(name, pending);
    }
    if (!cached) {
      const view = await pending;
      return { view, stale: view.revision !== (await this.store.revision()) };
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.staleAfterMs);
    });
    const view = await Promise.race([pending, late]).finally(() => clearTimeout(timer));
    if (view) return { view, stale: view.revision !== (await this.store.revision()) };
    return { view: cached, stale: true };
  }
}

export function indexCase(name: string, revision: number, file: CaseFile): CaseView {
  return { ...indexFile(file), name, revision };
}
