// Opening a store. Callers get the `Store` interface; which engine backs it is decided here, so a
// PostgreSQL implementation can be added (say for `postgres://` locations) without touching them.
import { openSqliteStore, type SqliteStoreOptions } from "./sqlite/store.js";
import type { Store } from "./types.js";

export * from "./types.js";
export { loadCase, overridesFromStore, type BuildCase, type LoadCaseOptions } from "./case.js";

export type OpenStoreOptions = SqliteStoreOptions;

/**
 * Opens (creating if needed, and upgrading to the latest schema) the store at `location`.
 * Throws a `StoreError` whose message is one line a user can act on (locked, damaged, newer).
 */
export function openStore(location: string, options: OpenStoreOptions = {}): Store {
  return openSqliteStore(location, options);
}
