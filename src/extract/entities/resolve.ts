// Within-document resolution: candidates become entities. "Christopher Cash", "Mr Cash" and
// "Cash" are one person; "CPS" and "Crown Prosecution Service" one body; two people who share
// a first name stay two, and a bare surname that two people share is the one introduced first.
import { isDomainName, type Doc } from "../../core/doc.js";
import {
  bodyKey,
  endsWithWords,
  fold,
  firstIntroducedHolder,
  fullness,
  initials,
  knownByMiddleName,
  sameGivenName,
} from "../../core/names.js";
import type { Entity, EntityType, Mention } from "../../core/schema.js";
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import type { Candidate } from "./candidates.js";
import { lookupGazetteer } from "./gazetteer.js";
import { addressGender } from "./gender.js";
import { birthGender, givenNameGender } from "./names.js";
import { afterDefiniteArticle } from "./notnames.js";
import {
  ADDRESS_TITLES,
  CLOSED_CLASS,
  COMMON_WORDS,
  INTRODUCTORY_WORDS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  LEGAL_FORMS,
  NOBLE_TITLES,
  PATRONYMICS,
  ROLE_MODIFIERS,
  ROLE_TITLES,
} from "./lexicon.js";

interface Cluster {
  type: EntityType;
  /** Person: folded name words of the fullest form. Others: the cluster key. */
  words: string[];
  key: string;
  canonical: string | null;
  members: Candidate[];
}

/** Lower case, accents and punctuation dropped: the form two names are compared in (the kernel's fold). */
export const foldName = fold;

/** A person's name as written, or in full where the text gives it in part ("Tom" of "Tom and Ann Roe"). */
const personName = (doc: Doc, c: Candidate): string => c.fullName ?? doc.text.slice(c.nameStart, c.nameEnd);

const nameWords = (doc: Doc, c: Candidate): string[] => foldName(personName(doc, c)).split(" ").filter(Boolean);

/** People indexed by the last and the first word of their fullest names. */
interface PersonIndex {
  persons: Cluster[];
  byLast: Map<string, Cluster[]>;
  byFirstWord: Map<string, Cluster[]>;
  /** People named in full with a generation mark ("Tom Vale Jr."), by the surname before it. */
  byGenerationSurname: Map<string, Cluster[]>;
}

const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The people a surname alone may stand for: those whose fullest name ends in it, else those
 * named with it and a generation mark ("Tom Vale Jr. … said Vale"). Father and son both bear it,
 * and so neither gets it; a name without the mark is read first ("Mr. Vale" beside "Ann Vale"
 * and "Tom Vale Jr." is hers, as before).
 */
const withoutGeneration = (w: string[]): string[] =>
  w.length > 2 && GENERATIONS.has(w[w.length - 1]) ? w.slice(0, -1) : w;

function surnameHolders(people: PersonIndex, word: string): Cluster[] {
  const plain = people.byLast.get(word) ?? [];
  return plain.length ? plain : (people.byGenerationSurname.get(word) ?? []);
}

export function resolveEntities(doc: Doc, candidates: Candidate[]): Entity[] {
  const people = clusterFullNames(doc, candidates);
  // A single word typed only by the tagger may still be a surname named in full elsewhere.
  const surnames = new Set([...people.byLast.keys(), ...people.byGenerationSurname.keys()]);
  // So may a word the GeoNames list calls a town ("Dale Harlow" … "Harlow said").
  const listedPlace = (c: Candidate) => c.evidence === "gazetteer" && c.type === "location" && c.canonical === null;
  const weakSingle = (c: Candidate) =>
    (c.evidence === "tagger" || listedPlace(c)) &&
    c.type !== "person" &&
    nameWords(doc, c).length === 1 &&
    surnames.has(nameWords(doc, c)[0]);
  const pending: Candidate[] = []; // single words: surnames, first names, or nothing
  for (const c of candidates) {
    if (c.type === "person" && nameWords(doc, c).length < 2) pending.push(c);
    else if (c.type === null) pending.push(c);
    else if (weakSingle(c)) pending.push({ ...c, type: "person" });
  }
  const { others, bodyIndex, aliases } = clusterBodies(doc, candidates, weakSingle);
  const singles = placeSingles(doc, candidates, pending, people, bodyIndex, others, aliases);
  joinSinglesToBodies(singles, others);
  mergeAliases(doc, people.persons);
  const clusters = [...people.persons, ...others.values()].filter((cl) => cl.members.some((m) => !m.headline));
  return toEntities(doc, clusters);
}

/** Full personal names, longest first, so shorter forms find their fuller ones. */
function clusterFullNames(doc: Doc, candidates: Candidate[]): PersonIndex {
  const persons: Cluster[] = [];
  const personCands = candidates.filter((c) => c.type === "person" && !c.headline);
  const full = personCands.filter((c) => nameWords(doc, c).length >= 2);
  full.sort((x, y) => nameWords(doc, y).length - nameWords(doc, x).length || x.start - y.start);
  // Every comparison below needs the same last word: index people by it, so the cost stays
  // near-linear however many people a text names.
  const byLast = new Map<string, Cluster[]>();
  const byFirstWord = new Map<string, Cluster[]>();
  const byGenerationSurname = new Map<string, Cluster[]>();
  for (const c of full) {
    const w = nameWords(doc, c);
    const same = (byLast.get(w[w.length - 1]) ?? []).filter((p) => sameOrSubName(w, p.words));
    if (same.length === 1) same[0].members.push(c);
    else if (same.length === 0) {
      const cl: Cluster = { type: "person", words: w, key: w.join(" "), canonical: null, members: [c] };
      persons.push(cl);
      push(byLast, w[w.length - 1], cl);
      // The person's own name before "bin"/"binti" is found as a surname is ("Siti Aminah").
      const father = w.findIndex((x, i) => i > 0 && PATRONYMICS.has(x));
      if (father > 0) push(byLast, w[father - 1], cl);
      push(byFirstWord, w[0], cl);
      if (w.length > 2 && GENERATIONS.has(w[w.length - 1])) push(byGenerationSurname, w[w.length - 2], cl);
    }
    // two fuller names contain this one: ambiguous, leave it out
  }
  return { persons, byLast, byFirstWord, byGenerationSurname };
}

/**
 * Bodies and places: one cluster per official or written name, acronyms and short forms joined to
 * their long ones; with the index of organisations by last word taken before the short forms joined.
 */
function clusterBodies(
  doc: Doc,
  candidates: Candidate[],
  weakSingle: (c: Candidate) => boolean,
): { others: Map<string, Cluster>; bodyIndex: Map<string, Cluster[]>; aliases: Map<string, Cluster> } {
  const others = new Map<string, Cluster>();
  for (const c of candidates) {
    if (c.type !== "organization" && c.type !== "location") continue;
    if (weakSingle(c)) continue;
    const key = c.type + ":" + bodyKey(c.canonical ?? stripThe(doc.text.slice(c.start, c.end)));
    let cl = others.get(key);
    if (!cl) {
      cl = { type: c.type, words: key.split(" "), key, canonical: c.canonical, members: [] };
      others.set(key, cl);
    }
    cl.members.push(c);
  }
  linkAcronyms(doc, others);
  const bodyIndex = bodiesByLastWord(others);
  // A one-word body ("Treasury") that ends one longer body's name joins it.
  for (const cl of [...others.values()]) {
    if (cl.type !== "organization" || cl.words.length !== 1) continue;
    const word = cl.key.split(":")[1] ?? "";
    if (word.includes(" ")) continue;
    const longer = shortFormOfBody(bodyIndex, word);
    if (longer && longer !== cl) {
      longer.members.push(...cl.members);
      others.delete(cl.key);
    }
  }
  const aliases = new Map<string, Cluster>();
  mergeShorterBodyNames(others, aliases);
  // A word that names one company without its legal form finds it too ("Corvanta" … "Corvanta Ltd").
  const stems = new Map<string, Cluster[]>();
  for (const cl of others.values()) {
    const stem = companyStem(cl);
    if (stem) push(stems, "organization:" + stem, cl);
  }
  for (const [key, list] of stems)
    if (list.length === 1 && !others.has(key) && !aliases.has(key)) aliases.set(key, list[0]);
  return { others, bodyIndex, aliases };
}

/**
 * Single words: a surname or first name of one person, a short form of a body, or a new person
 * (added to `people.persons`). Returns the new one-word people by their word.
 */
function placeSingles(
  doc: Doc,
  candidates: Candidate[],
  pending: Candidate[],
  people: PersonIndex,
  bodyIndex: Map<string, Cluster[]>,
  others: Map<string, Cluster>,
  aliases: Map<string, Cluster>,
): Map<string, Cluster> {
  const { persons, byFirstWord } = people;
  const singles = new Map<string, Cluster>();
  const personStarts = personMentionEdges(doc, candidates, people);
  for (const c of pending) {
    const w = nameWords(doc, c);
    if (w.length === 0) continue;
    const word = w.join(" ");
    // "Tom R. Vale, Jr., said": a generation mark written apart ends the name before it; alone it names no one.
    if (GENERATIONS.has(word)) continue;
    // "Mr. Vane" is not "Ann Vane" when her given name is a woman's, nor when the text has already
    // called her "Mrs. Vane" (a given name used by both sexes: "Mrs. Vane" … "Mr. Vane", two people).
    const sex = addressGender(c.honorific);
    const bySurname = surnameHolders(people, w[w.length - 1]).filter(
      (p) =>
        endsWithWords(withoutGeneration(p.words), w) &&
        !(sex && (givenNameGender(p.words[0]) ?? addressedAs(p) ?? sex) !== sex),
    );
    const byFirst = bySurname.length ? [] : (byFirstWord.get(word) ?? []).filter((p) => p.words.length > 1);
    const matches = bySurname.length ? bySurname : byFirst;
    // A surname two people share ("Vale" after "Ann Vale" and her brother "Bill Vale") is the one
    // the text introduced first (the one the story is about; "Mr. Vale" the one whose gender fits);
    // a first name two people share, or father and son ("Tom Vale Jr.", "Tom Vale Sr."), stays ambiguous.
    const holder =
      matches.length === 1
        ? matches[0]
        : bySurname.length > 1 && !GENERATIONS.has(bySurname[0].words[bySurname[0].words.length - 1])
          ? firstIntroducedHolder(
              bySurname,
              c.start,
              sex,
              clusterGender,
              sex ? (p) => fullNameStart(doc, p) : firstStart,
              titledAs(c),
            )
          : null;
    if (holder) {
      holder.members.push({ ...c, type: "person" });
      continue;
    }
    if (matches.length > 1) continue; // shared by two people, none introduced before: ambiguous
    // A headline's word is a body's short form only where the text itself writes it alone ("FBI
    // Needs More Investigation" over a story on the Federal Bureau of Investigation: no alias).
    const shortForm = c.headline ? null : shortFormOfBody(bodyIndex, word);
    const body = c.type === null ? (shortForm ?? sameNameBody(doc, others, aliases, c)) : null;
    if (body) {
      body.members.push({ ...c, type: body.type });
      continue;
    }
    if (c.headline) continue;
    // An untyped word coordinated with a person ("Earl and Reeves", "Reeves, Earl and …") is a person;
    // before a noun for a person it describes the next one ("Ann Vale and Green candidate Tom Rell").
    const coordinated =
      c.type === null &&
      !isLexiconWord(word) &&
      !PERSON_FIRST_NOUNS.has(/^\s+(\p{Ll}+)/u.exec(doc.text.slice(c.end, c.end + 30))?.[1] ?? "") &&
      !afterDefiniteArticle(doc.text, c.start) &&
      !introductoryWord(doc.text, c, word) &&
      coordinatedWithPerson(doc, c, personStarts);
    if (c.type !== "person" && !coordinated) continue;
    let s = singles.get(word);
    if (!s) {
      s = { type: "person", words: w, key: word, canonical: null, members: [] };
      singles.set(word, s);
      persons.push(s);
    }
    s.members.push(c);
  }
  return singles;
}

/**
 * "President Vale" after "President Tom Vale" and his wife "Ann Vale": the holders given that
 * office's title before it (a title of address, not "Mr" or "Dr", which many people bear).
 */
function titledAs(c: Candidate): ((p: Cluster) => boolean) | null {
  const title = c.honorific;
  if (!title || HONORIFICS.has(title) || !ADDRESS_TITLES.has(title)) return null;
  return (p) => p.members.some((m) => m.honorific === title && m.start < c.start);
}

/** A person's likely gender: its given name's, else the one its forms of address mark. */
// (Last, the sex nearly all US babies given the first name were: a likelihood that tells "Mrs.
// Vale" from "Hillary Vale" and "Chelsea Vale" when the name lists hold "Hillary" for both sexes.)
const clusterGender = (p: Cluster): "male" | "female" | null =>
  givenNameGender(p.words[0]) ?? addressedAs(p) ?? birthGender(p.words[0]);

/** Where a person is first named. */
const firstStart = (p: Cluster): number => p.members.reduce((first, m) => Math.min(first, m.start), Infinity);

/**
 * Where a person is first named with more than one word, a given name with the surname: for "Mr.
 * Vale" and "Mrs. Vale", "Freddy" alone ("his brother Freddy") introduces no holder of the surname.
 * Where first named at all when never so.
 */
function fullNameStart(doc: Doc, p: Cluster): number {
  let first = Infinity;
  const surname = p.words[p.words.length - 1] ?? "";
  for (const m of p.members) {
    if (m.start >= first) continue;
    // ("Founders Ann and Tom Vale": the first of a pair before their shared surname is named in full.)
    const pair = /^\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*\s+(\p{L}+)/u.exec(doc.text.slice(m.end, m.end + 60));
    if (nameWords(doc, m).length > 1 || (pair && foldName(pair[1]) === surname)) first = m.start;
  }
  return first === Infinity ? firstStart(p) : first;
}

/** The sex the forms of address of a person's mentions so far mark ("Mrs. Vane": female), if any. */
function addressedAs(p: Cluster): "male" | "female" | null {
  for (const m of p.members) {
    const sex = addressGender(m.honorific);
    if (sex) return sex;
  }
  return null;
}

/**
 * One name, one entity: a lone word guessed to be a person joins the body or place the
 * document names with the same word elsewhere ("over Chelsea" … "Chelsea boss").
 */
function joinSinglesToBodies(singles: Map<string, Cluster>, others: Map<string, Cluster>): void {
  const byBareKey = new Map<string, Cluster[]>();
  for (const o of others.values()) {
    push(byBareKey, o.key.split(":")[1] ?? "", o);
    const stem = companyStem(o);
    if (stem) push(byBareKey, stem, o);
  }
  for (const s of singles.values()) {
    if (s.members.some((m) => m.honorific || m.evidence === "title" || m.evidence === "given-name")) continue;
    const same = byBareKey.get(s.key) ?? [];
    if (same.length !== 1) continue;
    same[0].members.push(...s.members.map((m) => ({ ...m, type: same[0].type })));
    s.members = [];
  }
}

const ALIAS_CUE = /(?:also known as|known as|alias|a\.k\.a\.|aka)\s*$/i;

/**
 * "Yang Tengbo, also known as Chris Yang" and "The businessman, also known as Chris Yang": a
 * name introduced as an alias is the same person as the one it follows (the person named just
 * before, or, after a description of a person, the latest person named). The first name stays canonical.
 */
function mergeAliases(doc: Doc, persons: Cluster[]): void {
  for (const alias of persons) {
    if (!alias.members.length) continue;
    const at = firstStart(alias);
    const before = doc.text.slice(Math.max(0, at - 40), at);
    const cue = ALIAS_CUE.exec(before);
    if (!cue) continue;
    // "a militant group known as Vell Front": a noun that names no person introduces no one's alias.
    const noun = /(?:^|[^\p{L}])(\p{Ll}+),?\s*$/u.exec(before.slice(0, cue.index))?.[1];
    if (noun && !PERSON_FIRST_NOUNS.has(noun) && !FUNCTION_WORDS.has(noun) && !CLOSED_CLASS.has(noun)) continue;
    let target: Cluster | null = null;
    let targetEnd = -1;
    for (const p of persons) {
      if (p === alias || !p.members.length) continue;
      for (const m of p.members)
        if (m.end <= at && m.end > targetEnd) {
          target = p;
          targetEnd = m.end;
        }
    }
    if (!target) continue;
    target.canonical = target.canonical ?? canonicalName(doc, target);
    target.members.push(...alias.members);
    alias.members = [];
  }
}

/**
 * Where person mentions start and end: typed person candidates, and single words that are the
 * surname of exactly one person named in full.
 */
function personMentionEdges(doc: Doc, candidates: Candidate[], people: PersonIndex) {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of candidates) {
    const w = nameWords(doc, c);
    const isPerson =
      c.type === "person" ||
      (w.length === 1 && surnameHolders(people, w[0]).filter((p) => p.words.length > 1).length === 1);
    if (!isPerson) continue;
    starts.add(c.start);
    ends.add(c.end);
  }
  return { starts, ends };
}

/** Titles, modifiers and institutional words: a surname only when a full name says so ("Major", "Shadow"). */
/**
 * "Together, Ann Lee and Tom Vane …", "Meanwhile, Lee …", "Afterward, Vale left", "Hey, Vale": a
 * common English word, an adverb or an interjection that opens the sentence, or a quotation
 * ('"Look, Vale, we tried," she said'), before a comma introduces it, and is not a name in a list.
 */
function introductoryWord(text: string, c: Candidate, word: string): boolean {
  const lw = word.toLowerCase();
  if (!(COMMON_WORDS.has(lw) || INTRODUCTORY_WORDS.has(lw)) || text[c.end] !== ",") return false;
  return /(?:^|[.!?]["”’]?\s+|\n|(?:^|[\s(:])["“‘])$/.test(text.slice(Math.max(0, c.start - 3), c.start));
}

function isLexiconWord(w: string): boolean {
  return (
    HONORIFICS.has(w) ||
    ADDRESS_TITLES.has(w) ||
    ROLE_TITLES.has(w) ||
    ROLE_MODIFIERS.has(w) ||
    GENERIC_CAPITALS.has(w) ||
    FUNCTION_WORDS.has(w)
  );
}

const COORDINATION_AFTER = /^(?:\s+and\s+|\s+or\s+|,\s+)$/;
const COORDINATION_BEFORE = /^(?:\s+and\s+|\s+or\s+|,\s+)$/;

function coordinatedWithPerson(doc: Doc, c: Candidate, edges: { starts: Set<number>; ends: Set<number> }): boolean {
  // A person mention ends right before "and"/"," before this word, or starts right after it.
  for (let k = 2; k <= 6; k++) {
    if (edges.ends.has(c.start - k) && COORDINATION_BEFORE.test(doc.text.slice(c.start - k, c.start))) return true;
    if (edges.starts.has(c.end + k) && COORDINATION_AFTER.test(doc.text.slice(c.end, c.end + k))) return true;
  }
  return false;
}

/**
 * `w` names the same person as `full`: equal, a later part ("Duncan Smith"), or same first and
 * last words; a nickname of the given name counts as it ("Pat Kennedy", "Patrick F. Kennedy").
 */
function sameOrSubName(w: string[], full: string[]): boolean {
  const middle = knownByMiddleName(w, full);
  if (middle) full = middle;
  if (w.length >= 2 && w[0] !== full[0] && sameGivenName(w[0], full[0])) w = [full[0], ...w.slice(1)];
  if (w.join(" ") === full.join(" ")) return true;
  if (w.length >= full.length) return false;
  if (endsWithWords(full, w)) return true;
  // "Siti Aminah binti Yusof" … "Siti Aminah": the person's own name is the part before the
  // father's, and the text refers back to it.
  const father = full.findIndex((x, i) => i > 0 && PATRONYMICS.has(x));
  const own = full.slice(0, Math.max(father, 0));
  if (father > 0 && (w.join(" ") === own.join(" ") || endsWithWords(own, w))) return true;
  if (w[0] !== full[0] || w[w.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const x of full) if (j < w.length && x === w[j]) j++;
  return j === w.length;
}

function stripThe(s: string): string {
  return /^the\s/i.test(s) && !lookupGazetteer(s) ? s.slice(4) : s;
}

/**
 * The one body or place the document names with the same words elsewhere: an untyped word is
 * that body or place ("Later Dunmore grew" after "she grew up in Dunmore"). A body and a place of
 * that name: neither.
 */
function sameNameBody(
  doc: Doc,
  others: Map<string, Cluster>,
  aliases: Map<string, Cluster>,
  c: Candidate,
): Cluster | null {
  const key = bodyKey(stripThe(doc.text.slice(c.start, c.end)));
  const org = others.get("organization:" + key) ?? aliases.get("organization:" + key);
  const place = others.get("location:" + key);
  return org && place ? null : (org ?? place ?? null);
}

/** A single capitalised word that is the last word of one body's name ("Treasury" for "Department of the Treasury"). */
function shortFormOfBody(index: Map<string, Cluster[]>, word: string): Cluster | null {
  const found = index.get(word) ?? [];
  return found.length === 1 ? found[0] : null;
}

/** Bodies named "… of (the) X" by their last word X. */
function bodiesByLastWord(others: Map<string, Cluster>): Map<string, Cluster[]> {
  const index = new Map<string, Cluster[]>();
  for (const cl of others.values()) {
    if (cl.type !== "organization") continue;
    const name = foldName(cl.canonical ?? cl.key.split(":")[1]).split(" ");
    if (name.length >= 3 && name.includes("of")) {
      const last = name[name.length - 1];
      push(index, last, cl);
    }
  }
  return index;
}

/** Last word without a plural "s", so "Trade Offices" and "Trade Office" compare equal. */
function singular(words: string[]): string[] {
  const out = [...words];
  const last = out[out.length - 1];
  if (last && last.length > 3 && last.endsWith("s") && !last.endsWith("ss")) out[out.length - 1] = last.slice(0, -1);
  return out;
}

/** A body named by the last words of one other body's name ("Economic and Trade Offices" → "Hong Kong Economic and Trade Office"). */
function mergeShorterBodyNames(others: Map<string, Cluster>, aliases: Map<string, Cluster>): void {
  const orgs = [...others.values()].filter((c) => c.type === "organization");
  const words = new Map(orgs.map((c) => [c, singular((c.key.split(":")[1] ?? "").split(" ").filter(Boolean))]));
  // Every proper suffix of two or more words (names are short, so this stays near-linear).
  const bySuffix = new Map<string, Cluster[]>();
  for (const c of orgs) {
    const w = words.get(c)!;
    for (let k = 1; k <= w.length - 2 && k < 12; k++) push(bySuffix, w.slice(k).join(" "), c);
  }
  // A company's name without its legal form: "Kellmark" for "Kellmark Holdings Corp".
  const byStem = new Map<string, Cluster[]>();
  for (const c of orgs) {
    const stem = companyStem(c);
    if (stem) push(byStem, stem, c);
  }
  for (const short of orgs) {
    const sw = words.get(short)!;
    if (short.canonical) continue;
    const stem = (byStem.get(short.key.split(":")[1] ?? "") ?? []).filter((o) => o !== short && others.has(o.key));
    const longer = stem.length
      ? stem
      : sw.length < 2
        ? []
        : (bySuffix.get(sw.join(" ")) ?? []).filter((o) => o !== short && others.has(o.key));
    if (longer.length !== 1) continue;
    longer[0].members.push(...short.members);
    others.delete(short.key);
    aliases.set(short.key, longer[0]);
  }
}

/**
 * A company's name without the legal form it ends with ("kellmark" for "kellmark holdings corp"), or
 * a website's without its domain ("kellmark" for "kellmark.com"), or null.
 */
function companyStem(c: Cluster): string | null {
  if (c.type !== "organization") return null;
  const w = (c.key.split(":")[1] ?? "").split(" ").filter(Boolean);
  if (w.length === 1 && isDomainName(w[0])) return w[0].slice(0, w[0].indexOf("."));
  let k = w.length;
  while (k > 1 && LEGAL_FORMS.has(w[k - 1])) k--;
  return k < w.length ? w.slice(0, k).join(" ") : null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "National Cyber Security Centre (NCSC)" and initials that spell an acronym: one body. */
function linkAcronyms(doc: Doc, others: Map<string, Cluster>): void {
  const acronyms = [...others.values()].filter(
    (cl) => cl.type === "organization" && !cl.canonical && cl.members.every((m) => m.evidence === "acronym"),
  );
  if (!acronyms.length) return;
  const defined = new Map<string, Cluster>();
  for (const cl of others.values()) {
    for (const m of cl.members) {
      const after = doc.text.slice(m.end, m.end + 16);
      const def = /^\s?\(([A-Z][A-Za-z0-9&]{1,9})\)/.exec(after);
      // "PARIS (AFP) -": after a place, letters in brackets are its short form only when they are
      // its initials or its capitals ("the United Arab Emirates (UAE)", "KwaZulu-Natal (KZN)");
      // otherwise they credit a news agency.
      if (def && cl.type === "location" && !placeShortForm(doc.text.slice(m.start, m.end), def[1])) continue;
      if (def) defined.set(def[1].toLowerCase(), cl);
    }
  }
  for (const acr of acronyms) {
    const written = foldName(doc.text.slice(acr.members[0].start, acr.members[0].end));
    const bare = written.replace(/s$/, "");
    let target = defined.get(written) ?? defined.get(bare) ?? null;
    if (!target) {
      const byInitials = [...others.values()].filter(
        (cl) =>
          cl !== acr && cl.type === "organization" && initialsOf(doc, cl).some((x) => x === written || x === bare),
      );
      if (byInitials.length === 1) target = byInitials[0];
    }
    if (target && target !== acr) {
      target.members.push(...acr.members.map((m) => ({ ...m, type: target.type })));
      others.delete(acr.key);
    }
  }
}

/** Initials of a body's names (its key and every written form), function words skipped. */
/** Whether `short` is the initials or the capital letters of the place's name as written. */
function placeShortForm(written: string, short: string): boolean {
  const s = short.toLowerCase();
  return initials(foldName(written)).includes(s) || written.replace(/[^\p{Lu}]/gu, "").toLowerCase() === s;
}

function initialsOf(doc: Doc, cl: Cluster): string[] {
  const names = [cl.key.split(":")[1] ?? "", ...cl.members.map((m) => foldName(doc.text.slice(m.start, m.end)))];
  return names.flatMap((n) => initials(n));
}

function toEntities(doc: Doc, clusters: Cluster[]): Entity[] {
  const withFirst = clusters.map((cl) => ({ cl, first: Math.min(...cl.members.map((m) => m.start)) }));
  withFirst.sort((a, b) => a.first - b.first);
  return withFirst.map(({ cl }, i) => {
    const id = `e${i + 1}`;
    const mentions: Mention[] = [];
    const seen = new Set<string>();
    const add = (start: number, end: number) => {
      const key = `${start}:${end}`;
      if (seen.has(key) || end <= start) return;
      seen.add(key);
      mentions.push({ text: doc.text.slice(start, end), start, end, entity: id });
    };
    const members = [...cl.members].sort((a, b) => a.start - b.start);
    for (const m of members) {
      add(m.start, m.end);
      if (m.nameStart !== m.start || m.nameEnd !== m.end) add(m.nameStart, m.nameEnd);
      if (m.postnominal && m.postnominal.start >= m.end) add(m.start, m.postnominal.end);
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { id, type: cl.type, name: canonicalName(doc, cl), mentions, attributes: { roles: [] } };
  });
}

function canonicalName(doc: Doc, cl: Cluster): string {
  if (cl.canonical) return cl.canonical;
  if (cl.type === "person") {
    let best = cl.members[0];
    let bestLen = -1;
    for (const m of cl.members) {
      const len = fullness(personName(doc, m));
      if (len > bestLen) {
        best = m;
        bestLen = len;
      }
    }
    const name = personName(doc, best);
    // A peer or royal known by one name keeps the title: "Lord Hughes", "Prince Andrew"; only that
    // title, not an office before it ("Chief Justice Earl Warren" is "Earl Warren").
    if (!name.includes(" ") && best.honorific && NOBLE_TITLES.has(best.honorific)) {
      const title = /\S+\s+$/.exec(doc.text.slice(best.start, best.nameStart));
      return doc.text.slice(title ? best.start + title.index : best.start, best.nameEnd);
    }
    return name;
  }
  // The longest name; of two as long, a place's as the prose writes it over one in capitals (a
  // dateline's "HARSTEDT", a heading's), which is only the line's style. A body's capitals may be
  // its own name ("the VAC").
  const place = cl.type === "location";
  let best = "";
  for (const m of cl.members) {
    const t = stripThe(doc.text.slice(m.start, m.end));
    if (t.length > best.length || (place && t.length === best.length && allCapitals(best) && !allCapitals(t))) best = t;
  }
  return best;
}

const allCapitals = (name: string): boolean => name === name.toUpperCase() && name !== name.toLowerCase();
