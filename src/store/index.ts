// Opening a store. Callers get the `Store` interface; which engine backs it is decided here: a
// `postgres://` location is a PostgreSQL store (src/store/postgres), anything else a SQLite file.
import { fillNewCases } from "./case/refresh.js";
import { isPostgresLocation } from "./postgres/location.js";
import { openSqliteStore, type SqliteStoreOptions } from "./sqlite/open.js";
import type { Store } from "./types.js";

export * from "./types.js";
export { loadCase, overridesFromStore, type BuildCase, type LoadCaseOptions } from "./case.js";

export { isPostgresLocation } from "./postgres/location.js";

/** SQLite's options; a PostgreSQL store ignores them (it waits for locks and is never opened read-only). */
export type OpenStoreOptions = SqliteStoreOptions;

/**
 * Opens (creating if needed, and upgrading to the latest schema) the store at `location`.
 * Rejects with a `StoreError` whose message is one line a user can act on (locked, damaged, newer).
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  // The PostgreSQL engine and its driver are loaded only for a PostgreSQL store: a command on a
  // SQLite file never loads them.
  if (isPostgresLocation(location)) return (await import("./postgres/store.js")).openPostgresStore(location);
  const store = openSqliteStore(location, options);
  if (!options.readonly) {
    try {
      // A store from before the case tables (migration 5) gets its case files built once.
      await fillNewCases(store);
    } catch (e) {
      await store.close();
      throw e;
    }
  }
  return store;
}
