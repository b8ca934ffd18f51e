// The one way a case file is built from a store: every stored extraction of the case, in ingest
// order, with the user's merges and splits replayed on top. The CLI, the server (in its thread or
// a worker's) and the example all call `loadCase`, so they cannot build different cases.
import type { Lap } from "../casefile/build.js";
import type { SentenceCache } from "../core/doc.js";
import type { CaseFile, CaseInput, MergeOverride } from "../casefile/types.js";
import type { EntityOverride, Store } from "./types.js";

export type BuildCase = (
  inputs: CaseInput[],
  overrides: MergeOverride[],
  lap?: Lap,
  sentences?: SentenceCache,
) => CaseFile;

export interface LoadCaseOptions {
  /** Overrides applied after the stored ones (to try one before recording it). */
  extraOverrides?: MergeOverride[];
  /** The case builder (default: src/casefile's `buildCase`). */
  build?: BuildCase;
  /** Filled with each document's stored text, by id (what the brief cites). */
  texts?: Map<string, string>;
  /** Told when the stored extractions have been read ("read") and when each phase of the build ends. */
  lap?: Lap;
  /** Filled with the sentences of each document the build splits (the brief cites them again). */
  sentences?: SentenceCache;
}

export async function loadCase(store: Store, caseName: string, options: LoadCaseOptions = {}): Promise<CaseFile> {
  const inputs: CaseInput[] = [];
  for await (const d of store.iterateExtractions(caseName)) {
    inputs.push(d);
    options.texts?.set(d.document.id, d.document.text);
  }
  const overrides = [...overridesFromStore(await store.listOverrides(caseName)), ...(options.extraOverrides ?? [])];
  options.lap?.("read");
  // The builder (and the extractors' lexicons it uses) is loaded when a case is first built: a
  // command that only reads the stored case file never loads it.
  const build = options.build ?? (await import("../casefile/build.js")).buildCase;
  return build(inputs, overrides, options.lap, options.sentences);
}

/** The store keeps overrides as `{ kind, entities: [a, b] }`; the case builder replays them as merges and splits. */
export function overridesFromStore(list: EntityOverride[]): MergeOverride[] {
  const out: MergeOverride[] = [];
  for (const o of list) {
    const [a, b] = o.entities ?? [];
    if (typeof a !== "string" || typeof b !== "string") continue;
    const action = o.kind === "split" || o.kind === "rename" ? o.kind : "merge";
    const name = (o.detail as { name?: unknown } | undefined)?.name;
    out.push({ action, a, b, at: o.createdAt, ...(action === "merge" && typeof name === "string" ? { name } : {}) });
  }
  return out;
}
