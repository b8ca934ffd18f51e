// PostgreSQL for the tests: $CASEFILE_TEST_PG names a database the tests may create schemas in
// (.ci/postgres.sh starts one and prints its address). Without it, or when it cannot be reached,
// the PostgreSQL tests skip and say why, so a clone without PostgreSQL still passes `npm test`.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_URL = process.env.CASEFILE_TEST_PG?.trim() || null;

let reachable: Promise<string | null> | null = null;

/** Null when PostgreSQL is there; otherwise why the PostgreSQL tests are skipped. */
export function pgSkipReason(): Promise<string | null> {
  reachable ??= (async () => {
    if (!PG_URL)
      return "PostgreSQL tests skipped: set CASEFILE_TEST_PG=postgres://USER:PASSWORD@HOST/DATABASE to run them";
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return null;
    } catch (e) {
      return `PostgreSQL tests skipped: ${PG_URL.replace(/:[^:@/]*@/, ":***@")} cannot be reached (${(e as Error).message})`;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

/** A location in a schema of its own (dropped by `dropLocation`), so tests never see each other's rows. */
export function freshLocation(prefix = "t"): string {
  const url = new URL(PG_URL as string);
  url.searchParams.set("schema", `${prefix}_${randomBytes(6).toString("hex")}`);
  return url.toString();
}

/** Drops a location's schema and its job queue's. */
export async function dropLocation(location: string): Promise<void> {
  const url = new URL(location);
  const schema = url.searchParams.get("schema") as string;
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}_jobs" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Runs one query on the location's database, in its schema. */
export async function query<T>(location: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const url = new URL(location);
  const schema = url.searchParams.get("schema") as string;
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}
