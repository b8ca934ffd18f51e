// Classifying one run of capitalised words: titles and forms of address before a name, post-nominal
// letters, designators that make a body or a place, known names inside a longer run.
import { type Doc, isDomainName, perDoc } from "../../core/doc.js";
import { isPeerageTitle } from "../../core/names.js";
import type { EntityType, Span } from "../../core/schema.js";
import { COUNTRY_NAMES, lookupGazetteer } from "./gazetteer.js";
import {
  ADDRESS_TITLES,
  BASE_PREFIXES,
  CLOSED_CLASS,
  COMMON_WORDS,
  COMPASS_POINTS,
  DEMONYMS,
  EXECUTIVE_TITLES,
  COMMON_NAME_PARTS,
  AUXILIARY_VERBS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  isEnglishNoun,
  LEGAL_FORMS,
  LEGISLATURES,
  LOC_DESIGNATORS,
  MISC_FINALS,
  MISC_INITIALS,
  MONTHS,
  NAME_PARTS,
  ORG_DESIGNATORS,
  ORG_HEADS,
  NOBLE_TITLES,
  POSTNOMINALS,
  ROLE_TITLES,
  RANKS,
  RULER_TITLES,
  SHOP_NOUNS,
  SUBJECT_HEADS,
  WEEKDAYS,
} from "./lexicon.js";
import { birthGender, commonWordNoName, isGivenName } from "./names.js";
import {
  type Evidence,
  type Candidate,
  type Run,
  type CandidateContext,
  tokenString,
  isCapWord,
  isAllCaps,
  lower,
  isNameDigitWord,
  isDateWord,
  isTitleWord,
  abbreviatedDayAfterThe,
  bareCandidate,
  pluralRoleTitle,
  pluralShortAddress,
  isNameLike,
  lookupSpan,
  longestGazetteerSuffix,
  onlyPlacesBefore,
  commonAreaOfPlace,
  isOrgWord,
  splitByGazetteer,
  listedBody,
  makeCandidate,
  officerWord,
  particlesThenName,
  textOf,
} from "./run.js";
import { nounAfter } from "./notnames.js";
import { PERSON_NOUNS } from "../roles/index.js";
import { classifyUnknown, constituencyAt, ownName, placesOutlet } from "./unknown.js";

export const DIGIT_HOSTS = new Set([
  "unit",
  "apt",
  "no",
  "group",
  "squad",
  "division",
  "brigade",
  "regiment",
  "channel",
  "g",
]);
/** Place words that are also surnames ("Hill", "Field"): after a given name, a person's name as often as a place. */
export const SURNAME_PLACES: ReadonlySet<string> = new Set(
  "hill hills hall field park lane wood bay street bridge castle tower marsh town".split(" "),
);
const OPENING_MODIFIERS = new Set(["former", "acting", "interim", "outgoing", "incoming", "then", "ex", "senior"]);
/** Splits a run into candidates. */
export function classifyRun(ctx: CandidateContext, run: Run, opening: boolean): Candidate[] {
  const { doc } = ctx;
  const words = run.map((t) => tokenString(doc, t));
  const lw = words.map(lower);
  // A known name is taken whole before any title inside it is read ("Premier League").
  const known = lookupSpan(ctx, run, 0, run.length);
  if (known) return [known];
  if (MISC_FINALS.has(lw[lw.length - 1]) || MISC_INITIALS.has(lw[0])) return []; // "Official Secrets Act"
  if (NOBLE_TITLES.has(lw[0]) && lw[1] === "of") return []; // "Duke of York" is a title, not a place

  // 1. A title or form of address followed by a name: the name is a person.
  for (let k = run.length - 2; k >= 0; k--) {
    const name = nameAfterTitle(words, lw, k);
    if (name) return titledPerson(ctx, run, words, lw, name, opening);
  }

  // A title alone ("Major", "King", "Judge") may be the surname of someone named in full:
  // left untyped, resolution keeps it only if so.
  if (run.length === 1 && isTitleWord(lw[0]) && !HONORIFICS.has(lw[0]))
    return [makeCandidate(doc, run, 0, 1, null, "unknown", null)];
  // So may a title after a form of address ("Dan King was blunt. … Mr. King said"): the address
  // joins the mention and marks the sex, and resolution keeps it only when someone bears that
  // surname ("Mr. President" alone names no one). A peer's style is a title, not an address:
  // "Lord Chancellor" is an office.
  const last = run.length - 1;
  if (
    last >= 1 &&
    last <= 2 &&
    HONORIFICS.has(lw[0]) &&
    !NOBLE_TITLES.has(lw[0]) &&
    (last === 1 || words[1] === ".") &&
    isTitleWord(lw[last]) &&
    !HONORIFICS.has(lw[last])
  )
    return [
      {
        ...makeCandidate(doc, run, last, last + 1, null, "unknown", null),
        start: doc.tokens.start[run[0]],
        honorific: lw[0],
      },
    ];
  // "The Justice department": the opening "The" is dropped, the word before the body word kept.
  if (run.length === 2 && lw[0] === "the" && listedBody(doc, run[1] + 1) && !lookupGazetteer(words[1]))
    return [makeCandidate(doc, run, 1, 2, "organization", "designator", null)];
  return untitledRun(ctx, run, words, lw, opening);
}

/** A weekday written in full ("Tuesday"; not "Tue"). */
function fullWeekday(lw: string): boolean {
  return WEEKDAYS.has(lw) && lw.endsWith("day");
}

/**
 * "told ORV Tuesday", "in Tarrow Bay Monday", "asked Vane Friday": news dates what a name did with a
 * bare weekday after it. Words [a, b) before one are such a name when the gazetteer knows them, or
 * one word is an acronym or a surname the text writes after a given name; other words before a
 * weekday name a day of their own ("Black Friday", "Super Tuesday").
 */
function datedName(ctx: CandidateContext, run: Run, { w }: RunWords, a: number, b: number): boolean {
  if (lookupSpan(ctx, run, a, b)) return true;
  return b - a === 1 && (/^\p{Lu}{2,}$/u.test(w(a)) || ctx.surnamesAfterGivenNames.has(w(a)));
}

/**
 * "Mayor Baron Dale Tasker", "Earl Ross Denby": a peerage word that US birth records give to boys
 * ("earl", "baron") before two names is the man's own given name, no title (a royal's title is a
 * title: "King Omar Vell"). A peer's title comes
 * before one name ("Chief Justice Earl Marsh" stays a peer's form); only the courtesy titles "Lord"
 * and "Lady" go before a given name and a surname ("Lord John Vane"), and neither is a boy's name.
 */
function peerageGivenName(word: string, next: string | undefined, words: number): boolean {
  const lw = word.toLowerCase();
  return (
    isPeerageTitle(lw) &&
    birthGender(lw) === "male" &&
    words >= 3 &&
    next !== undefined &&
    isCapWord(next) &&
    !isTitleWord(next.toLowerCase())
  );
}

/** The word range of the name after the title at `k`, or null when what follows the title is no person's name. */
function nameAfterTitle(words: string[], lw: string[], k: number): { from: number; to: number } | null {
  if (!(isTitleWord(lw[k]) || officeAfterPlace(lw, k)) || words[k + (words[k + 1] === "." ? 2 : 1)] === undefined)
    return null;
  if (peerageGivenName(words[k], words[k + 1], words.length - k)) return null;
  let nameFrom = k + 1;
  if (words[nameFrom] === ".") nameFrom++;
  // After a form of address a surname may open with its particles ("Mr. de Vallon").
  const particles = HONORIFICS.has(lw[k]) && particlesThenName((i) => words[i], nameFrom, words.length);
  if (nameFrom >= words.length || (!isCapWord(words[nameFrom]) && !particles)) return null;
  // A run holds "on" only after a body that names its subject ("Council on Harbour Tolls").
  if (lw.slice(k + 1).some((x) => x === "of" || x === "for" || x === "on")) return null;
  // The name part must hold a word that is no title itself.
  let nameTo = words.length;
  while (nameTo > nameFrom && (POSTNOMINALS.has(lw[nameTo - 1]) || words[nameTo - 1] === ".")) nameTo--;
  // "will meet Foreign Minister Ivo Dal Brand Tuesday": a weekday after a name of two words or
  // more dates the event and is no part of the name ("Sergeant Joe Friday" keeps his surname).
  if (nameTo - nameFrom >= 3 && fullWeekday(lw[nameTo - 1])) nameTo--;
  while (
    nameFrom < nameTo &&
    (GENERIC_CAPITALS.has(lw[nameFrom]) || isTitleWord(lw[nameFrom])) &&
    !peerageGivenName(words[nameFrom], words[nameFrom + 1], words.length - nameFrom)
  )
    nameFrom++;
  // "Chief Magistrate Ann Vale", "Deputy Registrar Tom Vane": after a rank, a word no list holds
  // names the office when a full name follows it; a given name there starts the name ("Chief Mary Ann Cole").
  if (RANKS.has(lw[k]) && nameFrom === k + 1 && nameTo - nameFrom >= 3 && !isGivenName(lw[nameFrom])) nameFrom++;
  if (nameFrom >= nameTo) return null;
  // "Executive Chamber" is a body; but after Mr/Ms/Dr a surname such as Park, Hill or Wood is a surname.
  // …but a first name and one such word is a person: "MP Mark Field", "Rep. Sally Hill"; after a
  // royal's title only a word that is also a part of people's names: "Queen Ann Hospital" is a
  // hospital named after a queen ("hospital" is no one's surname).
  const givenAndSurname =
    nameTo - nameFrom === 2 &&
    isGivenName(lw[nameFrom]) &&
    (!NOBLE_TITLES.has(lw[k]) || COMMON_NAME_PARTS.has(lw[nameTo - 1]));
  if (!HONORIFICS.has(lw[k]) && !givenAndSurname && (isOrgWord(lw[nameTo - 1]) || LOC_DESIGNATORS.has(lw[nameTo - 1])))
    return null;
  if (nameTo - nameFrom === 1 && isDateWord(lw[nameFrom]) && !HONORIFICS.has(lw[k])) return null;
  // "Executive Order 9", "the Justice For Workers Act": common words after a title that no name
  // list holds as name parts or given names are a thing the title words name, no one's name
  // ("Judge Wood", "President Bush": the surnames are name parts; after "Mr" any word is a surname).
  // "General" before a common word opens a body's name, which bodies.ts reads from the title.
  if (!HONORIFICS.has(lw[k]) && lw[k] !== "general" && lw.slice(nameFrom, nameTo).every(commonWordNoName)) return null;
  const gaz = lookupGazetteer(words.slice(nameFrom, nameTo).join(" "));
  // "President Trump" yes, "Secretary State" no; a town's name after "Mr" is a surname ("Mr Bolton").
  if (gaz && gaz.type !== "person" && !gaz.place) return null;
  return { from: nameFrom, to: nameTo };
}

/**
 * "Vell County Sheriff Dana Orrin", "Tarrow County Coroner Ann Lusk": after a place's designator, a
 * noun whose first sense is a person (no title on the lists) is the office held there, as a title
 * would be; the place is a place and the name after the office a person's. So is a noun with any
 * sense naming a person right before a given name ("Vell County Recorder Dana Orrin": a recorder
 * is first a device).
 */
function officeAfterPlace(lw: string[], k: number): boolean {
  if (k < 2 || !LOC_DESIGNATORS.has(lw[k - 1])) return false;
  if (officerWord(lw[k])) return true;
  const named = lw[k + 1] !== undefined && isGivenName(lw[k + 1]);
  return named && PERSON_NOUNS.has(lw[k]) && !isGivenName(lw[k]) && !COMMON_NAME_PARTS.has(lw[k]);
}

/** The person named after a title, with its forms of address, and whatever body or place stands before them. */
function titledPerson(
  ctx: CandidateContext,
  run: Run,
  words: string[],
  lw: string[],
  name: { from: number; to: number },
  opening: boolean,
): Candidate[] {
  const { doc } = ctx;
  const { from: nameFrom, to: nameTo } = name;
  const out: Candidate[] = [];
  // Forms of address immediately before the name belong to the titled mention.
  let addrFrom = nameFrom;
  while (addrFrom > 0) {
    const p = lw[addrFrom - 1];
    if (words[addrFrom - 1] === ".") {
      addrFrom--;
      continue;
    }
    // "Govs. Ann Roe and …": a plural title is no one's address, nor its full stop part of the mention.
    if ((HONORIFICS.has(p) || ADDRESS_TITLES.has(p)) && !pluralShortAddress(p)) addrFrom--;
    else break;
  }
  if (words[addrFrom] === ".") addrFrom++;
  // A functional title just before the forms of address makes one office with them ("Attorney
  // General Dana Holt", "Vice President Ola Berg"): the office is a role, and the person is
  // addressed by the name alone, not by "General Dana Holt". An honorific stays ("Commons
  // Speaker Sir Hugo Vane" is addressed as "Sir Hugo Vane").
  if (
    addrFrom < nameFrom &&
    addrFrom > 0 &&
    !HONORIFICS.has(lw[addrFrom]) &&
    ROLE_TITLES.has(lw[addrFrom - 1]) &&
    !ADDRESS_TITLES.has(lw[addrFrom - 1])
  )
    addrFrom = nameFrom;
  const honorific = addrFrom < nameFrom ? lw[nameFrom - 1 - (words[nameFrom - 1] === "." ? 1 : 0)] : null;
  const postnominal =
    nameTo < run.length && POSTNOMINALS.has(lw[nameTo])
      ? { start: doc.tokens.start[run[nameTo]], end: doc.tokens.end[run[nameTo]] }
      : null;
  // What stands before the forms of address may itself name a body or place ("Commons", "FBI").
  let prefixEnd = trimTitles(lw, addrFrom);
  if (
    prefixEnd >= 3 &&
    prefixEnd === addrFrom &&
    !isTitleWord(lw[prefixEnd - 1]) &&
    officeAfterPlace(lw, prefixEnd - 1)
  )
    prefixEnd--;
  if (qualifiesTitle(words, lw, prefixEnd)) prefixEnd--;
  if (prefixEnd > 0) out.push(...bodyBeforeTitle(ctx, run, words, lw, prefixEnd, opening));
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

/**
 * What the words before a title name. "Brantova CFO Lina Oskarsen": only a company or another body has
 * such an officer, so Capitalised words no list holds before one name that body.
 */
function bodyBeforeTitle(
  ctx: CandidateContext,
  run: Run,
  words: string[],
  lw: string[],
  prefixEnd: number,
  opening: boolean,
): Candidate[] {
  const plain = classifyPlain(ctx, run.slice(0, prefixEnd), opening, true);
  if (plain.length > 0 || prefixEnd > 3 || !EXECUTIVE_TITLES.has(lw[prefixEnd])) return plain;
  const prefix = words.slice(0, prefixEnd);
  if (!prefix.every((w, i) => isCapWord(w) && !FUNCTION_WORDS.has(lw[i]) && ownName(ctx, w))) return plain;
  return [
    bareCandidate(
      ctx.doc.tokens.start[run[0]],
      ctx.doc.tokens.end[run[prefixEnd - 1]],
      "organization",
      "context",
      null,
    ),
  ];
}

/**
 * A capitalised word before a listed first name, in a run of three or four words, that the list
 * of people's names holds and that is no English word, no word for a person or a role, no title,
 * no demonym and no place ("Bartek" in "Bartek Marta Okonjo"): a first name the given names lack,
 * not a label or a role before the name.
 */
function unlistedFirstName(word: string, n: number): boolean {
  const lw = word.toLowerCase();
  return (
    n <= 4 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    NAME_PARTS.has(lw) &&
    !isEnglishNoun(lw) &&
    !PERSON_NOUNS.has(lw) &&
    !isTitleWord(lw) &&
    !DEMONYMS.has(lw) &&
    !lookupGazetteer(word)
  );
}

/**
 * Whether the last word before a title (`lw[prefixEnd - 1]`) qualifies the title rather than
 * ending a name. "Georgia Political Editor Ann Vale": a common word after a known place; the place is
 * where the role is held, and no person "Georgia Political". "White House Press Secretary Ann Roe": a
 * word naming a kind of body after a listed body's whole name, which with it names no listed body;
 * the body is the listed one, and no body "White House Press". A place's designator after a country's
 * name ("U.S. District Judge") likewise.
 */
function qualifiesTitle(words: string[], lw: string[], prefixEnd: number): boolean {
  if (prefixEnd < 2) return false;
  const x = lw[prefixEnd - 1];
  const before = lookupGazetteer(words.slice(0, prefixEnd - 1).join(" "));
  if (commonWordNoName(x) && !isOrgWord(x) && !LOC_DESIGNATORS.has(x)) return before?.type === "location";
  // "U.S. District Judge Ann Roe": a country's name names none of its districts; the district is the
  // judge's, the place the country. So is a district after a state's or a county's name ("Ohio
  // District Judge Ann Roe", "Vell County District Attorney Tom Rell": the place is Ohio, Vell County).
  if (LOC_DESIGNATORS.has(x)) {
    if (lookupGazetteer(words.slice(0, prefixEnd).join(" "))) return false;
    if (COUNTRY_NAMES.has(before?.name ?? "")) return true;
    return (
      x === "district" && (before?.type === "location" || (prefixEnd >= 3 && LOC_DESIGNATORS.has(lw[prefixEnd - 2])))
    );
  }
  return (
    ORG_DESIGNATORS.has(x) && before?.type === "organization" && !lookupGazetteer(words.slice(0, prefixEnd).join(" "))
  );
}

/** A run with no title before a name: post-nominal letters ("Guy Vassall-Adams KC") and trailing titles are cut. */
function untitledRun(ctx: CandidateContext, run: Run, words: string[], lw: string[], opening: boolean): Candidate[] {
  const { doc } = ctx;
  let end = run.length;
  let postnominal: Span | null = null;
  if (end >= 2 && POSTNOMINALS.has(lw[end - 1]) && isAllCaps(words[end - 1]) && !lookupGazetteer(words.join(" "))) {
    postnominal = { start: doc.tokens.start[run[end - 1]], end: doc.tokens.end[run[end - 1]] };
    end--;
  }
  // A run that ends in a title with no name after it ("FBI Director", "the Prime Minister"); but
  // after "Office of the" a title is the office the body is named for ("Office of the Inspector
  // General").
  const officeBody = end > 3 && ORG_HEADS.has(lw[0]) && lw[1] === "of" && lw[2] === "the";
  const plainEnd = officeBody ? end : trimTitles(lw.slice(0, end), end);
  const plain = classifyPlain(ctx, run.slice(0, plainEnd), opening, false);
  if (postnominal) {
    for (const c of plain) if (c.type === "person" || c.type === null) c.postnominal = postnominal;
    for (const c of plain) if (c.type === null) c.type = "person";
  }
  return plain;
}

/** Index after the last word of `lw[0, end)` that is no title, modifier or full stop. */
function trimTitles(lw: string[], end: number): number {
  let e = end;
  let stripped = false;
  while (e > 0) {
    const x = lw[e - 1];
    // "Nadia Major" is a name, but "Tory Councillor" a party and a title: after a body's name a
    // form of address with no name after it is a title too.
    const afterBody = e >= 2 && lookupGazetteer(lw[e - 2])?.type === "organization";
    // …but a given name that is also a place ("Florida Senator", "Georgia Governor") is the place.
    // A title word that is also a surname ("King", "Bishop"), ending a run that opens with a
    // given name with no title between, is the surname ("Anna Jean King won": "Jean" is in no
    // list of given names; "Ann Vale Chair" keeps its title).
    const givenFirst: boolean =
      !stripped &&
      e >= 3 &&
      COMMON_NAME_PARTS.has(x) &&
      isGivenName(lw[0]) &&
      !lookupGazetteer(lw[0]) &&
      lw.slice(1, e - 1).every((w) => !isTitleWord(w) && !FUNCTION_WORDS.has(w));
    const named: boolean =
      e >= 2 && (isGivenName(lw[e - 2]) || givenFirst) && !afterBody && lookupGazetteer(lw[e - 2])?.type !== "location";
    // A ruler's title ends no name: after one it is a surname ("Dan Abed Khalif").
    const address = ADDRESS_TITLES.has(x) && !(RULER_TITLES.has(x) && e >= 2);
    const title: boolean =
      (ROLE_TITLES.has(x) || address || pluralRoleTitle(x) || (afterBody && HONORIFICS.has(x))) && !named;
    if (!(title || x === "" || (stripped && GENERIC_CAPITALS.has(x) && !lookupGazetteer(x)))) break;
    if (e >= 2 && (lw[e - 2] === "of" || lw[e - 2] === "the" || lw[e - 2] === "for")) break; // "Department of Justice"
    // Keep designator-final bodies whole ("Home Office" is a body, not a title).
    if (ORG_DESIGNATORS.has(x) && e >= 2 && !isTitleWord(lw[e - 2])) break;
    stripped = stripped || title;
    e--;
  }
  return e;
}

/** Word access on one run: the word, its lower-case form, and whether it is a joining word. */
interface RunWords {
  w: (i: number) => string;
  l: (i: number) => string;
  isJoin: (i: number) => boolean;
}

function runWords(ctx: CandidateContext, run: Run): RunWords {
  const w = (i: number) => tokenString(ctx.doc, run[i]);
  const l = (i: number) => lower(w(i));
  const isJoin = (i: number) => !isCapWord(w(i)) && !isNameDigitWord(w(i)) && !/^\d+$/.test(w(i));
  return { w, l, isJoin };
}

/** Candidates from a run with no title inside it. */
function classifyPlain(ctx: CandidateContext, run: Run, opening: boolean, prefixOnly: boolean): Candidate[] {
  const rw = runWords(ctx, run);
  const { w, l } = rw;
  const range = trimPlainRun(ctx, run, rw, opening);
  if (Array.isArray(range)) return range;
  const { a, b } = range;
  const first = l(a);
  const last = l(b - 1);
  const n = b - a;
  if (MISC_FINALS.has(last) || MISC_INITIALS.has(first)) return [];
  // "Tolvane Grain said" after "Tolvane Grain Ltd.": words the text writes before a legal form are a body's name.
  if (n >= 2 && beforeLegalForm(ctx.doc, a, b, w))
    return [makeCandidate(ctx.doc, run, a, b, "organization", "context", null)];
  // "Harrow's Bakery", "Kell's Cafe": a shop or an eating place named after its owner is a business.
  if (n >= 3 && SHOP_NOUNS.has(last) && /^['’]s$/.test(w(b - 2)))
    return [makeCandidate(ctx.doc, run, a, b, "organization", "designator", null)];
  // "Britain's Sun newspaper": no weekday ("Sun"), but the outlet of a place.
  if (placesOutlet(ctx.doc, run, a, b)) return [makeCandidate(ctx.doc, run, a, b, "organization", "context", null)];
  if (n === 1 && (MONTHS.has(first) || WEEKDAYS.has(first) || DEMONYMS.has(first)))
    if (!abbreviatedDayAfterThe(ctx.doc, run[a])) return [];
  // A website named by its domain ("Roe.com reported that …") is a body, as its outlet is; the
  // domain of a body the gazetteer knows ("Vexa.com" for Vexa) is that body.
  if (n === 1 && isDomainName(w(a))) {
    const known = lookupGazetteer(w(a).slice(0, w(a).indexOf(".")));
    const body = known?.type === "organization" ? known.name : null;
    return [makeCandidate(ctx.doc, run, a, b, "organization", body ? "gazetteer" : "designator", body)];
  }
  // "Police arrested Tom Vale Monday": a weekday after a full name opening with a given name dates
  // the event; the name is read without it.
  if (n >= 3 && fullWeekday(last) && isGivenName(first) && !rw.isJoin(b - 2))
    return classifyPlain(ctx, run.slice(a, b - 1), opening && a === 0, prefixOnly);
  // A capitalised word before a weekday names a day ("Black Friday", "Cyber Monday"), not a
  // person or a body; "Scotland on Sunday" has a joining word before it and stays a name. A name
  // the weekday only dates ("told ORV Tuesday", "in Tarrow Bay Monday") is read without it.
  if (n >= 2 && WEEKDAYS.has(last) && !rw.isJoin(b - 2)) {
    if (fullWeekday(last) && datedName(ctx, run, rw, a, b - 1))
      return classifyPlain(ctx, run.slice(a, b - 1), opening && a === 0, prefixOnly);
    return [];
  }
  const make = (
    from: number,
    to: number,
    type: EntityType | null,
    evidence: Evidence,
    canonical: string | null = null,
  ) => makeCandidate(ctx.doc, run, from, to, type, evidence, canonical);

  // "HM Revenue and Customs", "HM Land Registry": "HM", His or Her Majesty's, opens a Crown body's name.
  if (w(a) === "HM" && n >= 2 && isCapWord(w(a + 1))) return [make(a, b, "organization", "designator")];
  const split = splitBeforePerson(ctx, run, rw, a, b, opening, prefixOnly);
  if (split) return split;
  const designated = designatedRun(ctx, run, rw, a, b);
  if (designated) return designated;

  // "the MP for Glen Morris": a seat's constituency is a place, though it opens with a given name.
  if (isGivenName(first) && constituencyAt(ctx.doc, run[a])) return [make(a, b, "location", "designator")];
  // A word before a first name is a role or label, not part of the name ("Defender Hassan Abbas"),
  // unless the two are a known name ("the San Mateo Hotel") or the word is a first name the list
  // lacks ("Bartek Marta Okonjo"; after "of" it ends a title: "a Hall of Famer Ann Roe").
  if (
    n >= 3 &&
    isGivenName(l(a + 1)) &&
    !isGivenName(first) &&
    !(unlistedFirstName(w(a), n) && (run[a] === 0 || tokenString(ctx.doc, run[a] - 1) !== "of")) &&
    !peerageGivenName(w(a), w(a + 1), n) &&
    !lookupGazetteer(w(a)) &&
    !isDateWord(l(a + 1)) &&
    !lookupGazetteer(`${w(a)} ${w(a + 1)}`)
  )
    return classifyPlain(ctx, run.slice(a + 1, b), false, prefixOnly);
  // A first name opens a person's name even when a later word is a place ("Jordan Henderson"),
  // but a place before a body the hand-kept list names is that place's branch of it ("the Georgia
  // Labour primary"), no one's name.
  const listed = lookupGazetteer(w(b - 1));
  const placeAndBody =
    n === 2 && lookupGazetteer(w(a))?.type === "location" && listed?.type === "organization" && !listed.place;
  if (n >= 2 && n <= 3 && isGivenName(first) && !isDateWord(first) && !FUNCTION_WORDS.has(first) && !placeAndBody) {
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
  if (outletAfterPlace(ctx, run, pieces, a, b) && !prefixOnly) return [make(a, b, "organization", "context")];
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

/**
 * The run without joining words at its edges and without the common words that open it; a name
 * known whole is returned as the candidate itself, and a run with nothing left as no candidate.
 */
function trimPlainRun(
  ctx: CandidateContext,
  run: Run,
  { w, l, isJoin }: RunWords,
  opening: boolean,
): { a: number; b: number } | Candidate[] {
  let a = 0;
  let b = run.length;
  while (a < b && isJoin(a)) a++;
  while (b > a && isJoin(b - 1)) b--;
  if (a >= b) return [];
  // "A. Giles": a capital "A" and its full stop before a name are an initial, never the article.
  const initial = (i: number) => i + 2 < b && w(i) === "A" && w(i + 1) === ".";

  // A body or place known by name, with or without "The" ("The Telegraph").
  const whole = lookupSpan(ctx, run, a, b);
  if (whole) return [whole];

  // "Mighty Union said …" after "shares of Mighty Union rose": a common word the text writes
  // capitalised before the same next word after a lower-case word elsewhere is the first word of
  // a name (an article, a verb, a preposition, a conjunction or a title never is; a given name is left
  // to the reading of people).
  const namedWhole = (i: number) =>
    i + 1 < b &&
    !ARTICLES.has(l(i)) &&
    !isGivenName(l(i)) &&
    !AUXILIARY_VERBS.has(l(i)) &&
    !CLOSED_CLASS.has(l(i)) &&
    !isTitleWord(l(i)) &&
    /^\p{Lu}/u.test(w(i + 1)) &&
    (capitalisedWithin(ctx.doc, `${w(i)} ${w(i + 1)}`) || beforeLegalForm(ctx.doc, i, b, w));
  // Sentence-initial capitals prove nothing: drop common first words ("Prosecutors", "The", "Both").
  if (a === 0 && opening) {
    while (a < b && FUNCTION_WORDS.has(l(a)) && !isAllCaps(w(a)) && !initial(a) && !namedWhole(a)) {
      a++;
      while (a < b && isJoin(a)) a++;
    }
    // "In New Hampshire, …", "For Time Warner Cable, …": after a function word that opens the
    // sentence, the next word is capitalised for its own sake, though the text writes it in lower
    // case elsewhere ("in a new way", "at the time").
    const afterOpener = a > 0;
    // One common word may open the sentence ("Prosecutors", "Speaking"), unless the run is a body's name.
    let bodyName = a < b && isOrgWord(l(b - 1));
    for (let i = a; i < b - 1; i++)
      if ((ORG_HEADS.has(l(i)) || SUBJECT_HEADS.has(l(i))) && ["of", "for", "on"].includes(l(i + 1))) bodyName = true;
    // A preposition or adverb opens the sentence even before a body's name ("Besides Harwick Partners").
    // "Says Lee would appeal", "Longtime Lee foe sues" (a headline's lines): no given name before
    // a surname the text writes after one elsewhere opens the sentence.
    const beforeSurname =
      b - a === 2 &&
      ctx.surnamesAfterGivenNames.has(w(a + 1)) &&
      !isGivenName(l(a)) &&
      !isTitleWord(l(a)) &&
      !lookupGazetteer(w(a)) &&
      !capitalisedWithin(ctx.doc, w(a));
    if (
      a < b &&
      !initial(a) &&
      !namedWhole(a) &&
      ((!bodyName && !afterOpener && (isCommonOpener(ctx, w(a)) || beforeSurname)) ||
        (CLOSED_CLASS.has(l(a)) && b - a > 1))
    ) {
      a++;
      while (a < b && isJoin(a)) a++;
    }
    if (a >= b) return [];
    const rest = lookupSpan(ctx, run, a, b);
    if (rest) return [rest];
  }
  // "the South Carolina Republican primary": a compass point the list of demonyms holds ("south"
  // of "South African") that opens a listed place's name with the next word is part of that name.
  const demonymNotPlace = (i: number) =>
    DEMONYMS.has(l(i)) &&
    !(COMPASS_POINTS.has(l(i)) && i + 1 < b && lookupGazetteer(`${w(i)} ${w(i + 1)}`)?.type === "location");
  // "Controversial Australian Ann Hill said": a common word opening the sentence before a demonym
  // describes the one named after them, as the demonym does.
  if (opening && a === 0 && b >= 4 && commonWordNoName(l(0)) && DEMONYMS.has(l(1)) && isGivenName(l(2))) a++;
  while (a < b && OPENING_MODIFIERS.has(l(a))) a++; // "Former US Air National Guard"
  // "Australian Anthony Hill said": a demonym before a given name and one word more describes the
  // person, though that word names places too ("Hill"); the tagger decides between the two.
  const describedPerson = (i: number) => DEMONYMS.has(l(i)) && b - i === 3 && isGivenName(l(i + 1));
  while (
    a < b &&
    ((FUNCTION_WORDS.has(l(a)) && !isAllCaps(w(a)) && !initial(a) && !namedWhole(a)) || demonymNotPlace(a)) &&
    (!endsInDesignator(l(b - 1)) || describedPerson(a)) &&
    !(DEMONYMS.has(l(a)) && bodyOfWhat(l, a + 1, b))
  ) {
    a++;
    while (a < b && isJoin(a)) a++;
  }
  if (a >= b) return [];
  // "Last Friday Mitchell won", "from January to June Harlan": a weekday, or a month after a word
  // of time, is the date before the name, not its first word ("the Sunday Herald": after "the",
  // a weekday before a body's last word is the first word of its name).
  if (b - a >= 2 && dateBeforeName(ctx, run, l, a) && !weekdayTitle(ctx, run, l, a, b)) {
    a++;
    while (a < b && isJoin(a)) a++;
  }
  if (a > 0) {
    const rest = lookupSpan(ctx, run, a, b);
    if (rest) return [rest];
  }
  return { a, b };
}

/** "the Sunday Herald", "The Saturday Courier": "the", a weekday and a body's last word name one body. */
function weekdayTitle(ctx: CandidateContext, run: Run, l: (i: number) => string, a: number, b: number): boolean {
  if (b - a !== 2 || !WEEKDAYS.has(l(a)) || !isOrgWord(l(b - 1))) return false;
  const start = ctx.doc.tokens.start[run[a]];
  return /(?:^|[^\p{L}])[Tt]he\s+$/u.test(ctx.doc.text.slice(Math.max(0, start - 5), start));
}

/**
 * "a Kenya Today report", "a Tarrow Weekly poll": between "a"/"an" and a word for what an outlet
 * or a pollster publishes, a known place and one Capitalised word after it are the outlet's name.
 */
function outletAfterPlace(
  ctx: CandidateContext,
  run: Run,
  pieces: ReturnType<typeof splitByGazetteer>,
  a: number,
  b: number,
): boolean {
  if (pieces.length !== 2 || pieces[0].type !== "location" || !pieces[0].canonical || pieces[1].canonical) return false;
  if (pieces[1].tokens[1] - pieces[1].tokens[0] !== 1) return false;
  const { text, tokens } = ctx.doc;
  const start = tokens.start[run[a]];
  const end = tokens.end[run[b - 1]];
  return (
    /(?:^|[^\p{L}])[Aa]n?\s+$/u.test(text.slice(Math.max(0, start - 4), start)) &&
    PUBLISHED.test(text.slice(end, end + 16))
  );
}

/** What an outlet or a pollster publishes, right after its name. */
const PUBLISHED = /^\s+(?:report|poll|survey|study|analysis|investigation|article|story|editorial|interview)\b/;

/** Words of time before a month that make it a date: "since June", "to May", "last March". */
const TIME_BEFORE_MONTH = new Set(
  "in on to from since until till by through throughout during before after last next early late mid".split(" "),
);

/** Whether run[a] is a weekday written in full, or a month written in full after a word of time. */
function dateBeforeName(ctx: CandidateContext, run: Run, l: (i: number) => string, a: number): boolean {
  const word = l(a);
  if (!isDateWord(word)) return false;
  if (WEEKDAYS.has(word)) return true;
  const t = run[a];
  return t > 0 && TIME_BEFORE_MONTH.has(tokenString(ctx.doc, t - 1).toLowerCase());
}

/** A body followed by a person: "Former US Air National Guard Jack Teixeira", "Tory MP Mark Field". */
function splitBeforePerson(
  ctx: CandidateContext,
  run: Run,
  { w, l }: RunWords,
  a: number,
  b: number,
  opening: boolean,
  prefixOnly: boolean,
): Candidate[] | null {
  for (let i = a + 1; i < b - 1; i++) {
    // "Tory MP Mark Field", "Labour MP Grace Hill": after post-nominal letters, the name is a person's.
    if (isGivenName(l(i)) && POSTNOMINALS.has(l(i - 1)) && isAllCaps(w(i - 1)) && b - i <= 3) {
      const before = i - 1 > a ? classifyPlain(ctx, run.slice(0, i - 1), opening, true) : [];
      return [...before, makeCandidate(ctx.doc, run, i, b, "person", "title", null)];
    }
    // "Sunday Briefing With Ann Vell": a programme's title, "With" and its presenter's full name;
    // the name is a person's, the title words before "With" no one's.
    if (w(i - 1) === "With" && i - 1 > a && isGivenName(l(i)) && isCapWord(w(i + 1)) && b - i <= 3) {
      const before = classifyPlain(ctx, run.slice(0, i - 1), opening, true);
      return [...before, makeCandidate(ctx.doc, run, i, b, "person", "given-name", null)];
    }
    if (isGivenName(l(i)) && isOrgWord(l(i - 1)) && isCapWord(w(i + 1))) {
      return [
        ...classifyPlain(ctx, run.slice(0, i), opening, prefixOnly),
        ...classifyPlain(ctx, run.slice(i, b), false, prefixOnly),
      ];
    }
  }
  return null;
}

/** A run made a body or a place by a designator word ("Woolwich Crown Court", "Unit 29155", "Group for Trade"). */
function designatedRun(ctx: CandidateContext, run: Run, { w, l }: RunWords, a: number, b: number): Candidate[] | null {
  const n = b - a;
  const first = l(a);
  const last = l(b - 1);
  const make = (type: EntityType, evidence: Evidence, canonical: string | null = null) =>
    makeCandidate(ctx.doc, run, a, b, type, evidence, canonical);
  // An airline is named "Air" and the place it flies from: "Air Vellmark", "Air New Zealand".
  if (
    n >= 2 &&
    n <= 4 &&
    w(a) === "Air" &&
    lookupGazetteer(Array.from({ length: n - 1 }, (_, i) => w(a + 1 + i)).join(" "))?.type === "location"
  )
    return [make("organization", "designator")];
  // Numbered units and groups: "Unit 29155", "APT 31".
  if (n >= 2 && /^\d+$/.test(w(b - 1)) && DIGIT_HOSTS.has(l(b - 2))) return [make("organization", "designator")];
  if (placesOwnLegislature(ctx, run, a, b)) return [make("organization", "designator")];
  // A designator makes the whole run a body or place ("Woolwich Crown Court", "China Research Group").
  if (isOrgWord(last) && n >= 2 && !GENERIC_ONLY(run, a, b - 1, l)) {
    const tail = longestGazetteerSuffix(ctx, run, a, b);
    const same = tail?.type === "organization" && onlyPlacesBefore(ctx, run, a, tail.from, tail.name);
    return [make("organization", "designator", same ? tail.name : null)];
  }
  for (let i = a; i < b - 2; i++) {
    if (commonAreaOfPlace(ctx.doc, run, a, i, b)) return [make("location", "designator")]; // "the Eastern District of Corrin"
    if (
      ((ORG_HEADS.has(l(i)) || isOrgWord(l(i))) && (l(i + 1) === "of" || l(i + 1) === "for")) ||
      (SUBJECT_HEADS.has(l(i)) && l(i + 1) === "on")
    )
      return [make("organization", "designator")]; // "New York Department of Labor", "Group for Trade", "Panel on Tolls"
  }
  if (BASE_PREFIXES.has(first) && n >= 2 && n <= 3 && militarySite(w, l, a + 1, b))
    return [make("location", "designator")]; // "RAF Orton"
  if (LOC_DESIGNATORS.has(last) && n >= 2) {
    // Place words that are also surnames: "Damon Hill", "Sally Field" are people.
    if (n === 2 && SURNAME_PLACES.has(last) && isGivenName(first)) return [make("person", "given-name")];
    return [make("location", "designator")];
  }
  return null;
}

/**
 * "the Corran Senate passed the bill", "his years in the Vell Legislature": a legislature's word
 * (WordNet's, `LEGISLATURES`) after the name of a place that is no country (a state, a province)
 * names that place's own legislature, one body named whole, not the national one nor a person. Before
 * a noun the place is only where a seat in the national body is fought for ("his Corran Senate race").
 */
function placesOwnLegislature(ctx: CandidateContext, run: Run, a: number, b: number): boolean {
  const { doc } = ctx;
  if (b - a < 2 || !LEGISLATURES.has(lower(tokenString(doc, run[b - 1])))) return false;
  const place = lookupGazetteer(textOf(doc, run.slice(a, b - 1)));
  if (place?.type !== "location" || COUNTRY_NAMES.has(place.name)) return false;
  return nounAfter(doc.text, doc.tokens.end[run[b - 1]]) === null;
}

/** "RAF Orton", "Camp Dellow": the words after a service's abbreviation or "Camp" name a place, no unit ("MoD Police"). */
function militarySite(w: (i: number) => string, l: (i: number) => string, from: number, b: number): boolean {
  for (let i = from; i < b; i++) {
    const common = COMMON_WORDS.has(l(i)) || isOrgWord(l(i)) || isTitleWord(l(i));
    if (common && lookupGazetteer(w(i))?.type !== "location") return false;
  }
  return true;
}

const GENERIC_ONLY = (run: Run, a: number, b: number, l: (i: number) => string): boolean => {
  for (let i = a; i < b; i++) if (!FUNCTION_WORDS.has(l(i))) return false;
  return a < b;
};

/**
 * "the American College of Surgeons", "the Irish League of Credit Unions": a body word right
 * after the demonym, then "of" or "for", makes the demonym the first word of the body's name; so
 * does a place's designator and "of" ("the Eastern District of Corrin").
 */
function bodyOfWhat(l: (i: number) => string, from: number, b: number): boolean {
  if (from + 1 >= b) return false;
  const next = l(from + 1);
  return ((next === "of" || next === "for") && isOrgWord(l(from))) || (next === "of" && LOC_DESIGNATORS.has(l(from)));
}

function endsInDesignator(w: string): boolean {
  return ORG_DESIGNATORS.has(w) || LOC_DESIGNATORS.has(w);
}

/** The articles, which open a sentence and a name alike ("The Telegraph"). */
const ARTICLES = new Set(["the", "a", "an"]);

/** The text writes `word` capitalised after a lower-case word ("his wife Naina"): a name, not an opener. */
function capitalisedWithin(doc: Doc, word: string): boolean {
  const text = doc.text;
  const known = textIndex(doc).capitalised;
  let found = known.get(word);
  if (found === undefined) {
    found = false;
    for (let i = text.indexOf(word); i >= 0 && !found; i = text.indexOf(word, i + 1))
      found = /\p{Ll},?[ \t]+$/u.test(text.slice(Math.max(0, i - 3), i)) && !/\p{L}/u.test(text[i + word.length] ?? "");
    known.set(word, found);
  }
  return found;
}

/**
 * What the two lookups over a document's whole text have answered, and where its legal forms
 * stand, kept per document (`perDoc`): each run of a long text asked again, or scanned the
 * whole text for its own name, made the stage grow with the square of the text.
 */
interface TextIndex {
  capitalised: Map<string, boolean>;
  /** The word right before each capitalised legal form, with where the form's space starts. */
  legalForms: Map<string, number[]>;
}

const textIndex = perDoc((doc): TextIndex => {
  const legalForms = new Map<string, number[]>();
  for (const m of doc.text.matchAll(/(?<=(\S+)) (\p{Lu}\p{L}*)(?:\.|(?=\s*$|\s+\p{Ll}|[^\p{L}\s]))/gu)) {
    if (!LEGAL_FORMS.has(m[2].toLowerCase())) continue;
    const at = m.index;
    const list = legalForms.get(m[1]);
    if (list) list.push(at);
    else legalForms.set(m[1], [at]);
  }
  return { capitalised: new Map(), legalForms };
});

/**
 * "Advanced Tolbar said …" after "Advanced Tolbar Inc.": the words `a`..`b` that the text writes
 * before a capitalised legal form elsewhere are a body's whole name, their first word no sentence's
 * opener ("Ann Tolbar limited her charges" holds no legal form, nor "Deputy AG Ann Tolbar" with a name after it).
 */
function beforeLegalForm(doc: Doc, a: number, b: number, w: (i: number) => string): boolean {
  const at = textIndex(doc).legalForms.get(w(b - 1));
  if (!at) return false;
  const words: string[] = [];
  for (let i = a; i < b; i++) words.push(w(i));
  const name = words.join(" ");
  return at.some((end) => doc.text.endsWith(name, end));
}

/** A capitalised first word that is a common word: a function word, or one the text writes in lower case. */
function isCommonOpener(ctx: CandidateContext, word: string): boolean {
  const lw = word.toLowerCase();
  if (isGivenName(lw) && !FUNCTION_WORDS.has(lw)) return false;
  if (lookupGazetteer(word)) return false;
  return (
    FUNCTION_WORDS.has(lw) ||
    CLOSED_CLASS.has(lw) ||
    ctx.lowerWords.has(lw) ||
    GENERIC_CAPITALS.has(lw) ||
    PAGE_IMPERATIVES.has(lw) ||
    // "Asked about it, …", "Speaking later, …" open a sentence; "Lebed said" and "Fleming said"
    // do too, but the text writes those words after a given name elsewhere ("Ian Fleming").
    (/(ing|ly|ed)$/.test(lw) && !ctx.surnamesAfterGivenNames.has(word))
  );
}

/** Verbs that open the calls to action of web pages ("Follow Pam Key on Twitter", "Contact Jo Bloggs at …"). */
const PAGE_IMPERATIVES = new Set(
  "follow contact read watch click subscribe sign join share listen email visit download tweet message".split(" "),
);
