// Entity layer: finds people, organisations and locations, clusters their mentions within the
// document and reads ages and roles from appositions. (Owned by the entities work; see issue 3.)
//   rule candidates (candidates.ts) + tagger spans (tagger/) → combine.ts → resolve.ts → roles/
import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";
import { readAttributes } from "../roles/index.js";
import {
  describedAsBody,
  groupNouns,
  leadingDescription,
  parliamentsOfCountry,
  rankBeforeCommonWord,
} from "./bodies.js";
import { adjectiveCompound, candidateContext, findCandidates, type Candidate } from "./candidates.js";
import { combineCandidates, type TaggerSpan } from "./combine.js";
import { companiesNamedAfterPeople } from "./companies.js";
import { afterDefiniteArticle, describedByAge, nicknameInName, shipNames, tickerSymbol } from "./notnames.js";
import { COMMON_WORDS } from "./lexicon.js";
import { resolveEntities } from "./resolve.js";
import { tagDoc, type Tagger } from "./tagger/index.js";

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
  const tagged: TaggerSpan[] = options.tagger ? tagDoc(doc, options.tagger) : [];
  const headlines = [...ctx.headlineParagraphs].map((i) => doc.paragraphs[i]);
  const taggedOrgs = new Set(tagged.filter((t) => t.type === "ORG").map((t) => `${t.start}:${t.end}`));
  const ships = shipNames(doc.text);
  const rules = findCandidates(doc, ctx);
  const candidates = combineCandidates(doc, rules, tagged, ctx.lowerWords, headlines).flatMap((c): Candidate[] => {
    if (tickerSymbol(doc.text, c.start, c.end)) return [];
    if (ships.names.has(doc.text.slice(c.nameStart, c.nameEnd))) return [];
    if (ships.spans.some(([a, b]) => c.start < b && c.end > a)) return [];
    // "Dorn & Vale said", "shares of Harwick & Lowe": names joined by an ampersand are a firm's,
    // never one person's.
    if (c.type === "person" && /\s&\s/.test(doc.text.slice(c.nameStart, c.nameEnd)))
      return [{ ...c, type: "organization", evidence: "shape" }];
    if (!(c.type === "person" && GUESSED.has(c.evidence) && notAPerson(doc.text, c.start, c.end))) return [c];
    // "The Harbour Courier reported": a name after "the" is no person, but it may be the body
    // the tagger reads there, word for word.
    const body = afterDefiniteArticle(doc.text, c.start) && taggedOrgs.has(`${c.nameStart}:${c.nameEnd}`);
    return body ? [{ ...c, type: "organization", evidence: "tagger" }] : [];
  });
  const entities = resolveEntities(
    doc,
    companiesNamedAfterPeople(doc, describedNames(doc, ctx.surnamesAfterGivenNames, rules, candidates)),
  );
  readAttributes(doc, entities, headlines);
  return entities;
}

/**
 * Names whose surroundings tell what they are: a description opening the name is cut off
 * ("Ohio-backing", "Ohioans"), a guessed person described as a body is one ("the law firm Dorn
 * Vale."), and so is every other mention of that name; a plural written after a word of
 * quantity is a group ("many Vantorians"), no one; "General" before a common word opens a body's
 * name; the bare word "parliament" is the parliament of the text's country.
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
  const cutPeople = new Set<string>();
  const cut = candidates.map((c): Candidate => {
    const words = nameOf(c).split(" ");
    if (!leadingDescription(words, adjectiveCompound, (rest) => people.has(rest))) return c;
    const from = c.nameStart + words[0].length + 1;
    if (adjectiveCompound(words[0])) return { ...c, start: from, nameStart: from };
    cutPeople.add(text.slice(from, c.nameEnd));
    return { ...c, start: from, nameStart: from, type: "person", evidence: "given-name" };
  });
  // The same name elsewhere, read by the tagger alone, is that person's too.
  const trimmed = cut.map((c): Candidate =>
    c.evidence === "tagger" && cutPeople.has(nameOf(c)) ? { ...c, type: "person" } : c,
  );
  const guessed = (c: Candidate) => c.type === "person" && GUESSED.has(c.evidence);
  const bodies = new Set(
    trimmed.filter((c) => guessed(c) && describedAsBody(text, c.nameStart, c.nameEnd)).map(nameOf),
  );
  const groups = groupNouns(doc, surnames);
  return parliamentsOfCountry(
    doc,
    trimmed.flatMap((c): Candidate[] => {
      if (c.type === "person" && rankBeforeCommonWord(text, c, surnames, COMMON_WORDS))
        return [{ ...c, nameStart: c.start, type: "organization", honorific: null, evidence: "context" }];
      if (!guessed(c)) return [c];
      if (groups.has(nameOf(c))) return [];
      return bodies.has(nameOf(c)) ? [{ ...c, type: "organization", evidence: "context" }] : [c];
    }),
  );
}

/** Evidence that guesses a person from the words alone, with no title or form of address. */
const GUESSED: ReadonlySet<Candidate["evidence"]> = new Set(["shape", "tagger", "given-name"]);

/** Whether words guessed to be a person's name stand where no person's name does. */
function notAPerson(text: string, start: number, end: number): boolean {
  return (
    quotedTitle(text, start, end) ||
    programmeTitle(text, start) ||
    nicknameInName(text, start, end) ||
    describedByAge(text, start, end) ||
    afterDefiniteArticle(text, start)
  );
}

/**
 * Whether a name is the end of a title-case programme or book title: a Capitalised word and a
 * Capitalised preposition stand right before it ("told Morning Politics With Ann Lee").
 */
export function programmeTitle(text: string, start: number): boolean {
  return /\p{Lu}[\p{L}'’-]*\s+(?:With|And|On|At|In|From|Of|For|To)\s+$/u.test(
    text.slice(Math.max(0, start - 40), start),
  );
}

/**
 * Whether [start, end) lies inside a short quoted run of Capitalised words: the title of a show,
 * a song or a book ("Fox News channel's “Sunday Morning Futures,” Rep. Issa said"), not a person.
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const open = before.search(/[“"][^“”"\n]*$/);
  if (open < 0) return false;
  const after = text.slice(end, end + 60);
  const close = after.search(/[”"]/);
  if (close < 0 || /\n/.test(after.slice(0, close))) return false;
  const inner = before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
