// Making stored extractions again with the running build of the extractor, after an upgrade: the
// one loop behind `casefile rebuild --extract` and the API's POST /api/cases/:case/extractions.
// Each article is extracted with the options ingest gives it and its stored extraction replaced in
// a transaction of its own (src/store/sql/extractions.ts), oldest first, so a run that stops
// half-way leaves every article either as it was or made again, and the rest still counted.
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extractionBuild } from "../extract/build-id.js";
import type { Store } from "../store/types.js";
import { extractOptions } from "./one.js";

export interface ExtractAgainOptions {
  /**
   * The ids of the articles to extract, in ingest order, as `Store.otherBuildDocuments` lists them
   * (default: the case's articles another build extracted).
   */
  ids?: readonly string[];
  /** The extractor (default: src/extract's in this thread, loaded on first use). */
  extract?: (text: string, options: ExtractOptions) => Extraction | Promise<Extraction>;
  /** Extractions under way at once (an extractor in worker threads keeps each busy); default 1. */
  window?: number;
  /** Told first how many articles will be extracted, then of each one done. */
  onTotal?: (n: number) => void;
  onDocument?: () => void;
  /** Once aborted, no further article is started; those in hand are stored (a server that closes). */
  signal?: AbortSignal;
  /**
   * Skip an article whose stored extraction this build already made (a queued job taken twice, or
   * one whose article another run made meanwhile): it is not extracted, and not counted as replaced.
   */
  skipMade?: boolean;
}

type Made = { id: string; extraction: Extraction } | { error: unknown } | null;

/**
 * Extracts again the case's articles that another build of the extractor made (or those `ids`
 * names), each with the options ingest gives it, and replaces each stored extraction in its own
 * transaction, in ingest order; how many were replaced. The stored case is left to the caller's refresh.
 */
export async function extractAgain(store: Store, caseName: string, options: ExtractAgainOptions = {}): Promise<number> {
  const build = extractionBuild();
  const ids = options.ids ?? (await store.otherBuildDocuments(caseName, build));
  options.onTotal?.(ids.length);
  const extract = options.extract ?? (await import("../extract/index.js")).extract;
  const make = async (id: string): Promise<Made> => {
    const stored = await store.getDocument(caseName, id);
    if (!stored) return null; // removed meanwhile
    if (options.skipMade && stored.build === build) return null;
    return { id, extraction: await extract(stored.document.text, extractOptions(stored.document)) };
  };
  // Oldest first; a failure is kept as a value until its turn, so none goes unhandled meanwhile.
  const inFlight: Promise<Made>[] = [];
  let done = 0;
  const storeOldest = async () => {
    const made = await inFlight.shift();
    if (made && "error" in made) throw made.error;
    if (made && (await store.replaceExtraction(caseName, made.id, made.extraction, { build }))) done++;
    options.onDocument?.();
  };
  for (const id of ids) {
    if (options.signal?.aborted) break;
    inFlight.push(make(id).catch((error: unknown) => ({ error })));
    if (inFlight.length >= Math.max(1, options.window ?? 1)) await storeOldest();
  }
  while (inFlight.length) await storeOldest();
  return done;
}
