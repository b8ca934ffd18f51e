// Writing one document on PostgreSQL: the statement that stores it with everything it brings
// (extraction, entities, quotes, fingerprint, band keys) in one round trip, and the search for
// the earlier document it is a syndicated copy of.
import type { Extraction } from "../../core/schema.js";
import { nearDuplicate, shingles } from "../minhash.js";
import { uint32s } from "../sqlite/rows.js";
import { entityValues, extractionJson, quoteValues } from "../sql/extractions.js";
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

/**
 * The whole write of one document as one server-side function (PostgreSQL migration 3): it takes
 * the case's lock, checks the text is not stored yet, gives the document an id no other document
 * of the case has (`base`, `base-2`, …), and stores it with everything it brings (extraction,
 * entities, quotes, fingerprint, band keys, its family). One round trip, committed on its own, so
 * the case lock is held only while the server works, never across round trips to a worker (which
 * may be on another machine). Each statement of a PL/pgSQL function takes a fresh snapshot, so the
 * checks after the lock see every document committed before it was granted.
 */
const WRITE_PARAMETERS = `
    p_lock INTEGER, p_case TEXT, p_base TEXT, p_added TEXT,
    p_source TEXT, p_outlet TEXT, p_published TEXT, p_title TEXT, p_text TEXT, p_hash TEXT, p_chars INTEGER,
    p_original BIGINT, p_similarity DOUBLE PRECISION, p_origin TEXT, p_order BIGINT, p_json TEXT,
    e_ids TEXT[], e_types TEXT[], e_names TEXT[], e_mentions INTEGER[],
    q_kinds TEXT[], q_texts TEXT[], q_speakers TEXT[], q_starts INTEGER[], q_ends INTEGER[],
    p_shingles INTEGER, p_signature BYTEA, p_keys INTEGER[], p_give_way BIGINT, p_give_way_similarity DOUBLE PRECISION`;

/**
 * The function's text: as migration 3 made it; with `build`, as migration 20 makes it again with
 * one more parameter, the build of the extractor that made the extraction (src/extract/build-id.ts);
 * with `lockKey` too, as migration 21 makes it again with the write lock's key as a last parameter
 * (the store's `caseLockKey`, its schema and the case), where the earlier ones locked the case's
 * name alone, so that another schema's case of that name waited on it.
 */
function writeDocumentFunction({ build, lockKey }: { build: boolean; lockKey: boolean }): string {
  return `
  CREATE OR REPLACE FUNCTION casefile_write_document(${WRITE_PARAMETERS}${build ? ", p_build TEXT" : ""}${lockKey ? ", p_lock_key TEXT" : ""})
  RETURNS TABLE (r_stored BOOLEAN, r_id TEXT)
  LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
  DECLARE
    v_case BIGINT;
    v_id TEXT;
    v_n INTEGER := 2;
    v_row BIGINT;
  BEGIN
    PERFORM pg_advisory_xact_lock(p_lock, hashtext(${lockKey ? "p_lock_key" : "p_case"}));
    SELECT c.id INTO v_case FROM cases c WHERE c.name = p_case;
    IF v_case IS NULL THEN
      INSERT INTO cases (name, created_at) VALUES (p_case, p_added) ON CONFLICT (name) DO NOTHING;
      SELECT c.id INTO v_case FROM cases c WHERE c.name = p_case;
    END IF;
    SELECT d.doc_id INTO v_id FROM documents d WHERE d.case_id = v_case AND d.hash = p_hash;
    IF FOUND THEN
      RETURN QUERY SELECT false, v_id;
      RETURN;
    END IF;
    v_id := p_base;
    WHILE EXISTS (SELECT 1 FROM documents d WHERE d.case_id = v_case AND d.doc_id = v_id) LOOP
      v_id := p_base || '-' || v_n;
      v_n := v_n + 1;
    END LOOP;
    INSERT INTO documents (case_id, doc_id, source, outlet, published, title, text, hash, chars, added_at,
      duplicate_of, similarity, origin, ingest_order)
    VALUES (v_case, v_id, p_source, p_outlet, p_published, p_title, p_text, p_hash, p_chars, p_added,
      p_original, p_similarity, p_origin, p_order)
    RETURNING rowid INTO v_row;
    ${build ? "INSERT INTO extractions (document, json, build) VALUES (v_row, p_json, p_build);" : "INSERT INTO extractions (document, json) VALUES (v_row, p_json);"}
    INSERT INTO entities (document, case_id, local_id, type, name, mentions)
      SELECT v_row, v_case, u.* FROM unnest(e_ids, e_types, e_names, e_mentions) u;
    INSERT INTO quotes (document, case_id, kind, text, speaker, start, "end")
      SELECT v_row, v_case, u.* FROM unnest(q_kinds, q_texts, q_speakers, q_starts, q_ends) u;
    IF p_signature IS NOT NULL THEN
      INSERT INTO fingerprints (document, case_id, shingles, signature) VALUES (v_row, v_case, p_shingles, p_signature);
    END IF;
    INSERT INTO band_keys (case_id, band_key, document) SELECT v_case, k, v_row FROM unnest(p_keys) k
      ON CONFLICT (case_id, band_key) DO NOTHING;
    IF p_give_way IS NOT NULL THEN
      UPDATE documents o SET duplicate_of = v_row,
        similarity = CASE WHEN o.rowid = p_give_way THEN p_give_way_similarity ELSE o.similarity END
      WHERE o.case_id = v_case AND (o.rowid = p_give_way OR o.duplicate_of = p_give_way);
    END IF;
    UPDATE meta SET value = value + 1 WHERE key = 'revision';
    INSERT INTO case_changes (case_id, changes) VALUES (v_case, 1)
      ON CONFLICT (case_id) DO UPDATE SET changes = case_changes.changes + 1;
    RETURN QUERY SELECT true, v_id;
  END
  $fn$;
`;
}

/** Migration 3's function (kept as it shipped). */
export const WRITE_DOCUMENT_FUNCTION = writeDocumentFunction({ build: false, lockKey: false });

/**
 * Migration 20: the function again, storing the extraction's build; migration 3's (one parameter
 * fewer, the only function of that name then) is dropped so that a call cannot reach it.
 */
export const WRITE_DOCUMENT_WITH_BUILD = `
  DROP FUNCTION casefile_write_document;
  ${writeDocumentFunction({ build: true, lockKey: false })}`;

/**
 * Migration 21: the function again, its write lock keyed as the store's other locks of a case are
 * (`lock.key`); migration 20's is dropped, so a process of the release before, still running when a
 * store is migrated, fails its next write instead of writing under a lock the others do not take.
 */
export const WRITE_DOCUMENT_WITH_LOCK_KEY = `
  DROP FUNCTION casefile_write_document;
  ${writeDocumentFunction({ build: true, lockKey: true })}`;

/** Calls WRITE_DOCUMENT_WITH_LOCK_KEY's function with `writeDocumentParams`. */
export const WRITE_DOCUMENT = `SELECT r_stored, r_id FROM casefile_write_document(${Array.from({ length: 32 }, (_, i) => `$${i + 1}`).join(", ")})`;

export interface DocumentWrite {
  /** The case's write lock: its class and the key hashed for its object id (`caseLockKey`). */
  lock: { class: number; key: string };
  caseName: string;
  base: string;
  input: NewDocument;
  hash: string;
  order: number;
  original: Family | null;
  giveWay: Family | null;
  extraction: Extraction;
  sh: Uint32Array;
  signatureBytes: Buffer | null;
  keys: Int32Array | null;
  /** The build of the extractor that made `extraction`, or null (unknown). */
  build: string | null;
}

/** WRITE_DOCUMENT's parameters, in its order. */
export function writeDocumentParams(w: DocumentWrite): unknown[] {
  const { input, extraction, original, giveWay, keys } = w;
  const entities = entityValues(extraction, storableText);
  const quotes = quoteValues(extraction, storableText);
  const column = <T extends unknown[], K extends number>(rows: T[], i: K) => rows.map((r) => r[i]);
  return [
    w.lock.class,
    w.caseName,
    w.base,
    now(),
    input.source,
    input.outlet,
    input.published,
    input.title,
    input.text,
    w.hash,
    input.text.length,
    original?.rowid ?? null,
    original?.similarity ?? null,
    input.origin ? JSON.stringify(input.origin) : null,
    w.order,
    extractionJson(extraction, storableText),
    ...[0, 1, 2, 3].map((i) => column(entities, i)),
    ...[0, 1, 2, 3, 4].map((i) => column(quotes, i)),
    w.sh.length,
    w.signatureBytes,
    keys ? Array.from(keys) : [],
    giveWay?.rowid ?? null,
    giveWay?.similarity ?? null,
    w.build,
    w.lock.key,
  ];
}

/** The earlier document this text is a syndicated copy of, if any (always the first of a family). */
export async function findOriginal(
  tx: Pick<ClientExecutor, "prepared">,
  caseName: string,
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
     FROM (SELECT document, count(*) AS shared FROM band_keys
           WHERE case_id = (SELECT id FROM cases WHERE name = $1) AND band_key = ANY($2::int[])
           GROUP BY document ORDER BY shared DESC, document LIMIT 4) b
     JOIN fingerprints f ON f.document = b.document JOIN documents d ON d.rowid = b.document
     JOIN documents r ON r.rowid = coalesce(d.duplicate_of, d.rowid)
     ORDER BY b.shared DESC, b.document`,
    [caseName, Array.from(keys)],
  );
  const mine = { signature: sig, shingles: sh.length };
  for (const c of candidates) {
    if (!nearDuplicate.screen(mine, { signature: uint32s(c.signature), shingles: c.shingles })) continue;
    const similarity = nearDuplicate.similarity(sh, shingles(c.text));
    if (similarity === null) continue;
    return { rowid: c.root, id: c.root_id, similarity, order: c.root_order };
  }
  return null;
}
