// Who did it or had it done to them: the entities of an event, read from its sentence. The
// subject of the clause (the first name of the sentence that is not a place adjunct, or the
// person a "he"/"she" refers back to), the names in the evidence, and the object after the
// trigger. Places named as settings ("in London", "at Woolwich Crown Court") are where it
// happened, not who took part, unless a place acts ("China denied …").
import type { Doc } from "../../core/doc.js";
import type { Entity, TextSpan } from "../../core/schema.js";
import { tokenAtOrAfter, firstSpanAtOrAfter } from "../../core/doc.js";

interface ParticipantCtx {
  doc: Doc;
  words: string[];
  entities: Entity[];
}

interface Placed {
  entity: Entity;
  start: number;
  end: number;
  /** Token index of the mention's first token. */
  token: number;
}

const SETTING = new Set([
  "in",
  "at",
  "from",
  "near",
  "outside",
  "inside",
  "across",
  "on",
  "into",
  "to",
  "of",
  "around",
]);
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them"]);
const BREAKS = new Set([
  ",",
  ";",
  ":",
  "(",
  ")",
  "—",
  "–",
  ".",
  "\u201c",
  "\u201d",
  '"',
  "who",
  "which",
  "that",
  "and",
]);

/** Mentions in the document in text order, with the token each starts at. */
export function placeMentions(ctx: ParticipantCtx): Placed[] {
  const out: Placed[] = [];
  for (const entity of ctx.entities) {
    for (const m of entity.mentions) {
      const lo = tokenAtOrAfter(ctx.doc, m.start);
      if (lo < ctx.doc.tokens.count) out.push({ entity, start: m.start, end: m.end, token: lo });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Index of the first placed mention starting at or after `offset`. */
function firstPlacedAtOrAfter(placed: Placed[], offset: number): number {
  return firstSpanAtOrAfter(placed, offset);
}

/** An event's participants: their entities' document-local ids, and their canonical names for display. */
export function participantsOf(
  ctx: ParticipantCtx,
  placed: Placed[],
  evidence: TextSpan,
  trigger: { first: number; last: number } | null,
  sentence: number,
): { ids: string[]; names: string[] } {
  const s = ctx.doc.sentences[sentence];
  // Mentions are sorted by start: find the sentence's by binary search, so cost stays linear overall.
  const first = firstPlacedAtOrAfter(placed, s.start);
  const inSentence: Placed[] = [];
  for (let k = first; k < placed.length && placed[k].start < s.end; k++)
    if (placed[k].end <= s.end) inSentence.push(placed[k]);
  const names: string[] = [];
  const ids: string[] = [];
  const add = (e: Entity) => {
    if (!ids.includes(e.id)) ids.push(e.id);
    if (!names.includes(e.name)) names.push(e.name);
  };
  const isSetting = (p: Placed) => p.entity.type === "location" && SETTING.has(ctx.words[p.token - 1] ?? "");
  // "chief of staff to Gov. Kathy Hochul", "a spokesman for the FBI": a name inside a modifier.
  const isModifier = (p: Placed) => MODIFIER_PREPOSITIONS.has(wordBeforeName(ctx, p.token));

  // The subject: the first name of the sentence before the evidence, when it is not a setting.
  const subject = inSentence.find((p) => p.start < evidence.start && !isSetting(p) && !isModifier(p));
  if (subject) {
    add(subject.entity);
    // Conjoined subjects: "Mr Cash, a researcher linked to Ms Kearns, and Mr Berry, an academic, were …".
    let previousIncluded = true;
    for (const p of inSentence) {
      if (p.start <= subject.start || p.start >= evidence.start) continue;
      const before = wordBeforeName(ctx, p.token);
      const commaAnd = before === "and" && ctx.words[p.token - 2] === ",";
      const include: boolean = before === "and" && (commaAnd || previousIncluded) && !isSetting(p);
      if (include) add(p.entity);
      previousIncluded = include;
    }
  } else {
    // "He was sentenced …": the person named last before this sentence.
    const pronounAt = firstPronoun(ctx, s.firstToken, trigger ? trigger.first : s.lastToken);
    const plural = pronounAt >= 0 && (ctx.words[pronounAt] === "they" || ctx.words[pronounAt] === "both");
    const group = plural ? groupBefore(ctx, placed, first, sentence) : [];
    for (const p of group) add(p.entity);
    if (pronounAt >= 0 && !group.length) {
      for (let k = first - 1; k >= 0 && first - k <= 400; k--) {
        const p = placed[k];
        if (p.start < s.start && p.entity.type === "person") {
          add(p.entity);
          break;
        }
      }
    }
  }
  // The names the evidence itself holds, then the object just after the trigger.
  for (const p of inSentence) if (p.start >= evidence.start && p.end <= evidence.end && !isSetting(p)) add(p.entity);
  if (trigger) {
    for (const p of inSentence) {
      if (p.token < trigger.last || p.token > trigger.last + 6 || isSetting(p)) continue;
      if (hasBreak(ctx.words, trigger.last, p.token)) continue;
      add(p.entity);
    }
  }
  // Nothing found in the clause: the people and bodies the sentence names, as a last resort.
  if (!names.length) {
    for (const p of inSentence) if (p.entity.type !== "location" && !isModifier(p)) add(p.entity);
  }
  return { ids, names };
}

const MODIFIER_PREPOSITIONS = new Set([...SETTING, "for", "with", "by", "about", "against", "like"]);

/** The word before a name and its title ("Gov.", "Mr", "Lord"): capitalised words and full stops are skipped. */
function wordBeforeName(ctx: ParticipantCtx, token: number): string {
  let k = token - 1;
  for (let n = 0; n < 3 && k >= 0; n++) {
    const w = ctx.doc.text.slice(ctx.doc.tokens.start[k], ctx.doc.tokens.end[k]);
    if (w !== "." && !/^\p{Lu}/u.test(w)) break;
    k--;
  }
  return k >= 0 ? ctx.words[k] : "";
}

/** "They were arrested": the people of the nearest earlier sentence (of the last three) that names two or more. */
function groupBefore(ctx: ParticipantCtx, placed: Placed[], first: number, sentence: number): Placed[] {
  let k = first - 1;
  for (let s = sentence - 1; s >= 0 && s >= sentence - 3; s--) {
    const start = ctx.doc.sentences[s].start;
    const people: Placed[] = [];
    for (; k >= 0 && placed[k].start >= start; k--) if (placed[k].entity.type === "person") people.unshift(placed[k]);
    // Leave out names inside modifiers ("linked to Ms Kearns and Tom Tugendhat"): they are not the group.
    const subjects: Placed[] = [];
    let previousLeftOut = false;
    for (const p of people) {
      const before = wordBeforeName(ctx, p.token);
      const leftOut: boolean =
        MODIFIER_PREPOSITIONS.has(before) || (before === "and" && ctx.words[p.token - 2] !== "," && previousLeftOut);
      if (!leftOut) subjects.push(p);
      previousLeftOut = leftOut;
    }
    const distinct = new Map(subjects.map((p) => [p.entity, p]));
    if (distinct.size >= 2) return [...distinct.values()];
  }
  return [];
}

function firstPronoun(ctx: ParticipantCtx, from: number, to: number): number {
  for (let k = from; k < to && k < from + 4; k++) if (PRONOUNS.has(ctx.words[k])) return k;
  return -1;
}

function hasBreak(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BREAKS.has(words[k])) return true;
  return false;
}
