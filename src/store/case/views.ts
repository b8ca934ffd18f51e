// The query commands' answers read from the stored case file: each loads only the rows its
// answer needs (an entity's quotes, milestones and contradictions; a speaker's quotes) into a
// small case file and asks the one query layer (src/casefile/queries.ts) the same question it
// would ask of the whole case, so a stored answer and a rebuilt one cannot differ.
import { indexCase, type CaseIndex, type EntityHead, type ProfilePage } from "../../casefile/queries.js";
import type { CaseEntity, CaseFile, CaseQuote } from "../../casefile/types.js";
import type { StoredCase } from "./tables.js";

/** A case file holding only `parts`; the queries answer the same on it as on the whole case for the questions it was read for. */
export function partialFile(parts: Partial<CaseFile>): CaseFile {
  return {
    documents: [],
    entities: [],
    quotes: [],
    timeline: [],
    reports: [],
    contradictions: [],
    graph: { nodes: [], edges: [] },
    overrideIssues: [],
    ...parts,
  };
}

/** Quotes of several reads, each once, in case order. */
export function bySeq(lists: { seq: number; quote: CaseQuote }[][]): CaseQuote[] {
  const seen = new Map<number, CaseQuote>();
  for (const list of lists) for (const q of list) seen.set(q.seq, q.quote);
  return [...seen].sort((a, b) => a[0] - b[0]).map(([, q]) => q);
}

/**
 * What `show NAME` needs: the entities the name matches and, when it matches one, that
 * entity's quotes (by and about it), milestones, contradictions, documents and the bodies it
 * belongs to. `matchEntities`, `entityFacts` and the profile give the same answers on it as on
 * the whole case.
 */
export async function entityIndex(stored: StoredCase, query: string): Promise<CaseIndex> {
  const candidates = await stored.matchEntities(query);
  if (candidates.length !== 1) return indexCase(partialFile({ entities: candidates }));
  const e = candidates[0];
  // One read for the rest (one round trip on a server engine). The bodies it belongs to are
  // shown by name: their names are all that is read of them.
  const slice = await stored.entitySlice(e.id, {
    documents: e.documents,
    names: e.affiliations.filter((a) => a !== e.id),
  });
  return indexCase(
    partialFile({
      entities: [e, ...slice.names],
      quotes: bySeq([slice.by, slice.about]),
      timeline: slice.timeline,
      documents: slice.documents,
      contradictions: slice.contradictions,
    }),
  );
}

/**
 * The page of the profile of the entity a typed name points at that shows `limit` rows of each
 * long part (at most PROFILE_ROWS): `pick` chooses among the heads of the entities the name
 * matches (or says why it cannot); the page equals `profilePage` of the whole case.
 */
export async function storedProfilePage(
  stored: StoredCase,
  query: string,
  limit: number,
  pick: (found: EntityHead[]) => EntityHead,
): Promise<ProfilePage> {
  return stored.profilePage(pick(await stored.matchHeads(query)), limit);
}

/** What `quotes --speaker NAME` needs (without --about): the speakers the name matches and their quotes. */
export async function speakerIndex(stored: StoredCase, speaker: string): Promise<CaseIndex> {
  return indexCase(partialFile(await speakerParts(stored, speaker)));
}

/** The speakers a name matches, their quotes and the documents quoting them. */
export async function speakerParts(
  stored: StoredCase,
  speaker: string,
): Promise<Pick<CaseFile, "entities" | "quotes" | "documents">> {
  const speakers: CaseEntity[] = await stored.matchEntities(speaker);
  const { quotes, documents } = await stored.quotesWithDocuments(speakers.map((s) => s.id));
  return { entities: speakers, quotes: bySeq([quotes]), documents };
}

/** The timeline and the reports kept off it. */
export async function timelineFile(stored: StoredCase): Promise<Pick<CaseFile, "timeline" | "reports">> {
  const [timeline, reports] = await Promise.all([stored.milestones("timeline"), stored.milestones("reports")]);
  return { timeline, reports };
}
