// Writing one document on PostgreSQL: the statement that stores it with everything it brings
// (extraction, entities, quotes, fingerprint, band keys) in one round trip, and the search for
// the earlier document it is a syndicated copy of.
import type { Extraction } from "../../core/schema.js";
import { estimateJaccard, isNearDuplicate, mayBeNearDuplicate, overlap, shingles } from "../minhash.js";
import { uint32s } from "../sqlite/rows.js";
import type { NewDocument } from "../types.js";
import type { ClientExecutor } from "./executor.js";
import { now, storableText } from "./values.js";

/** A stored document a new one is a copy of (or that is a copy of the new one). */
export interface Family {
  rowid: number;
  id: string;
  similarity: number;
  order: number;
}

/** Everything of the document in one statement: one round trip instead of eight. */
export const WRITE_DOCUMENT = `WITH d AS (
   INSERT INTO documents (case_id, doc_id, source, outlet, published, title, text, hash, chars, added_at,
     duplicate_of, similarity, origin, ingest_order)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
   ON CONFLICT (case_id, hash) DO NOTHING RETURNING rowid
 ), x AS (
   INSERT INTO extractions (document, json) SELECT rowid, $15 FROM d
 ), e AS (
   INSERT INTO entities (document, case_id, local_id, type, name, mentions)
   SELECT d.rowid, $1, u.* FROM d, unnest($16::text[], $17::text[], $18::text[], $19::int[]) u
 ), q AS (
   INSERT INTO quotes (document, case_id, kind, text, speaker, start, "end")
   SELECT d.rowid, $1, u.* FROM d, unnest($20::text[], $21::text[], $22::text[], $23::int[], $24::int[]) u
 ), f AS (
   INSERT INTO fingerprints (document, case_id, shingles, signature)
   SELECT d.rowid, $1, $25, $26::bytea FROM d WHERE $26::bytea IS NOT NULL
 ), b AS (
   INSERT INTO band_keys (case_id, band_key, document) SELECT $1, k, d.rowid FROM d, unnest($27::int[]) k
   ON CONFLICT (case_id, band_key) DO NOTHING
 ), g AS (
   UPDATE documents o SET duplicate_of = d.rowid,
     similarity = CASE WHEN o.rowid = $28::bigint THEN $29::double precision ELSE o.similarity END
   FROM d WHERE o.case_id = $1 AND (o.rowid = $28::bigint OR o.duplicate_of = $28::bigint)
 ), m AS (
   UPDATE meta SET value = value + 1 WHERE key = 'revision' AND EXISTS (SELECT 1 FROM d)
 ), cc AS (
   INSERT INTO case_changes (case_id, changes) SELECT $1, 1 FROM d
   ON CONFLICT (case_id) DO UPDATE SET changes = case_changes.changes + 1
 )
 SELECT rowid FROM d`;

export interface DocumentWrite {
  caseId: number;
  id: string;
  input: NewDocument;
  hash: string;
  order: number;
  original: Family | null;
  giveWay: Family | null;
  extraction: Extraction;
  sh: Uint32Array;
  signatureBytes: Buffer | null;
  keys: Int32Array | null;
}

/** WRITE_DOCUMENT's parameters, in its order. */
export function writeDocumentParams(w: DocumentWrite): unknown[] {
  const { caseId, id, input, hash, order, original, giveWay, extraction, sh, signatureBytes, keys } = w;
  const entities = extraction.entities ?? [];
  const quotes = extraction.quotes ?? [];
  return [
    caseId,
    id,
    input.source,
    input.outlet,
    input.published,
    input.title,
    input.text,
    hash,
    input.text.length,
    now(),
    original?.rowid ?? null,
    original?.similarity ?? null,
    input.origin ? JSON.stringify(input.origin) : null,
    order,
    storableText(JSON.stringify({ ...extraction, text: undefined })),
    entities.map((e) => String(e.id)),
    entities.map((e) => String(e.type)),
    entities.map((e) => storableText(String(e.name))),
    entities.map((e) => e.mentions?.length ?? 0),
    quotes.map((q) => String(q.kind)),
    quotes.map((q) => storableText(String(q.text))),
    quotes.map((q) => (q.speaker === null || q.speaker === undefined ? null : storableText(String(q.speaker)))),
    quotes.map((q) => q.start),
    quotes.map((q) => q.end),
    sh.length,
    signatureBytes,
    keys ? Array.from(keys) : [],
    giveWay?.rowid ?? null,
    giveWay?.similarity ?? null,
  ];
}

/** The earlier document this text is a syndicated copy of, if any (always the first of a family). */
export async function findOriginal(
  tx: ClientExecutor,
  caseId: number,
  sh: Uint32Array,
  sig: Uint32Array,
  keys: Int32Array,
): Promise<Family | null> {
  const candidates = await tx.prepared<{
    shingles: number;
    signature: Buffer;
    text: string;
    root: number;
    root_id: string;
    root_order: number;
  }>(
    `SELECT f.shingles, f.signature, d.text, r.rowid AS root, r.doc_id AS root_id, r.ingest_order AS root_order
     FROM (SELECT document, count(*) AS shared FROM band_keys WHERE case_id = $1 AND band_key = ANY($2::int[])
           GROUP BY document ORDER BY shared DESC, document LIMIT 4) b
     JOIN fingerprints f ON f.document = b.document JOIN documents d ON d.rowid = b.document
     JOIN documents r ON r.rowid = coalesce(d.duplicate_of, d.rowid)
     ORDER BY b.shared DESC, b.document`,
    [caseId, Array.from(keys)],
  );
  for (const c of candidates) {
    if (!mayBeNearDuplicate(estimateJaccard(sig, uint32s(c.signature)), sh.length, c.shingles)) continue;
    const o = overlap(sh, shingles(c.text));
    if (!isNearDuplicate(o)) continue;
    return { rowid: c.root, id: c.root_id, similarity: Math.round(o.jaccard * 1000) / 1000, order: c.root_order };
  }
  return null;
}
