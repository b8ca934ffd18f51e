// The case file: what many documents' extractions become once merged. `buildCase()` in
// ./build.ts is a pure function from (documents + their extractions, merge overrides) to a
// `CaseFile`; the CLI, the HTTP API, the web UI and every export read this shape and nothing else.
//
// Provenance rule: every fact points back to the document it came from and, where the
// extraction gives them, the `[start, end)` offsets of the words that state it.

import type { CaseEvent, Channel, EntityType, EventStatus, EventType, Extraction, QuoteKind } from "../core/schema.js";

/** A source article as the case sees it (its text lives in the extraction). */
export interface CaseDocument {
  /** The input's `id` (or its file name without extension): what exports call "a document id". */
  id: string;
  source: string | null;
  outlet?: string | null;
  /** `YYYY-MM-DD` or null when the page does not say. */
  published: string | null;
  title?: string | null;
  /** Set when the store found this document to be a near-duplicate (syndicated copy) of another. */
  duplicateOf?: string | null;
}

/** One input of `buildCase`: a stored document and its extraction. */
export interface CaseInput {
  document: CaseDocument;
  extraction: Extraction;
}

/**
 * A user's decision about two entities, kept in the store and replayed by `buildCase` in order.
 * `merge`: the entities named `a` and `b` are one. `split`: the documents' entities named (or
 * mentioned as) `b` — or, when `b` is a document id, that document's entity — are taken out of
 * the entity named `a`. Names are matched against case
 * entity names, ids and aliases, case- and punctuation-folded.
 */
export interface MergeOverride {
  /** merge a and b; split name b out of a; rename a to b. */
  action: "merge" | "split" | "rename";
  a: string;
  b: string;
  /** For a merge: the name the merged entity takes (default: b's). */
  name?: string;
  /** ISO timestamp of when the user made the decision (informational). */
  at?: string;
}

/** Where a fact was stated: a document and, when known, the words in its text. */
export interface SourceRef {
  document: string;
  start: number | null;
  end: number | null;
  /** The words at `[start, end)`, as written. */
  text: string | null;
}

/** A `SourceRef` that also carries the whole sentence around the words, for contradictions. */
export interface SentenceRef extends SourceRef {
  sentence: { start: number; end: number; text: string } | null;
  published: string | null;
}

/** One document-level entity that went into a case entity. */
export interface CaseMember {
  document: string;
  /** The extraction's local id ("e3"). */
  entity: string;
  /** The name that entity had in its document. */
  name: string;
}

export const MERGE_RULES = [
  "same-name",
  "alias",
  "plural",
  "acronym",
  "name-suffix",
  "name-subset",
  "surname-unique",
  "surname-role",
  "name-variant",
  "forced",
] as const;
export type MergeRule = (typeof MERGE_RULES)[number];

/** Why two groups of document entities became one case entity. */
export interface MergeRecord {
  rule: MergeRule;
  /** A sentence for people: "Cash (dev-07) is the only full name ending in Cash: Christopher Cash". */
  reason: string;
  /** The names on each side at the time of the merge. */
  names: [string, string];
  documents: string[];
  /** Mentions that made the match (capped at a few per side). */
  mentions: SourceRef[];
}

/** A split the user asked for and `buildCase` applied. */
export interface SplitRecord {
  /** The name that was taken out. */
  alias: string;
  /** The entity it was taken out of (its name before the split). */
  from: string;
  documents: string[];
}

export interface CaseAlias {
  text: string;
  sources: SourceRef[];
}

export interface CaseRole {
  text: string;
  sources: SourceRef[];
  /** Case entity id of the organisation the role names ("head of the CPS"), if any. */
  affiliation?: string | null;
}

export interface CaseAge {
  value: number;
  sources: SentenceRef[];
}

export interface CaseEntity {
  /** Stable, readable id: `person:christopher-cash`. */
  id: string;
  type: EntityType;
  name: string;
  /** Every distinct surface form, each with its mentions. */
  aliases: CaseAlias[];
  roles: CaseRole[];
  ages: CaseAge[];
  /** Case entity ids of organisations this entity belongs to (from affiliations and roles). */
  affiliations: string[];
  /** Document ids, in case order. */
  documents: string[];
  /** How many of those documents are independent sources (not syndicated copies of another). */
  independentDocuments: number;
  /** How many mentions across all documents. */
  mentionCount: number;
  members: CaseMember[];
  merges: MergeRecord[];
  splits: SplitRecord[];
}

/** A quote's id in the case, API and exports: `q:<document>:<start>`. */
export function quoteId(document: string, start: number): string {
  return `q:${document}:${start}`;
}

export interface CaseQuote {
  /** `quoteId(document, start)`. */
  id: string;
  kind: QuoteKind;
  text: string;
  /** Case entity id of the speaker, or null. */
  speaker: string | null;
  speakerName: string | null;
  document: string;
  start: number;
  end: number;
  cue: string | null;
  speakerMention: SourceRef | null;
  /** Case entity ids of entities named inside the quote (speaker excluded). */
  about: string[];
  /** The statement around the quote (src/extract/statements): when, in which role, to whom, how. */
  saidAt: string | null;
  /** The words that date it ("on Monday"), with offsets. */
  saidAtSpan: SourceRef | null;
  role: string | null;
  addressee: string | null;
  channel: Channel;
}

/** One event as one source reports it. */
export interface EventSource {
  document: string;
  published: string | null;
  date: string | null;
  end: string | null;
  status: EventStatus;
  /** Court or place named in the event's sentence (court hearings, trials, verdicts...). */
  place: string | null;
  evidence: SourceRef;
  sentence: SentenceRef["sentence"];
}

export interface ValueWithSources<T> {
  value: T;
  documents: string[];
}

/** One real-world event, merged from every source that reports it. */
export interface TimelineEntry {
  /** `ev:<type>:<n>` in timeline order. */
  id: string;
  type: EventType;
  /** The finest date any source gives that agrees with the others; null when none does. */
  date: string | null;
  end: string | null;
  /** The status most sources give (ties: the latest published source). */
  status: EventStatus;
  /** Case entity ids. */
  participants: string[];
  participantNames: string[];
  /** Distinct dates and statuses, each with its documents (more than one value = disagreement). */
  dates: ValueWithSources<string>[];
  statuses: ValueWithSources<EventStatus>[];
  places: ValueWithSources<string>[];
  sources: EventSource[];
  /** Set on reports kept off the main timeline: "undated", "possibility", "plan not confirmed". */
  offTimeline?: string;
  /** For such reports: the earliest publication date of their sources ("reported by … on …"). */
  reportedOn?: string | null;
}

export const CONTRADICTION_FIELDS = ["age", "date", "place", "status"] as const;
export type ContradictionField = (typeof CONTRADICTION_FIELDS)[number];

export interface ContradictionValue {
  value: string;
  /** Every source giving this value, with its sentence. */
  sources: SentenceRef[];
}

export interface Contradiction {
  id: string;
  /** Entity name, or a description of the event ("arrest of Christopher Cash"). */
  subject: string;
  /** The case entity id or timeline entry id the fact belongs to. */
  subjectId: string;
  field: ContradictionField;
  values: ContradictionValue[];
  /** Why it is (still) a contradiction, e.g. "publication dates unknown, ages differ by 1". */
  note?: string;
}

/** "action": a body acted on a person in an event ("charged by", "arrested by"). */
export const GRAPH_EDGE_KINDS = ["participant", "co-participant", "quoted-about", "affiliation", "action"] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];

export interface GraphNode {
  /** A case entity id or a timeline entry id. */
  id: string;
  kind: EntityType | "event";
  label: string;
  /** Number of documents behind the node. */
  weight: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** "participant in", "co-participant", "quoted about", "member of"... */
  label: string;
  evidence: SourceRef[];
}

export interface CaseGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** An override that could not be applied (names no entity, or names several). */
export interface OverrideIssue {
  override: MergeOverride;
  problem: string;
}

export interface CaseFile {
  documents: CaseDocument[];
  /** People, organisations and locations, people first, then by number of documents. */
  entities: CaseEntity[];
  quotes: CaseQuote[];
  /** The case's milestones, in date order. */
  timeline: TimelineEntry[];
  /** Reports kept off the main timeline (no date, or a plan nobody confirmed), by first report. */
  reports: TimelineEntry[];
  contradictions: Contradiction[];
  graph: CaseGraph;
  overrideIssues: OverrideIssue[];
}

export type { CaseEvent };
