// What the words around a name tell of it: a guessed person's name that they show to be a body's
// or a group's, a description or a plural title opening it, and the bare word "parliament" given
// the parliament of the country a text is about. Each test reads a bounded window around the
// name (linear in the text).
import type { Doc } from "../../core/doc.js";
import type { Candidate } from "./candidates.js";
import { COUNTRY_NAMES, countryOfPlace, lookupGazetteer } from "./gazetteer.js";
import { ADDRESS_TITLES, CLOSED_CLASS, COMMON_WORDS, DEMONYMS, FUNCTION_WORDS, PROPER_ADJECTIVES } from "./lexicon.js";
import { birthGender, commonWordNoName, isGivenName } from "./names.js";
import { bareCandidate, isTitleWord, TITLE_CASE_SMALL } from "./run.js";
import { isBodyKind } from "./unknown.js";

/**
 * Whether the words around a name say it is a body's: a noun for a kind of body or group before
 * it, with the clause ending after it or the name between commas after it ("a partner at the law
 * firm Dorn Vale."; "the town's weekly newspaper, Harbour Lantern, said"; "the firm Ann Lee
 * founded" goes on, and is hers), or with "known as" between ("a militant group known as Dar
 * al-Vell was involved": a group is no one's alias), or an apposition after it naming a kind of
 * body ("Vantor, the Canadian mining company, says"; "Ann Lee, a company director" is a person).
 */
export function describedAsBody(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const before = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u.exec(window);
  if (before && bodyOrGroupKind(before[1]) && CLAUSE_END.test(text.slice(end, end + 12))) return true;
  // "the town's weekly newspaper, Harbour Lantern, said": a name in apposition to a noun for a
  // kind of body, between commas, is that body's.
  const apposedTo = /(?:^|[^\p{L}])(\p{Ll}+),\s+$/u.exec(window);
  if (apposedTo && bodyOrGroupKind(apposedTo[1]) && text[end] === ",") return true;
  if (namedAsBody(text, start, end)) return true;
  const after = text.slice(end, end + 80);
  const apposed = APPOSED_KIND.exec(after) ?? DEFINED_KIND.exec(after);
  return apposed !== null && isBodyKind(apposed[1]);
}

/**
 * "a militant group known as Dar al-Vell", "a data firm called Dorn Analytics", "a band named
 * Kestrel Hum": a name given right after a noun for a kind of body or group and "known as",
 * "called" or "named" is that body's, whatever its words look like (a place's, a person's, or
 * none a list holds). "a man called Tom Vane" and "a party called Vell Night" (a party is also a
 * gathering) are not such nouns.
 */
export function namedAsBody(text: string, start: number, end: number): boolean {
  // "a group called Citizens for Vane": a name that goes on past a small word is longer than the
  // run read, and the run is not the body's whole name.
  if (NAME_GOES_ON.test(text.slice(end, end + 12))) return false;
  const window = text.slice(Math.max(0, start - 60), start);
  const known = KNOWN_AS.exec(window);
  if (known) return bodyOrGroupKind(known[1]);
  // "called" and "named" are also verbs ("the firm named Ann Lee its chair", "one lawmaker called
  // Tom Vane a liar"): only after "a" or "an" and the noun do they give a name.
  const named = CALLED.exec(window);
  return named !== null && bodyOrGroupKind(named[1]);
}

/**
 * "told The Venator on Monday", "speaking to the Venator": one Capitalised word after "the" as the
 * one told is an outlet or another body ("told the Senate"), no person (one is told with no "the")
 * and no place. The word may open with the article itself ("The Venator").
 */
export function toldWithArticle(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const word = /^(?:The\s+)?(\p{Lu}\p{Ll}+)$/u.exec(name)?.[1];
  // "told the President" is told a person.
  if (!word || isTitleWord(word.toLowerCase()) || PROPER_ADJECTIVES.has(word) || DEMONYMS.has(word.toLowerCase()))
    return false;
  // The name ends what was told: "told the Venator that …", not "told the Venator story".
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1];
  if (next !== undefined && !FUNCTION_WORDS.has(next) && !CLOSED_CLASS.has(next)) return false;
  const window = text.slice(Math.max(0, start - 40), start);
  return (name.startsWith("The ") ? TOLD : TOLD_THE).test(window);
}

const TOLD_VERB = String.raw`(?:^|[^\p{L}])(?:told|tells|telling|(?:spoke|speaking|talked|talking)\s+to|in\s+an\s+interview\s+with)\s+`;
const TOLD = new RegExp(`${TOLD_VERB}$`, "iu");
const TOLD_THE = new RegExp(`${TOLD_VERB}the\\s+$`, "iu");

/** "call", "contact", "ring" right before a name (with "the"). */
const CALL_BEFORE = /\b(?:call|calling|contact|contacting|ring|phone|text)\s+(?:the\s+)?$/i;
/** "on 0800 555 0111", "anonymously on …", "at 1-800-555-0199": a telephone number after the name. */
const NUMBER_AFTER =
  /^\s+(?:(?:anonymously|free|directly|confidentially|for\s+free|in\s+confidence),?\s+)?(?:on|at)\s+\+?\(?\d[\d ()-]{5,}\d/;

/**
 * "contact Harbourline anonymously on 0800 555 0111": a name a reader is told to call on a
 * telephone number is a helpline, a charity or another body (a person named so has a given name
 * or a title the rules read: "call DC Ann Vale on …").
 */
export function calledOnNumber(text: string, start: number, end: number): boolean {
  return CALL_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && NUMBER_AFTER.test(text.slice(end, end + 60));
}

/** An imperative to call, opening a sentence and written before a name: "Call ", "Contact ". */
const CALL_OPENS = /^(?:Call|Contact|Ring|Phone|Text)\s+(?=\p{Lu})/u;
/** What stands before a sentence's first word: the text's start, a line's, or a sentence's end. */
const SENTENCE_BEFORE = /(?:^|\n\s*|[.!?]["”’)]?\s+)$/;

/**
 * "Call Harbourline on 0800 555 0111.": the imperative that opens the sentence is no part of the
 * name after it, which the tagger and the rules read with it; the span starts at the name.
 */
export function withoutCallVerb<T extends { start: number; end: number; nameStart?: number }>(
  text: string,
  spans: T[],
): T[] {
  return spans.map((t) => {
    const verb = CALL_OPENS.exec(text.slice(t.start, t.end));
    if (!verb || !SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) return t;
    const start = t.start + verb[0].length;
    if (!calledOnNumber(text, start, t.end) || (t.nameStart !== undefined && t.nameStart !== t.start)) return t;
    return t.nameStart === undefined ? { ...t, start } : { ...t, start, nameStart: start };
  });
}

/**
 * A story's opening line up to a name in brackets or between slashes and the dash after them:
 * "VANCOUVER, Mar 31, 2010 (Vellwire via Harbour News Network) --", "OTTAWA, May 4 /Tarnwire/ --",
 * "SAN JOSE, Calif.--(VELL WIRE)--". Bounded: it reads the first 300 characters only.
 */
const DATELINE_CREDIT =
  /^[^\n(/]{1,150},[^\n(/]{0,100}[(/](\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})(?: via [^()\n]{1,60})?[)/]\s*(?:--|[-–—_:])/du;

/**
 * The name that closes a story's dateline in brackets or between slashes is the wire service or
 * agency that sent it, a body: the rules' untyped reading of it is retyped, and where the rules
 * read nothing there (a name in capitals, "(VELL WIRE)") the body is added.
 */
export function wireCredits(text: string, candidates: Candidate[]): Candidate[] {
  const span = DATELINE_CREDIT.exec(text.slice(0, 300))?.indices?.[1];
  if (!span) return candidates;
  const [start, end] = span;
  const credit = { ...bareCandidate(start, end, "organization", "context", null) };
  const over = candidates.filter((c) => c.start < end && c.end > start);
  if (over.length === 0) return [...candidates, credit].sort((x, y) => x.start - y.start);
  return candidates.map((c) => (c.start === start && c.end === end && c.type === null ? credit : c));
}

/** A lower-case noun for a kind of body ("firm") or of group ("militia"). */
const bodyOrGroupKind = (w: string): boolean => isBodyKind(w) || GROUP_NOUNS.has(w);

const NAME_GOES_ON = /^\s+(?:for|of|in|on|and|&)\s+\p{Lu}/u;
const KNOWN_AS = /(?:^|[^\p{L}])(\p{Ll}+),?\s+(?:also\s+)?known\s+as\s+$/u;
const CALLED = /(?:^|[^\p{L}])[Aa]n?\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+(?:called|named)\s+$/u;

/**
 * "a Vellmark League encounter", "the Tarrow League title": a league's name before a word for a
 * match, a stage or a season names the competition, not the body that runs it, and is no entity
 * ("the Vellmark League fined the club" is the body).
 */
export function competitionName(text: string, start: number, end: number): boolean {
  return /\sLeague$/.test(text.slice(start, end)) && MATCH_AFTER.test(text.slice(end, end + 16));
}

/**
 * "under Sections 148 and 152 of the Vantorian Nyaya Samhita": a name whose numbered sections,
 * articles or clauses are cited is a law or a charter, no body ("Article 5 of the Tamsk Accord"),
 * when it ends the phrase ("of the Tamsk Council rules" cites the rules, and the council stays).
 */
export function citedLaw(text: string, start: number, end: number): boolean {
  if (!CITED_PART.test(text.slice(Math.max(0, start - 60), start))) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1];
  return next === undefined || FUNCTION_WORDS.has(next) || CLOSED_CLASS.has(next);
}

const CITED_PART =
  /\b(?:[Ss]ections?|[Aa]rticles?|[Cc]lauses?|[Pp]aragraphs?|[Ss]chedules?|[Ss]s?\.)\s+\d+[A-Za-z]?(?:\.\d+)*(?:\(\w{1,4}\))*(?:(?:,\s*|\s+(?:and|or|to)\s+)\d+[A-Za-z]?(?:\.\d+)*(?:\(\w{1,4}\))*)*\s+of\s+(?:the\s+)?$/;

const MATCH_AFTER =
  /^\s+(?:match|matches|game|games|final|finals|tie|ties|encounter|clash|fixture|fixtures|semi-final|semi-finals|quarter-final|quarter-finals|title|season|campaign|draw|qualifier|qualifiers|football|action|table|standings|play-offs?|playoffs?|round|stage|knockout)\b/;

const CLAUSE_END = /^(?:[.;:)]|,\s+(?:which|whose|that)\b|$)/;
/** Nouns for a group of people acting together, which no person's name follows ("the militia Vell Front."). */
const GROUP_NOUNS = new Set(
  "group organisation organization militia network faction movement gang cartel outfit coalition alliance".split(" "),
);
/** ", a/an/the", up to three words, then the noun that ends the description. */
const APPOSED_KIND =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|to|from|with|by|on|in)\s)[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?=\s*[,.;:]|\s+(?:that|which|whose|founded|based|owned|run|in|with|known)\b)/u;

/**
 * "Vantor is a Canadian mining company based in …", "Harvo was a small regional airline.": a name
 * defined by "is" or "was" and a noun phrase whose head names a kind of body (the head in `[1]`).
 */
const DEFINED_KIND =
  /^\s+(?:is|was)\s+(?:a|an)\s+(?:(?!(?:of|for|at|to|from|with|by|on|in)\s)[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?=\s*[,.;:]|\s+(?:of|that|which|whose|founded|based|owned|run|in|with|known)\b)/u;

/**
 * Capitalised plurals that the text writes after a word of quantity ("many Latinos", "other
 * Vantorians", "fellow Texans"): names of a group, never of one person. A word the text also
 * writes after a given name is a surname ("both Williams" beside "Ann Williams").
 */
export function groupNouns(doc: Doc, surnames: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of doc.text.matchAll(QUANTITY_PLURAL)) if (!isGivenName(m[1]) && !surnames.has(m[1])) out.add(m[1]);
  return out;
}

const QUANTITY_PLURAL =
  /(?:^|[^\p{L}])(?:[Mm]any|[Mm]ost|[Ss]ome|[Ff]ew|[Ss]everal|[Oo]ther|[Ff]ellow|[Tt]hese|[Tt]hose|[Mm]ore|[Ff]ewer)\s+(\p{Lu}\p{Ll}+s)(?![\p{L}'’])/gu;

/**
 * Whether the first word of a name is a description, not part of it: a Capitalised word joined
 * to a participle ("the Vantor-backing Civic Fund", `adjective`), a capitalised plural before a
 * person's name, one opening with a given name or one the text names elsewhere (`person`):
 * "Ohioans Ann Lee and Tom Vane", or another word before a name the text names elsewhere; `person`
 * also holds the words of the full names it names people by ("Vane" beside "Tom Vane").
 */
export function leadingDescription(
  words: readonly string[],
  adjective: (w: string) => boolean,
  person: (rest: string) => boolean,
): boolean {
  if (words.length < 2) return false;
  if (adjective(words[0])) return true;
  // "Team Vane", "Stop Vane" (a slogan): a common word that is no part of people's names, before
  // the one word the text names a person by, is no part of that person's name.
  if (words.length === 2) return /^\p{Lu}\p{Ll}+$/u.test(words[0]) && commonWordNoName(words[0]) && person(words[1]);
  if (isGivenName(words[0]) || !/^\p{Lu}/u.test(words[2])) return false;
  if (/^\p{Lu}\p{Ll}+s$/u.test(words[0])) return isGivenName(words[1]) || person(words.slice(1).join(" "));
  // "Miss Universe Ann Vale", "Hall of Famer Tom Rell": one other word before a given name and a
  // surname the text names that person by; but not a first name US birth records know that is no
  // common word ("Tarek Omar Vell, 42,": a name of three words).
  const firstName = birthGender(words[0]) !== null && !COMMON_WORDS.has(words[0].toLowerCase());
  return (
    words.length === 3 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]) &&
    !firstName &&
    isGivenName(words[1]) &&
    person(words.slice(1).join(" "))
  );
}

/**
 * "Presidents Vane and Rell", "Governors Ann Lee, Tom Vane": a plural form of address opening a
 * name that a list goes on from is the title of every name in the list, no part of the first.
 */
export function pluralTitleOpening(words: readonly string[], after: string): boolean {
  return words.length >= 2 && pluralAddress(words[0]) && listGoesOn(after);
}

/** A list of names goes on in `after`: "and"/"or" or a comma before a capitalised word. */
export function listGoesOn(after: string): boolean {
  return /^(?:\s+(?:and|or)\s+\p{Lu}|,\s+\p{Lu})/u.test(after);
}

/**
 * "Presidents", "Senators", "Reps": the plural of a form of address. A title in "-ss" or "-us"
 * ("Duchess", "Empress", "Basileus") is one person's, as no English plural ends so: "Duchess
 * Marit opened the fair" names her.
 */
export function pluralAddress(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || /(?:ss|us)$/.test(w)) return false;
  return ADDRESS_TITLES.has(w.slice(0, -1)) || ADDRESS_TITLES.has(w);
}

const UK_PARLIAMENT = lookupGazetteer("Parliament")?.name ?? null;
/** Names that place a text in the United Kingdom beside its towns, whose parliament the bare word names by default. */
const UK_PLACES = new Set(["United Kingdom", "England", "Scotland", "Wales", "Northern Ireland", "Westminster"]);

/**
 * The bare word "parliament" (or "Parliament") names the parliament of the country the text is
 * about: the United Kingdom's when the text names a place of it or names no country, else the
 * country the text names most, a town counting for its country ("Adelaide" for Australia; the
 * United States aside: it has none). "A member of parliament" is a job, not the body.
 */
export function parliamentsOfCountry(doc: Doc, cands: Candidate[]): Candidate[] {
  const bare = (c: Candidate) =>
    UK_PARLIAMENT !== null &&
    c.canonical === UK_PARLIAMENT &&
    /^parliament$/i.test(doc.text.slice(c.nameStart, c.nameEnd));
  if (!cands.some(bare)) return cands;
  const counts = new Map<string, number>();
  let british = false;
  for (const c of cands) {
    if (c.type !== "location") continue;
    const name = c.canonical ?? doc.text.slice(c.nameStart, c.nameEnd);
    const country = COUNTRY_NAMES.has(name) ? name : countryOfPlace(name);
    if (UK_PLACES.has(name) || country === "United Kingdom") british = true;
    else if (country && country !== "United States") counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  let country: string | null = null;
  for (const [name, n] of counts) if (!country || n > counts.get(country)!) country = name;
  return cands.flatMap((c): Candidate[] => {
    if (!bare(c)) return [c];
    if (/\bmembers?\s+of\s+$/i.test(doc.text.slice(Math.max(0, c.start - 12), c.start))) return [];
    if (british || !country) return [c];
    const own = lookupGazetteer(`Parliament of ${country}`);
    return [{ ...c, canonical: own?.type === "organization" ? own.name : `Parliament of ${country}` }];
  });
}

/**
 * "General" before one common English word the text never writes after a given name is the
 * opening of a body's name ("General Vantage", "General Motors"), not a general's rank and
 * surname ("General Petraeus" stays a person).
 */
export function rankBeforeCommonWord(
  text: string,
  c: Candidate,
  surnames: ReadonlySet<string>,
  common: ReadonlySet<string>,
): boolean {
  if (text.slice(c.start, c.nameStart) !== "General ") return false;
  const name = text.slice(c.nameStart, c.nameEnd);
  return /^\p{Lu}\p{Ll}+$/u.test(name) && common.has(name.toLowerCase()) && !isGivenName(name) && !surnames.has(name);
}

/**
 * "HuffPost", "WikiLeaks": a word joining a Capitalised word to a common English word in camel
 * case is a brand's name, no person's ("McDonald", "DeSantis", "LaGuardia" join a prefix to a
 * name, and their second parts are no common words).
 */
export function camelCaseBrand(word: string, common: ReadonlySet<string>): boolean {
  const m = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})$/u.exec(word);
  if (!m || NAME_PREFIXES.test(m[1]) || isGivenName(m[2])) return false;
  const second = m[2].toLowerCase();
  return common.has(second) || (second.endsWith("s") && common.has(second.slice(0, -1)));
}

const NAME_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Del|Della)$/;

/**
 * "Tamsk shooter Ann Vale": one word right before a job noun and a person's full name qualifies
 * the job (a place, a body), when the text names nothing else with that word ("Daniel and Nettie
 * Vane" joins two names). The candidates, in text order, to leave out as people.
 */
export function roleQualifiers(text: string, cands: readonly Candidate[]): Set<Candidate> {
  const name = (c: Candidate) => text.slice(c.nameStart, c.nameEnd);
  const count = new Map<string, number>();
  for (const c of cands) for (const w of name(c).split(" ")) count.set(w, (count.get(w) ?? 0) + 1);
  const out = new Set<Candidate>();
  for (let i = 0; i + 1 < cands.length; i++) {
    const [c, next] = [cands[i], cands[i + 1]];
    const between = text.slice(c.end, next.start);
    if (name(c).includes(" ") || count.get(name(c)) !== 1 || next.type !== "person") continue;
    if (name(next).includes(" ") && /^\s+\p{Ll}+\s+$/u.test(between) && !TITLE_CASE_SMALL.has(between.trim()))
      out.add(c);
  }
  return out;
}
