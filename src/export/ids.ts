// Deterministic identifiers for exports: the same case exported twice gives the same ids, so a
// re-import into Aleph or OpenCTI updates objects instead of duplicating them.
import { createHash } from "node:crypto";

/** Casefile's own UUID namespace (a random v4, fixed forever). */
export const CASEFILE_NAMESPACE = "5b0a6f1e-3c0d-4c52-9a57-2f0e5d7c9b41";

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** RFC 9562 version-5 UUID (SHA-1 of namespace + name). */
export function uuidv5(name: string, namespace = CASEFILE_NAMESPACE): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A FollowTheMoney-style id: hex SHA-1 of the parts (what `make_id` does in followthemoney). */
export function sha1Id(...parts: string[]): string {
  const h = createHash("sha1");
  for (const p of parts) h.update(p, "utf8").update("\u0000");
  return h.digest("hex");
}
