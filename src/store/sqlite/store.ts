// The embedded store: one SQLite file through better-sqlite3, in WAL mode so readers (the web
// server) never block the writer (ingest), with one IMMEDIATE transaction per document so a
// killed process leaves every document either fully stored or not at all.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import type { Extraction } from "../../core/schema.js";
import {
  BandIndex,
  bandKeys,
  estimateJaccard,
  isNearDuplicate,
  mayBeNearDuplicate,
  MIN_SHINGLES,
  overlap,
  shingles,
  signature,
} from "../minhash.js";
import {
  type AddResult,
  type DocumentOrigin,
  type CaseSummary,
  type DocumentSummary,
  type DocumentWithExtraction,
  type EntityOverride,
  type NewDocument,
  type OverrideInput,
  type OverrideKind,
  type SearchHit,
  type SearchOptions,
  type Store,
  StoreError,
  storeCorruptMessage,
  storeLockedMessage,
} from "../types.js";
import { blob, LATEST_VERSION, MIGRATIONS } from "./migrations.js";

/** "Case" in ASCII, written into the file header so another program's database is recognised. */
export const APPLICATION_ID = 0x43617365;

export interface SqliteStoreOptions {
  /** How long a write waits for another writer before giving up (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Open for reading only (the file must exist). */
  readonly?: boolean;
}

interface DocumentRow {
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
}

const SUMMARY_COLUMNS = `d.rowid, d.doc_id, c.name AS case_name, d.source, d.outlet, d.published, d.title, d.hash,
  d.chars, d.added_at, o.doc_id AS original_id, d.similarity, d.origin`;
const SUMMARY_FROM = `documents d JOIN cases c ON c.id = d.case_id LEFT JOIN documents o ON o.rowid = d.duplicate_of`;

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database | undefined;
  if (options.readonly && path !== ":memory:" && !existsSync(path))
    throw new StoreError(
      path,
      `${path} does not exist; add articles to it first (casefile ingest PATH... --store ${path})`,
      "io",
    );
  try {
    db = new Database(path, {
      timeout: options.busyTimeoutMs ?? 5000,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    checkApplication(db, path);
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      // In WAL mode NORMAL loses no committed transaction when the process dies, only
      // (possibly) the last ones on a power cut, and it saves an fsync per document.
      db.pragma("synchronous = NORMAL");
      // Checkpoint every ~16 MB instead of every 4 MB: pages written by many documents in a row
      // (full-text index, tables' last pages) are copied back to the database once, not each time.
      db.pragma("wal_autocheckpoint = 4000");
      migrate(db, path);
    } else {
      const version = db.pragma("user_version", { simple: true }) as number;
      if (version > LATEST_VERSION)
        throw new StoreError(path, `${path} was written by a newer Casefile; upgrade Casefile to open it`, "newer");
      if (version < LATEST_VERSION)
        throw new StoreError(
          path,
          `${path} was written by an older Casefile; run casefile ingest on it once to upgrade it`,
          "newer",
        );
    }
    db.pragma("foreign_keys = ON");
    return new SqliteStore(db, path);
  } catch (e) {
    try {
      db?.close();
    } catch {
      // already failing: the first error is the one to report
    }
    throw translate(e, path);
  }
}

function checkApplication(db: Database.Database, path: string): void {
  const id = db.pragma("application_id", { simple: true }) as number; // reads the header: fails on a non-database
  if (id === APPLICATION_ID) return;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number };
  if (id !== 0 || tables.n > 0) throw new StoreError(path, storeCorruptMessage(path), "corrupt");
}

function migrate(db: Database.Database, path: string): void {
  const version = () => db.pragma("user_version", { simple: true }) as number;
  if (version() > LATEST_VERSION)
    throw new StoreError(path, `${path} was written by a newer Casefile; upgrade Casefile to open it`, "newer");
  for (const m of MIGRATIONS) {
    if (m.version <= version()) continue;
    db.transaction(() => {
      if (m.version <= version()) return; // another process got there first while we waited
      db.exec(m.sql);
      m.after?.(db);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** A SQLite error as the one line a user can act on. */
export function translate(e: unknown, path: string): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  if (typeof code === "string") {
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
      return new StoreError(path, storeLockedMessage(path), "locked");
    if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"))
      return new StoreError(path, storeCorruptMessage(path), "corrupt");
    if (code.startsWith("SQLITE_CANTOPEN"))
      return new StoreError(path, `${path} cannot be opened; check that its folder exists and is writable`, "io");
    if (code.startsWith("SQLITE_READONLY"))
      return new StoreError(path, `${path} is read-only; check its permissions or use another --store`, "io");
    if (code === "SQLITE_FULL")
      return new StoreError(path, `${path}: the disk is full; free some space and run again`, "io");
    if (code.startsWith("SQLITE_IOERR"))
      return new StoreError(path, `${path}: a disk error occurred (${message}); check the disk and run again`, "io");
  }
  if (/directory does not exist/i.test(message))
    return new StoreError(path, `${path} cannot be created: its folder does not exist`, "io");
  return e instanceof Error ? e : new Error(message);
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * The text with each unpaired surrogate replaced by U+FFFD, one code unit for one, so offsets
 * computed on the original still hold. SQLite stores UTF-8, which cannot hold unpaired
 * surrogates: left alone, each would come back as three replacement characters.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

function now(): string {
  return new Date().toISOString();
}

/**
 * A user's query as an FTS5 expression: every word required, words inside double quotes as a
 * phrase, the last bare word as a prefix. Only letters and digits reach FTS5, so no query
 * syntax can be injected.
 */
export function ftsQuery(query: string): string | null {
  const q = (typeof query === "string" ? query : "").slice(0, 2000);
  const terms: string[] = [];
  let lastBare = -1;
  const parts = q.split('"');
  parts.forEach((part, i) => {
    const words = part.match(/[\p{L}\p{N}]+/gu);
    if (!words) return;
    // odd parts were inside quotation marks (an unclosed mark quotes to the end)
    if (i % 2 === 1) terms.push(`"${words.slice(0, 32).join(" ")}"`);
    else
      for (const w of words) {
        terms.push(`"${w}"`);
        lastBare = terms.length - 1;
      }
  });
  if (terms.length === 0) return null;
  const kept = terms.slice(0, 32);
  if (lastBare >= 0 && lastBare === terms.length - 1 && lastBare < kept.length) kept[lastBare] += "*";
  return kept.join(" ");
}

/** Where the snippet's first highlighted term is in the text, given the snippet FTS5 returned. */
function locateSnippet(text: string, snippet: string): { start: number; end: number } {
  const open = snippet.indexOf("«");
  const close = snippet.indexOf("»", open + 1);
  if (open < 0 || close < 0) return { start: 0, end: 0 };
  const term = snippet.slice(open + 1, close);
  let before = snippet.slice(0, open);
  if (before.startsWith("…")) before = before.slice(1);
  before = before.replace(/[«»]/g, "");
  const at = before ? text.indexOf(before + term) : -1;
  if (at >= 0) return { start: at + before.length, end: at + before.length + term.length };
  const lower = text.toLowerCase().indexOf(term.toLowerCase());
  return lower >= 0 ? { start: lower, end: lower + term.length } : { start: 0, end: 0 };
}

class SqliteStore implements Store {
  private readonly s;
  private readonly addTransaction;
  /** Per case: the band index of every fingerprint up to document `seen` (the writer's view). */
  private readonly bandIndexes = new Map<number, { index: BandIndex; seen: number }>();

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      caseId: p("SELECT id FROM cases WHERE name = ?").pluck(),
      insertCase: p("INSERT INTO cases (name, created_at) VALUES (?, ?)"),
      byHash: p("SELECT doc_id FROM documents WHERE case_id = ? AND hash = ?").pluck(),
      idTaken: p("SELECT 1 FROM documents WHERE case_id = ? AND doc_id = ?").pluck(),
      newFingerprints: p(
        "SELECT document, band_keys FROM fingerprints WHERE case_id = ? AND document > ? ORDER BY document",
      ),
      fingerprint: p("SELECT shingles, signature FROM fingerprints WHERE document = ?"),
      candidate: p("SELECT rowid, text, duplicate_of FROM documents WHERE rowid = ?"),
      docIdOf: p("SELECT doc_id FROM documents WHERE rowid = ?").pluck(),
      insertDocument: p(
        `INSERT INTO documents (case_id, doc_id, source, outlet, published, title, text, hash, chars, added_at,
           duplicate_of, similarity, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertExtraction: p("INSERT INTO extractions (document, json) VALUES (?, ?)"),
      insertEntity: p(
        "INSERT INTO entities (document, case_id, local_id, type, name, mentions) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      insertQuote: p(
        `INSERT INTO quotes (document, case_id, kind, text, speaker, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertFingerprint: p(
        "INSERT INTO fingerprints (document, case_id, shingles, signature, band_keys) VALUES (?, ?, ?, ?, ?)",
      ),
      bump: p("UPDATE meta SET value = value + 1 WHERE key = 'revision'"),
      revision: p("SELECT value FROM meta WHERE key = 'revision'").pluck(),
      listCases: p(
        `SELECT c.name, c.created_at, count(d.rowid) AS documents, count(d.rowid) - count(d.duplicate_of) AS independent
         FROM cases c LEFT JOIN documents d ON d.case_id = c.id GROUP BY c.id ORDER BY c.id`,
      ),
      listDocuments: p(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.name = ? ORDER BY d.rowid`),
      getDocument: p(
        `SELECT ${SUMMARY_COLUMNS}, d.text, e.json FROM ${SUMMARY_FROM} JOIN extractions e ON e.document = d.rowid
         WHERE c.name = ? AND d.doc_id = ?`,
      ),
      iterate: p(
        `SELECT ${SUMMARY_COLUMNS}, d.text, e.json FROM ${SUMMARY_FROM} JOIN extractions e ON e.document = d.rowid
         WHERE c.name = ? ORDER BY d.rowid`,
      ),
      removeDocument: p("DELETE FROM documents WHERE doc_id = ? AND case_id = (SELECT id FROM cases WHERE name = ?)"),
      searchDocuments: p(
        `SELECT d.doc_id, d.title, d.text, snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet,
           bm25(documents_fts) AS rank
         FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE documents_fts MATCH ? AND d.case_id = ? ORDER BY rank LIMIT ?`,
      ),
      searchQuotes: p(
        `SELECT d.doc_id, d.title, q.kind, q.text, q.speaker, q.start, q."end" AS end_,
           snippet(quotes_fts, 0, '«', '»', '…', 16) AS snippet, bm25(quotes_fts) AS rank
         FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.rowid = q.document
         WHERE quotes_fts MATCH ? AND q.case_id = ? ORDER BY rank LIMIT ?`,
      ),
      insertOverride: p(
        "INSERT INTO overrides (case_id, kind, entities, reason, detail, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      listOverrides: p(
        `SELECT o.id, o.kind, o.entities, o.reason, o.detail, o.created_at FROM overrides o
         JOIN cases c ON c.id = o.case_id WHERE c.name = ? AND o.withdrawn_at IS NULL ORDER BY o.id`,
      ),
      removeOverride: p(
        `UPDATE overrides SET withdrawn_at = ?
         WHERE id = ? AND withdrawn_at IS NULL AND case_id = (SELECT id FROM cases WHERE name = ?)`,
      ),
    };
    this.addTransaction = db.transaction(
      (caseName: string, input: NewDocument, extraction: Extraction, prepared: PreparedText): AddResult => {
        const caseId = this.caseIdFor(caseName);
        const existing = this.s.byHash.get(caseId, prepared.hash) as string | undefined;
        if (existing !== undefined) return { status: "duplicate", id: existing, duplicateOf: existing };
        const original = this.findOriginal(caseId, prepared);
        const id = this.uniqueId(caseId, input.id);
        const info = this.s.insertDocument.run(
          caseId,
          id,
          input.source,
          input.outlet,
          input.published,
          input.title,
          input.text,
          prepared.hash,
          input.text.length,
          now(),
          original?.rowid ?? null,
          original?.similarity ?? null,
          input.origin ? JSON.stringify(input.origin) : null,
        );
        const rowid = Number(info.lastInsertRowid);
        this.s.insertExtraction.run(rowid, JSON.stringify({ ...extraction, text: undefined }));
        for (const e of extraction.entities ?? [])
          this.s.insertEntity.run(
            rowid,
            caseId,
            String(e.id),
            String(e.type),
            wellFormed(String(e.name)),
            e.mentions?.length ?? 0,
          );
        for (const q of extraction.quotes ?? [])
          this.s.insertQuote.run(
            rowid,
            caseId,
            String(q.kind),
            wellFormed(String(q.text)),
            q.speaker === null || q.speaker === undefined ? null : wellFormed(String(q.speaker)),
            q.start,
            q.end,
          );
        if (prepared.keys) {
          this.s.insertFingerprint.run(
            rowid,
            caseId,
            prepared.shingles.length,
            blob(prepared.signature),
            blob(prepared.keys),
          );
          this.bandIndex(caseId).index.add(prepared.keys, rowid);
        }
        this.s.bump.run();
        if (!original) return { status: "added", id };
        return { status: "near-duplicate", id, duplicateOf: original.id, similarity: original.similarity };
      },
    );
  }

  addDocument(caseName: string, given: NewDocument, extraction: Extraction): AddResult {
    const optional = (v: string | null | undefined) => (v === null || v === undefined ? null : wellFormed(String(v)));
    const input: NewDocument = {
      id: wellFormed(String(given.id ?? "")),
      source: optional(given.source),
      outlet: optional(given.outlet),
      published: optional(given.published),
      title: optional(given.title),
      text: wellFormed(String(given.text ?? "")),
      origin: given.origin ?? null,
    };
    // Hashing and fingerprinting happen before the write lock is taken.
    const sh = shingles(input.text);
    const sig = signature(sh);
    const prepared: PreparedText = {
      hash: sha256(input.text),
      shingles: sh,
      signature: sig,
      keys: sh.length >= MIN_SHINGLES ? bandKeys(sig) : null,
    };
    try {
      return this.guard(() => this.addTransaction.immediate(caseName, input, extraction, prepared));
    } catch (e) {
      // The in-memory index may hold the rolled-back document: rebuild it on the next write.
      this.bandIndexes.clear();
      throw e;
    }
  }

  findByText(caseName: string, text: string): string | null {
    return this.guard(() => {
      const caseId = this.s.caseId.get(caseName) as number | undefined;
      if (caseId === undefined) return null;
      return (this.s.byHash.get(caseId, sha256(wellFormed(text))) as string | undefined) ?? null;
    });
  }

  listCases(): CaseSummary[] {
    return this.guard(() =>
      (this.s.listCases.all() as { name: string; created_at: string; documents: number; independent: number }[]).map(
        (r) => ({ name: r.name, documents: r.documents, independent: r.independent, createdAt: r.created_at }),
      ),
    );
  }

  listDocuments(caseName: string): DocumentSummary[] {
    return this.guard(() => (this.s.listDocuments.all(caseName) as DocumentRow[]).map(summary));
  }

  getDocument(caseName: string, id: string): DocumentWithExtraction | null {
    return this.guard(() => {
      const row = this.s.getDocument.get(caseName, id) as DocumentRow | undefined;
      return row ? withExtraction(row) : null;
    });
  }

  *iterateExtractions(caseName: string): IterableIterator<DocumentWithExtraction> {
    const rows = this.guard(() => this.s.iterate.iterate(caseName)) as IterableIterator<DocumentRow>;
    for (;;) {
      const next = this.guard(() => rows.next());
      if (next.done) return;
      yield withExtraction(next.value);
    }
  }

  removeDocument(caseName: string, id: string): boolean {
    return this.guard(() =>
      this.db
        .transaction(() => {
          const changed = this.s.removeDocument.run(id, caseName).changes > 0;
          if (changed) this.s.bump.run();
          return changed;
        })
        .immediate(),
    );
  }

  search(caseName: string, query: string, options: SearchOptions = {}): SearchHit[] {
    const match = ftsQuery(query);
    if (!match) return [];
    const limit = Math.max(1, Math.min(options.limit ?? 50, 1000));
    const kinds = options.kinds ?? ["quote", "document"];
    return this.guard(() => {
      const caseId = this.s.caseId.get(caseName) as number | undefined;
      if (caseId === undefined) return [];
      const hits: SearchHit[] = [];
      if (kinds.includes("quote")) {
        for (const r of this.s.searchQuotes.all(match, caseId, limit) as QuoteHitRow[])
          hits.push({
            kind: "quote",
            documentId: r.doc_id,
            title: r.title,
            snippet: r.snippet,
            start: r.start,
            end: r.end_,
            rank: r.rank,
            quote: { text: r.text, kind: r.kind, speaker: r.speaker },
          });
      }
      if (kinds.includes("document")) {
        for (const r of this.s.searchDocuments.all(match, caseId, limit) as DocumentHitRow[])
          hits.push({
            kind: "document",
            documentId: r.doc_id,
            title: r.title,
            snippet: r.snippet,
            ...locateSnippet(r.text, r.snippet),
            rank: r.rank,
          });
      }
      return hits;
    });
  }

  recordMerge(caseName: string, override: OverrideInput): EntityOverride {
    return this.recordOverride(caseName, "merge", override);
  }

  recordSplit(caseName: string, override: OverrideInput): EntityOverride {
    return this.recordOverride(caseName, "split", override);
  }

  recordRename(caseName: string, override: OverrideInput): EntityOverride {
    return this.recordOverride(caseName, "rename", override);
  }

  listOverrides(caseName: string): EntityOverride[] {
    return this.guard(() =>
      (this.s.listOverrides.all(caseName) as OverrideRow[]).map((r) => ({
        id: r.id,
        case: caseName,
        kind: r.kind,
        entities: JSON.parse(r.entities) as string[],
        reason: r.reason,
        ...(r.detail !== null ? { detail: JSON.parse(r.detail) as unknown } : {}),
        createdAt: r.created_at,
      })),
    );
  }

  removeOverride(caseName: string, id: number): boolean {
    return this.guard(() =>
      this.db
        .transaction(() => {
          const changed = this.s.removeOverride.run(now(), id, caseName).changes > 0;
          if (changed) this.s.bump.run();
          return changed;
        })
        .immediate(),
    );
  }

  revision(): number {
    return this.guard(() => this.s.revision.get() as number);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private recordOverride(caseName: string, kind: OverrideKind, override: OverrideInput): EntityOverride {
    const entities = (override.entities ?? []).map(String);
    const reason = String(override.reason ?? "");
    const detail = override.detail === undefined ? null : JSON.stringify(override.detail);
    const createdAt = now();
    const id = this.guard(() =>
      this.db
        .transaction(() => {
          const caseId = this.caseIdFor(caseName);
          const info = this.s.insertOverride.run(caseId, kind, JSON.stringify(entities), reason, detail, createdAt);
          this.s.bump.run();
          return Number(info.lastInsertRowid);
        })
        .immediate(),
    );
    return {
      id,
      case: caseName,
      kind,
      entities,
      reason,
      ...(detail !== null ? { detail: JSON.parse(detail) as unknown } : {}),
      createdAt,
    };
  }

  private caseIdFor(caseName: string): number {
    const id = this.s.caseId.get(caseName) as number | undefined;
    if (id !== undefined) return id;
    return Number(this.s.insertCase.run(caseName, now()).lastInsertRowid);
  }

  private uniqueId(caseId: number, wanted: string): string {
    const base = wanted || "document";
    if (!this.s.idTaken.get(caseId, base)) return base;
    for (let n = 2; ; n++) {
      const id = `${base}-${n}`;
      if (!this.s.idTaken.get(caseId, id)) return id;
    }
  }

  /** The band index of a case, brought up to date with documents other connections added. */
  private bandIndex(caseId: number): { index: BandIndex; seen: number } {
    let entry = this.bandIndexes.get(caseId);
    if (!entry) {
      entry = { index: new BandIndex(), seen: 0 };
      this.bandIndexes.set(caseId, entry);
    }
    for (const row of this.s.newFingerprints.iterate(caseId, entry.seen) as IterableIterator<{
      document: number;
      band_keys: Buffer;
    }>) {
      entry.index.add(int32s(row.band_keys), row.document);
      entry.seen = row.document;
    }
    return entry;
  }

  /** The earlier document this text is a syndicated copy of, if any (always the first of a family). */
  private findOriginal(
    caseId: number,
    prepared: PreparedText,
  ): { rowid: number; id: string; similarity: number } | null {
    if (!prepared.keys) return null;
    const { index } = this.bandIndex(caseId);
    for (const rowid of index.candidates(prepared.keys, 4)) {
      const f = this.s.fingerprint.get(rowid) as { shingles: number; signature: Buffer } | undefined;
      if (!f) continue; // removed since
      const estimate = estimateJaccard(prepared.signature, uint32s(f.signature));
      if (!mayBeNearDuplicate(estimate, prepared.shingles.length, f.shingles)) continue;
      const c = this.s.candidate.get(rowid) as { rowid: number; text: string; duplicate_of: number | null };
      const o = overlap(prepared.shingles, shingles(c.text));
      if (!isNearDuplicate(o)) continue;
      const root = c.duplicate_of ?? c.rowid;
      const id = this.s.docIdOf.get(root) as string;
      return { rowid: root, id, similarity: Math.round(o.jaccard * 1000) / 1000 };
    }
    return null;
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw translate(e, this.location);
    }
  }
}

interface PreparedText {
  hash: string;
  shingles: Uint32Array;
  signature: Uint32Array;
  /** Null for texts too short to fingerprint. */
  keys: Int32Array | null;
}

function uint32s(b: Buffer): Uint32Array {
  const copy = new Uint8Array(b); // aligned copy
  return new Uint32Array(copy.buffer, 0, copy.byteLength >> 2);
}

function int32s(b: Buffer): Int32Array {
  const copy = new Uint8Array(b);
  return new Int32Array(copy.buffer, 0, copy.byteLength >> 2);
}

interface QuoteHitRow {
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

interface DocumentHitRow {
  doc_id: string;
  title: string | null;
  text: string;
  snippet: string;
  rank: number;
}

interface OverrideRow {
  id: number;
  kind: OverrideKind;
  entities: string;
  reason: string;
  detail: string | null;
  created_at: string;
}

function summary(r: DocumentRow): DocumentSummary {
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

function withExtraction(r: DocumentRow): DocumentWithExtraction {
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
  return { document: { ...summary(r), text }, extraction };
}
