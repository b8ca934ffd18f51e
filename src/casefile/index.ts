// The case file: cross-document entities, merged timeline, contradictions and graph, built by
// one pure function. See ./types.ts for the shape every consumer reads.
import type { EntityOverride } from "../store/types.js";
import type { MergeOverride } from "./types.js";

export { buildCase } from "./build.js";
export { agesConsistent } from "./contradictions.js";
export * from "./types.js";

/** The store keeps overrides as `{ kind, entities: [a, b] }`; the case builder replays them as merges and splits. */
export function overridesFromStore(list: EntityOverride[]): MergeOverride[] {
  const out: MergeOverride[] = [];
  for (const o of list) {
    const [a, b] = o.entities ?? [];
    if (typeof a !== "string" || typeof b !== "string") continue;
    out.push({ action: o.kind === "split" ? "split" : "merge", a, b, at: o.createdAt });
  }
  return out;
}
