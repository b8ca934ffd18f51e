// Rows as the SQLite store reads them, and how they become the Store interface's values.
import type { Extraction } from "../../core/schema.js";
import type {
  DocumentOrigin,
  DocumentSummary,
  DocumentWithExtraction,
  EntityOverride,
  OverrideKind,
  SearchHit,
} from "../types.js";

export interface DocumentRow {
  rowid: number;
  doc_id: string;
  case_name: string;
  source: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  hash: string;
  chars: number;
  added_at: string;
  original_id: string | null;
  similarity: number | null;
  origin: string | null;
  text?: string;
  json?: string;
  build?: string | null;
}

export const SUMMARY_COLUMNS = `d.rowid, d.doc_id, c.name AS case_name, d.source, d.outlet, d.published, d.title, d.hash,
  d.chars, d.added_at, o.doc_id AS original_id, d.similarity, d.origin`;
/** A document's text and its extraction with the build that made it, read with SUMMARY_COLUMNS (extractions as `e`). */
export const EXTRACTION_COLUMNS = "d.text, e.json, e.build";
export const SUMMARY_FROM = `documents d JOIN cases c ON c.id = d.case_id LEFT JOIN documents o ON o.rowid = d.duplicate_of`;

export function uint32s(b: Buffer): Uint32Array {
  const copy = new Uint8Array(b); // aligned copy
  return new Uint32Array(copy.buffer, 0, copy.byteLength >> 2);
}

export function int32s(b: Buffer): Int32Array {
  const copy = new Uint8Array(b);
  return new Int32Array(copy.buffer, 0, copy.byteLength >> 2);
}

export interface QuoteHitRow {
  doc_id: string;
  title: string | null;
  kind: string;
  text: string;
  speaker: string | null;
  start: number;
  end_: number;
  snippet: string;
  rank: number;
}

/** A quote found by a search, as both engines return it. */
export function quoteHit(r: QuoteHitRow): SearchHit {
  return {
    kind: "quote",
    documentId: r.doc_id,
    title: r.title,
    snippet: r.snippet,
    start: r.start,
    end: r.end_,
    rank: r.rank,
    quote: { text: r.text, kind: r.kind, speaker: r.speaker },
  };
}

export interface DocumentHitRow {
  doc_id: string;
  title: string | null;
  text: string;
  snippet: string;
  rank: number;
}

/** A stored correction as both engines read it (PostgreSQL also keeps who made it). */
export interface OverrideRow {
  id: number;
  kind: OverrideKind;
  entities: string;
  reason: string;
  detail: string | null;
  created_at: string;
  made_by?: string | null;
}

/** A stored correction as the Store interface returns it. */
export function overrideFromRow(caseName: string, r: OverrideRow): EntityOverride {
  return {
    id: r.id,
    case: caseName,
    kind: r.kind,
    entities: JSON.parse(r.entities) as string[],
    reason: r.reason,
    ...(r.detail !== null ? { detail: JSON.parse(r.detail) as unknown } : {}),
    createdAt: r.created_at,
    ...(r.made_by !== null && r.made_by !== undefined ? { madeBy: r.made_by } : {}),
  };
}

export function summary(r: DocumentRow): DocumentSummary {
  return {
    id: r.doc_id,
    case: r.case_name,
    source: r.source,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    hash: r.hash,
    chars: r.chars,
    addedAt: r.added_at,
    duplicateOf: r.original_id,
    similarity: r.similarity,
    origin: r.origin ? (JSON.parse(r.origin) as DocumentOrigin) : null,
  };
}

export function withExtraction(r: DocumentRow): DocumentWithExtraction {
  const text = r.text ?? "";
  const stored = JSON.parse(r.json ?? "{}") as Partial<Extraction>;
  const extraction: Extraction = {
    entities: [],
    quotes: [],
    events: [],
    times: [],
    ...stored,
    id: r.doc_id,
    source: stored.source ?? r.source,
    published: stored.published ?? r.published,
    text,
  };
  return { document: { ...summary(r), text }, extraction, build: r.build ?? null };
}
