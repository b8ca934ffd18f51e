// Temporal expressions with ISO values, resolved against the publication date. (Issue 4.)
import type { Doc } from "../../core/doc.js";
import type { TimeExpression } from "../../core/schema.js";

export interface TimeOptions {
  published?: string | null;
}

export function extractTimes(_doc: Doc, _options: TimeOptions = {}): TimeExpression[] {
  return [];
}
