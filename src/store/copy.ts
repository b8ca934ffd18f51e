// Moving a case from one store to another (SQLite ↔ PostgreSQL, or file to file): every document
// with its stored extraction, in ingest order, then the overrides in force, replayed in order.
// Nothing is extracted again, so the copy holds exactly what the original held; ids come out the
// same (documents are added in the same order), and near-duplicates are found again the same way.
// Times (when a document was added, when an override was made) are those of the copy.
import type { Store } from "./types.js";

export interface CopySummary {
  case: string;
  documents: number;
  overrides: number;
}

/** A copy that cannot be made; `message` is one line saying why. */
export class CopyError extends Error {}

/**
 * Copies case `caseName` of `from` into case `toCase` (default: the same name) of `to`, which must
 * not hold that case yet (so nothing of the destination is mixed in or overwritten).
 */
export async function copyCase(
  from: Store,
  to: Store,
  caseName: string,
  options: { toCase?: string; onDocument?: () => void } = {},
): Promise<CopySummary> {
  const target = options.toCase ?? caseName;
  const sourceCases = await from.listCases();
  if (!sourceCases.some((c) => c.name === caseName))
    throw new CopyError(
      `${from.location} has no case "${caseName}"; its cases: ${sourceCases.map((c) => c.name).join(", ") || "none"}`,
    );
  const existing = (await to.listCases()).find((c) => c.name === target);
  if (existing && existing.documents > 0)
    throw new CopyError(
      `${to.location} already has a case "${target}" (${existing.documents} articles); copy into another with --to-case NAME`,
    );
  let documents = 0;
  for await (const { document: d, extraction, build } of from.iterateExtractions(caseName)) {
    await to.addDocument(
      target,
      {
        id: d.id,
        source: d.source,
        outlet: d.outlet,
        published: d.published,
        title: d.title,
        text: d.text,
        origin: d.origin,
      },
      extraction,
      // The build that made it, kept: the copy holds what the original held, stale or not.
      { build },
    );
    documents++;
    options.onDocument?.();
  }
  const overrides = await from.listOverrides(caseName);
  for (const o of overrides) {
    const input = {
      entities: o.entities,
      reason: o.reason,
      ...(o.detail !== undefined ? { detail: o.detail } : {}),
      ...(o.madeBy ? { madeBy: o.madeBy } : {}),
    };
    if (o.kind === "merge") await to.recordMerge(target, input);
    else if (o.kind === "split") await to.recordSplit(target, input);
    else await to.recordRename(target, input);
  }
  return { case: target, documents, overrides: overrides.length };
}
