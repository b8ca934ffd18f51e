// Which trigger owns a date: the cost of pairing them (distance plus clause boundaries), and
// the patterns of English that move a date away from a trigger (conduct, discovery, reported
// clauses, deadlines, datelines).
import { tokenAtOrAfter, tokenText, type Doc, sentenceOf } from "../../core/doc.js";
import { EVENT_TYPES, type EventType, type TimeExpression } from "../../core/schema.js";
import { PHRASE_ENDS } from "../time/lexicon.js";
import { isFiniteVerbForm, isIrregularPastForm, isPresentVerbForm } from "../quotes/verb-forms.js";
import type { TriggerMatch } from "./find.js";
import { DETERMINERS, FRONTED_PREPOSITIONS, WEEKDAYS } from "../quotes/speaker-words.js";
import { CLOSED_CLASS } from "../entities/lexicon.js";
import prevention from "../../lexicon/prevention-verbs.json" with { type: "json" };
import speechCues from "../../lexicon/speech-cues.json" with { type: "json" };

/** Types worth an event even when the text gives no date: the milestones of a case. */
export const MILESTONES = new Set<EventType>(EVENT_TYPES.filter((t) => t !== "statement" && t !== "other"));

/** Beyond this cost a date is not about the trigger: it is an event of its own ("other"). */
export const MAX_COST = 12;

const PREVENTION = new Set(prevention.verbs);
/**
 * "to prevent", "to help deter": a verb of keeping something from happening after "to", at token
 * `k` (src/lexicon/prevention-verbs.json, from WordNet). What it governs was aimed at, not done:
 * "a fence put up in 1990 to prevent raids" tells of no raid, and its date is the fence's. What
 * one "failed to prevent" or was "unable to avert" took place.
 */
export function preventsAt(words: string[], k: number): boolean {
  const to = words[k - 1] === "help" ? k - 2 : k - 1;
  if (PREVENTION.has(words[k])) return words[to] === "to" && !FAILED.test(words[to - 1] ?? "");
  // "measures aimed at preventing raids", "a plan for deterring thefts": the verb's gerund after a
  // preposition of aim governs what was aimed at just as well ("accused of obstructing an inquiry"
  // tells of an inquiry).
  return preventionGerund(words[k]) && GERUND_AFTER.test(words[k - 1] ?? "") && !FAILED.test(words[k - 2] ?? "");
}
/** "preventing", "deterring", "averting": the "-ing" form of a verb of prevention. */
function preventionGerund(w: string): boolean {
  if (!w.endsWith("ing")) return false;
  const stem = w.slice(0, -3);
  return PREVENTION.has(stem) || (/(.)\1$/.test(stem) && PREVENTION.has(stem.slice(0, -1)));
}
const GERUND_AFTER = /^(at|for|in|towards?)$/;
const FAILED = /^(fail|fails|failed|failing|failure|failures|unable)$/;

/** The items of a list sorted by `key` whose key lies in [lo, hi], found by binary search. */
export function within<T>(list: T[], key: (x: T) => number, lo: number, hi: number): T[] {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (key(list[mid]) < lo) a = mid + 1;
    else b = mid;
  }
  let end = a;
  while (end < list.length && key(list[end]) <= hi) end++;
  return list.slice(a, end);
}

export const HARD_BREAKS = new Set([";", ":", "(", ")", "—", "–", "-", "--", "\u201c", "\u201d", '"']);
export const SOFT_BREAKS = new Set([
  ",",
  "but",
  "while",
  "although",
  "because",
  "which",
  "who",
  "whom",
  "whose",
  "where",
]);
export const LINK_WORDS = new Set(["and", "or", "when", "after", "before", "as", "that", "since", "until"]);

/** Distance in tokens between trigger and date, plus a price for every clause boundary between them. */
export function attachmentCost(
  words: string[],
  t: TriggerMatch,
  tf: number,
  tl: number,
  sentenceStart: number,
  triggerStarts: Set<number>,
  nameGoesOn: (k: number) => boolean = () => false,
  subjectEnd = -1,
): number {
  let from: number;
  let to: number;
  let after = 0;
  if (t.last <= tf) {
    from = t.last;
    to = tf;
  } else if (t.first >= tl) {
    from = tl;
    to = t.first;
    after = 1;
  } else return 0;
  let cost = to - from + after;
  let breaks = 0;
  // "the Sept. 11, 2012, attacks": American style closes a full date with a comma after the year.
  const yearComma =
    after === 1 &&
    t.first - tl <= 2 &&
    words[tl] === "," &&
    words[tl - 2] === "," &&
    /^\d{4}$/.test(words[tl - 1] ?? "");
  // "On Monday, Senate Judiciary Committee Chairman Ann Roe (D-Ore.) sent a letter": after a date
  // that opens the sentence, its subject's name is one unit of distance however many words it
  // has, and a bracket after it is an aside.
  const fronted = after === 1 && opensSentence(words, tf, sentenceStart, subjectEnd);
  for (let k = yearComma ? from + 1 : from; k < to; k++) {
    if (fronted && nameGoesOn(k)) {
      cost--;
      continue;
    }
    if (fronted && (words[k] === "(" || (words[k] === "," && k > from))) {
      const close = appositionsEnd(words, k, to, triggerStarts);
      if (close > k) {
        cost -= close - k;
        k = close;
        continue;
      }
    }
    // The comma that closes the opening date is no clause boundary.
    if (fronted && k === from && words[k] === ",") continue;
    // "Last week, the leader, whose party has cut its deficit, told them": a relative clause set
    // off by commas is an aside; the verb after it is the one the opening date belongs to.
    const aside = asideEnd(words, k, to);
    if (aside > k) {
      cost -= aside - k;
      k = aside - 1;
      continue;
    }
    // "called the plan “a disgrace” on Monday": a few words in quotation marks inside the clause
    // are words of it, not a break.
    const quoted = shortQuote(words, k, to);
    if (quoted > k) {
      k = quoted - 1;
      continue;
    }
    const w = words[k];
    // "Analysts say that is the bar; in 2012 the party missed it": a semicolon joins two
    // sentences, and a date on one side is not the other's; nor is "to prevent" between them.
    if (w === ";" || preventsAt(words, k)) cost += MAX_COST;
    if (HARD_BREAKS.has(w)) cost += 6;
    else if (SOFT_BREAKS.has(w)) cost += 3;
    else if (LINK_WORDS.has(w)) cost += 2;
    if (HARD_BREAKS.has(w) || SOFT_BREAKS.has(w)) breaks++;
  }
  // "…, the profile said" after a dated clause attributes the whole sentence: the date is not
  // the statement's. A date opening the sentence ("On Monday, the lawyer said") is.
  // Likewise a date inside a relative clause ("who was questioned in late 2021, was convicted")
  // belongs to that clause, not to the verb after it.
  if (after && breaks && !opensSentence(words, tf, sentenceStart, subjectEnd)) cost += MAX_COST;
  // "withheld the memo in 2014 that would have revealed it", "stood by on Tuesday in case he ordered it": a
  // clause or condition opened right after the date tells of something else; the date is the verb's before it.
  if (after && opensOtherClause(words, tl) && tf - sentenceStart > 2) cost += MAX_COST;
  // A trigger whose discovery or report lies between it and the date ("the attack … was
  // identified in October 2022"), or the sentence's own predicate ("…, met officials on Monday"), does not own the date.
  if (t.last <= tf && ownVerbBetween(words, from, to, triggerStarts)) cost += MAX_COST + 8;
  // "the attack in Lorton shocked the town on Monday", "video of the shooting, watched it on
  // Thursday": a verb of another act, told after a noun trigger, owns the date after it.
  const noun = t.noun || /^(the|a|an|this|that|its|their|his|her|'s|\u2019s)$/.test(words[t.first - 1] ?? "");
  if (noun && t.last <= tf && activeVerbBetween(words, from, to, triggerStarts)) cost += MAX_COST + 8;
  // "On Monday, Ann Roe invoked the Brayford attacks as a warning": a date opening the sentence
  // dates its verb, and a noun trigger that verb takes as a thing already known is only referred to.
  // ("the Brayford attacks": a trigger not in the past tense that ends the object is its noun.)
  if ((noun || !/ed$/.test(words[t.first])) && fronted && definiteObjectOf(words, from, to, triggerStarts))
    cost += MAX_COST + 8;
  // "said Tom Hale, who left for Oslo on Friday", "predicted a win in Ohio, which votes on 1 May":
  // a relative clause still open at the date tells of someone (or, after a verb, something) else,
  // and the date is that clause's, not the trigger's before it.
  if (t.last <= tf && openRelativeBetween(words, from, to, noun)) cost += MAX_COST + 8;
  // "About 500 people have been killed since rebels took up arms in 2019": a clause opened by
  // "since" tells what began the stretch, and its date is that clause's verb's, not the step's.
  if (t.last <= tf && sinceClauseBetween(words, from, to, triggerStarts)) cost += MAX_COST + 8;
  // "Prosecutors said he downloaded files in June 2022": a date inside the reported clause
  // dates what was reported, not the saying.
  // So does "the court heard he fled on 3 May": what a court hears is reported too.
  const reports = t.type === "statement" || words[t.last - 1] === "heard";
  if (
    reports &&
    t.last <= tf &&
    reportedClauseBetween(words, noun ? reducedRelativeEnd(words, from, to) : from, to, triggerStarts, noun)
  )
    cost += MAX_COST + 8;
  return cost;
}

/** A relative word, "that", or a condition ("if", "unless", "in case") at `k`: it opens another clause. */
function opensOtherClause(words: string[], k: number): boolean {
  const w = words[k];
  return RELATIVES_AND_THAT.has(w) || w === "if" || w === "unless" || (w === "in" && words[k + 1] === "case");
}

/** A verb between a trigger and the date after it that owns that date (`passiveVerbBetween`, `predicateAfterComma`). */
function ownVerbBetween(words: string[], from: number, to: number, triggerStarts: Set<number>): boolean {
  return passiveVerbBetween(words, from, to) || predicateAfterComma(words, from, to, triggerStarts);
}

/**
 * "Vale, who wants the minister to resign over the latest bombing, met officials on Monday": the
 * date after the sentence's own predicate is that verb's, not a step named before it.
 * ", met officials", ", signed the accord": a finite verb (a past in "-ed" or a listed form) that
 * is no trigger, right after a comma and followed by a word that opens its object (no
 * preposition, particle or adverb: not ", carried out", ", claimed by rebels").
 */
function predicateAfterComma(words: string[], from: number, to: number, triggerStarts: Set<number>): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    const w = words[k];
    if (words[k - 1] !== "," || triggerStarts.has(k) || EXISTENCE_VERBS.has(w)) continue;
    if (!isFiniteVerbForm(w) && !(w.length > 4 && w.endsWith("ed"))) continue;
    if (/^[a-z0-9]/.test(words[k + 1]) && !CLOSED_CLASS.has(words[k + 1])) return true;
  }
  return false;
}

/**
 * A past-tense verb in the active voice, with its object or an adverb after it ("shocked the town",
 * "resonated widely"), that is no trigger and does not only say that the event took place ("the
 * raid occurred early on Thursday"): not a participle of the noun ("the charges filed on Monday",
 * "the attack carried out in May"), nor after "be" or "have".
 */
function activeVerbBetween(words: string[], from: number, to: number, triggerStarts: Set<number>): boolean {
  for (let k = from; k < to - 1; k++) {
    const w = words[k];
    if (w.length <= 4 || !w.endsWith("ed") || triggerStarts.has(k) || EXISTENCE_VERBS.has(w)) continue;
    if (AUXILIARY.test(words[k - 1] ?? "")) continue;
    if (
      /^(the|a|an|it|them|him|her|his|its|their|this|that|these|those)$/.test(words[k + 1]) ||
      (/..ly$/.test(words[k + 1]) && !TIME_ADVERBS.test(words[k + 1]))
    )
      return true;
  }
  return false;
}

/**
 * A past-tense verb in the active voice followed by "the" whose noun phrase runs, with no comma or
 * clause break, to the trigger at `to` ("watched the video of the shooting"): the trigger names a
 * happening the verb refers to. Not a verb that makes, begins, ends or times the happening itself
 * ("completed the takeover", "postponed the trial"), nor one after "be" or "have".
 */
function definiteObjectOf(words: string[], from: number, to: number, triggerStarts: Set<number>): boolean {
  for (let k = Math.max(from, to - 9); k < to - 1; k++) {
    const w = words[k];
    if (w.length <= 4 || !w.endsWith("ed") || words[k + 1] !== "the") continue;
    if (triggerStarts.has(k) || EXISTENCE_VERBS.has(w) || ASPECT_VERBS.has(w)) continue;
    if (AUXILIARY.test(words[k - 1] ?? "")) continue;
    let open = true;
    for (let j = k + 2; j < to && open; j++)
      if (HARD_BREAKS.has(words[j]) || SOFT_BREAKS.has(words[j]) || LINK_WORDS.has(words[j])) open = false;
    if (open) return true;
  }
  return false;
}

/**
 * Verbs that make, begin, carry on, end or time a happening named by their object ("launched the
 * raid", "issued the statement", "returned the verdict", "postponed the trial").
 */
const ASPECT_VERBS = new Set([
  "released",
  "issued",
  "delivered",
  "published",
  "filed",
  "returned",
  "reached",
  "imposed",
  "handed",
  "launched",
  "opened",
  "completed",
  "concluded",
  "finished",
  "finalized",
  "finalised",
  "resumed",
  "continued",
  "staged",
  "conducted",
  "mounted",
  "postponed",
  "delayed",
  "scheduled",
  "rescheduled",
  "cancelled",
  "canceled",
  "adjourned",
  "suspended",
  "halted",
]);

/**
 * A ", who …" (or ", whom", ", whose") clause opened between `from` and `to` and not closed by a
 * comma before `to`; after a verb, ", which …" too. After a noun trigger, "which" may be the event
 * itself ("the shooting, which occurred on Tuesday"); "who" never is.
 */
function openRelativeBetween(words: string[], from: number, to: number, noun: boolean): boolean {
  for (let k = from; k < to - 1; k++) {
    if (words[k] !== ",") continue;
    const w = words[k + 1];
    // "the Paris attacks, which occurred last year": "which" right after the trigger is the event.
    if (!(PERSON_RELATIVES.has(w) || (w === "which" && !noun && k - from >= 2))) continue;
    if (asideEnd(words, k, to) === k) return true;
  }
  return false;
}
const PERSON_RELATIVES = new Set(["who", "whom", "whose"]);

/** "be", "have" or "get" before a participle: a passive or a perfect, not a verb in the active voice. */
const AUXILIARY = /^(was|were|is|are|been|be|being|has|have|had|get|got)$/;

/** Words in "-ly" that say when, not how: "occurred early on Thursday", "met weekly". */
const TIME_ADVERBS = /^(early|only|likely|daily|weekly|monthly|yearly|nightly|hourly|quarterly)$/;

function triggerBetween(triggerStarts: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (triggerStarts.has(k)) return true;
  return false;
}

const RELATIVES = new Set(["who", "whose", "which", "whom"]);
const RELATIVES_AND_THAT = new Set([...RELATIVES, "that"]);
const OPEN_QUOTES = new Set(['"', "\u201c"]);
const CLOSE_QUOTES = new Set(['"', "\u201d"]);

/** The end of a quotation of one to six words opening at k and closing before `to`; k when none. */
function shortQuote(words: string[], k: number, to: number): number {
  if (!OPEN_QUOTES.has(words[k])) return k;
  for (let j = k + 1; j < to && j <= k + 7; j++) {
    if (CLOSE_QUOTES.has(words[j])) return j > k + 1 ? j + 1 : k;
    if (!/^[a-z0-9'’&-]+$/.test(words[j])) return k;
  }
  return k;
}

/** The end of a ", who …," or "(…)" aside starting at k and closing before `to`; k when none. */
function asideEnd(words: string[], k: number, to: number): number {
  // "the Ministry of Justice (MoJ) announced": a short name in brackets is an aside too.
  if (words[k] === "(") {
    for (let j = k + 1; j < to && j <= k + 4; j++) if (words[j] === ")") return j + 1;
    return k;
  }
  // "said on ABC's “This Week” on Sunday": a programme's title in quotation marks after its
  // broadcaster or "on" is a name, not a quotation breaking the clause.
  if (/^(on|'s|’s)$/.test(words[k - 1] ?? "")) return shortQuote(words, k, to);
  if (words[k] !== "," || !RELATIVES.has(words[k + 1])) return k;
  for (let j = k + 2; j < to && j < k + 20; j++) {
    if (HARD_BREAKS.has(words[j])) return k;
    if (words[j] === ",") return j + 1;
  }
  return k;
}

/**
 * "On Thursday, the officer, who shot a man last week, was charged": token `at` lies in a relative
 * clause set off by commas between a date [tf, tl) that opens the sentence and the verb at `to`.
 * The clause's date is its own; it does not come between the opening date and the verb.
 */
export function inFrontedAside(
  words: string[],
  tf: number,
  tl: number,
  to: number,
  sentenceStart: number,
  subjectEnd: number,
  at: number,
): boolean {
  if (!opensSentence(words, tf, sentenceStart, subjectEnd)) return false;
  for (let k = tl; k < to && k < at; k++) {
    const end = asideEnd(words, k, to);
    if (end <= k) continue;
    if (at < end) return true;
    k = end - 1;
  }
  return false;
}

/**
 * The end of appositions one after another from `k`, sharing their commas ("Last month, Mara
 * Lind, 52, a former head of the port board, was jailed"); `k` when there is none.
 */
function appositionsEnd(words: string[], k: number, to: number, triggerStarts: Set<number>): number {
  let close = appositionEnd(words, k, to, triggerStarts);
  while (close > k && words[close] === ",") {
    const next = appositionEnd(words, close, to, triggerStarts);
    if (next === close) break;
    close = next;
  }
  return close;
}

/**
 * "(D-Ore.)", ", a Democrat,", ", a former army officer and an aide to the governor of Lorton,":
 * a bracket, or a phrase between commas with no verb of its own, names the subject again. Its
 * closing mark, or `k` when there is none: up to 8 words, or up to 20 for a noun phrase opened by
 * a determiner with no verb, relative word or break in it.
 */
function appositionEnd(words: string[], k: number, to: number, triggerStarts: Set<number>): number {
  const mark = words[k] === "(" ? ")" : ",";
  const long = mark === "," && DETERMINERS.has(words[k + 1] ?? "");
  let plain = true;
  for (let j = k + 1; j < to && j <= k + (long ? 20 : 8); j++) {
    if (words[j] === mark) return (j <= k + 8 || plain) && !triggerBetween(triggerStarts, k, j) ? j : k;
    if (isFiniteVerbForm(words[j]) || APPOSITION_ENDS.has(words[j]) || HARD_BREAKS.has(words[j])) plain = false;
  }
  return k;
}
/** Words that open or mark a clause: no phrase that only names its subject again holds them. */
const APPOSITION_ENDS = new Set([
  ...RELATIVES_AND_THAT,
  ...["when", "after", "before", "as", "since", "until", "while", "because"],
  ...["was", "were", "is", "are", "has", "have", "had", "said", "says"],
]);

const CLAUSE_OPENERS = new Set([
  "that",
  "he",
  "she",
  "they",
  "we",
  "i",
  "there",
  "would",
  "will",
  "could",
  "had",
  "has",
  "have",
]);
/** Verbs that only say an event took place ("the alert … occurred in January 2022"). */
const EXISTENCE_VERBS = new Set(["occurred", "happened", "started", "ended"]);

/**
 * "a statement released by the campaign on Thursday", "a letter dated 3 March": a past participle
 * right after a noun of telling, with "by" or the date after it, is a reduced relative clause that
 * says how the telling was made; it reports nothing, and the date after it is the telling's.
 * Returns where a reported clause may begin: after the participle, or `from`.
 */
function reducedRelativeEnd(words: string[], from: number, to: number): number {
  const w = words[from] ?? "";
  const next = words[from + 1] ?? "";
  return w.length > 4 && w.endsWith("ed") && (from + 1 === to || next === "by" || DATE_PREPOSITIONS.has(next))
    ? from + 1
    : from;
}

/**
 * How often, and in what share of its uses, PolNeAR train's annotators must have seen a verb report
 * speech for it to talk of what it takes as object ("launched", "opened" fall short).
 */
const TALKING_CUES = 5;
const TALKING_RATE = 0.3;
/** The forms of those verbs: "address", "discussed", "condemning". */
const TALKING_FORMS: ReadonlySet<string> = new Set(
  Object.values(speechCues.lemmas).flatMap((s) => (s.cue >= TALKING_CUES && s.rate >= TALKING_RATE ? s.forms : [])),
);

/**
 * "On Monday, the mayor was the first to address the flooding", "discussed the arrests on
 * Tuesday": a happening named by a noun that is the object of a verb of talking (one PolNeAR's
 * annotators saw report speech) is what was talked of; a date outside that object dates the talk.
 * The index of the verb of talking, its object's determiner and at most two words of it between,
 * or -1. Only for a milestone read as a noun (`noun`: "the attack", not "to attack"), with the date
 * before the noun: "the attack on Friday" keeps the
 * noun's date.
 */
export function talkedOf(words: string[], t: TriggerMatch, tl: number, noun: boolean): number {
  if (!noun || t.first < tl || !MILESTONES.has(t.type)) return -1;
  for (let k = t.first - 1; k >= tl && k >= t.first - 4; k--) {
    // "the questions about the attack": a form after a determiner is a noun.
    if (TALKING_FORMS.has(words[k])) return DETERMINERS.has(words[k - 1] ?? "") ? -1 : k;
    if (!/^[a-z][a-z'\u2019-]*$/.test(words[k]) || TALK_BREAKS.has(words[k])) return -1;
  }
  return -1;
}
const TALK_BREAKS = new Set(["and", "or", "but", "that", "which", "who", "when", "after", "before", "by", "with"]);

/** A participle's complement: "accused of", "charged with", "wanted for", "sentenced to". */
const PARTICIPLE_COMPLEMENTS = /^(of|with|for|to|over)$/;

/**
 * "hanged on Sunday a farmer accused of hoarding", "deported last week two men wanted for fraud": a
 * verb in the past, its date, then its object, a determiner and at most three words, and the
 * trigger a participle with its complement right after that object. The participle is a reduced
 * relative that describes the object, not a step taken on the verb's day. (A date that opens the
 * sentence has no verb before it.)
 */
export function describesObjectAfterDate(words: string[], t: TriggerMatch, tf: number, tl: number): boolean {
  const first = words[t.first] ?? "";
  if (!(first.length > 4 && first.endsWith("ed")) || !PARTICIPLE_COMPLEMENTS.test(words[t.first + 1] ?? ""))
    return false;
  if (
    !DETERMINERS.has(words[tl] ?? "") &&
    !/^(\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[tl] ?? "")
  )
    return false;
  if (t.first - tl > 4) return false;
  for (let k = tl + 1; k < t.first; k++) if (!/^[a-z-]+$/i.test(words[k]) || CLOSED_CLASS.has(words[k])) return false;
  let verb = tf - 1;
  while (verb > 0 && /^(on|last|this|early|late)$/.test(words[verb])) verb--;
  const w = words[verb] ?? "";
  return w.length > 4 && (w.endsWith("ed") || isIrregularPastForm(w));
}

/** "since" then a finite verb that is no trigger, before the date: "since rebels took up arms in". */
function sinceClauseBetween(words: string[], from: number, to: number, triggerStarts: Set<number>): boolean {
  const since = words.indexOf("since", from);
  if (since < 0 || since >= to - 1) return false;
  for (let k = since + 2; k < to; k++) {
    const w = words[k];
    if (triggerStarts.has(k)) return false;
    if (isFiniteVerbForm(w) || (w.length > 4 && w.endsWith("ed") && !EXISTENCE_VERBS.has(w))) return true;
  }
  return false;
}

/**
 * A clause of its own between a telling and the date: opened by "that" or a pronoun, or with a
 * verb in the past that is no trigger, regular ("Police said the gang robbed a bank in May") or,
 * after a verb of telling, irregular ("He said his men took the town on 3 May"). After a noun
 * ("comments she made on Monday", "a letter they sent in May") an irregular past is a relative
 * clause that says how the telling was made; so is a word that reads as a past after a
 * determiner or a preposition ("the Fed", "of paid leave").
 */
function reportedClauseBetween(
  words: string[],
  from: number,
  to: number,
  triggerStarts: Set<number>,
  noun: boolean,
): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (CLAUSE_OPENERS.has(w)) return true;
    if (triggerStarts.has(k)) continue;
    if (w.length > 4 && w.endsWith("ed") && !EXISTENCE_VERBS.has(w)) return true;
    if (!noun && isIrregularPastForm(w) && !NO_SUBJECT.test(words[k - 1] ?? "")) return true;
  }
  return false;
}
/** Words after which a past form is no clause's verb. */
const NO_SUBJECT = /^(the|a|an|his|her|its|their|our|this|that|of|in|on|for|to|with|by|at|from|as|and|or)$/;

/**
 * Whether the date falls inside the alleged conduct of "charged with …", "accused of …",
 * "guilty of …" ("charged with gathering information between 2019 and 2022"): then it dates
 * the conduct, not the legal step. A conduct named by a noun alone, with no verb of its own
 * ("was charged with murder on Tuesday", "pleaded guilty to two counts of fraud at Lorton Crown
 * Court last week"), tells no act that a date could hang on: a date with no year, told from the
 * story's present, is the step's. A year may reach back to the conduct ("with fraud in May 2021").
 */
export function inConductOf(
  words: string[],
  candidates: TriggerMatch[],
  best: TriggerMatch,
  tf: number,
  yearless: boolean,
): boolean {
  for (const c of candidates) {
    if (!(c.conduct || c.type === "charge") || c.noun || c.first > best.first || c.last >= tf) continue;
    let complement = words[c.matchLast - 1] === "with" || words[c.matchLast - 1] === "of" ? c.matchLast - 1 : c.last;
    // "charged a man from Leeds in the north with theft in May 2021": the complement may come
    // after the object and its description.
    for (let k = c.last; !COMPLEMENT.has(words[complement]) && k < tf && k < c.last + 12; k++) {
      if (HARD_BREAKS.has(words[k]) || CONDUCT_ENDS.has(words[k])) break;
      if (words[k] === "with" || words[k] === "of") complement = k;
    }
    if (!COMPLEMENT.has(words[complement])) continue;
    // "… charged with theft, police said on Sunday": the saying after the conduct has the date.
    if (candidates.some((o) => o.type === "statement" && !o.noun && o.first > complement && o.last <= tf)) continue;
    let inside = true;
    // "on or before 4 May", "before June": a preposition of the date itself is no clause boundary.
    const dateStart = words[tf - 1] === "before" || words[tf - 1] === "after" ? tf - 1 : tf;
    const stop = words[dateStart - 1] === "or" && words[dateStart - 2] === "on" ? dateStart - 2 : dateStart;
    // "accused of leaving a hoax device and absconding in 2023": "and" before another "-ing"
    // verb joins two acts of the conduct.
    for (let k = complement + 1; k < stop; k++)
      if (CONDUCT_ENDS.has(words[k]) && !(words[k] === "and" && /..ing$/.test(words[k + 1] ?? ""))) inside = false;
    // "accused of killing nine people in June 2015": a verb of the conduct ("-ing") that is itself
    // a trigger owns the date ("placing an article feared to be a bomb on 2 May" has none).
    if (inside && /..ing$/.test(words[best.first]) && best.first > complement && MILESTONES.has(best.type))
      return false;
    if (inside && !(yearless && offenceNamed(words, complement + 1, dateStart))) return true;
  }
  return false;
}

/**
 * Words [from, to) name an offence with no verb: "murder", "two counts of fraud", "the murder of
 * a guard at Lorton Crown Court". Not a gerund ("spying for Ruritania", "the killing" is a noun),
 * a finite verb or a participle after the first word ("offences committed"; "attempted murder" is
 * a name), nor a relative clause.
 */
function offenceNamed(words: string[], from: number, to: number): boolean {
  if (to <= from || to - from > 10) return false;
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (/^(who|whom|whose|which|that|,)$/.test(w) || isFiniteVerbForm(w)) return false;
    if (/..ing$/.test(w) && !GERUND_DETERMINERS.has(words[k - 1] ?? "")) return false;
    if (k > from && /..ed$/.test(w)) return false;
  }
  return true;
}
const GERUND_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its"]);

const COMPLEMENT = new Set(["with", "of", "to"]);
const CONDUCT_ENDS = new Set(["when", "after", "before", "following", "while", ";", "but", "and", ":", "—"]);

export function anchorPhraseEnd(words: string[], sentenceEnd: number, timeEnd: number): number {
  // "In 2021, the same year it breached the network, the agency …": an apposition that ties the
  // date to another happening is part of the date; the verb after it is the one dated.
  if (words[timeEnd] === "," && words[timeEnd + 1] === "the" && words[timeEnd + 2] === "same") {
    if (UNITS.has(words[timeEnd + 3] ?? "")) {
      for (let k = timeEnd + 4; k < sentenceEnd && k < timeEnd + 24; k++) {
        if (HARD_BREAKS.has(words[k]) || words[k] === ".") break;
        if (words[k] === ",") return k;
      }
    }
  }
  const last = words[timeEnd - 1];
  if (last !== "after" && last !== "before") return timeEnd;
  let k = timeEnd;
  while (k < sentenceEnd && k < timeEnd + 10 && !PHRASE_ENDS.has(words[k])) k++;
  return k;
}

const UNITS = new Set(["year", "month", "week", "day", "night", "morning", "evening", "afternoon"]);

/**
 * "expected to happen after 2018", "the period before 1972", "kept until 2030": a date that bounds
 * a stretch of time is no happening of its own.
 */
export function isBound(words: string[], tf: number): boolean {
  // "on or before 2 January" gives the latest date of an act: that is its date.
  return BOUNDS.has(words[tf - 1] ?? "") && words[tf - 2] !== "or";
}

/**
 * Not "since": "has worked there since 2019" dates when the work began. "Through" ends a stretch:
 * "results tallied through Wednesday", "will stay in the city through Sunday".
 */
const BOUNDS = new Set(["after", "before", "until", "till", "through"]);

/** "by 26 June", "by the end of 2025", "by early 2026". */
export function isDeadline(words: string[], tf: number): boolean {
  if (words[tf - 1] === "by") return true;
  const k = words[tf - 1] === "of" && words[tf - 3] === "the" ? tf - 4 : -1;
  return k >= 0 && words[k] === "by";
}

/**
 * A date in the sentence's opening phrase ("On Monday,", "Continuing the sell on Saturday,"). A
 * sentence that opens with its subject, a name or a pronoun (ending at token `subjectEnd`), and
 * goes on before the date has told its verb: "Tom Vale fled on 3 May, the court heard" dates the
 * flight, not the hearing ("Tom Vale on 3 May told the court" still dates the telling).
 */
function opensSentence(words: string[], tf: number, sentenceStart: number, subjectEnd: number): boolean {
  if (tf - sentenceStart > 6) return false;
  if (subjectEnd >= 0 && tf > subjectEnd && !(tf === subjectEnd + 1 && DATE_PREPOSITIONS.has(words[subjectEnd])))
    return false;
  for (let k = sentenceStart; k < tf; k++) if (HARD_BREAKS.has(words[k]) || SOFT_BREAKS.has(words[k])) return false;
  // "The exams will go ahead on 2 May, officials said": after the clause's own verb the date
  // stands inside that clause, which opens the sentence; the date does not.
  for (let k = sentenceStart + 1; k < tf; k++) if (CLAUSE_VERBS.test(words[k])) return false;
  // "The krona fell on Monday, dealers said", "Prices rallied sharply on Friday": so after a past
  // verb of its own (an irregular one, or one in "-ed" that runs straight to the date, as an
  // adjective in "-ed" before its noun does not). A phrase opened by a preposition has no verb of
  // the sentence ("In a note circulated Friday, Ann Roe said"), and a clause opened by "when" or
  // "as" tells when the main clause's act took place ("When the mill closed in 1998, the mayor
  // issued a statement").
  if (FRONTED_PREPOSITIONS.has(words[sentenceStart]) || FRONTED_CLAUSE.test(words[sentenceStart])) return true;
  for (let k = sentenceStart + 1; k < tf; k++) {
    const w = words[k];
    if (isIrregularPastForm(w)) return false;
    if (w.length > 4 && w.endsWith("ed") && runsToDate(words, k + 1, tf)) return false;
  }
  return true;
}
const FRONTED_CLAUSE = /^(when|as|while|once|whenever|if|though|although|because|whereas)$/;
/** Only an adverb in "-ly" and a preposition of time from `k` to the date at `tf`: "sharply on". */
function runsToDate(words: string[], k: number, tf: number): boolean {
  if (/..ly$/.test(words[k] ?? "")) k++;
  if (DATE_PREPOSITIONS.has(words[k] ?? "")) k++;
  return k === tf;
}
/** An auxiliary or a modal: the clause's verb has begun. */
const CLAUSE_VERBS = /^(will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had)$/;

const DATE_PREPOSITIONS = new Set(["on", "in", "at", "during", "early", "late", "earlier", "later"]);

function passiveVerbBetween(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (/^(was|were|is|are|been|be)$/.test(words[k]) && DISCOVERY_VERBS.has(words[k + 1])) return true;
  }
  return false;
}

/**
 * Verbs of finding out and telling: "the attack was identified in October 2022" dates the
 * discovery, a happening of its own. Verbs that carry the event out ("the trial was abandoned",
 * "sanctions were imposed") leave the date with the trigger.
 */
const DISCOVERY_VERBS = new Set([
  "identified",
  "discovered",
  "detected",
  "uncovered",
  "revealed",
  "disclosed",
  "reported",
  "attributed",
  "blamed",
  "found",
  "noticed",
  "exposed",
  "spotted",
  "traced",
  "publicised",
  "publicized",
]);

/** A word that looks like another verb ("figures released on Monday") between trigger and date. */
export function hasPredicate(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].length > 4 && words[k].endsWith("ed")) return true;
  return false;
}

const ANNOUNCING = new Set(["announced", "announces", "announce", "announcing", "unveiled", "unveils", "unveil"]);

/**
 * Announcing a legal step is taking it: "announced a fresh round of sanctions", "the charges,
 * announced on May 13" date the sanction or the charge, not a statement.
 */
export function announcedType(words: string[], candidates: TriggerMatch[], best: TriggerMatch): EventType {
  if (best.type !== "statement" || !ANNOUNCING.has(words[best.first])) return best.type;
  let nearest: TriggerMatch | null = null;
  let distance = Infinity;
  for (const c of candidates) {
    if (!MILESTONES.has(c.type) || !c.noun) continue;
    const d = c.first >= best.last ? c.first - best.last : best.first - c.last;
    if (d < 0 || d > 6) continue;
    const from = Math.min(c.last, best.last);
    const to = Math.max(c.first, best.first);
    if (hasClauseBreak(words, from, to)) continue;
    if (d < distance) {
      nearest = c;
      distance = d;
    }
  }
  if (nearest) return nearest.type;
  return announcesHappening(words, best.last) ? "other" : best.type;
}

/**
 * "announced today the acquisition of a rival", "unveiled on Monday the closure of two plants": what
 * is announced is a happening named by its noun ("-tion", "-sion", "-ment", "-ure" and then "of"),
 * and the event is that happening, not the telling.
 */
function announcesHappening(words: string[], from: number): boolean {
  for (let k = from; k < from + 8 && k < words.length; k++) {
    if (HARD_BREAKS.has(words[k]) || words[k] === "," || words[k] === "that") return false;
    if (!/^(the|a|an|its|their|his|her)$/.test(words[k])) continue;
    const noun = words[k + 1] ?? "";
    return /..(tion|sion|ment|ure)$/.test(noun) && words[k + 2] === "of";
  }
  return false;
}

export function hasClauseBreak(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (HARD_BREAKS.has(words[k]) || words[k] === "but") return true;
  return false;
}

/** "14-5-2024 (HONG KONG)", "LONDON, March 3 —": a dateline is when the story was filed, not a happening. */
export function isDateline(doc: Doc, words: string[], time: TimeExpression, tf: number, tl: number): boolean {
  // A date standing alone as its own sentence ("Jul 19" above the story, "Monday, March 3, 2031."
  // under a letter) stamps the page; its weekday is part of it.
  const own = sentenceOf(doc, tf);
  let alone = own.lastToken - own.firstToken <= tl - tf + 3;
  for (let k = own.firstToken; k < own.lastToken && alone; k++)
    if ((k < tf || k >= tl) && /\w/.test(words[k]) && !WEEKDAYS.has(words[k])) alone = false;
  if (alone) return true;
  const paragraph = doc.paragraphs[sentenceOf(doc, tf).paragraph];
  // A dateline's place is short; on a line of its own it may run to a few words in capitals.
  if (time.start - paragraph.start > (tl >= own.lastToken ? 60 : 30)) return false;
  // Only place names and punctuation come before a dateline's date: "said on Monday (…)" is prose.
  for (let k = tokenAtOrAfter(doc, paragraph.start); k < tf; k++)
    if (/^[a-z]/.test(doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]))) return false;
  const next = words[tl] ?? "";
  if (next === "(" || next === "—" || next === "–" || next === "-" || next === "--") return true;
  // "OSLO 2025-09-17" on a line of its own above the story: a wire's dateline, its place in capitals,
  // perhaps joined by a hyphen or an apostrophe ("PORT-AUX-ILES", "D'ARVANT").
  if (tl < own.lastToken || own.firstToken !== tokenAtOrAfter(doc, paragraph.start)) return false;
  for (let k = own.firstToken; k < tf; k++) if (CAPITALS_PLACE.test(tokenText(doc, k))) return true;
  return false;
}

/** A place name in capitals: three letters or more, parts joined by a hyphen or an apostrophe. */
const CAPITALS_PLACE = /^(?=(?:[^A-Z]*[A-Z]){3})[A-Z]+(?:['\u2019-][A-Z]+)*$/;

/** Words that open a clause of time or cause. */
const BACKGROUND = new Set(["after", "before", "since", "until", "when", "while", "because", "although", "as"]);

/**
 * "Police said on Friday they had charged a man", "A woman has been arrested, officers said on
 * Sunday": an announcement of a step just completed (perfect tense) dates that step. Only when
 * the date follows the saying directly and the step is the sentence's single milestone verb.
 */
export function announcedStep(
  words: string[],
  candidates: TriggerMatch[],
  best: TriggerMatch,
  tf: number,
  otherDates: number[],
): TriggerMatch | null {
  if (best.type !== "statement" || best.noun || best.last > tf || tf - best.last > 1) return null;
  let found: TriggerMatch | null = null;
  for (const c of candidates) {
    if (c === best || c.noun || !MILESTONES.has(c.type)) continue;
    // A step with a date of its own nearby ("who had been arrested in 2020") keeps it.
    if (otherDates.some((d) => (d > tf && d < c.first) || (d >= c.last && d <= c.last + 10) || (d < tf && d >= c.last)))
      continue;
    const before = words.slice(Math.max(0, c.first - 3), c.first);
    // A decision not to prosecute is made when it is told: "said on Monday he would not be charged".
    if (!before.some((w) => w === "had" || w === "has" || w === "have") && c.type !== "case_dropped") continue;
    // "said on Sunday that he called her weeks after he had assaulted her": a step in a clause of
    // time or cause after the saying is told as the background of what was said, not announced.
    if (c.first > tf && words.slice(tf, c.first).some((w) => BACKGROUND.has(w))) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/**
 * "On Thursday, at a rally in Vell after a long day of visits, the regional governor, a former
 * schoolteacher, told supporters ...": a date that opens the sentence dates the sentence's main
 * verb, however far off a long opening phrase and subject put it. The opening phrases (a place, a
 * clause opened by "after", "while" or "when asked", a title in quotation marks, a bracket or an
 * aside between dashes) and the subject's appositions are passed by; the first verb after them
 * is the main one. Returns that verb's trigger, or null when it is no trigger, or when a break
 * (";", ":") or the end of the sentence comes first. Called only when no trigger is in reach.
 */
export function mainVerbAfterOpeningDate(
  words: string[],
  candidates: TriggerMatch[],
  [tf, tl, end]: [number, number, number],
  sentenceStart: number,
  subjectEnd: number,
  capital: (k: number) => boolean,
): TriggerMatch | null {
  // Only words of the opening phrase before the date ("And on", "But midday", "Just"): after a
  // subject ("Shares ended lower on Monday, shedding …, dealers said") the date is that verb's.
  // A participle may open the phrase: "Reached by phone on Monday, the clerk said".
  // Not an adjective before its noun ("Leading shares fell on Monday, …"): the participle takes a
  // preposition or a determiner after it.
  const next = words[sentenceStart + 1] ?? "";
  const participle =
    /^[a-z]{3,}(ed|ing)$/.test(words[sentenceStart]) &&
    !isIrregularPastForm(words[sentenceStart]) &&
    (OPENERS.has(next) || DETERMINERS.has(next) || CLOSED_CLASS.has(next) || PARTICIPLE_OBJECTS.test(next));
  for (let k = sentenceStart; k < tf && !participle; k++)
    if (!OPENERS.has(words[k]) && !DATE_PREPOSITIONS.has(words[k])) return null;
  if (!opensSentence(words, tf, sentenceStart, subjectEnd)) return null;
  const verbAt = new Map(candidates.filter((c) => !c.noun && c.first >= tl).map((c) => [c.first, c]));
  let opening = true;
  for (let k = tl; k < end && k < tl + 40; k++) {
    const w = words[k];
    if (w === ";" || w === ":") return null;
    if (w === ",") {
      opening = true;
      continue;
    }
    const close = closingMark(words, k, end);
    if (close < 0) return null;
    if (close > k) {
      // "on the “Morning Show,” while …": a title closed by a comma inside its quotation marks.
      opening = words[close - 1] === ",";
      k = close;
      continue;
    }
    if (opening && OPENING_CLAUSE.test(w) && !capital(k)) {
      while (k < end && words[k] !== "," && words[k] !== ";") k++;
      if (words[k] !== ",") return null;
      continue;
    }
    opening = false;
    const c = verbAt.get(k);
    // "Last May, when the shop was robbed, the owner says he called the police": a telling in the
    // present is told now, and the date is what it tells of.
    if (c) return isPresentVerbForm(w) ? null : c;
    // A word of a name ("the Harbour Works Committee") is no verb.
    if (capital(k)) continue;
    // A verb of its own: a past ("opened", "met") or an auxiliary. A present in "-s" is as often a
    // plural noun of the subject ("a panel of nine engineers").
    if (isIrregularPastForm(w) || CLAUSE_VERBS.test(w) || RELATIVES_AND_THAT.has(w) || /^[a-z]{3,}ed$/.test(w))
      return null;
  }
  return null;
}
const PARTICIPLE_OBJECTS = /^(to|his|her|their|its|our)$/;
const OPENERS = new Set([...FRONTED_PREPOSITIONS, "and", "but", "then", "just", "also", "only", "yet", "so", "midday"]);
/** Words that open a clause or a participle's phrase before the subject: "after winning …,", "when asked …,". */
const OPENING_CLAUSE =
  /^(when|while|after|before|as|because|since|if|although|though|once|following|despite|amid|[a-z]{3,}ing)$/;

/** At a bracket, a dash or an opening quotation mark: the token of its closing mark (k when none opens here; -1 when it never closes). */
function closingMark(words: string[], k: number, end: number): number {
  const w = words[k];
  const close = w === "(" ? ")" : OPEN_QUOTES.has(w) ? CLOSE_QUOTES : DASHES.has(w) ? DASHES : null;
  if (close === null) return k;
  for (let j = k + 1; j < end && j <= k + 15; j++)
    if (typeof close === "string" ? words[j] === close : close.has(words[j])) return j;
  return -1;
}
const DASHES = new Set(["—", "–", "--"]);
