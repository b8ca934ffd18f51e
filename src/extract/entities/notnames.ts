// Capitalised words in a person's name's place that are no person's name: each test reads the
// few characters around the words (bounded look-around, linear in the text).
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import { isFiniteVerbForm } from "../quotes/verb-forms.js";
import { lookupGazetteer } from "./gazetteer.js";
import {
  CLOSED_CLASS,
  COMMON_NAME_PARTS,
  COMMON_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  LOC_DESIGNATORS,
} from "./lexicon.js";
import { isGivenName } from "./names.js";
import { isNickname } from "../../core/names.js";
import { isOrgWord, isTitleWord, type Candidate } from "./run.js";

/**
 * A nickname in quotation marks inside a full name ("Ada \"Dee\" Vance"): part of that person's
 * name, not a second person.
 */
export function nicknameInName(text: string, start: number, end: number): boolean {
  return (
    /\p{Lu}[\p{L}'’.-]*\s+["“]$/u.test(text.slice(Math.max(0, start - 40), start)) &&
    /^["”]\s+\p{Lu}/u.test(text.slice(end, end + 3))
  );
}

/**
 * A nickname between two names: one to three capitalised words in quotation marks, with "of" or
 * "the" between them ('"Hands of Stone"'), or one word or the given names' initials in brackets
 * ("(Leo)", "(A.J.P.)").
 */
const NICKNAME_BETWEEN =
  /^\s+(?:["“‘'](\p{Lu}[\p{L}.'’-]*(?: (?:of |the )?\p{Lu}[\p{L}.'’-]*){0,2})["”’']|\((\p{Lu}[\p{L}.]*)\))\s+(?=\p{Lu})/u;

/**
 * Whether a word in brackets after given names is their bearer's nickname: a given name or a
 * nickname ("James Leander (Leo)"), or the initials of the names before it ("Alan John
 * Percivale (A.J.P.)"); a place or a team there is no nickname ("Ann Vell (Italy) Tarnix").
 */
function bracketedNickname(word: string, names: string): boolean {
  if (/^(?:\p{Lu}\.){2,}$/u.test(word))
    return (
      word.replace(/\./g, "") ===
      names
        .split(" ")
        .map((w) => w[0])
        .join("")
    );
  return !word.includes(".") && (isGivenName(word) || isNickname(word));
}

/**
 * Where a person's name before a nickname starts with a given name, that start; "Marine John"
 * (a noun for a person, then the given name) starts at the given name, the noun being what he is:
 * 'the former Marine John “Jack” Tarrow'. Else -1.
 */
function givenNameStart(text: string, c: Candidate): number {
  const words = text.slice(c.nameStart, c.nameEnd).split(" ");
  if (isGivenName(words[0])) return c.nameStart;
  if (words.length === 2 && isGivenName(words[1]) && PERSON_FIRST_NOUNS.has(words[0].toLowerCase()))
    return c.nameStart + words[0].length + 1;
  return -1;
}

/**
 * 'Robert “Bob” Kessler, a retired teacher, said': a given name (and a middle initial), a nickname
 * in quotation marks (or brackets) and a surname are one person, named without the nickname
 * ("Robert Kessler"); the mention runs from the given name to the surname, and the nickname is no
 * name of its own. After a quoted nickname the next word is the surname, whatever the tagger reads
 * it as.
 */
export function joinNicknamedNames(text: string, candidates: Candidate[]): Candidate[] {
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  const joined = new Map<Candidate, Candidate>();
  const dropped = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== "person" || dropped.has(c)) continue;
    const nameStart = givenNameStart(text, c);
    if (nameStart < 0) continue;
    // 'Robert C. “Bob” Kessler': a middle initial's full stop, outside the candidate, is the name's.
    const initial = c.end === c.nameEnd && /\s\p{Lu}$/u.test(text.slice(nameStart, c.end));
    const stop = initial && text[c.end] === "." ? 1 : 0;
    const name = text.slice(nameStart, c.nameEnd + stop);
    const m = NICKNAME_BETWEEN.exec(text.slice(c.end + stop, c.end + 60));
    if (!m || (m[2] !== undefined && !bracketedNickname(m[2], name))) continue;
    const surname = byStart.get(c.end + stop + m[0].length);
    if (!surname || surname.nameStart !== surname.start) continue;
    const last = text.slice(surname.nameStart, surname.nameEnd);
    const anyType = m[1] !== undefined && !/\s/.test(last);
    if (surname.type !== "person" && surname.type !== null && !anyType) continue;
    const person = { ...c, type: "person" as const, nameStart, end: surname.end, nameEnd: surname.nameEnd };
    joined.set(c, { ...person, fullName: `${name} ${last}` });
    for (const o of candidates) if (o !== c && o.start >= c.end && o.end <= surname.end) dropped.add(o);
  }
  if (joined.size === 0) return candidates;
  return candidates.filter((c) => !dropped.has(c)).map((c) => joined.get(c) ?? c);
}

/**
 * Where an ordinal written in figures stands right before a name ("21st Century Media", "the 9th
 * Harbour District"), the name's start with it; else -1. A numbered thing's name holds its number.
 */
export function ordinalBefore(text: string, start: number): number {
  const m = /(?:^|[^\p{L}\p{N}])(\d+(?:st|nd|rd|th)) $/u.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[1].length - 1 : -1;
}

/**
 * A title and a lone capital letter, or one with "-ers" or "-s" after it, name a generation or a
 * type, no one: "voters of Gen X", "Gen Zers in Corvale" ("Gen" is also General's title). After a
 * form of address the letter is an alias ("Mr X testified"), a person.
 */
export function generationLabel(text: string, start: number, end: number): boolean {
  const m = /^(\p{L}+)\.?\s+\p{Lu}(?:ers|s)?$/u.exec(text.slice(start, end));
  return m !== null && isTitleWord(m[1].toLowerCase()) && !HONORIFICS.has(m[1].toLowerCase());
}

/**
 * One word right after "the 58-year-old" is a description (a nationality, a trade), not a name:
 * "the 58-year-old Scot", "the 30-year-old Londoner". A full name there is a name, and so is a
 * word the text writes after a given name (`surnames`): "Ann Dellow … the 41-year-old Dellow".
 */
export function describedByAge(text: string, start: number, end: number, surnames: ReadonlySet<string>): boolean {
  const word = text.slice(start, end);
  if (/\s/.test(word) || surnames.has(word)) return false;
  return /\bthe\s+\d{1,3}-year-old\s+$/i.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * A name right after "the" is no person's ("with the Freight Rail, Pipelines and Property
 * divisions", "a minister in the Presidency"), unless an adjective of time stands between them
 * ("the late Ada Vance") — which puts a word between, so the test is only for "the" itself.
 */
export function afterDefiniteArticle(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * "a link to the Marta Benn case", "aides in the Tomas Rell campaign": a full name that opens with
 * a given name, between "the" and a noun in lower case, is a person's name put before the noun it
 * qualifies (the case, the trial, the campaign is that person's), not a body's or a title's name.
 */
export function personBeforeNoun(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/);
  if (words.length < 2 || words.length > 3 || !isGivenName(words[0].toLowerCase())) return false;
  // "the Marion County Whig offices": a word of a place's or a body's kind inside makes it no one's.
  if (words.some((w) => LOC_DESIGNATORS.has(w.toLowerCase()) || isOrgWord(w.toLowerCase()))) return false;
  // "the Sierra Vell mountain range": a word for a place makes it a place's name.
  const noun = nounAfter(text, end);
  return noun !== null && !LOC_DESIGNATORS.has(noun);
}

/**
 * The word in lower case right after `end` when it may be a noun the name before it qualifies
 * ("the Tomas Rell campaign"): no function word, preposition or adverb, and no verb ("The Tomas
 * Rell sank off the cape", "the Vell Clarion reported"); else null.
 */
export function nounAfter(text: string, end: number): string | null {
  const next = /^\s+(\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(end, end + 40));
  if (!next || FUNCTION_WORDS.has(next[1]) || CLOSED_CLASS.has(next[1])) return null;
  return isFiniteVerbForm(next[1]) || next[1].endsWith("ed") ? null : next[1];
}

/**
 * A stock symbol after its exchange's name and a colon in brackets ("Vantor Holdings Inc.
 * (NYSE: VNT)", "(TSX-V:QRL.B)"): a code for the body named before it, no name of its own.
 */
export function tickerSymbol(text: string, start: number, end: number): boolean {
  return (
    /\(\s*\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s*:\s*$/u.test(text.slice(Math.max(0, start - 24), start)) &&
    /^(?:\.\p{Lu}+)?\s*[),;]/u.test(text.slice(end, end + 8))
  );
}

/** Prefixes of a navy's or a line's ship names: "USS", "HMS", "HMAS", "HMCS", "HMNZS", "USNS", "RMS". */
const SHIP_NAME = /\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/**
 * The ships a text names with a ship prefix ("the assault ship USS Tarrow … the Tarrow"): their
 * names as written, and where each stands with its prefix. A ship is no person, body or place,
 * and its name is the ship's wherever the text repeats it.
 */
export function shipNames(text: string): { names: Set<string>; spans: [number, number][] } {
  const names = new Set<string>();
  const spans: [number, number][] = [];
  for (const m of text.matchAll(SHIP_NAME)) {
    names.add(m[1]);
    spans.push([m.index, m.index + m[0].length]);
  }
  return { names, spans };
}

/**
 * "killed at Tarrow Bay.", "riots in Vell, which": a preposition of place before a name, with
 * nothing after the name but a stop or a clause ("called in Ann Vale, the envoy," is no place).
 */
function placedAt(text: string, start: number, end: number): boolean {
  const m = /(?:^|[^\p{L}])(\p{L}+)\s+(?:at|in|near)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const before = m?.[1].toLowerCase() ?? "";
  // "a believer in Vell", "a writer at Tarrow Monthly": a person's noun is no place's.
  if (!m || isFiniteVerbForm(before) || PERSON_FIRST_NOUNS.has(before)) return false;
  return /^(?:[.;:?!"”)]|,(?!\s+(?:the|a|an|who|whose)\s))/u.test(text.slice(end, end + 8));
}

/**
 * Whether the mention at [start, end) qualifies what follows rather than acting: a lower-case
 * noun right after it ("the Tarrow Bay shooting", "Vell Oaks families"; no verb, adverb or
 * function word: "Ann Vale acted", "Ann Vale also said"), or a Capitalised word that goes on
 * with a longer name ("a charity called Tarrow Bay Promise").
 */
function modifierAt(text: string, end: number): boolean {
  const m = /^ (\p{L}[\p{L}-]*)/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const w = m[1];
  if (/^\p{Lu}\p{Ll}+$/u.test(w)) return COMMON_WORDS.has(w.toLowerCase());
  return (
    /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) &&
    !isFiniteVerbForm(w) &&
    !/(?:ed|ly)$/.test(w) &&
    !FUNCTION_WORDS.has(w) &&
    !CLOSED_CLASS.has(w)
  );
}

const KIND_AFTER = /^\s+(?:kind|sort|type)\s+of\s/;

/**
 * Names that look like a person's but that the text never uses as anyone's: every mention of the
 * name is guessed from its shape (no form of address, no title), no other person's name ends as
 * it does or holds it as a word, and each mention either qualifies a noun or stands after a preposition of place
 * ("the families of those killed at Tarrow Bay … other Tarrow Bay families", "riots in Vell"),
 * or the text gives the same name another type on firmer evidence. Such a name is the place or
 * the body it is elsewhere, a place where a mention follows "at" or "in", else no entity.
 * `guessed` says whether a candidate's person reading rests on its shape alone.
 */
export function namesNoOneBears(
  text: string,
  candidates: Candidate[],
  guessed: (c: Candidate) => boolean,
): Candidate[] {
  const nameOf = (c: Candidate) => text.slice(c.nameStart, c.nameEnd);
  const byName = new Map<string, Candidate[]>();
  const byWord = new Map<string, Set<string>>(); // word → the person names holding it
  for (const c of candidates) {
    const n = nameOf(c);
    const same = byName.get(n);
    if (same) same.push(c);
    else byName.set(n, [c]);
    if (c.type === "person")
      for (const w of n.split(" ")) {
        const set = byWord.get(w) ?? new Set<string>();
        set.add(n);
        byWord.set(w, set);
      }
  }
  const retyped = new Map<string, Pick<Candidate, "type" | "canonical"> | null>();
  for (const [n, all] of byName) {
    const people = all.filter((c) => c.type === "person");
    if (!people.length || !people.every((c) => guessed(c) && !c.honorific && c.start === c.nameStart)) continue;
    // "Clinton" beside "Hillary Clinton", "Dean" beside "Dean Elgar": someone's name after all.
    const words = n.split(" ");
    if ((byWord.get(words[words.length - 1])?.size ?? 0) > 1 || (words.length === 1 && (byWord.get(n)?.size ?? 0) > 1))
      continue;
    const firm = all.find((c) => (c.type === "location" || c.type === "organization") && !guessed(c));
    if (firm) {
      retyped.set(n, { type: firm.type, canonical: firm.canonical });
      continue;
    }
    // "a Tam Rell kind of wedding": a name that only ever names a kind of thing is no one,
    // whatever its first word.
    if (people.every((c) => KIND_AFTER.test(text.slice(c.end, c.end + 16)))) {
      retyped.set(n, null);
      continue;
    }
    // "He waved at Tom Keller.": a given name and a last word that is neither a common English
    // word nor a place's ("at Ann Bridge", "at Tom Heath") is a person's full name, wherever it stands.
    const last = words[words.length - 1].toLowerCase();
    const fullName =
      words.length >= 2 && isGivenName(words[0]) && !COMMON_WORDS.has(last) && !LOC_DESIGNATORS.has(last);
    const placed = new Set(fullName ? [] : people.filter((c) => placedAt(text, c.start, c.end)));
    if (!people.every((c) => placed.has(c) || modifierAt(text, c.end))) continue;
    // Used only to qualify, a name needs two words, the first no given name ("Ann Vale
    // supporters" is still Ann Vale), and two such uses: one reads as often as a verb after a
    // name ("Tom Vale lost", "Tom Vale ranks second"). Placed, any name.
    if (!placed.size && (!n.includes(" ") || isGivenName(words[0]) || people.length < 2)) continue;
    retyped.set(n, placed.size ? { type: "location", canonical: null } : null);
  }
  if (!retyped.size) return candidates;
  return candidates.flatMap((c): Candidate[] => {
    const n = nameOf(c);
    if (c.type !== "person" || !retyped.has(n)) return [c];
    const to = retyped.get(n);
    return to ? [{ ...c, ...to, evidence: "context" }] : [];
  });
}

/**
 * "crowned Miss Tarrow in May", "the Miss World pageant": "Miss" before a place or a common
 * English word is a title a contest gives, no one's name, unless someone in the text is named in
 * full with that word last ("Ann Hope … Miss Hope said").
 */
export function contestTitles(text: string, candidates: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of candidates) {
    const w = c.type === "person" ? text.slice(c.nameStart, c.nameEnd).split(" ") : [];
    if (w.length >= 2) surnames.add(w[w.length - 1]);
  }
  return candidates.filter((c) => {
    if (c.type !== "person" || c.honorific?.toLowerCase() !== "miss") return true;
    const words = text.slice(c.nameStart, c.nameEnd).split(" ");
    const first = words[0].toLowerCase();
    if (words.length === 1 && surnames.has(words[0])) return true;
    const common = COMMON_WORDS.has(first) && !COMMON_NAME_PARTS.has(first) && !isGivenName(first);
    return !(common || lookupGazetteer(words[0])?.type === "location");
  });
}
