// What the speaker resolver remembers and how it reads descriptions: the speakers credited so far
// (for pronouns and "the spokesperson added"), the person a passage is about, and a description
// of a body ("the agency", "the school") pointing back to the body the text named.

import type { Entity, TextSpan } from "../../core/schema.js";
import { firstAtOrAfter, tokenAtOrAfter } from "../../core/doc.js";
import { nounGender } from "../entities/gender.js";
import { speechLemma } from "./cues.js";
import { MentionIndex } from "./mentions.js";
import {
  INDEFINITES,
  INVERTING_LEMMAS,
  PERSON_FIRST_NOUNS,
  SPOKES_NOUNS,
  lastMentionBefore,
  sentenceIndexBefore,
  singularOf,
} from "./speaker-words.js";

export interface Speaker {
  entity: Entity | null;
  /** A name read from the text when no entity covers it (used as the speaker's name). */
  name: string | null;
  mention: TextSpan | null;
}

export class DescriptionResolver extends MentionIndex {
  /** Speakers of the quotations resolved so far, by offset, preferred by pronouns that follow them. */
  protected readonly speakers: Array<{ at: number; named: number; end: number; entity: Entity; pronoun?: string }> = [];

  protected readonly bySentence = new Map<number, Speaker>();

  /**
   * The gender the text's own pronouns give a person whose name and roles mark none: "Dana Pell said
   * she would stay" (a name, a verb of saying, then "he" or "she") names that person's gender where
   * "Dana" is given to both; two such reports at least, and three times as many as of the other
   * pronoun ("Ann Roe said he lied" may speak of someone else).
   */
  override gender(e: Entity): "male" | "female" | null {
    const marked = super.gender(e);
    if (marked !== null || e.type !== "person") return marked;
    this.pronounVotes ??= this.countPronounVotes();
    const votes = this.pronounVotes.get(e);
    if (!votes) return null;
    const [male, female] = votes;
    if (male >= 2 && male >= 3 * female) return "male";
    return female >= 2 && female >= 3 * male ? "female" : null;
  }

  private pronounVotes: Map<Entity, [number, number]> | null = null;

  /** For each person, how often a name of theirs, then a verb of saying, then "he" (first count) or "she" (second) stand in a row. */
  private countPronounVotes(): Map<Entity, [number, number]> {
    const { doc } = this;
    const votes = new Map<Entity, [number, number]>();
    const word = (k: number) => (k < doc.tokens.count ? doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]) : "");
    for (const m of this.mentions) {
      if (m.entity.type !== "person") continue;
      const k = tokenAtOrAfter(doc, m.end);
      const next = word(k + 1) === "that" ? word(k + 2) : word(k + 1);
      if (next !== "he" && next !== "she") continue;
      if (/\S/.test(doc.text.slice(m.end, doc.tokens.start[k])) || speechLemma(word(k).toLowerCase()) === null)
        continue;
      if (!this.insideQuotation(m)) vote(votes, m.entity, next);
    }
    // "Dana Pell opened the hearing. She said …", "… Her term ends in May.": a sentence that names
    // one person only, and first, followed in its paragraph by one that opens with "He", "She",
    // "His" or "Her".
    for (let s = 0; s + 1 < doc.sentences.length; s++) {
      const next = doc.sentences[s + 1];
      const opener = word(next.firstToken);
      const pronoun = OPENING_PRONOUNS[opener];
      if (!pronoun || next.paragraph !== doc.sentences[s].paragraph) continue;
      const sent = doc.sentences[s];
      const people = this.mentionsIn(sent.start, sent.end).filter(
        (m) => m.entity.type === "person" && !this.insideQuotation(m),
      );
      if (!people.length || people.some((m) => m.entity !== people[0].entity)) continue;
      if (tokenAtOrAfter(doc, people[0].start) - sent.firstToken > 3) continue;
      vote(votes, people[0].entity, pronoun);
    }
    return votes;
  }

  /** The speaker credited with a quotation in sentence `index` ("…,” the paper wrote, adding …). */
  sentenceSpeaker(index: number): Speaker | null {
    return this.bySentence.get(index) ?? null;
  }

  noteSentenceSpeaker(index: number, speaker: Speaker): void {
    if (!this.bySentence.has(index)) this.bySentence.set(index, speaker);
  }

  /** Speakers of any kind (people and bodies), in text order, for "the statement said". */
  protected readonly anySpeakers: Array<{ at: number; entity: Entity }> = [];

  /** Where reports credited to an unnamed group ("traders said", "the experts said") start, in text order. */
  protected readonly unnamedGroups: number[] = [];

  /** Reports of a person the text introduces without a name ("One elderly man said …"), with the gender the noun marks. */
  protected readonly strangers: Array<{ at: number; gender: "male" | "female" | null }> = [];

  /**
   * "A witness, who gave no name, said the car sped off. He said it was red.": whether the latest
   * report before `offset` was by a person the text introduced without a name, of a gender that
   * fits `pronoun`, at most a paragraph back, with no person the pronoun could stand for named
   * since that report's sentence began: the pronoun is that stranger, whom no entity stands for.
   */
  strangerSpokeLast(pronoun: "male" | "female", offset: number): boolean {
    const stranger = this.latestReport(this.strangers, pronoun, offset);
    if (!stranger || (this.lastAnySpeakerEntry(offset)?.at ?? -1) >= stranger.at) return false;
    // ("Ann Roe, an aide said, “is very confident” … she has told him": a person named in the
    // stranger's own sentence is what the stranger spoke about, and may be the one meant.)
    const sentence = this.doc.sentences[sentenceIndexBefore(this.doc, stranger.at + 1)];
    return !this.namedSince(Math.min(sentence?.start ?? stranger.at, stranger.at), offset, pronoun);
  }

  /**
   * Of reports noted in `list` (in text order, each with the gender its noun marks), the latest
   * before `offset` when its gender fits `pronoun`, no named person has spoken since and it is at
   * most `reach` paragraphs back; else null.
   */
  private latestReport<T extends { at: number; gender: "male" | "female" | null }>(
    list: readonly T[],
    pronoun: "male" | "female",
    offset: number,
    reach = 1,
  ): T | null {
    const k = firstAtOrAfter(list, offset, (v) => v.at) - 1;
    const report = k >= 0 ? list[k] : null;
    if (!report || (report.gender !== null && report.gender !== pronoun)) return null;
    const person = this.speakerIndexBefore(offset);
    if (person >= 0 && this.speakers[person].at >= report.at) return null;
    return this.paragraphOf(offset) - this.paragraphOf(report.at) > reach ? null : report;
  }

  /** Whether a person whom `pronoun` could stand for is named in [from, to), outside quotation marks. */
  private namedSince(from: number, to: number, pronoun: "male" | "female"): boolean {
    return this.mentionsIn(from, to).some((m) => {
      if (m.entity.type !== "person" || this.quoted(m)) return false;
      const g = this.gender(m.entity);
      return g === null || g === pronoun;
    });
  }

  /**
   * Reports of a body's unnamed voice ("a spokeswoman for the Water Board said"), in text order,
   * with the gender the noun marks: the person "he" or "she" then stands for speaks for the body.
   */
  protected readonly voices: Array<{ at: number; entity: Entity; gender: "male" | "female" | null }> = [];

  /**
   * Notes who spoke at `at` (their words running to `end`), and the pronoun ("she") that credited
   * them, if one did; with no one named, notes a group of people written as a plural noun
   * ("Dealers said …").
   */
  noteSpeaker(at: number, entity: Entity | null, span?: TextSpan | null, end = at): void {
    const mention = span?.text;
    if (span && !/^(?:he|she|it|they|we|i)$/i.test(span.text)) {
      // ("A lawyer for Tom Vale, Ann Roe, said": the description before the name is hers too.)
      const from = descriptionBefore(this.doc.text, span.start, span.end) ?? span.start;
      const words = { start: from, end: span.end, text: this.doc.text.slice(from, span.end) };
      insertByOffset(this.described, { at: span.start, span: words, entity });
    }
    if (!entity) {
      const someone = mention ? unnamedPerson(mention) : undefined;
      if (someone !== undefined) insertByOffset(this.strangers, { at, gender: someone });
      const group = mention && /^(?:the |some |many |several |other )?([a-z]+)$/i.exec(mention);
      if (group && singularOf(group[1].toLowerCase()) !== null)
        this.unnamedGroups.splice(
          firstAtOrAfter(this.unnamedGroups, at, (x) => x),
          0,
          at,
        );
      return;
    }
    const list = this.anySpeakers;
    let k = list.length;
    while (k > 0 && list[k - 1].at > at) k--;
    list.splice(k, 0, { at, entity });
    if (entity.type !== "person") {
      const voice = mention ? voiceNoun(mention) : undefined;
      if (voice !== undefined) insertByOffset(this.voices, { at, entity, gender: voice });
      return;
    }
    const i = this.speakerIndexBefore(at + 1) + 1;
    const pronoun = mention?.toLowerCase();
    // (A speaker named after the words ("…, said Tom Vale") is named last: people named in the
    // words come before, and do not follow the speaker.)
    const named = Math.max(at, span?.end ?? at);
    this.speakers.splice(
      i,
      0,
      pronoun === "he" || pronoun === "she" ? { at, named, end, entity, pronoun } : { at, named, end, entity },
    );
  }

  /** The words that credited each speaker (not pronouns), by where they stand, with whom they were resolved to. */
  private readonly described: Array<{ at: number; span: TextSpan; entity: Entity | null }> = [];

  /**
   * "The plan is sound, said the city's treasurer, Ann Roe.": whether `m` lies in the words that
   * credited a report to its own entity (a speaker named, however the attribution was built).
   */
  namesSpeaker(m: { start: number; end: number; entity: Entity }): boolean {
    for (let i = firstAtOrAfter(this.described, m.start + 1, (v) => v.at) - 1; i >= 0; i--) {
      const d = this.described[i];
      if (d.span.end < m.start) return false;
      if (d.entity === m.entity && d.span.end >= m.end) return true;
    }
    return false;
  }

  /**
   * "An embassy official said the talks would resume. … “No date is set,” the official added.": a
   * definite description with head noun `head` (or one `same` takes up) takes up the speaker whose
   * words held that noun, at most five paragraphs before `before`, when the noun is not used again
   * since: that speaker (null when the text gave no name), whoever spoke in between. Undefined
   * when no speaker's words held the noun.
   */
  describedBefore(same: (word: string) => boolean, before: number): { entity: Entity | null } | undefined {
    const holds = (text: string) =>
      text
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .some(same);
    const paragraph = this.paragraphOf(before);
    for (let i = firstAtOrAfter(this.described, before, (v) => v.at) - 1; i >= 0; i--) {
      const { span, entity } = this.described[i];
      if (span.end > before) continue;
      if (paragraph - this.paragraphOf(span.start) > 5) return undefined;
      if (!holds(span.text)) continue;
      return holds(this.doc.text.slice(span.end, before)) ? undefined : { entity };
    }
    return undefined;
  }

  /**
   * Whether a speaker's mention before `before` described `entity` with the head noun of `words`
   * (the lower-case words of a description) but other words: "The GOP candidate says …" credited
   * to Ann Roe makes "the Democratic candidate" someone else.
   */
  describedOtherwise(entity: Entity, words: readonly string[], before: number): boolean {
    const key = (text: string) =>
      text
        .toLowerCase()
        .split(/[^\p{L}-]+/u)
        .filter((w) => w && w !== "the" && w !== "a" && w !== "an")
        .join(" ");
    const own = key(words.join(" "));
    const head = words[words.length - 1];
    return this.described.some(
      (d) => d.entity === entity && d.span.end <= before && key(d.span.text).endsWith(head) && key(d.span.text) !== own,
    );
  }

  /**
   * Whether the latest report before `offset` in this paragraph or the one before was an unnamed
   * group's, with no one named speaking since: what "they" then stands for ("Dealers said gold eased.
   * Silver will hold, they added." credits nobody, not a body the dealers talked about).
   */
  groupSpokeLast(offset: number): boolean {
    const k = firstAtOrAfter(this.unnamedGroups, offset, (x) => x) - 1;
    if (k < 0) return false;
    const at = this.unnamedGroups[k];
    const named = this.lastAnySpeakerEntry(offset);
    return (!named || named.at < at) && this.paragraphOf(offset) - this.paragraphOf(at) <= 1;
  }

  /** The latest speaker of any kind before `offset`, at most two paragraphs back. */
  lastAnySpeakerBefore(offset: number): Entity | null {
    return this.lastAnySpeakerEntry(offset)?.entity ?? null;
  }

  /** `lastAnySpeakerBefore` (of those `accept` takes), with where that speaker's quotation starts. */
  lastAnySpeakerEntry(offset: number, accept = (_: Entity) => true): { at: number; entity: Entity } | null {
    let k = this.anySpeakers.length - 1;
    while (k >= 0 && (this.anySpeakers[k].at >= offset || !accept(this.anySpeakers[k].entity))) k--;
    if (k < 0) return null;
    const best = this.anySpeakers[k];
    return this.paragraphOf(offset) - this.paragraphOf(best.at) <= 2 ? best : null;
  }

  /**
   * The person a definite description ("the coach", "the minister") points back to when no one
   * holds that title: the latest speaker, else the first person named in the nearest sentence
   * that names one (a sentence's subject comes first).
   */
  salientPerson(before: number): Entity | null {
    const last = this.lastSpeakerBefore(before);
    if (last)
      return this.subjectSince(this.speakers[this.speakerIndexBefore(before)].at, before, last, "person") ?? last;
    let s = sentenceIndexBefore(this.doc, before);
    for (let looked = 0; s >= 0 && looked < 4; s--, looked++) {
      const sent = this.doc.sentences[s];
      const people = this.mentionsIn(sent.start, Math.min(sent.end, before)).filter(
        (m) => m.entity.type === "person" && !this.quoted(m),
      );
      if (people.length) return people[0].entity;
    }
    return null;
  }

  /**
   * "Sen. Ann Roe voted against it. “…,” the senator said": another person (or body, of `type`) made
   * the subject of a sentence of this paragraph after the latest speaker's quotation is the one a
   * description points to; for a person, so is the subject of the paragraph before when that
   * paragraph is one sentence and the description's sentence opens its own.
   */
  protected subjectSince(at: number, before: number, last: Entity, type: Entity["type"]): Entity | null {
    const { doc } = this;
    const paragraph = this.paragraphOf(before);
    let found: Entity | null = null;
    const first = sentenceIndexBefore(doc, before);
    for (let s = first; s >= 0; s--) {
      const sent = doc.sentences[s];
      // ("Ann Roe, who trails in the polls, toured a mill. / The Oregon senator told reporters …":
      // news gives a paragraph to one sentence, and the next paragraph goes on with its subject.)
      const opening =
        type === "person" &&
        s === first &&
        this.paragraphOf(sent.start) === paragraph - 1 &&
        (s === 0 || this.paragraphOf(doc.sentences[s - 1].start) !== paragraph - 1);
      if (sent.end <= at || (this.paragraphOf(sent.start) !== paragraph && !opening)) break;
      // (A body's description reads only the sentences before its own, whose opening may be what it
      // reports: "Vexa's unit was named in the suit, the company said.")
      if (sent.start <= at || (type !== "person" && sent.end > before)) continue;
      // The sentence of the description itself counts up to the quotation ("Kim agreed. “…,” the 23-year-old said").
      const limit = sent.end > before ? tokenAtOrAfter(doc, before) : sent.lastToken;
      const np = limit > sent.firstToken ? this.subjectSpan(sent.firstToken, limit) : null;
      if (!np) continue;
      const people = this.mentionsIn(doc.tokens.start[np[0]], doc.tokens.end[np[1] - 1]).filter(
        (m) => m.entity.type === type && !this.quoted(m),
      );
      // (The description's own sentence has it for subject: the one before is read.)
      if (!people.length && sent.end > before) continue;
      if (people.length && people[0].entity !== last) found = people[0].entity;
      break;
    }
    return found;
  }

  /**
   * "“The dam is safe,” a spokesman for the Water Board said. He said the gates would stay shut.":
   * the body whose unnamed voice, of a gender that fits `pronoun`, made the latest report before
   * `before` (later than any named person's), when no person the pronoun could stand for is named
   * since (outside quotation marks). Null otherwise. The voice reaches two paragraphs on, as a
   * speaker's does ("A spokesman for the trust said … / (background) / “…,” he added"); a
   * stranger's (strangerSpokeLast) only one.
   */
  voiceFor(pronoun: "male" | "female", before: number): Entity | null {
    const voice = this.latestReport(this.voices, pronoun, before, 2);
    return !voice || this.namedSince(voice.at, before, pronoun) ? null : voice.entity;
  }

  /** Index of the last noted speaker before `offset` (binary search), or -1. */
  protected speakerIndexBefore(offset: number): number {
    return firstAtOrAfter(this.speakers, offset, (s) => s.at) - 1;
  }

  /** The speaker of the latest quotation before `offset`, if it is at most two paragraphs back. */
  lastSpeakerBefore(offset: number): Entity | null {
    const k = this.speakerIndexBefore(offset);
    const best = k >= 0 ? this.speakers[k] : null;
    if (!best) return null;
    const pFrom = this.paragraphOf(best.at);
    const pTo = this.paragraphOf(offset);
    return pTo - pFrom <= 2 ? best.entity : null;
  }

  /** Each body's (or place's) name words, lower-cased ("Hill Pre-School" → hill, pre, school). */
  private bodyWords: Map<Entity, Set<string>> | null = null;

  /**
   * "the school", "the national police agency": the organisation (or place) named before `before`
   * whose name holds the description's head noun, else (for an organisation and a noun that names
   * bodies, unless `headOnly`) another of its words, the one next to the head weighing most; the
   * latest one when several score the same. Null when no name shares a word.
   */
  bodyNamedBy(words: string[], before: number, headOnly = false): Entity | null {
    if (!this.bodyWords) {
      this.bodyWords = new Map();
      for (const e of this.entities) {
        if (e.type === "person") continue;
        const forms = [e.name, ...e.mentions.map((m) => m.text)].join(" ").toLowerCase();
        this.bodyWords.set(e, new Set(forms.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2)));
      }
    }
    const content = words.filter((w) => !DESCRIPTION_SKIP.has(w));
    const head = content[content.length - 1];
    if (!head) return null;
    let best: Entity | null = null;
    let bestScore = 0;
    let bestAt = -1;
    for (const [e, names] of this.bodyWords) {
      const at = lastMentionBefore(e, before);
      if (at < 0) continue;
      // A place answers only to its own noun ("the school" for a school the entity layer took for a place).
      if ((headOnly || e.type !== "organization") && !names.has(head)) continue;
      // The head weighs most, then the word right before it ("the national police agency": police).
      let score = names.has(head) ? 3 : 0;
      content.forEach((w, k) => {
        if (w !== head && names.has(w)) score += k === content.length - 2 ? 2 : 1;
      });
      if (score > bestScore || (score === bestScore && score > 0 && at > bestAt)) {
        best = e;
        bestScore = score;
        bestAt = at;
      }
    }
    return best;
  }
}

/** A sentence's first word that stands for the person the sentence before was about, with the pronoun it is. */
const OPENING_PRONOUNS: Readonly<Record<string, string>> = { He: "he", She: "she", His: "he", Her: "she" };

/** Counts a pronoun ("he" first, "she" second) that stands for `e`. */
function vote(votes: Map<Entity, [number, number]>, e: Entity, pronoun: string): void {
  const v = votes.get(e) ?? [0, 0];
  v[pronoun === "he" ? 0 : 1]++;
  votes.set(e, v);
}

/** Words of a description that say nothing of which body it is. */
const DESCRIPTION_SKIP = new Set(["the", "a", "an", "this", "that", "its", "their", "former", "local", "new"]);

/**
 * Nouns for a person who speaks for a body without being named: the spokesperson nouns that name a
 * person in the singular ("spokesman", "official", "aide"; not "statement", "staff" or "aides").
 */
const VOICE_NOUNS: ReadonlySet<string> = new Set(
  [...SPOKES_NOUNS].filter((w) => PERSON_FIRST_NOUNS.has(w) && singularOf(w) === null),
);

/** Inserts `entry` into `list`, kept in order of `at`, after any entry at the same offset. */
function insertByOffset<T extends { at: number }>(list: T[], entry: T): void {
  list.splice(
    firstAtOrAfter(list, entry.at, (v) => v.at),
    0,
    entry,
  );
}

/**
 * Whether a speaker's mention names a body's voice by one of VOICE_NOUNS ("a spokeswoman for the
 * Water Board", "the official"): the gender the noun marks (null for "spokesperson"), or undefined
 * when it does not.
 */
function voiceNoun(mention: string): "male" | "female" | null | undefined {
  const noun = mention
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .find((w) => VOICE_NOUNS.has(w));
  return noun === undefined ? undefined : nounGender(noun);
}

/**
 * Whether a speaker's mention introduces a person without a name: an indefinite description whose
 * head is a person noun ("One elderly man", "a Texas trader", "an unnamed witness, who …"). The
 * gender its noun marks (null for "trader"), or undefined when it is no such description.
 */
function unnamedPerson(mention: string): "male" | "female" | null | undefined {
  const words = mention
    .toLowerCase()
    .split(/[,(]|\s+(?:who|whose|from|of|at|in|with|for)\s+/u)[0]
    .trim()
    .split(/\s+/);
  if (words.length < 2 || !INDEFINITES.has(words[0])) return undefined;
  const head = words[words.length - 1].replace(/[^\p{L}-]/gu, "");
  return PERSON_FIRST_NOUNS.has(head) ? nounGender(head) : undefined;
}

/**
 * The start of a description set before a name as its apposition ("Vexa's chief executive, Tom Vale,
 * said"; "A lawyer for the city, Ann Roe, said"), or null: the same identifying phrase the PolNeAR
 * guidelines include after a name, on its other side; what "the lawyer" can take up later. The
 * description opens the sentence, or follows a comma or a quotation ("In May, the port's director, Ann
 * Roe, said"; "…,” the port's director, Ann Roe, said"), a subordinator ("When the port's director, Ann
 * Roe, said") or a verb of speech ("said the port's director, Ann Roe."), and the name is set off by a
 * comma, or after a verb of speech also by the end of the sentence.
 */
export function descriptionBefore(text: string, start: number, end: number): number | null {
  const after = text.slice(end, end + 3);
  if (!/^\s*[,.;!?]/.test(after)) return null;
  const window = text.slice(Math.max(0, start - 160), start);
  // (The description closes with a comma right before the name: without one, the long regex is not run.)
  if (!/,\s*$/.test(window)) return null;
  const m = DESCRIPTION_BEFORE.exec(window);
  if (!m) return null;
  if (m[1] !== undefined ? !invertsSpeaker(m[1]) : !/^\s*,/.test(after)) return null;
  return start - m[0].length + m[0].indexOf(m[2]);
}

/**
 * Whether a verb of speech is one that the speaker follows ("said the port's director, Ann Roe"), not
 * one whose object is the hearer ("told the port's director, Ann Roe").
 */
function invertsSpeaker(word: string): boolean {
  const lemma = speechLemma(word);
  return lemma !== null && INVERTING_LEMMAS.has(lemma) && lemma !== "tell" && lemma !== "ask";
}

/**
 * A description (determiner, possessive pronoun, or a possessor of up to four capitalised words: "Tom
 * Vale's lawyer"; no clause punctuation but an abbreviation's full stops, "the F.B.I. director") after
 * one of `descriptionBefore`'s openers, then a comma; group 1 is the word before it when that word is
 * its opener (a verb of speech, checked by the caller).
 */
const DESCRIPTION_BEFORE =
  /(?:^|[.!?]["”’]?\s+|\n\s*|["“]\s*|,\s*(?:["”’]|'')?\s*|\b(?:[Ww]hen|[Aa]s|[Ww]hile|[Aa]nd|[Bb]ut)\s+|\b(\p{Ll}+)\s+)((?:[Tt]he|THE|[Aa]n?|[Aa]nother|[Oo]ne of|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:\p{Lu}[\p{L}.&-]*\s){0,3}\p{Lu}[\p{L}.&-]*['’]s)\s(?:[^,.;:!?"“”\n()]|\.(?=\p{L}|\s\p{Ll})){2,100}),\s*$/u;
