// Opening a SQLite store: checking the file is a Casefile store, applying the numbered
// migrations, and turning SQLite's errors into the one line a user can act on.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { type Store, StoreError, storeCorruptMessage } from "../types.js";
import { translate } from "./errors.js";
import { LATEST_VERSION, MIGRATIONS } from "./migrations.js";
import { SqliteStore } from "./store.js";

/** "Case" in ASCII, written into the file header so another program's database is recognised. */
export const APPLICATION_ID = 0x43617365;

/**
 * How long a write waits for another process writing to the same file before giving up:
 * $CASEFILE_BUSY_TIMEOUT ms, else 5 minutes. A writer holds the file for one document at a time,
 * but the refresh at the end of a batch writes the whole stored case in one transaction (about
 * 13 s at 2,000 articles on this project's machine, longer on a busy one), so a second ingest
 * started meanwhile must outwait it rather than fail.
 */
export function busyTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CASEFILE_BUSY_TIMEOUT;
  const v = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  return Number.isFinite(v) && v >= 0 ? v : 300_000;
}

export interface SqliteStoreOptions {
  /** How long a write waits for another writer before giving up (default `busyTimeoutMs()`). */
  busyTimeoutMs?: number;
  /** Open for reading only (the file must exist). */
  readonly?: boolean;
}

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database | undefined;
  if (options.readonly && path !== ":memory:" && !existsSync(path))
    throw new StoreError(
      path,
      `${path} does not exist; add articles to it first (casefile ingest PATH... --store ${path})`,
      "io",
    );
  const timeout = options.busyTimeoutMs ?? busyTimeoutMs();
  try {
    db = new Database(path, {
      timeout,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
    checkApplication(db, path);
    if (!options.readonly) {
      enterWal(db, timeout);
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

/**
 * Switches the file to WAL, waiting up to `timeoutMs` for another process's write. On a file not
 * yet in WAL (a new store) the pragma reads the header and then asks for the write lock within
 * the one statement, and SQLite never makes a reader wait for the write lock (two readers waiting
 * for each other would deadlock): while another process writes, say a second ingest creating the
 * same new store, it fails at once with SQLITE_BUSY whatever the busy timeout. So it is tried
 * again, a few milliseconds apart, until that process is done or the timeout has passed.
 */
function enterWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== "string" || !code.startsWith("SQLITE_BUSY") || Date.now() >= deadline) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

function checkApplication(db: Database.Database, path: string): void {
  // The header's id and the schema are read in one statement, so one snapshot: read apart, another
  // process creating the store could commit its first migration (tables and id together) between
  // the two reads, and a new store would look like another program's database. (Reading the
  // header fails on a file that is no database at all.)
  const { id, n } = db
    .prepare(
      "SELECT (SELECT application_id FROM pragma_application_id) AS id, (SELECT count(*) FROM sqlite_master) AS n",
    )
    .get() as { id: number; n: number };
  if (id === APPLICATION_ID) return;
  if (id !== 0 || n > 0) throw new StoreError(path, storeCorruptMessage(path), "corrupt");
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
