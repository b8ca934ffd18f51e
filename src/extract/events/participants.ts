// Who did it or had it done to them: the entities of an event, read from its sentence. The
// subject of the clause (the first name of the sentence that is not a place adjunct, or the
// person a "he"/"she" refers back to), the names in the evidence, and the object after the
// trigger. Places named as settings ("in London", "at Woolwich Crown Court") are where it
// happened, not who took part, unless a place acts ("China denied …").
import type { Doc } from "../../core/doc.js";
import type { Entity, TextSpan } from "../../core/schema.js";
import { isUpperCode, tokenAtOrAfter, firstSpanAtOrAfter } from "../../core/doc.js";
import { isWeakLemma, speechLemma } from "../quotes/cues.js";
import { isFiniteVerbForm } from "../quotes/verb-forms.js";

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

/** At most this many names per event: a sentence listing hundreds of names is a list, not the event's cast. */
const MAX_NAMES = 40;
/** Conjoined subjects are looked for among this many names after the subject. */
const MAX_CONJOINED = 12;

/** What a sentence gives every event in it, computed once per sentence (cost stays linear). */
interface SentenceFacts {
  /** The sentence's mentions, in text order. */
  inSentence: Placed[];
  /** Index in `inSentence` of the first name that is neither a setting nor inside a modifier; -1 if none. */
  subject: number;
  /** The people of the group a "they" refers back to. */
  group: Placed[] | null;
  /** The token of a relative pronoun qualifying an unnamed subject ("The man who …"), or -1. */
  relative: number;
}

const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "which"]);

/**
 * "The hacker who revealed that Ann Reyes used a private account was jailed on Thursday": a
 * relative clause on an unnamed subject names others, not the subject. The pronoun counts when
 * it comes within the sentence's first eight words and no name stands before it.
 */
function openingRelative(ctx: ParticipantCtx, sentence: number, inSentence: Placed[]): number {
  const { firstToken, lastToken } = ctx.doc.sentences[sentence];
  for (let k = firstToken + 1; k < lastToken && k < firstToken + 8; k++) {
    if (/^[,;:]$/.test(ctx.words[k])) return -1;
    if (!RELATIVE_PRONOUNS.has(ctx.words[k])) continue;
    return inSentence.length && inSentence[0].token < k ? -1 : k;
  }
  return -1;
}

/** A name in the evidence that took no part: a setting, the relative clause on the subject, whom the conduct served. */
function asideInEvidence(
  ctx: ParticipantCtx,
  facts: SentenceFacts,
  p: Placed,
  trigger: { first: number; last: number } | null,
): boolean {
  if (isSetting(ctx, p) || inRelative(facts, p, trigger)) return true;
  return !!trigger && p.token > trigger.last && onBehalf(ctx, p);
}

/** Whether a name stands in the relative clause on the subject, before the event's own verb. */
function inRelative(facts: SentenceFacts, p: Placed, trigger: { first: number } | null): boolean {
  return facts.relative >= 0 && p.token > facts.relative && (!trigger || p.token < trigger.first);
}

const factsCache = new WeakMap<Placed[], Map<number, SentenceFacts>>();

function sentenceFacts(ctx: ParticipantCtx, placed: Placed[], sentence: number): SentenceFacts {
  let bySentence = factsCache.get(placed);
  if (!bySentence) factsCache.set(placed, (bySentence = new Map()));
  let facts = bySentence.get(sentence);
  if (facts) return facts;
  const s = ctx.doc.sentences[sentence];
  // Mentions are sorted by start: find the sentence's by binary search.
  const first = firstPlacedAtOrAfter(placed, s.start);
  const inSentence: Placed[] = [];
  for (let k = first; k < placed.length && placed[k].start < s.end; k++)
    if (placed[k].end <= s.end) inSentence.push(placed[k]);
  const relative = openingRelative(ctx, sentence, inSentence);
  const subject = inSentence.findIndex(
    (p) => !isSetting(ctx, p) && !isModifier(ctx, p) && !(relative >= 0 && p.token > relative),
  );
  facts = { inSentence, subject, group: null, relative };
  bySentence.set(sentence, facts);
  return facts;
}

/**
 * "convicted of spying for Kalmaria", "charged with working for the Syndicate": a name after "for"
 * in what follows the step is whom the conduct served, not who took or underwent the step.
 */
const onBehalf = (ctx: ParticipantCtx, p: Placed) => wordBeforeName(ctx, p.token) === "for";
const isSetting = (ctx: ParticipantCtx, p: Placed) =>
  p.entity.type === "location" && SETTING.has(ctx.words[p.token - 1] ?? "");
// "chief of staff to Gov. Kathy Hochul", "a spokesman for the FBI": a name inside a modifier.
const isModifier = (ctx: ParticipantCtx, p: Placed) => MODIFIER_PREPOSITIONS.has(wordBeforeName(ctx, p.token));

/**
 * An event's participants: their entities' document-local ids, and their canonical names for
 * display. Every look-up is a binary search into the sentence's mentions or a bounded window,
 * so that one long sentence of dates and names costs time in proportion to its length.
 * Kept as one function (about 85 lines) so the order of the rules (subject, pronoun, evidence,
 * object, last resort) reads top to bottom as a reader would look for who took part.
 */
export function participantsOf(
  ctx: ParticipantCtx,
  placed: Placed[],
  evidence: TextSpan,
  trigger: { first: number; last: number } | null,
  sentence: number,
  telling = false,
  harmNoun = false,
): { ids: string[]; names: string[] } {
  const s = ctx.doc.sentences[sentence];
  // Of a telling, the teller is the one who takes part; of an attack named by a noun, not one who acts on it.
  const teller = (p: Placed) => (!telling && tellerOf(ctx, p, trigger)) || (harmNoun && actsOnIt(ctx, p, trigger));
  const facts = sentenceFacts(ctx, placed, sentence);
  const { inSentence } = facts;
  const names: string[] = [];
  const ids: string[] = [];
  const seenIds = new Set<string>();
  const seenNames = new Set<string>();
  const add = (e: Entity) => {
    if (ids.length >= MAX_NAMES) return;
    if (!seenIds.has(e.id)) {
      seenIds.add(e.id);
      ids.push(e.id);
    }
    if (!seenNames.has(e.name)) {
      seenNames.add(e.name);
      names.push(e.name);
    }
  };

  const subjectAt = subjectOf(ctx, facts, evidence, trigger, s.firstToken);
  // A relative clause on someone unnamed: its verb is theirs, and no one named in the sentence did it.
  const unnamed = subjectAt === UNNAMED_ANTECEDENT;
  if (subjectAt >= 0 && !teller(inSentence[subjectAt])) {
    const subject = inSentence[subjectAt];
    add(subject.entity);
    // Conjoined subjects: "Mr Cash, a researcher linked to Ms Kearns, and Mr Berry, an academic, were …".
    let previousIncluded = true;
    for (let k = subjectAt + 1; k < inSentence.length && k <= subjectAt + MAX_CONJOINED; k++) {
      const p = inSentence[k];
      if (p.start >= evidence.start) break;
      const before = wordBeforeName(ctx, p.token);
      const commaAnd = before === "and" && ctx.words[p.token - 2] === ",";
      const include: boolean = before === "and" && (commaAnd || previousIncluded) && !isSetting(ctx, p);
      if (include) add(p.entity);
      previousIncluded = include;
    }
  } else if (!unnamed) {
    // "He was sentenced …": the person named last before this sentence.
    const first = firstPlacedAtOrAfter(placed, s.start);
    const pronounAt = firstPronoun(ctx, s.firstToken, trigger ? trigger.first : s.lastToken);
    const plural = pronounAt >= 0 && (ctx.words[pronounAt] === "they" || ctx.words[pronounAt] === "both");
    if (plural) facts.group ??= groupBefore(ctx, placed, first, sentence);
    const group = plural ? facts.group! : [];
    for (const p of group) add(p.entity);
    const told = !!trigger && pronounAt >= 0 && aboutIt(ctx, pronounAt + 1, trigger.first, telling, harmNoun);
    const before = pronounAt >= 0 && !group.length && !told ? personBefore(placed, first, s.start) : null;
    if (before) add(before.entity);
  }
  // The names the evidence itself holds, then the object just after the trigger.
  for (let k = firstPlacedAtOrAfter(inSentence, evidence.start); k < inSentence.length; k++) {
    const p = inSentence[k];
    if (p.start >= evidence.end || ids.length >= MAX_NAMES) break;
    if (p.end <= evidence.end && !asideInEvidence(ctx, facts, p, trigger) && !teller(p)) add(p.entity);
  }
  if (trigger) {
    const from = trigger.last < ctx.doc.tokens.count ? ctx.doc.tokens.start[trigger.last] : s.end;
    for (let k = firstPlacedAtOrAfter(inSentence, from); k < inSentence.length; k++) {
      const p = inSentence[k];
      if (p.token > trigger.last + 6) break;
      if (p.token < trigger.last || isSetting(ctx, p) || onBehalf(ctx, p)) continue;
      if (hasBreak(ctx.words, trigger.last, p.token)) continue;
      add(p.entity);
    }
  }
  // Nothing found in the clause: the people and bodies named nearest the evidence, as a last
  // resort. Of an attack named by a noun, only those before it: a name after it that its own
  // object does not hold is another clause's ("the rifle used in the attack, Tom Vale said").
  if (!names.length && !unnamed) {
    const at = firstPlacedAtOrAfter(inSentence, evidence.start);
    for (let k = Math.max(0, at - MAX_NAMES / 2); k < inSentence.length && k < at + MAX_NAMES / 2; k++) {
      const p = inSentence[k];
      if (harmNoun && trigger && p.token >= trigger.last) break;
      if (p.entity.type !== "location" && !isModifier(ctx, p) && !inRelative(facts, p, trigger) && !teller(p))
        add(p.entity);
    }
  }
  return { ids, names };
}

const MODIFIER_PREPOSITIONS = new Set([...SETTING, "for", "with", "by", "about", "against", "like"]);

/**
 * Whether a pronoun just before token `from` only tells of the event at token `to` (a verb of
 * saying between them) or, for an attack named by a noun, acts on it (`actsOn`).
 */
function aboutIt(ctx: ParticipantCtx, from: number, to: number, telling: boolean, harmNoun: boolean): boolean {
  return (!telling && toldBefore(ctx, from, to) >= 0) || (harmNoun && actsOn(ctx, from, to));
}

/** A name before the noun of an attack whose own verb makes the attack its object (`actsOn`). */
function actsOnIt(ctx: ParticipantCtx, p: Placed, trigger: { first: number } | null): boolean {
  return !!trigger && p.token < trigger.first && actsOn(ctx, tokenAtOrAfter(ctx.doc, p.end), trigger.first);
}

/**
 * "Ann Roe seized on the massacre", "Tom Vale condemned the attack", "he mourned the shooting": a
 * verb in tokens [from, to) before the noun of an attack makes the attack its object, and whoever
 * does that verb only speaks or acts about it. Not a verb of doing or undergoing the attack
 * ("Tom Vale carried out the attack", "launched an attack", "Ann Roe survived the shooting"),
 * nor a copula ("Tom Vale was behind the attack").
 */
function actsOn(ctx: ParticipantCtx, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 12; k++) {
    const w = ctx.words[k];
    if (DEED_VERBS.has(w)) return false;
    if (isFiniteVerbForm(w) || /^[a-z]{3,}ed$/.test(w)) return true;
  }
  return false;
}
/** Verbs of doing or undergoing an attack named after them. */
const DEED_VERBS = new Set(
  "carried carries carry carrying launched launches launching mounted mounts staged stages committed commits perpetrated perpetrates conducted conducts orchestrated orchestrates plotted plots planned plans led leads unleashed unleashes claimed claims survived survives suffered suffers escaped escapes endured".split(
    " ",
  ),
);

/** The person named last before the sentence opening at `start`, its first mention at `first`. */
function personBefore(placed: Placed[], first: number, start: number): Placed | null {
  for (let k = first - 1; k >= 0 && first - k <= 400; k--)
    if (placed[k].start < start && placed[k].entity.type === "person") return placed[k];
  return null;
}

/**
 * "Ann Roe said she still thinks of the pupils who were shot at the school in May 2019", "Tom Hale,
 * who has denounced the bombing, …": a name before a verb of saying that stands ahead of the
 * event's trigger is the one who tells of the event, not one who took part in it (the verbs
 * `speechLemma` knows, learned from PolNeAR, less the weak ones). A pronoun that takes the teller
 * up again as the trigger's subject keeps them: "Police said they had arrested a man".
 */
function tellerOf(ctx: ParticipantCtx, p: Placed, trigger: { first: number } | null): boolean {
  if (!trigger || p.token >= trigger.first) return false;
  const told = toldBefore(ctx, tokenAtOrAfter(ctx.doc, p.end), trigger.first);
  return told >= 0 && !occasion(ctx.words, told, trigger.first);
}

/**
 * "argued the case in hearings in June", "spoke at the trial": a noun after "in", "at" or "during",
 * in the clause of the verb of saying at `told`, names where the telling took place.
 */
function occasion(words: string[], told: number, first: number): boolean {
  for (let k = told + 1; k < first; k++) if (CLAUSE_OPENERS.has(words[k])) return false;
  for (let k = first - 1; k > told && k >= first - 3; k--) {
    if (OCCASION.has(words[k])) return true;
    if (!/^[a-z'’-]+$/.test(words[k])) return false;
  }
  return false;
}
const OCCASION = new Set(["in", "at", "during"]);
const CLAUSE_OPENERS = new Set(["that", "who", "which", "when", "where", "\u201c", "\u201d", '"', ...PRONOUNS]);

/**
 * The token of a verb of saying in tokens [from, to) whose clause holds token `to`, or -1: no
 * subject pronoun just before `to`, and no second verb joined after the verb of saying ("Roe
 * claimed self-defence but was acquitted in May": Roe is acquitted).
 */
function toldBefore(ctx: ParticipantCtx, from: number, to: number): number {
  let told = -1;
  for (let k = from; k < to && told < 0; k++) {
    // A capital is a name's ("the United States"), or the sentence's first word.
    if (isUpperCode(ctx.doc.text.charCodeAt(ctx.doc.tokens.start[k]))) continue;
    const lemma = speechLemma(ctx.words[k]);
    if (lemma !== null && !isWeakLemma(lemma)) told = k;
  }
  if (told < 0) return -1;
  for (let k = told + 1; k < to; k++)
    if ((ctx.words[k] === "and" || ctx.words[k] === "but") && AUXILIARIES.has(ctx.words[k + 1] ?? "")) return -1;
  let k = to - 1;
  while (k > from && (AUXILIARIES.has(ctx.words[k]) || MODALS.has(ctx.words[k]) || /^[a-z]+ly$/.test(ctx.words[k])))
    k--;
  return SUBJECT_PRONOUNS.has(ctx.words[k]) ? -1 : told;
}
const MODALS = new Set(["will", "would", "could", "should", "may", "might", "can", "must", "did", "do", "does"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/**
 * The index in the sentence's mentions of the event's subject, or -1: the first name of the
 * sentence before the evidence, when it is not a setting; for the verb of a relative clause, the
 * person the clause is about.
 */
function subjectOf(
  ctx: ParticipantCtx,
  facts: SentenceFacts,
  evidence: TextSpan,
  trigger: { first: number } | null,
  firstToken: number,
): number {
  // With no trigger, the clause the evidence opens ("who was fired on June 20") is the verb's.
  const verb = trigger ? trigger.first : tokenAtOrAfter(ctx.doc, evidence.start);
  const antecedent = relativeAntecedent(ctx, facts.inSentence, verb, firstToken);
  if (antecedent !== -1) return antecedent;
  return facts.subject >= 0 && facts.inSentence[facts.subject].start < evidence.start ? facts.subject : -1;
}

const AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "being"]);

/**
 * "The vigil was led by Ann Roe, the sister of Tom Roe, who was stabbed in 2019": the verb of a
 * relative clause on a person is about that person, not the sentence's subject. The index in
 * `inSentence` of the person named just before ", who" ahead of the trigger (auxiliaries and
 * adverbs between), or -1. A description set off by commas between the name and ", who" is the
 * name's own: in "the mayor had an ally in Tom Vale, his former aide, who was fired in May" Vale
 * was fired. It holds no name and no verb ("Ann Roe, who sued Tom Vale, who was fired" is read
 * as before). When the clause is on someone the text does not name ("Ann Roe spoke of claims
 * against the mayor's aide, who allegedly struck a marcher last week"), UNNAMED_ANTECEDENT: the
 * sentence's subject did not do it.
 */
function relativeAntecedent(ctx: ParticipantCtx, inSentence: Placed[], trigger: number, firstToken: number): number {
  let k = trigger - 1;
  while (k > firstToken && (AUXILIARIES.has(ctx.words[k]) || /^[a-z]+ly$/.test(ctx.words[k]))) k--;
  if (k <= firstToken + 1 || ctx.words[k] !== "who" || ctx.words[k - 1] !== ",") return -1;
  const at = (comma: number) => {
    const end = ctx.doc.tokens.start[comma];
    const before = ctx.doc.tokens.start[comma - 1];
    for (let j = inSentence.length - 1; j >= 0; j--) {
      const p = inSentence[j];
      if (p.end > end) continue;
      return p.end > before && p.entity.type === "person" ? j : -1;
    }
    return -1;
  };
  const right = at(k - 1);
  if (right >= 0) return right;
  // Back over a description of up to eight lower-case words to the comma that opens it.
  let m = k - 2;
  while (m > firstToken && k - 1 - m <= 8 && DESCRIBING.test(ctx.words[m]) && !isFiniteVerbForm(ctx.words[m])) {
    if (isUpperCode(ctx.doc.text.charCodeAt(ctx.doc.tokens.start[m]))) break;
    m--;
  }
  if (m > firstToken && m < k - 2 && ctx.words[m] === ",") return at(m);
  // "Tom Vale's aide, who", "the mayor, who": a common noun, in lower case, just before the comma.
  const noun = k - 2;
  return DESCRIBING.test(ctx.words[noun]) && !isUpperCode(ctx.doc.text.charCodeAt(ctx.doc.tokens.start[noun]))
    ? UNNAMED_ANTECEDENT
    : -1;
}
/** `relativeAntecedent`'s answer for a relative clause on someone the text does not name. */
const UNNAMED_ANTECEDENT = -2;
/** The words of a description: lower-case words and possessives, no punctuation. */
const DESCRIBING = /^([a-z][a-z-]*|['’]s?)$/;

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
