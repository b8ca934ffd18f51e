// Entity layer: finds people, organisations and locations, clusters their mentions within the
// document and reads ages and roles from appositions. (Owned by the entities work; see issue 3.)
import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";

export function extractEntities(_doc: Doc): Entity[] {
  return [];
}
