// The one place where the trained tagger's spans meet the rule-based candidates. Rules that
// rest on strong evidence (the gazetteer, designators, titles, acronyms) win; where the rules
// only guessed from the shape of a run, or found a capitalised word they could not type, the
// tagger decides; spans only the tagger found are added.
import type { Doc } from "../../core/doc.js";
import { isNickname } from "../../core/names.js";
import type { EntityType, Span } from "../../core/schema.js";
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import { isFiniteVerbForm } from "../quotes/verb-forms.js";
import { NOUN_ENDINGS, type Candidate, type Evidence } from "./candidates.js";
import { calledOnNumber } from "./bodies.js";
import { bodyContext } from "./companies.js";
import {
  ABSTRACT_NOUNS,
  ADDRESS_TITLES,
  CLOSED_CLASS,
  COMMON_WORDS,
  DEMONYMS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  LEGAL_FORMS,
  MISC_FINALS,
  MISC_INITIALS,
  MONTHS,
  NAME_PARTICLES,
  NOBLE_TITLES,
  ORG_HEADS,
  POSTNOMINALS,
  ROLE_MODIFIERS,
  ROLE_TITLES,
  WEEKDAYS,
} from "./lexicon.js";
import { SURNAME_PLACES } from "./classify.js";
import { lookupGazetteer } from "./gazetteer.js";
import { birthGender, isGivenName } from "./names.js";
import { roleApposition, spelledAsName } from "./unknown.js";
import { bareCandidate, isAllCaps, isOrgWord, isTitleWord, lower } from "./run.js";

export interface TaggerSpan {
  start: number;
  end: number;
  type: "PER" | "ORG" | "LOC" | "MISC";
  /** The tagger's mean margin over the span's words (see tagger/index.ts), where it can tell. */
  margin?: number;
}

/** The spans the tagger read as `type`, each as "start:end". */
export function spansTagged(tagged: readonly TaggerSpan[], type: TaggerSpan["type"]): Set<string> {
  return new Set(tagged.filter((t) => t.type === type).map((t) => `${t.start}:${t.end}`));
}

const STRONG: ReadonlySet<Evidence> = new Set(["gazetteer", "designator", "title", "acronym", "given-name", "context"]);
const TYPE_OF: Record<TaggerSpan["type"], EntityType | null> = {
  PER: "person",
  ORG: "organization",
  LOC: "location",
  MISC: null,
};

export function combineCandidates(
  doc: Doc,
  rules: Candidate[],
  tagged: TaggerSpan[],
  lowerWords: ReadonlySet<string> = new Set(),
  headlines: readonly Span[] = [],
): Candidate[] {
  if (!tagged.length) return rules;
  const out: Candidate[] = [];
  // A name the tagger reads as a body, person or place that opens with a word that makes it an
  // event ("Battle of …") is an event, whatever it holds.
  const sortedTags = tagged
    .map((t): TaggerSpan =>
      t.type !== "MISC" && eventName(doc.text.slice(t.start, t.end)) ? { ...t, type: "MISC" } : t,
    )
    .sort((a, b) => a.start - b.start);
  const tc: TagContext = { doc, sortedTags, lowerWords, headlines };
  rules = joinPieces(
    tc,
    [...rules].sort((a, b) => a.start - b.start),
  );
  const votes = wordVotes(doc, rules, sortedTags, (c) => c.type === null);
  const inNames = wordsInNames(doc, rules);
  const placeVotes = wordVotes(doc, rules, sortedTags, listedPlace);
  const addressed = addressedSurnames(doc, rules);
  const taggedPeople = peopleTagged(doc, sortedTags);
  const people = rules.filter((c) => c.type === "person");
  // Two-pointer overlap search: both lists are in text order.
  let j = 0;
  let ruleEnd = 0; // where the rules' previous candidate ends
  let widenedEnd = 0; // where a candidate the tagger widened over the rules' next ones ends
  for (const c of rules) {
    while (j < sortedTags.length && sortedTags[j].end <= c.start) j++;
    // "with the BBC Channel, …": an untyped word the rules read beside a known body, inside the
    // body's name the tagger reads, is that name's last word, no name of its own.
    if (c.type === null && c.end <= widenedEnd) continue;
    const tag = j < sortedTags.length && sortedTags[j].start < c.end ? sortedTags[j] : null;
    const kept =
      tag && tag.start >= ruleEnd && nameOpensBefore(doc.text, c, tag)
        ? {
            ...c,
            start: tag.start,
            nameStart: tag.start,
            type: "person" as const,
            evidence: "tagger" as const,
            canonical: null,
          }
        : judgeCandidate(doc, c, tag, votes, placeVotes, lowerWords, addressed, people, taggedPeople, inNames);
    // "on BBC Radio Four": a name the tagger widened back over the rules' last ones holds them.
    while (kept && kept.start < c.start && out.length && out[out.length - 1].start >= kept.start) out.pop();
    if (kept) out.push(kept);
    if (kept && kept.end > c.end) widenedEnd = kept.end;
    ruleEnd = Math.max(ruleEnd, c.end);
  }
  // Only the candidates kept stand in the tagger's way: where the tagger overruled a guess ("NFL
  // Champion Baltimore Colts" read from its shape as one person, the tagger reading an event title
  // and a team), the names it found inside stand.
  out.push(...taggerOnlyNames(tc, [...out]));
  return bodiesOfPlaces(
    tc,
    out.sort((a, b) => a.start - b.start),
  );
}

/**
 * The tagger's mean margin below which a body only it vouches for is too unsure to keep alone.
 * Learned on CoNLL-2003 eng.train (the threshold that removed most wrong bodies for fewest right
 * ones among those named once with no mark of a body: 33 wrong, 5 right) and checked on eng.testa
 * (12 wrong, 5 right) with the shipped model (models/ner.bin); a retrained model needs it learned
 * again.
 */
export const LOW_MARGIN = 60;

/**
 * The tagger's mean margin from which one capitalised word the rules leave untyped, named once, is
 * the body the tagger reads. Measured with the shipped model on eng.testa (at 100: 8 bodies gained,
 * none lost; at 60: 24 gained, 1 person lost) and read by eye on PolNeAR train + dev (at 100: 4
 * firms gained, 1 town of a list taken for its club; at 60: about 17 bodies for 10 people, towns and
 * pieces of titles).
 */
export const SURE_BODY_MARGIN = 100;

/**
 * "Vellstat July 7 39.0 32.0": a body typed by the tagger alone (no rule read it as one), with
 * nothing in English to mark a body (no legal form or word for a body in it, not "the …", not
 * letters in capitals), read by the tagger with a low margin: too unsure to keep unless the text
 * names it again. The offsets ("start:end") of such candidates; `tagged` in text order.
 */
export function unsureBodies(
  text: string,
  candidates: readonly Candidate[],
  tagged: readonly TaggerSpan[],
): Set<string> {
  const out = new Set<string>();
  const personWords = new Set(
    candidates.filter((c) => c.type === "person").flatMap((c) => text.slice(c.nameStart, c.nameEnd).split(/\s+/)),
  );
  for (const c of candidates) {
    if (c.type !== "organization" || c.evidence !== "tagger") continue;
    const margin = marginOver(tagged, c.start, c.end);
    if (margin === undefined || margin >= LOW_MARGIN) continue;
    const words = text.slice(c.nameStart, c.nameEnd).split(/\s+/);
    const marked =
      LEGAL_FORMS.has(lower(words[words.length - 1]).replace(/\./g, "")) || // "Vellmar S.A."
      words.some((w) => isOrgWord(w.toLowerCase())) ||
      (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0])) ||
      /\bthe\s$/i.test(text.slice(Math.max(0, c.start - 4), c.start)) ||
      bodyContext(text, c.start, c.end) ||
      calledOnNumber(text, c.start, c.end) ||
      // "Tarvo said the talks failed": one word that speaks and names no person of the text is a
      // news agency or another body, however unsure the tagger.
      (words.length === 1 && !personWords.has(words[0]) && SPEECH_AFTER.test(text.slice(c.end, c.end + 14)));
    if (!marked) out.add(`${c.start}:${c.end}`);
  }
  return out;
}

/** The margin of the first of the tagger's spans (in text order) that overlaps [start, end). */
function marginOver(tagged: readonly TaggerSpan[], start: number, end: number): number | undefined {
  let lo = 0;
  let hi = tagged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tagged[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tagged.length && tagged[lo].start < end ? tagged[lo].margin : undefined;
}

/**
 * "the Girl Guides of Tamsk", "the Council for Cooperation in Vellmark": a body, "of" or "in" and
 * a place that the tagger reads as one body's name are that body (the place names where it
 * works), one candidate instead of two; but a name that a body's word ends before "in" is whole.
 */
function bodiesOfPlaces(tc: TagContext, cands: Candidate[]): Candidate[] {
  const { doc, sortedTags } = tc;
  const out: Candidate[] = [];
  let k = 0;
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    const join = b ? doc.text.slice(a.end, b.start) : "";
    // "Vell High School in Tamsk" is a school in a town: a name whole before "in" stays apart.
    const whole = join === " in " && isOrgWord(lower(doc.text.slice(a.start, a.end).split(" ").pop() ?? ""));
    if (a.type === "organization" && b?.type === "location" && (join === " of " || join === " in ") && !whole) {
      while (k < sortedTags.length && sortedTags[k].start < a.start) k++;
      const t = sortedTags[k];
      if (t && t.start === a.start && t.end === b.end && t.type === "ORG") {
        out.push({ ...a, end: b.end, nameStart: a.start, nameEnd: b.end, canonical: null, evidence: "tagger" });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The document and the tagger's spans in text order, with what tells a name from ordinary words. */
interface TagContext {
  doc: Doc;
  sortedTags: TaggerSpan[];
  lowerWords: ReadonlySet<string>;
  headlines: readonly Span[];
}

/**
 * Words the rules left as untyped pieces of one name the tagger reads whole ("Ministry" and
 * "Justice" of "the Ministry of Justice", cut at a title word): the tagger's name replaces them.
 */
function joinPieces(tc: TagContext, rules: Candidate[]): Candidate[] {
  const { doc, sortedTags, lowerWords, headlines } = tc;
  const out: Candidate[] = [];
  let i = 0;
  let k = 0;
  while (i < rules.length) {
    const c = rules[i];
    while (k < sortedTags.length && sortedTags[k].end <= c.start) k++;
    const t = k < sortedTags.length ? sortedTags[k] : null;
    let j = i;
    if (t && TYPE_OF[t.type] && t.start <= c.start)
      while (j < rules.length && rules[j].end <= t.end && rules[j].type === null) j++;
    const text = t ? doc.text.slice(t.start, t.end) : "";
    const overlapsNext = j < rules.length && t !== null && rules[j].start < t.end;
    if (
      t &&
      (j - i >= 2 || (j === i + 1 && t.start === c.start && OF_UNFOUND.test(doc.text.slice(c.end, t.end)))) &&
      !overlapsNext &&
      !/\sand\s/.test(text) && // "Clinique and Aveda": two names
      !pluralHead(text) &&
      plausibleName(text, lowerWords) &&
      !headlines.some((h) => t.start >= h.start && t.end <= h.end)
    ) {
      out.push({
        ...c,
        start: t.start,
        end: t.end,
        nameStart: t.start,
        nameEnd: t.end,
        type: TYPE_OF[t.type],
        evidence: "tagger",
      });
      i = j;
      continue;
    }
    out.push(c);
    i++;
  }
  return out;
}

/**
 * " of Nine" after "the Panel": a number written as a Capitalised word after "of", which no rule
 * reads as a name, ends the name the tagger reads over one untyped word ("the Panel of Nine", "the
 * Club of Four").
 */
const OF_UNFOUND = /^ of (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Fifty|Hundred)$/;

/** "Departments of Justice and State": a plural head names several bodies, one for each word after it. */
function pluralHead(name: string): boolean {
  const first = name.slice(0, name.indexOf(" ")).toLowerCase();
  return first.endsWith("s") && ORG_HEADS.has(first.slice(0, -1));
}

/** A town or region from the GeoNames list, with no official name to give. */
const listedPlace = (c: Candidate): boolean =>
  c.evidence === "gazetteer" && c.type === "location" && c.canonical === null;

/**
 * The tagger's types for each word or name the rules picked (`which`), over all its occurrences
 * (a name repeated is more likely a name). Both lists are in text order.
 */
function wordVotes(
  doc: Doc,
  rules: Candidate[],
  sortedTags: TaggerSpan[],
  which: (c: Candidate) => boolean,
): Map<string, (EntityType | null)[]> {
  const votes = new Map<string, (EntityType | null)[]>();
  let t = 0;
  for (const c of rules) {
    if (!which(c)) continue;
    while (t < sortedTags.length && sortedTags[t].end <= c.start) t++;
    const tag = t < sortedTags.length && sortedTags[t].start < c.end ? sortedTags[t] : null;
    const w = doc.text.slice(c.start, c.end);
    const list = votes.get(w);
    if (list) list.push(tag ? TYPE_OF[tag.type] : null);
    else votes.set(w, [tag ? TYPE_OF[tag.type] : null]);
  }
  return votes;
}

/**
 * The words of the names the rules read whole or typed ("Harbour United", "in Ashby"): a word
 * written alone elsewhere in the document may be their short form, no name of its own.
 */
function wordsInNames(doc: Doc, rules: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of rules) {
    const words = doc.text.slice(c.start, c.end).split(/\s+/);
    if (c.type !== null || words.length > 1) for (const w of words) out.add(w);
  }
  return out;
}

/** One rule candidate against the tagger span that overlaps it: kept, retyped, trimmed, or dropped (null). */
/** Whether the acronym candidate `c` abbreviates a thing or a job: see `judgeCandidate`. */
function undefinedAbbreviation(doc: Doc, c: Candidate): boolean {
  if (definedInText(doc.text, c.start, c.end)) return false;
  const written = doc.text.slice(c.start, c.end);
  if (/^[A-Z]\.?[A-Z]\.?$/.test(written)) return true;
  const joined = /^\.?-/.test(doc.text.slice(c.end, c.end + 2)) || doc.text[c.start - 1] === "-";
  return /^(?:[A-Z]\.){2,}[A-Z]\.?$/.test(written) && !joined && !spelledAsName(doc.text, written.replace(/\./g, ""));
}

function judgeCandidate(
  doc: Doc,
  c: Candidate,
  tag: TaggerSpan | null,
  votes: Map<string, (EntityType | null)[]>,
  placeVotes: Map<string, (EntityType | null)[]>,
  lowerWords: ReadonlySet<string>,
  addressed: ReadonlySet<string> = new Set(),
  people: readonly Candidate[] = [],
  taggedPeople: TaggedPeople = NO_PEOPLE,
  inNames: ReadonlySet<string> = new Set(),
): Candidate | null {
  const type = tag ? TYPE_OF[tag.type] : null;
  // A town named again and again as a body is a team or council named after it: "Bury beat
  // Hull 2-1 … Hull's second goal … Bury's manager" (every time, word for word, by the tagger).
  if (type === "organization" && listedPlace(c) && sameSpan(c, tag!)) {
    const all = placeVotes.get(doc.text.slice(c.start, c.end)) ?? [];
    if (all.length >= 2 && all.every((v) => v === "organization")) return { ...c, type, evidence: "tagger" };
  }
  // A place read from "in"/"at" is a body when the tagger says so ("shares rose at Tesco").
  // After "in" it stays a place: "in" introduces a body only in phrases the rules already leave
  // out ("a stake in Vantor"), so "a warehouse in Ashby" is the town, whatever the tagger says.
  if (
    c.evidence === "context" &&
    c.type === "location" &&
    type === "organization" &&
    sameSpan(c, tag!) &&
    !/\bin\s+$/i.test(doc.text.slice(Math.max(0, c.start - 4), c.start))
  )
    return { ...c, type, evidence: "tagger" };
  // Two capitals the tagger does not read as a name ("the team's QB", "section 12 CC") abbreviate
  // a thing or a job, unless the text defines them: "(WB)" after a name. So do three or more
  // initials with stops ("under s. 19 R.S.C", "the E.R.A. vote") that the text never spells out
  // as a name ("the Tarrow Port Authority … the T.P.A.") nor joins to more ("A.B.C.-D.E.F.").
  if (c.evidence === "acronym" && (!tag || type === null) && undefinedAbbreviation(doc, c)) return null;
  // A known body inside a longer name the tagger reads as one body: "Thomson Reuters", "Reuters".
  // …but not over a person the rules found beside it ("chair of Harbour Friends Ann Vella").
  if (
    c.type === "organization" &&
    type === "organization" &&
    widens(doc.text, c, tag!, lowerWords) &&
    !people.some((p) => p.start < tag!.end && p.end > tag!.start)
  )
    return { ...c, start: tag!.start, end: tag!.end, nameStart: tag!.start, nameEnd: tag!.end, canonical: null };
  // "West Africa", "Southern California": a Capitalised compass word the tagger reads as one place
  // with the known place after it names a region of its own (written in lower case, "west Africa",
  // it is no part of the name, and the tagger leaves it out).
  // The same holds for a word no list knows ("the North Shore"), which the rules leave untyped.
  if ((c.type === "location" || c.type === null) && type === "location" && tag!.end === c.end && tag!.start < c.start)
    if (COMPASS_BEFORE.test(doc.text.slice(tag!.start, c.start)))
      return {
        ...c,
        start: tag!.start,
        nameStart: tag!.start,
        type,
        evidence: c.type ? c.evidence : "tagger",
        canonical: null,
      };
  if (type === "person" && placeEndingPersonName(doc, c, tag!, people, taggedPeople))
    return { ...c, type, evidence: "tagger" };
  if (personNamedLikePlace(doc, c, tag, taggedPeople)) return { ...c, type: "person", evidence: "tagger" };
  if (
    (type === "organization" && firmAfterFounders(doc, c, tag!, addressed, taggedPeople)) ||
    (type === "location" && placeAfterGivenName(doc, c, tag!))
  )
    return { ...c, type, evidence: "tagger" };
  if (STRONG.has(c.evidence)) return tag && type === "person" && c.type === "person" ? trimToTagger(doc, c, tag) : c;
  // "Ann Vale, who was poisoned", "Ann Vale's family": a name that "who" or a relative follows is a
  // person, whatever the tagger says.
  if (c.type === "person" && type === "organization" && PERSON_AFTER.test(doc.text.slice(c.end, c.end + 24))) return c;
  // "Chidi Vell KC said": post-nominal letters after a name (cut off by the rules) are a person's.
  if (c.type === "person" && type === "organization" && c.postnominal) return c;
  // "M. Harlow made 85": a name written with an initial before it is a person's, where the tagger
  // reads the words after the initial, without it, as a body or a place.
  if (c.type === "person" && type !== null && type !== "person" && tag && tag.start > c.nameStart)
    if (/^(?:\p{Lu}\.\s*)+$/u.test(doc.text.slice(c.nameStart, tag.start))) return c;
  // "Dawn Ashdown died … Ms Ashdown's partner": a full name whose last word the text uses after a
  // form of address ("Ms", "Dr") is that person, whatever the tagger says.
  if (c.type === "person" && type !== null && type !== "person" && /\s/.test(doc.text.slice(c.nameStart, c.nameEnd)))
    if (addressed.has(lastWord(doc.text.slice(c.nameStart, c.nameEnd)))) return c;
  if (c.type === null) return untypedWord(doc, c, tag, type, votes, inNames);
  // "Ann Dace read Quiet Harvest Rising aloud": a person guessed from the shape of a run alone (no
  // given name, title or list behind it) that the tagger does not read as a name of any kind is a
  // title, a heading or a phrase in capitals, no one's name.
  if (!tag) return c.type === "person" && c.evidence === "shape" ? null : c;
  if (type === null) {
    // MISC: a law, event or nationality; but a lone first name ("his daughter Yulia") stays a person.
    return c.type === "person" && !/\s/.test(doc.text.slice(c.start, c.end)) ? c : null;
  }
  if (type === "location" && bodyNamedForIdea(doc, c)) return { ...c, type: "organization" };
  const typed: Candidate = { ...c, type, evidence: c.type === type ? c.evidence : "tagger" };
  // "BBC Radio Four", "the Vell Hot Pies": a person guessed from the shape of the words alone that
  // the tagger reads as a body with more name words beside it takes the tagger's whole name.
  if (type === "organization" && c.type === "person" && c.evidence === "shape" && widens(doc.text, c, tag, lowerWords))
    return { ...typed, start: tag.start, end: tag.end, nameStart: tag.start, nameEnd: tag.end };
  return type === "person" && c.type === "person" ? trimToTagger(doc, typed, tag) : typed;
}

/**
 * A single capitalised word the rules could not type (`c`), against the tagger's reading of it
 * (`tag`, typed `type`): see `judgeCandidate`.
 */
function untypedWord(
  doc: Doc,
  c: Candidate,
  tag: TaggerSpan | null,
  type: EntityType | null,
  votes: Map<string, (EntityType | null)[]>,
  inNames: ReadonlySet<string>,
): Candidate {
  // A single capitalised word the rules could not type: the tagger types it when the
  // document writes it more than once; otherwise it stays for resolution to place.
  const word = doc.text.slice(c.start, c.end);
  const all = TITLE_OR_COMMON(word.toLowerCase()) ? [] : (votes.get(word) ?? []);
  // "Marshals are searching": a word that takes a plural verb is a group or a body, not one person.
  if (type === "person" && PLURAL_VERB_AFTER.test(doc.text.slice(c.end, c.end + 6))) return c;
  const agreed = all.length > 0 && all.every((v) => v === type);
  // …or where English marks it as what the tagger reads: a body's shares, spokesperson or head
  // ("shares in Vellcorp rose").
  const marked =
    besideSpeechVerb(doc.text, c.start, c.end) ||
    (type === "organization" && (bodyContext(doc.text, c.start, c.end) || pluralAfterThe(doc.text, c.start, c.end)));
  // …or where the tagger is sure of a body ("Vellcom already has a licence"): a firm's, a
  // paper's or a club's one-word name is as often written once as a place's; but not a word the
  // document writes inside a longer name or reads as a place or person ("in Ashby … the Ashby
  // depot", "Harbour United … United").
  const sureBody =
    type === "organization" && sameSpan(c, tag!) && (tag!.margin ?? 0) >= SURE_BODY_MARGIN && !inNames.has(word);
  if (type && agreed && (all.length >= 2 || marked || sureBody)) return { ...c, type, evidence: "tagger" };
  // One name, one reading per document: a word typed alike at most of its occurrences, and at
  // no other as another kind of entity, keeps that type where the tagger read it otherwise or
  // not at all ("Vantor … Vantor's shares … the Vantor deal").
  const most = documentType(all);
  if (most) return { ...c, type: most, evidence: "tagger" };
  return c;
}

/**
 * "funds for Careful Kinship", "New Temperance said": a name of two words or more guessed from its
 * shape alone, whose last word names an idea, a quality or a state (abstract-nouns.json, from
 * WordNet: never a thing, a place or a person), names a body, not the place the tagger reads.
 */
function bodyNamedForIdea(doc: Doc, c: Candidate): boolean {
  if (c.type !== "person" || c.evidence !== "shape") return false;
  const words = doc.text.slice(c.nameStart, c.nameEnd).split(" ");
  return words.length >= 2 && ABSTRACT_NOUNS.has(words[words.length - 1].toLowerCase());
}

/**
 * "Former captain Will Harlow scored": a word English uses otherwise too ("will", "ally",
 * "christian"), which the rules leave out of the name after it, opens that name when the
 * tagger reads both as one person's name and US birth records give the word as a first name
 * (name-genders.json). So do the particles of a surname ("de", "van der": "Later de Vellan
 * said", "Van der Merwe scored" opening a sentence), which open no run of capitals. The name
 * the rules found stands right after, with no form of address, and no candidate of the rules
 * holds the words.
 */
function nameOpensBefore(text: string, c: Candidate, tag: TaggerSpan): boolean {
  if (tag.type !== "PER" || (c.type !== null && c.type !== "person") || c.start !== c.nameStart) return false;
  if (tag.end !== c.end || tag.start >= c.start) return false;
  const gap = text.slice(tag.start, c.start);
  if (/^(?:\p{L}+ ){1,3}$/u.test(gap) && gap.split(" ", 3).every((w) => !w || NAME_PARTICLES.has(lower(w))))
    // Not after a capitalised word inside a sentence, whose name it joins ("Corriere della Sera").
    return !/[^\s.!?:"“”] +\p{Lu}[\p{L}'’-]* +$/u.test(text.slice(Math.max(0, tag.start - 40), tag.start));
  const word = /^(\p{Lu}\p{Ll}+)\s$/u.exec(gap);
  // A verb ("Said Vale, …", opening a sentence) is no first name.
  return word !== null && birthGender(word[1]) !== null && !isFiniteVerbForm(word[1].toLowerCase());
}

/**
 * "Shares in Dana Harwick rose": two or more Capitalised words opening with a given name that the
 * tagger reads, word for word, as one body are a firm named after its founders, unless the text
 * shows a person there: "who" or a relative after it, a form of address before the surname, a
 * role in apposition ("Dana Harwick, a research fellow at the institute,"), or the surname alone
 * read as a person's elsewhere ("… Harwick said she").
 */
function firmAfterFounders(
  doc: Doc,
  c: Candidate,
  tag: TaggerSpan,
  addressed: ReadonlySet<string>,
  taggedPeople: TaggedPeople,
): boolean {
  const surname = lastWord(doc.text.slice(c.nameStart, c.nameEnd));
  return (
    c.evidence === "given-name" &&
    sameSpan(c, tag) &&
    c.nameStart === c.start &&
    /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(doc.text.slice(c.start, c.end)) &&
    !PERSON_AFTER.test(doc.text.slice(c.end, c.end + 24)) &&
    !roleApposition(doc.text, c.end) &&
    !addressed.has(surname) &&
    !taggedPeople.surnames.has(surname) &&
    !listedWithPerson(doc.text, c, taggedPeople)
  );
}

/**
 * What the tagger reads as people's names: the words it reads alone as one ("Harwick" in "Harwick
 * said"), surnames; and where each full name it reads starts and ends.
 */
interface TaggedPeople {
  surnames: ReadonlySet<string>;
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
  /** The first and last words of the names of two or more words the tagger reads as people's. */
  edges: ReadonlySet<string>;
}
const NO_PEOPLE: TaggedPeople = { surnames: new Set(), starts: new Set(), ends: new Set(), edges: new Set() };

function peopleTagged(doc: Doc, sortedTags: readonly TaggerSpan[]): TaggedPeople {
  const surnames = new Set<string>();
  const starts = new Set<number>();
  const ends = new Set<number>();
  const edges = new Set<string>();
  for (const t of sortedTags) {
    if (t.type !== "PER") continue;
    const w = doc.text.slice(t.start, t.end);
    if (!/\s/.test(w)) surnames.add(w);
    else {
      starts.add(t.start);
      ends.add(t.end);
      for (const e of nameEdges(w)) edges.add(e);
    }
  }
  return { surnames, starts, ends, edges };
}

/**
 * "critics like Ann Vale, Tom Roe and Dana Harwick": the names of one list are of one kind, so a
 * name joined by a comma, "and" or "or" to a full name the tagger reads as a person's is a
 * person's too.
 */
function listedWithPerson(text: string, c: Candidate, people: TaggedPeople): boolean {
  const before = LIST_JOIN_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
  if (before && people.ends.has(c.start - before[0].length)) return true;
  const after = LIST_JOIN_AFTER.exec(text.slice(c.end, c.end + 8));
  return after !== null && people.starts.has(c.end + after[0].length);
}
const LIST_JOIN_BEFORE = /(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const LIST_JOIN_AFTER = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/;

/**
 * "landed at Hamilton Field", "a game at Forbes Field": a given name before a place word that is
 * also a surname names a place when the tagger reads the two words, word for word, as one ("Damon
 * Hill", "Sally Field", which it reads as people, stay people).
 */
function placeAfterGivenName(doc: Doc, c: Candidate, tag: TaggerSpan): boolean {
  const words = doc.text.slice(c.start, c.end).split(" ");
  return (
    c.evidence === "given-name" &&
    c.type === "person" &&
    sameSpan(c, tag) &&
    words.length === 2 &&
    SURNAME_PLACES.has(words[1].toLowerCase())
  );
}

/**
 * A person's name the rules read as a place's or a body's from its last word (see
 * `givenNameAndDesignator`, which also reads a list: "… and Lia Banks"). "Jon Heath said", "Pia
 * Forest, 41,": a given name before a place word ("heath", "forest") that the tagger reads, word
 * for word, as one person's name is that person; the same two words read as a place stay one, and
 * so do they after a preposition of place ("at Brent Heath") or after a known place's possessive,
 * which names a part of that place ("Norway's Asa Province"). (Before a body's word the tagger's
 * reading is no such evidence: "the Charlotte Observer", "Perry Capital".)
 */
function personNamedLikePlace(doc: Doc, c: Candidate, tag: TaggerSpan | null, taggedPeople: TaggedPeople): boolean {
  if (!givenNameAndDesignator(doc, c)) return false;
  if (listedWithPerson(doc.text, c, taggedPeople)) return true;
  if (c.type !== "location" || tag?.type !== "PER" || !sameSpan(c, tag)) return false;
  const before = doc.text.slice(Math.max(0, c.start - 40), c.start);
  const owner = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)['’]s\s+$/u.exec(before);
  return !PLACE_PREPOSITION.test(before) && !(owner && lookupGazetteer(owner[1])?.type === "location");
}

/**
 * A place or a body the rules read from its last word alone, after a given name: "Tom Church", "Ann
 * Banks". Listed with people's names ("Ann Vale, Tom Rell and Lia Banks went on"), it is one more
 * person's name, whatever the tagger reads.
 */
function givenNameAndDesignator(doc: Doc, c: Candidate): boolean {
  const words = doc.text.slice(c.start, c.end).split(" ");
  return (
    c.evidence === "designator" &&
    (c.type === "location" || c.type === "organization") &&
    words.length === 2 &&
    isGivenName(words[0].toLowerCase())
  );
}

/**
 * Names of two or more words that only the tagger found (the rules' opening-word checks or
 * shape tests passed them over).
 */
function taggerOnlyNames(tc: TagContext, rules: Candidate[]): Candidate[] {
  const { doc, sortedTags, lowerWords, headlines } = tc;
  const out: Candidate[] = [];
  let k = 0;
  const ruleSorted = [...rules].sort((a, b) => a.start - b.start);
  for (const t of sortedTags) {
    while (k < ruleSorted.length && ruleSorted[k].end <= t.start) k++;
    if (k < ruleSorted.length && ruleSorted[k].start < t.end) continue;
    const type = TYPE_OF[t.type];
    const text = doc.text.slice(t.start, t.end);
    if (t.type !== "PER" && spokesBody(doc.text, t, lowerWords)) {
      out.push(bareCandidate(t.start, t.end, "organization", "tagger", null));
      continue;
    }
    if (!type || type === "location" || !/\s/.test(text) || !plausibleName(text, lowerWords)) continue;
    if (afterArticle(doc.text, t.start)) continue; // "a former Royal Marine": a common noun
    if (headlines.some((h) => t.start >= h.start && t.end <= h.end)) continue; // title case proves nothing
    const from = type === "person" ? surnameAfterCommonWord(text, lowerWords, rules, doc.text) : 0;
    out.push({
      start: t.start + from,
      end: t.end,
      nameStart: t.start + from,
      nameEnd: t.end,
      type,
      canonical: null,
      honorific: null,
      evidence: "tagger",
      postnominal: null,
      headline: false,
    });
  }
  return out;
}

/**
 * "a Vellcorp spokeswoman said": one Capitalised word the tagger reads as a name but no person's,
 * between "a"/"an" and a word for a spokesperson, is the body the spokesperson speaks for, unless
 * the gazetteer knows it as a place, it is a nationality, or the text writes it in lower case.
 */
function spokesBody(text: string, t: TaggerSpan, lowerWords: ReadonlySet<string>): boolean {
  const word = text.slice(t.start, t.end);
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(word) &&
    /(?:^|\s)[Aa]n?\s$/.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
    SPOKESPERSON_AFTER.test(text.slice(t.end, t.end + 16)) &&
    !lowerWords.has(word.toLowerCase()) &&
    !DEMONYMS.has(word.toLowerCase()) &&
    !lookupGazetteer(word)
  );
}

const SPOKESPERSON_AFTER = /^\s+spokes(?:man|woman|person|men|women|people)\b/;

/**
 * "Ann Vane, dean of the school, said … Dean Vane added": a noun for a person that the text also
 * writes in lower case, before the surname of a person the rules name in full with another first
 * word, is that person's title, no given name of a second person. The offset of the surname in
 * `name`, else 0.
 */
function surnameAfterCommonWord(
  name: string,
  lowerWords: ReadonlySet<string>,
  rules: Candidate[],
  text: string,
): number {
  const words = name.split(" ");
  const first = words[0].toLowerCase();
  // Only a noun for a person ("dean", "coach"): "Bill Vane" beside "Ann Vane" and a bill stays Bill.
  if (words.length !== 2 || !lowerWords.has(first) || !PERSON_FIRST_NOUNS.has(first)) return 0;
  const named = rules.some((c) => {
    if (c.type !== "person") return false;
    const full = text.slice(c.nameStart, c.nameEnd).split(" ");
    return full.length >= 2 && full[0] !== words[0] && full[full.length - 1] === words[1];
  });
  return named ? words[0].length + 1 : 0;
}

/**
 * The type the tagger gives a word at two or more of its occurrences and more than half of them,
 * when no occurrence reads it as another type (MISC and unlabelled readings are null); else null.
 */
function documentType(votes: readonly (EntityType | null)[]): EntityType | null {
  let type: EntityType | null = null;
  let count = 0;
  for (const v of votes) {
    if (v === null) continue;
    if (type !== null && v !== type) return null;
    type = v;
    count++;
  }
  return count >= 2 && 2 * count > votes.length ? type : null;
}

/**
 * Last words of the names the rules found after a form of address ("Ms Ashdown" gives "Ashdown")
 * or before what follows only a person's name ("Ann Vell, 63," gives "Vell"): surnames, in every
 * mention of the document.
 */
function addressedSurnames(doc: Doc, rules: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  for (const c of rules)
    if (c.type === "person" && c.nameEnd > c.nameStart)
      if (c.honorific || PERSON_AFTER.test(doc.text.slice(c.end, c.end + 24)))
        out.add(lastWord(doc.text.slice(c.nameStart, c.nameEnd)));
  return out;
}

/**
 * "captain Dean Marlow … showed in Dean and Ivo's batting": a word read as a place from "in" that
 * opens or ends the name of a person the text names in full, and that the tagger reads as a
 * person there (`tag`), is that person; so is a known place's name ("coach Dana Jordan … Jordan
 * said"), but not after a preposition of place ("fans in Jordan"). The full name is one the rules
 * read as a person's, or one the tagger does where the rules read no person ("TaVon Jordan", a
 * capital inside the word, read from its shape as a brand).
 */
function placeEndingPersonName(
  doc: Doc,
  c: Candidate,
  tag: TaggerSpan,
  people: readonly Candidate[],
  taggedPeople: TaggedPeople,
): boolean {
  if (c.type !== "location" || !sameSpan(c, tag)) return false;
  const known =
    c.evidence === "gazetteer" && !PLACE_PREPOSITION.test(doc.text.slice(Math.max(0, c.start - 8), c.start));
  if (c.evidence !== "context" && !known) return false;
  const word = doc.text.slice(c.start, c.end);
  return (
    taggedPeople.edges.has(word) || people.some((p) => nameEdges(doc.text.slice(p.nameStart, p.nameEnd)).includes(word))
  );
}

/** A preposition of place right before a name: "in ", "at ", "near ". */
const PLACE_PREPOSITION = /\b(?:in|at|near|from|outside|across)\s+$/i;

/** The first and last words of a name of two or more words; none for one word. */
function nameEdges(name: string): string[] {
  const words = name.split(/\s+/);
  return words.length < 2 ? [] : [words[0], lastWord(name)];
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1).replace(/['’]s?$/, "");
}

/** One Capitalised compass word and the space after it: "West ", "North-East ", "Southern ". */
const COMPASS_BEFORE = /^(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|East(?:ern)?|West(?:ern)?|Central)\s+$/;

const PLURAL_VERB_AFTER = /^\s(?:are|were)\b/;

/**
 * "the Hawks beat the Blues 24-17", "two homers for the Rockies": one Capitalised plural after
 * "the" names a team, a band or a party — a group, so where the tagger reads a body it is one,
 * named once or not. Not a body's common noun in the plural ("the Departments of Trade and
 * Labour"), nor a plural that "of" follows ("the Battles of Vell"), nor a surname the text writes
 * in the singular ("Ann Vellman … the Vellmans": a family).
 */
function pluralAfterThe(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return (
    /^\p{Lu}\p{Ll}+[^s\W]s$/u.test(word) &&
    !isOrgWord(word.slice(0, -1).toLowerCase()) &&
    !isOrgWord(word.replace(/ies$/, "y").toLowerCase()) &&
    /(?:^|[^\p{L}])the\s$/u.test(text.slice(Math.max(0, start - 5), start)) &&
    !/^\s+of\b/.test(text.slice(end, end + 4)) &&
    !writesSingular(text, word.slice(0, -1))
  );
}

/**
 * Whether the text writes `name` as a word of its own: "the Vellmans" where it names Ann Vellman
 * is her family, no body.
 */
function writesSingular(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!/\p{L}/u.test(text.charAt(i - 1)) && !/\p{L}/u.test(text.charAt(i + name.length))) return true;
  return false;
}

/**
 * "Ann Vale, who …", "Ann Vale's wife", "Ann Vale, whose husband …", and an age in apposition ("Ann
 * Vale, 63, and …", "Ann Vale, a 63-year-old office manager"): what follows only a person's name.
 */
const PERSON_AFTER =
  /^(?:,?\s+who\s|(?:['’]s?|,?\s+whose)\s+(?:family|wife|husband|partner|mother|father|son|daughter|brother|sister|parents|widow|widower)\b|,\s+(?:aged\s+)?\d{1,3}(?:,|\s+and\b)|,\s+an?\s+\d{1,3}-year-old\b)/;

/** Titles and institutional words: typed only when a person's full name shows them to be a surname. */
const TITLE_OR_COMMON = (w: string): boolean =>
  CLOSED_CLASS.has(w) ||
  HONORIFICS.has(w) ||
  ADDRESS_TITLES.has(w) ||
  ROLE_TITLES.has(w) ||
  ROLE_MODIFIERS.has(w) ||
  GENERIC_CAPITALS.has(w) ||
  FUNCTION_WORDS.has(w);

const SPEECH_AFTER = /^\s(?:said|says|told|added|argued|wrote|warned|claimed|insisted|announced|confirmed|denied)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|added|according to)\s$/;

/** "Biden said", "said Ocado": a word that speaks is a name, whose kind the tagger can tell. */
function besideSpeechVerb(text: string, start: number, end: number): boolean {
  return SPEECH_AFTER.test(text.slice(end, end + 14)) || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * A person's name the rules read with letters after it that the tagger leaves out ("Ann Lee
 * QFSM"): the name takes the tagger's end and the letters become post-nominals. (An unknown word
 * before a full name is not trimmed the same way: it is as often a given name no list holds, as in
 * "Gul Nawaz Hussain", as a title.)
 */
function trimToTagger(doc: Doc, c: Candidate, tag: TaggerSpan): Candidate {
  if (c.evidence === "title" || c.nameStart !== c.start || c.nameEnd !== c.end) return c;
  const name = doc.text.slice(tag.start, tag.end);
  if (!/\s/.test(name)) return c; // a full name is left, never a surname alone
  // "Navy SEAL Tam Vale", "Army Ranger Tam Vale": a common word in capitals or a noun for a person
  // (a rank, a job) before the full name the tagger reads is a description, no part of the name,
  // unless it is a given name or a nickname of one ("Frank Tam Vale").
  if (tag.end === c.end && tag.start > c.start) {
    const before = doc.text.slice(c.start, tag.start);
    const description = (w: string) =>
      !isGivenName(w) &&
      !isNickname(w) &&
      ((isAllCaps(w) && COMMON_WORDS.has(w.toLowerCase())) || PERSON_FIRST_NOUNS.has(w.toLowerCase()));
    if (/\s$/.test(before) && before.trim().split(/\s+/).every(description))
      return { ...c, start: tag.start, nameStart: tag.start };
  }
  if (tag.start === c.start && tag.end < c.end) {
    const after = doc.text.slice(tag.end, c.end);
    const m = /^\s+([A-Z]{2,5})$/.exec(after);
    if (m) return { ...c, end: tag.end, nameEnd: tag.end, postnominal: { start: c.end - m[1].length, end: c.end } };
  }
  return c;
}

/** "QB", "C.C.": two capital letters, dots allowed. */
/** Whether the acronym at [start, end) is given in brackets anywhere in the text ("the Water Board (WB)"). */
function definedInText(text: string, start: number, end: number): boolean {
  return text.includes(`(${text.slice(start, end)})`);
}

/** "a …" or "an …" with at most one lower-case word between the article and `start`. */
function afterArticle(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return /(?:^|\s)an?\s(?:\p{Ll}+\s)?$/u.test(before);
}

/**
 * Whether the tagger's span holds the candidate and only adds Capitalised words beside it on
 * one side ("Thomson" before "Reuters"), with no punctuation or line between.
 */
function widens(text: string, c: Candidate, t: TaggerSpan, lowerWords: ReadonlySet<string>): boolean {
  if (t.start > c.start || t.end < c.end || (t.start === c.start && t.end === c.end)) return false;
  const added = `${text.slice(t.start, c.start)} ${text.slice(c.end, t.end)}`.trim().split(" ");
  // "Senate Majority Leader Ann Vale": words that open the title after the span are the title's.
  const next = /^\s+(\p{L}+)/u.exec(text.slice(t.end, t.end + 24));
  if (t.end > c.end && next && isTitleWord(next[1].toLowerCase())) return false;
  // "South Welsh Harbour Friends said", "the International Harbour Friends": an adjective of a nation, a
  // direction or a reach ("Korean", "North", a generic capital in "-al": "International") opening the tagger's name before
  // the candidate is the body's own; a noun that names a body of its own ("House Democrats") is not.
  const opening = t.end === c.end;
  // Only name words: not a title, a role, a letters-after-a-name or a word the text writes in lower case ("Labour MP", "NATO Allies").
  return added.every((w) => {
    const lw = w.toLowerCase();
    const modifier =
      opening &&
      !ROLE_MODIFIERS.has(lw) &&
      (DEMONYMS.has(lw) || COMPASS_BEFORE.test(`${w} `) || (GENERIC_CAPITALS.has(lw) && lw.endsWith("al")));
    return (
      /^\p{Lu}[\p{L}&]*$/u.test(w) &&
      (modifier || (!TITLE_OR_COMMON(lw) && !DEMONYMS.has(lw))) &&
      !POSTNOMINALS.has(lw) &&
      !lowerWords.has(lw)
    );
  });
}

function sameSpan(c: Candidate, t: TaggerSpan): boolean {
  return c.start === t.start && c.end === t.end;
}

/** "Battle of Corrow Ridge": a name of two or more words opening with a word that makes it an event. */
function eventName(text: string): boolean {
  const sp = text.search(/\s/);
  return sp > 0 && MISC_INITIALS.has(text.slice(0, sp).toLowerCase());
}

/** A span only the tagger found must look like a name the rules could have missed. */
function plausibleName(text: string, lowerWords: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().split(/\s+/);
  // "Official Secrets Act"; but before "of" a body's word is the head ("Union of Northern Ports Summit").
  if (MISC_FINALS.has(words[words.length - 1]) && !(ORG_HEADS.has(words[0]) && words[1] === "of")) return false;
  if (FUNCTION_WORDS.has(words[0])) return false; // "Your Honor"
  // "Politics Live", "Parliamentary Privilege"; but a word for a body keeps its own ending
  // ("the Organisation of Coastal States", "Vell Broadcasting Commission").
  if (words.some((w) => NOUN_ENDINGS.test(w) && !isOrgWord(w))) return false;
  if (NOBLE_TITLES.has(words[0]) && words[1] === "of") return false; // "Duke of York": a title
  return !words.every(
    (w) =>
      FUNCTION_WORDS.has(w) ||
      GENERIC_CAPITALS.has(w) ||
      MONTHS.has(w) ||
      WEEKDAYS.has(w) ||
      DEMONYMS.has(w) ||
      lowerWords.has(w) ||
      HONORIFICS.has(w.replace(/\.$/, "")) ||
      isTitleWord(w.replace(/\.$/, "")), // "Deputy Secretaries": titles alone name nobody
  );
}
