// The word lists the speaker resolver reads phrases with: role and spokesperson nouns, titles,
// pronouns, determiners, demonyms; and small helpers over tokens and offsets.

import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";
import { firstAtOrAfter } from "../../core/doc.js";
import calendar from "../../lexicon/calendar.json" with { type: "json" };
import personNouns from "../../lexicon/person-nouns.json" with { type: "json" };
import titles from "../../lexicon/titles.json" with { type: "json" };

export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
}

/** Words that stand for the speaker's body rather than a named person. */
export const SPOKES_NOUNS = new Set(
  (
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials representative " +
    "representatives statement source sources press office aide aides staff staffer spokes embassy consulate " +
    "authorities government ministry department administration campaign"
  ).split(" "),
);
/** People who speak for someone else without being them (a lawyer is not the client). */
export const AGENT_NOUNS = new Set(
  "lawyer lawyers barrister barristers solicitor solicitors attorney attorneys counsel friend friends wife husband son daughter mother father brother sister family neighbour neighbor ex-wife ex-husband colleague colleagues partner".split(
    " ",
  ),
);
/**
 * Personal pronouns whose "'s" is never a possessive ("his", "her" are): "he's said", "she's argued",
 * "who's claimed" hold "has". (Not "it's claimed", "that's said": an impersonal passive.)
 */
export const CONTRACTING_PRONOUNS = new Set(["he", "she", "who"]);
/** Prepositions that open an adverbial before a sentence's subject ("In June, …", "Over the years, …"). */
export const FRONTED_PREPOSITIONS = new Set(
  "in on at by for amid within throughout until upon after before following over outside inside with without among across beyond behind under through during despite since".split(
    " ",
  ),
);
/**
 * Words that open an adverbial before a sentence's subject, up to its comma: prepositions, the
 * subordinating conjunctions ("Although the bill failed, Ann Roe …"), "here" of a place ("Here in
 * Dayton, …") and participles of speech.
 */
export const LEADING_WORDS = new Set([
  ...FRONTED_PREPOSITIONS,
  ..."when while as although though because if unless whereas once here however but and speaking responding reacting asked writing".split(
    " ",
  ),
]);
export const ROLE_HEADS = new Set(
  "director chief head minister secretary chair chairman chairwoman president leader commissioner judge governor mayor senator prosecutor attorney ambassador chancellor premier treasurer speaker coach manager boss founder executive ceo".split(
    " ",
  ),
);
/**
 * Nouns whose most frequent sense in WordNet names a person ("nominee", "candidate", "official"; not
 * "party" or "press"): the head of a description of someone (src/lexicon/person-nouns.json).
 */
export const PERSON_FIRST_NOUNS: ReadonlySet<string> = new Set(personNouns.firstSense);
export const SUBJECT_ENDERS = new Set(
  "has have had is was were are will would could should may might can did does do must also initially".split(" "),
);
export const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their"]);
/** Words that open a relative clause after a comma ("the official, who asked not to be named, said"). */
export const RELATIVES: ReadonlySet<string> = new Set(["who", "whose", "which"]);
/** Determiners that introduce someone not named before ("a lawyer", "one trader", "another MP"). */
export const INDEFINITES: ReadonlySet<string> = new Set(["a", "an", "another", "one"]);
/** Words that open a noun phrase and are never part of a name, even capitalised at a sentence's start ("His campaign", "One source"). */
export const PHRASE_OPENERS = new Set([
  ...DETERMINERS,
  ..."his her our my your one another these those some each every".split(" "),
]);
export const PARTY = /\bparty\b|labou?r|conservative|tory|democrat|republican|liberal|green/i;
export const NEWSPAPER =
  /post|times|news|journal|telegraph|guardian|herald|mail|daily|gazette|tribune|observer|express|independent|mirror|sun\b|standard|chronicle|economist|review|record|globe|star/i;
/** Bodies of a kind recognised by their names, for "the newspaper said", "the party said". */
export const NOMINAL_KIND: Record<string, RegExp | undefined> = {
  newspaper: NEWSPAPER,
  paper: NEWSPAPER,
  daily: NEWSPAPER,
  tabloid: NEWSPAPER,
  broadsheet: NEWSPAPER,
  // "the editorial said": the paper that printed it.
  editorial: NEWSPAPER,
  party: PARTY,
  court: /court|tribunal/i,
  university: /universit|college/i,
  hospital: /hospital|clinic/i,
  bank: /bank/i,
  // "the force": a police force ("Vale Police", "the Dover Constabulary") or one called a force.
  force: /police|constabulary|\bforce\b/i,
};
export const ORG_NOMINALS = new Set(
  "tabloid broadsheet daily editorial company firm group club party bank business retailer airline carrier insurer charity council agency force team side board regulator watchdog union university hospital trust network broadcaster newspaper paper publisher union ministry department court".split(
    " ",
  ),
);
export const INDEFINITE = new Set(["a", "an"]);
export const BODY_GROUPS = new Set(
  "prosecutors investigators police detectives officers regulators inspectors ministers officials authorities".split(
    " ",
  ),
);
/** The kind of body an unnamed group belongs to, recognised by its name. */
export const POLICE = /police|constabulary|\bmet\b|bureau|fbi|command|agency|gendarm/i;
export const GROUP_BODY_KIND: Record<string, RegExp | undefined> = {
  prosecutors: /prosecut|attorney|justice|crown|procurat/i,
  police: POLICE,
  detectives: POLICE,
  officers: POLICE,
  investigators: POLICE,
  regulators: /regulat|authority|commission|office/i,
  inspectors: /inspect/i,
  ministers: /government|ministry|cabinet/i,
};
/** The end of a quotation closed by a question or an exclamation mark, right before the next word ('“Why?” '). */
export const OUTCRY_HANDOVER = /[?!]\s*["”’'″]{1,2}\s*$/;
export const QUOTE_MARKS = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb, 0x2033]);
export const PREPOSITIONS = new Set(["in", "of", "at", "for", "from", "on", "with", "to"]);
export const GROUP_NOUNS = new Set("men women pair both two duo couple brothers sisters defendants".split(" "));
/** The singular of a lower-case plural noun ("aides" → "aide", "allies" → "ally"), or null for a word not plural in form ("press", "is"). */
export function singularOf(word: string): string | null {
  if (word.length < 3 || !word.endsWith("s") || word.endsWith("ss")) return null;
  return word.endsWith("ies") ? word.slice(0, -3) + "y" : word.slice(0, -1);
}

export const PRONOUNS: Record<string, "male" | "female" | "plural" | "neuter"> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "neuter",
};
export const TITLE_WORDS = new Set(
  (
    "mr mrs ms miss dr prof sir dame lord lady baroness baron judge justice sen senator rep representative gov governor " +
    "president minister secretary chancellor commissioner inspector detective superintendent chief constable officer sergeant " +
    "captain general colonel lieutenant major admiral mayor councillor cllr rev reverend father bishop archbishop king queen prince " +
    "princess attorney prosecutor deputy director head leader chairman chairwoman chair speaker treasurer premier mp kc qc " +
    "st the a an former acting shadow foreign home prime us u.s. uk u.k. state federal district assistant"
  ).split(" "),
);
/**
 * The full forms of the abbreviated forms of address of the titles lexicon (src/lexicon/titles.json),
 * so that "the governor said" finds "Gov. Ann Roe": of the longer titles there, the shortest that
 * starts with the abbreviation ("sen" is "senator", not "senators"), else the only one that keeps
 * its letters in order from the same first letter ("sgt" → "sergeant", "lt" → "lieutenant").
 */
const FULL_TITLES: ReadonlyMap<string, string> = (() => {
  const all: string[] = titles.addressTitles;
  const inOrder = (short: string, long: string) => {
    let k = 0;
    for (const c of long) if (c === short[k]) k++;
    return k === short.length && long[0] === short[0];
  };
  const map = new Map<string, string>();
  for (const short of all) {
    if (short.length > 4) continue;
    const longer = all.filter((w) => w.length > short.length + 1);
    const prefixed = longer.filter((w) => w.startsWith(short)).sort((a, b) => a.length - b.length);
    const kept = longer.filter((w) => inOrder(short, w));
    const full = prefixed.length ? prefixed[0] : kept.length === 1 ? kept[0] : null;
    if (full) map.set(short, full);
  }
  return map;
})();

/** A title word written in full: an abbreviation's full form ("gov." → "governor"), any other word as it is. */
export function fullTitle(word: string): string {
  return FULL_TITLES.get(word.replace(/\.$/, "")) ?? word;
}

/** Prepositions in "-ing" ("including Ann Roe", "according to", "following the vote"): no participle of anyone's. */
export const ING_PREPOSITIONS: ReadonlySet<string> = new Set(
  "including excluding according regarding concerning following barring".split(" "),
);
export const STOP_LEFT = new Set(
  "that which what who whom whose when while after before because as if but or so than said says told according where".split(
    " ",
  ),
);

/** Words that open an adverbial clause after an attribution: "said as …", "shouted while …". */
export const ADVERBIAL_OPENERS = new Set([
  "as",
  "while",
  "when",
  "after",
  "before",
  "until",
  "because",
  "with",
  "outside",
  "amid",
]);

export const AUX_BEFORE_CUE = new Set(
  "did does do has have had also later then previously earlier separately repeatedly once again further recently subsequently already would will could should may might just first not never now still".split(
    " ",
  ),
);

export const WEEKDAYS = new Set(calendar.weekdays.map((forms) => forms[0]));
export const MONTHS = new Set(calendar.months.flat());
export const TIME_NOUNS = new Set("week month year weekend morning afternoon evening night time".split(" "));
export const MANNER_NOUNS = new Set(
  "statement letter interview speech post tweet court hearing press briefing report".split(" "),
);

export function isPunct(w: string): boolean {
  if (!w) return true;
  const c = w.charCodeAt(0);
  if (w === "'s" || w === "’s") return false;
  // ("47% say …": the sign is the word "percent".)
  if (w === "%") return false;
  return w.length === 1 && !/[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

export function sentenceIndexBefore(doc: Doc, offset: number): number {
  return firstAtOrAfter(doc.sentences, offset, (s) => s.start) - 1;
}

export function lastMentionBefore(e: Entity, before: number): number {
  let pos = -1;
  for (const m of e.mentions) if (m.start < before && m.start > pos) pos = m.start;
  return pos;
}

/** A manner adverb between a subject and its cue ("Ms Roe publicly said", "he angrily denied"). */
export function isLyAdverb(w: string): boolean {
  return w.length > 5 && w.endsWith("ly") && !NOT_ADVERBS.has(w);
}
const NOT_ADVERBS = new Set("family assembly supply rally ally daily weekly monthly italy july early only".split(" "));

/**
 * Speech verbs that stand before their subject after a quotation or a comma ('“…,” said Ann Roe',
 * 'asked the boy', 'explained Tom Vale').
 */
export const INVERTING_LEMMAS: ReadonlySet<string> = new Set(["say", "add", "write", "ask", "tell", "explain", "note"]);

const AUXILIARIES = "is was were are had has have would will could should may might can cannot did does do must".split(
  " ",
);
/**
 * Auxiliaries and modals, which mark a finite clause, with their negative contractions ("doesn't",
 * "won’t", "can't"; either apostrophe), the closed set English writes.
 */
export const FINITE_HINTS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ..."isn aren wasn weren hasn haven hadn wouldn couldn shouldn mightn mustn didn doesn don"
    .split(" ")
    .flatMap((n) => [`${n}'t`, `${n}’t`]),
  ...["won't", "won’t", "can't", "can’t", "shan't", "shan’t"],
]);
