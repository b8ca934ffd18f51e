// Entity layer: finds people, organisations and locations, clusters their mentions within the
// document and reads ages and roles from appositions. (Owned by the entities work; see issue 3.)
//   rule candidates (candidates.ts) + tagger spans (tagger/) → combine.ts → resolve.ts → roles/
import type { Doc } from "../../core/doc.js";
import { isNickname } from "../../core/names.js";
import type { Entity, Mention, Span } from "../../core/schema.js";
import { readAttributes } from "../roles/index.js";
import {
  calledOnNumber,
  camelCaseBrand,
  citedLaw,
  competitionName,
  describedAsBody,
  groupNouns,
  leadingDescription,
  listGoesOn,
  namedAsBody,
  toldWithArticle,
  parliamentsOfCountry,
  pluralAddress,
  withoutCallVerb,
  pluralTitleOpening,
  rankBeforeCommonWord,
  roleQualifiers,
  wireCredits,
} from "./bodies.js";
import { adjectiveCompound, candidateContext, findCandidates, remitItem, type Candidate } from "./candidates.js";
import { combineCandidates, spansTagged, unsureBodies, type TaggerSpan } from "./combine.js";
import { companiesNamedAfterPeople } from "./companies.js";
import { datelinePlaces } from "./datelines.js";
import { transcriptLabels } from "./labels.js";
import {
  afterDefiniteArticle,
  contestTitles,
  describedByAge,
  generationLabel,
  joinNicknamedNames,
  namesNoOneBears,
  nicknameInName,
  ordinalBefore,
  personBeforeNoun,
  shipNames,
  tickerSymbol,
} from "./notnames.js";
import {
  abbreviatedLegalForm,
  COMMON_NAME_PARTS,
  COMMON_WORDS,
  INTRODUCTORY_WORDS,
  LOC_DESIGNATORS,
  ORG_DESIGNATORS,
  PROPER_ADJECTIVES,
} from "./lexicon.js";
import { birthGender, commonWordNoName, isGivenName } from "./names.js";
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import { resolveEntities } from "./resolve.js";
import { bareCandidate, pluralRoleTitle, TITLE_CASE_SMALL } from "./run.js";
import { tagDoc, type Tagger } from "./tagger/index.js";
import { lookupGazetteer } from "./gazetteer.js";

export { genderOf } from "./gender.js";

/** The entity layer under the name the other stages use. */
export const extractEntities = entityLayer;

export interface EntityLayerOptions {
  /** The trained tagger to run beside the rules (see src/extract/default-model.ts); none: the rules alone. */
  tagger?: Tagger | null | false;
}

/**
 * The entity layer: candidates, resolution, attributes. It throws on a bug, like every stage;
 * `extract()` records the failure.
 */
export function entityLayer(doc: Doc, options: EntityLayerOptions = {}): Entity[] {
  const ctx = candidateContext(doc);
  const tagged: TaggerSpan[] = options.tagger ? withoutCallVerb(doc.text, tagDoc(doc, options.tagger)) : [];
  const headlines = [...ctx.headlineParagraphs].map((i) => doc.paragraphs[i]);
  const taggedOrgs = spansTagged(tagged, "ORG");
  const ships = shipNames(doc.text);
  const rules = wireCredits(doc.text, withoutCallVerb(doc.text, findCandidates(doc, ctx)));
  const combined = transcriptLabels(
    doc,
    datelinePlaces(
      doc,
      joinNicknamedNames(doc.text, combineCandidates(doc, rules, tagged, ctx.lowerWords, headlines)),
      tagged,
    ),
  );
  const candidates = combined.flatMap((c): Candidate[] => {
    if (tickerSymbol(doc.text, c.start, c.end)) return [];
    if (c.type === "person" && generationLabel(doc.text, c.start, c.end)) return [];
    if (c.type === "organization" && competitionName(doc.text, c.start, c.end)) return [];
    if (citedLaw(doc.text, c.start, c.end)) return [];
    if (brandNamed(doc.text, c, ctx.surnamesAfterGivenNames))
      return [{ ...c, type: "organization", evidence: "context" }];
    if (GUESSED.has(c.evidence) && capitalsLine(doc.text, c.start, c.end)) return [];
    if (ships.names.has(doc.text.slice(c.nameStart, c.nameEnd))) return [];
    if (ships.spans.some(([a, b]) => c.start < b && c.end > a)) return [];
    // "shares of 21st Century Media": a name after an ordinal names a numbered thing and holds
    // the number; one guessed to be a person's from its shape alone is no one's ("Century Fox").
    const ordinal = c.start === c.nameStart ? ordinalBefore(doc.text, c.start) : -1;
    if (ordinal >= 0) {
      const first = doc.text.slice(c.nameStart, c.nameEnd).split(" ")[0];
      if (c.type === "person" && GUESSED.has(c.evidence) && !isGivenName(first)) return [];
      // A name the gazetteer knows as written is whole without it ("the 335th Vantor account").
      if (c.type !== "person" && c.evidence !== "gazetteer")
        return [{ ...c, start: ordinal, nameStart: ordinal, canonical: null }];
    }
    // "Dorn & Vale said", "shares of Harwick & Lowe": names joined by an ampersand are a firm's,
    // never one person's.
    if (c.type === "person" && /\s&\s/.test(doc.text.slice(c.nameStart, c.nameEnd)))
      return [{ ...c, type: "organization", evidence: "shape" }];
    // "a leader of Vale Jobs With Justice": a capitalised small word of title case inside a run
    // makes it a title or a body's name, no one's: the body's the tagger reads over it.
    if (
      (c.type === "person" || c.type === "organization") &&
      GUESSED.has(c.evidence) &&
      titleCaseInside(doc.text.slice(c.nameStart, c.nameEnd))
    ) {
      const body = tagged.find((t) => t.type === "ORG" && t.start <= c.start && t.end >= c.end);
      if (body) return [bareCandidate(body.start, body.end, "organization", "tagger", null)];
    }
    const guessedPerson = c.type === "person" && GUESSED.has(c.evidence);
    if (!(guessedPerson && notAPerson(doc.text, c.start, c.end, ctx.surnamesAfterGivenNames)))
      return [legalFormStop(doc.text, remitBefore(doc.text, c))];
    // "The Harbour Courier reported": a name after "the" is no person, but it may be the body
    // the tagger reads there, word for word, or the one told ("told the Venator").
    const body =
      afterDefiniteArticle(doc.text, c.start) &&
      (taggedOrgs.has(`${c.nameStart}:${c.nameEnd}`) || toldWithArticle(doc.text, c.start, c.end));
    return body ? [{ ...c, type: "organization", evidence: "tagger" }] : [];
  });
  const final = sharedSurnames(
    doc.text,
    withoutFamilies(
      doc.text,
      ctx.surnamesAfterGivenNames,
      companiesNamedAfterPeople(
        doc,
        namesNoOneBears(
          doc.text,
          contestTitles(doc.text, describedNames(doc, ctx.surnamesAfterGivenNames, rules, candidates)),
          (c) => c.type === "person" && GUESSED.has(c.evidence),
        ),
      ),
    ),
  );
  // “Vell Nights”: a body only the tagger reads, standing in a short quoted title, is that title's.
  const titles = new Set(
    final
      .filter((c) => c.type === "organization" && c.evidence === "tagger" && quotedTitle(doc.text, c.start, c.end))
      .map((c) => `${c.start}:${c.end}`),
  );
  const entities = withTitleArticles(
    doc.text,
    withoutUnsureBodies(resolveEntities(doc, final), unsureBodies(doc.text, final, tagged), titles),
    headlines,
  );
  readAttributes(doc, entities, headlines);
  return entities;
}

/**
 * "the Vellique brand", "the maker of Vellique and Harvo products": one Capitalised word left
 * untyped inside a sentence, no English word nor a surname the text gives someone (`surnames`:
 * "the Vane brand" of Tom Vane's), before "brand" or "products" (or before "and" another name and
 * them) names a brand, which is its maker's: a body.
 */
function brandNamed(text: string, c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.type !== null || c.start !== c.nameStart) return false;
  const word = text.slice(c.nameStart, c.nameEnd);
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word) || COMMON_WORDS.has(word.toLowerCase()) || surnames.has(word)) return false;
  // A sentence's first word is capitalised for its own sake ("Cosmetics brands rose").
  if (/(?:^|[.!?:;"“”\n])\s*$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return false;
  if (!BRAND_AFTER.test(text.slice(c.end, c.end + 40))) return false;
  // …nor one the text writes after a form of address ("Mr. Vane").
  return !new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+${word.replace(/[^\p{L}]/gu, ".")}\\b`, "u").test(text);
}

const BRAND_AFTER = /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*)?\s+(?:brands?|products)\b/u;

/**
 * Bodies named only once, at a mention the tagger alone typed with too low a margin (`unsure`,
 * from `unsureBodies`), and bodies every mention of which is a title only the tagger read as a
 * body (`titles`: "Ann Vale told “Vell Nights” on Sunday", a show, a book or a slogan) are
 * dropped; both as "start:end" offsets. The others keep their order and are numbered again.
 */
function withoutUnsureBodies(entities: Entity[], unsure: ReadonlySet<string>, titles: ReadonlySet<string>): Entity[] {
  if (!unsure.size && !titles.size) return entities;
  const at = (m: Mention) => `${m.start}:${m.end}`;
  const kept = entities.filter(
    (e) =>
      e.type !== "organization" ||
      !((e.mentions.length === 1 && unsure.has(at(e.mentions[0]))) || e.mentions.every((m) => titles.has(at(m)))),
  );
  if (kept.length === entities.length) return entities;
  return kept.map((e, i) => {
    const id = `e${i + 1}`;
    return { ...e, id, mentions: e.mentions.map((m) => ({ ...m, entity: id })) };
  });
}

/**
 * "fond of the Vanes", "the Vanes' farm": the plural of a surname the text writes after a given
 * name (`surnames`: "Tom Vane") names a family, no body and no one person; a name no rule vouches
 * for (the tagger's, or its shape's) is left out. A plural that is itself such a surname stays
 * ("Ann Hollins … Hollins said").
 */
function withoutFamilies(text: string, surnames: ReadonlySet<string>, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (c.type === "location" || !["tagger", "shape", "unknown", "context"].includes(c.evidence)) return true;
    const name = text.slice(c.nameStart, c.nameEnd);
    if (!/^\p{Lu}\p{Ll}+s$/u.test(name) || surnames.has(name)) return true;
    return !(surnames.has(name.slice(0, -1)) || (name.endsWith("es") && surnames.has(name.slice(0, -2))));
  });
}

/**
 * "the parents, Tom and Ann Roe, said": a given name alone joined by "and" to a full name that
 * opens with a given name shares its surname ("Tom Roe"), unless the text writes that word as
 * someone's surname or as the first name of another full name ("Hillary and Tim Vale" after
 * "Hillary Dunn" keeps Hillary as Hillary Dunn), or the given name ends a list of names ("stars
 * like Kell, Monica and Lara Vane": three people).
 */
function sharedSurnames(text: string, candidates: Candidate[]): Candidate[] {
  const nameOf = (c: Candidate) => text.slice(c.nameStart, c.nameEnd);
  const taken = new Set<string>();
  for (const c of candidates) {
    const w = c.type === "person" ? nameOf(c).split(" ") : [];
    if (w.length >= 2) taken.add(w[0]).add(w[w.length - 1]);
  }
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    const given = nameOf(c);
    if (c.type === "organization" || c.type === "location" || next?.type !== "person" || c.honorific) return c;
    if (/\s/.test(given) || !/^\s+and\s+$/.test(text.slice(c.end, next.start)) || next.nameStart !== next.start)
      return c;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    // "the parents, Khalim and Nadia Roe,": after a plural noun for people, two first names no
    // list holds share the surname too, the first unread so far ("Khalim" names no place or body).
    const kin = pluralPeopleBefore(before) && unlistedFirstName(given) && next.evidence !== "title";
    if (!kin && (c.type !== "person" || /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before))) return c;
    const full = nameOf(next).split(" ");
    if (full.length < 2 || !(kin || (isGivenName(full[0]) && isGivenName(given))) || taken.has(given)) return c;
    return { ...c, type: "person", fullName: `${given} ${full.slice(1).join(" ")}` };
  });
}

/**
 * Whether `before` ends in a plural noun for people, the word a couple or a family is introduced
 * by ("the parents, ", "his brothers ", "the couple, "): a plural whose singular is first of all a
 * kind of person (src/lexicon/person-nouns.json), or "couple".
 */
function pluralPeopleBefore(before: string): boolean {
  const m = /(?:^|[^\p{L}])(\p{Ll}+)s,?\s+$/u.exec(before);
  return m !== null && (m[1] === "couple" || PERSON_FIRST_NOUNS.has(m[1]));
}

/** A Capitalised word that may be a first name no list holds: no English word, no known place or body. */
function unlistedFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !COMMON_WORDS.has(word.toLowerCase()) && !lookupGazetteer(word);
}

/** The names of weakly typed candidates the text names as a body ("a firm called …") or gives a phone number. */
function namedBodyNames(text: string, candidates: readonly Candidate[]): Set<string> {
  const named = candidates.filter(
    (c) =>
      weaklyTyped(c) &&
      (namedAsBody(text, c.start, c.end) ||
        toldWithArticle(text, c.start, c.end) ||
        (c.type === null && calledOnNumber(text, c.start, c.end))),
  );
  return new Set(named.map((c) => text.slice(c.nameStart, c.nameEnd)));
}

/**
 * Names whose surroundings tell what they are: a description opening the name is cut off
 * ("Ohio-backing", "Ohioans"), a guessed person described as a body is one ("the law firm Dorn
 * Vale."), and so is every other mention of that name; a plural written after a word of
 * quantity is a group ("many Vantorians"), no one; "General" before a common word opens a body's
 * name; a word between two places of a list is a place; the bare word "parliament" is the
 * parliament of the text's country. A word of a full name keeps a guessed person only when the
 * name is still a person's once the tagger has read it (`kept`: not "the Philippine Star", which
 * the rules guessed a person's and the tagger reads as a body, for "Philippine" alone).
 */
function describedNames(
  doc: Doc,
  surnames: ReadonlySet<string>,
  rules: readonly Candidate[],
  candidates: Candidate[],
): Candidate[] {
  const text = doc.text;
  const nameOf = (c: Candidate) => text.slice(c.nameStart, c.nameEnd);
  // The rules' own reading counts: the tagger may read the whole run, cut or not, as a body.
  const people = new Set([...rules, ...candidates].filter((c) => c.type === "person").map(nameOf));
  const kept = new Set(candidates.filter((c) => c.type === "person").map(nameOf));
  const cutPeople = new Set<string>();
  const titledLists: number[] = [];
  const cut = candidates.map((c, i): Candidate => {
    const words = nameOf(c).split(" ");
    const from = c.nameStart + words[0].length + 1;
    if (pluralTitleOpening(words, text.slice(c.nameEnd, c.nameEnd + 40))) {
      titledLists.push(i);
      return { ...c, start: from, nameStart: from, type: "person", evidence: "title" };
    }
    // "Senators Vane and Rell": a plural title is no part of how one of them is written; before one
    // word that no list goes on from, it names no one ("the Harbour Officers Memorial").
    // (A body's name ending in one, "Speaker of the House of Representatives Vane", is a title.)
    const titleBefore = /(?<!\bof\s+(?:the\s+)?)\b(\p{Lu}\p{Ll}+)\s+$/u.exec(
      text.slice(Math.max(0, c.nameStart - 40), c.nameStart),
    );
    if (
      c.type === "person" &&
      words.length === 1 &&
      titleBefore &&
      (pluralAddress(titleBefore[1]) || pluralRoleTitle(titleBefore[1].toLowerCase())) &&
      !listGoesOn(text.slice(c.nameEnd, c.nameEnd + 40))
    )
      return { ...c, start: c.nameStart, type: null, evidence: "unknown" };
    if (c.start < c.nameStart && pluralAddress(text.slice(c.start, c.nameStart).trim()))
      return { ...c, start: c.nameStart };
    if (!leadingDescription(words, adjectiveCompound, personNamedBy(people, c, nameOf(c)))) return c;
    if (adjectiveCompound(words[0])) return { ...c, start: from, nameStart: from };
    cutPeople.add(text.slice(from, c.nameEnd));
    return { ...c, start: from, nameStart: from, type: "person", evidence: "given-name" };
  });
  // The names a plural title's list goes on with are people's ("Presidents Vane and Rell").
  for (const i of titledLists)
    for (let k = i + 1; k < cut.length && LIST_JOIN.test(text.slice(cut[k - 1].end, cut[k].start)); k++)
      if (cut[k].type === null || cut[k].evidence === "tagger")
        cut[k] = { ...cut[k], type: "person", evidence: "title" };
  // The same name elsewhere, read by the tagger alone, is that person's too.
  const trimmed = cut.map((c): Candidate =>
    c.evidence === "tagger" && cutPeople.has(nameOf(c)) ? { ...c, type: "person" } : c,
  );
  const guessed = (c: Candidate) => c.type === "person" && GUESSED.has(c.evidence);
  const bodies = new Set(
    trimmed.filter((c) => guessed(c) && describedAsBody(text, c.nameStart, c.nameEnd)).map(nameOf),
  );
  const namedBodies = namedBodyNames(text, trimmed);
  const groups = groupNouns(doc, surnames);
  const qualifiers = roleQualifiers(text, trimmed);
  const typed = trimmed.flatMap((c): Candidate[] => {
    if (c.type === "person" && rankBeforeCommonWord(text, c, surnames, COMMON_WORDS))
      return [{ ...c, nameStart: c.start, type: "organization", honorific: null, evidence: "context" }];
    // "HuffPost Pollster", "released by WikiLeaks": a brand's word is no person's name; a guessed
    // person's name holding one is the brand's, and a word left untyped is left out (the brand's,
    // or a programme's: "VaneCare").
    if (
      (c.type === null || guessed(c)) &&
      nameOf(c)
        .split(" ")
        .some((w) => camelCaseBrand(w, COMMON_WORDS))
    )
      return c.type ? [{ ...c, type: "organization", evidence: "shape" }] : [];
    // "Harbour, Vell and other charter schools": names listed before "and other" and a plural
    // designator are of its kind (a body or a place), whatever their shape suggested.
    const listedKind = c.type === null || guessed(c) ? kindOfList(text.slice(c.end, c.end + 160)) : null;
    if (listedKind) return [{ ...c, type: listedKind, evidence: "context" }];
    // "a firm called Dorn Analytics": named as a body, it is one, however the rules or the tagger
    // read its words (not a name the gazetteer, a designator or a title vouches for).
    if (weaklyTyped(c) && namedBodies.has(nameOf(c))) return [{ ...c, type: "organization", evidence: "context" }];
    if (!guessed(c)) return [c];
    if (groups.has(nameOf(c)) || qualifiers.has(c) || namesNoPerson(nameOf(c), surnames, kept)) return [];
    return bodies.has(nameOf(c)) ? [{ ...c, type: "organization", evidence: "context" }] : [c];
  });
  return parliamentsOfCountry(
    doc,
    typed.map((c, i): Candidate => {
      const prev = typed[i - 1];
      const next = typed[i + 1];
      const listed =
        guessed(c) && prev !== undefined && next !== undefined && betweenPlaces(text, nameOf(c), c, prev, next);
      const town = c.type === null && next !== undefined && townBeforePlace(text, c, next);
      return listed || town ? { ...c, type: "location", evidence: "context" } : c;
    }),
  );
}

/**
 * Whether what is left of a candidate's name (`name`) once its first word is cut names a person:
 * a full name the text gives one (`people`), or one word of another person's full name ("Team
 * Vane", "Stop Vane" beside "Tom Vane"; not "Chip Vane" named once in full, "Vane" after), which
 * never costs a body's or a place's name a word ("Fort Vane").
 */
function personNamedBy(people: ReadonlySet<string>, c: Candidate, name: string): (rest: string) => boolean {
  let byWord = FULL_NAMES_BY_WORD.get(people);
  if (!byWord) {
    byWord = new Map<string, string[]>();
    for (const p of people) {
      const w = p.split(" ");
      if (w.length >= 2) for (const k of new Set([w[0], w[w.length - 1]])) byWord.set(k, [...(byWord.get(k) ?? []), p]);
    }
    FULL_NAMES_BY_WORD.set(people, byWord);
  }
  const fullNames = byWord;
  return (rest) => {
    if (rest.includes(" ")) return people.has(rest);
    if (c.type === "organization" || c.type === "location") return false;
    return (fullNames.get(rest) ?? []).some((p) => p !== name);
  };
}

/** The full names of a text's people by their first and by their last word, for `personNamedBy`. */
const FULL_NAMES_BY_WORD = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

/**
 * A guessed person's name that its words alone show to be no one's: a group, a title, a phrase or
 * an adjective. `people`: the names the text gives people.
 */
function namesNoPerson(name: string, surnames: ReadonlySet<string>, people: ReadonlySet<string>): boolean {
  return (
    pluralNoOne(name) ||
    peopleOfAKind(name, surnames) ||
    commonWordsOnly(name, surnames) ||
    properAdjective(name, surnames, people)
  );
}

/**
 * "the Costa Rican pilot", "Roman Catholic nuns greeted her": a guessed name that is an adjective WordNet
 * writes with a capital (a nation's, a people's, a faith's: "Costa Rican", "Roman Catholic",
 * "Philippine") is no one's, unless it is a given name many US babies get ("Caroline", "Norman"),
 * or the text writes it after a given name or as a word of a person's fuller name ("Tudor" after
 * "Tudor Vale").
 */
function properAdjective(name: string, surnames: ReadonlySet<string>, people: ReadonlySet<string>): boolean {
  if (!PROPER_ADJECTIVES.has(name) || surnames.has(name) || birthGender(name) !== null) return false;
  for (const p of people) if (p !== name && p.split(" ").includes(name)) return false;
  return true;
}

/**
 * "Tarrow Images", "Harbour Reports": two or more words ending in the plural of a common noun,
 * opening with a Capitalised word that is no given name nor a nickname of one, name a group, a
 * firm or a title, not one person. A plural that is also a part of people's names ("Tam Woods"),
 * a given name ("Ann Fields", "Bill Fears"), an initial or capitals at the start ("M. Dane Vale")
 * leave the name alone.
 */
function pluralNoOne(name: string): boolean {
  const words = name.split(" ");
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(first) || isGivenName(first) || isNickname(first)) return false;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last)) return false;
  const plural = last.toLowerCase();
  const singular = plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
  if (!COMMON_WORDS.has(plural) || COMMON_NAME_PARTS.has(plural)) return false;
  return COMMON_WORDS.has(singular) || COMMON_WORDS.has(plural.slice(0, -2));
}

/**
 * "Vantorians and Latinos voted": a word alone that is the plural of a noun whose most frequent
 * sense in WordNet is a kind of person (src/lexicon/person-nouns.json) names people of that kind,
 * no one person. A plural that is a part of people's names ("Masters"), a word the text writes
 * after a given name ("Ann Hicks … Hicks said") or the plural of a given name ("Stephens") is a
 * surname.
 */
function peopleOfAKind(name: string, surnames: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name) || surnames.has(name)) return false;
  const plural = name.toLowerCase();
  if (COMMON_NAME_PARTS.has(plural) || isGivenName(plural)) return false;
  const singular = plural.endsWith("ies") ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
  const kind = (w: string) => PERSON_FIRST_NOUNS.has(w) && !isGivenName(w);
  return kind(singular) || (plural.endsWith("es") && kind(plural.slice(0, -2)));
}

/**
 * "What Really Happened", "the Wife Joke": a guessed name of common words only, none of them a
 * part of people's names or a given name, is a title or a phrase, no one's name; but a word the
 * text writes after a given name is a surname ("Ann Jolly … Jolly said").
 */
function commonWordsOnly(name: string, surnames: ReadonlySet<string>): boolean {
  return !surnames.has(name) && name.split(" ").every(commonWordNoName);
}

/**
 * The kind of the names a list gives before "and other" and a plural noun that ends the names of
 * bodies or places (`ORG_DESIGNATORS`, `LOC_DESIGNATORS`): ", Vell and other charter schools" is
 * a list of bodies, ", Tarrow and other towns" of places; null for any other noun.
 */
function kindOfList(after: string): "organization" | "location" | null {
  const m = LIST_BEFORE_OTHER.exec(after);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  const singular = noun.endsWith("ies") ? `${noun.slice(0, -3)}y` : noun.replace(/e?s$/, "");
  if (singular === "group") return null; // "Vantorians, Tellish and other groups": groups of people
  const kind = (w: string) => (ORG_DESIGNATORS.has(w) ? "organization" : LOC_DESIGNATORS.has(w) ? "location" : null);
  return kind(singular) ?? kind(noun.slice(0, -1));
}

/** Up to four more Capitalised names after commas, then "and other", up to two words, and a plural. */
const LIST_BEFORE_OTHER =
  /^(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){0,4},?\s+(?:and|or)\s+other\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}+s)\b/u;

/** "cities such as Tampa, Orlando and Fort Myers": a word between two places of a list is one. */
function betweenPlaces(text: string, name: string, c: Candidate, prev: Candidate, next: Candidate): boolean {
  return (
    !name.includes(" ") &&
    prev.type === "location" &&
    next.type === "location" &&
    LIST_JOIN.test(text.slice(prev.end, c.start)) &&
    LIST_JOIN.test(text.slice(c.end, next.start))
  );
}

/**
 * "Kessington, Ohio, voted", "Tarrow, England, in 1943": a name right before a comma and a known
 * place that a comma, a full stop or a bracket ends is a town or a district of that place ("Vale,
 * Ohio's senator" is no address).
 */
function townBeforePlace(text: string, c: Candidate, next: Candidate): boolean {
  return (
    next.type === "location" &&
    next.evidence !== "context" &&
    /^ ?, $/.test(text.slice(c.end, next.start)) &&
    /^ ?(?:[,.;)]|$)/.test(text.slice(next.end, next.end + 2))
  );
}

/** What joins the names of a list: a comma, "and" or "or". */
const LIST_JOIN = /^(?:,\s+|,?\s+(?:and|or)\s+)$/;

/**
 * Whether a capitalised small word of title case ("With", "For") stands inside a name; an
 * article or "of" may open a nickname or a byname inside one ("Dwayne The Rock Lee").
 */
function titleCaseInside(name: string): boolean {
  return name
    .split(" ")
    .slice(1)
    .some((w) => /^\p{Lu}\p{Ll}*$/u.test(w) && TITLE_CASE_SMALL.has(w.toLowerCase()) && !NAME_SMALL.test(w));
}

const NAME_SMALL = /^(?:The|A|An|Of)$/;

/**
 * "shares of Tarvel Corp. rose": a body's name that ends in an abbreviated legal form ("Corp",
 * "Inc", "Co", "Ltd") holds the form's full stop, as "Tarvel Corp." is written; English writes one
 * stop for the abbreviation and a sentence that ends there.
 */
function legalFormStop(text: string, c: Candidate): Candidate {
  if (c.type !== "organization" || c.end !== c.nameEnd || text[c.end] !== "." || text[c.end + 1] === ".") return c;
  const last = /(?:^|\s)(\p{L}+)$/u.exec(text.slice(Math.max(0, c.end - 12), c.end))?.[1].toLowerCase();
  if (!last || !abbreviatedLegalForm(last)) return c;
  return { ...c, end: c.end + 1, nameEnd: c.nameEnd + 1 };
}

/**
 * "reported by The Vell Sentinel", "Ann Roe told The Harbour Courier": a "The" written in capitals
 * after a word in lower case or a comma, inside a sentence, opens a body's title (a newspaper's, a
 * band's) and is part of its name as the body writes it, so it is part of the mention. Headlines,
 * whose words are all capitalised, keep their article out.
 */
function withTitleArticles(text: string, entities: Entity[], headlines: readonly Span[]): Entity[] {
  const opensTitle = (start: number) =>
    start >= 7 &&
    text.slice(start - 4, start) === "The " &&
    /(?:\p{Ll}{2}|,) $/u.test(text.slice(start - 7, start - 4)) &&
    !headlines.some((p) => p.start <= start && start < p.end);
  for (const e of entities) {
    if (e.type !== "organization") continue;
    for (const m of e.mentions) {
      if (!opensTitle(m.start)) continue;
      m.start -= 4;
      m.text = `The ${m.text}`;
    }
    // The name is written in full, as the body writes it, when a mention reads so.
    if (e.mentions.some((m) => m.text === `The ${e.name}` && opensTitle(m.start + 4))) e.name = `The ${e.name}`;
  }
  return entities;
}

/**
 * "the Harbour, Fisheries and Coast Office": a body's name that lists its remit before its last
 * word opens at the list's first item, though a comma follows it; the run read from the word after
 * the last comma. Each item is one or two capitalised words (`remitItem`), and the list opens
 * after a word in lower case or a sentence's start ("Ann Roe, Tom Vale and Harbour Office staff"
 * names people, so the list is left alone).
 */
function remitBefore(text: string, c: Candidate): Candidate {
  if (c.type !== "organization" || c.start !== c.nameStart) return c;
  const name = text.slice(c.nameStart, c.nameEnd);
  const last = /(\p{L}+)$/u.exec(name)?.[1].toLowerCase() ?? "";
  if (!name.includes(" and ") || !ORG_DESIGNATORS.has(last)) return c;
  let start = c.start;
  for (let items = 0; items < 4; items++) {
    const before = text.slice(Math.max(0, start - 40), start);
    const item = [/(?:^|\s)(\p{Lu}\p{Ll}+), $/u, /(?:^|\s)(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+), $/u]
      .map((re) => re.exec(before)?.[1])
      .find((words) => words !== undefined && remitItem(words));
    if (!item) break;
    start -= item.length + 2;
  }
  if (start === c.start) return c;
  // The list opens the sentence or follows "The" or a word in lower case ("the", "at").
  if (!/(?:^|[.!?]\s+|(?:^|\s)(?:\p{Ll}+|The)\s+)$/u.test(text.slice(Math.max(0, start - 20), start))) return c;
  return { ...c, start, nameStart: start };
}

/** Evidence that guesses a person from the words alone, with no title or form of address. */
const GUESSED: ReadonlySet<Candidate["evidence"]> = new Set(["shape", "tagger", "given-name"]);

/**
 * Whether a candidate's type is open to the text's word for it ("a firm called Dorn Analytics"):
 * no body yet, and no type a gazetteer, a designator or a title vouches for (none, or one guessed).
 */
function weaklyTyped(c: Candidate): boolean {
  return c.type !== "organization" && (c.type === null || c.evidence === "shape" || GUESSED.has(c.evidence));
}

/**
 * "HARBOUR GRIEVES" on a line of its own above the prose: words in capitals that fill their line
 * inside a paragraph are a subheading, no name the rules or the tagger could tell from their shape.
 */
export function capitalsLine(text: string, start: number, end: number): boolean {
  // (Only blanks may stand between the words and their line's ends: read no further than the
  // first other character, so that a text of one long line costs no scan of the line each time.)
  for (let a = start; a > 0 && text[a - 1] !== "\n"; a--) if (!/\s/.test(text[a - 1])) return false;
  let lineEnd = end;
  for (; lineEnd < text.length && text[lineEnd] !== "\n"; lineEnd++) if (!/\s/.test(text[lineEnd])) return false;
  if (lineEnd >= text.length) return false;
  if (!/^\n[^\S\n]*\p{L}/u.test(text.slice(lineEnd, lineEnd + 8))) return false; // prose follows in the paragraph
  const words = text.slice(start, end).split(/\s+/);
  return words.length >= 2 && words.every((w) => /^[\p{Lu}'’.&-]+$/u.test(w) && /\p{Lu}{2}/u.test(w));
}

/** Whether words guessed to be a person's name stand where no person's name does. */
function notAPerson(text: string, start: number, end: number, surnames: ReadonlySet<string>): boolean {
  return (
    quotedTitle(text, start, end) ||
    programmeTitle(text, start) ||
    nicknameInName(text, start, end) ||
    describedByAge(text, start, end, surnames) ||
    (afterDefiniteArticle(text, start) && !personBeforeNoun(text, start, end))
  );
}

/**
 * Whether a name is the end of a title-case programme or book title: a Capitalised word and a
 * Capitalised preposition stand right before it ("told Letters From Ann Lee"). After "With" the
 * name is the presenter's, a person ("told Morning Politics With Ann Lee"; the title words before
 * "With" are no one: classify.ts).
 */
export function programmeTitle(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}'’-]*\s+(?:And|On|At|In|From|Of|For|To)\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether [start, end) lies inside a short quoted run of Capitalised words: the title of a show,
 * a song, a book or a slogan ("Fox News channel's “Sunday Morning Futures,” Rep. Issa said", "an
 * ''Ann or Bust'' contingent", "‘Ann Vale Leads’ draws traffic"), not a person.
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  for (const [opening, closing] of QUOTE_PAIRS) {
    const open = opening.exec(before);
    if (!open) continue;
    const close = after.search(closing);
    if (close < 0 || /\n/.test(after.slice(0, close))) continue;
    const inner = before.slice(open.index + open[1].length) + text.slice(start, end) + after.slice(0, close);
    if (addressAfterInterjection(inner)) continue;
    const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    // Title case keeps its small words low inside ("Ann or Bust").
    const titled = (w: string, i: number) =>
      /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && i < words.length - 1 && TITLE_CASE_SMALL.has(w));
    if (words.length >= 2 && words.length <= 6 && words.every(titled)) return true;
  }
  return false;
}

/**
 * '"Hey, Dana Vell," he said', '"Hello, Dana."': an interjection or an adverb and a comma open the
 * quotation, and the name after them is the person spoken to, not a title's word (a common word
 * there may open a title: "Halt, Stranger!").
 */
function addressAfterInterjection(inner: string): boolean {
  const m = /^\s*(\p{L}+),\s/u.exec(inner);
  if (!m) return false;
  return INTRODUCTORY_WORDS.has(m[1].toLowerCase());
}

/**
 * Opening marks still open at the end of the text before a name, and the closing mark after it:
 * double quotation marks, two apostrophes (as some archives write them) and single curly marks
 * (closed by a ’ that no letter follows, unlike the apostrophe of "Lee’s").
 */
const QUOTE_PAIRS: [RegExp, RegExp][] = [
  [/([“"])[^“”"\n]*$/, /[”"]/],
  [/('')(?:(?!'')[^\n])*$/, /''/],
  [/(‘)[^‘’\n]*$/, /’(?!\p{L})/u],
];
