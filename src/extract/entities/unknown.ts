// A run no list knows: a person by its shape, an acronym, a place by its context, or unknown.
import { type Doc, perDoc } from "../../core/doc.js";
import { looksLikeAcronym } from "../../core/names.js";
import type { EntityType } from "../../core/schema.js";
import { lookupGazetteer } from "./gazetteer.js";
import {
  COMMON_ABBREVIATIONS,
  COMMON_WORDS,
  COMPASS_ADJECTIVES,
  COMPASS_POINTS,
  DEMONYMS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  LEGISLATURES,
  MISC_FINALS,
  MISC_INITIALS,
  MONTHS,
  PROPER_ADJECTIVES,
  ROLE_TITLES,
  WEEKDAYS,
} from "./lexicon.js";
import { isEastAsianFamilyName, isGivenName } from "./names.js";
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import { isFiniteVerbForm } from "../quotes/verb-forms.js";
import {
  type Evidence,
  type Candidate,
  type Run,
  NOUN_ENDINGS,
  type CandidateContext,
  tokenString,
  isCapWord,
  isAllCaps,
  lower,
  abbreviatedDayAfterThe,
  isDateWord,
  isNameLike,
  listedBody,
  makeCandidate,
} from "./run.js";

/** Words of position before a compass adjective ("Middle Eastern", "Far Western"). */
const POSITION_WORDS = new Set(["middle", "far", "near", "upper", "lower", "deep"]);

/**
 * Two words of a region: a compass adjective after a word of position describes one ("the Middle
 * Eastern country", "Far Eastern trade") and is no name; a compass point after one is the region
 * ("the Far East", "the Deep South").
 */
function compassRegion(lw: readonly string[]): "adjective" | "region" | null {
  if (!POSITION_WORDS.has(lw[0])) return null;
  return COMPASS_ADJECTIVES.has(lw[1]) ? "adjective" : COMPASS_POINTS.has(lw[1]) ? "region" : null;
}

/** Acronyms in capitals that name no entity. */
const NON_ENTITY_ACRONYMS = new Set(
  (
    "i a ok tv it ai id ip pc pm am gmt bst utc est pst ceo cfo coo cto mp mps kc qc mep msp dna gdp vat vpn usb " +
    "sms pdf faq ii iii iv vi vii viii ix xi xii ad bc dc uk-based us-based tbc aka diy lgbt lgbtq covid hiv aids " +
    "rip ps cv hr pr vip ngo ngos atm pin apt ok ip ips os ios i.t it gp pmqs mo pa"
  ).split(" "),
);
/** A clock time ("7 p.m.", "9:30") or the word "times" right before a word. */
const CLOCK_BEFORE = /(?:\d\s*[ap]\.?m\.?|\d:\d\d|\btimes?)\s+$/i;
/**
 * A common abbreviation ("CEO", "GDP"), letters the text defines as no body's, or a time zone:
 * letters after a clock time or "times" ("at 7 p.m. EDT", "(all times EDT)"). Letters WordNet
 * spells out as a kind of thing ("SUV", "PAC") and letters the text also writes in the plural
 * ("two PACs") name no body either, unless the text spells them out as a name ("the Tarrow Public
 * Arts Council (PAC)", "the Lake Ferry Offices … LFOs").
 */
function nonEntityAcronym(doc: Doc, written: string, folded: string, start: number): boolean {
  const text = doc.text;
  if (
    NON_ENTITY_ACRONYMS.has(folded) ||
    CLOCK_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    NON_ENTITY_ACRONYMS.has(folded.replace(/s$/, ""))
  )
    return true;
  const seen = acronymsOf(doc);
  // (once per document and word: the search runs through the whole text)
  let noBody = seen.noBody.get(written);
  if (noBody === undefined) seen.noBody.set(written, (noBody = abbreviatesNoBody(text, written)));
  if (noBody) return true;
  const letters = written.replace(/(?<=[A-Z])s$/, "");
  const kind =
    COMMON_ABBREVIATIONS.has(folded) || COMMON_ABBREVIATIONS.has(letters.toLowerCase()) || seen.plural.has(letters);
  if (!kind) return false;
  let spelled = seen.spelled.get(letters);
  if (spelled === undefined) seen.spelled.set(letters, (spelled = spelledAsName(text, letters)));
  return !spelled;
}

/**
 * Per document: the letters it writes with a plural "s" ("two PACs": a kind of thing, a body is
 * one of its kind, so "the PAC" is one too), whether Capitalised words spell out letters, and
 * whether the text defines letters as short for no body's words.
 */
interface Acronyms {
  plural: Set<string>;
  spelled: Map<string, boolean>;
  noBody: Map<string, boolean>;
}
const acronymsOf = perDoc<Acronyms>((doc) => ({
  plural: new Set([...doc.text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{2,})s(?![\p{L}\p{N}])/gu)].map((m) => m[1])),
  spelled: new Map(),
  noBody: new Map(),
}));

/** Whether Capitalised words of the text spell out the letters, small words between allowed ("Lake District Ferry Offices", "Bank of Tarrow"). */
export function spelledAsName(text: string, letters: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(letters)) return false;
  const words = [...letters].map((l) => `${l}[\\p{Ll}'’-]+`).join("\\s+(?:(?:of|and|for|the|on|de)\\s+)*");
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * Whether Capitalised words of the text spell out an acronym written with small letters for the
 * small words of the name, one word a letter: "MoJ" for "Ministry of Justice", "DfE" for
 * "Department for Education" (so "PhD" or "MoS" that no name spells out are none).
 */
function spelledWithSmallWords(text: string, acronym: string): boolean {
  if (!/^[A-Z][A-Za-z]{1,6}$/.test(acronym) || !/[a-z]/.test(acronym) || !looksLikeAcronym(acronym)) return false;
  const words = [...acronym].map((l) => (/[A-Z]/.test(l) ? `${l}[\\p{Ll}'’-]+` : `${l}\\p{Ll}*`)).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * Letters the text defines in brackets as short for words in lower case ("a high-security unit
 * (HSU)") or for the name of a law ("the Road Safety Act 1988 (RSA)"): no body, anywhere in the text.
 */
function abbreviatesNoBody(text: string, letters: string): boolean {
  for (let i = text.indexOf(`(${letters}`); i >= 0; i = text.indexOf(`(${letters}`, i + 1)) {
    const words = text
      .slice(Math.max(0, i - 100), i)
      .split(/[\s-]+/)
      .filter((w) => /^\p{L}/u.test(w));
    const spelled = words.slice(-letters.length);
    if (
      spelled
        .map((w) => w[0])
        .join("")
        .toUpperCase() !== letters
    )
      continue;
    const last = spelled[spelled.length - 1].toLowerCase();
    if (spelled.every((w) => w === w.toLowerCase()) || MISC_FINALS.has(last)) return true;
  }
  return false;
}

/** "shares in Tesco", "a stake in Acme": "in" before a company, not a place. */
const STAKE_NOUNS = new Set(
  "shares share stake stakes investment investments interest holding holdings confidence faith job jobs role career".split(
    " ",
  ),
);
/**
 * "cybersecurity firm Zorvane", "the chipmaker Vantel": a name right after a noun for a kind of
 * body, with no article between, is that body's (not one opening with a given name: "the firm
 * Ann Lee founded").
 */
function namedAfterBodyKind(prev: string, lw: string[], words: string[]): boolean {
  if (!isBodyKind(prev)) return false;
  return !isGivenName(lw[0]) && words.every((x) => /^\p{Lu}/u.test(x));
}

/**
 * Whether a lower-case noun names a kind of body ("firm", "broadcaster", "chipmaker"); a maker
 * whose most frequent sense is a person is none ("the lawmaker Vane", "filmmaker Ann Lee").
 */
export function isBodyKind(w: string): boolean {
  return BODY_KINDS.has(w) || (w.endsWith("maker") && w.length > 5 && !PERSON_FIRST_NOUNS.has(w));
}

/**
 * "the official Vantel news agency said", "a Harwick subsidiary": a noun in lower case for a kind
 * of body right after a name makes the name that body's.
 */
function bodyKindAfter(doc: Doc, t: number): boolean {
  if (t >= doc.tokens.count) return false;
  const w = tokenString(doc, t);
  if (w === "news" && t + 1 < doc.tokens.count) return /^agenc(?:y|ies)$/.test(tokenString(doc, t + 1));
  return /^\p{Ll}/u.test(w) && isBodyKind(w);
}

/**
 * "Britain's Sun newspaper", "Ohio's Plain Dealer newspaper": after a listed place and its
 * possessive, the Capitalised words `run[a, b)` before a noun for a kind of body name that place's
 * outlet or firm, though they are common words or a weekday's short form ("Sun"); not a nationality.
 */
export function placesOutlet(doc: Doc, run: Run, a: number, b: number): boolean {
  const prevTok = run[a] - 1;
  if (prevTok < 1 || !/^['’]s$/.test(tokenString(doc, prevTok)) || !bodyKindAfter(doc, run[b - 1] + 1)) return false;
  if (lookupGazetteer(tokenString(doc, prevTok - 1))?.type !== "location") return false;
  for (let i = a; i < b; i++) {
    const x = lower(tokenString(doc, run[i]));
    if (FUNCTION_WORDS.has(x) || DEMONYMS.has(x)) return false;
  }
  return true;
}

/**
 * A word that can only be a name: no given name, common English word, word the text writes in
 * lower case, nationality or other adjective written with a capital ("Vellish").
 */
export function ownName(ctx: CandidateContext, written: string): boolean {
  const w = lower(written);
  return (
    !isGivenName(w) &&
    !COMMON_WORDS.has(w) &&
    !ctx.lowerWords.has(w) &&
    !DEMONYMS.has(w) &&
    !PROPER_ADJECTIVES.has(written)
  );
}

/**
 * "Tarrow is a village in Kent", "Vell was a small market town of the Marches", "Ombry is a
 * village and parish near Lyle": what a name's sentence goes on to define it as, a settlement or
 * an area (`PLACE_NOUNS`) in or of another place, makes it that place.
 */
function definedAsPlace(after: string): boolean {
  const m = DEFINED_AS.exec(after);
  return m !== null && (PLACE_NOUNS.has(m[1]) || (m[2] !== undefined && PLACE_NOUNS.has(m[2])));
}
const DEFINED_AS =
  /^\s+(?:is|was)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+and\s+(\p{Ll}+))?\s+(?:in|of|near|on)\s/u;

/**
 * ", the Chinese foreign minister,", ", a retired judge.", ", a research fellow at the Vell
 * Institute", ", a delegate sitting on the panel": an apposition after a name whose noun, before a
 * comma, a full stop, the preposition or the participle that goes on to say where or whom it
 * serves, names a role or a kind of person (WordNet's first sense).
 */
export function roleApposition(text: string, end: number): boolean {
  const m = ROLE_APPOSITION.exec(text.slice(end, end + 60));
  return m !== null && (ROLE_TITLES.has(m[1]) || PERSON_FIRST_NOUNS.has(m[1]));
}
const ROLE_APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}+)(?:\s*[,.;]|\s+(?:at|of|for|in|from|with)\s|\s+\p{Ll}+ing\s)/u;

/**
 * "a tearful Quenby told the court": one word the text writes after a given name ("Mira Quenby"),
 * before a finite verb ("told", "says", "wept", a regular past), a comma or a full stop, is that
 * person again after an article and an adjective.
 */
function surnameAgain(ctx: CandidateContext, words: readonly string[], next: string): boolean {
  if (words.length !== 1 || !ctx.surnamesAfterGivenNames.has(words[0])) return false;
  return next === "," || next === "." || isFiniteVerbForm(next) || /^\p{Ll}{2,}ed$/u.test(next);
}

/** Nouns for a kind of body that stand right before its name ("the broadcaster Zorvane", "firm Vantel"). */
const BODY_KINDS = new Set(
  (
    "firm company corporation conglomerate startup start-up subsidiary bank lender insurer retailer airline " +
    "broadcaster newspaper tabloid magazine publisher band charity manufacturer automaker"
  ).split(" "),
);
const PLACE_NOUNS = new Set(
  "town city village county state province region district borough port capital suburb island municipality".split(" "),
);
/**
 * Whether the run starting at token `t` follows a seat's holder and "for": "the MP for Glen Morris",
 * "the Labour member for Neville Heath" name a constituency, a place, even one that opens with a
 * given name. A representative or candidate "for" someone speaks or stands for that person ("a
 * representative for Tamsin Vell said").
 */
export function constituencyAt(doc: Doc, t: number): boolean {
  if (t < 2 || tokenString(doc, t - 1) !== "for") return false;
  const holder = tokenString(doc, t - 2).toLowerCase();
  return SEAT_HOLDERS.has(holder) || (LEGISLATURES.has(holder) && memberOfBefore(doc, t - 2));
}

/**
 * Whether "member of" (and up to two words, "the Scottish") stands before the legislature at token
 * `k`: "Member of Parliament for Tarrow", "a member of the Scottish Parliament for Ayrford" hold a seat.
 */
function memberOfBefore(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--)
    if (tokenString(doc, j).toLowerCase() === "of") return /^members?$/i.test(tokenString(doc, j - 1));
  return false;
}

/** Possessive determiners, and the clitic of a possessive noun ("Vell's wife"). */
const POSSESSIVES = new Set(["his", "her", "their", "my", "our", "your", "'s", "’s"]);
const SEAT_HOLDERS = new Set(["mp", "member", "senator", "congressman", "congresswoman"]);
/**
 * Whether token `t` stands in an address given after a person's age: "Jane Roe, 41, of Mill
 * Farm, Thame, Oxfordshire" (t at "Mill", "Thame" or "Oxfordshire").
 */
function inAddress(doc: Doc, t: number): boolean {
  let k = t - 1;
  for (let steps = 0; k >= 0 && steps < 14; steps++, k--) {
    const w = tokenString(doc, k);
    if (w === "of") break;
    if (w !== "," && !isCapWord(w)) return false;
  }
  if (k < 3 || tokenString(doc, k) !== "of" || tokenString(doc, k - 1) !== ",") return false;
  const age = tokenString(doc, k - 2);
  const before = tokenString(doc, k - 3);
  return /^\d{1,3}$/.test(age) && (before === "," || before.toLowerCase() === "aged");
}

/** Nouns that take a letter as their grade or name ("category B", "type A", "plan C"). */
const LETTER_LABELS = new Set(
  "category type class grade plan section schedule article part wing block level tier group vitamin".split(" "),
);
/** Prepositions after which an unknown capitalised name is a place ("in Leyton", "near Dighton"). */
const PLACE_PREPOSITIONS = new Set(["in", "near", "at", "outside", "across", "around", "throughout", "from"]);

/** Words that are never acronyms: one of them in capitals beside a capitalised word means shouting. */
const SHOUT_WORDS = new Set(
  "they we you he she the no not more our your their my his her is are was were be will must and or but to of for with this that do does".split(
    " ",
  ),
);

/** Whether the word token at `k` (past one comma, in direction `dir`) is a common word written in capitals. */
function shoutedNeighbour(doc: Doc, k: number, dir: 1 | -1): boolean {
  if (k >= 0 && k < doc.tokens.count && tokenString(doc, k) === ",") k += dir;
  if (k < 0 || k >= doc.tokens.count) return false;
  const w = tokenString(doc, k);
  return isAllCaps(w) && SHOUT_WORDS.has(w.toLowerCase());
}

/**
 * A word written as an acronym: in capitals ("NCA"), with a plural "s" ("MPs"), or with small
 * letters for the small words of a name the text spells out ("the Ministry of Justice (MoJ)").
 */
function acronymShape(text: string, w: string): boolean {
  return (isAllCaps(w) || /^[A-Z]{2,}s$/.test(w) || spelledWithSmallWords(text, w)) && w.length <= 8;
}

/** Per document: the words it writes with one capital and small letters after it ("Varley"). */
const oneCapitalWords = perDoc((doc) => {
  const words = new Set<string>();
  for (let t = 0; t < doc.tokens.count; t++) {
    const w = tokenString(doc, t);
    if (/^\p{Lu}\p{Ll}+$/u.test(w)) words.add(w);
  }
  return words;
});

/** Whether the text writes a word given in capitals ("VARLEY") as a word with one capital ("Varley"). */
function writtenWithOneCapital(doc: Doc, word: string): boolean {
  return oneCapitalWords(doc).has(word[0] + word.slice(1).toLowerCase());
}

/** The candidate of one word written as an acronym ("NCA"): a body, unless it is a common abbreviation, a label or a shout. */
function acronymCandidate(doc: Doc, run: Run, a: number, b: number, word: string): Candidate[] {
  const make = (type: EntityType | null, evidence: Evidence) => makeCandidate(doc, run, a, b, type, evidence, null);
  if (/^[A-Z]-[A-Z]/.test(word)) return []; // "(D-N.Y.)": party and state of a US lawmaker
  const folded = word.toLowerCase().replace(/\./g, "");
  if (nonEntityAcronym(doc, word, folded, doc.tokens.start[run[a]])) return [];
  // A common word in capitals ("UPDATE:", "WATCH", "the LAST word") is a label or a shout, not
  // an acronym: left untyped, for the tagger or the document's other mentions to name it.
  if (COMMON_WORDS.has(folded)) return [make(null, "unknown")];
  // "VARLEY: We never agreed to that." in a transcript, "WHY VARLEY QUIT" over a story: a word in
  // capitals that the text also writes with one capital ("Dana Varley") is that name shouted, no
  // acronym: left untyped, for the text's other mentions to name it ("Nato" names "NATO" a body).
  if (word.length >= 4 && writtenWithOneCapital(doc, word)) return [make(null, "unknown")];
  if (isAllCaps(doc.text.slice(doc.tokens.start[run[0]], doc.tokens.end[run[run.length - 1]])) && run.length > 3)
    return []; // a shouted headline
  if (shoutedNeighbour(doc, run[a] - 1, -1) || shoutedNeighbour(doc, run[b - 1] + 1, 1)) return []; // "THEY LOSE, WE WIN"
  return [make("organization", "acronym")];
}

/** A run no list knows: a person by its shape, an acronym, a place after "in", or unknown. */
// Over 80 lines on purpose: an ordered cascade of rules where the first that fits wins; cut into
// pieces, the order of precedence would be spread over several functions.
export function classifyUnknown(
  ctx: CandidateContext,
  run: Run,
  a: number,
  b: number,
  prefixOnly: boolean,
): Candidate[] {
  const { doc } = ctx;
  const words: string[] = [];
  for (let i = a; i < b; i++) words.push(tokenString(doc, run[i]));
  const lw = words.map(lower);
  const make = (type: EntityType | null, evidence: Evidence) => makeCandidate(doc, run, a, b, type, evidence, null);
  const n = words.filter((x) => x !== ".").length;
  // "the Treasury, Commerce and State departments", "the Justice department": bodies named in a list.
  if (n <= 2 && !FUNCTION_WORDS.has(lw[0]) && !DEMONYMS.has(lw[0]) && listedBody(doc, run[b - 1] + 1))
    return [make("organization", "designator")];
  // ("The US", "the WHO": a function word written in capitals is an abbreviation.)
  if (
    lw.every(
      (x, i) =>
        (FUNCTION_WORDS.has(x) && !isAllCaps(words[i])) ||
        GENERIC_CAPITALS.has(x) ||
        DEMONYMS.has(x) ||
        x === "." ||
        x === "of",
    )
  )
    return [];
  if (MISC_FINALS.has(lw[lw.length - 1]) || MISC_INITIALS.has(lw[0])) return [];

  // Acronyms: an organisation unless it is a common abbreviation.
  if (n === 1 && acronymShape(doc.text, words[0])) return acronymCandidate(doc, run, a, b, words[0]);
  if (/^[A-Z]+\d+$/.test(words[0]) && n === 1) return [make("organization", "acronym")];
  if (prefixOnly) return [];
  if (n === 1 && (MONTHS.has(lw[0]) || WEEKDAYS.has(lw[0])) && !abbreviatedDayAfterThe(doc, run[a])) return [];
  // Words in capitals throughout ("LONDON (AP)"): only the gazetteer can tell.
  if (words.every((x) => isAllCaps(x) || x.length === 1)) return [];
  const prevTok = run[a] - 1;
  const prev = prevTok >= 0 ? tokenString(doc, prevTok).toLowerCase() : "";
  const prev2 = prevTok >= 1 ? tokenString(doc, prevTok - 1).toLowerCase() : "";
  const next = run[b - 1] + 1 < doc.tokens.count ? tokenString(doc, run[b - 1] + 1) : "";
  // "Jane Roe, 41, of Mill Farm, Thame": the words of an address are places.
  if (inAddress(doc, run[a])) return [make("location", "context")];
  // "a category B jail", "Plan B Options": a letter after a label noun is a grade, not an initial.
  if (n >= 2 && words[0].length === 1 && LETTER_LABELS.has(prev))
    return classifyUnknown(ctx, run, a + 1, b, prefixOnly);
  // "the town of Dighton", "MP for Brent North": the context names a place.
  if ((prev === "of" && PLACE_NOUNS.has(prev2)) || constituencyAt(doc, run[a])) return [make("location", "designator")];
  // "his daughter Zorya", "her lawyer Pelletier": a lone name after a possessive and a noun for a
  // kind of person is that person's, in apposition.
  const lowerPrev = prevTok >= 0 && /^\p{Ll}/u.test(tokenString(doc, prevTok));
  if (n === 1 && lowerPrev && POSSESSIVES.has(prev2) && PERSON_FIRST_NOUNS.has(prev) && ownName(ctx, words[0]))
    return [make("person", "context")];
  if (namedAfterBodyKind(prev, lw, words)) return [make("organization", "context")];
  if (bodyKindAfter(doc, run[b - 1] + 1) && words.every((x) => ownName(ctx, x)))
    return [make("organization", "context")];
  if (definedAsPlace(doc.text.slice(doc.tokens.end[run[b - 1]], doc.tokens.end[run[b - 1]] + 80)))
    return [make("location", "context")];
  // "the Biden administration": a leader's name.
  if (n === 1 && (next === "administration" || next === "presidency")) return [make("person", "context")];
  // "Your Honor", "His Excellency", "the Skripals": forms of address and families.
  if (prev === "your" || prev === "his" || prev === "her") return [];
  // "a former Royal Marine", "an Iron Man": a capitalised common noun, not a name (see `surnameAgain`).
  const afterArticle = /^an?$/.test(prev) || (/^an?$/.test(prev2) && /^\p{Ll}+$/u.test(prev));
  if (!isGivenName(lw[0]) && afterArticle && !surnameAgain(ctx, words, next)) return [];
  const afterPlace = PLACE_PREPOSITIONS.has(prev) && prev !== "from" && !(prev === "in" && STAKE_NOUNS.has(prev2));
  if (isGivenName(lw[0]) && n >= 2 && n <= 4 && !isDateWord(lw[0])) return [make("person", "given-name")];
  if (isEastAsianFamilyName(lw[0]) && n >= 2 && n <= 3 && words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)))
    return [make("person", "given-name")]; // "Wang Yi", "Zhao Guangzong"
  if (n >= 3 && GENERIC_CAPITALS.has(lw[0]) && !afterPlace) return classifyUnknown(ctx, run, a + 1, b, prefixOnly);
  // "called in Rustam Vell, the foreign minister, for talks": a role in apposition makes the
  // words after "in" a person's name.
  if (afterPlace && n >= 2 && roleApposition(doc.text, doc.tokens.end[run[b - 1]])) return [make("person", "context")];
  if (afterPlace && !isGivenName(lw[0])) return [make("location", "context")];
  const region = n === 2 ? compassRegion(lw) : null; // "the Far East"; "Middle Eastern" is no name
  if (region) return region === "region" ? [make("location", "designator")] : [];
  // Unknown words with an institutional one among them ("Thug Shaker Central"): a body.
  if (n >= 2 && n <= 4 && lw.some((x) => GENERIC_CAPITALS.has(x)) && isNameLike(ctx, run, a, a + 1))
    return [make("organization", "designator")];
  if (n >= 2 && n <= 4 && lw.every((x) => x === "." || (x.length === 1 && x !== "i") || !GENERIC_CAPITALS.has(x))) {
    if (lw.includes("i")) return [];
    const hasCommon = lw.some((x) => x.length > 3 && ctx.lowerWords.has(x) && !isGivenName(x));
    if (lw[lw.length - 1].length === 1) return []; // "Category B": a name does not end in an initial
    if (words.some((x) => /\d/.test(x))) return []; // "F-102 Delta Dagger": a model, not a person
    if (lw.some((x) => NOUN_ENDINGS.test(x))) return []; // "Parliamentary Privilege", "Politics Live"
    if (!hasCommon && !lw.includes("of") && !lw.includes("and") && !lw.includes("for"))
      return [make("person", "shape")];
    return [];
  }
  if (n === 1) {
    if (GENERIC_CAPITALS.has(lw[0]) || FUNCTION_WORDS.has(lw[0]) || DEMONYMS.has(lw[0])) return [];
    // A first name alone is weak: "Chelsea" the club, "Jordan" the country. The tagger may retype it.
    if (isGivenName(lw[0])) return [make("person", "shape")];
    return [make(null, "unknown")];
  }
  return [];
}
