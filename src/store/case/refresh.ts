// Keeping the stored case file (tables.ts) equal to a rebuild. The case file is a function of the
// case's documents and overrides; `case_changes` counts every write to them (bumped in the write's
// own transaction) and `case_state.changes` says which count the tables were built from. A
// refresh builds the case from the stored extractions (the same fold `casefile rebuild` and every
// in-memory build use) and writes it, with the answers about the whole case computed from it
// (src/server/case-views.ts), in one transaction; a reader uses the tables only when the
// two counts agree, so an answer always equals a full rebuild's.
import type { BuildCase } from "../case.js";
import type { CaseFile } from "../../casefile/types.js";
import type { SentenceCache } from "../../core/doc.js";
import { loadCase } from "../case.js";
import { inSnapshot, type SqlExecutor } from "../sql/executor.js";
import type { Store } from "../types.js";
import { StoredCase, writeCase, type TableWrite } from "./tables.js";

/** How many writes the case's documents and overrides have seen (0 for a case never written). */
export async function caseChanges(store: Pick<Store, "sql">, caseId: number): Promise<number> {
  const row = await store.sql.get<{ changes: number }>("SELECT changes FROM case_changes WHERE case_id = ?", [caseId]);
  return Number(row?.changes ?? 0);
}

/** The change count the stored case file was built from, or null when it was never built. */
export async function builtFrom(store: Pick<Store, "sql">, caseId: number): Promise<number | null> {
  const row = await store.sql.get<{ changes: number }>("SELECT changes FROM case_state WHERE case_id = ?", [caseId]);
  return row ? Number(row.changes) : null;
}

/** The stored case of `caseId` read through `sql` when it is up to date, else null. */
async function freshOn(sql: SqlExecutor, caseId: number): Promise<StoredCase | null> {
  const built = await builtFrom({ sql }, caseId);
  if (built === null || built !== (await caseChanges({ sql }, caseId))) return null;
  return new StoredCase(sql, caseId);
}

/** The stored case file when it is up to date with the case's documents and overrides, else null. */
export async function freshStoredCase(store: Store, caseName: string): Promise<StoredCase | null> {
  const caseId = await store.caseId(caseName);
  return caseId === null ? null : freshOn(store.sql, caseId);
}

/**
 * `read`'s answer from the stored case file, all of its reads on one snapshot of the store (see
 * `SqlExecutor.snapshot`), so a refresh committed meanwhile cannot give it rows of two versions
 * of the case; undefined when the stored case is not up to date (or the case does not exist).
 */
export async function readStoredCase<T>(
  store: Store,
  caseName: string,
  read: (stored: StoredCase) => Promise<T>,
): Promise<T | undefined> {
  const caseId = await store.caseId(caseName);
  if (caseId === null) return undefined;
  return inSnapshot(store.sql, async (tx) => {
    const stored = await freshOn(tx, caseId);
    return stored ? read(stored) : undefined;
  });
}

export interface RefreshResult {
  /** False when the stored case was already up to date (nothing was built). */
  built: boolean;
  ms: number;
  /**
   * Where a refresh that built spent its time, in order: reading the stored extractions ("read"),
   * each phase of the build (`buildCase`'s laps: entities, quotes, timeline, contradictions,
   * graph), the answers about the whole case ("views") and writing the tables ("write").
   */
  phases: { phase: string; ms: number }[];
  /** What the write did to each list's table (rows written, left as they were, removed); empty when nothing was built. */
  written: TableWrite[];
}

/**
 * Brings the case's stored case file up to date: builds it from the stored extractions and
 * overrides and writes, in one transaction, the rows that differ from the stored ones. `force`
 * rebuilds even when it is up to date and writes every row again (`casefile rebuild`). The build runs outside the write lock; if the case changed meanwhile, the
 * tables are written for the count the build started from and the next refresh catches up.
 */
export async function refreshCase(
  store: Store,
  caseName: string,
  options: { force?: boolean; build?: BuildCase } = {},
): Promise<RefreshResult> {
  const t0 = performance.now();
  const caseId = await store.caseId(caseName);
  if (caseId === null) return { built: false, ms: 0, phases: [], written: [] };
  const changes = await caseChanges(store, caseId);
  if (!options.force && (await builtFrom(store, caseId)) === changes)
    return { built: false, ms: performance.now() - t0, phases: [], written: [] };
  const phases: RefreshResult["phases"] = [];
  let last = t0;
  const lap = (phase: string) => {
    const now = performance.now();
    phases.push({ phase, ms: now - last });
    last = now;
  };
  const texts = new Map<string, string>();
  // The documents' sentences the build splits, kept for the brief, which cites them.
  const sentences: SentenceCache = new Map();
  const file = await loadCase(store, caseName, { build: options.build, texts, lap, sentences });
  // The answers about the whole case, computed before the write lock is taken (their code, the
  // brief's model among it, loaded by the first refresh: a command that only reads never loads it).
  const { caseViewRows } = await import("../../server/case-views.js");
  const views = caseViewRows(file, texts, caseName, sentences);
  texts.clear();
  sentences.clear();
  lap("views");
  const written = await store.sql.transaction((tx) =>
    writeCase(tx, caseId, changes, file, views, { whole: options.force }),
  );
  lap("write");
  return { built: true, ms: performance.now() - t0, phases, written };
}

/**
 * The case file, read from the store's tables when they are up to date, else built from the
 * stored extractions (a store another process is writing to, a read-only store not yet refreshed).
 */
export async function loadCaseFile(store: Store, caseName: string): Promise<CaseFile> {
  const stored = await freshStoredCase(store, caseName);
  return stored ? stored.caseFile() : loadCase(store, caseName);
}

/** Builds the stored case file of every case that has none yet (a store upgraded to the case tables). */
export async function fillNewCases(store: Store): Promise<void> {
  const missing = await store.sql.all<{ name: string }>(
    `SELECT c.name AS name FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_state s WHERE s.case_id = c.id)
     ORDER BY c.id`,
  );
  for (const c of missing) await refreshCase(store, c.name);
}
