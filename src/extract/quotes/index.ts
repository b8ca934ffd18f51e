// Quotations and their speakers. (Issue 2.)
import type { Doc } from "../../core/doc.js";
import type { Entity, Quote } from "../../core/schema.js";

export function extractQuotes(_doc: Doc, _entities: Entity[]): Quote[] {
  return [];
}
