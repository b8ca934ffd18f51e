// Near-duplicate families as a serial ingest gives them, after workers stored documents out of
// their input order. Each document's family is decided when it is stored, from the documents
// stored before it: a serial ingest sees exactly the documents earlier in the input, but workers
// running side by side may store a later copy before its original, or an original before the
// copy that links it to a third document, and the first document to claim a band key is the
// first stored, not the first in the input. Once the queue is empty, `settleFamilies` replays
// the decisions in input order (the SQLite store's in-memory band index, the same candidates
// and the same tests) and writes back the families and band-key owners that differ.
import { BandIndex, bandKeys, nearDuplicate, shingles } from "../minhash.js";
import { uint32s } from "../sqlite/rows.js";
import type { ClientExecutor } from "./executor.js";

interface StoredFingerprint {
  rowid: number;
  duplicate_of: number | null;
  similarity: number | null;
  shingles: number | null;
  signature: Buffer | null;
}

interface Decision {
  root: number | null;
  similarity: number | null;
}

/** Texts' shingle sets, read from the store a page at a time as the replay needs them. */
class ShingleCache {
  private readonly sets = new Map<number, Uint32Array>();
  constructor(private readonly tx: ClientExecutor) {}

  async get(rowid: number, prefetch: number[]): Promise<Uint32Array> {
    const known = this.sets.get(rowid);
    if (known) return known;
    const wanted = [rowid, ...prefetch.filter((r) => !this.sets.has(r))].slice(0, 200);
    const rows = await this.tx.raw<{ rowid: number; text: string }>(
      "SELECT rowid, text FROM documents WHERE rowid = ANY($1::bigint[])",
      [wanted],
    );
    for (const r of rows) this.sets.set(Number(r.rowid), shingles(r.text));
    return this.sets.get(rowid) ?? new Uint32Array(0);
  }
}

/**
 * Each fingerprinted document's family in input order: the root of the first of its (at most
 * four) earlier band-sharing documents it is a near-duplicate of, as `SqliteStore.findOriginal`
 * decides it; band keys owned by the earliest document that has them.
 */
async function replay(
  docs: StoredFingerprint[],
  cache: ShingleCache,
): Promise<{ decisions: Decision[]; owners: Map<number, number> }> {
  const index = new BandIndex();
  const owners = new Map<number, number>();
  const decisions: Decision[] = [];
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    const decision: Decision = { root: null, similarity: null };
    decisions.push(decision);
    if (!d.signature || d.shingles === null) continue;
    const sig = uint32s(d.signature);
    const keys = bandKeys(sig);
    for (const c of index.candidates(keys, 4)) {
      const other = docs[c];
      const theirs = { signature: uint32s(other.signature as Buffer), shingles: other.shingles as number };
      if (!nearDuplicate.screen({ signature: sig, shingles: d.shingles }, theirs)) continue;
      const next = docs.slice(i, i + 100).map((x) => x.rowid);
      const similarity = nearDuplicate.similarity(await cache.get(d.rowid, next), await cache.get(other.rowid, next));
      if (similarity === null) continue;
      decision.root = decisions[c].root ?? other.rowid;
      decision.similarity = similarity;
      break;
    }
    index.add(keys, i);
    for (const k of keys) if (!owners.has(k)) owners.set(k, d.rowid);
  }
  return { decisions, owners };
}

/**
 * Replays a case's near-duplicate decisions in input order, when some document was stored after
 * one later in the input, and stores what differs (in one transaction holding the case's write
 * lock, so no document is stored meanwhile). Returns how many documents changed family.
 */
export async function settleFamilies(tx: ClientExecutor, caseId: number): Promise<number> {
  // Stored in input order, every decision already saw exactly the documents before it.
  const [order] = await tx.raw<{ shuffled: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM (SELECT ingest_order, lag(ingest_order) OVER (ORDER BY rowid) AS before
       FROM documents WHERE case_id = $1) o WHERE o.before > o.ingest_order) AS shuffled`,
    [caseId],
  );
  if (!order.shuffled) return 0;
  const docs = (
    await tx.raw<StoredFingerprint>(
      `SELECT d.rowid, d.duplicate_of, d.similarity, f.shingles, f.signature
       FROM documents d LEFT JOIN fingerprints f ON f.document = d.rowid
       WHERE d.case_id = $1 ORDER BY d.ingest_order, d.rowid`,
      [caseId],
    )
  ).map((d) => ({
    ...d,
    rowid: Number(d.rowid),
    duplicate_of: d.duplicate_of === null ? null : Number(d.duplicate_of),
  }));
  const { decisions, owners } = await replay(docs, new ShingleCache(tx));
  const changed = docs
    .map((d, i) => ({ d, n: decisions[i] }))
    .filter(({ d, n }) => d.duplicate_of !== n.root || d.similarity !== n.similarity);
  if (changed.length)
    await tx.raw(
      `UPDATE documents o SET duplicate_of = u.root, similarity = u.similarity
       FROM unnest($1::bigint[], $2::bigint[], $3::double precision[]) AS u(rowid, root, similarity)
       WHERE o.rowid = u.rowid`,
      [changed.map((c) => c.d.rowid), changed.map((c) => c.n.root), changed.map((c) => c.n.similarity)],
    );
  await tx.raw(
    `UPDATE band_keys b SET document = u.document FROM unnest($2::int[], $3::bigint[]) AS u(band_key, document)
     WHERE b.case_id = $1 AND b.band_key = u.band_key AND b.document <> u.document`,
    [caseId, [...owners.keys()], [...owners.values()]],
  );
  return changed.length;
}
