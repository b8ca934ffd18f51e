// buildCase: many documents' extractions + the user's merge overrides → one CaseFile. Pure: no
// I/O, no clock, no randomness; the same inputs in the same order give the same case file, and
// the extractions are never modified.

import { statementOf } from "./accounts.js";
import type { Extraction } from "../core/schema.js";
import { DocContext } from "./context.js";
import type { SentenceCache } from "../core/doc.js";
import { findContradictions } from "./contradictions.js";
import { resolveEntities, type EntityResolution } from "./entities.js";
import { buildGraph } from "./graph.js";
import { bodyKey, fold, looksLikeAcronym } from "./names.js";
import { buildTimeline } from "./timeline.js";
import {
  quoteId,
  type CaseDocument,
  type CaseEntity,
  type CaseFile,
  type CaseInput,
  type CaseQuote,
  type MergeOverride,
} from "./types.js";
import { firstSpanAtOrAfter } from "../core/doc.js";

const MAX_ROLE_CHARS = 300;
const MAX_ORG_WORDS = 8;

function caseDocument(d: CaseDocument): CaseDocument {
  return {
    id: String(d.id),
    source: d.source ?? null,
    outlet: d.outlet ?? null,
    published: d.published ?? null,
    title: d.title ?? null,
    duplicateOf: d.duplicateOf ?? null,
  };
}

/** Folded organisation names and surface forms → org id (null when two organisations share one). */
function organisationIndex(entities: CaseEntity[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  const put = (k: string, id: string) => {
    if (!k) return;
    const had = index.get(k);
    if (had === undefined) index.set(k, id);
    else if (had !== id) index.set(k, null);
  };
  for (const e of entities) {
    if (e.type !== "organization") continue;
    put(bodyKey(e.name), e.id);
    for (const a of e.aliases) {
      const k = bodyKey(a.text);
      // A one-word alias counts only as an acronym: "State" or "Justice" are too common in roles.
      if (k.includes(" ") || looksLikeAcronym(a.text)) put(k, e.id);
    }
  }
  return index;
}

/** The organisation a role names ("head of the CPS's special crime division" → CPS), if any. */
function organisationInRole(role: string, index: Map<string, string | null>): string | null {
  const original = role.slice(0, MAX_ROLE_CHARS);
  const w = fold(original).split(" ");
  // Longest names first, left to right.
  for (let n = Math.min(MAX_ORG_WORDS, w.length); n >= 1; n--) {
    for (let i = 0; i + n <= w.length; i++) {
      const key = w.slice(i, i + n).join(" ");
      const id = index.get(key);
      if (!id) continue;
      // A one-word match must be written in capitals in the role itself ("CPS", not "cps").
      if (n === 1 && !new RegExp(`(^|[^\\p{L}\\p{N}])${key.toUpperCase()}(?=$|[^\\p{L}\\p{N}])`, "u").test(original))
        continue;
      return id;
    }
  }
  return null;
}

function linkAffiliations(contexts: DocContext[], resolution: EntityResolution): void {
  const index = organisationIndex(resolution.entities);
  for (const e of resolution.entities) {
    const found = new Set<string>();
    for (const r of e.roles) {
      const org = organisationInRole(r.text, index);
      r.affiliation = org && org !== e.id ? org : null;
      if (r.affiliation) found.add(r.affiliation);
    }
    e.affiliations = [...found];
  }
  // Affiliations the extractor stated by name.
  for (const ctx of contexts) {
    for (const local of ctx.extraction.entities ?? []) {
      const names = local.attributes?.affiliations;
      if (!Array.isArray(names) || names.length === 0) continue;
      const id = ctx.entityFor(local.id, local.name, resolution);
      const entity = id ? resolution.byId.get(id) : undefined;
      if (!entity) continue;
      for (const name of names) {
        if (typeof name !== "string") continue;
        const org = ctx.entityFor(null, name, resolution) ?? index.get(bodyKey(name)) ?? null;
        if (org && org !== entity.id && !entity.affiliations.includes(org)) entity.affiliations.push(org);
      }
    }
  }
}

function caseQuotes(contexts: DocContext[], resolution: EntityResolution): CaseQuote[] {
  const out: CaseQuote[] = [];
  for (const ctx of contexts) {
    const quotes = ctx.extraction.quotes ?? [];
    if (quotes.length === 0) continue;
    const mentions: { start: number; end: number; id: string }[] = [];
    for (const e of ctx.extraction.entities ?? []) {
      const id = ctx.entityFor(e.id, e.name, resolution);
      if (!id) continue;
      for (const m of e.mentions ?? []) mentions.push({ start: m.start, end: m.end, id });
    }
    mentions.sort((a, b) => a.start - b.start);
    for (const q of quotes) {
      if (!q || typeof q.text !== "string") continue;
      const speaker = ctx.entityFor(q.speakerId, q.speaker, resolution);
      const about: string[] = [];
      // First mention at or after the quote's start, then forward while inside it.
      for (let i = firstSpanAtOrAfter(mentions, q.start); i < mentions.length && mentions[i].start < q.end; i++) {
        const m = mentions[i];
        if (m.end <= q.end && m.id !== speaker && !about.includes(m.id)) about.push(m.id);
      }
      const sm = q.speakerMention;
      out.push({
        id: quoteId(ctx.document.id, q.start),
        kind: q.kind,
        text: q.text,
        speaker,
        speakerName: (speaker ? resolution.byId.get(speaker)?.name : null) ?? q.speaker ?? null,
        document: ctx.document.id,
        start: q.start,
        end: q.end,
        cue: q.cue?.text ?? null,
        speakerMention: sm ? { document: ctx.document.id, start: sm.start, end: sm.end, text: sm.text } : null,
        about,
        ...statementOf(ctx.document.id, q),
      });
    }
  }
  return out;
}

/** Told when each phase of a build ends (its name), so a caller can time them; the build does not depend on it. */
export type Lap = (phase: string) => void;

/**
 * Builds the case file of many documents. `overrides` are the user's merges and splits, oldest
 * first (as the store lists them); they are replayed in that order after the automatic rules.
 * `lap` is told the end of each phase: entities, quotes, timeline, contradictions, graph.
 * `sentences`, when given, keeps each document's sentences as they are split (see `SentenceCache`).
 */
export function buildCase(
  inputs: CaseInput[],
  overrides: MergeOverride[] = [],
  lap: Lap = () => {},
  sentences?: SentenceCache,
): CaseFile {
  const usable = (inputs ?? []).filter(
    (i): i is CaseInput => !!i && !!i.document && typeof i.document.id === "string" && !!i.extraction,
  );
  const documents = usable.map((i) => caseDocument(i.document));
  const normalised = usable.map((i, k) => ({ document: documents[k], extraction: i.extraction as Extraction }));
  const resolution = resolveEntities(normalised, overrides);
  lap("entities");
  const contexts = normalised.map((i) => new DocContext(i.document, i.extraction, resolution, sentences));
  const byDoc = new Map(contexts.map((c) => [c.document.id, c]));

  for (const e of resolution.entities)
    for (const a of e.ages) for (const s of a.sources) s.published = byDoc.get(s.document)?.document.published ?? null;

  linkAffiliations(contexts, resolution);
  const quotes = caseQuotes(contexts, resolution);
  lap("quotes");
  const { timeline, reports } = buildTimeline(contexts, resolution);
  lap("timeline");
  const contradictions = findContradictions(resolution.entities, timeline, byDoc);
  lap("contradictions");
  const graph = buildGraph(resolution.entities, timeline, quotes);
  lap("graph");
  return {
    documents,
    entities: resolution.entities,
    quotes,
    timeline,
    reports,
    contradictions,
    graph,
    overrideIssues: resolution.issues,
  };
}
