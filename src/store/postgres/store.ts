// The store on PostgreSQL, for a team: several people, servers and ingestion workers on one
// database. Same interface and same answers as the SQLite store; what differs is kept small:
//
// - one transaction per document, holding an advisory lock on its case while it writes, so that
//   workers storing documents of one case concurrently store them one at a time (extraction and
//   the near-duplicate search run outside); once the queue is empty, near-duplicate families are
//   replayed in input order (./families.ts), so the case is the one a serial ingest gives;
// - UNIQUE (case, content hash) with ON CONFLICT DO NOTHING: two workers handed the same text
//   store it once;
// - full-text search with generated `tsvector` columns and GIN indexes (./search.ts);
// - near-duplicate band keys in a table shared by every worker, not in one process's memory.
import type pg from "pg";
import type { Extraction } from "../../core/schema.js";
import { bandKeys, MIN_SHINGLES, shingles, signature } from "../minhash.js";
import {
  type AddResult,
  type CaseSummary,
  type DocumentSummary,
  type DocumentWithExtraction,
  type EntityOverride,
  type ExtractionBuildOption,
  type NewDocument,
  type OverrideInput,
  type OverrideKind,
  type SearchHit,
  type SearchOptions,
  type Store,
  StoreError,
  storableDocument,
  buildOf,
} from "../types.js";
import { countOtherBuild, otherBuildDocuments, replaceExtraction } from "../sql/extractions.js";
import { BUMP_CASE_CHANGES, BUMP_REVISION } from "../case/schema.js";
import type { SqlExecutor } from "../sql/executor.js";
import type { RunSql } from "../queue-host.js";
import {
  type DocumentRow,
  overrideFromRow,
  type OverrideRow,
  EXTRACTION_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  summary,
  withExtraction,
} from "../sqlite/rows.js";
import { ClientExecutor, newPool, PgExecutor } from "./executor.js";
import { migratePostgres, PG_LATEST_VERSION } from "./migrations.js";
import { withSnapshots } from "./snapshot.js";
import { parseLocation, translatePg } from "./location.js";
import { searchCase } from "./search.js";
import { settleFamilies } from "./families.js";
import { findOriginal, WRITE_DOCUMENT, writeDocumentParams } from "./write.js";
import { nextIngestOrder, now, sha256, storableText } from "./values.js";
import * as users from "./users.js";
import type { StoreUser, UserRole } from "./users.js";

export { isPostgresLocation, parseLocation, translatePg } from "./location.js";
export { nextIngestOrder, storableText } from "./values.js";
export type { StoreUser, UserRole } from "./users.js";

/** The advisory lock class for "writing documents of case N" (each class's object id: `caseLockKey` hashed). */
const CASE_LOCK = 0x43617366;
/** The advisory lock class for "refreshing the stored case file of case N". */
const REFRESH_LOCK = 0x43617367;
/** The advisory lock class for "enqueueing a run for case N on the job queue beside the store". */
const QUEUE_LOCK = 0x43617368;

/**
 * What the write, refresh and queue locks of a case are keyed on (hashed by PostgreSQL): the
 * store's schema and the case's name, so that stores in other schemas of one database, each with a
 * case of that name, neither wait on each other's lock nor skip their refresh while another holds
 * it. (The write lock is taken inside casefile_write_document, which is given this key.)
 */
function caseLockKey(schema: string, caseName: string): string {
  return JSON.stringify([schema, caseName]);
}

export interface PostgresStoreOptions {
  /** Connections in the pool (default 4). */
  connections?: number;
}

/** Opens (creating the schema if needed, and upgrading it) a store at a `postgres://` location. */
export async function openPostgresStore(location: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const { connectionString, schema, shown } = parseLocation(location);
  const pool = newPool(connectionString, schema, options.connections ?? 4);
  const executor = new PgExecutor(pool);
  try {
    await migratePostgres(
      schema,
      (fn) => executor.transaction((tx) => fn(tx as ClientExecutor)),
      shown,
      (l) => new StoreError(l, `${l} was written by a newer Casefile; upgrade Casefile to open it`, "newer"),
    );
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw translatePg(e, shown);
  }
  return new PostgresStore(executor, pool, shown, schema);
}

export class PostgresStore implements Store {
  constructor(
    readonly executor: PgExecutor,
    private readonly pool: pg.Pool,
    readonly location: string,
    readonly schema: string,
  ) {}

  private portable: SqlExecutor | undefined;

  /** Portable SQL on this database (the case file's tables, src/store/case/), with snapshots. */
  get sql(): SqlExecutor {
    return (this.portable ??= withSnapshots(this.executor));
  }

  async caseId(caseName: string): Promise<number | null> {
    return this.guard(
      async () =>
        (await this.executor.get<{ id: number }>("SELECT id FROM cases WHERE name = ?", [caseName]))?.id ?? null,
    );
  }

  /**
   * Runs `fn` unless another process is already doing it for this case (a session advisory lock
   * held on a connection of its own); false when it was skipped. Workers that empty the queue
   * together refresh the stored case once, not all at the same time.
   */
  async onlyOne(caseName: string, fn: () => Promise<unknown>): Promise<boolean> {
    const key = caseLockKey(this.schema, caseName);
    const client = await this.pool.connect();
    try {
      const [row] = (
        await client.query("SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS got", [REFRESH_LOCK, key])
      ).rows as { got: boolean }[];
      if (!row.got) return false;
      try {
        await fn();
        return true;
      } finally {
        await client.query("SELECT pg_advisory_unlock($1::int, hashtext($2))", [REFRESH_LOCK, key]);
      }
    } finally {
      client.release();
    }
  }

  /**
   * Runs `fn` in one transaction on one connection of the store (its statements through the
   * function given), holding the case's queue lock until it commits: another process doing the
   * same for the case waits, then sees what this one committed. A check for a run under way and
   * the enqueueing of one are thus one step, whichever server or command does them.
   */
  async lockedForQueue<T>(caseName: string, fn: (sql: RunSql) => Promise<T>): Promise<T> {
    return this.guard(() =>
      this.executor.transaction(async (t) => {
        const tx = t as ClientExecutor;
        await tx.raw("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [
          QUEUE_LOCK,
          caseLockKey(this.schema, caseName),
        ]);
        return fn(async (text, values) => ({ rows: await tx.raw(text, values) }));
      }),
    );
  }

  /**
   * Makes a case's near-duplicate families what a serial ingest of its documents gives, after
   * workers stored some out of their input order (see `families.ts`); how many documents changed.
   */
  async settleFamilies(caseName: string): Promise<number> {
    return this.guard(() =>
      this.executor.transaction(async (t) => {
        const tx = t as ClientExecutor;
        await tx.raw("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [
          CASE_LOCK,
          caseLockKey(this.schema, caseName),
        ]);
        const [row] = await tx.raw<{ id: number }>("SELECT id FROM cases WHERE name = $1", [caseName]);
        const changed = row ? await settleFamilies(tx, row.id) : 0;
        if (changed) {
          await tx.run(BUMP_REVISION);
          await tx.run(BUMP_CASE_CHANGES, [row.id]);
        }
        return changed;
      }),
    );
  }

  /** The connection pool (the job queue shares the database, not the pool). */
  get connectionPool(): pg.Pool {
    return this.pool;
  }

  /**
   * `options.order`: the document's place in its input (see `nextIngestOrder`); a queued document carries
   * the one it was enqueued with, so concurrent workers store a case that lists as the input did.
   */
  async addDocument(
    caseName: string,
    given: NewDocument,
    extraction: Extraction,
    options: ExtractionBuildOption & { order?: number } = {},
  ): Promise<AddResult> {
    const order = options.order ?? nextIngestOrder();
    const build = buildOf(options);
    const input = storableDocument(given, storableText);
    // Hashing and fingerprinting happen before the transaction.
    const sh = shingles(input.text);
    const sig = signature(sh);
    const keys = sh.length >= MIN_SHINGLES ? bandKeys(sig) : null;
    const hash = sha256(input.text);
    const signatureBytes = keys ? Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength) : null;
    return this.guard(async () => {
      // The earlier copy this text may be, searched before the case lock is taken so that other
      // workers can write meanwhile: it sees the documents stored so far (all earlier ones in a
      // serial ingest); after workers stored a case out of order, settleFamilies() replays it.
      const found = keys ? await findOriginal(this.executor, caseName, sh, sig, keys) : null;
      // A copy stored before its original (another worker was still extracting the original)
      // gives way: the document earlier in the input is the original, as in a serial ingest.
      const original = found && found.order < order ? found : null;
      const giveWay = found && !original ? found : null;
      // Documents of one case are written one at a time, under the case lock, by one server-side
      // function (see write.ts): its id and duplicate check see every document stored before it.
      const [written] = await this.executor.prepared<{ r_stored: boolean; r_id: string }>(
        WRITE_DOCUMENT,
        writeDocumentParams({
          lock: { class: CASE_LOCK, key: caseLockKey(this.schema, caseName) },
          caseName,
          base: input.id || "document",
          input,
          hash,
          order,
          original,
          giveWay,
          extraction,
          sh,
          signatureBytes,
          keys,
          build,
        }),
      );
      if (!written.r_stored) return { status: "duplicate", id: written.r_id, duplicateOf: written.r_id } as AddResult;
      if (!original) return { status: "added", id: written.r_id } as AddResult;
      return {
        status: "near-duplicate",
        id: written.r_id,
        duplicateOf: original.id,
        similarity: original.similarity,
      } as AddResult;
    });
  }

  async findByText(caseName: string, text: string): Promise<string | null> {
    return (await this.findByTexts([{ caseName, text }]))[0];
  }

  /**
   * `findByText` for many documents in one query (a worker's batch): for each, the id of the
   * stored document of its case with the same text, or null.
   */
  async findByTexts(wanted: { caseName: string; text: string }[]): Promise<(string | null)[]> {
    if (wanted.length === 0) return [];
    const hashes = wanted.map((w) => sha256(storableText(w.text)));
    return this.guard(async () => {
      const rows = await this.executor.prepared<{ name: string; hash: string; doc_id: string }>(
        `SELECT c.name, d.hash, d.doc_id FROM unnest($1::text[], $2::text[]) w(name, hash)
         JOIN cases c ON c.name = w.name JOIN documents d ON d.case_id = c.id AND d.hash = w.hash`,
        [wanted.map((w) => w.caseName), hashes],
      );
      const found = new Map(rows.map((r) => [`${r.name}\u0000${r.hash}`, r.doc_id]));
      return wanted.map((w, i) => found.get(`${w.caseName}\u0000${hashes[i]}`) ?? null);
    });
  }

  async listCases(): Promise<CaseSummary[]> {
    return this.guard(async () =>
      (
        await this.executor.all<{ name: string; created_at: string; documents: number; independent: number }>(
          `SELECT c.name, c.created_at, count(d.rowid) AS documents, count(d.rowid) - count(d.duplicate_of) AS independent
           FROM cases c LEFT JOIN documents d ON d.case_id = c.id GROUP BY c.id ORDER BY c.id`,
        )
      ).map((r) => ({ name: r.name, documents: r.documents, independent: r.independent, createdAt: r.created_at })),
    );
  }

  async listDocuments(caseName: string): Promise<DocumentSummary[]> {
    return this.guard(async () =>
      (
        await this.executor.all<DocumentRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.name = ? ORDER BY d.ingest_order, d.rowid`,
          [caseName],
        )
      ).map(summary),
    );
  }

  async getDocument(caseName: string, id: string): Promise<DocumentWithExtraction | null> {
    return this.guard(async () => {
      const row = await this.executor.get<DocumentRow>(
        `SELECT ${SUMMARY_COLUMNS}, ${EXTRACTION_COLUMNS} FROM ${SUMMARY_FROM} JOIN extractions e ON e.document = d.rowid
         WHERE c.name = ? AND d.doc_id = ?`,
        [caseName, id],
      );
      return row ? withExtraction(row) : null;
    });
  }

  /** Every document with its extraction in ingest order, a page of rows at a time (keyset paging). */
  async *iterateExtractions(caseName: string): AsyncGenerator<DocumentWithExtraction> {
    let after: [number, number] = [-1, 0];
    for (;;) {
      const rows = await this.guard(() =>
        this.executor.all<DocumentRow & { ingest_order: number }>(
          `SELECT ${SUMMARY_COLUMNS}, d.ingest_order, ${EXTRACTION_COLUMNS} FROM ${SUMMARY_FROM}
           JOIN extractions e ON e.document = d.rowid
           WHERE c.name = ? AND (d.ingest_order, d.rowid) > (?, ?) ORDER BY d.ingest_order, d.rowid LIMIT 200`,
          [caseName, ...after],
        ),
      );
      for (const r of rows) yield withExtraction(r);
      if (rows.length < 200) return;
      const last = rows[rows.length - 1];
      after = [last.ingest_order, last.rowid];
    }
  }

  async countOtherBuild(caseName: string, build: string): Promise<number> {
    return this.guard(() => countOtherBuild(this.executor, caseName, build));
  }

  async otherBuildDocuments(caseName: string, build: string | null): Promise<string[]> {
    return this.guard(() => otherBuildDocuments(this.executor, caseName, build));
  }

  async replaceExtraction(caseName: string, id: string, x: Extraction, o?: ExtractionBuildOption): Promise<boolean> {
    return this.guard(() => replaceExtraction(this.executor, storableText, caseName, id, x, o));
  }

  /** `by`: the user who removed it, kept with the removal. */
  async removeDocument(caseName: string, id: string, by?: string | null): Promise<boolean> {
    return this.guard(() =>
      this.executor.transaction(async (tx) => {
        const gone = await tx.get<{ case_id: number; title: string | null }>(
          `DELETE FROM documents WHERE doc_id = ? AND case_id = (SELECT id FROM cases WHERE name = ?)
           RETURNING case_id, title`,
          [id, caseName],
        );
        if (!gone) return false;
        await tx.run(BUMP_CASE_CHANGES, [gone.case_id]);
        await tx.run("INSERT INTO removals (case_id, doc_id, title, removed_at, removed_by) VALUES (?, ?, ?, ?, ?)", [
          gone.case_id,
          id,
          gone.title,
          now(),
          by ?? null,
        ]);
        await tx.run(BUMP_REVISION);
        return true;
      }),
    );
  }

  /** Articles removed from a case, newest first: which, when and by whom. */
  async listRemovals(
    caseName: string,
  ): Promise<{ id: string; title: string | null; removedAt: string; removedBy: string | null }[]> {
    return this.guard(async () =>
      (
        await this.executor.all<{
          doc_id: string;
          title: string | null;
          removed_at: string;
          removed_by: string | null;
        }>(
          `SELECT r.doc_id, r.title, r.removed_at, r.removed_by FROM removals r JOIN cases c ON c.id = r.case_id
           WHERE c.name = ? ORDER BY r.id DESC`,
          [caseName],
        )
      ).map((r) => ({ id: r.doc_id, title: r.title, removedAt: r.removed_at, removedBy: r.removed_by })),
    );
  }

  async search(caseName: string, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.guard(async () => {
      const caseRow = await this.executor.get<{ id: number }>("SELECT id FROM cases WHERE name = ?", [caseName]);
      if (!caseRow) return [];
      // The planner chooses between the GIN index and a scan by the search columns' statistics
      // (kept by ANALYZE, which `migratePostgres` runs after a migration has rewritten them): a
      // rare word reads its matches from the index, a word or phrase in most texts is tested on
      // every row of the narrow search table, which then costs less than fetching the same rows
      // through a bitmap (a phrase also rechecks each candidate's positions).
      return searchCase(this.executor, caseRow.id, query, options);
    });
  }

  recordMerge(caseName: string, override: OverrideInput): Promise<EntityOverride> {
    return this.recordOverride(caseName, "merge", override);
  }

  recordSplit(caseName: string, override: OverrideInput): Promise<EntityOverride> {
    return this.recordOverride(caseName, "split", override);
  }

  recordRename(caseName: string, override: OverrideInput): Promise<EntityOverride> {
    return this.recordOverride(caseName, "rename", override);
  }

  async listOverrides(caseName: string): Promise<EntityOverride[]> {
    return this.guard(async () =>
      (
        await this.executor.all<OverrideRow>(
          `SELECT o.id, o.kind, o.entities, o.reason, o.detail, o.created_at, o.made_by FROM overrides o
           JOIN cases c ON c.id = o.case_id WHERE c.name = ? AND o.withdrawn_at IS NULL ORDER BY o.id`,
          [caseName],
        )
      ).map((r) => overrideFromRow(caseName, r)),
    );
  }

  async removeOverride(caseName: string, id: number, by?: string | null): Promise<boolean> {
    return this.guard(() =>
      this.executor.transaction(async (tx) => {
        const withdrawn = await tx.get<{ case_id: number }>(
          `UPDATE overrides SET withdrawn_at = ?, withdrawn_by = ?
           WHERE id = ? AND withdrawn_at IS NULL AND case_id = (SELECT id FROM cases WHERE name = ?)
           RETURNING case_id`,
          [now(), by ?? null, id, caseName],
        );
        if (!withdrawn) return false;
        await tx.run(BUMP_REVISION);
        await tx.run(BUMP_CASE_CHANGES, [withdrawn.case_id]);
        return true;
      }),
    );
  }

  async revision(): Promise<number> {
    return this.guard(
      async () =>
        (await this.executor.get<{ value: number }>("SELECT value FROM meta WHERE key = 'revision'"))?.value ?? 0,
    );
  }

  /** Adds a user (or gives an existing one a new token and role). Only the token's sha256 is kept. */
  async addUser(name: string, role: UserRole, token: string): Promise<void> {
    await this.guard(() => users.add(this.executor, name, role, token));
  }

  /** The user a token belongs to, or null. Tokens are compared by their sha256, never stored. */
  async userByToken(token: string): Promise<StoreUser | null> {
    return this.guard(() => users.byToken(this.executor, token));
  }

  async removeUser(name: string): Promise<boolean> {
    return this.guard(() => users.remove(this.executor, name));
  }

  async listUsers(): Promise<StoreUser[]> {
    return this.guard(() => users.list(this.executor));
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  get latestVersion(): number {
    return PG_LATEST_VERSION;
  }

  private async recordOverride(caseName: string, kind: OverrideKind, override: OverrideInput): Promise<EntityOverride> {
    const entities = (override.entities ?? []).map(String);
    const reason = String(override.reason ?? "");
    const detail = override.detail === undefined ? null : JSON.stringify(override.detail);
    const madeBy = (override as { madeBy?: unknown }).madeBy;
    const by = typeof madeBy === "string" && madeBy ? madeBy : null;
    const createdAt = now();
    const id = await this.guard(() =>
      this.executor.transaction(async (t) => {
        const tx = t as ClientExecutor;
        const caseId = await this.caseIdFor(tx, caseName);
        const row = await tx.get<{ id: number }>(
          "INSERT INTO overrides (case_id, kind, entities, reason, detail, created_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          [caseId, kind, JSON.stringify(entities), reason, detail, createdAt, by],
        );
        await tx.run(BUMP_REVISION);
        await tx.run(BUMP_CASE_CHANGES, [caseId]);
        return (row as { id: number }).id;
      }),
    );
    const row = {
      id,
      kind,
      entities: JSON.stringify(entities),
      reason,
      detail,
      created_at: createdAt,
      made_by: by || null,
    };
    return overrideFromRow(caseName, row);
  }

  private async caseIdFor(tx: ClientExecutor, caseName: string): Promise<number> {
    const found = await tx.get<{ id: number }>("SELECT id FROM cases WHERE name = ?", [caseName]);
    if (found) return found.id;
    await tx.run("INSERT INTO cases (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", [caseName, now()]);
    return ((await tx.get<{ id: number }>("SELECT id FROM cases WHERE name = ?", [caseName])) as { id: number }).id;
  }

  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw translatePg(e, this.location);
    }
  }
}
