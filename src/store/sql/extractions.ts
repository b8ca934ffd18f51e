// A document's extraction and the rows made from it (entities, quotes), in portable SQL shared by
// both engines: which build of the extractor made each stored extraction (src/extract/build-id.ts;
// NULL for one stored before builds were recorded), and replacing one document's extraction with
// a new one in one transaction, as `casefile rebuild --extract` does after an upgrade.
import type { Extraction } from "../../core/schema.js";
import { BUMP_CASE_CHANGES, BUMP_REVISION } from "../case/schema.js";
import { buildOf, type ExtractionBuildOption } from "../types.js";
import type { SqlExecutor } from "./executor.js";

/** The TEXT column that records each extraction's build (SQLite migration 22, PostgreSQL 20); NULL in rows stored before. */
export const EXTRACTION_BUILD_COLUMN = { table: "extractions", column: "build" } as const;

export const INSERT_ENTITY =
  "INSERT INTO entities (document, case_id, local_id, type, name, mentions) VALUES (?, ?, ?, ?, ?, ?)";
export const INSERT_QUOTE = `INSERT INTO quotes (document, case_id, kind, text, speaker, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** The extraction as the store keeps it: JSON without its text (that is the document's). */
export function extractionJson(extraction: Extraction, clean: (text: string) => string): string {
  return clean(JSON.stringify({ ...extraction, text: undefined }));
}

/** Each entity's row after (document, case): local id, type, name, mentions. */
export function entityValues(
  extraction: Extraction,
  clean: (text: string) => string,
): [string, string, string, number][] {
  return (extraction.entities ?? []).map((e) => [
    String(e.id),
    String(e.type),
    clean(String(e.name)),
    e.mentions?.length ?? 0,
  ]);
}

/** Each quote's row after (document, case): kind, text, speaker, start, end. */
export function quoteValues(
  extraction: Extraction,
  clean: (text: string) => string,
): [string, string, string | null, number, number][] {
  return (extraction.quotes ?? []).map((q) => [
    String(q.kind),
    clean(String(q.text)),
    q.speaker === null || q.speaker === undefined ? null : clean(String(q.speaker)),
    q.start,
    q.end,
  ]);
}

/** "Extracted by another build than ?": a NULL build is one from before builds were recorded. */
const OTHER_BUILD = "(e.build IS NULL OR e.build <> ?)";

/** How many of the case's documents were extracted by another build than `build`. */
export async function countOtherBuild(sql: SqlExecutor, caseName: string, build: string): Promise<number> {
  const row = await sql.get<{ n: number | string }>(
    `SELECT count(*) AS n FROM documents d JOIN cases c ON c.id = d.case_id JOIN ${sql.dialect.extractionsByBuild} ON e.document = d.rowid
     WHERE c.name = ? AND ${OTHER_BUILD}`,
    [caseName, build],
  );
  return Number(row?.n ?? 0);
}

/** The ids of the case's documents extracted by another build than `build` (all of them when null), in ingest order. */
export async function otherBuildDocuments(sql: SqlExecutor, caseName: string, build: string | null): Promise<string[]> {
  const rows = await sql.all<{ doc_id: string }>(
    `SELECT d.doc_id FROM documents d JOIN cases c ON c.id = d.case_id JOIN ${sql.dialect.extractionsByBuild} ON e.document = d.rowid
     WHERE c.name = ? AND ${build === null ? "true" : OTHER_BUILD} ORDER BY ${sql.dialect.documentOrder}`,
    build === null ? [caseName] : [caseName, build],
  );
  return rows.map((r) => r.doc_id);
}

/**
 * Replaces the extraction of document `id` of the case, and the entity and quote rows made from it
 * (their search entries follow them), in one transaction that bumps the store's revision and the
 * case's change counter. False when the case holds no such document.
 */
export async function replaceExtraction(
  sql: SqlExecutor,
  clean: (text: string) => string,
  caseName: string,
  id: string,
  extraction: Extraction,
  options?: ExtractionBuildOption,
): Promise<boolean> {
  const build = buildOf(options);
  const json = extractionJson(extraction, clean);
  const entities = entityValues(extraction, clean);
  const quotes = quoteValues(extraction, clean);
  return sql.transaction(async (tx) => {
    const doc = await tx.get<{ rowid: number; case_id: number }>(
      "SELECT d.rowid, d.case_id FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.name = ? AND d.doc_id = ?",
      [caseName, id],
    );
    if (!doc) return false;
    const { rowid, case_id: caseId } = doc;
    await tx.run("UPDATE extractions SET json = ?, build = ? WHERE document = ?", [json, build, rowid]);
    await tx.run("DELETE FROM entities WHERE document = ?", [rowid]);
    await tx.run("DELETE FROM quotes WHERE document = ?", [rowid]);
    for (const e of entities) await tx.run(INSERT_ENTITY, [rowid, caseId, ...e]);
    for (const q of quotes) await tx.run(INSERT_QUOTE, [rowid, caseId, ...q]);
    await tx.run(BUMP_REVISION);
    await tx.run(BUMP_CASE_CHANGES, [caseId]);
    return true;
  });
}
