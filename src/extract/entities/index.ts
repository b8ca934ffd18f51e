// Entity layer: finds people, organisations and locations, clusters their mentions within the
// document and reads ages and roles from appositions. (Owned by the entities work; see issue 3.)
import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";
import { readAttributes } from "../roles/index.js";
import { candidateContext, findCandidates } from "./candidates.js";
import { combineCandidates, type TaggerSpan } from "./combine.js";
import { resolveEntities } from "./resolve.js";

export { genderOf } from "./gender.js";

/** Spans of the trained tagger; empty until the tagger is wired in (see taggerSpans). */
function taggerSpans(_doc: Doc): TaggerSpan[] {
  return [];
}

export function extractEntities(doc: Doc): Entity[] {
  try {
    return entityLayer(doc);
  } catch {
    // A bug met on hostile input must not stop the pipeline; the tests call entityLayer itself.
    return [];
  }
}

/** The layer without its safety net: candidates, resolution, attributes. */
export function entityLayer(doc: Doc): Entity[] {
  const ctx = candidateContext(doc);
  const candidates = combineCandidates(doc, findCandidates(doc, ctx), taggerSpans(doc));
  const entities = resolveEntities(doc, candidates);
  readAttributes(doc, entities);
  return entities;
}
