// Whether an event happened, is scheduled, was called off, is denied or is only a possibility,
// read from the words around its trigger in the same clause.
import { firstAtOrAfter, lowerWords, perDoc, tokenAtOrAfter, type Doc, sentenceOf } from "../../core/doc.js";
import type { EventStatus, TimeExpression } from "../../core/schema.js";
import { isBaseVerbForm, isFiniteVerbForm } from "../quotes/verb-forms.js";
import { modifiesNoun } from "../time/resolve.js";
import { HARD_BREAKS, preventsAt } from "./attach.js";
import { CALENDAR_WORD } from "./find.js";
import { DECISION_NOUNS, inflect, THREAT_VERBS, VOW_VERBS } from "./triggers.js";

interface StatusCtx {
  doc: Doc;
  words: string[];
  published: string | null;
}

interface TriggerSpan {
  first: number;
  last: number;
  status?: EventStatus;
  /** No trigger: the span is the date itself, and only tense and modality apply to it. */
  dateOnly?: boolean;
  type?: string;
}

/** Steps that "to" before them puts ahead: "remanded to appear", "bailed to face trial". */
const AHEAD_WITH_TO = new Set(["court_hearing", "trial", "sentence"]);

const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "—", "–", "\u201c", "\u201d", '"', "but", "while", "although"]);

const DENIALS = new Set(["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed"]);
const HYPOTHETICAL = new Set([
  "could",
  "would",
  "might",
  "may",
  "if",
  "unless",
  "potential",
  "possible",
  "potentially",
  "risk",
  "risks",
  "whether",
]);
const FUTURE = new Set([
  "will",
  "shall",
  "'ll",
  "’ll",
  "scheduled",
  "upcoming",
  "expected",
  "due",
  "set",
  "plans",
  "planned",
  "going",
  "to",
]);
const PLANNED_FOR = new Set(["set", "scheduled", "slated", "planned", "due", "fixed", "listed"]);
const WILL = new Set(["will", "shall", "'ll", "’ll"]);
/** Steps an authority takes or declines: "not", "no", "never", "without" or "against" before one rules it out. */
const RULED_OUT_STEPS = new Set(["arrest", "charge", "trial", "conviction", "sentence"]);
const NOT_TAKEN = new Set(["not", "no", "never", "without"]);
/**
 * A negation, also contracted onto its auxiliary ("isn’t", "wasn't"). "Against" rules a step out
 * only as a choice not to take it, before a verb in -ing ("decided against charging him", "against
 * recommending charges"): "appealed against the sentence" or "protested against his arrest" opposes
 * a step that was taken. `near` runs backwards from the trigger, so the word after `near[k]` is
 * `near[k - 1]`, or the trigger itself.
 */
const notTaken = (near: string[], trigger: string) => (w: string, k: number) =>
  (NOT_TAKEN.has(w) && !(w === "no" && near.slice(0, k).some((v) => OF_ANOTHER.test(v)))) ||
  /n['’]t$/.test(w) ||
  (w === "against" && /[a-z]ing$/.test(k ? near[k - 1] : trigger));
/**
 * "gave no reason for detaining him", "no date was set for a trial": "no" with a preposition after
 * it before the step negates another noun, of which the step is the complement.
 */
const OF_ANOTHER = /^(for|of|about|over|behind|to|in|on|at|with)$/;
const APPEAL = new Set(inflect("appeal"));
/** What follows an appeal's verb before the decision it names: "against" or a determiner. */
const APPEALED = /^(against|the|his|her|their|its|this|that|a|an)$/;
const CANCELLERS_AFTER = new Set(["abandoned", "cancelled", "canceled", "halted", "collapsed", "scrapped", "dropped"]);

const ANYONE = new Set(["anyone", "anybody", "everyone", "everybody"]);
/** Acts whose negation says they did not take place. */
/** Verbs of calling for a step: "recommend that", "ask that", "urge that". */
const URGED = /^(recommend|ask|urge|propose|suggest|demand|request|want)(s|ed)?$/;
const NEGATABLE = new Set(["attack", "investigation", "sanction"]);
/** "did not", "wasn't", "has not been": a negation on an auxiliary. */
const notAfterAux = (before: string[], w: string) =>
  /n['’]t$/.test(w) || (w === "not" && AUXILIARY.test(before[before.indexOf(w) + 1] ?? ""));
const AUXILIARY = /^(did|does|do|was|were|is|are|has|have|had|been)$/;

/** The status of the event stated by `trigger`, optionally dated by `time`. */
export function statusOf(ctx: StatusCtx, trigger: TriggerSpan, time: TimeExpression | null): EventStatus {
  if (trigger.status) return trigger.status;
  const { doc, words } = ctx;
  const sentence = doc.tokens.sentence[trigger.first];
  const before: string[] = [];
  for (let k = trigger.first - 1; k >= 0 && k >= trigger.first - 8; k--) {
    if (doc.tokens.sentence[k] !== sentence || CLAUSE_BREAKS.has(words[k])) break;
    before.push(words[k]);
  }
  const after: string[] = [];
  for (let k = trigger.last; k < words.length && k < trigger.last + 4; k++) {
    if (doc.tokens.sentence[k] !== sentence || CLAUSE_BREAKS.has(words[k])) break;
    after.push(words[k]);
  }
  const near = before.slice(0, 4);
  // "would not be charged if he paid the fine": a step whose words hold its modal ("will not be
  // prosecuted") is a condition's outcome when "if" or "unless" follows.
  const own = words.slice(trigger.first, trigger.last);
  if (own.some((w) => WILL.has(w) || w === "would") && after.some((w) => w === "if" || w === "unless"))
    return "hypothetical";
  if (time && plannedFor(ctx, time)) return "scheduled";
  // "in case the minister ordered a blockade": a step in a clause of condition may not come.
  if (before.some((w, k) => w === "case" && before[k + 1] === "in")) return "hypothetical";
  // "troops sent to prevent raids on the border": what a step was taken to prevent is no happening.
  if (near.some((_, k) => preventsAt(words, trigger.first - 1 - k))) return "hypothetical";
  if (trigger.dateOnly) {
    if (before.some((w, k) => HYPOTHETICAL.has(w) && (w !== "may" || modalMay(ctx, trigger.first - 1 - k))))
      return "hypothetical";
    if (isFuture(before)) return "scheduled";
    return aheadOfPublication(ctx, time) ? "scheduled" : "happened";
  }
  // "will no longer face prosecution", "the trial was abandoned", "called off".
  if (has(before, "no") && has(before, "longer")) return "cancelled";
  if (after.some((w) => CANCELLERS_AFTER.has(w)) && (after[0] === "was" || after[0] === "has" || after[0] === "were"))
    return "cancelled";
  if (after[0] === "called" && after[1] === "off") return "cancelled";
  // "had been due to face trial": a plan the story has overtaken.
  if (
    has(before, "had") &&
    has(before, "been") &&
    (has(before, "due") || has(before, "scheduled") || has(before, "set"))
  )
    return "cancelled";
  // "The hearing was set for January", "the trial is scheduled for May": a plan for a day, also
  // when told after that day.
  if (/^(was|were|is|are|has|had|been)$/.test(after[0] ?? "") && PLANNED_FOR.has(after[1] ?? "") && after[2] === "for")
    return "scheduled";
  // "will not face trial", "won't be charged": a step ruled out.
  if ((has(before, "not") || has(before, "never")) && before.some((w) => WILL.has(w))) return "cancelled";
  if (before.some((w) => w === "won't" || w === "won’t")) return "cancelled";
  // "is expected to appeal against the sentence", "will appeal his conviction": a decision appealed
  // was given; what lies ahead is the appeal.
  // Not "an appeals court ruling", the court's own.
  if (
    DECISION_NOUNS.has(words[trigger.first]) &&
    near.some((w, k) => APPEAL.has(w) && APPEALED.test(near[k - 1] ?? ""))
  )
    return "happened";
  // "decided against recommending charges", "released without charge", "was never charged": a
  // legal step ruled out or left untaken did not happen.
  if (trigger.type && RULED_OUT_STEPS.has(trigger.type) && near.some(notTaken(near, words[trigger.first])))
    return "cancelled";
  // "did not recommend that she face charges", "never asked that he be tried": a step in the
  // clause of a wish or a call that was not made is ruled out too.
  const that = before.indexOf("that");
  if (
    trigger.type &&
    RULED_OUT_STEPS.has(trigger.type) &&
    that >= 0 &&
    URGED.test(before[that + 1] ?? "") &&
    /^(not|never|n['’]t)$/.test(before[that + 2] ?? "")
  )
    return "cancelled";
  if (near.some((w) => DENIALS.has(w))) return "denied";
  const intended = intendedBy(before);
  if (intended) return intended;
  // "Anyone who attacks him pays for it": an act of nobody in particular is a possibility, not a
  // happening ("whoever hacked the server" did it, though unnamed).
  if (before.some((w, k) => w === "who" && ANYONE.has(before[k + 1] ?? ""))) return "hypothetical";
  // "The server was never hacked", "police did not investigate": an act said not to have
  // happened is denied (a legal step ruled out is cancelled, above).
  if (
    trigger.type &&
    NEGATABLE.has(trigger.type) &&
    near.slice(0, 2).some((w) => w === "never" || notAfterAux(before, w))
  )
    return "denied";
  // "announced … would begin hearings": "would" after a reporting verb is the future seen from the past.
  if (before.includes("would") && reportedEarlier(ctx, trigger.first)) return "scheduled";
  // "may" is a modal only in lower case: "May" is the month or a name.
  if (before.some((w, k) => HYPOTHETICAL.has(w) && (w !== "may" || modalMay(ctx, trigger.first - 1 - k))))
    return "hypothetical";
  // "He should have been arrested": what ought to have happened did not.
  if (modalPerfectBefore(words, trigger.first)) return "hypothetical";
  if (isFuture(before)) return "scheduled";
  // "awaiting trial", "awaits sentencing": the step lies ahead.
  if (before[0] === "awaiting" || before[0] === "awaits" || before[0] === "await") return "scheduled";
  if (before[0] === "to" && trigger.type && AHEAD_WITH_TO.has(trigger.type)) return "scheduled";
  if (aheadOfPublication(ctx, time)) return "scheduled";
  return "happened";
}

/** What may stand between such a verb and "to": a day ("on Monday", "last week"), "again", an adverb. */
const TO_GAP = (w: string) => /^(on|in|last|this|early|late|again|[a-z]+ly)$/.test(w) || CALENDAR_WORD(w);

/**
 * "The gang threatened on Friday to burn the depot", "the mayor vowed to arrest the looters", "a
 * threatened strike": a step threatened is a possibility, one vowed, pledged or promised is meant
 * to come; neither is a step taken. The verb stands before the step's "to", perhaps over a day
 * or an adverb, or right before the step as a participle. `before` runs backwards from the step.
 */
function intendedBy(before: string[]): EventStatus | null {
  let k = 0;
  if (before[0] === "to") {
    k = 1;
    while (k < before.length && TO_GAP(before[k])) k++;
  }
  // Right before the step, only the participle: "a threatening letter" was sent.
  else if (!before[0]?.endsWith("ed")) return null;
  if (THREAT_VERBS.has(before[k] ?? "")) return "hypothetical";
  if (VOW_VERBS.has(before[k] ?? "")) return "scheduled";
  return null;
}

/** Past forms of a threat or a pledge ("threatened", "pledged", "vowed"). */
const THREATENED_OR_VOWED = new Set([...THREAT_VERBS, ...VOW_VERBS].filter((w) => w.endsWith("ed")));
/** Words that open another clause or step between a threatened step and a date after it. */
const OTHER_CLAUSE = /^(and|or|that|which|who|whom|when|where|after|before|since|until|if|unless|because|as)$/;

/**
 * "The gang threatened to burn the depot on Monday", "pledged to cut fares last week": a day
 * already past, told after the step that a threat or a pledge names, is the day the threat or the
 * pledge was made; the step has not come ("threatened to strike next month" dates the strike, and
 * "had promised to resign on Monday" the resignation: the pluperfect puts the pledge before that day).
 * Returns the token of the verb of threat or pledge, or -1.
 */
export function threatOrPledgeBefore(ctx: StatusCtx, tf: number, tl: number, time: TimeExpression): number {
  if (!time.value || aheadOfPublication(ctx, time) || mayLieAhead(ctx, time)) return -1;
  const { doc, words } = ctx;
  // "vowed to go on regardless of Tuesday's results": a day in the possessive names a thing.
  if (/^['\u2019]s$/.test(words[tl] ?? "")) return -1;
  const floor = sentenceOf(doc, tf).firstToken;
  for (let k = tf - 1; k > floor && k >= tf - 10; k--) {
    if (CLAUSE_BREAKS.has(words[k]) || OTHER_CLAUSE.test(words[k])) return -1;
    if (words[k] !== "to") continue;
    let v = k - 1;
    while (v > floor && TO_GAP(words[v])) v--;
    // "had promised to resign on Monday": a pledge told in the pluperfect came before the day.
    return THREATENED_OR_VOWED.has(words[v]) && words[v - 1] !== "had" ? v : -1;
  }
  return -1;
}

/**
 * "this summer", "this year", "later this month": a stretch coarser than a day that holds the day
 * of publication may lie ahead of it, unless the words put it behind ("last week", "earlier this
 * month").
 */
function mayLieAhead(ctx: StatusCtx, time: TimeExpression): boolean {
  const value = time.value ?? "";
  if (!ctx.published || value.length >= 10 || value !== ctx.published.slice(0, value.length)) return false;
  return !/^(last|earlier|past|the past)\b/i.test(time.text);
}

/**
 * A date after the day of publication lies ahead; so does "next week" or "later this month",
 * whose value, at the month's precision, may be the month of publication itself ("a hearing next
 * week"). "The next week" and "the following month" count from the story's own time, not today.
 */
function aheadOfPublication(ctx: StatusCtx, time: TimeExpression | null): boolean {
  if (!time?.value || !ctx.published) return false;
  if (time.value > ctx.published.slice(0, time.value.length)) return true;
  if (time.kind !== "relative") return false;
  const opening = /^(next|coming|later this)\b/i.exec(time.text);
  if (!opening) return false;
  const before = ctx.doc.text.slice(Math.max(0, time.start - 10), time.start);
  return !/\b(the|a|that|following)\s*$/i.test(before);
}

/**
 * "He plotted a fake breakout for 21 May", "the raid was planned for the Friday": the date after
 * "for" is when the plan was to be carried out, which says nothing of whether it was. Read back
 * from "for" over at most eight words of its clause to a verb of planning.
 */
function plannedFor(ctx: StatusCtx, time: TimeExpression): boolean {
  const { doc, words } = ctx;
  let k = tokenAtOrAfter(doc, time.start) - 1;
  if (words[k] === "the") k--;
  if (words[k] !== "for") return false;
  const sentence = doc.tokens.sentence[k];
  for (let j = k - 1; j >= 0 && j >= k - 8 && doc.tokens.sentence[j] === sentence; j--) {
    if (CLAUSE_BREAKS.has(words[j])) return false;
    if (PLANNING.has(words[j])) return true;
  }
  return false;
}
const PLANNING = new Set(["planned", "plotted", "scheduled", "slated", "arranged", "booked"]);

function has(list: string[], word: string): boolean {
  return list.includes(word);
}

/** "will appear", "due to face", "expected to make", "set to", "is to be sentenced". */
function isFuture(before: string[]): boolean {
  for (let k = 0; k < before.length; k++) {
    const w = before[k];
    if (!FUTURE.has(w)) continue;
    if (w === "will" || w === "shall" || w === "'ll" || w === "’ll" || w === "upcoming" || w === "scheduled")
      return true;
    // before[] runs backwards: before[k-1] is the word after w.
    if (
      (w === "due" || w === "expected" || w === "set" || w === "plans" || w === "planned" || w === "going") &&
      before[k - 1] === "to"
    )
      return true;
    // "is to be sentenced", "ministers are to meet on Wednesday": an arrangement.
    if (
      w === "to" &&
      (before[k + 1] === "is" || before[k + 1] === "are") &&
      (before[k - 1] === "be" || isBaseVerbForm(before[k - 1] ?? ""))
    )
      return true;
  }
  return false;
}

function modalMay(ctx: StatusCtx, token: number): boolean {
  return ctx.doc.text.charCodeAt(ctx.doc.tokens.start[token]) === 109; // "m"
}

const REPORTING = new Set(["said", "announced", "told", "confirmed", "stated", "revealed", "added", "warned", "says"]);

function reportedEarlier(ctx: StatusCtx, token: number): boolean {
  const sentence = ctx.doc.tokens.sentence[token];
  for (let k = token - 1; k >= 0 && ctx.doc.tokens.sentence[k] === sentence; k--) {
    if (REPORTING.has(ctx.words[k])) return true;
  }
  return false;
}

/** A modal of what did not or may not have happened, perhaps with "not" and "have" joined to it. */
const MODAL_PERFECT = /^(would|could|might|should)(n['’]t)?(['’]ve)?$/;
/** What may stand between such a modal and its verb: "not", "never", "have", "been", an adverb. */
const MODAL_CHAIN = /^(not|n['’]t|never|also|still|only|have|['’]ve|been|[a-z]+ly)$/;
/** Words that open another clause: a relative or a subordinating word. */
const CLAUSE_OPENERS = new Set(
  "that which who whom whose when whenever where if unless after before since while as because until once".split(" "),
);

/** A comma or a hard break ends a clause. */
const edge = (w: string) => w === "," || HARD_BREAKS.has(w);

/**
 * Where a document's clause edges and modals stand, found once per document: the clause around
 * each date, and the modals in it, were read word by word for every date, so one long clause full
 * of dates (a transcript written without commas) grew with its square.
 */
const clauseMarks = perDoc((doc) => {
  const edges: number[] = [];
  const modals: number[] = [];
  lowerWords(doc).forEach((w, k) => {
    if (edge(w)) edges.push(k);
    if (MODAL_PERFECT.test(w)) modals.push(k);
  });
  return { edges, modals };
});

/**
 * "should have been arrested", "would not have charged", "might've been shot": a modal with "have"
 * just before the step at token `first` (over "not", "been" or an adverb), which tells of a step
 * that did not happen, or only may have.
 */
export function modalPerfectBefore(words: string[], first: number): boolean {
  let k = first - 1;
  let perfect = false;
  while (k >= 0 && first - k <= 5 && MODAL_CHAIN.test(words[k])) {
    if (words[k] === "have" || /^['’]ve$/.test(words[k])) perfect = true;
    k--;
  }
  return k >= 0 && MODAL_PERFECT.test(words[k]) && (perfect || /['’]ve$/.test(words[k]));
}

/**
 * "The bridge would have opened in 2031", "Last spring, the plant could have closed", "Monday
 * would have been her ninetieth birthday": a modal with "have" tells what did not happen, or what
 * only may have; the date of its clause is no happening. When a step is found (`trigger`), the
 * modal must stand just before it ("would not have prevented"). The modal and the date share one
 * clause: none opens between them ("would have won when he ran in 2031", "a fire on Sunday that
 * may have been set"), and no verb stands between a date and a modal after it. A date that names
 * a thing ("the May 4 launch", "Sunday's debate") dates that thing, and "would have to" is what
 * someone must do. A date opening its sentence before a comma belongs to the clause after it.
 */
export function counterfactual(
  doc: Doc,
  words: string[],
  tf: number,
  tl: number,
  trigger: { first: number; last: number } | null,
): boolean {
  if (/^(['’]s|['’])$/.test(words[tl] ?? "") || modifiesNoun(words, tf, tl)) return false;
  const s = sentenceOf(doc, tf);
  const { edges, modals } = clauseMarks(doc);
  let from = Math.max(s.firstToken, (edges[firstAtOrAfter(edges, tf, (x) => x) - 1] ?? -1) + 1);
  let to = trigger ? Math.max(tl, trigger.last) : tl;
  if (from === s.firstToken && words[to] === ",") to++;
  if (to < s.lastToken) to = Math.min(s.lastToken, edges[firstAtOrAfter(edges, to, (x) => x)] ?? Infinity);
  if (trigger) from = Math.max(from, trigger.first - 5);
  const end = trigger ? trigger.first : to;
  for (let i = firstAtOrAfter(modals, from, (x) => x); i < modals.length && modals[i] < end; i++) {
    const m = modals[i];
    if (CLAUSE_OPENERS.has(words[m - 1] ?? "")) continue;
    let k = m + 1;
    let perfect = /['’]ve$/.test(words[m]);
    while (k < to && MODAL_CHAIN.test(words[k])) {
      if (words[k] === "have" || /^['’]ve$/.test(words[k])) perfect = true;
      k++;
    }
    if (!perfect || words[k] === "to" || (trigger && k !== trigger.first)) continue;
    const between = m < tf ? words.slice(k, tf) : words.slice(tl, m);
    if (between.some((w) => CLAUSE_OPENERS.has(w))) continue;
    if (m > tf && between.some((w) => isFiniteVerbForm(w) || /^[a-z]{3,}ed$/.test(w))) continue;
    return true;
  }
  return false;
}
