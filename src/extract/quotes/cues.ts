// The words that report speech or writing ("said", "told", "according to"), in every tense.
// A cue is recognised on the doc's tokens, so its offsets come for free.
//
// Two sources: the verbs of saying this project started with (their roles, weak or needing "that",
// were set on the dev articles), and a lexicon learned from PolNeAR train
// (src/lexicon/speech-cues.json, scripts/attribution/learn-cues.ts): every word form annotators
// marked as the head of an attribution cue, with how reliably it is one (the share of its
// occurrences that are cues) and how its content behaves. A learned lemma joins the vocabulary
// when it is a reliable cue; its roles are read off its statistics.

import lexicon from "../../lexicon/speech-cues.json" with { type: "json" };
import { WordShapes } from "./word-shapes.js";

/** A lemma's statistics in PolNeAR train, summed over its forms. */
export interface CueStats {
  /** Times annotated as a cue. */
  cue: number;
  /** Share of the lemma's occurrences that are cues. */
  rate: number;
  /** Share of cue uses whose content follows the cue. */
  after: number;
  /** Share of cue uses followed by "that". */
  that: number;
  /** Share of cue uses whose content holds a quotation mark. */
  quoted: number;
}

/** A learned lemma joins when annotators marked at least this share of its uses as cues: below
 * it a word such as "showed" or "expected" reports evidence or a forecast as often as speech. */
const RELIABLE_RATE = 0.6;

/** Below that, a learned lemma that is still a cue this often, and whose cue uses quote the
 * speaker this often, is a weak cue: one only beside a quotation ('He answered, “…”', not
 * "answered questions for an hour"). */
const WEAK_RATE = 0.4;
const WEAK_QUOTED = 0.4;

/** The starting verbs of saying, by lemma; each lemma lists the inflected forms news copy uses. */
const SPEECH_VERBS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  explain: ["explain", "explains", "explained", "explaining"],
  state: ["state", "states", "stated", "stating"],
  write: ["write", "writes", "wrote", "writing", "written"],
  warn: ["warn", "warns", "warned", "warning"],
  claim: ["claim", "claims", "claimed", "claiming"],
  insist: ["insist", "insists", "insisted", "insisting"],
  argue: ["argue", "argues", "argued", "arguing"],
  admit: ["admit", "admits", "admitted", "admitting"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  announce: ["announce", "announces", "announced", "announcing"],
  declare: ["declare", "declares", "declared", "declaring"],
  note: ["note", "notes", "noted", "noting"],
  remark: ["remark", "remarks", "remarked", "remarking"],
  reply: ["reply", "replies", "replied", "replying"],
  respond: ["respond", "responds", "responded", "responding"],
  ask: ["ask", "asks", "asked", "asking"],
  continue: ["continued"],
  conclude: ["conclude", "concludes", "concluded", "concluding"],
  acknowledge: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  describe: ["describe", "describes", "described", "describing"],
  call: ["call", "calls", "called", "calling"],
  denounce: ["denounce", "denounces", "denounced", "denouncing"],
  dismiss: ["dismiss", "dismisses", "dismissed", "dismissing"],
  urge: ["urge", "urges", "urged", "urging"],
  suggest: ["suggest", "suggests", "suggested", "suggesting"],
  repeat: ["repeat", "repeats", "repeated", "repeating"],
  promise: ["promise", "promises", "promised", "promising"],
  vow: ["vow", "vows", "vowed", "vowing"],
  allege: ["allege", "alleges", "alleged", "alleging"],
  maintain: ["maintain", "maintains", "maintained", "maintaining"],
  concede: ["concede", "concedes", "conceded", "conceding"],
  emphasise: ["emphasise", "emphasises", "emphasised", "emphasising", "emphasize", "emphasizes", "emphasized"],
  stress: ["stress", "stresses", "stressed", "stressing"],
  predict: ["predict", "predicts", "predicted", "predicting"],
  recall: ["recall", "recalls", "recalled", "recalling"],
  reveal: ["reveal", "reveals", "revealed", "revealing"],
  testify: ["testify", "testifies", "testified", "testifying"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting"],
  post: ["posted"],
  comment: ["comment", "comments", "commented", "commenting"],
  agree: ["agreed"],
  counter: ["counter", "counters", "countered", "countering"],
  joke: ["joke", "jokes", "joked", "joking"],
  quip: ["quip", "quips", "quipped", "quipping"],
  boast: ["boast", "boasts", "boasted", "boasting"],
  complain: ["complain", "complains", "complained", "complaining"],
  lament: ["lament", "laments", "lamented", "lamenting"],
  plead: ["pleaded", "pled"],
  demand: ["demand", "demands", "demanded", "demanding"],
  caution: ["caution", "cautions", "cautioned", "cautioning"],
  assure: ["assure", "assures", "assured", "assuring"],
  reiterate: ["reiterate", "reiterates", "reiterated", "reiterating"],
  indicate: ["indicate", "indicates", "indicated", "indicating"],
  report: ["reports", "reported"],
  deny: ["deny", "denies", "denied", "denying"],
  accuse: ["accuse", "accuses", "accused", "accusing"],
  observe: ["observe", "observes", "observed", "observing"],
  point: ["points", "pointed", "pointing"],
  whisper: ["whispered"],
  shout: ["shouted"],
  mutter: ["muttered"],
  exclaim: ["exclaimed"],
  hear: ["heard"],
  believe: ["believe", "believes", "believed"],
  think: ["think", "thinks", "thought"],
  read: ["reads"],
  blast: ["blasted"],
  slam: ["slammed"],
  hit: ["hit"],
  brand: ["branded"],
  label: ["labelled", "labeled"],
  dub: ["dubbed"],
  recount: ["recounted"],
  speculate: ["speculated"],
  cite: ["cited"],
  highlight: ["highlighted"],
  contend: ["contend", "contends", "contended"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  inform: ["informed"],
  question: ["questioned"],
};
/** Starting lemmas that introduce reported speech without quotation marks ("X said that …"). */
const HAND_INDIRECT = new Set([
  "say",
  "tell",
  "add",
  "explain",
  "state",
  "write",
  "warn",
  "claim",
  "insist",
  "argue",
  "admit",
  "confirm",
  "announce",
  "declare",
  "note",
  "reply",
  "conclude",
  "acknowledge",
  "suggest",
  "allege",
  "maintain",
  "concede",
  "emphasise",
  "stress",
  "predict",
  "reveal",
  "testify",
  "indicate",
  "report",
  "deny",
  "assert",
  "contend",
  "hear",
  "believe",
  "assure",
  "reiterate",
  "inform",
  "agree",
]);

/** Starting lemmas too ambiguous to mark speech on their own unless a quotation is adjacent. */
const HAND_WEAK = new Set([
  "call",
  "post",
  "point",
  "hit",
  "read",
  "think",
  "believe",
  "hear",
  "report",
  "deny",
  "accuse",
  "question",
  "cite",
  "highlight",
  "continue",
  "agree",
]);

/** Starting lemmas that report a clause only with "that" ("denied that …", not "denied the charges",
 * "maintains a lead"). */
const HAND_THAT = new Set([
  "deny",
  "maintain",
  "emphasise",
  "stress",
  "declare",
  "note",
  "reveal",
  "acknowledge",
  "allege",
  "believe",
  "hear",
  "report",
  "agree",
  "predict",
  "indicate",
]);

/** Starting lemmas after which a noun phrase plus more words is the reported clause ("Nutt said the agency plans …"). */
const HAND_PLAIN = new Set(["say", "tell", "add", "warn", "claim", "insist", "argue", "explain", "state"]);

const FORM_TO_LEMMA = new Map<string, string>();
for (const [lemma, forms] of Object.entries(SPEECH_VERBS)) for (const f of forms) FORM_TO_LEMMA.set(f, lemma);

/** Learned lemmas that join the vocabulary, with their statistics. */
const LEARNED = new Map<string, CueStats>();
/** Learned lemmas that are cues only beside a quotation. */
const LEARNED_WEAK = new Set<string>();
for (const [lemma, s] of Object.entries(lexicon.lemmas as Record<string, CueStats & { forms: string[] }>)) {
  // "according" is the multiword cue "according to", matched as a phrase by its callers. A lemma
  // whose content is almost never a quotation or a that-clause reports an act, not words
  // ("endorsed", "declined").
  if (SPEECH_VERBS[lemma] || lemma === "accord") continue;
  const weak = s.rate < RELIABLE_RATE && s.rate >= WEAK_RATE && s.quoted >= WEAK_QUOTED;
  if (!weak && (s.rate < RELIABLE_RATE || (s.that < 0.15 && s.quoted < 0.04))) continue;
  if (weak) LEARNED_WEAK.add(lemma);
  else LEARNED.set(lemma, { cue: s.cue, rate: s.rate, after: s.after, that: s.that, quoted: s.quoted });
  for (const form of s.forms) {
    // The bare and -s forms double as nouns ("in reference to", "signals"): a learned lemma
    // contributes its past and -ing forms only.
    if (FORM_TO_LEMMA.has(form) || form === lemma || form.endsWith("s")) continue;
    FORM_TO_LEMMA.set(form, lemma);
    const british = britishSpelling(form);
    if (british !== form && !FORM_TO_LEMMA.has(british)) FORM_TO_LEMMA.set(british, lemma);
  }
}
/** The British spelling of a verb form: "criticized" → "criticised", "signaled" → "signalled". */
export function britishSpelling(form: string): string {
  return form.replace(/iz(e|es|ed|ing)$/, "is$1").replace(/([aeiou])l(ed|ing)$/, "$1ll$2");
}

/**
 * Verb forms that are a cue only before "that": annotators marked them as a cue's head in most of
 * their uses right before "that" ("the audit found that …", "a poll showed that …"), though rarely
 * elsewhere ("found the keys", "TV shows"). They are no speech verbs (`speechLemma` does not know
 * them); only reported speech opened by "that" reads them (`thatCueLemma`).
 */
const THAT_FORM_TO_LEMMA = new Map<string, string>();
for (const [form, { lemma }] of Object.entries(lexicon.beforeThat as Record<string, { lemma: string }>))
  if (!FORM_TO_LEMMA.has(form) && !SPEECH_VERBS[lemma] && !LEARNED.has(lemma) && !LEARNED_WEAK.has(lemma))
    THAT_FORM_TO_LEMMA.set(form, lemma);
const BEFORE_THAT = new Set(THAT_FORM_TO_LEMMA.values());
// The present tense of the same verbs, learned or not: "Polls show that …", "The audit finds that …".
for (const lemma of BEFORE_THAT)
  for (const form of [lemma, /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + "ies" : lemma + "s"])
    if (!FORM_TO_LEMMA.has(form) && !THAT_FORM_TO_LEMMA.has(form)) THAT_FORM_TO_LEMMA.set(form, lemma);
/** The subject pronouns a plural present tense follows: "we find that …", "they hope that …". */
const PLURAL_SUBJECTS = new Set(["i", "we", "you", "they"]);
const learned = (test: (s: CueStats) => boolean) => [...LEARNED].filter(([, s]) => test(s)).map(([l]) => l);

/** A lemma whose cue uses open with "that" at least this often introduces reported speech. */
const THAT_SHARE = 0.15;

/** Lemmas that introduce reported speech without quotation marks ("X said that …"); a learned one
 * when its content opens with "that" at times (not "criticized the bill", "thanked the judge"). */
export const INDIRECT_LEMMAS = new Set([...HAND_INDIRECT, ...learned((s) => s.that >= THAT_SHARE)]);

/**
 * Starting verbs of saying left out of `HAND_INDIRECT` that PolNeAR's annotators saw open a
 * that-clause as often as a learned lemma must, being reliable cues ("cautioned that …",
 * "complained that …"); not a weak cue ("pointed", "thought"). As a learned lemma, only by their
 * past and -ing forms: the bare and -s forms double as nouns ("a remark", "insulting remarks").
 */
const HAND_THAT_SHARE = new Set(
  Object.keys(SPEECH_VERBS).filter((lemma) => {
    const s = (lexicon.lemmas as Record<string, CueStats | undefined>)[lemma];
    return !!s && !HAND_INDIRECT.has(lemma) && !HAND_WEAK.has(lemma) && s.rate >= RELIABLE_RATE && s.that >= THAT_SHARE;
  }),
);

/**
 * Whether `word`, a form of `lemma`, introduces reported speech without quotation marks: a form of
 * an `INDIRECT_LEMMAS` lemma, or a past or -ing form of a verb of saying that PolNeAR's annotators
 * saw open a that-clause often enough. Those report "that" or a clause read without it, or stand
 * set off after what was said, as "noted" does ("The fee was never paid, the auditors cautioned.").
 */
export function reportsClause(lemma: string, word: string): boolean {
  return INDIRECT_LEMMAS.has(lemma) || (HAND_THAT_SHARE.has(lemma) && /(?:ed|ing)$/.test(word));
}

/** Lemmas that report a clause only with "that"; every learned one (its other complements were
 * not studied). */
export const NEEDS_THAT = new Set([...HAND_THAT, ...HAND_THAT_SHARE, ...LEARNED.keys(), ...BEFORE_THAT]);

/** Lemmas after which a noun phrase plus more words is the reported clause. */
export const PLAIN_SAYING = HAND_PLAIN;

/** Most words are no form of a speech verb, and are known to be none without a lookup in `FORM_TO_LEMMA`. */
const FORM_SHAPES = new WordShapes(FORM_TO_LEMMA.keys());

/** The lemma of a speech verb's form, in any case ("Said", "said" → "say"), or null. */
export function speechLemma(word: string): string | null {
  // The forms are lower case, and most words asked about already are (PhraseReader.word).
  const lemma = FORM_SHAPES.mayHold(word) ? FORM_TO_LEMMA.get(word) : undefined;
  return lemma ?? (hasUpperOrOther(word) ? (FORM_TO_LEMMA.get(word.toLowerCase()) ?? null) : null);
}

/** Whether lower-casing could change `word`: an ASCII capital, or any character past ASCII. */
function hasUpperOrOther(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/**
 * The lemma of a form that is a cue only before "that" ("found", "showed", "show" → "find", "show"),
 * or null. The bare form reports only as a present tense, right after its plural subject, `before`:
 * a plural noun or a pronoun ("Polls show that …", "they hope that …"); elsewhere it is an infinitive
 * ("wanted to show that …", "did not find that …") or a noun ("gave up hope that …").
 */
export function thatCueLemma(word: string, before = ""): string | null {
  const lemma =
    THAT_FORM_TO_LEMMA.get(word) ??
    (hasUpperOrOther(word) ? (THAT_FORM_TO_LEMMA.get(word.toLowerCase()) ?? null) : null);
  if (lemma === null || lemma !== word.toLowerCase()) return lemma;
  const b = before.toLowerCase();
  return PLURAL_SUBJECTS.has(b) || (b.length > 3 && /[^su]s$/.test(b)) ? lemma : null;
}

/** Every form `thatCueLemma` knows, lower case. */
export function thatCueForms(): Iterable<string> {
  return THAT_FORM_TO_LEMMA.keys();
}

/** Every form `speechLemma` knows, lower case. */
export function speechForms(): Iterable<string> {
  return FORM_TO_LEMMA.keys();
}

/** Verbs of belief that a verb of saying may report: "said he thought …", "says she believes …". */
export const BELIEFS: ReadonlySet<string> = new Set(["think", "believe"]);

/** Too ambiguous to mark speech on its own unless a quotation is adjacent. */
export function isWeakLemma(lemma: string): boolean {
  return HAND_WEAK.has(lemma) || LEARNED_WEAK.has(lemma);
}

/** Every form of a lemma PolNeAR train's annotators marked as a cue, with that lemma's statistics. */
const ANNOTATED = new Map<string, CueStats>();
for (const s of Object.values(lexicon.lemmas as Record<string, CueStats & { forms: string[] }>))
  for (const form of s.forms) if ((ANNOTATED.get(form)?.rate ?? 0) < s.rate) ANNOTATED.set(form, s);

/**
 * Whether a verb form reports what its subject says when a long quoted fragment follows it in its
 * clause ("pledged to fight the levy “…”", "praised the crews as “…”"): a verb of saying, or one
 * PolNeAR's annotators marked as a cue in most of its uses, or often and then mostly beside a
 * quotation ("pledged" is a cue in a third of its uses, and quotes its speaker in a third of those;
 * "appeared" is a cue as often, but only as "appeared to", and rarely beside a quotation).
 */
export function reportsFragment(word: string): boolean {
  if (speechLemma(word)) return true;
  const s = ANNOTATED.get(word.toLowerCase());
  return !!s && (s.rate >= RELIABLE_RATE || (s.rate >= 0.3 && s.quoted >= 0.3));
}

/** A reliable cue describes its object with "as" in at least this many of its uses in PolNeAR train, and this share of them. */
const AS_USES = 3;
const AS_SHARE = 0.1;

/**
 * The past and -ing forms of the verbs of saying that describe their object in an "as" phrase
 * ("portrayed the levy as a tax on jobs", "dismissed the report as a smear"), each with its
 * lemma: a lemma annotators marked as a cue in most of its uses whose content reads "X as Y"
 * often enough. (A belief's "saw the levy as a tax" is no reliable cue; the bare and -s forms
 * double as nouns: "a slam", "citations and references".)
 */
export function describingForms(): Map<string, string> {
  return pastAndIngForms((s) => s.rate >= RELIABLE_RATE && s.as >= AS_SHARE && Math.round(s.as * s.cue) >= AS_USES);
}

/** The statistics PolNeAR train gives each learned lemma, with its forms. */
type LemmaStats = CueStats & { forms: string[]; as: number; to: number };

/** The past and -ing forms (American and British) of the learned lemmas that `keep` accepts, each with its lemma. */
function pastAndIngForms(keep: (s: LemmaStats) => boolean): Map<string, string> {
  const forms = new Map<string, string>();
  for (const [lemma, s] of Object.entries(lexicon.lemmas as Record<string, LemmaStats>)) {
    if (!keep(s)) continue;
    for (const form of s.forms)
      if (/(?:ed|ing)$/.test(form)) for (const f of [form, britishSpelling(form)]) forms.set(f, lemma);
  }
  return forms;
}

/** A promise's cue opens a to-infinitive in at least this share of its uses in PolNeAR train … */
const TO_SHARE = 0.4;
/** … and quotes its speaker in at least this share. */
const PROMISE_QUOTED = 0.2;

/**
 * The past and -ing forms of the verbs that report a promise as its to-infinitive ("vowed to fight
 * the levy", "pledging to stay"), each with its lemma: a lemma whose cue uses in PolNeAR train
 * mostly open an infinitive and quote their speaker at times. "planned to", "declined to",
 * "wanted to" and "sought to" open an infinitive as often, but almost never quote anyone: they tell
 * of an intention, a refusal or a wish, not of words. (The bare and -s forms double as nouns: "a
 * vow to", "her pledges to".)
 */
export function promisingForms(): Map<string, string> {
  return pastAndIngForms(promises);
}

/** Whether a learned lemma's cue uses mostly open an infinitive and quote their speaker at times: a promise. */
function promises(s: LemmaStats): boolean {
  return s.to >= TO_SHARE && s.quoted >= PROMISE_QUOTED;
}

/** PolNeAR train's statistics for a learned lemma. */
export function cueStats(lemma: string): CueStats | undefined {
  return LEARNED.get(lemma);
}

/**
 * Whether a verb of saying reports words rather than acts on an object: in PolNeAR train its cue
 * uses open a that-clause more than one time in ten, or mostly quote their speaker ("remarked",
 * "cautioned", "replied"), unlike "praised", "denounced", "refused", whose object is a person or a
 * thing, or reports a promise (`promisingForms`: "The pier will reopen, Ann Roe vowed."). A verb of
 * saying PolNeAR's annotators never marked counts as one.
 */
export function reportsWords(lemma: string): boolean {
  const s = (lexicon.lemmas as Record<string, LemmaStats>)[lemma];
  return !s || s.that > 0.1 || s.quoted >= 0.4 || promises(s);
}
