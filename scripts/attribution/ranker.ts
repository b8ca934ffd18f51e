// A learned re-ranker over each quotation's speaker (issue #10's "learned attribution model"),
// measured and not shipped: the rules pick a speaker first; the ranker then scores that pick, every
// person or organisation mention from two sentences before the quotation to one after it, and
// "nobody", with a linear model over named features (trained on PolNeAR train by
// ./train-ranker.ts). It replaces the rules' pick only when another candidate outscores it by the
// model's margin, and never where the rules are certain (a named person right at the cue). Applied
// to Casefile's quotes by a replaced quote stage (./train-ranker.ts --apply); src/ holds none of it.

import { readFileSync } from "node:fs";
import type { Doc } from "../../src/core/doc.js";
import { lowerWords, sentenceAt, tokenAtOrAfter } from "../../src/core/doc.js";
import type { Entity, Quote, TextSpan } from "../../src/core/schema.js";
import { speechLemma } from "../../src/extract/quotes/cues.js";
import { DETERMINERS, PREPOSITIONS, PRONOUNS, TITLE_WORDS } from "../../src/extract/quotes/speaker-words.js";

/** The model file: named feature weights, and the score lead another candidate needs over the rules' pick. */
export interface RankerModel {
  version: 1;
  /** The quote kinds the ranker may change. */
  kinds: Quote["kind"][];
  /** Whether it may name a speaker where the rules found neither speaker nor cue. */
  unnamed: boolean;
  margin: number;
  weights: Record<string, number>;
}

/** One candidate speaker of a quotation: a mention (of an entity or not), or nobody (`span` null). */
export interface Candidate {
  span: TextSpan | null;
  entity: Entity | null;
  /** Whether this is the rules' own pick. */
  rule: boolean;
  features: string[];
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i;
};

/** How the rules found a quotation's speaker, read from their output. */
export function ruleRoute(q: Quote): string {
  if (!q.speaker) return q.cue ? "none.cue" : "none.nocue";
  const m = q.speakerMention;
  const form = !m
    ? "nomention"
    : PRONOUNS[m.text.toLowerCase()]
      ? "pronoun"
      : /^\p{Lu}/u.test(m.text) && !DETERMINERS.has(m.text.split(/\s/)[0].toLowerCase())
        ? "name"
        : "description";
  const cue = !q.cue ? "nocue" : q.cue.start < q.start ? "cueleft" : "cueright";
  return `${form}.${cue}${q.speakerId ? "" : ".noentity"}`;
}

interface Context {
  doc: Doc;
  words: string[];
  counts: Map<string, number>;
  prev: Quote | null;
}

/** Where a candidate stands: its side of the quotation, sentences and tokens away. */
interface Place {
  side: string;
  sd: number;
  gap: number;
}

function mentionFeatures(ctx: Context, q: Quote, span: TextSpan, entity: Entity | null, place?: Place): string[] {
  const { doc, words } = ctx;
  const f: string[] = [];
  const first = tokenAtOrAfter(doc, span.start);
  const after = tokenAtOrAfter(doc, span.end);
  const qs = sentenceAt(doc, q.start);
  const qe = sentenceAt(doc, Math.max(q.start, q.end - 1));
  const ms = sentenceAt(doc, span.start);
  const inside = span.start >= q.start && span.end <= q.end;
  const side = inside ? "in" : span.end <= q.start ? "before" : "after";
  const sd = side === "before" ? ms - qs : side === "after" ? ms - qe : 0;
  f.push(`side=${side}`, `sd=${side}${sd}`);
  const qt0 = tokenAtOrAfter(doc, q.start);
  const qt1 = tokenAtOrAfter(doc, q.end);
  const gap = side === "before" ? qt0 - after : side === "after" ? first - qt1 : 0;
  f.push(`td=${side}${bucket(gap, [0, 2, 5, 10, 20])}`);
  if (place) Object.assign(place, { side, sd, gap });
  const para = (o: number) => doc.sentences[Math.max(0, sentenceAt(doc, o))].paragraph;
  f.push(para(span.start) === para(q.start) ? "samepara" : "otherpara");
  f.push(`type=${entity ? entity.type : PRONOUNS[span.text.toLowerCase()] ? "pronoun" : "other"}`);
  const w = (k: number) => (k >= 0 && k < words.length ? words[k] : "");
  const next = w(after);
  const prev = w(first - 1);
  const nextLemma = speechLemma(next) ?? (/ly$/.test(next) ? speechLemma(w(after + 1)) : null);
  const prevLemma = speechLemma(prev);
  if (nextLemma) f.push("cueR", `cueR=${nextLemma}`, `cueR.${side}`);
  if (prevLemma) f.push("cueL", `cueL=${prevLemma}`, `cueL.${side}`);
  if (q.cue) {
    const cue = tokenAtOrAfter(doc, q.cue.start);
    if (after === cue || (after + 1 === cue && /ly$/.test(next))) f.push("subjOfCue", `subjOfCue.${side}`);
    if (first === cue + 1) f.push("afterCue", `afterCue.${side}`);
    if (cue > after && cue - after <= 12 && ms === sentenceAt(doc, q.cue.start)) f.push("beforeCueSameSent");
  }
  if (/^(?:was|is|were|are|been|be|being)$/.test(next) && /(?:ed|en)$/.test(w(after + 1))) f.push("passiveAfter");
  if (next === "heard" || next === "was" || next === "were") f.push(`next=${next}`);
  if (prevLemma && !nextLemma && side !== "in") f.push(`object=${prevLemma}`);
  if (prev === "to" && w(first - 2) === "according") f.push("accordingTo");
  if (PREPOSITIONS.has(prev) || prev === "by") f.push(`prep=${prev}`);
  if (DETERMINERS.has(prev)) f.push("detBefore");
  if (TITLE_WORDS.has(prev.replace(/\.$/, ""))) f.push("titleBefore");
  if (entity?.attributes.roles.length) f.push("hasRole");
  if (/^['’]s?\b/.test(doc.text.slice(span.end, span.end + 2))) f.push("possessive");
  if (/^\s*:/.test(doc.text.slice(span.end, span.end + 3))) f.push("colonAfter");
  if (/^\s*,/.test(doc.text.slice(span.end, span.end + 2))) f.push("commaAfter");
  if (first === doc.sentences[ms].firstToken) f.push("sentInit");
  if (entity) {
    const n = ctx.counts.get(entity.id) ?? 0;
    f.push(`mentions=${bucket(n, [1, 3, 7])}`);
    if (ctx.prev?.speakerId === entity.id) f.push("prevSpeaker");
    if (q.speakerId === entity.id) f.push("ruleEntity");
  }
  return f;
}

/** The candidates for quotation `q`: the rules' pick, the mentions around it, and nobody. */
export function candidatesFor(ctx: Context, entities: Entity[], q: Quote): Candidate[] {
  const { doc } = ctx;
  const route = ruleRoute(q);
  const out: Candidate[] = [];
  const lo = sentenceAt(doc, q.start) - 2;
  const hi = sentenceAt(doc, Math.max(q.start, q.end - 1)) + 1;
  const ruleSpan = q.speakerMention;
  let ruleFound = false;
  const places = new Map<Candidate, Place>();
  for (const e of entities) {
    if (e.type === "location") continue;
    for (const m of e.mentions) {
      const s = sentenceAt(doc, m.start);
      if (s < lo || s > hi) continue;
      const rule = !!ruleSpan && m.start < ruleSpan.end && ruleSpan.start < m.end && q.speakerId === e.id;
      ruleFound ||= rule;
      const place = { side: "", sd: 0, gap: 0 };
      const c = { span: m, entity: e, rule, features: mentionFeatures(ctx, q, m, e, place) };
      places.set(c, place);
      out.push(c);
    }
  }
  if (ruleSpan && !ruleFound) {
    const entity = entities.find((e) => e.id === q.speakerId) ?? null;
    const place = { side: "", sd: 0, gap: 0 };
    const c = { span: ruleSpan, entity, rule: true, features: mentionFeatures(ctx, q, ruleSpan, entity, place) };
    places.set(c, place);
    out.push(c);
  } else if (!ruleSpan && q.speaker) {
    const entity = entities.find((e) => e.id === q.speakerId) ?? null;
    out.push({ span: null, entity, rule: true, features: ["nomention"] });
  }
  out.push({ span: null, entity: null, rule: !q.speaker, features: ["null"] });
  // How each mention stands to the rules' pick: nearer the quotation, in its sentence where the pick is not.
  const rulePlace = places.get(out.find((c) => c.rule)!);
  const cueLemma = q.cue ? (speechLemma(q.cue.text.toLowerCase().split(/\s+/)[0]) ?? "other") : "none";
  for (const c of out) {
    const p = places.get(c);
    if (c.rule) c.features.push(`cue=${cueLemma}`, `rsd=${rulePlace ? rulePlace.side + rulePlace.sd : "none"}`);
    if (!p || c.rule) continue;
    if (!rulePlace) continue;
    const near = (x: Place) => (x.side === "in" ? 1000 : Math.abs(x.sd) * 100 + x.gap);
    c.features.push(near(p) < near(rulePlace) ? "nearerThanRule" : "fartherThanRule");
    if (p.sd === 0 && p.side !== "in" && rulePlace.sd !== 0) c.features.push("ownSentenceRuleNot");
    if (rulePlace.side === "in") c.features.push("ruleInside");
    if (c.entity && c.entity.id === q.speakerId) c.features.push("sameEntityAsRule");
    c.features.push(`cue=${cueLemma}`);
  }
  for (const c of out) {
    const base = c.features;
    const tag = c.rule ? "rule" : c.span ? "other" : "null";
    c.features = [tag, `${tag}|route=${route}`, `${tag}|kind=${q.kind}`];
    for (const b of base) c.features.push(b, `${tag}|${b}`);
  }
  return out;
}

/** A context for the quotations of one document: its words and how often each entity is named. */
export function rankerContext(doc: Doc, entities: Entity[]): Context {
  const counts = new Map<string, number>();
  for (const e of entities) counts.set(e.id, e.mentions.length);
  return { doc, words: lowerWords(doc), counts, prev: null };
}

export const score = (weights: Record<string, number>, features: string[]) => {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
};

/** Whether the rules' pick is certain: a person's name right before the cue or right after it. */
export function certain(c: Candidate): boolean {
  const f = c.features;
  const named = f.some((x) => x.startsWith("rule|route=name."));
  return c.rule && named && f.includes("rule|type=person") && f.some((x) => x === "subjOfCue" || x === "afterCue");
}

/**
 * Whether the ranker may change `q`'s speaker: one the rules named by a mention, or (with `model.unnamed`) one
 * with neither speaker nor cue. Where the rules read a cue and named nobody ("is accused of", "the
 * court heard that") nobody stays: the model names the passive subject or the hearer there, whom
 * Casefile's annotation never credits.
 */
export function changeable(model: Pick<RankerModel, "unnamed">, q: Quote): boolean {
  // (a speaker the rules gave with no mention, an interview's or a headline's label, stays)
  return q.speaker ? !!q.speakerMention : model.unnamed && !q.cue;
}

/**
 * The quotes with each speaker re-ranked: where another candidate outscores the rules' pick by
 * `model.margin`, the quote takes that candidate's entity and mention (or loses its speaker).
 */
export function rerank(doc: Doc, entities: Entity[], quotes: Quote[], model: RankerModel | null): Quote[] {
  if (!model) return quotes;
  const ctx = rankerContext(doc, entities);
  for (const q of quotes) {
    const rulesQuote = { ...q };
    if (model.kinds.includes(q.kind)) {
      const cands = candidatesFor(ctx, entities, q);
      const rule = cands.find((c) => c.rule);
      if (rule && changeable(model, q) && !certain(rule)) {
        let best = rule;
        let bestScore = score(model.weights, rule.features) + model.margin;
        for (const c of cands) {
          const s = score(model.weights, c.features);
          if (s > bestScore) [best, bestScore] = [c, s];
        }
        if (best !== rule) {
          q.speaker = best.entity?.name ?? null;
          q.speakerId = best.entity?.id ?? null;
          q.speakerMention = best.span ? { start: best.span.start, end: best.span.end, text: best.span.text } : null;
        }
      }
    }
    if (q.kind !== "indirect") ctx.prev = rulesQuote;
  }
  return quotes;
}

/** A model read from its JSON, its shape checked; throws on anything else. */
export function checkRanker(json: unknown): RankerModel {
  const m = json as Partial<RankerModel> | null;
  const kinds = new Set(["direct", "mixed", "indirect"]);
  if (
    !m ||
    m.version !== 1 ||
    typeof m.margin !== "number" ||
    typeof m.unnamed !== "boolean" ||
    !Array.isArray(m.kinds) ||
    !m.kinds.every((k) => kinds.has(k)) ||
    typeof m.weights !== "object" ||
    !Object.values(m.weights ?? {}).every((w) => typeof w === "number" && Number.isFinite(w))
  )
    throw new Error("not a speaker ranker model");
  return m as RankerModel;
}

/** A model from its file (./train-ranker.ts --out). */
export function loadRanker(path: string): RankerModel {
  return checkRanker(JSON.parse(readFileSync(path, "utf8")));
}
