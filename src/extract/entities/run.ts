// Shared pieces of the rule-based candidates: the Candidate type, the per-document context,
// token helpers, gazetteer look-ups over a run and the name-shape tests every classifier uses.
import { isUpperCode, shortAbbreviationPlural, type Doc, tokenAtOrAfter } from "../../core/doc.js";
import type { EntityType, Span } from "../../core/schema.js";
import { COUNTRY_NAMES, GAZETTEER_MAX_WORDS, lookupGazetteer } from "./gazetteer.js";
import { isGivenName } from "./names.js";
import { isPresentVerbForm } from "../quotes/verb-forms.js";
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import {
  ADDRESS_TITLES,
  CLOSED_CLASS,
  COMMON_NAME_PARTS,
  COMMON_WORDS,
  COUNTRY_OF_ADJECTIVE,
  DEMONYMS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  LOC_DESIGNATORS,
  MONTHS,
  NAME_PARTICLES,
  ORG_DESIGNATORS,
  ROLE_TITLES,
  WEEKDAYS,
} from "./lexicon.js";

export type Evidence =
  "gazetteer" | "designator" | "title" | "given-name" | "shape" | "acronym" | "context" | "tagger" | "unknown";

export interface Candidate {
  /** The mention as written, with a form of address if one stands before the name ("Sir Lindsay Hoyle"). */
  start: number;
  end: number;
  /** The name alone: honorifics, titles and post-nominals dropped ("Lindsay Hoyle"). */
  nameStart: number;
  nameEnd: number;
  /** null: a capitalised word of unknown kind, kept only if resolution finds what it names. */
  type: EntityType | null;
  /** Official name from the gazetteer. */
  canonical: string | null;
  /** Lower-case form of address just before the name ("sir", "mr", "sen"), if any. */
  honorific: string | null;
  evidence: Evidence;
  /** Post-nominal letters after the name ("KC", "MP"). */
  postnominal: Span | null;
  /** Found in a headline-like paragraph: weak evidence on its own. */
  headline: boolean;
  /** A person's full name where the text writes only part of it ("Tom" of "Tom and Ann Roe"). */
  fullName?: string;
}

/** Tokens of a run: index into doc.tokens. */
export type Run = number[];

/** Endings of abstract nouns and adjectives that a personal name hardly ever has. */
export const NOUN_ENDINGS = /(?:tion|sion|ity|ment|ness|ship|ism|ics|ial|ege|ology|ative|ical|ous|ful|less|tary|nary)$/;
export interface CandidateContext {
  doc: Doc;
  /** Lower-case forms of every word the document writes in lower case: evidence a word is common. */
  lowerWords: Set<string>;
  headlineParagraphs: Set<number>;
  /**
   * Capitalised words the body writes right after a given name ("Alexander Lebed"), outside
   * headlines: surnames, whatever their ending.
   */
  surnamesAfterGivenNames: Set<string>;
}

export function candidateContext(doc: Doc): CandidateContext {
  const lowerWords = new Set<string>();
  const { start, end, count } = doc.tokens;
  for (let t = 0; t < count; t++) {
    const c = doc.text.charCodeAt(start[t]);
    if (c >= 97 && c <= 122) lowerWords.add(doc.text.slice(start[t], end[t]));
  }
  const headlines = headlineParagraphs(doc);
  const surnamesAfterGivenNames = new Set<string>();
  for (const s of doc.sentences) {
    if (headlines.has(s.paragraph)) continue;
    for (let t = s.firstToken + 1; t < s.lastToken; t++)
      if (isUpperCode(doc.text.charCodeAt(start[t])) && isGivenName(doc.text.slice(start[t - 1], end[t - 1])))
        surnamesAfterGivenNames.add(doc.text.slice(start[t], end[t]));
  }
  return { doc, lowerWords, headlineParagraphs: headlines, surnamesAfterGivenNames };
}

/** The paragraphs that are headlines or subheadings: title case there proves nothing. */
function headlineParagraphs(doc: Doc): Set<number> {
  const out = new Set<number>();
  // Only the opening paragraph of a longer text can be its headline (a results table or a
  // one-paragraph text is not).
  if (doc.paragraphs.length > 1 && isHeadline(doc, doc.paragraphs[0])) out.add(0);
  // A subheading between paragraphs ("Senators Clash Over Farm Bill Vote") is read as a headline
  // when it is wholly in title case.
  for (let i = 1; i < doc.paragraphs.length - 1; i++) if (isHeadline(doc, doc.paragraphs[i], true)) out.add(i);
  return out;
}

/** The short words that title case leaves in lower case (articles, conjunctions, short prepositions). */
export const TITLE_CASE_SMALL: ReadonlySet<string> = new Set(
  "a an the and or but nor for so yet of to in on at by as up via vs v with from into onto over upon than".split(" "),
);

/**
 * A short paragraph whose words are mostly capitalised, without a closing quotation mark or colon.
 * Some exports end every title with a full stop ("Senator Says Budget Deal Is Dead."); such a line
 * is a headline only when it is written wholly in title case (no lower-case word but the small
 * words title case keeps low; a verb such as "is" is capitalised) with at least two capitalised
 * common words, which a first sentence full of names ("Red Hill Farm is by Ann Lee.") is not.
 */
function isHeadline(doc: Doc, p: Span, strict = false): boolean {
  if (p.end - p.start > 200) return false;
  const last = doc.text.charCodeAt(p.end - 1);
  if (last === 34 || last === 0x201d || last === 58) return false;
  // A subheading is one phrase: a list, a dated entry or a clause with commas is body text.
  if (strict && /[\d,;()]/.test(doc.text.slice(p.start, p.end))) return false;
  const stopped = strict || last === 46;
  let words = 0;
  let caps = 0;
  let lowerContent = 0;
  let lowerClosed = 0;
  let capCommon = 0;
  let capVerb = false;
  const t0 = firstTokenAt(doc, p.start);
  for (let t = t0; t < doc.tokens.count && doc.tokens.start[t] < p.end; t++) {
    const w = tokenString(doc, t);
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    const upper = isUpperCode(w.charCodeAt(0));
    if (upper || FUNCTION_WORDS.has(w)) caps += upper ? 1 : 0.5;
    if (!upper && !TITLE_CASE_SMALL.has(w)) lowerContent++;
    if (!upper && CLOSED_CLASS.has(w)) lowerClosed++;
    // "Vale Refuses to Back Dorn.": a verb of the present capitalised inside the line is title case.
    const verb = upper && t > t0 && isPresentVerbForm(lower(w)) && !COMMON_NAME_PARTS.has(lower(w));
    capVerb ||= verb;
    if (upper && (verb || COMMON_WORDS.has(lower(w))) && !FUNCTION_WORDS.has(lower(w))) capCommon++;
  }
  // With such a verb, the prepositions some styles keep in lower case may stand ("… Calls for Inquiry after Vote.").
  if (capVerb) lowerContent -= lowerClosed;
  if (stopped && (words < 5 || lowerContent > 0 || capCommon < 2)) return false;
  return words >= 3 && caps / words >= 0.75;
}

function firstTokenAt(doc: Doc, offset: number): number {
  return tokenAtOrAfter(doc, offset);
}

export function tokenString(doc: Doc, t: number): string {
  return doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]);
}

export function isCapWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (isUpperCode(c) && /^\p{L}/u.test(w) && !CONTRACTION.test(w)) || ARABIC_ARTICLE.test(w);
}

/**
 * "Mr. de Vallon", "Dr. van der Moeren": a surname may open with one or two lower-case particles.
 * Whether the words from `i` (read by `word`, before `end`) are such particles and then a
 * Capitalised word.
 */
export function particlesThenName(word: (i: number) => string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j < i + 2 && NAME_PARTICLES.has(word(j))) j++;
  return j > i && j < end && isCapWord(word(j));
}

/** "al-Assad", "el-Sisi", "al-Qaeda": the Arabic article joined to a capitalised name is a name's word. */
const ARABIC_ARTICLE = /^(?:al|el)-\p{Lu}\p{Ll}/u;

/** "I’m", "We’ll", "Don’t", "That’s": capitalised only because they open a sentence or are "I". */
const CONTRACTION = /^(?:I|We|You|They|He|She|It|That|There|What|Who|Let|Here)['’](?:m|ll|re|ve|d|s)$|n['’]t$/;
export function isAllCaps(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, "");
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
export const lower = (w: string): string => w.toLowerCase().replace(/\.$/, "");

export function bareCandidate(
  start: number,
  end: number,
  type: EntityType | null,
  evidence: Evidence,
  canonical: string | null,
) {
  return {
    start,
    end,
    nameStart: start,
    nameEnd: end,
    type,
    canonical,
    honorific: null,
    evidence,
    postnominal: null,
    headline: false,
  } satisfies Candidate;
}

/**
 * `candidates` with `readings` put in the place of every candidate that overlaps one of them, in
 * text order. `readings` do not overlap each other and are in text order; each candidate is
 * checked against the one reading that could hold it (a binary search), so many readings cost no
 * scan of all candidates each.
 */
export function readInstead(candidates: Candidate[], readings: Candidate[]): Candidate[] {
  if (!readings.length) return candidates;
  const overlaps = (c: Candidate): boolean => {
    let lo = 0;
    let hi = readings.length - 1;
    let last = -1; // the last reading that starts before the candidate ends
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (readings[mid].start < c.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && readings[last].end > c.start;
  };
  const kept = new Set(readings);
  return [...candidates.filter((c) => !kept.has(c) && !overlaps(c)), ...readings].sort((a, b) => a.start - b.start);
}

/** Words like "No10" or "APT31": letters then digits. */
export function isNameDigitWord(w: string): boolean {
  return /^[A-Z][A-Za-z]*\d+$/.test(w);
}

/** A month or weekday written in full ("May" alone is a month unless a form of address precedes it). */
export function isDateWord(w: string): boolean {
  return (MONTHS.has(w) || WEEKDAYS.has(w)) && w.length > 3;
}

/**
 * "told the Sun", "The Mon reported": a weekday's abbreviation right after "the" names no day (a
 * day is written "on Sun." or "Sun, 6 Dec", with no article) but a title, a newspaper's.
 */
export function abbreviatedDayAfterThe(doc: Doc, t: number): boolean {
  const word = tokenString(doc, t);
  const lw = lower(word);
  // "the SAT" (a test) is an acronym.
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !WEEKDAYS.has(lw) || lw.endsWith("day") || t === 0) return false;
  return lower(tokenString(doc, t - 1)) === "the";
}

/** A title, or a noun whose first sense is a person and that is no part of people's names ("sheriff", not "smith"). */
export function officerWord(w: string): boolean {
  return isTitleWord(w) || (PERSON_FIRST_NOUNS.has(w) && !COMMON_NAME_PARTS.has(w) && !isGivenName(w));
}

export function isTitleWord(w: string): boolean {
  return (
    HONORIFICS.has(w) ||
    ADDRESS_TITLES.has(w) ||
    ROLE_TITLES.has(w) ||
    pluralRoleTitle(w) ||
    pluralShortAddress(w) ||
    hyphenatedTitle(w)
  );
}

/**
 * "Govs. Ann Roe and Tom Dace", "Drs. …": the plural of a form of address of three letters at most
 * (an abbreviation: "gov", "dr") is a title too; longer ones ("Kings", "Queens") also name teams
 * and places.
 */
export function pluralShortAddress(w: string): boolean {
  return shortAbbreviationPlural(w, ADDRESS_TITLES) && !HONORIFICS.has(w); // not "Mrs"
}

/**
 * "Lieutenant-Colonel Ann Vale", "Vice-Admiral Tom Roe": ranks joined by a hyphen, every part a
 * title, make one title; the name after it is the person's and the rank no part of it.
 */
function hyphenatedTitle(w: string): boolean {
  const parts = w.split("-");
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    parts.every((p) => HONORIFICS.has(p) || ADDRESS_TITLES.has(p) || ROLE_TITLES.has(p))
  );
}

/**
 * "Founders Ann Lee and Tom Vane", "the deputy Secretaries": the plural of a role title is a
 * title too, with the plural in -ies of a title in -y ("secretaries", "deputies").
 */
export function pluralRoleTitle(w: string): boolean {
  if (w.length <= 4 || !w.endsWith("s")) return false;
  return ROLE_TITLES.has(w.slice(0, -1)) || (w.endsWith("ies") && ROLE_TITLES.has(`${w.slice(0, -3)}y`));
}

/** Words that could be part of a proper name: capitalised, none a title, generic or common word. */
export function isNameLike(ctx: CandidateContext, run: Run, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokenString(ctx.doc, run[i]);
    const lw = lower(w);
    if (!isCapWord(w) && !NAME_PARTICLES.has(lw)) return false;
    if (isTitleWord(lw) || GENERIC_CAPITALS.has(lw) || FUNCTION_WORDS.has(lw) || DEMONYMS.has(lw)) return false;
    if (MONTHS.has(lw) || WEEKDAYS.has(lw) || ctx.lowerWords.has(lw)) return false;
  }
  return a < b;
}

export function lookupSpan(ctx: CandidateContext, run: Run, a: number, b: number): Candidate | null {
  if (b - a > GAZETTEER_MAX_WORDS + 2) return null;
  const text = ctx.doc.text.slice(ctx.doc.tokens.start[run[a]], ctx.doc.tokens.end[run[b - 1]]);
  const hit = lookupGazetteer(text);
  if (!hit) return null;
  return makeCandidate(ctx.doc, run, a, b, hit.type, "gazetteer", hit.place ? null : hit.name);
}

export function longestGazetteerSuffix(ctx: CandidateContext, run: Run, a: number, b: number) {
  for (let i = a + 1; i < b; i++) {
    const text = ctx.doc.text.slice(ctx.doc.tokens.start[run[i]], ctx.doc.tokens.end[run[b - 1]]);
    const hit = lookupGazetteer(text);
    if (hit) return { ...hit, from: i };
  }
  return null;
}

/**
 * Whether the words run[a, from) before a known body's name only say where it is ("US Justice
 * Department", "British Army"): then the run names that body. Another word makes another body
 * ("New Democratic Party" is not the Democratic Party), and so does a place that is not the body's
 * own: a body whose name names a country belongs to that country and to no other or part of it
 * ("the Hungarian Parliament", "the Welsh Parliament" are not the UK's). A body of no named country
 * stays itself ("the Ohio Senate race" is as often the national Senate's race in Ohio).
 */
export function onlyPlacesBefore(ctx: CandidateContext, run: Run, a: number, from: number, body: string): boolean {
  const own = countryInName(body);
  for (let i = a; i < from; i++) {
    const w = tokenString(ctx.doc, run[i]);
    const lw = lower(w);
    if (lw === "the") continue;
    const place = DEMONYMS.has(lw) ? null : lookupGazetteer(w);
    if (place && place.type !== "location") return false;
    if (!place && !DEMONYMS.has(lw)) return false;
    if (!own) continue;
    // The country the word names: a nationality's ("British"), or a country by name ("UK"); none for a region.
    const country = place
      ? COUNTRY_NAMES.has(place.name)
        ? place.name
        : null
      : (COUNTRY_OF_ADJECTIVE.get(lw) ?? null);
    if (country !== own) return false;
  }
  return true;
}

/**
 * "the Eastern District of Corrin", "the Holy City of Jerusalem": common words, a place's
 * designator (`run[d]`), "of" and a known place's whole name (`run[d + 2, b)`) are one place. Not a
 * designator alone before "of" ("the District of Corrin" is read as Corrin), nor after a name
 * ("Tarvey District of Corrin" is a place named in its region).
 */
export function commonAreaOfPlace(doc: Doc, run: Run, a: number, d: number, b: number): boolean {
  if (d <= a || d + 2 >= b || !LOC_DESIGNATORS.has(lower(tokenString(doc, run[d])))) return false;
  if (lower(tokenString(doc, run[d + 1])) !== "of") return false;
  const first = lower(tokenString(doc, run[a])) === "the" ? a + 1 : a; // "The Eastern District of …" opening a sentence
  if (d <= first) return false;
  for (let i = first; i < d; i++) if (!COMMON_WORDS.has(lower(tokenString(doc, run[i])))) return false;
  return lookupGazetteer(textOf(doc, run.slice(d + 2, b)))?.type === "location";
}

/** The country a body's official name names ("Parliament of the United Kingdom" → United Kingdom), if any. */
function countryInName(name: string): string | null {
  for (const c of COUNTRY_NAMES) if (` ${name} `.includes(` ${c} `)) return c;
  return null;
}

const designates = (w: string): boolean =>
  ORG_DESIGNATORS.has(w) ||
  (w.endsWith("s") && ORG_DESIGNATORS.has(w.slice(0, -1))) ||
  (w.endsWith("ies") && ORG_DESIGNATORS.has(w.slice(0, -3) + "y")); // "Agencies", "Companies"
/** A word that makes a run a body's name; a hyphenated compound's head is its last part ("Harbour Pre-School"). */
export const isOrgWord = (w: string): boolean =>
  designates(w) || (w.includes("-") && designates(w.slice(w.lastIndexOf("-") + 1)));
export function textOf(doc: Doc, r: Run): string {
  return doc.text.slice(doc.tokens.start[r[0]], doc.tokens.end[r[r.length - 1]]);
}

interface GazPiece {
  tokens: [number, number];
  type: EntityType | null;
  canonical: string | null;
}

/** Longest-match scan for gazetteer names inside run[a, b); the gaps between them are kept as unknown pieces. */
export function splitByGazetteer(ctx: CandidateContext, run: Run, a: number, b: number): GazPiece[] {
  const out: GazPiece[] = [];
  let gapFrom = a;
  let i = a;
  while (i < b) {
    let hitEnd = -1;
    let hit = null;
    for (let j = Math.min(b, i + GAZETTEER_MAX_WORDS + 1); j > i; j--) {
      const text = ctx.doc.text.slice(ctx.doc.tokens.start[run[i]], ctx.doc.tokens.end[run[j - 1]]);
      const h = lookupGazetteer(text);
      // A town that opens a run names or places a body ("Harlow Town Council", "Harlow Rovers");
      // later in the run it is as often a surname ("Dale Harlow"): there only the hand-kept list splits.
      // A listed company or team is the whole run or nothing: more capitalised words after it
      // name a part of it ("Zorvex Cloud", "Zorvex Holdings").
      const listedBody = h?.place && h.type === "organization";
      if (h && (!h.place || i === a) && (!listedBody || (i === a && j === b))) {
        hit = h;
        hitEnd = j;
        break;
      }
    }
    if (hit) {
      if (gapFrom < i) out.push({ tokens: [gapFrom, i], type: null, canonical: null });
      out.push({ tokens: [i, hitEnd], type: hit.type, canonical: hit.name });
      i = hitEnd;
      gapFrom = i;
    } else i++;
  }
  if (gapFrom < b) out.push({ tokens: [gapFrom, b], type: null, canonical: null });
  // Trim joining words at the edges of the gaps; drop gaps that hold nothing.
  return out.filter((p) => {
    if (p.canonical) return true;
    let [x, y] = p.tokens;
    while (x < y && !isCapWord(tokenString(ctx.doc, run[x]))) x++;
    while (y > x && !isCapWord(tokenString(ctx.doc, run[y - 1])) && !/^\d+$/.test(tokenString(ctx.doc, run[y - 1])))
      y--;
    p.tokens = [x, y];
    return x < y;
  });
}

const PLURAL_BODIES = new Set(
  "departments ministries agencies committees councils parties services offices department ministry agency committee".split(
    " ",
  ),
);

/** From token `t`: capitalised words joined by commas and "and", then a lower-case body word ("departments"). */
export function listedBody(doc: Doc, t: number): boolean {
  const end = Math.min(doc.tokens.count, t + 12);
  for (let i = t; i < end; i++) {
    const w = tokenString(doc, i);
    if (PLURAL_BODIES.has(w)) return true;
    if (w === "," || w === "and" || w === "or" || isCapWord(w)) continue;
    return false;
  }
  return false;
}

export function makeCandidate(
  doc: Doc,
  run: Run,
  a: number,
  b: number,
  type: EntityType | null,
  evidence: Evidence,
  canonical: string | null,
): Candidate {
  return bareCandidate(doc.tokens.start[run[a]], doc.tokens.end[run[b - 1]], type, evidence, canonical);
}
