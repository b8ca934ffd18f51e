// Events of a case: typed, dated, with participants and a status. (Issue 4.)
import type { Doc } from "../../core/doc.js";
import type { CaseEvent, Entity, Quote, TimeExpression } from "../../core/schema.js";

export interface EventInput {
  doc: Doc;
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  published?: string | null;
}

export function extractEvents(_input: EventInput): CaseEvent[] {
  return [];
}
