// The extraction pipeline: a pure function from a string to plain data. It reads no files, opens
// no sockets and keeps no state between calls; the NER model's bytes are given to
// `createExtractor`, which the caller reads (./index.ts does it for Node, from models/ner.bin).
//
// A text longer than MAX_DOCUMENT_CHARS is refused with a DocumentTooLongError. The stages throw
// when they meet a bug; `extract` runs each inside one wrapper that records the
// failure in the extraction's `warnings` and goes on with an empty layer, so one bad rule costs a
// layer, not the document, and never passes silently. `strict` lets the exception through
// (the property tests run that way).
import { buildDoc, type Doc } from "../core/doc.js";
import { fnv1a2x32 } from "../core/hash.js";
import { DocumentTooLongError, MAX_DOCUMENT_CHARS } from "../core/limits.js";
import type { Entity, ExtractionWarning, ExtractOptions, Extraction, Quote, TimeExpression } from "../core/schema.js";
import type { CaseEvent } from "../core/schema.js";
import { entityLayer } from "./entities/index.js";
import { Model } from "./entities/tagger/model.js";
import { PerceptronTagger, type Tagger } from "./entities/tagger/tagger.js";
import { extractEvents, type EventInput } from "./events/index.js";
import { extractQuotes } from "./quotes/index.js";
import { describeStatements } from "./statements/index.js";
import { extractTimes } from "./time/index.js";

/** The stages in pipeline order; tests replace one to see what a failure does. */
export interface Stages {
  entities(doc: Doc, tagger: Tagger | null): Entity[];
  times(doc: Doc, published: string | null): TimeExpression[];
  quotes(doc: Doc, entities: Entity[]): Quote[];
  events(input: EventInput): CaseEvent[];
}

export const STAGES: Stages = {
  entities: (doc, tagger) => entityLayer(doc, { tagger }),
  times: (doc, published) => extractTimes(doc, { published }),
  quotes: extractQuotes,
  events: extractEvents,
};

export interface ExtractorOptions {
  /** The NER tagger's model file as bytes (models/ner.bin); null or absent: the entity rules alone. */
  model?: Uint8Array | null;
  /** Let a stage's exception through instead of recording it in `warnings`. */
  strict?: boolean;
  /** Replacement stages (tests). */
  stages?: Partial<Stages>;
}

export type Extractor = (text: string, options?: ExtractOptions) => Extraction;

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const tagger = options.model ? new PerceptronTagger(Model.deserialize(Buffer.from(options.model))) : null;
  const stages: Stages = { ...STAGES, ...options.stages };
  const strict = options.strict === true;
  return (text, extractOptions = {}) => run(stages, tagger, strict, text, extractOptions);
}

function run(
  stages: Stages,
  tagger: Tagger | null,
  strict: boolean,
  text: string,
  options: ExtractOptions,
): Extraction {
  const input = typeof text === "string" ? text : String(text ?? "");
  if (input.length > MAX_DOCUMENT_CHARS) throw new DocumentTooLongError(input.length);
  const published = options.published ?? null;
  const warnings: ExtractionWarning[] = [];
  const guard = <T>(stage: keyof Stages, layer: () => T[]): T[] => {
    if (strict) return layer();
    try {
      return layer();
    } catch (e) {
      warnings.push({ stage, message: e instanceof Error ? e.message : String(e) });
      return [];
    }
  };
  const doc = buildDoc(input);
  const entities = guard("entities", () => stages.entities(doc, tagger));
  const times = guard("times", () => stages.times(doc, published));
  const quotes = guard("quotes", () => stages.quotes(doc, entities));
  // Each quote as a statement: when, in which role, to whom, how, about whom (issue 15).
  guard("quotes", () => describeStatements(doc, entities, times, quotes));
  const events = guard("events", () => stages.events({ doc, entities, times, quotes, published }));
  return {
    id: options.id ?? contentId(input),
    source: options.source ?? null,
    published,
    text: input,
    entities,
    quotes,
    events,
    times,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** A short id from the text itself, for callers that give none. */
function contentId(text: string): string {
  const [h1, h2] = fnv1a2x32(text);
  return "doc-" + h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}
