// The embedded store: one SQLite file through better-sqlite3, in WAL mode so readers (the web
// server) never block the writer (ingest), with one IMMEDIATE transaction per document so a
// killed process leaves every document either fully stored or not at all. Opened by
// `openSqliteStore` (open.ts); every write goes through the executor's transaction queue, so
// async callers sharing the connection never interleave inside a transaction.
import type Database from "better-sqlite3";
import type { Extraction } from "../../core/schema.js";
import { BandIndex, bandKeys, MIN_SHINGLES, nearDuplicate, shingles, signature } from "../minhash.js";
import type {
  AddResult,
  CaseSummary,
  DocumentSummary,
  DocumentWithExtraction,
  EntityOverride,
  ExtractionBuildOption,
  NewDocument,
  OverrideInput,
  OverrideKind,
  SearchHit,
  SearchOptions,
  Store,
} from "../types.js";
import { buildOf, storableDocument } from "../types.js";
import {
  countOtherBuild,
  entityValues,
  extractionJson,
  INSERT_ENTITY,
  INSERT_QUOTE,
  otherBuildDocuments,
  quoteValues,
  replaceExtraction,
} from "../sql/extractions.js";
import { SqliteExecutor } from "./executor.js";
import { BUMP_CASE_CHANGES, BUMP_REVISION } from "../case/schema.js";
import { blob } from "./migrations.js";
import { translate } from "./errors.js";
import {
  type DocumentHitRow,
  type DocumentRow,
  int32s,
  overrideFromRow,
  type OverrideRow,
  type QuoteHitRow,
  quoteHit,
  EXTRACTION_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  summary,
  uint32s,
  withExtraction,
} from "./rows.js";
import { ftsQuery, locateSnippet, sha256, wellFormed } from "./text.js";

/** Documents read per page by `iterateExtractions`. */
const PAGE = 100;

function now(): string {
  return new Date().toISOString();
}

export class SqliteStore implements Store {
  private readonly s;
  /** Portable SQL on this connection; its transaction queue serialises every write. */
  readonly sql: SqliteExecutor;
  /** Per case: the band index of every fingerprint up to document `seen` (the writer's view). */
  private readonly bandIndexes = new Map<number, { index: BandIndex; seen: number }>();

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.sql = new SqliteExecutor(db);
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
      insertExtraction: p("INSERT INTO extractions (document, json, build) VALUES (?, ?, ?)"),
      insertEntity: p(INSERT_ENTITY),
      insertQuote: p(INSERT_QUOTE),
      insertFingerprint: p(
        "INSERT INTO fingerprints (document, case_id, shingles, signature, band_keys) VALUES (?, ?, ?, ?, ?)",
      ),
      bump: p(BUMP_REVISION),
      bumpCase: p(BUMP_CASE_CHANGES),
      revision: p("SELECT value FROM meta WHERE key = 'revision'").pluck(),
      listCases: p(
        `SELECT c.name, c.created_at, count(d.rowid) AS documents, count(d.rowid) - count(d.duplicate_of) AS independent
         FROM cases c LEFT JOIN documents d ON d.case_id = c.id GROUP BY c.id ORDER BY c.id`,
      ),
      listDocuments: p(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.name = ? ORDER BY d.rowid`),
      getDocument: p(
        `SELECT ${SUMMARY_COLUMNS}, ${EXTRACTION_COLUMNS} FROM ${SUMMARY_FROM} JOIN extractions e ON e.document = d.rowid
         WHERE c.name = ? AND d.doc_id = ?`,
      ),
      // A page walks the documents in rowid order from `after` (`+` keeps SQLite off the case_id
      // index, whose plan read and sorted every document of the case for each page: quadratic).
      iteratePage: p(
        `SELECT ${SUMMARY_COLUMNS}, ${EXTRACTION_COLUMNS} FROM ${SUMMARY_FROM.replace("c.id = d.case_id", "c.id = +d.case_id")}
         JOIN extractions e ON e.document = d.rowid WHERE c.name = ? AND d.rowid > ? ORDER BY d.rowid LIMIT ?`,
      ),
      removeDocument: p("DELETE FROM documents WHERE doc_id = ? AND case_id = ?"),
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
      removeOverride: p("UPDATE overrides SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL AND case_id = ?"),
    };
  }

  /** Stores a document in the transaction the caller holds. */
  private addInTransaction(
    caseName: string,
    input: NewDocument,
    extraction: Extraction,
    prepared: PreparedText,
    build: string | null,
  ): AddResult {
    {
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
      this.s.insertExtraction.run(rowid, extractionJson(extraction, wellFormed), build);
      for (const e of entityValues(extraction, wellFormed)) this.s.insertEntity.run(rowid, caseId, ...e);
      for (const q of quoteValues(extraction, wellFormed)) this.s.insertQuote.run(rowid, caseId, ...q);
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
      this.s.bumpCase.run(caseId);
      if (!original) return { status: "added", id };
      return { status: "near-duplicate", id, duplicateOf: original.id, similarity: original.similarity };
    }
  }

  /** One IMMEDIATE transaction on the executor's queue, with SQLite's errors translated. */
  private async write<T>(fn: () => T): Promise<T> {
    try {
      return await this.sql.transaction(async () => fn());
    } catch (e) {
      throw translate(e, this.location);
    }
  }

  async addDocument(
    caseName: string,
    given: NewDocument,
    extraction: Extraction,
    options?: ExtractionBuildOption,
  ): Promise<AddResult> {
    const build = buildOf(options);
    const input = storableDocument(given, wellFormed);
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
      return await this.write(() => this.addInTransaction(caseName, input, extraction, prepared, build));
    } catch (e) {
      // The in-memory index may hold the rolled-back document: rebuild it on the next write.
      this.bandIndexes.clear();
      throw e;
    }
  }

  async findByText(caseName: string, text: string): Promise<string | null> {
    return this.guard(() => {
      const caseId = this.s.caseId.get(caseName) as number | undefined;
      if (caseId === undefined) return null;
      return (this.s.byHash.get(caseId, sha256(wellFormed(text))) as string | undefined) ?? null;
    });
  }

  async listCases(): Promise<CaseSummary[]> {
    return this.guard(() =>
      (this.s.listCases.all() as { name: string; created_at: string; documents: number; independent: number }[]).map(
        (r) => ({ name: r.name, documents: r.documents, independent: r.independent, createdAt: r.created_at }),
      ),
    );
  }

  async listDocuments(caseName: string): Promise<DocumentSummary[]> {
    return this.guard(() => (this.s.listDocuments.all(caseName) as DocumentRow[]).map(summary));
  }

  async getDocument(caseName: string, id: string): Promise<DocumentWithExtraction | null> {
    return this.guard(() => {
      const row = this.s.getDocument.get(caseName, id) as DocumentRow | undefined;
      return row ? withExtraction(row) : null;
    });
  }

  async *iterateExtractions(caseName: string): AsyncIterableIterator<DocumentWithExtraction> {
    // Keyset pages, so no statement stays open on the connection between pages.
    let after = 0;
    for (;;) {
      const rows = this.guard(() => this.s.iteratePage.all(caseName, after, PAGE) as DocumentRow[]);
      for (const row of rows) yield withExtraction(row);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].rowid;
    }
  }

  async countOtherBuild(caseName: string, build: string): Promise<number> {
    return this.translated(countOtherBuild(this.sql, caseName, build));
  }

  async otherBuildDocuments(caseName: string, build: string | null): Promise<string[]> {
    return this.translated(otherBuildDocuments(this.sql, caseName, build));
  }

  async replaceExtraction(caseName: string, id: string, x: Extraction, o?: ExtractionBuildOption): Promise<boolean> {
    return this.translated(replaceExtraction(this.sql, wellFormed, caseName, id, x, o));
  }

  async removeDocument(caseName: string, id: string): Promise<boolean> {
    return this.write(() => {
      const caseId = this.s.caseId.get(caseName) as number | undefined;
      if (caseId === undefined) return false;
      const changed = this.s.removeDocument.run(id, caseId).changes > 0;
      if (changed) {
        this.s.bump.run();
        this.s.bumpCase.run(caseId);
      }
      return changed;
    });
  }

  async search(caseName: string, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const limit = Math.max(1, Math.min(options.limit ?? 50, 1000));
    const kinds = options.kinds ?? ["quote", "document"];
    return this.guard(() => {
      const caseId = this.s.caseId.get(caseName) as number | undefined;
      if (caseId === undefined) return [];
      const hits: SearchHit[] = [];
      if (kinds.includes("quote")) {
        for (const r of this.s.searchQuotes.all(match, caseId, limit) as QuoteHitRow[]) hits.push(quoteHit(r));
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

  async recordMerge(caseName: string, override: OverrideInput): Promise<EntityOverride> {
    return this.recordOverride(caseName, "merge", override);
  }

  async recordSplit(caseName: string, override: OverrideInput): Promise<EntityOverride> {
    return this.recordOverride(caseName, "split", override);
  }

  async recordRename(caseName: string, override: OverrideInput): Promise<EntityOverride> {
    return this.recordOverride(caseName, "rename", override);
  }

  async listOverrides(caseName: string): Promise<EntityOverride[]> {
    return this.guard(() =>
      (this.s.listOverrides.all(caseName) as OverrideRow[]).map((r) => overrideFromRow(caseName, r)),
    );
  }

  async removeOverride(caseName: string, id: number): Promise<boolean> {
    return this.write(() => {
      const caseId = this.s.caseId.get(caseName) as number | undefined;
      if (caseId === undefined) return false;
      const changed = this.s.removeOverride.run(now(), id, caseId).changes > 0;
      if (changed) {
        this.s.bump.run();
        this.s.bumpCase.run(caseId);
      }
      return changed;
    });
  }

  async caseId(caseName: string): Promise<number | null> {
    return this.guard(() => (this.s.caseId.get(caseName) as number | undefined) ?? null);
  }

  async revision(): Promise<number> {
    return this.guard(() => this.s.revision.get() as number);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private async recordOverride(caseName: string, kind: OverrideKind, override: OverrideInput): Promise<EntityOverride> {
    const entities = (override.entities ?? []).map(String);
    const reason = String(override.reason ?? "");
    const detail = override.detail === undefined ? null : JSON.stringify(override.detail);
    const createdAt = now();
    const id = await this.write(() => {
      const caseId = this.caseIdFor(caseName);
      const info = this.s.insertOverride.run(caseId, kind, JSON.stringify(entities), reason, detail, createdAt);
      this.s.bump.run();
      this.s.bumpCase.run(caseId);
      return Number(info.lastInsertRowid);
    });
    return overrideFromRow(caseName, {
      id,
      kind,
      entities: JSON.stringify(entities),
      reason,
      detail,
      created_at: createdAt,
    });
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
    const mine = { signature: prepared.signature, shingles: prepared.shingles.length };
    for (const rowid of index.candidates(prepared.keys, 4)) {
      const f = this.s.fingerprint.get(rowid) as { shingles: number; signature: Buffer } | undefined;
      if (!f) continue; // removed since
      if (!nearDuplicate.screen(mine, { signature: uint32s(f.signature), shingles: f.shingles })) continue;
      const c = this.s.candidate.get(rowid) as { rowid: number; text: string; duplicate_of: number | null };
      const similarity = nearDuplicate.similarity(prepared.shingles, shingles(c.text));
      if (similarity === null) continue;
      const root = c.duplicate_of ?? c.rowid;
      const id = this.s.docIdOf.get(root) as string;
      return { rowid: root, id, similarity };
    }
    return null;
  }

  /** The portable SQL's answer, with SQLite's errors translated. */
  private async translated<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (e) {
      throw translate(e, this.location);
    }
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
