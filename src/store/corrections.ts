// The user's corrections of a case, one implementation for the CLI and the web UI alike: merge
// two entities (under the name the user gives), split a name out of an entity, rename an entity,
// undo any of those, and remove an article. Each entity correction is an override kept in the
// store with its reason and time and replayed whenever the case is built; an undo withdraws it
// (its number is never reused). Removing an article deletes it and its extraction; the case is
// rebuilt from what remains.
import { indexCase, matchEntities } from "../casefile/queries.js";
import type { CaseEntity, CaseIndex, MergeOverride } from "../casefile/index.js";
import { loadCase } from "./case.js";
import type { EntityOverride, Store } from "./types.js";

/** A correction that cannot be made; `message` is one line saying why. `status` suits HTTP. */
export class CorrectionError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export interface Correction {
  override: EntityOverride;
  /** The entity's name after the correction (merge, rename) or the name taken out (split). */
  name: string;
  /** One line for a person: what was done and how to undo it. */
  summary: string;
}

/** The one entity a name, alias or id points at. */
export function pickEntity(index: CaseIndex, query: string): CaseEntity {
  return pickOne(matchEntities(index, query), query);
}

/** The one entity of those `query` matched (`found`); a CorrectionError when none or several. */
export function pickOne<T extends { id: string; name: string }>(found: T[], query: string): T {
  if (found.length === 1) return found[0];
  if (found.length === 0)
    throw new CorrectionError(`no person, organisation or place named "${query}" in this case`, 404);
  const list = found
    .slice(0, 6)
    .map((e) => `${e.name} [${e.id}]`)
    .join(", ");
  throw new CorrectionError(
    `"${query}" could be ${found.length} entities: ${list}${found.length > 6 ? ", …" : ""}; use the id`,
  );
}

/** Who made a correction, when the store knows its users. */
function by(madeBy: string | undefined): { madeBy?: string } {
  return madeBy ? { madeBy } : {};
}

const undoHint = (id: number) => `override ${id}; undo with casefile merge --undo ${id}`;

/**
 * Merges entity `a` into entity `b`. The merged entity is called `name` when given, else `b`'s
 * name: the name the user put last is the one the case shows.
 */
export async function mergeEntities(
  store: Store,
  caseName: string,
  index: CaseIndex,
  a: string,
  b: string,
  options: { reason?: string; name?: string; madeBy?: string } = {},
): Promise<Correction> {
  const first = pickEntity(index, a);
  const second = pickEntity(index, b);
  if (first.id === second.id) throw new CorrectionError(`"${a}" and "${b}" are already one entity: ${first.name}`, 409);
  const name = options.name?.trim() || second.name;
  const override = await store.recordMerge(caseName, {
    entities: [first.name, second.name],
    reason: options.reason ?? "",
    ...by(options.madeBy),
    detail: { name },
  });
  return {
    override,
    name,
    summary: `merged "${first.name}" into "${second.name}", now called "${name}" (${undoHint(override.id)})`,
  };
}

/** Takes `name` (as the documents write it, or a document id) out of `entity`. */
export async function splitEntity(
  store: Store,
  caseName: string,
  index: CaseIndex,
  entity: string,
  name: string,
  options: { reason?: string; madeBy?: string } = {},
): Promise<Correction> {
  const target = pickEntity(index, entity);
  // Try the split before recording it, so a split that would do nothing is refused.
  const split: MergeOverride = { action: "split", a: target.name, b: name };
  const trial = await loadCase(store, caseName, { extraOverrides: [split] });
  const problem = trial.overrideIssues.find((i) => i.override === split);
  if (problem) throw new CorrectionError(problem.problem);
  const override = await store.recordSplit(caseName, {
    entities: [target.name, name],
    reason: options.reason ?? "",
    ...by(options.madeBy),
  });
  return { override, name, summary: `split "${name}" out of "${target.name}" (${undoHint(override.id)})` };
}

/** Gives `entity` the name `to`; its other names stay as aliases. */
export async function renameEntity(
  store: Store,
  caseName: string,
  index: CaseIndex,
  entity: string,
  to: string,
  options: { reason?: string; madeBy?: string } = {},
): Promise<Correction> {
  const target = pickEntity(index, entity);
  const name = to.trim().replace(/\s+/g, " ");
  if (!name) throw new CorrectionError("give the new name: casefile rename ENTITY NEW-NAME");
  if (name.length > 200) throw new CorrectionError("a name is at most 200 characters");
  if (name === target.name) throw new CorrectionError(`"${target.name}" is already called that`, 409);
  const override = await store.recordRename(caseName, {
    entities: [target.name, name],
    reason: options.reason ?? "",
    ...by(options.madeBy),
  });
  return { override, name, summary: `renamed "${target.name}" to "${name}" (${undoHint(override.id)})` };
}

/** Withdraws override `id` (a merge, split or rename). */
export async function undoOverride(store: Store, caseName: string, id: number, madeBy?: string): Promise<void> {
  if (!Number.isInteger(id) || !(await store.removeOverride(caseName, id, madeBy ?? null)))
    throw new CorrectionError(`there is no override number ${id} in case "${caseName}"`, 404);
}

/** Deletes one article and its extraction from the case. */
export async function removeArticle(store: Store, caseName: string, id: string, madeBy?: string): Promise<void> {
  if (!(await store.removeDocument(caseName, id, madeBy ?? null)))
    throw new CorrectionError(`there is no article "${id}" in case "${caseName}"`, 404);
}

/** The case's index, freshly built (after a correction). */
export async function freshIndex(store: Store, caseName: string): Promise<CaseIndex> {
  return indexCase(await loadCase(store, caseName));
}
