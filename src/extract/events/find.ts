// Triggers in the text: the trigger lexicon's patterns matched at each token, the longest
// within the sentence, with the head words that state the event separated from the context.
import { isUpperCode, type Doc, sentenceOf } from "../../core/doc.js";
import { isFiniteVerbForm, isPresentVerbForm } from "../quotes/verb-forms.js";
import type { EventStatus, EventType } from "../../core/schema.js";
import abstractNouns from "../../lexicon/abstract-nouns.json" with { type: "json" };
import communicationNouns from "../../lexicon/communication-nouns.json" with { type: "json" };
import misfortuneNouns from "../../lexicon/misfortune-nouns.json" with { type: "json" };
import thingNouns from "../../lexicon/thing-nouns.json" with { type: "json" };
import violenceNouns from "../../lexicon/violence-nouns.json" with { type: "json" };
import { ADDRESS_TITLES, COMMON_WORDS, FUNCTION_WORDS, HONORIFICS, NONACT_NOUNS } from "../entities/lexicon.js";
import { MONTHS, PERSON_FIRST_NOUNS, WEEKDAYS } from "../quotes/speaker-words.js";
import { NUMBER_WORDS, PARTS_OF_DAY } from "../time/lexicon.js";
import { counted, LENGTHS, MANY } from "./dates.js";
import { compileTriggers, DAY_OR_SPAN, TRIGGERS, type CompiledTrigger, type TriggerPattern } from "./triggers.js";

/** A trigger found in the text, in tokens. */
export interface TriggerMatch {
  type: EventType;
  /** Head tokens: the words that state the event. */
  first: number;
  last: number;
  /** The whole match, context slots included. */
  matchLast: number;
  sentence: number;
  noun: boolean;
  conduct: boolean;
  /** The pattern skips words ("appeared … court"): its span is not all trigger. */
  gap: boolean;
  /** First token of the pattern's last slot. */
  tail: number;
  /** A denial ("denied involvement in"): what its object names is not dated by a date after it. */
  denial: boolean;
  /** A telling read from a quotation's cue: the offset of the time its statement was said at, -1 for none; it owns no other date. */
  saidAt?: number;
  status?: EventStatus;
}

const COMPILED = compileTriggers(TRIGGERS);

/**
 * Whether "caught"/"captured" at or after token `i` tells a person taken (an arrest): "Detectives
 * caught the courier" takes a person as its object ("officers captured the scene on video" is no
 * arrest), and "captured by police" ends there ("captured by police cameras" is a picture taken).
 */
function capturedSomeone(doc: Doc, words: string[], i: number): boolean {
  if (/^(caught|captured)$/.test(words[i + 1] ?? "") && !/^(was|were|been)$/.test(words[i]))
    if (!personObject(doc, words, i + 1)) return false;
  if (words[i] === "captured" && /^[a-z]/.test(words[i + 3] ?? ""))
    if (!FUNCTION_WORDS.has(words[i + 3]) && !/ly$/.test(words[i + 3])) return false;
  return true;
}

/** Triggers in the text: at each token the longest pattern that matches within the sentence. */
export function findTriggers(doc: Doc, words: string[], person?: Uint8Array): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const n = words.length;
  const legislature = hearingsOfLegislature(words);
  for (let i = 0; i < n; i++) {
    const candidates = COMPILED.get(words[i]);
    if (!candidates) continue;
    // The longest match that its pattern's own conditions accept: "admitted on Friday that …" is
    // no plea, but still a telling.
    let best: { c: CompiledTrigger; ends: number[] } | null = null;
    for (const c of candidates) {
      const ends = matchAt(doc, words, c, i);
      if (!ends || (best && ends[ends.length - 1] <= best.ends[best.ends.length - 1])) continue;
      if (refusedInContext(doc, words, c.pattern, i)) continue;
      if (c.pattern.phrase && !describesOnly(words, i + 1, ends[ends.length - 2])) continue;
      best = { c, ends };
    }
    if (!best) continue;
    const p = best.c.pattern;
    // "the Federal Bureau of Investigation", "the Hogue Inquiry": a capitalised noun mid-sentence is a name.
    if (p.noun && i > sentenceOf(doc, i).firstToken && isUpperCode(doc.text.charCodeAt(doc.tokens.start[i]))) continue;
    // "is reported to have travelled", "said to be considering": hearsay, not a statement.
    if (p.type === "statement" && words[best.ends[best.ends.length - 1]] === "to") {
      const after = words[best.ends[best.ends.length - 1] + 1];
      if (after === "be" || after === "have") continue;
    }
    // "two hikers were reported missing", "a guard reported dead": a state told of someone is what
    // befell them, not a telling.
    if (p.type === "statement" && words[i] === "reported" && reportedState(words, i)) continue;
    if (words[i] === "hearing" && isGerund(words, i)) continue;
    // "held on remand on spying charges", "jailed over fraud charges": the charges are the
    // ground of another step, not a charging told here.
    if (p.type === "charge" && p.noun && groundOfAnother(doc, words, i)) continue;
    // "testified before the committee", "a Senate hearing next week": a legislature hears
    // testimony, which is an official telling, not a court's step.
    const toLegislature = HEARD.test(words[i]) && (legislature ? !courtNear(words, i) : heardByLegislature(words, i));
    if (!toLegislature && otherSense(words, i)) continue;
    if (!p.noun && namesByStep(doc, words, i)) continue;
    // "head of the ruling State Council", "the ruling Liberal Party": before a name, who rules.
    if (words[i] === "ruling" && RULING_BEFORE.test(words[i - 1] ?? "") && nameAfter(doc, words, i)) continue;
    // "voted to hold the aide in contempt for refusing to testify": a testimony refused was not given.
    if (toLegislature && words[i - 1] === "to" && /^(refus|declin)/.test(words[i - 2] ?? "")) continue;
    // "retired to consider its verdict": a verdict still being weighed is not reached.
    if (p.noun && weighed(words, i)) continue;
    // "exports declined 3 percent last year", "fees declined to $281 million": a figure after the
    // verb is a change in it, not a telling ("declined to comment" is one).
    if (p.type === "statement" && !p.noun && figureAfter(words, best.ends[best.ends.length - 1])) continue;
    // "has gone 90 days without a press conference": a telling that was not given.
    if (p.noun && p.type === "statement" && (words[i - 1] === "without" || words[i - 2] === "without")) continue;
    // "a bomb hoax", "left a fake bomb": a hoax is no attack.
    if (p.type === "attack" && (HOAX.has(words[i - 1] ?? "") || HOAX.has(words[best.ends[best.ends.length - 1]] ?? "")))
      continue;
    // "died of a heart attack in May", "suffered panic attacks": a seizure of illness or fear.
    if (p.type === "attack" && /^attacks?$/.test(words[i]) && SEIZURES.has(`${words[i - 1]} attack`)) continue;
    if (/^recaptur/.test(words[i]) && !recapturedSomeone(doc, words, i, person)) continue;
    if (p.type === "arrest" && !capturedSomeone(doc, words, i)) continue;
    if (p.type === "attack" && p.slots.some((slot) => KILLING.test(slot))) {
      const k = words.slice(i, best.ends[best.ends.length - 1]).findIndex((w) => KILLING.test(w));
      // "shot and wounded Ann Roe": the slot's other word matched, no killing to check.
      if (k >= 0 && !killedSomeone(doc, words, i + k)) continue;
    }
    // "thousands of shootings since January", "40 attacks last year": a count of happenings is a
    // figure, not one of them.
    if ((p.type === "attack" || p.type === "investigation") && counted(words, i)) continue;
    const [h0, h1] = p.head ?? [0, p.slots.length];
    // Slot k covers tokens [ends[k-1] (or i), ends[k]); a gap slot's tokens are not the head.
    const slotStart = (k: number): number => (k === 0 ? i : best.ends[k - 1]);
    let first = slotStart(h0);
    let last = best.ends[h1 - 1];
    if (p.slots[h0].startsWith("…")) first = best.ends[h0];
    if (p.slots[h1 - 1].startsWith("…")) last = slotStart(h1 - 1);
    out.push({
      // "attacked the minister over his comments": an attack in words is a telling.
      type:
        toLegislature || (p.type === "attack" && (inWords(words, i) || debated(doc, words, i) || onIdea(words, i)))
          ? "statement"
          : p.type,
      first,
      last: Math.max(last, first + 1),
      matchLast: best.ends[best.ends.length - 1],
      sentence: doc.tokens.sentence[i],
      noun: p.noun === true,
      conduct: p.conduct === true,
      gap: p.slots.some((slot) => slot.startsWith("…")),
      tail: best.ends.length > 1 ? best.ends[best.ends.length - 2] : i,
      denial: p.denial === true,
      status: p.status,
    });
  }
  wordsOnly(doc, words, out);
  if (person) personalAttacks(doc, words, out, person);
  // A position inside a longer match ("found not guilty" holds "guilty") is not a second trigger.
  // Matches are in text order and short, so only near neighbours can contain one another.
  return out.filter((t, k) => {
    for (let j = Math.max(0, k - 6); j < Math.min(out.length, k + 7); j++) {
      const o = out[j];
      if (j !== k && !o.gap && o.first <= t.first && t.last <= o.last && o.last - o.first > t.last - t.first)
        return false;
      // The last word of a pattern with a gap is part of it: "drop the charges" is no charge.
      if (j !== k && o.gap && o.tail <= t.first && t.last <= o.matchLast && o.tail > o.first) return false;
    }
    return true;
  });
}

/**
 * One sense per discourse: in an article that tells of no harm done (no other attack trigger of
 * the lexicon: no killing, shooting, bombing, hacking…) and names no weapon, fighter or violence
 * (`violence-nouns.json`: "rifle", "troops", "terrorist"), "Ann Roe attacked her rival again on
 * Monday" and "his attacks on the mayor" are attacks in words, tellings. An attack named by its
 * place or its day ("the Ruritania attacks", "the attacks in Lorton", "last night's attack"), or
 * made on a thing or a place ("the attack on the depot"), is a happening even there.
 */
function wordsOnly(doc: Doc, words: string[], out: TriggerMatch[]): void {
  const attacks = out.filter((t) => t.type === "attack");
  if (attacks.some((t) => !ATTACK_WORD.test(words[t.first]) && !OTHER_HARM.test(words[t.first]))) return;
  if (words.some((w) => inLexicon(VIOLENCE, w) || doerOfHarm(w))) return;
  for (const t of attacks)
    if (ATTACK_WORD.test(words[t.first]) && !namedAttack(doc, words, t.first) && !onThing(doc, words, t.first))
      t.type = "statement";
}
const ATTACK_WORD = /^attack(s|ed|ing)?$/;

/**
 * "Tom Vale's attacks on Ann Roe", "his sharp attacks against her", "Ann Roe attacked Tom Vale
 * again", "instead of attacking me": an attack a person makes on a person (`person` marks the
 * tokens of people's names) is made in words, a telling, when its sentence tells of no harm done:
 * no weapon or fighter (`violence-nouns.json`), no other harm or legal step of the lexicon, no
 * instrument after "with" and no place where it was done ("outside his home"). "Tom Vale attacked
 * Ann Roe with a knife", "the gunman's attack on her", "attacked her and was arrested" stay attacks.
 */
function personalAttacks(doc: Doc, words: string[], out: TriggerMatch[], person: Uint8Array): void {
  // Read once per sentence, so a long sentence of many attacks stays linear.
  const harmed = new Set<number>();
  for (const o of out)
    if (HARM_OR_STEP.has(o.type) && !(o.type === "attack" && ATTACK_WORD.test(words[o.first]))) harmed.add(o.sentence);
  // "Rival's attack" with no target is only words when the article tells of no other harm.
  const harmTold = out.some(
    (t) => t.type === "attack" && !ATTACK_WORD.test(words[t.first]) && !OTHER_HARM.test(words[t.first]),
  );
  const violent = new Map<number, boolean>();
  for (const t of out) {
    if (t.type !== "attack" || !ATTACK_WORD.test(words[t.first]) || harmed.has(t.sentence)) continue;
    const untargeted = !harmTold && untargetedOwnAttack(doc, words, t.first, person);
    if (!untargeted && !byPersonOnPerson(doc, words, t.first, person)) continue;
    let v = violent.get(t.sentence);
    if (v === undefined) {
      const s = sentenceOf(doc, t.first);
      v = false;
      for (let k = s.firstToken; k < s.lastToken && !v; k++) v = inLexicon(VIOLENCE, words[k]) || doerOfHarm(words[k]);
      violent.set(t.sentence, v);
    }
    if (!v) t.type = "statement";
  }
}
const HARM_OR_STEP = new Set([
  "attack",
  "arrest",
  "charge",
  "court_hearing",
  "trial",
  "verdict",
  "conviction",
  "sentence",
]);
const PERSON_PRONOUNS = /^(him|her|me|you|us)$/;
const SUBJECT_PERSONS = /^(he|she|i|you|we)$/;
const POSSESSIVE_PERSONS = /^(his|her|my|your)$/;
/** Words between a subject and its verb: auxiliaries, "not", adverbs ("has repeatedly attacked"). */
const SUBJECT_TO_VERB =
  /^(has|have|had|was|is|will|would|could|should|did|does|do|also|then|again|never|not|n['’]t|just|already|[a-z]+ly)$/;

/** The attack at token i is a person's, on a person named or a personal pronoun, with no instrument or place after it. */
function byPersonOnPerson(doc: Doc, words: string[], i: number, person: Uint8Array): boolean {
  const noun = /^attacks?$/.test(words[i]) && /^(on|upon|against)$/.test(words[i + 1] ?? "");
  let k = noun ? i + 2 : i + 1;
  // "on Mr. Vale", "attacked Sen. Ann Roe": a title before the name.
  while (k < i + 5 && (HONORIFICS.has(words[k]) || ADDRESS_TITLES.has(words[k]) || words[k] === ".")) k++;
  const named = person[k] === 1;
  if (named) {
    const end = Math.min(doc.tokens.count, k + 8);
    while (k < end && person[k]) k++;
  } else if (PERSON_PRONOUNS.test(words[k] ?? "")) k++;
  else return false;
  // "with a knife", "outside his home": an instrument or a place of the deed.
  const next = words[k] ?? "";
  if (next === "with" || (/^(outside|inside|near|at|in)$/.test(next) && thingAt(doc, words, k + 1))) return false;
  return noun ? possessedByPerson(words, i, person) : verbOfPerson(words, i, person, named);
}

/**
 * "Ann Roe pressed her attack", "Tom Vale's attacks grew sharper": a person's attack named with
 * no target, place or time after it ("his attack on the depot", "her attack in Lisk") and by no
 * day or place before it.
 */
function untargetedOwnAttack(doc: Doc, words: string[], i: number, person: Uint8Array): boolean {
  // "on Tuesday", "in May": a time, no target or place.
  const time = WEEKDAYS.has(words[i + 2] ?? "") || MONTHS.has(words[i + 2] ?? "");
  if (!/^attacks?$/.test(words[i]) || (UNTARGETED_ENDS.has(words[i + 1] ?? "") && !time)) return false;
  return possessedByPerson(words, i, person) && !namedHappening(doc, words, i);
}
const UNTARGETED_ENDS = new Set(
  "on upon against in at by near outside inside of that which who with during".split(" "),
);

/** "Tom Vale's attacks", "his sharp attacks", "Sanders' attack": the noun is a person's. */
function possessedByPerson(words: string[], i: number, person: Uint8Array): boolean {
  let k = i - 1;
  while (k > i - 3 && /^[a-z-]+$/.test(words[k] ?? "") && !FUNCTION_WORDS.has(words[k])) k--;
  if (POSSESSIVE_PERSONS.test(words[k] ?? "")) return true;
  if (/^['’]s$/.test(words[k] ?? "") || (/^['’]$/.test(words[k] ?? "") && /s$/.test(words[k - 1] ?? "")))
    return person[k - 1] === 1;
  return false;
}

/**
 * "The escaped inmate was recaptured on Friday", "guards recaptured him", "the recapture of two
 * prisoners": one caught again is a person. Ground taken back is no arrest ("the town was
 * recaptured by the army", "rebels recaptured the hill", "ground that will be hard to
 * recapture"): the active verb or the noun needs a person as its object; the passive or a bare
 * participle a person in its subject, read from the clause's start (after "that" or "said") to
 * the sentence's first auxiliary ("Two inmates who fled the jail were recaptured").
 */
function recapturedSomeone(doc: Doc, words: string[], i: number, person: Uint8Array | undefined): boolean {
  if (words[i] === "recapture" && /^(the|a|his|her|their|its)$/.test(words[i - 1] ?? ""))
    return words[i + 1] === "of" && personObject(doc, words, i + 1);
  const next = words[i + 1] ?? ".";
  const capital = i + 1 < doc.tokens.count && isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1]));
  if (OBJECT_STARTS.test(next) || (capital && !WEEKDAYS.has(next) && !MONTHS.has(next)) || words[i - 1] === "to")
    return personObject(doc, words, i);
  const floor = sentenceOf(doc, i).firstToken;
  let end = floor;
  while (end < i && !/^(was|were|is|are|been)$/.test(words[end])) end++;
  let start = end;
  while (start > floor && !/^(that|said|says)$/.test(words[start - 1])) start--;
  for (let k = start; k < end; k++) {
    const w = words[k];
    if (person?.[k] === 1 || /^(he|she|they|i|we)$/.test(w)) return true;
    if ([w, w.replace(/e?s$/, ""), w.slice(0, -1)].some((h) => PERSON_FIRST_NOUNS.has(h))) return true;
  }
  return false;
}

/** "Ann Roe attacked", "he has repeatedly attacked", "instead of attacking", "to stop attacking": a person's verb. */
function verbOfPerson(words: string[], i: number, person: Uint8Array, named: boolean): boolean {
  let k = i - 1;
  while (k > i - 4 && SUBJECT_TO_VERB.test(words[k] ?? "")) k--;
  const w = words[k] ?? "";
  if (person[k] || SUBJECT_PERSONS.test(w)) return true;
  // An infinitive or a gerund with no subject of its own: the person named as its object is
  // enough ("to stop attacking Ann Roe"), a pronoun is not ("fanatics who want to attack her").
  return named && /^(to|of|for|from|about|stop|started|keep|kept|began)$/.test(w) && /ing$|^attack$/.test(words[i]);
}
/**
 * "hackers", "bombers", "killers", "invaders": one who does what an attack trigger of the lexicon
 * states, named by its verb and "-er".
 */
function doerOfHarm(w: string): boolean {
  if (!/[a-z]ers?$/.test(w)) return false;
  const stem = w.replace(/s$/, "").slice(0, -1);
  return [stem.slice(0, -1), stem].some(
    (v) =>
      !ATTACK_WORD.test(v) &&
      !OTHER_HARM.test(v) &&
      (COMPILED.get(v) ?? []).some((c) => c.pattern.type === "attack" && c.slots.length === 1),
  );
}
/**
 * "Troops blasted the ridge with mortars", "the navy blasted rebel boats in May": a fighter or
 * weapon (`violence-nouns.json`, or a doer of harm: "bombers") before the verb in its sentence or
 * in what it governs up to "for", "over", "as", "that" or a comma ("blasted the mayor over the
 * war", "blasted him as a terrorist" criticise). Words of war itself ("war", "violence") name no
 * fighter: "blasted the war" is criticism.
 */
function armedClause(doc: Doc, words: string[], i: number): boolean {
  const s = sentenceOf(doc, i);
  for (let k = s.firstToken; k < s.lastToken; k++) {
    if (k > i && /^(for|over|as|that|,)$/.test(words[k])) return false;
    const w = words[k];
    if ((inLexicon(VIOLENCE, w) && !/^(war|warfare|violence|terrorism|riot|fodder)s?$/.test(w)) || doerOfHarm(w))
      return true;
  }
  return false;
}
/** Weapons, fighters, violence (src/lexicon/violence-nouns.json, from WordNet): "rifle", "troops", "assailant". */
const VIOLENCE: ReadonlySet<string> = new Set(violenceNouns.words);
/**
 * Attack triggers whose usual sense is no harm: "targeted older voters", "accessed the archive",
 * "a compromising photo", "gained access to the minister".
 */
const OTHER_HARM = /^(target|access|compromis|gain)/;

/**
 * "the Ruritania attacks", "the Sept. 11, 2001, attacks", "the attacks in Lorton", "Friday's
 * attack", "last night 's attacks", "the attack on the depot in 2019": the noun named by a place or
 * a day before it, a place after "in", or a year in its clause.
 */
function namedAttack(doc: Doc, words: string[], i: number): boolean {
  return /^attacks?$/.test(words[i]) && namedHappening(doc, words, i);
}

/** `namedAttack`'s test for any noun of a happening at token i: "Friday's shootings", "the Lorton bombings". */
function namedHappening(doc: Doc, words: string[], i: number): boolean {
  const floor = sentenceOf(doc, i).firstToken;
  const cap = (k: number) => k > floor && k < doc.tokens.count && isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]));
  // "'s" is one token, or two when the text spaces it ("night 's": "'", "s").
  const before = words[i - 1] ?? "";
  const possessive = /^['’]s$/.test(before) ? i - 2 : before === "s" && /^['’]$/.test(words[i - 2] ?? "") ? i - 3 : -1;
  if (possessive >= 0 && (DAY_WORDS.test(words[possessive] ?? "") || WEEKDAYS.has(words[possessive] ?? "")))
    return true;
  // "the Ruritania attacks", "the 2019 attacks", "the Lorton terror attacks": a name or a number
  // before the noun, perhaps before one more word.
  const k = words[i - 1] === "," ? i - 2 : i - 1;
  for (const m of [k, k - 1])
    if (m > floor && (cap(m) || /^\d/.test(words[m])))
      return m === k || (/^[a-z-]+$/.test(words[k]) && !FUNCTION_WORDS.has(words[k]));
  if (words[i + 1] === "in" && cap(i + 2)) return true;
  // "two attacks on Friday": the day right after the noun.
  if (words[i + 1] === "on" && WEEKDAYS.has(words[i + 2] ?? "")) return true;
  // "the attack on the depot in 2019", "the attacks of May 4, 2019": a year in the noun's clause.
  const end = sentenceOf(doc, i).lastToken;
  for (let m = i + 1; m <= end && m <= i + 16; m++) {
    if (/^(;|:|—|–|\(|\)|said|says)$/.test(words[m])) return false;
    if (/^(1[89]|20)\d\d$/.test(words[m])) return true;
  }
  return false;
}
const DAY_WORDS = /^(night|day|week|weekend|morning|afternoon|evening|today|yesterday|tonight)$/;

/**
 * "to prevent terrorist attacks", "lost family members to mass shootings", "home-made bombs": a
 * noun of harm in the plural with no determiner, number or name before it and no place, doer,
 * day or clause of its own after it names a kind of happening, not one the story tells of; so
 * does a noun of telling ("she often praises the ferry in speeches", "gives few interviews").
 * "the attacks", "these bombings", "two shootings", "the Lorton attacks", "attacks in Lorton",
 * "killings by Tom Roe's gang", "attacks that killed 30 people" name particular ones.
 */
export function genericPlural(doc: Doc, words: string[], t: TriggerMatch): boolean {
  const i = t.last - 1;
  // Not a verb in the present ("kills", "Ann Roe attacks the depot", "attacks him").
  if (!/^[a-z]+[^s]s$/.test(words[i] ?? "") || (!t.noun && isPresentVerbForm(words[i]))) return false;
  if (PARTICULAR.test(words[t.last] ?? "") || /^(him|her|them|us|me|you)$/.test(words[t.last] ?? "")) return false;
  if (namedHappening(doc, words, i)) return false;
  const floor = sentenceOf(doc, i).firstToken;
  // Back over the noun's modifiers ("mass", "home-made", "coordinated") to what opens its phrase.
  for (let k = t.first - 1; k >= floor && k >= t.first - 4; k--) {
    const w = words[k];
    if (PARTICULAR.test(w) || NUMBER_WORDS.has(w) || /^\d/.test(w)) return false;
    // "carried out attacks", "stepped up airstrikes": a verb's particle opens no noun phrase.
    if (!/^[a-z][a-z-]*$/.test(w) || FUNCTION_WORDS.has(w) || PARTICLES.has(w)) break;
    // "the Lorton attacks", "Lorton shootings shake the town": a name, or a headline's first word
    // that is no common word.
    if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) && (k > floor || !COMMON_WORDS.has(w))) return false;
  }
  const next = words[t.last] ?? "";
  // "attacks overnight", "the breaches in which staff took files": its time, a clause of its own.
  if (/^(overnight|yesterday|today|tonight|last|earlier)$/.test(next)) return false;
  if (/^(in|during|by)$/.test(next) && /^(which|whom)$/.test(words[t.last + 1] ?? "")) return false;
  const after = t.last + 1 < doc.tokens.count && isUpperCode(doc.text.charCodeAt(doc.tokens.start[t.last + 1]));
  // "attacks on the depot", "bombings of its offices": a particular target; "letters to the
  // mayor", "interviews with the paper": a telling's particular hearer.
  if (/^(on|upon|against|of|to|with)$/.test(next) && PARTICULAR.test(words[t.last + 1] ?? "")) return false;
  return !(/^(that|which|who|whose)$/.test(next) || (/^(by|at|near|outside|inside|of)$/.test(next) && after));
}
const PARTICLES = new Set(["out", "up", "down", "off", "away", "back"]);

/**
 * A trigger read as a noun: a pattern's own noun, or a word that is also a verb ("attack",
 * "massacre") after a determiner or a possessive, perhaps with one modifier between ("the
 * attack", "Sunday's massacre", "his murderous attack"); not "has attacked", "to attack".
 */
export function readAsNoun(words: string[], t: TriggerMatch): boolean {
  if (t.noun) return true;
  const opens = (w: string) => PARTICULAR.test(w) || w === "a" || w === "an";
  const before = words[t.first - 1] ?? "";
  if (opens(before)) return true;
  return (
    opens(words[t.first - 2] ?? "") &&
    /^[a-z][a-z-]*$/.test(before) &&
    !FUNCTION_WORDS.has(before) &&
    !isFiniteVerbForm(before)
  );
}
/** Words that open a noun phrase naming a particular thing: "the", "these", "his", "Friday's". */
const PARTICULAR = /^(the|this|that|these|those|his|her|its|their|our|my|your|['’]s|both)$/;

/**
 * "thousands of shootings since January", "40 stabbings last year": a date after a count of
 * happenings (a word of the lexicon, counted) is the period of a figure, no happening of its own.
 */
export function periodOfCount(words: string[], tf: number): boolean {
  const k = /^(in|for|during|since)$/.test(words[tf - 1] ?? "") ? tf - 2 : tf - 1;
  return COMPILED.has(words[k] ?? "") && counted(words, k);
}

/** A figure at token k, or after "to" or "by" there: "3.3 percent", "to $281 million", "by 40%". */
function figureAfter(words: string[], k: number): boolean {
  const w = words[k] === "to" || words[k] === "by" ? words[k + 1] : words[k];
  return /^[$£€]?\d[\d.,]*%?$/.test(w ?? "") && !SAYING.has(words[k - 1]);
}
/** Verbs of saying, whose object may open with a number ("said 15 people were hurt"). */
const SAYING = new Set(["said", "says", "say", "told", "tells", "reported", "reports", "wrote", "announced", "stated"]);

function matchAt(doc: Doc, words: string[], c: CompiledTrigger, i: number): number[] | null {
  const sentence = doc.tokens.sentence[i];
  const ends: number[] = [];
  let pos = i;
  for (let k = 0; k < c.slots.length; k++) {
    const slot = c.slots[k];
    if (!slot.words) {
      // A gap: find the nearest position where the next slot matches.
      const next = c.slots[k + 1];
      if (!next || !next.words) return null;
      let found = -1;
      for (let j = pos; j <= pos + slot.gap && j < words.length; j++) {
        if (doc.tokens.sentence[j] !== sentence) break;
        if (next.words.has(words[j])) {
          found = j;
          break;
        }
      }
      if (found < 0) return null;
      ends.push(found);
      pos = found;
      continue;
    }
    if (pos >= words.length || doc.tokens.sentence[pos] !== sentence || !slot.words.has(words[pos])) return null;
    pos++;
    ends.push(pos);
  }
  return ends;
}

/**
 * Words [from, to) between a noun and the participle after it only describe the noun ("a poll of
 * 400 registered voters released on Friday", "the poll, released Tuesday"): no finite verb, no
 * relative word, no break, and a comma only right after the noun or right before the participle.
 * "The poll found that the files released …" and "polls show Roe ahead; the campaign released …" are
 * two clauses. "Was", "were" or "to be" right before the participle make it passive, and then a
 * comma before them closes an aside ("Ann Roe, host of a radio show, was released"). A word that
 * names a step of its own ("a letter about the ruling released Monday") is what the participle
 * tells of.
 */
function describesOnly(words: string[], from: number, to: number): boolean {
  let k = to;
  if (words[k - 1] === "was" || words[k - 1] === "were") {
    k--;
    if (words[k - 1] === ",") return false;
  } else if (words[k - 1] === "be" && words[k - 2] === "to") k -= 2;
  for (let j = from; j < k; j++) {
    const w = words[j];
    if (w === "," ? j !== from && j !== k - 1 : !/^[a-z0-9&/-][a-z0-9.,'’&/-]*$/.test(w)) return false;
    if (/^(that|which|who|whose|and|but|or|was|were|is|are|has|have|had|said|says)$/.test(w) || isFiniteVerbForm(w))
      return false;
    if (COMPILED.get(w)?.some((c) => c.slots.length === 1)) return false;
  }
  return true;
}

/**
 * "admitted misconduct", "admits two counts": a plea. Not "was admitted", "admitted to
 * hospital", "admitted that …" (a statement) or "admitted it".
 */
function isPlea(doc: Doc, words: string[], i: number): boolean {
  const prev = words[i - 1] ?? "";
  let next = words[i + 1] ?? "";
  // "admitted Tuesday that …", "admitted on Monday that …": a day between the verb and what is admitted.
  const after = /^(on|in|last|this)$/.test(next) ? words[i + 3] : words[i + 2];
  if (after === "that" && /^(on|in|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(next))
    next = "that";
  if (/^(was|were|been|be|being|is|are)$/.test(prev)) return false;
  if (/^(that|it|this|he|she|they|we|i|you|hospital|having|being|his|her|their|the|a|an|as|in|on|at|,|\.)$/.test(next))
    return false;
  if (next === "to") return !/^(hospital|the|a|an|being|having)$/.test(words[i + 2] ?? "");
  // '"We lost," Ann Roe admitted.', "admitted: …": nothing admitted follows, so no offence.
  if (!/^[a-z0-9]/.test(next)) return false;
  // "voted for admitting Ruritania to the union", "admitting Christian refugees": letting a
  // country or people in. An offence is a common noun ("admitted fraud"; "admitted ABH" in capitals),
  // read up to a preposition ("admitted fraud at Lisk Crown Court" names the court, not the offence).
  for (let k = i + 1; k <= i + 3 && k < doc.tokens.count; k++) {
    const w = doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]);
    if (k > i + 1 && PLEA_OBJECT_ENDS.has(words[k])) break;
    if (/^[A-Z][a-z]/.test(w)) return false;
    if (PERSON_FIRST_NOUNS.has(words[k]) || PERSON_FIRST_NOUNS.has(words[k].replace(/s$/, ""))) return false;
    if (!/^[a-z-]+$/.test(words[k])) break;
  }
  return true;
}

/** Words after which an admitted offence has been named: a preposition or a conjunction. */
const PLEA_OBJECT_ENDS = new Set(["at", "in", "on", "before", "by", "during", "after", "and", "or", "when", "while"]);

/**
 * "defended the decision", "criticised them for …": a verb of speaking in the active voice, what is
 * told following it, perhaps after its date. Not "was dismissed", "and dismissed in 2022", "the plan outlined.".
 */
function isActiveTelling(words: string[], i: number): boolean {
  if (/^(was|were|been|being|be|is|are|get|got|gets)$/.test(words[i - 1] ?? "")) return false;
  if (!/^(in|on|at|by|during|since|after|before|last|this|,|\.|;|:|\))$/.test(words[i + 1] ?? ".")) return true;
  // "vowed on Thursday to keep the depot open", "described last week the plan as …": what is told, an
  // infinitive or an object, follows the day.
  let day = i + 1;
  while (day < i + 5 && /^(on|in|early|late|last|this)$/.test(words[day] ?? "")) day++;
  if (CALENDAR_WORD(words[day] ?? "")) {
    while (day < i + 6 && (CALENDAR_WORD(words[day] ?? "") || PARTS_OF_DAY.has(words[day] ?? ""))) day++;
    if (/^(to|the|a|an|his|her|its|their)$/.test(words[day] ?? "")) return true;
  }
  // "admitted on Friday that data had been lost": what is told follows the date.
  for (let k = i + 1; k < i + 7 && k < words.length; k++) {
    if (words[k] === "that") return true;
    if (/^(,|\.|;|:|\)|and|but|which|who)$/.test(words[k])) return false;
  }
  return false;
}

/** A pattern whose own condition, read in context, its words at i do not meet ("admitted" with no offence). */
function refusedInContext(doc: Doc, words: string[], p: TriggerPattern, i: number): boolean {
  return (
    (!!p.plea && !isPlea(doc, words, i)) ||
    (!!p.active && !isActiveTelling(words, i)) ||
    (!!p.victim && !harmedSomeone(doc, words, i)) ||
    (!!p.armed && !armedClause(doc, words, i)) ||
    (!!p.wrecked && !blownUp(doc, words, i)) ||
    (!!p.madePublic && !madePublic(words, i))
  );
}

/**
 * What "released" at token i makes public is findings or words: a poll, a survey, findings or a
 * noun of communication (`communication-nouns.json`, from WordNet: "memo", "letter", "video") as
 * its object ("released its annual report", "released video of the stop", "released a 2019 email
 * exchange"), or before it when the words between only describe that noun ("the memo, released
 * Tuesday", "a poll of 400 voters released on Friday", "the letters were released"). Not "released
 * two hostages", "was released from custody".
 */
function madePublic(words: string[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && /^[a-z0-9'’-]+$/.test(words[k] ?? ""); k++) {
    if (inLexicon(MADE_PUBLIC, words[k])) return true;
    if (OBJECT_ENDS.test(words[k])) break;
  }
  for (let m = i - 1; m >= 0 && m >= i - 8; m--)
    if (inLexicon(MADE_PUBLIC, words[m]) && describesOnly(words, m + 1, i)) return true;
  return false;
}
/** Findings and words (src/lexicon/communication-nouns.json, from WordNet), and polls. */
const MADE_PUBLIC: ReadonlySet<string> = new Set([...communicationNouns.words, "poll", "survey", "findings"]);

/**
 * What "blew up" destroyed is a thing or a person: its object ("blew up a pipeline", "blew up two
 * guards") or, in the passive, the subject right before the verb ("the bridge was blown up", "a
 * commander who was blown up", `whoBeforeAnd`). "a rumour that the press had blown up" names neither.
 */
function blownUp(doc: Doc, words: string[], i: number): boolean {
  if (words[i + 1] === "up") return thingAt(doc, words, i + 2) || personObject(doc, words, i + 1);
  let k = i - 1;
  if (/^(has|have|had)$/.test(words[k] ?? "")) k--;
  const subject = words[k] ?? "";
  return subject === "who" || inLexicon(THINGS, subject) || PERSON_FIRST_NOUNS.has(subject) || whoBeforeAnd(words, k);
}

/**
 * "an envoy who sought a truce and was blown up": a verb joined by "and" to one after "who" shares
 * its subject, the person. "who" is looked for up to eight words back in the clause.
 */
function whoBeforeAnd(words: string[], and: number): boolean {
  if (words[and] !== "and") return false;
  for (let j = and - 1; j >= 0 && j >= and - 8; j--) {
    if (words[j] === "who") return true;
    if (!/^[a-z0-9'’-]+$/.test(words[j])) return false;
  }
  return false;
}

/** A day, a month or a stretch of the calendar named after "on", "last" or "this". */
export const CALENDAR_WORD = (w: string) => DAY_OR_SPAN.has(w) || MONTHS.has(w);

/** "reported missing", "were reported killed": "reported" with the state of its subject after it. */
function reportedState(words: string[], i: number): boolean {
  const next = words[i + 1] ?? "";
  if (/^(missing|dead|alive)$/.test(next)) return true;
  return /^(was|were|is|are|been|being)$/.test(words[i - 1] ?? "") && /^[a-z]+ed$/.test(next);
}

/**
 * "after hearing four days of argument", "without hearing the witness": right after a preposition
 * with its object next, "hearing" is the verb, not a court's hearing ("after a hearing on Monday",
 * "after hearing of the plan" keep the noun).
 */
function isGerund(words: string[], i: number): boolean {
  // "I am hearing things", "we keep hearing that": hearing of news, not a court hearing a case
  // ("the court was hearing arguments").
  const prev = words[i - 1] ?? "";
  if (/^(am|keep|keeps|kept)$/.test(prev)) return true;
  if (/^(are|were)$/.test(prev) && /^(we|you|they|i)$/.test(words[i - 2] ?? "")) return true;
  // "tired of hearing about the audit", "afraid of hearing from them": the verb after "of", with
  // what is heard next ("the date of hearing was set" keeps the noun).
  if (prev === "of") return /^(about|from|that|what|how|it|them|him|her|this|those)$/.test(words[i + 1] ?? "");
  if (!/^(after|before|upon|on|without|while|since|by|from)$/.test(words[i - 1] ?? "")) return false;
  return !/^(of|on|in|at|into|for|over|before|after|was|is|were|will|has|had|,|\.|;|:)$/.test(words[i + 1] ?? ".");
}

/**
 * Words of the lexicon in another sense, read from the word next to them: "a trial period", "a
 * clinical trial", "the ruling party", "ruled out a retrial", "charged £300", "charged a fee".
 */
function otherSense(words: string[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1] ?? "";
  // "trial lawyers", "a trial judge": before a noun naming a person, a kind of person, not a trial.
  if (w === "trial" || w === "trials")
    return (
      TRIAL_COMPOUNDS.has(next) ||
      TRIAL_KINDS.has(words[i - 1] ?? "") ||
      PERSON_FIRST_NOUNS.has(next) ||
      PERSON_FIRST_NOUNS.has(next.replace(/s$/, ""))
    );
  // "an attack ad", "the party's attack dog": a noun before another names a kind of thing.
  if (w === "attack") return ATTACK_COMPOUNDS.has(next);
  // "robbed a shooting range", "the shooting gallery closed": a compound naming a place or a thing.
  if (w === "shooting" && inLexicon(SHOOTING_COMPOUNDS, next)) return true;
  if (HARM_MODIFIERS.test(w) && namesAKind(words, i)) return true;
  // "ruled out a retrial", "ruled that out", "not ruling anybody out": excluding, not deciding a case.
  if ((w === "ruling" || w === "ruled") && (next === "out" || words[i + 2] === "out")) return true;
  if ((w === "ruling" || w === "ruled") && governed(words, i)) return true;
  if (w === "ruling") return RULING_WHO.has(next);
  // "missed its sales targets last year", "the emissions target it set in May": the noun is an aim.
  // The bare forms are the verb only after a word that stands before a verb ("plans to target the
  // depots", "they target older servers"); "targeted" and "targeting" are always the verb.
  // "spent years under house arrest": held at home, a state; "placed under house arrest" stays an arrest.
  if (w === "arrest")
    return (
      words[i - 1] === "house" &&
      words[i - 2] === "under" &&
      !/^(placed|put|puts|placing|putting)$/.test(words[i - 3] ?? "")
    );
  // "in one sentence", "the first sentence has been changed", "after every sentence of the speech":
  // sentences counted or taken in order are a text's; a court's is long, harsh, suspended, served.
  if (w === "sentence" || w === "sentences") return TEXT_ORDER.test(words[i - 1] ?? "");
  // "was in breach of the treaty": a state of having broken a rule, not a break-in.
  if (w === "breach") return words[i - 1] === "in" && next === "of";
  if (w === "target" || w === "targets") return !BEFORE_VERB.test(words[i - 1] ?? "");
  // "shelled out $40 million", "shelling out for a lawyer": paying, not firing shells.
  if (w === "shelled" || w === "shelling") return next === "out";
  if (w === "charged" || w === "charges" || w === "charge" || w === "charging")
    return (
      /^[£$€¥\d]/.test(next) ||
      /^fees?$/.test(next) ||
      (next === "a" && /^fee/.test(words[i + 2] ?? "")) ||
      // "Critics charged that the plan failed": charging that something is so is saying it.
      (w !== "charges" && next === "that") ||
      // "a politically charged debate", "the highly charged atmosphere": full of feeling.
      (w === "charged" && /ly$/.test(words[i - 1] ?? "") && words[i - 1] !== "formally") ||
      // "verbal charges fly on both sides": accusations in words.
      words[i - 1] === "verbal" ||
      // "charged into the fray", "charging towards the gate", "the troops charged at the crowd":
      // a rush, told by where it went; not "was charged at Lorton police station".
      (w !== "charges" && CHARGED_TOWARD.test(next)) ||
      (w !== "charges" && next === "at" && !/^(was|were|been|being|is|are|be)$/.test(words[i - 1] ?? ""))
    );
  if (/^(was|were|been)$/.test(w) && next === "caught") return caughtOtherwise(words, i + 1);
  // "The film is an indictment of the war": a damning account, not a charge.
  if (w === "indictment")
    return words[i - 1] === "an" && /^(is|was|are|were|be|been|simply|completely|itself)$/.test(words[i - 2] ?? "");
  return false;
}

/**
 * "the jailed opposition leader", "took jailed cleric Tom Roe to hospital on Thursday", "more than
 * 900 convicted felons", "the four arrested men", "Jailed union leader Ann Lee wrote …": a step's
 * participle before a noun names people by what was once done to them; it tells no step here, and
 * the clause's date is another act's. Before it stands a determiner, a number, a preposition or a
 * verb in the past, or it opens the sentence; after it comes no function word, no date and no
 * punctuation, but the noun phrase it describes.
 */
function namesByStep(doc: Doc, words: string[], i: number): boolean {
  if (!STEP_PARTICIPLES.has(words[i])) return false;
  const next = words[i + 1] ?? ".";
  if (!/^[a-z]/.test(next) || FUNCTION_WORDS.has(next) || MONTHS.has(next) || WEEKDAYS.has(next)) return false;
  if (/ly$/.test(next) || /^(on|in|at|for|by|with|to|of|and|last|this|yesterday|earlier|later|without)$/.test(next))
    return false;
  const prev = words[i - 1] ?? "";
  if (i === sentenceOf(doc, i).firstToken) return isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1]));
  return (
    /^(the|a|an|his|her|their|its|our|other|several|many|some|all|these|those|of|for|against|'s|’s)$/.test(prev) ||
    NUMBER_WORDS.has(prev) ||
    /^\d[\d,]*$/.test(prev) ||
    PAST_BEFORE.has(prev)
  );
}
const STEP_PARTICIPLES = new Set(["jailed", "convicted", "detained", "arrested", "imprisoned", "indicted"]);
/** Verbs done to people held or named by a past step: "took jailed …", "released detained …", "freed jailed …". */
const PAST_BEFORE = new Set(["took", "released", "freed", "visited", "met", "moved", "transferred", "pardoned"]);

/** Where a rush goes: "charged into", "charging towards", "charged across". */
const CHARGED_TOWARD = /^(into|through|towards?|ahead|forward|across|onto|past|headlong|downhill|uphill)$/;

/**
 * "was caught on video", "were caught off guard", "caught short", "was caught in the crossfire",
 * "caught in a drought", "caught early" (an illness): seen, surprised or trapped, not taken by the
 * police. "Caught in a sting", "caught in the act", "caught by police", "caught on Monday", "caught
 * in 2021" stay arrests.
 */
function caughtOtherwise(words: string[], k: number): boolean {
  const next = words[k + 1] ?? "";
  if (/^(off|short|up|unawares|napping|early|flat-footed|sort|between)$/.test(next)) return true;
  // "caught on video", "caught on a hot mic" ("caught on Monday" is a day).
  if (next === "on")
    return /^(video|videotape|camera|cameras|tape|film|cctv|audio|mic|microphone|a|an)$/.test(words[k + 2] ?? "");
  if (next !== "in" || !/^(a|an|the|another|his|her|their|its)$/.test(words[k + 2] ?? "")) return false;
  for (let j = k + 3; j <= k + 5; j++) if (POLICE_ACTS.test(words[j] ?? "")) return false;
  return true;
}
/** What the police catch someone in: "a sting", "a raid", "the act". */
const POLICE_ACTS = /^(act|sting|stings|raid|raids|operation|operations|trap|swoop|crackdown|police|undercover)$/;

/** Nouns of harm that also name a kind of thing before another noun ("a bomb squad"). */
const HARM_MODIFIERS = /^(bomb|shooting|bombing|stabbing|kidnapping|hijack|hijacking|assassination|arson|massacre)$/;
/**
 * "received a bomb threat", "the bomb squad arrived", "a shooting club", "the kidnapping insurance":
 * a noun of harm before a noun that names no act or happening (a body, a thing, a state, words)
 * only says what kind it is, and tells of no attack. "a bomb attack", "the shooting spree", "the
 * bombing victims" still do, and so does the noun before a verb ("the bomb went off"). A gerund
 * is a noun only after a determiner ("by shooting rockets" fired them).
 */
function namesAKind(words: string[], i: number): boolean {
  const prev = words[i - 1] ?? "";
  const head = words[i + 1] ?? "";
  if (words[i].endsWith("ing") ? !KIND_DETERMINERS.test(prev) : BEFORE_VERB.test(prev)) return false;
  if (!/^[a-z]{3,}$/.test(head) || FUNCTION_WORDS.has(head) || /ed$/.test(head) || isFiniteVerbForm(head)) return false;
  return inLexicon(NONACT_NOUNS, head);
}
const KIND_DETERMINERS =
  /^(a|an|the|this|that|these|those|its|his|her|their|our|my|your|no|any|each|every|another|['’]s)$/;

/** Words that count or order the sentences of a text. */
const TEXT_ORDER =
  /^(one|two|three|four|five|single|first|second|third|opening|closing|next|following|previous|preceding|every|each)$/;

/** Words that stand before a verb, never before a noun: "to", a modal, "did", "not", a subject pronoun. */
const BEFORE_VERB =
  /^(to|will|would|could|can|may|might|must|should|shall|do|does|did|not|never|also|often|they|we|i|you|he|she|it|who|which)$/;

const HEARD = /^(hearing|hearings|testif(y|ied|ies|ying)|testimony)$/;

/** "a Senate hearing", "testified before Congress": a hearing or testimony marked as a legislature's. */
function heardByLegislature(words: string[], i: number): boolean {
  return words[i].startsWith("hearing") ? legislativeHearing(words, i) : beforeLegislature(words, i);
}

/**
 * One sense per discourse: in an article whose hearings and testimony are a legislature's ("the
 * Senate hearing", "testified before the committee") and none is a court's, "the hearing last
 * fall" and "she testified" are the legislature's too. With no hearing marked either way, an
 * article that names legislative bodies and no court at all reads them so.
 */
function hearingsOfLegislature(words: string[]): boolean {
  let legislative = 0;
  let court = 0;
  let bodies = 0;
  let courts = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (LEGISLATIVE.has(w) || LEGISLATORS.has(w) || w === "panel") bodies++;
    if (COURT_WORDS.has(w)) courts++;
    if (!HEARD.test(w)) continue;
    if (courtNear(words, i)) court++;
    else if (LEGISLATIVE.has(words[i - 1] ?? "") || heardByLegislature(words, i)) legislative++;
  }
  if (court > 0) return false;
  return legislative > 0 || (bodies >= 2 && courts === 0);
}

/** A court's word within six words of token i: "a bail hearing before the judge". */
function courtNear(words: string[], i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i + 7 && k < words.length; k++) if (COURT_WORDS.has(words[k])) return true;
  return false;
}

const COURT_WORDS = new Set(
  "court courts courthouse courtroom judge judges jury juror jurors magistrate magistrates tribunal trial bail prosecutor prosecutors defendant defendants sentencing plea inquest coroner".split(
    " ",
  ),
);

/**
 * "a congressional hearing", "the Senate hearings", "a hearing of the budget committee": a
 * legislature's hearing is no court's. A bare "House" only right before the noun ("a House
 * hearing"): elsewhere it is a home.
 */
function legislativeHearing(words: string[], i: number): boolean {
  const prev = words[i - 1] ?? "";
  if (LEGISLATIVE.has(prev) || prev === "house") return true;
  // "The Senate will hold a hearing next week", "lawmakers scheduled a hearing": a legislature
  // holding or calling the hearing, as the subject of its clause.
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
    if (/^(,|\.|;|:|and|but|that|who|which|after|before|when)$/.test(words[k])) break;
    if (LEGISLATIVE.has(words[k]) || LEGISLATORS.has(words[k])) return true;
  }
  if (words[i + 1] !== "of" && words[i + 1] !== "before" && words[i + 1] !== "by") return false;
  for (let k = i + 2; k < i + 7 && k < words.length; k++) {
    if (LEGISLATIVE.has(words[k])) return true;
    if (!/^[a-z'’-]+$/.test(words[k])) return false;
  }
  return false;
}
/** Members of a legislature, who hold its hearings. */
const LEGISLATORS = new Set(
  "lawmaker lawmakers legislator legislators senator senators congressman congressmen congresswoman congresswomen mp mps".split(
    " ",
  ),
);
/** "testified before Congress", "testified at a Senate hearing on Tuesday": to a legislature, not a court. */
function beforeLegislature(words: string[], i: number): boolean {
  for (let k = i + 1; k < i + 9 && k < words.length; k++) {
    if (LEGISLATIVE.has(words[k]) || (words[k] === "house" && /^(hearing|hearings)$/.test(words[k + 1] ?? "")))
      return true;
    if (/^(,|\.|;|:|and|but|that|who|which)$/.test(words[k])) return false;
  }
  return false;
}
const LEGISLATIVE = new Set([
  ...["congressional", "congress", "senate", "committee", "subcommittee", "confirmation", "oversight"],
  ...["parliamentary", "parliament", "legislative", "legislature", "impeachment", "caucus"],
]);

/** "a trial period", "on a trial basis": a try-out. */
const ATTACK_COMPOUNDS = new Set([
  ..."ad ads advert adverts advertisement advertisements advertising dog dogs line lines mode".split(" "),
  ..."helicopter helicopters submarine submarines aircraft jet jets".split(" "),
]);
/** WordNet 3.1's compound nouns "shooting_X" that name a place or a thing, no act of shooting. */
const SHOOTING_COMPOUNDS = new Set("box brake gallery iron lodge preserve range script star stick".split(" "));
const TRIAL_COMPOUNDS = new Set([
  "period",
  "periods",
  "run",
  "runs",
  "basis",
  "version",
  "balloon",
  "phase",
  "scheme",
  // "found not guilty by a trial jury last October", "the trial court ruled in May": the body
  // that tried the case, whose act (a verdict, a ruling) is what the date tells.
  "jury",
  "juries",
  "court",
  "courts",
]);
/**
 * "a clinical trial", "drug trials": a test of a treatment or a method; "a time trial", a race against
 * the clock; "a mock trial", a show of one.
 */
const TRIAL_KINDS = new Set([
  "time",
  "mock",
  "clinical",
  "drug",
  "drugs",
  "vaccine",
  "field",
  "medical",
  "pilot",
  "free",
  "randomised",
]);
/**
 * "the general who ruled Vexa for two decades", "the junta ruled from 1971 to 1973": who rules a
 * land does so over a stretch of time, and no case is decided; a court rules that, on, for or
 * against. The stretch follows the verb, or its object of up to three words.
 */
function governed(words: string[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
    const w = words[k];
    if (/^(from|since|until|till|between)$/.test(w)) return /^(1[0-9]|20)\d\d$/.test(words[k + 1] ?? "");
    if (w === "for") {
      let j = k + 1;
      while (
        j <= k + 3 &&
        (/^\d+$/.test(words[j] ?? "") || NUMBER_WORDS.has(words[j] ?? "") || STRETCH_WORDS.has(words[j]))
      )
        j++;
      return LENGTHS.test(words[j] ?? "");
    }
    if (!/^[a-z][a-z'’-]*$/.test(w) || RULED_ON.has(w)) return false;
  }
  return false;
}
/** Words after "ruled" that open what a court decided. */
const RULED_ON = new Set(["that", "on", "in", "against", "out"]);
/** Words of a stretch's measure: "for nearly three decades", "for more than 20 years". */
const STRETCH_WORDS = new Set(["nearly", "almost", "more", "than", "over", "about", "some", "a", "several", "many"]);

const RULING_BEFORE = /^(the|its|their|his|her|country's|nation's)$/;
/** A capitalised word, not a day or a month, right after token `i`: "the ruling State Council", not "a ruling Monday". */
function nameAfter(doc: Doc, words: string[], i: number): boolean {
  const next = words[i + 1] ?? "";
  if (!next || WEEKDAYS.has(next) || MONTHS.has(next) || i + 1 > sentenceOf(doc, i).lastToken - 1) return false;
  return isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1]));
}

/** "the ruling party", "the ruling coalition": who rules. */
const RULING_WHO = new Set([
  "party",
  "parties",
  "coalition",
  "class",
  "elite",
  "elites",
  "family",
  "junta",
  "bloc",
  "faction",
]);

/** "to consider its verdict", "considering the charges": the noun is what is being weighed. */
function weighed(words: string[], i: number): boolean {
  const k = /^(its|their|the|a|his|her)$/.test(words[i - 1] ?? "") ? i - 2 : i - 1;
  return /^consider(s|ed|ing)?$/.test(words[k] ?? "");
}

/**
 * "attacked the minister over his comments", "attacked the government's plan": what is attacked
 * is a view, a decision or a record, so the attack is made in words. A physical attack is on
 * people and places.
 */
function inWords(words: string[], i: number): boolean {
  if (!/^attack(s|ed|ing)?$/.test(words[i]) || /^(an|the|a|this|that|its|their)$/.test(words[i - 1] ?? ""))
    return false;
  const verb = /^attack(ed|ing)$/.test(words[i]) || /^(to|not|will|would|did)$/.test(words[i - 1] ?? "");
  for (let k = i + 1; k < i + 10 && k < words.length; k++) {
    // "attacked the senator on Tuesday, calling him a liar": the words that follow are the attack.
    if (words[k] === "," && ATTACK_IN_WORDS.has(words[k + 1] ?? "")) return true;
    if (/^(,|\.|;|:|and|but|—|–|\(|\))$/.test(words[k])) return false;
    if (CRITICISED.has(words[k])) return true;
    if (words[k] === "for" && /^(being|having|his|her|their|its|saying|failing|refusing)$/.test(words[k + 1] ?? ""))
      return true;
    // Only the verb: "invoked the Orlando attacks as a cudgel" names the attacks.
    if (!verb) continue;
    // "attacked the mayor for not answering", "for “the greed”": blamed for a deed or for words.
    if (words[k] === "for" && BLAMED_FOR.test(words[k + 1] ?? "")) return true;
    // "attacked her opponent as a fraud": calling someone something; not a clause of time ("as a
    // storm broke").
    if (words[k] === "as" && /^(a|an)$/.test(words[k + 1] ?? "") && !words.slice(k + 2, k + 6).some(isFiniteVerb))
      return true;
  }
  return false;
}

/**
 * "unleashed withering attacks on her rival", "rattled by attacks from the governor at the
 * debate on Saturday": attacks named by a word for speech ("personal", "scathing"), or made at a
 * debate, are attacks in words. Only the noun: "the hall was attacked during the debate" is not.
 */
function debated(doc: Doc, words: string[], i: number): boolean {
  if (words[i] !== "attack" && words[i] !== "attacks") return false;
  if (SPOKEN_ATTACKS.has(words[i - 1] ?? "")) return true;
  const end = sentenceOf(doc, i).lastToken;
  for (let k = i + 1; k < end && k <= i + 12; k++) {
    if (words[k] === ";" || words[k] === "\u2014") return false;
    if (words[k] === "debate" || words[k] === "debates") return true;
  }
  return false;
}
/**
 * "her attack on the council's credibility", "attacks on a rival's heritage on Monday": an attack on
 * an idea, a quality or a record (a noun of `abstract-nouns.json`, built from WordNet, heading what
 * follows "on") is made in words; "an attack on the depot" or "on the mayor" is not read so.
 */
function onIdea(words: string[], i: number): boolean {
  if (!/^attacks?$/.test(words[i]) || !/^(on|upon|against)$/.test(words[i + 1] ?? "")) return false;
  return inLexicon(ABSTRACT, phraseHead(words, i + 2));
}
/** The last word of the noun phrase from token k: "the council's credibility" → "credibility". */
function phraseHead(words: string[], k0: number): string {
  let head = "";
  for (let k = k0; k < k0 + 8 && k < words.length; k++) {
    const w = words[k];
    if (w === "'s" || w === "\u2019s" || w === "'" || w === "\u2019") continue;
    if (!/^[a-z][a-z-]*$/.test(w) || PHRASE_ENDS.test(w)) break;
    head = w;
  }
  return head;
}
/** A word of the set, or a plural of one: "values", "policies", "barracks". */
function inLexicon(set: ReadonlySet<string>, w: string): boolean {
  return (
    set.has(w) ||
    (w.endsWith("s") && set.has(w.slice(0, -1))) ||
    (w.endsWith("ies") && set.has(w.slice(0, -3) + "y")) ||
    (w.endsWith("men") && set.has(w.slice(0, -3) + "man"))
  );
}
/**
 * "the attack on the depot", "attacked a police station", "the depot was attacked": what is
 * attacked is a thing or a place
 * (a noun of `thing-nouns.json`, built from WordNet), so the attack is no attack in words.
 */
function onThing(doc: Doc, words: string[], i: number): boolean {
  // "the embassy was attacked", "was attacked outside his home": a thing as the subject of the
  // passive, or the place where it was done.
  if (words[i] === "attacked" && /^(was|were|been|being|is|are)$/.test(words[i - 1] ?? ""))
    return (
      inLexicon(THINGS, words[i - 2] ?? "") ||
      (/^(outside|inside|near|at|in)$/.test(words[i + 1] ?? "") && thingAt(doc, words, i + 2))
    );
  if (/^attacks?$/.test(words[i]) && /^(on|upon|against)$/.test(words[i + 1] ?? "")) return thingAt(doc, words, i + 2);
  return ATTACK_WORD.test(words[i]) && thingAt(doc, words, i + 1);
}
/**
 * The noun phrase at k names a thing or a place: "the depot", "his home", "a police station" (its
 * first word after the determiners, or the last of a compound of known nouns). A name ("Tom Roe",
 * "Wall Street") or a person ("him") is no thing.
 */
function thingAt(doc: Doc, words: string[], k: number): boolean {
  let m = k;
  if (/^(him|them|me|us|you)$/.test(words[k] ?? "")) return false;
  while (m < k + 3 && /^(the|a|an|this|these|those|his|her|its|their|our|my|your|['\u2019]s)$/.test(words[m] ?? ""))
    m++;
  const word = (j: number) =>
    j < words.length && /^[a-z][a-z-]*$/.test(words[j]) && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[j]));
  if (!word(m)) return false;
  const noun = (w: string) => inLexicon(THINGS, w) || inLexicon(ABSTRACT, w) || PERSON_FIRST_NOUNS.has(w);
  // A modifier in a compound is singular: "a police station", but "changes states made" is two phrases.
  while (!words[m].endsWith("s") && word(m + 1) && noun(words[m + 1])) m++;
  return inLexicon(THINGS, words[m]);
}
const THINGS: ReadonlySet<string> = new Set(thingNouns.words);
const ABSTRACT: ReadonlySet<string> = new Set(abstractNouns.words);
/** Words that end a noun phrase after "attack on": a preposition, a conjunction, a relative word. */
const PHRASE_ENDS =
  /^(of|in|at|by|for|with|from|to|over|as|since|during|after|before|on|about|and|or|but|that|who|which|whose|when|while|last|this|is|was|are|were|has|had)$/;

const SPOKEN_ATTACKS = new Set(
  "personal verbal withering scathing blistering negative partisan rhetorical nasty".split(" "),
);

/** A form of "be" or "have", or a past form: the verb of a clause. */
const isFiniteVerb = (w: string) => /^(was|were|is|are|had|has|broke|began|fell|came|went|[a-z]{2,}ed)$/.test(w);

/** What follows "for" when one is attacked for a deed or for words: a gerund, "not", a quotation. */
const BLAMED_FOR = /^(not|never|"|\u201c|[a-z]{3,}ing)$/;

/** Ways of saying what one attacks in words: "calling him a liar", "accusing her of lying". */
const ATTACK_IN_WORDS = new Set([
  "calling",
  "saying",
  "accusing",
  "branding",
  "describing",
  "labelling",
  "labeling",
  "dismissing",
  "deriding",
  "mocking",
]);

/** What criticism is about: a stance, a decision, a record, words said. */
const CRITICISED = new Set(
  "comments comment remarks remark words views stance position record handling policy policies decision decisions plan plans proposal proposals speech statement statements tweet tweets claims leadership performance silence budget bill".split(
    " ",
  ),
);

const HOAX = new Set(["hoax", "fake", "dummy", "replica", "imitation", "pretend"]);

const KILLING = /^@?kill/;
/** Counts that are no number of people killed: "killed a couple of bills", "killed a few hours". */
const VAGUE_COUNTS = new Set(["couple", "few", "half", "dozen"]);
const MISFORTUNE: ReadonlySet<string> = new Set(misfortuneNouns.words);
const SEIZURES: ReadonlySet<string> = new Set(misfortuneNouns.seizures);
/** A misfortune, one or several: "flood", "floods", "crashes". */
const oneMisfortune = (w: string) =>
  MISFORTUNE.has(w) || (w.endsWith("s") && (MISFORTUNE.has(w.slice(0, -1)) || MISFORTUNE.has(w.replace(/es$/, ""))));
/** What a place hit by a misfortune is called after it: "the flood-hit town", "quake-stricken". */
const AFFLICTED = new Set(["hit", "stricken", "struck", "ravaged", "battered", "swept", "damaged", "devastated"]);
/** A misfortune, or a place named as hit by one ("killed in the storm-battered port"). */
const misfortune = (w: string) => {
  const dash = w.lastIndexOf("-");
  return oneMisfortune(w) || (dash > 0 && AFFLICTED.has(w.slice(dash + 1)) && oneMisfortune(w.slice(0, dash)));
};
/** Participles of harm that share a "killed" clause's place or cause: "killed and 40 injured in …". */
const HURT = /^(injured|wounded|hurt|missing)$/;
/** Vehicles, not armed ones (src/lexicon/misfortune-nouns.json, from WordNet): "bus", "ferry", "truck". */
const VEHICLES: ReadonlySet<string> = new Set(misfortuneNouns.vehicles);

/**
 * A death told as an accident in a "when" clause after it, at any distance in the sentence: "Nine
 * hikers were killed and four hurt on Sunday when lightning struck their camp", "two riders died
 * when their bus collided with a lorry". The clause (to its comma) names a misfortune anywhere,
 * or a vehicle as its subject (in its first four words, before any verb), and no weapon or
 * fighter: "when a bomb went off in a bus", "when gunmen stopped a truck" and "when a rocket hit
 * their car" stay attacks.
 */
function accidentWhen(words: string[], i: number, lastToken: number): boolean {
  let k = i + 1;
  while (k <= lastToken && words[k] !== "when" && !/^(;|—|–|\(|\))$/.test(words[k])) k++;
  if (words[k] !== "when") return false;
  const opens = k + 1;
  let told = false;
  let verb = false;
  for (k = opens; k <= lastToken && !/^(,|;|—|–|\(|\))$/.test(words[k] ?? ","); k++) {
    const w = words[k];
    if (inLexicon(VIOLENCE, w) || doerOfHarm(w)) return false;
    verb ||= isFiniteVerbForm(w);
    told ||= misfortune(w) || (!verb && k < opens + 4 && inLexicon(VEHICLES, w));
  }
  return told;
}

/**
 * Where the object of "killed" or "shot" ends before a person is named: "killed the bill on
 * Friday", "shot a film about soldiers".
 */
const OBJECT_ENDS =
  /^(in|at|by|on|with|for|to|of|about|from|into|over|against|during|after|before|and|or|that|who|which|off|it|this|these|those)$/;

/**
 * "Gunmen killed two guards", "Tom Roe was killed on Friday", "the killing of a shopkeeper": a
 * death at another's hand, an attack. Not a death told with a misfortune in its clause ("was
 * killed in a car crash", "the storm killed two hikers": src/lexicon/misfortune-nouns.json) or in
 * a "when" clause after it (`accidentWhen`), nor
 * the killing of a thing ("killed the bill", "killing time"). Nor "the 12 shoppers killed" after
 * a noun: it names the victims, and a date after it is most often the main verb's ("met the
 * families of the 12 shoppers killed on Friday").
 */
function killedSomeone(doc: Doc, words: string[], i: number): boolean {
  const { firstToken, lastToken } = sentenceOf(doc, i);
  for (let k = i - 1; k >= firstToken && k >= i - 6 && !/^(;|—|–|\(|\))$/.test(words[k]); k--)
    if (misfortune(words[k] ?? "")) return false;
  // "were killed and about 40 hurt in the flood-hit city": the place or cause after a second
  // participle joined by "and" is told of both, so the window runs on from it.
  let end = i + 6;
  if (words[i + 1] === "and")
    for (let k = i + 2; k <= i + 5 && k <= lastToken; k++) if (HURT.test(words[k])) end = k + 6;
  for (let k = i + 1; k <= lastToken && k <= end && !/^(;|—|–|\(|\))$/.test(words[k]); k++)
    if (misfortune(words[k] ?? "")) return false;
  if (accidentWhen(words, i, lastToken)) return false;
  const before = words[i - 1] ?? "";
  if (
    words[i] === "killings" ||
    (words[i] === "killed" && /^(was|were|been|being|be|is|are|got|get|gets)$/.test(before)) ||
    (words[i] === "killing" && /^(the|a|this|that)$/.test(before))
  )
    return true;
  const next = words[i + 1] ?? ".";
  // "killed 12", "killed two": a number of people.
  if (/^\d/.test(next) || ((NUMBER_WORDS.get(next) ?? 0) >= 2 && !VAGUE_COUNTS.has(next))) return true;
  return personObject(doc, words, i);
}

/**
 * "the officer who shot Tom Roe", "stabbed her twice", "shot a young woman": "shot" or "stabbed" with
 * a person as its object, right after it. Not the passive ("was shot", its own pattern), the noun
 * ("a shot at the title", "his shot"), "shot himself", a thing or a score ("shot a film about
 * soldiers", "shot a 68"), nor a particle first ("shot back", "shot down a bomber", "shot home
 * the winner").
 */
function harmedSomeone(doc: Doc, words: string[], i: number): boolean {
  const before = words[i - 1] ?? "";
  if (/^(was|were|been|being|be|is|are|got|get|gets)$/.test(before) || SHOT_NOUN_BEFORE.test(before)) return false;
  const next = words[i + 1] ?? ".";
  if (/^[a-z]/.test(next) && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1])) && !OBJECT_STARTS.test(next))
    if (!NUMBER_WORDS.has(next)) return false;
  return personObject(doc, words, i);
}
const SHOT_NOUN_BEFORE = /^(a|an|the|his|her|their|its|my|our|your|this|one|another|first|last|final|mug|long)$/;
/** Words that open an object naming people: a determiner or a pronoun. */
const OBJECT_STARTS =
  /^(a|an|the|his|her|their|its|my|our|your|these|those|several|many|some|all|both|him|them|me|us|you|everyone|someone|somebody)$/;

/** The object of the verb at i is a person: a name, a pronoun, or a person noun within a few words ("two unarmed guards"). */
function personObject(doc: Doc, words: string[], i: number): boolean {
  const { lastToken } = sentenceOf(doc, i);
  const next = words[i + 1] ?? ".";
  // A name ("killed Tom Roe"), not a day ("the 12 shoppers killed Friday").
  if (
    i + 1 <= lastToken &&
    isUpperCode(doc.text.charCodeAt(doc.tokens.start[i + 1])) &&
    !WEEKDAYS.has(next) &&
    !MONTHS.has(next)
  )
    return true;
  // "killed himself in May", "veterans killing themselves": a suicide, the killer is the dead;
  // "killed himself and two guards" killed others too.
  if (/^(himself|herself|themselves|myself|ourselves)$/.test(next)) return words[i + 2] === "and";
  if (/^(him|her|them|me|us|you|everyone|someone|somebody)$/.test(next)) return true;
  // The object: a person noun within a few words ("killed two unarmed guards", "shot 41 people").
  let reach = i + 5;
  for (let k = i + 1; k <= lastToken && k <= reach; k++) {
    const w = words[k];
    // A plural by its singular: "guards", "witnesses" (not "fields", a surname's plural).
    const heads = w.endsWith("s") ? [w.replace(/e?s$/, ""), w.slice(0, -1)] : [w];
    if (w === "people" || heads.some((h) => PERSON_FIRST_NOUNS.has(h))) return true;
    // "killed hundreds of villagers", "an unspecified number of gang members": a count of them.
    if (w === "of" && (MANY.has(words[k - 1]) || words[k - 1] === "number")) {
      reach++;
      continue;
    }
    if (!/^[a-z-]+$/.test(w) || OBJECT_ENDS.test(w)) return false;
  }
  return false;
}

/** A verdict's verb before "of" at `k`, right there or before its object: a pronoun or a name of up to three words. */
function verdictBefore(doc: Doc, words: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (/^(acquitted|cleared|convicted|guilty)$/.test(words[j])) return true;
    if (j < k - 1 && /^(him|her|them)$/.test(words[j + 1])) return false;
    if (!/^(him|her|them)$/.test(words[j]) && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[j]))) return false;
  }
  return false;
}

/** "on …charges", "over …charges": up to three words after "on" or "over", none a break. */
function groundOfAnother(doc: Doc, words: string[], i: number): boolean {
  const floor = sentenceOf(doc, i).firstToken;
  for (let k = i - 1; k >= floor && k >= i - 4; k--) {
    const w = words[k];
    if (w === "on" || w === "over") return true;
    // "was acquitted of murder charges in 2013", "cleared of all charges", "acquitted her of all
    // charges", "cleared Tom Vale of the charges": what the verdict answered.
    if (w === "of" && verdictBefore(doc, words, k)) return true;
    if (w === "the" && words[k - 1] === "of" && verdictBefore(doc, words, k - 1)) return true;
    if (!/^[a-z-]+$/.test(w) || w === "the" || w === "with" || (w === "and" && k === i - 1)) return false;
  }
  return false;
}
