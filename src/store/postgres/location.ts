// Where a PostgreSQL store is (`postgres://…?schema=…`) and what a connection error means to a user.
import { StoreError } from "../types.js";

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The connection string without `schema=…`, the schema it names (default "casefile"), and a printable form. */
export function parseLocation(location: string): { connectionString: string; schema: string; shown: string } {
  const url = new URL(location);
  const schema = url.searchParams.get("schema") || "casefile";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema))
    throw new StoreError(location, `${location}: schema "${schema}" must be letters, digits and _`, "io");
  url.searchParams.delete("schema");
  const connectionString = url.toString();
  if (url.password) url.password = "***";
  return { connectionString, schema, shown: url.toString() + (schema === "casefile" ? "" : `?schema=${schema}`) };
}

/** A `pg` or connection error as the one line a user can act on. */
export function translatePg(e: unknown, location: string): Error {
  if (e instanceof StoreError) return e;
  const err = e as { code?: string; message?: string };
  const message = err.message ?? String(e);
  switch (err.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new StoreError(location, `cannot reach PostgreSQL at ${location}; start it or check the address`, "io");
    case "28P01":
    case "28000":
      return new StoreError(
        location,
        `${location}: PostgreSQL refused the login (${message}); check the user and password`,
        "io",
      );
    case "3D000":
      return new StoreError(location, `${location}: ${message}; create it first (createdb)`, "io");
    case "53100":
      return new StoreError(
        location,
        `${location}: the database server's disk is full; free some space and run again`,
        "io",
      );
    case "57P01":
    case "57P03":
      return new StoreError(location, `${location}: PostgreSQL is shutting down or starting; try again`, "locked");
  }
  return e instanceof Error ? e : new Error(message);
}
