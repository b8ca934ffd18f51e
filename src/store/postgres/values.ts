// Small values the PostgreSQL store writes: token hashes, storable text, ingestion order, unique ids.
import { createHash } from "node:crypto";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Text PostgreSQL can hold, offsets unchanged: each unpaired surrogate (UTF-8 cannot hold one)
 * and each NUL (PostgreSQL text cannot) becomes U+FFFD, one code unit for one.
 */
export function storableText(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0000/g, "\ufffd");
}

let lastOrder = 0;

/**
 * A place in the order of ingestion: microseconds since 1970 (unique within this process), so
 * documents ingested one after another, by any process, list in that order.
 */
export function nextIngestOrder(count = 1): number {
  const order = Math.max(Date.now() * 1000, lastOrder + 1);
  lastOrder = order + count - 1;
  return order;
}

export function now(): string {
  return new Date().toISOString();
}
