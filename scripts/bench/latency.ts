// Query latency of one case on two stores, SQLite and PostgreSQL: the document reads (search, list,
// one document), the query commands' reads of the stored case file (scripts/bench/case-queries.ts),
// reading the whole case file as `export` does, and (when asked) building it from the extractions.
// The workers benchmark runs it on the stores it ingested; on stores you already have:
//   node dist/scripts/bench/latency.js SQLITE_FILE postgres://… [CASE] [--rebuild]
import { fileURLToPath } from "node:url";
import { freshStoredCase, loadCaseFile } from "../../src/store/case/refresh.js";
import { loadCase, openStore, type Store } from "../../src/store/index.js";
import { table } from "../lib/table.js";
import {
  CASE_QUERY_LABELS,
  CASE_QUERY_NAMES,
  caseQueries,
  caseQuerySubjects,
  timeIt,
  WHOLE_LIST_LABELS,
  WHOLE_LIST_NAMES,
  wholeLists,
} from "./case-queries.js";

/** Rows of [query, SQLite ms, PostgreSQL ms, ratio], medians after one untimed run. */
export async function compareLatency(
  sqlite: Store,
  pg: Store,
  caseName: string,
  options: { runs?: number; rebuild?: boolean } = {},
): Promise<string[][]> {
  const runs = options.runs ?? 5;
  const rows: string[][] = [];
  const compare = async (name: string, onSqlite: () => unknown, onPg: () => unknown, n = runs) => {
    const a = (await timeIt(async () => onSqlite(), n)).p50;
    const b = (await timeIt(async () => onPg(), n)).p50;
    rows.push([name, a.toFixed(1), b.toFixed(1), (b / a).toFixed(2)]);
  };
  const firstId = (await sqlite.listDocuments(caseName))[0]?.id ?? "";
  // The floor under every read: a statement that reads nothing. On SQLite it is a function call;
  // on PostgreSQL a round trip to the server, which a read answered in a fraction of a millisecond
  // in process cannot beat (the reads below that take SQLite under about 0.3 ms).
  await compare(
    "a statement that reads nothing (SELECT 1)",
    () => sqlite.sql.get("SELECT 1 AS one"),
    () => pg.sql.get("SELECT 1 AS one"),
    Math.max(runs, 50),
  );
  await compare(
    'search "police"',
    () => sqlite.search(caseName, "police"),
    () => pg.search(caseName, "police"),
  );
  await compare(
    'search "said the" (phrase)',
    () => sqlite.search(caseName, '"said the"'),
    () => pg.search(caseName, '"said the"'),
  );
  await compare(
    "list documents",
    () => sqlite.listDocuments(caseName),
    () => pg.listDocuments(caseName),
  );
  await compare(
    "get one document",
    () => sqlite.getDocument(caseName, firstId),
    () => pg.getDocument(caseName, firstId),
  );
  // The query commands' reads of the stored case file (what `people`, `show`, `timeline` … answer from).
  const sqliteCase = await freshStoredCase(sqlite, caseName);
  const pgCase = await freshStoredCase(pg, caseName);
  if (sqliteCase && pgCase) {
    const subjects = await caseQuerySubjects(sqliteCase);
    const onSqlite = caseQueries(sqliteCase, subjects);
    const onPg = caseQueries(pgCase, subjects);
    for (const name of CASE_QUERY_NAMES) await compare(CASE_QUERY_LABELS[name], onSqlite[name], onPg[name]);
    const wholeSqlite = wholeLists(sqliteCase, subjects);
    const wholePg = wholeLists(pgCase, subjects);
    for (const name of WHOLE_LIST_NAMES) await compare(WHOLE_LIST_LABELS[name], wholeSqlite[name], wholePg[name], 3);
    await compare(
      "the whole case file (export)",
      () => loadCaseFile(sqlite, caseName),
      () => loadCaseFile(pg, caseName),
      3,
    );
  } else rows.push(["(a stored case file is not up to date: its reads are not timed)", "", "", ""]);
  if (options.rebuild)
    await compare(
      "build the case from the extractions",
      () => loadCase(sqlite, caseName),
      () => loadCase(pg, caseName),
      1,
    );
  return rows;
}

export function latencyTable(rows: string[][]): string {
  return table(["query", "SQLite", "PostgreSQL", "PG / SQLite"], rows);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2).filter((a) => a !== "--rebuild");
  const [sqliteFile, pgLocation, caseName = "bench"] = args;
  if (!sqliteFile || !pgLocation) {
    console.error("usage: node dist/scripts/bench/latency.js SQLITE_FILE postgres://… [CASE] [--rebuild]");
    process.exit(2);
  }
  const sqlite = await openStore(sqliteFile, { readonly: true });
  const pg = await openStore(pgLocation);
  try {
    const docs = (await sqlite.listDocuments(caseName)).length;
    const rows = await compareLatency(sqlite, pg, caseName, { rebuild: process.argv.includes("--rebuild") });
    console.log(`query latency, case "${caseName}" of ${docs} documents, median ms (after one untimed run):`);
    console.log(latencyTable(rows));
  } finally {
    await sqlite.close();
    await pg.close();
  }
}
