// The Store: where ingested documents, their extractions and the case builder's overrides live.
// Callers (CLI, case builder, HTTP server) code against this interface only; the SQLite
// implementation is the embedded default and a PostgreSQL one can follow without touching them.
//
// Cases live side by side inside one store file: every call names its case ("default" unless
// the user gives `--case NAME`). Every method is asynchronous (returns a Promise) so that an
// engine reached over a socket (PostgreSQL) implements the same interface as the embedded SQLite
// one; the SQLite store answers at once but still through promises. Open one with
// `await openStore(location)` from src/store/index.ts.
//
// For an implementer: every write is one transaction (a document with its extraction, an
// override, a removal), and every write bumps `revision()`. Lists come back in a stable order
// (documents in ingest order, overrides oldest first). Errors a user can meet are `StoreError`s
// whose message is one line naming the store and what to do.
import type { Extraction } from "../core/schema.js";
import { extractionBuild } from "../extract/build-id.js";
import { queueHost } from "./queue-host.js";
import type { SqlExecutor } from "./sql/executor.js";

export const DEFAULT_CASE = "default";
export const DEFAULT_STORE_FILE = "casefile.db";

/** An article as ingest hands it to the store (the shape `readInput` returns). */
export interface NewDocument {
  /** The input's id (its `id` field, or its file name without extension). */
  id: string;
  /** URL or path it came from. */
  source: string | null;
  outlet: string | null;
  /** `YYYY-MM-DD` or null. */
  published: string | null;
  title: string | null;
  text: string;
  /** Where in its file the text came from (a PDF's pages, a mailbox's message); absent for plain text. */
  origin?: DocumentOrigin | null;
}

/**
 * Where a document's text came from inside its original file. Offsets are into the document's
 * extracted text, so a quote's page is the last page starting at or before the quote.
 */
/**
 * The document as a store keeps it: every field a string (or null), each passed through the
 * engine's `clean`, which replaces what the engine cannot hold one code unit for one, so offsets
 * into the text stay valid.
 */
export function storableDocument(given: NewDocument, clean: (text: string) => string): NewDocument {
  const optional = (v: string | null | undefined) => (v === null || v === undefined ? null : clean(String(v)));
  return {
    id: clean(String(given.id ?? "")),
    source: optional(given.source),
    outlet: optional(given.outlet),
    published: optional(given.published),
    title: optional(given.title),
    text: clean(String(given.text ?? "")),
    origin: given.origin ?? null,
  };
}

export interface DocumentOrigin {
  /** The original file (absolute path for a local file, the upload's name for an upload). */
  file: string;
  format: "pdf" | "docx" | "eml" | "mbox" | "mhtml";
  /** Which part of the file: "message 2", "attachment letter.pdf"; null for the whole file. */
  part: string | null;
  /** PDF: the offset in the text where each page starts (page 1 first). */
  pageStarts?: number[];
  /** An attachment: the id the message it came with was given in the file (the store may suffix it). */
  attachedTo?: string;
}

/** The page (from 1) of the original file holding `offset` of the text, or null when it has no pages. */
export function pageAt(origin: DocumentOrigin | null | undefined, offset: number): number | null {
  const starts = origin?.pageStarts;
  if (!starts?.length) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A stored document without its text: what listings return. */
export interface DocumentSummary {
  /** Unique within its case: the input's id, suffixed ("-2", "-3"…) when another document already has it. */
  id: string;
  case: string;
  source: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  /** sha256 of `text`, hex. */
  hash: string;
  /** Length of `text` in UTF-16 code units. */
  chars: number;
  /** When it was ingested, ISO 8601 UTC. */
  addedAt: string;
  /**
   * Set when this document is a near-duplicate (syndicated copy) of an earlier one: the id of
   * that original. Such a copy is kept and searchable but is not an independent source.
   */
  duplicateOf: string | null;
  /** Estimated share of shingles it has in common with `duplicateOf` (0..1), or null. */
  similarity: number | null;
  /** Where in its original file the text came from; null for plain text, web pages and feeds. */
  origin: DocumentOrigin | null;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
}

export interface DocumentWithExtraction {
  document: StoredDocument;
  extraction: Extraction;
  /**
   * The build of the extractor that made `extraction` (src/extract/build-id.ts), or null for one
   * stored before builds were recorded (an older release).
   */
  build: string | null;
}

/** How a write names the build of the extractor that made the extraction it stores. */
export interface ExtractionBuildOption {
  /**
   * The extractor's build (src/extract/build-id.ts); default: this process's. A copy of a stored
   * extraction passes the build it was stored with (null: unknown, an older release).
   */
  build?: string | null;
}

/** The build an extraction is stored with: the one given, else this process's. */
export function buildOf(options: ExtractionBuildOption | undefined): string | null {
  return options?.build === undefined ? extractionBuild() : options.build;
}

export type AddStatus = "added" | "duplicate" | "near-duplicate";

export interface AddResult {
  status: AddStatus;
  /** The stored document's id: the new one, or for an exact duplicate the one already stored. */
  id: string;
  /** For "near-duplicate": the original it copies. For "duplicate": same as `id`. */
  duplicateOf?: string;
  similarity?: number;
}

export interface CaseSummary {
  name: string;
  documents: number;
  /** Documents that are not near-duplicates of another: independent sources. */
  independent: number;
  createdAt: string;
}

export interface SearchOptions {
  /** Which hits to return; both by default. */
  kinds?: ("document" | "quote")[];
  /** At most this many hits (default 50). */
  limit?: number;
}

/**
 * A full-text hit. `start`/`end` are offsets into the document's text: the quote's span for a
 * quote hit, the first matching term for a document hit (or 0,0 when it cannot be located).
 */
export interface SearchHit {
  kind: "document" | "quote";
  documentId: string;
  title: string | null;
  /** A short excerpt with the matching terms wrapped in «…». */
  snippet: string;
  start: number;
  end: number;
  /** Lower is better (FTS5 bm25). */
  rank: number;
  /** For quote hits. */
  quote?: { text: string; kind: string; speaker: string | null };
}

export type OverrideKind = "merge" | "split" | "rename";

/**
 * A user's decision about cross-document entities that the case builder must obey: a forced
 * merge ("these are one person") or a split ("this is not the same person"). What the entity
 * references mean is the case builder's business (e.g. canonical names, or "docId#e3"); the
 * store only keeps them in order with a reason and a time.
 */
export interface OverrideInput {
  entities: string[];
  reason: string;
  /** Anything else the case builder needs to replay the decision. Plain JSON. */
  detail?: unknown;
  /** The user who made it, on a store with users (PostgreSQL); kept with the override. */
  madeBy?: string;
}

export interface EntityOverride extends OverrideInput {
  id: number;
  case: string;
  kind: OverrideKind;
  /** ISO 8601 UTC. */
  createdAt: string;
}

export interface Store {
  /** Where the store lives (a file path, or a connection string for a server database). */
  readonly location: string;
  /**
   * Portable SQL on the store's database, for the parts every engine shares: the case file's
   * tables (src/store/case/). An implementation creates those tables (CASE_SCHEMA in
   * src/store/case/schema.ts) in its migrations and, in the same transaction as every write to a
   * case's documents or overrides, bumps the case's counter (BUMP_CASE_CHANGES there).
   */
  readonly sql: SqlExecutor;
  /** The case's numeric id (the `case_id` of the case tables), or null when there is no such case. */
  caseId(caseName: string): Promise<number | null>;

  /**
   * Stores one document and its extraction (with the build that made it) in one transaction;
   * exact re-ingests add nothing.
   */
  addDocument(
    caseName: string,
    input: NewDocument,
    extraction: Extraction,
    options?: ExtractionBuildOption,
  ): Promise<AddResult>;
  /** The id of a stored document with exactly this text in the case, if any (cheap; lets ingest skip extraction). */
  findByText(caseName: string, text: string): Promise<string | null>;

  listCases(): Promise<CaseSummary[]>;
  /** Documents of a case in ingest order. */
  listDocuments(caseName: string): Promise<DocumentSummary[]>;
  getDocument(caseName: string, id: string): Promise<DocumentWithExtraction | null>;
  /**
   * Every document with its extraction, in ingest order, read lazily a page at a time (for
   * building the case): `for await (const d of store.iterateExtractions(name))`. The store may
   * be used for other calls between pages.
   */
  iterateExtractions(caseName: string): AsyncIterable<DocumentWithExtraction>;
  /**
   * Removes a document, its extraction, quotes and search entries. False if there was none.
   * `by`: the user who removed it (a store with users records it).
   */
  removeDocument(caseName: string, id: string, by?: string | null): Promise<boolean>;

  /**
   * How many of the case's documents were extracted by another build of the extractor than
   * `build`, or before builds were recorded.
   */
  countOtherBuild(caseName: string, build: string): Promise<number>;
  /** The ids of those documents (of every document when `build` is null), in ingest order. */
  otherBuildDocuments(caseName: string, build: string | null): Promise<string[]>;
  /**
   * Replaces the stored extraction of a document (made again from its text) and the rows made from
   * it (entities, quotes and their search entries) in one transaction, like every write. False if
   * the case holds no such document.
   */
  replaceExtraction(
    caseName: string,
    id: string,
    extraction: Extraction,
    options?: ExtractionBuildOption,
  ): Promise<boolean>;

  /** FTS5 search over article text and quotes. Query words are matched as words (prefix on the last). */
  search(caseName: string, query: string, options?: SearchOptions): Promise<SearchHit[]>;

  recordMerge(caseName: string, override: OverrideInput): Promise<EntityOverride>;
  recordSplit(caseName: string, override: OverrideInput): Promise<EntityOverride>;
  /** entities = [entity, new name]. */
  recordRename(caseName: string, override: OverrideInput): Promise<EntityOverride>;
  /** Overrides in force, oldest first, so replaying them in order gives the user's intent. */
  listOverrides(caseName: string): Promise<EntityOverride[]>;
  /**
   * Withdraws an override (undo): it stays in the store, marked withdrawn, and its number is
   * never given to another. False if there was none in force.
   */
  removeOverride(caseName: string, id: number, by?: string | null): Promise<boolean>;

  /**
   * A number that changes whenever anything in the store changes (any case, any connection,
   * any process). Cheap to read: cache a built case file per revision.
   */
  revision(): Promise<number>;

  close(): Promise<void>;
}

/** A case as `casefile cases` and the API's list of cases show it. */
export interface CaseState extends CaseSummary {
  /** How many of its articles another build of the extractor extracted (or one before builds were recorded). */
  otherBuild: number;
  /** What to do about them ("3 articles extracted by another build; casefile rebuild --extract"), or null. */
  note: string | null;
}

/**
 * The command that extracts a case's articles again with the installed build; on a store with a
 * job queue (PostgreSQL), the one that enqueues them for the team's `casefile worker`s, as the
 * page's button does there.
 */
export function extractAgainCommand(caseName: string, queue: boolean): string {
  const flag =
    caseName === DEFAULT_CASE ? "" : ` --case ${/^[\w.-]+$/.test(caseName) ? caseName : JSON.stringify(caseName)}`;
  return `casefile rebuild --extract${queue ? " --queue" : ""}${flag}`;
}

/**
 * The store's cases with what the running build of the extractor would make again (one path for
 * the CLI and the API); `count` gives a case's count (default: counted now; the server keeps them).
 */
export async function caseStates(
  store: Store,
  count: (caseName: string) => Promise<number> = (name) => store.countOtherBuild(name, extractionBuild()),
): Promise<CaseState[]> {
  const queue = queueHost(store) !== null;
  return Promise.all(
    (await store.listCases()).map(async (c) => {
      const otherBuild = await count(c.name);
      const note = otherBuild
        ? `${otherBuild} article${otherBuild === 1 ? "" : "s"} extracted by another build; ${extractAgainCommand(c.name, queue)}`
        : null;
      return { ...c, otherBuild, note };
    }),
  );
}

/** A failure a user can meet; `message` is one line naming the store and what to do. */
export class StoreError extends Error {
  constructor(
    readonly location: string,
    message: string,
    readonly code: "locked" | "corrupt" | "newer" | "io",
  ) {
    super(message);
  }
}

export function storeLockedMessage(location: string): string {
  return `${location} is locked by another Casefile process writing to it; wait for it to finish and try again`;
}

export function storeCorruptMessage(location: string): string {
  return `${location} is not a Casefile store or is damaged; restore it or use another --store`;
}

/** The store file for a command: `--store`, else $CASEFILE_STORE, else casefile.db here. */
export function storePath(flag?: string | null): string {
  if (flag) return flag;
  const env = process.env.CASEFILE_STORE;
  return env && env.trim() ? env : DEFAULT_STORE_FILE;
}
