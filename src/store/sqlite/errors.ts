// SQLite's errors as the one line a user can act on.
import { StoreError, storeCorruptMessage, storeLockedMessage } from "../types.js";

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
