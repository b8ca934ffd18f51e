// The news layer's rule-based candidates: capitalised runs of words, split at titles and
// honorifics, typed by the gazetteer, organisation and place designators, given names and the
// shape of the run. One left-to-right pass over the tokens of each sentence; every look-around
// is bounded, so the cost stays linear in the length of the text.
import { isDigitCode, isUpperCode, type Doc, tokenAtOrAfter } from "../../core/doc.js";
import type { EntityType, Span } from "../../core/schema.js";
import { GAZETTEER_MAX_WORDS, lookupGazetteer } from "./gazetteer.js";
import {
  ADDRESS_TITLES,
  DEMONYMS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  LOC_DESIGNATORS,
  MISC_FINALS,
  MISC_INITIALS,
  MONTHS,
  NAME_PARTICLES,
  ORG_DESIGNATORS,
  ORG_HEADS,
  NOBLE_TITLES,
  POSTNOMINALS,
  ROLE_MODIFIERS,
  ROLE_TITLES,
  WEEKDAYS,
} from "./lexicon.js";
import { isEastAsianFamilyName, isGivenName } from "./names.js";

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
}

const MAX_RUN = 40;

/** Tokens of a run: index into doc.tokens. */
type Run = number[];

const POSSESSIVE_PLACES = new Set(
  "palace hospital college park church cathedral square island bridge school street road lane gate cross bench".split(
    " ",
  ),
);
const DIGIT_HOSTS = new Set(["unit", "apt", "no", "group", "squad", "division", "brigade", "regiment", "channel", "g"]);
const DOTTED_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gov",
  "sen",
  "rep",
  "jr",
  "sr",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "prof",
  "rev",
  "det",
  "insp",
  "supt",
  "no",
  "hon",
  "cllr",
  "maj",
  "adm",
  "cmdr",
]);
/** Acronyms in capitals that name no entity. */
const NON_ENTITY_ACRONYMS = new Set(
  (
    "i a ok tv it ai id ip pc pm am gmt bst utc est pst ceo cfo coo cto mp mps kc qc mep msp dna gdp vat vpn usb " +
    "sms pdf faq ii iii iv vi vii viii ix xi xii ad bc dc uk-based us-based tbc aka diy lgbt lgbtq covid hiv aids " +
    "rip ps cv hr pr vip ngo ngos atm pin apt ok ip ips os ios i.t it gp pmqs mo pa"
  ).split(" "),
);
/** "shares in Tesco", "a stake in Acme": "in" before a company, not a place. */
const STAKE_NOUNS = new Set(
  "shares share stake stakes investment investments interest holding holdings confidence faith job jobs role career".split(
    " ",
  ),
);
/** Endings of abstract nouns and adjectives that a personal name hardly ever has. */
export const NOUN_ENDINGS = /(?:tion|sion|ity|ment|ness|ship|ism|ics|ial|ege|ology|ative|ical|ous|ful|less|tary|nary)$/;
const SURNAME_PLACES = new Set(
  "hill hills hall field park lane wood bay street bridge castle tower marsh town".split(" "),
);
const OPENING_MODIFIERS = new Set(["former", "acting", "interim", "outgoing", "incoming", "then", "ex", "senior"]);
const PLACE_NOUNS = new Set(
  "town city village county state province region district borough port capital suburb island municipality".split(" "),
);
const SEAT_HOLDERS = new Set([
  "mp",
  "member",
  "senator",
  "representative",
  "congressman",
  "congresswoman",
  "candidate",
]);
/**
 * Where a run of capitalised words after an office and "of"/"for" ends in a person's name, the
 * index in the run where the name starts ("Director of Public Prosecutions Jane Doe" → 4), else -1.
 * The name is the last two or three words, opening with a known given name.
 */
function officeBeforeName(doc: Doc, run: Run): number {
  const lw = run.map((t) => lower(tokenString(doc, t)));
  let f = 0;
  while (f < lw.length && (ROLE_MODIFIERS.has(lw[f]) || lw[f] === "the")) f++;
  if (f >= lw.length || !(ROLE_TITLES.has(lw[f]) || ADDRESS_TITLES.has(lw[f]))) return -1;
  for (const size of [3, 2]) {
    const i = lw.length - size;
    if (i <= f + 2 || !isGivenName(lw[i])) continue;
    if (!lw.slice(f + 1, i).some((w) => w === "of" || w === "for")) continue;
    const name = run.slice(i).map((t) => tokenString(doc, t));
    if (name.every((w) => isCapWord(w) && !isTitleWord(lower(w)))) return i;
  }
  return -1;
}

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

export interface CandidateContext {
  doc: Doc;
  /** Lower-case forms of every word the document writes in lower case: evidence a word is common. */
  lowerWords: Set<string>;
  headlineParagraphs: Set<number>;
}

export function candidateContext(doc: Doc): CandidateContext {
  const lowerWords = new Set<string>();
  const { start, end, count } = doc.tokens;
  for (let t = 0; t < count; t++) {
    const c = doc.text.charCodeAt(start[t]);
    if (c >= 97 && c <= 122) lowerWords.add(doc.text.slice(start[t], end[t]));
  }
  const headlineParagraphs = new Set<number>();
  // Only the opening paragraph of a longer text can be its headline (a results table or a
  // one-paragraph text is not).
  if (doc.paragraphs.length > 1 && isHeadline(doc, doc.paragraphs[0])) headlineParagraphs.add(0);
  return { doc, lowerWords, headlineParagraphs };
}

/** A short paragraph without a closing full stop whose words are mostly capitalised. */
function isHeadline(doc: Doc, p: Span): boolean {
  if (p.end - p.start > 200) return false;
  const last = doc.text.charCodeAt(p.end - 1);
  if (last === 46 || last === 34 || last === 0x201d || last === 58) return false;
  let words = 0;
  let caps = 0;
  const t0 = firstTokenAt(doc, p.start);
  for (let t = t0; t < doc.tokens.count && doc.tokens.start[t] < p.end; t++) {
    const w = tokenString(doc, t);
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    if (isUpperCode(w.charCodeAt(0)) || FUNCTION_WORDS.has(w)) caps += isUpperCode(w.charCodeAt(0)) ? 1 : 0.5;
  }
  return words >= 3 && caps / words >= 0.75;
}

function firstTokenAt(doc: Doc, offset: number): number {
  return tokenAtOrAfter(doc, offset);
}

function tokenString(doc: Doc, t: number): string {
  return doc.text.slice(doc.tokens.start[t], doc.tokens.end[t]);
}

function isCapWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return isUpperCode(c) && /^\p{L}/u.test(w) && !CONTRACTION.test(w);
}

/** "I’m", "We’ll", "Don’t", "That’s": capitalised only because they open a sentence or are "I". */
const CONTRACTION = /^(?:I|We|You|They|He|She|It|That|There|What|Who|Let|Here)['’](?:m|ll|re|ve|d|s)$|n['’]t$/;
function isAllCaps(w: string): boolean {
  const letters = w.replace(/[^\p{L}]/gu, "");
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
const lower = (w: string): string => w.toLowerCase().replace(/\.$/, "");

/** All candidates of the document, in text order. */
export function findCandidates(doc: Doc, ctx: CandidateContext = candidateContext(doc)): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const headline = ctx.headlineParagraphs.has(s.paragraph);
    let t = s.firstToken;
    while (t < s.lastToken) {
      const w = tokenString(doc, t);
      // "China-based", "U.S.-led", "anti-Kremlin": a known name inside a hyphenated word.
      if (w.includes("-") && w.length < 60) {
        const parts = hyphenParts(doc, t);
        if (parts.length) {
          for (const c of parts) out.push({ ...c, headline });
          t++;
          continue;
        }
      }
      // "told parliament": the institution written in lower case.
      if (w === "parliament" && !/^(?:a|an|any|every|each|no)$/i.test(t > 0 ? tokenString(doc, t - 1) : "")) {
        const start = doc.tokens.start[t];
        const end = doc.tokens.end[t];
        const hit = lookupGazetteer("Parliament");
        if (hit && tokenString(doc, t + 1) !== "of")
          out.push({ ...bareCandidate(start, end, hit.type, "gazetteer", hit.name), headline });
        t++;
        continue;
      }
      if (!isCapWord(w) && !(isNameDigitWord(w) && t > s.firstToken)) {
        t++;
        continue;
      }
      const run = collectRun(doc, t, s.lastToken);
      if (headline) {
        // Title case proves nothing in a headline: keep known names, and single words that
        // resolution may find named in the body.
        for (const c of headlineCandidates(ctx, run)) out.push({ ...c, headline });
        t = run[run.length - 1] + 1;
        continue;
      }
      const opening = isSentenceOpening(doc, run[0], s.firstToken);
      // "Director of Public Prosecutions Jane Doe": the office is a role; only the name is read.
      const nameAt = officeBeforeName(doc, run);
      if (nameAt > 0) {
        for (const c of classifyRun(ctx, run.slice(nameAt), false)) out.push({ ...c, headline });
        t = run[run.length - 1] + 1;
        continue;
      }
      for (const part of splitRun(doc, run))
        for (const c of classifyRun(ctx, part, opening && part[0] === run[0])) out.push({ ...c, headline });
      t = run[run.length - 1] + 1;
    }
  }
  return out;
}

function headlineCandidates(ctx: CandidateContext, run: Run): Candidate[] {
  const out: Candidate[] = [];
  for (const p of splitByGazetteer(ctx, run, 0, run.length)) {
    const [a, b] = p.tokens;
    if (p.canonical && p.type) {
      out.push(makeCandidate(ctx.doc, run, a, b, p.type, "gazetteer", p.canonical));
      continue;
    }
    for (let i = a; i < b; i++) {
      const w = tokenString(ctx.doc, run[i]);
      const lw = lower(w);
      if (!isCapWord(w) || FUNCTION_WORDS.has(lw) || isTitleWord(lw) || GENERIC_CAPITALS.has(lw)) continue;
      out.push(makeCandidate(ctx.doc, run, i, i + 1, null, "unknown", null));
    }
  }
  return out;
}

/** Gazetteer names inside a hyphenated word, when the word as a whole is not one. */
function hyphenParts(doc: Doc, t: number): Candidate[] {
  const w = tokenString(doc, t);
  if (lookupGazetteer(w)) return [];
  const out: Candidate[] = [];
  let from = 0;
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length && w[i] !== "-") continue;
    const part = w.slice(from, i);
    if (part.length > 1 && isCapWord(part)) {
      const hit = lookupGazetteer(part);
      // A town inside a hyphenated word names a company or a team ("Hydro-Québec"), not the town.
      if (hit && !hit.place) {
        const start = doc.tokens.start[t] + from;
        out.push(bareCandidate(start, start + part.length, hit.type, "gazetteer", hit.name));
      }
    }
    from = i + 1;
  }
  return out;
}

function bareCandidate(
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

/** Words like "No10" or "APT31": letters then digits. */
function isNameDigitWord(w: string): boolean {
  return /^[A-Z][A-Za-z]*\d+$/.test(w);
}

/** First word of a sentence, or first after an opening quote, colon or dash: capitals there prove nothing. */
function isSentenceOpening(doc: Doc, t: number, first: number): boolean {
  if (t === first) return true;
  const prev = tokenString(doc, t - 1);
  if (prev === '"' || prev === "“" || prev === "‘" || prev === ":" || prev === "—" || prev === "(" || prev === "'")
    return t - 1 === first || prev !== "'" || doc.tokens.start[t] === doc.tokens.end[t - 1];
  return false;
}

/** The longest run of capitalised words from `t`, through joining words and initials. */
function collectRun(doc: Doc, t: number, last: number): Run {
  const run: Run = [t];
  let i = t + 1;
  // No name runs to 40 words; the bound keeps every later step over a run small.
  while (i < last && run.length < MAX_RUN) {
    const w = tokenString(doc, i);
    const prev = tokenString(doc, run[run.length - 1]);
    if (w.includes("-") && hyphenParts(doc, i).length) break; // read on its own ("China-based")
    if (isCapWord(w) || isNameDigitWord(w)) {
      run.push(i++);
      continue;
    }
    // A full stop after an initial or an abbreviated title ("Joshua S. Levy", "Sen. Rick Scott").
    if (
      w === "." &&
      doc.tokens.start[i] === doc.tokens.end[run[run.length - 1]] &&
      (prev.length === 1 || DOTTED_ABBREVIATIONS.has(prev.toLowerCase())) &&
      i + 1 < last &&
      isCapWord(tokenString(doc, i + 1))
    ) {
      run.push(i++);
      continue;
    }
    // Numbers that belong to a name ("Unit 29155", "APT 31", "Channel 4").
    if (isDigitCode(w.charCodeAt(0)) && DIGIT_HOSTS.has(prev.toLowerCase()) && /^\d+$/.test(w)) {
      run.push(i++);
      continue;
    }
    // "&" between capitals ("AT&T", "Procter & Gamble").
    if (w === "&" && i + 1 < last && isCapWord(tokenString(doc, i + 1))) {
      run.push(i++);
      continue;
    }
    // Joining words: "of", "of the", "for", "and", name particles; a possessive before a designator.
    const lw = w.toLowerCase();
    if (lw === "of" || lw === "for" || lw === "and" || NAME_PARTICLES.has(lw)) {
      let j = i + 1;
      if (j < last && tokenString(doc, j) === "the") j++;
      // Chains of particles: "Ursula von der Leyen", "Vincent van de Berg".
      while (NAME_PARTICLES.has(lw) && j < last && j < i + 3 && NAME_PARTICLES.has(tokenString(doc, j))) j++;
      if (j < last && isCapWord(tokenString(doc, j))) {
        for (let k = i; k < j; k++) run.push(k);
        i = j;
        continue;
      }
    }
    if ((w === "'s" || w === "’s") && i + 1 < last) {
      const next = tokenString(doc, i + 1);
      // "St James's Palace", "Guy's Hospital": one word before the possessive, a place word after it.
      const short = run.length <= 2 && !ORG_DESIGNATORS.has(prev.toLowerCase()) && !lookupGazetteer(prev);
      if (short && isCapWord(next) && POSSESSIVE_PLACES.has(next.toLowerCase())) {
        run.push(i++);
        continue;
      }
    }
    break;
  }
  return run;
}

/** Splits a run into candidates. */
function classifyRun(ctx: CandidateContext, run: Run, opening: boolean): Candidate[] {
  const { doc } = ctx;
  const words = run.map((t) => tokenString(doc, t));
  const lw = words.map(lower);
  const out: Candidate[] = [];
  // A known name is taken whole before any title inside it is read ("Premier League").
  const known = lookupSpan(ctx, run, 0, run.length);
  if (known) return [known];
  if (MISC_FINALS.has(lw[lw.length - 1]) || MISC_INITIALS.has(lw[0])) return out; // "Official Secrets Act"
  if (NOBLE_TITLES.has(lw[0]) && lw[1] === "of") return out; // "Duke of York" is a title, not a place

  // 1. A title or form of address followed by a name: the name is a person.
  for (let k = run.length - 2; k >= 0; k--) {
    if (!isTitleWord(lw[k]) || words[k + (words[k + 1] === "." ? 2 : 1)] === undefined) continue;
    let nameFrom = k + 1;
    if (words[nameFrom] === ".") nameFrom++;
    if (nameFrom >= run.length || !isCapWord(words[nameFrom])) continue;
    if (lw.slice(k + 1).includes("of") || lw.slice(k + 1).includes("for")) continue;
    // The name part must hold a word that is no title itself.
    let nameTo = run.length;
    while (nameTo > nameFrom && (POSTNOMINALS.has(lw[nameTo - 1]) || words[nameTo - 1] === ".")) nameTo--;
    while (nameFrom < nameTo && (GENERIC_CAPITALS.has(lw[nameFrom]) || isTitleWord(lw[nameFrom]))) nameFrom++;
    if (nameFrom >= nameTo) continue;
    // "Executive Chamber" is a body; but after Mr/Ms/Dr a surname such as Park, Hill or Wood is a surname.
    // …but a first name and one such word is a person: "MP Mark Field", "Rep. Sally Hill".
    const givenAndSurname = nameTo - nameFrom === 2 && isGivenName(lw[nameFrom]);
    if (
      !HONORIFICS.has(lw[k]) &&
      !givenAndSurname &&
      (isOrgWord(lw[nameTo - 1]) || LOC_DESIGNATORS.has(lw[nameTo - 1]))
    )
      continue;
    if (nameTo - nameFrom === 1 && isDateWord(lw[nameFrom]) && !HONORIFICS.has(lw[k])) continue;
    const nameWords = words.slice(nameFrom, nameTo);
    const nameKey = nameWords.join(" ");
    const gaz = lookupGazetteer(nameKey);
    // "President Trump" yes, "Secretary State" no; a town's name after "Mr" is a surname ("Mr Bolton").
    if (gaz && gaz.type !== "person" && !gaz.place) continue;
    // Forms of address immediately before the name belong to the titled mention.
    let addrFrom = nameFrom;
    while (addrFrom > 0) {
      const p = lw[addrFrom - 1];
      if (words[addrFrom - 1] === ".") {
        addrFrom--;
        continue;
      }
      if (HONORIFICS.has(p) || ADDRESS_TITLES.has(p)) addrFrom--;
      else break;
    }
    const honorific = addrFrom < nameFrom ? lw[nameFrom - 1 - (words[nameFrom - 1] === "." ? 1 : 0)] : null;
    const postnominal =
      nameTo < run.length && POSTNOMINALS.has(lw[nameTo])
        ? { start: doc.tokens.start[run[nameTo]], end: doc.tokens.end[run[nameTo]] }
        : null;
    // What stands before the forms of address may itself name a body or place ("Commons", "FBI").
    const prefixEnd = trimTitles(lw, addrFrom);
    if (prefixEnd > 0) out.push(...classifyPlain(ctx, run.slice(0, prefixEnd), opening, true));
    out.push({
      start: doc.tokens.start[run[addrFrom]],
      end: doc.tokens.end[run[nameTo - 1]],
      nameStart: doc.tokens.start[run[nameFrom]],
      nameEnd: doc.tokens.end[run[nameTo - 1]],
      type: "person",
      canonical: null,
      honorific,
      evidence: "title",
      postnominal,
      headline: false,
    });
    return out;
  }

  // A title alone ("Major", "King", "Judge") may be the surname of someone named in full:
  // left untyped, resolution keeps it only if so.
  if (run.length === 1 && isTitleWord(lw[0]) && !HONORIFICS.has(lw[0]))
    return [makeCandidate(doc, run, 0, 1, null, "unknown", null)];
  // "The Justice department": the opening "The" is dropped, the word before the body word kept.
  if (run.length === 2 && lw[0] === "the" && listedBody(doc, run[1] + 1) && !lookupGazetteer(words[1]))
    return [makeCandidate(doc, run, 1, 2, "organization", "designator", null)];

  // 2. Post-nominal letters without a title before: "Guy Vassall-Adams KC".
  let end = run.length;
  let postnominal: Span | null = null;
  if (end >= 2 && POSTNOMINALS.has(lw[end - 1]) && isAllCaps(words[end - 1]) && !lookupGazetteer(words.join(" "))) {
    postnominal = { start: doc.tokens.start[run[end - 1]], end: doc.tokens.end[run[end - 1]] };
    end--;
  }
  // A run that ends in a title with no name after it ("FBI Director", "the Prime Minister").
  const plainEnd = trimTitles(lw.slice(0, end), end);
  const plain = classifyPlain(ctx, run.slice(0, plainEnd), opening, false);
  if (postnominal) {
    for (const c of plain) if (c.type === "person" || c.type === null) c.postnominal = postnominal;
    for (const c of plain) if (c.type === null) c.type = "person";
  }
  out.push(...plain);
  return out;
}

/** A month or weekday written in full ("May" alone is a month unless a form of address precedes it). */
function isDateWord(w: string): boolean {
  return (MONTHS.has(w) || WEEKDAYS.has(w)) && w.length > 3;
}

function isTitleWord(w: string): boolean {
  return HONORIFICS.has(w) || ADDRESS_TITLES.has(w) || ROLE_TITLES.has(w);
}

/** Index after the last word of `lw[0, end)` that is no title, modifier or full stop. */
function trimTitles(lw: string[], end: number): number {
  let e = end;
  let stripped = false;
  while (e > 0) {
    const x = lw[e - 1];
    const title = (ROLE_TITLES.has(x) || ADDRESS_TITLES.has(x)) && !(e >= 2 && isGivenName(lw[e - 2])); // "Nadia Major"
    if (!(title || x === "" || (stripped && GENERIC_CAPITALS.has(x) && !lookupGazetteer(x)))) break;
    if (e >= 2 && (lw[e - 2] === "of" || lw[e - 2] === "the" || lw[e - 2] === "for")) break; // "Department of Justice"
    // Keep designator-final bodies whole ("Home Office" is a body, not a title).
    if (ORG_DESIGNATORS.has(x) && e >= 2 && !isTitleWord(lw[e - 2])) break;
    stripped = stripped || title;
    e--;
  }
  return e;
}

/** Candidates from a run with no title inside it. */
function classifyPlain(ctx: CandidateContext, run: Run, opening: boolean, prefixOnly: boolean): Candidate[] {
  const { doc } = ctx;
  // Drop joining words and full stops at the edges.
  let a = 0;
  let b = run.length;
  const w = (i: number) => tokenString(doc, run[i]);
  const l = (i: number) => lower(w(i));
  const isJoin = (i: number) => !isCapWord(w(i)) && !isNameDigitWord(w(i)) && !/^\d+$/.test(w(i));
  while (a < b && isJoin(a)) a++;
  while (b > a && isJoin(b - 1)) b--;
  if (a >= b) return [];

  // A body or place known by name, with or without "The" ("The Telegraph").
  const whole = lookupSpan(ctx, run, a, b);
  if (whole) return [whole];

  // Sentence-initial capitals prove nothing: drop common first words ("Prosecutors", "The", "Both").
  if (a === 0 && opening) {
    while (a < b && FUNCTION_WORDS.has(l(a)) && !isAllCaps(w(a))) {
      a++;
      while (a < b && isJoin(a)) a++;
    }
    // One common word may open the sentence ("Prosecutors", "Speaking"), unless the run is a body's name.
    let bodyName = a < b && isOrgWord(l(b - 1));
    for (let i = a; i < b - 1; i++)
      if (ORG_HEADS.has(l(i)) && (l(i + 1) === "of" || l(i + 1) === "for")) bodyName = true;
    if (a < b && !bodyName && isCommonOpener(ctx, w(a))) {
      a++;
      while (a < b && isJoin(a)) a++;
    }
    if (a >= b) return [];
    const rest = lookupSpan(ctx, run, a, b);
    if (rest) return [rest];
  }
  while (a < b && OPENING_MODIFIERS.has(l(a))) a++; // "Former US Air National Guard"
  while (
    a < b &&
    ((FUNCTION_WORDS.has(l(a)) && !isAllCaps(w(a))) || DEMONYMS.has(l(a))) &&
    !endsInDesignator(l(b - 1))
  ) {
    a++;
    while (a < b && isJoin(a)) a++;
  }
  if (a >= b) return [];
  if (a > 0) {
    const rest = lookupSpan(ctx, run, a, b);
    if (rest) return [rest];
  }

  const first = l(a);
  const last = l(b - 1);
  const n = b - a;
  if (MISC_FINALS.has(last) || MISC_INITIALS.has(first)) return [];
  if (n === 1 && (MONTHS.has(first) || WEEKDAYS.has(first) || DEMONYMS.has(first))) return [];

  const make = (
    from: number,
    to: number,
    type: EntityType | null,
    evidence: Evidence,
    canonical: string | null = null,
  ) => makeCandidate(doc, run, from, to, type, evidence, canonical);

  // A body followed by a person: "Former US Air National Guard Jack Teixeira".
  for (let i = a + 1; i < b - 1; i++) {
    // "Tory MP Mark Field", "Labour MP Grace Hill": after post-nominal letters, the name is a person's.
    if (isGivenName(l(i)) && POSTNOMINALS.has(l(i - 1)) && isAllCaps(w(i - 1)) && b - i <= 3) {
      const before = i - 1 > a ? classifyPlain(ctx, run.slice(0, i - 1), opening, true) : [];
      return [...before, make(i, b, "person", "title")];
    }
    if (isGivenName(l(i)) && isOrgWord(l(i - 1)) && isCapWord(w(i + 1))) {
      return [
        ...classifyPlain(ctx, run.slice(0, i), opening, prefixOnly),
        ...classifyPlain(ctx, run.slice(i, b), false, prefixOnly),
      ];
    }
  }
  // Numbered units and groups: "Unit 29155", "APT 31".
  if (n >= 2 && /^\d+$/.test(w(b - 1)) && DIGIT_HOSTS.has(l(b - 2))) return [make(a, b, "organization", "designator")];
  // A designator makes the whole run a body or place ("Woolwich Crown Court", "China Research Group").
  if (isOrgWord(last) && n >= 2 && !GENERIC_ONLY(run, a, b - 1, l)) {
    const tail = longestGazetteerSuffix(ctx, run, a, b);
    return [make(a, b, "organization", "designator", tail?.type === "organization" ? tail.name : null)];
  }
  for (let i = a; i < b - 2; i++) {
    if ((ORG_HEADS.has(l(i)) || isOrgWord(l(i))) && (l(i + 1) === "of" || l(i + 1) === "for"))
      return [make(a, b, "organization", "designator")]; // "New York Department of Labor", "Group for Trade"
  }
  if (LOC_DESIGNATORS.has(last) && n >= 2) {
    // Place words that are also surnames: "Damon Hill", "Sally Field" are people.
    if (n === 2 && SURNAME_PLACES.has(last) && isGivenName(first)) return [make(a, b, "person", "given-name")];
    return [make(a, b, "location", "designator")];
  }

  // A word before a first name is a role or label, not part of the name ("Defender Hassan Abbas").
  if (n >= 3 && isGivenName(l(a + 1)) && !isGivenName(first) && !lookupGazetteer(w(a)) && !isDateWord(l(a + 1)))
    return classifyPlain(ctx, run.slice(a + 1, b), false, prefixOnly);
  // A first name opens a person's name even when a later word is a place ("Jordan Henderson").
  if (n >= 2 && n <= 3 && isGivenName(first) && !isDateWord(first) && !FUNCTION_WORDS.has(first)) {
    let titleCase = true;
    for (let i = a; i < b; i++) if (!/^\p{Lu}[\p{Ll}'’-]/u.test(w(i))) titleCase = false;
    if (titleCase) return [make(a, b, "person", "given-name")];
  }
  // Known names inside a longer run: a place with other words ("RBC Ukraine", "La France
  // Insoumise", "Boston Celtics") is most often the name of a body; other runs split around them.
  const pieces = splitByGazetteer(ctx, run, a, b);
  const placeInName =
    pieces.length > 1 &&
    pieces.every((p) => (p.canonical ? p.type === "location" : isNameLike(ctx, run, p.tokens[0], p.tokens[1])));
  if (placeInName && !prefixOnly) return [make(a, b, "organization", "shape")];
  if (pieces.length > 1 || (pieces.length === 1 && pieces[0].canonical)) {
    const out: Candidate[] = [];
    for (const p of pieces) {
      if (p.canonical) out.push(make(p.tokens[0], p.tokens[1], p.type, "gazetteer", p.canonical));
      else out.push(...classifyUnknown(ctx, run, p.tokens[0], p.tokens[1], prefixOnly));
    }
    return out;
  }
  return classifyUnknown(ctx, run, a, b, prefixOnly);
}

/** Words that could be part of a proper name: capitalised, none a title, generic or common word. */
function isNameLike(ctx: CandidateContext, run: Run, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokenString(ctx.doc, run[i]);
    const lw = lower(w);
    if (!isCapWord(w) && !NAME_PARTICLES.has(lw)) return false;
    if (isTitleWord(lw) || GENERIC_CAPITALS.has(lw) || FUNCTION_WORDS.has(lw) || DEMONYMS.has(lw)) return false;
    if (MONTHS.has(lw) || WEEKDAYS.has(lw) || ctx.lowerWords.has(lw)) return false;
  }
  return a < b;
}

const GENERIC_ONLY = (run: Run, a: number, b: number, l: (i: number) => string): boolean => {
  for (let i = a; i < b; i++) if (!FUNCTION_WORDS.has(l(i))) return false;
  return a < b;
};

function endsInDesignator(w: string): boolean {
  return ORG_DESIGNATORS.has(w) || LOC_DESIGNATORS.has(w);
}

/** A capitalised first word that is a common word: a function word, or one the text writes in lower case. */
function isCommonOpener(ctx: CandidateContext, word: string): boolean {
  const lw = word.toLowerCase();
  if (isGivenName(lw) && !FUNCTION_WORDS.has(lw)) return false;
  if (lookupGazetteer(word)) return false;
  return (
    FUNCTION_WORDS.has(lw) ||
    ctx.lowerWords.has(lw) ||
    GENERIC_CAPITALS.has(lw) ||
    PAGE_IMPERATIVES.has(lw) ||
    /(ing|ly|ed)$/.test(lw)
  );
}

/** Verbs that open the calls to action of web pages ("Follow Pam Key on Twitter", "Contact Jo Bloggs at …"). */
const PAGE_IMPERATIVES = new Set(
  "follow contact read watch click subscribe sign join share listen email visit download tweet message".split(" "),
);

function lookupSpan(ctx: CandidateContext, run: Run, a: number, b: number): Candidate | null {
  if (b - a > GAZETTEER_MAX_WORDS + 2) return null;
  const text = ctx.doc.text.slice(ctx.doc.tokens.start[run[a]], ctx.doc.tokens.end[run[b - 1]]);
  const hit = lookupGazetteer(text);
  if (!hit) return null;
  return makeCandidate(ctx.doc, run, a, b, hit.type, "gazetteer", hit.place ? null : hit.name);
}

function longestGazetteerSuffix(ctx: CandidateContext, run: Run, a: number, b: number) {
  for (let i = a + 1; i < b; i++) {
    const text = ctx.doc.text.slice(ctx.doc.tokens.start[run[i]], ctx.doc.tokens.end[run[b - 1]]);
    const hit = lookupGazetteer(text);
    if (hit) return hit;
  }
  return null;
}

const isOrgWord = (w: string): boolean =>
  ORG_DESIGNATORS.has(w) ||
  (w.endsWith("s") && ORG_DESIGNATORS.has(w.slice(0, -1))) ||
  (w.endsWith("ies") && ORG_DESIGNATORS.has(w.slice(0, -3) + "y")); // "Agencies", "Companies"
const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...ORG_DESIGNATORS,
  ..."republic kingdom gulf isle isles bay city state province sea straits strait cape port lake mount".split(" "),
]);

/**
 * Cuts a run at the joining words that separate two names ("Home Office and Downing Street",
 * "CEO of Hong Kong Watch") and keeps those inside one ("Department of the Treasury",
 * "Cybersecurity and Infrastructure Security Agency", "Group for Trade and Investment").
 */
export function splitRun(doc: Doc, run: Run): Run[] {
  const w = run.map((t) => tokenString(doc, t));
  const lw = w.map((x) => x.toLowerCase());
  // Segments of capitalised words between joining words.
  const parts: Run[] = [];
  let cur: Run = [];
  let insideOf = false;
  const lastOf = (r: Run) => (r.length ? lower(tokenString(doc, r[r.length - 1])) : "");
  for (let i = 0; i < run.length; i++) {
    const x = lw[i];
    if (x !== "of" && x !== "for" && x !== "and") {
      cur.push(run[i]);
      continue;
    }
    let j = i + 1;
    if (j < run.length && lw[j] === "the") j++;
    // The segment after the joining word, up to the next joining word.
    let k = j;
    while (k < run.length && lw[k] !== "of" && lw[k] !== "for" && lw[k] !== "and") k++;
    const before = lastOf(cur);
    const after = lw.slice(j, k).map((y) => y.replace(/\.$/, ""));
    const whole = doc.text.slice(doc.tokens.start[cur[0] ?? run[i]], doc.tokens.end[run[k - 1]]);
    let join: boolean;
    if (lookupGazetteer(whole)) join = true;
    else if (x === "and") {
      const leftKnown = cur.length > 0 && lookupGazetteer(textOf(doc, cur)) !== null;
      join =
        !leftKnown &&
        !isOrgWord(before) &&
        !LOC_DESIGNATORS.has(before) &&
        (insideOf || (after.length > 0 && isOrgWord(after[after.length - 1])));
    } else {
      // "Group of MPs", "Council of Ministers"… a plural common word after "of" is no part of a name.
      const afterWord = w[j] ?? "";
      const pluralCommon = k === j + 1 && (GENERIC_CAPITALS.has(after[0] ?? "") || /^\p{Lu}+s$/u.test(afterWord));
      join =
        before !== "staff" &&
        !pluralCommon &&
        (OF_HEADS.has(before) || isOrgWord(before) || (x === "of" && NOBLE_TITLES.has(before)));
    }
    if (join) {
      if (x !== "and") insideOf = true;
      for (let m = i; m < j; m++) cur.push(run[m]);
    } else {
      if (cur.length) parts.push(cur);
      cur = [];
      insideOf = false;
    }
    i = j - 1;
  }
  if (cur.length) parts.push(cur);
  return parts;
}

function textOf(doc: Doc, r: Run): string {
  return doc.text.slice(doc.tokens.start[r[0]], doc.tokens.end[r[r.length - 1]]);
}

interface GazPiece {
  tokens: [number, number];
  type: EntityType | null;
  canonical: string | null;
}

/** Longest-match scan for gazetteer names inside run[a, b); the gaps between them are kept as unknown pieces. */
function splitByGazetteer(ctx: CandidateContext, run: Run, a: number, b: number): GazPiece[] {
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
      if (h && (!h.place || i === a)) {
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
function listedBody(doc: Doc, t: number): boolean {
  const end = Math.min(doc.tokens.count, t + 12);
  for (let i = t; i < end; i++) {
    const w = tokenString(doc, i);
    if (PLURAL_BODIES.has(w)) return true;
    if (w === "," || w === "and" || w === "or" || isCapWord(w)) continue;
    return false;
  }
  return false;
}

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

/** A run no list knows: a person by its shape, an acronym, a place after "in", or unknown. */
function classifyUnknown(ctx: CandidateContext, run: Run, a: number, b: number, prefixOnly: boolean): Candidate[] {
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
  if (n === 1 && (isAllCaps(words[0]) || /^[A-Z]{2,}s$/.test(words[0])) && words[0].length <= 8) {
    if (/^[A-Z]-[A-Z]/.test(words[0])) return []; // "(D-N.Y.)": party and state of a US lawmaker
    const folded = words[0].toLowerCase().replace(/\./g, "");
    if (NON_ENTITY_ACRONYMS.has(folded) || NON_ENTITY_ACRONYMS.has(folded.replace(/s$/, ""))) return [];
    if (isAllCaps(doc.text.slice(doc.tokens.start[run[0]], doc.tokens.end[run[run.length - 1]])) && run.length > 3)
      return []; // a shouted headline
    if (shoutedNeighbour(doc, run[a] - 1, -1) || shoutedNeighbour(doc, run[b - 1] + 1, 1)) return []; // "THEY LOSE, WE WIN"
    return [make("organization", "acronym")];
  }
  if (/^[A-Z]+\d+$/.test(words[0]) && n === 1) return [make("organization", "acronym")];
  if (prefixOnly) return [];
  if (n === 1 && (MONTHS.has(lw[0]) || WEEKDAYS.has(lw[0]))) return [];
  // Words in capitals throughout ("LONDON (AP)"): only the gazetteer can tell.
  if (words.every((x) => isAllCaps(x) || x.length === 1)) return [];

  const prevTok = run[a] - 1;
  const prev = prevTok >= 0 ? tokenString(doc, prevTok).toLowerCase() : "";
  const prev2 = prevTok >= 1 ? tokenString(doc, prevTok - 1).toLowerCase() : "";
  const nextTok = run[b - 1] + 1;
  const next = nextTok < doc.tokens.count ? tokenString(doc, nextTok) : "";
  // "Jane Roe, 41, of Mill Farm, Thame": the words of an address are places.
  if (inAddress(doc, run[a])) return [make("location", "context")];
  // "a category B jail", "Plan B Options": a letter after a label noun is a grade, not an initial.
  if (n >= 2 && words[0].length === 1 && LETTER_LABELS.has(prev))
    return classifyUnknown(ctx, run, a + 1, b, prefixOnly);
  // "the town of Dighton", "MP for Brent North": the context names a place.
  if ((prev === "of" && PLACE_NOUNS.has(prev2)) || (prev === "for" && SEAT_HOLDERS.has(prev2)))
    return [make("location", "designator")];
  // "the Biden administration": a leader's name.
  if (n === 1 && (next === "administration" || next === "presidency")) return [make("person", "context")];
  // "Your Honor", "His Excellency", "the Skripals": forms of address and families.
  if (prev === "your" || prev === "his" || prev === "her") return [];
  // "a former Royal Marine", "an Iron Man": a capitalised common noun, not a name.
  const article = (x: string) => x === "a" || x === "an";
  if (!isGivenName(lw[0]) && (article(prev) || (article(prev2) && /^\p{Ll}+$/u.test(prev)))) return [];
  const afterPlace = PLACE_PREPOSITIONS.has(prev) && prev !== "from" && !(prev === "in" && STAKE_NOUNS.has(prev2));
  if (isGivenName(lw[0]) && n >= 2 && n <= 4 && !isDateWord(lw[0])) return [make("person", "given-name")];
  if (isEastAsianFamilyName(lw[0]) && n >= 2 && n <= 3 && words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x)))
    return [make("person", "given-name")]; // "Wang Yi", "Zhao Guangzong"
  if (n >= 3 && GENERIC_CAPITALS.has(lw[0]) && !afterPlace) return classifyUnknown(ctx, run, a + 1, b, prefixOnly);
  if (afterPlace && !isGivenName(lw[0])) return [make("location", "context")];
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

function makeCandidate(
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
