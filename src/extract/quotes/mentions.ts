// The entities of a document indexed by offset and by written form, for the speaker resolver:
// mentions in a range, a known name inside a phrase, the person holding a title, gender.

import type { Doc } from "../../core/doc.js";
import { firstIntroducedHolder } from "../../core/names.js";
import { firstAfter, isUpperCode, firstSpanAtOrAfter, sentenceOf } from "../../core/doc.js";
import type { Entity, EntityType } from "../../core/schema.js";
import { addressGender, genderOf } from "../entities/gender.js";
import { birthGender, isGivenName } from "../entities/names.js";
import { CLOSED_CLASS, COMMON_WORDS } from "../entities/lexicon.js";
import { MONTH_NAMES } from "../time/lexicon.js";
import { PhraseReader, SENTENCE_ADVERBS } from "./phrases.js";
import {
  fullTitle,
  type IndexedMention,
  isPunct,
  lastMentionBefore,
  OUTCRY_HANDOVER,
  PERSON_FIRST_NOUNS,
  PHRASE_OPENERS,
  PREPOSITIONS,
  singularOf,
  WEEKDAYS,
  QUOTE_MARKS,
  sentenceIndexBefore,
  SPOKES_NOUNS,
  TITLE_WORDS,
} from "./speaker-words.js";

/** Months and days written in full that name no one too ("March", "Friday"; not "May", "June"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAYS]);

/** Whether a lower-case word is a month or a day written in full and no given name. */
export function calendarWordNoName(word: string): boolean {
  return CALENDAR_WORDS.has(word) && !isGivenName(word);
}

export class MentionIndex extends PhraseReader {
  protected readonly mentions: IndexedMention[];

  constructor(
    doc: Doc,
    protected readonly entities: Entity[],
  ) {
    super(doc);
    this.mentions = [];
    for (const e of entities) for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
    this.mentions.push(...missedMentions(doc.text, entities));
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // Each entity's distinct written forms, once: lookups by name stay constant-time however long the text.
    for (const e of entities) {
      for (const m of e.mentions) if (!this.byForm.has(m.text)) this.byForm.set(m.text, e);
      if (!this.byForm.has(e.name)) this.byForm.set(e.name, e);
    }
  }

  /** The entities by name and by written form in lower case (`findByName`), made on its first call. */
  private byNameMap: Map<string, Entity> | null = null;
  protected readonly byForm = new Map<string, Entity>();

  private get byName(): Map<string, Entity> {
    if (this.byNameMap) return this.byNameMap;
    const byName = (this.byNameMap = new Map<string, Entity>());
    for (const e of this.entities) {
      const name = e.name.toLowerCase();
      if (!byName.has(name)) byName.set(name, e);
    }
    for (const [form, e] of this.byForm) {
      const lower = form.toLowerCase();
      if (!byName.has(lower)) byName.set(lower, e);
    }
    return byName;
  }
  protected readonly genders = new Map<Entity, "male" | "female" | null>();
  protected readonly titles = new Map<Entity, string[]>();
  private readonly roles = new Map<Entity, string[]>();

  gender(e: Entity): "male" | "female" | null {
    let g = this.genders.get(e);
    if (g === undefined) {
      g = genderOf(e, this.doc);
      this.genders.set(e, g);
    }
    return g;
  }

  /**
   * The gender `e` likely has: the one its mentions mark (`gender`), else the one nearly all US
   * babies given its first name have ("George Anders" male), for weighing antecedents only.
   */
  likelyGender(e: Entity): "male" | "female" | null {
    return this.gender(e) ?? (e.type === "person" ? birthGender(e.name.split(/\s+/, 1)[0] ?? "") : null);
  }

  /** Mentions lying within [start, end). */
  mentionsIn(start: number, end: number): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (
      let k = firstSpanAtOrAfter(this.mentions, start);
      k < this.mentions.length && this.mentions[k].start < end;
      k++
    )
      if (this.mentions[k].end <= end) out.push(this.mentions[k]);
    return out;
  }

  protected paragraphOf(offset: number): number {
    const s = sentenceIndexBefore(this.doc, offset + 1);
    return s >= 0 ? this.doc.sentences[s].paragraph : 0;
  }

  /** The entity with the longest known name written inside `phrase` (whole words only). */
  protected namesWithin(phrase: string): Entity | null {
    // Try every run of whole words in the (short) phrase against the known forms, longest first.
    const bounds: Array<[number, number]> = [];
    const re = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
    for (let m = re.exec(phrase); m; m = re.exec(phrase)) bounds.push([m.index, m.index + m[0].length]);
    let best: Entity | null = null;
    let bestLen = 0;
    for (let a = 0; a < bounds.length && a < 16; a++) {
      for (let b = bounds.length - 1; b >= a; b--) {
        const len = bounds[b][1] - bounds[a][0];
        if (len <= bestLen) break;
        let form = phrase.slice(bounds[a][0], bounds[b][1]);
        let e = this.byForm.get(form);
        if (!e && /['’]s$/.test(form)) e = this.byForm.get((form = form.slice(0, -2)));
        if (e && form.length >= 2) {
          best = e;
          bestLen = len;
        }
      }
    }
    return best;
  }

  /** The longest run of capitalised words in tokens [from, to), or null. */
  protected override placeNames(from: number, to: number): { start: number; end: number }[] {
    return this.mentionsIn(from, to).filter((m) => m.entity.type === "location");
  }

  protected capitalisedRun(from: number, to: number): string | null {
    const { doc } = this;
    let best: [number, number] | null = null;
    let a = -1;
    for (let i = from; i <= to; i++) {
      const cap =
        i < to &&
        isUpperCode(doc.text.charCodeAt(doc.tokens.start[i])) &&
        !TITLE_WORDS.has(this.word(i)) &&
        !PHRASE_OPENERS.has(this.word(i)) &&
        !isPunct(this.word(i));
      if (cap && a < 0) a = i;
      if (!cap && a >= 0) {
        if (!best || i - a > best[1] - best[0]) best = [a, i];
        a = -1;
      }
    }
    return best ? doc.text.slice(doc.tokens.start[best[0]], doc.tokens.end[best[1] - 1]) : null;
  }

  /** "Sen. Rick Scott" with no entity: the capitalised words after the titles. */
  protected nameFromWords(from: number, to: number): string | null {
    const { doc } = this;
    let a = from;
    while (a < to && (TITLE_WORDS.has(this.word(a).replace(/\.$/, "")) || this.word(a) === ".")) a++;
    // ("Later Vale told reporters": a connective adverb opening the sentence is no part of the name.)
    if (a + 1 < to && a === sentenceOf(doc, a).firstToken && SENTENCE_ADVERBS.has(this.word(a))) a++;
    // ("Her March comment": a possessive opens a description, never a name.)
    if (PHRASE_OPENERS.has(this.word(a))) return null;
    let b = a;
    while (b < to && isUpperCode(doc.text.charCodeAt(doc.tokens.start[b]))) b++;
    if (b === a || b !== to) return null;
    // (A month or a day alone is no one: "figures her campaign released Friday".)
    if (b - a === 1 && calendarWordNoName(this.word(a))) return null;
    // One capitalised word opening a sentence is as likely a common noun ("Prosecutors said"),
    // unless it is the surname of people the text named in full ("Roe said" after "Ann Roe" and
    // "Tom Roe", a surname the entity layer left to neither; findNamed chooses).
    if (
      b - a === 1 &&
      sentenceOf(doc, a).firstToken === a &&
      !this.isSurname(doc.text.slice(doc.tokens.start[a], doc.tokens.end[a])) &&
      !this.nameAfterOutcry(a)
    )
      return null;
    const name = doc.text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]);
    return name.length > 1 ? name : null;
  }

  /**
   * '“Not one step back!” Dalgren roared.': right after a quotation closed by a question or an
   * exclamation mark the sentence goes on, and a capitalised word there is capitalised as a name,
   * unless it is a common English word that is no given name ("Smoke"), a closed-class word
   * ("Both") or a noun for a kind of person ("Critics", "Prosecutors").
   */
  private nameAfterOutcry(a: number): boolean {
    const { doc } = this;
    if (!OUTCRY_HANDOVER.test(doc.text.slice(Math.max(0, doc.tokens.start[a] - 4), doc.tokens.start[a]))) return false;
    const w = this.word(a);
    const one = singularOf(w) ?? w;
    return ![w, one].some(
      (x) => (COMMON_WORDS.has(x) && !isGivenName(x)) || CLOSED_CLASS.has(x) || PERSON_FIRST_NOUNS.has(x),
    );
  }

  /** Whether `word` is the last word of a person's name the text gives ("Roe" for "Ann Roe"). */
  private isSurname(word: string): boolean {
    return this.entities.some((e) => e.type === "person" && / /.test(e.name) && e.name.endsWith(" " + word));
  }

  protected findByName(name: string, type: EntityType | null): Entity | null {
    const e = this.byName.get(name.toLowerCase());
    return e && (!type || e.type === type) ? e : null;
  }

  /**
   * The entity a name written in a quotation's attribution stands for: the one known by it, else,
   * for a bare surname with no entity there or one two people hold ("added Mr Vale" where both
   * Tom Vale and his brother Ian Vale are named), the choice the entity layer makes too
   * (firstIntroducedHolder): the holder the text introduced first, before `before`; with an
   * address before the name (`address`: "Mr", "Mrs"), only one whose likely gender fits it.
   */
  protected findNamed(name: string, before: number, address: string | null = null): Entity | null {
    const known = this.findByName(name, null);
    if (/\s/.test(name.trim())) return known;
    const surname = name.trim().toLowerCase();
    const holders = this.entities.filter(
      (e) => e.type === "person" && e.name.toLowerCase().split(/\s+/).pop() === surname,
    );
    if (known && holders.length < 2) return known;
    return firstIntroducedHolder(
      holders,
      before,
      addressGender(address),
      (e) => this.likelyGender(e),
      (e) => e.mentions.reduce((first, m) => Math.min(first, m.start), Infinity),
    );
  }

  /**
   * "the judge", "the prime minister": the person whose role or title has those words, or whose
   * role's head has them ("the former secretary" for "Ann Roe, the former secretary of state").
   */
  protected resolveTitle(words: string[], before: number): Entity | null {
    const content = words.filter((w) => w !== "the" && w !== "a" && w !== "an" && w !== "former");
    if (!content.length || content.length > 4) return null;
    const phrase = content.join(" ");
    const fits = (r: string) => r === phrase || r.endsWith(" " + phrase) || r.startsWith(phrase);
    let best: Entity | null = null;
    let bestPos = -1;
    for (const e of this.entities) {
      if (e.type !== "person") continue;
      if (!this.rolesOf(e).some((r) => r && (fits(r) || fits(roleHead(r))))) continue;
      const pos = lastMentionBefore(e, before);
      if (pos > bestPos) {
        best = e;
        bestPos = pos;
      }
    }
    return best;
  }

  /** A person's roles and the titles written before its mentions, lower-cased once per document (resolveTitle asks for every description). */
  private rolesOf(e: Entity): string[] {
    let roles = this.roles.get(e);
    if (!roles) {
      roles = [...e.attributes.roles.map((r) => r.text.toLowerCase()), ...this.titlesOf(e)];
      this.roles.set(e, roles);
    }
    return roles;
  }

  /** The title words written before each mention of a person ("judge" for "Judge Indira Talwani"), lower-cased. */
  protected titlesOf(e: Entity): string[] {
    let titles = this.titles.get(e);
    if (!titles) {
      titles = [...new Set(e.mentions.map((m) => this.titleBefore(m.start)))];
      this.titles.set(e, titles);
    }
    return titles;
  }

  /**
   * The title words written right before a mention ("judge" for "Judge Indira Talwani"), lower-cased,
   * an abbreviation written in full ("former ohio governor" for "Former Ohio Gov. Ann Roe", so that
   * "the former governor" is she, not someone named since).
   */
  protected titleBefore(offset: number): string {
    const text = this.doc.text;
    const window = text.slice(Math.max(0, offset - 40), offset);
    const m = /((?:[A-Z][A-Za-z]*\.? ){1,3})$/.exec(window);
    return m ? m[1].trim().toLowerCase().split(" ").map(fullTitle).join(" ") : "";
  }

  /**
   * Whether the "and" at token `and` joins words of one description of a name after it, not two
   * speakers: a person named after it and none before ("Minister for Trade and Industry Ann Roe"),
   * or a body's name closing the phrase after lower-case words, with no one named before ("Boats
   * and engines maker Vexa Oy said": the maker; not "Police and the Harbour Board").
   */
  protected override personOnlyAfter(and: number, end: number, lo: number): boolean {
    const { start, end: ends } = this.doc.tokens;
    const named = (a: number, b: number, type: (t: EntityType) => boolean) =>
      a < b && this.mentionsIn(start[a], ends[b - 1]).some((m) => type(m.entity.type));
    let from = and;
    while (from - 1 >= lo && !isPunct(this.word(from - 1)) && and - from < 8) from--;
    if (named(and + 1, end, (t) => t === "person")) return !named(from, and, (t) => t === "person");
    const body = this.mentionsIn(start[and + 1], ends[end - 1]).pop();
    if (body?.entity.type !== "organization" || body.end !== ends[end - 1]) return false;
    let k = and + 1;
    const modifier = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !PHRASE_OPENERS.has(w) && !PREPOSITIONS.has(w);
    while (start[k] < body.start && !this.capital(k) && modifier(this.word(k))) k++;
    return k > and + 1 && start[k] === body.start && !named(from, and, (t) => t === "person" || t === "organization");
  }

  /** Whether a person's name (starting at token `lo` or after) ends with token `k`. */
  override personEndsAt(k: number, lo = 0): boolean {
    return this.nameEndsAt(k, lo, (t) => t === "person");
  }

  /** Whether a person's or a body's name (starting at token `lo` or after) ends with token `k`. */
  protected override actorEndsAt(k: number, lo: number): boolean {
    return this.nameEndsAt(k, lo, (t) => t === "person" || t === "organization");
  }

  private nameEndsAt(k: number, lo: number, type: (t: EntityType) => boolean): boolean {
    if (k < lo) return false;
    const end = this.doc.tokens.end[k];
    return this.mentionsIn(this.doc.tokens.start[Math.max(lo, k - 8)], end).some(
      (m) => type(m.entity.type) && m.end === end,
    );
  }

  /** Whether tokens [from, to) hold a person's mention, or read as a capitalised name of nothing else. */
  hasPerson(from: number, to: number): boolean {
    if (from >= to) return false;
    const start = this.doc.tokens.start[from];
    const end = this.doc.tokens.end[to - 1];
    const inside = this.mentionsIn(start, end);
    if (inside.some((m) => m.entity.type === "person")) return true;
    if (inside.length) return false; // "a Tory MP": the capitals belong to a party, not a person
    return this.nameFromWords(from, to) !== null && to - from >= 2;
  }

  /** A phrase that names a speaker by itself: a spokesperson of a body, or a body ("a CPS official"). */
  protected standsForSpeaker(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (SPOKES_NOUNS.has(this.word(i))) return true;
    return false;
  }

  /** The quotations' contents (inside their marks), in text order: set once by `noteQuotations`. */
  private quotations: ReadonlyArray<{ start: number; end: number }> = [];

  /** Notes where the text's quotations are (their contents, in text order). */
  noteQuotations(contents: ReadonlyArray<{ start: number; end: number }>): void {
    this.quotations = contents;
  }

  /** Whether `m` lies inside a quotation's marks: someone the quoted words speak of, not one the narrative names. */
  protected insideQuotation(m: { start: number; end: number }): boolean {
    const k = firstAfter(this.quotations, m.start, (q) => q.end);
    return k < this.quotations.length && this.quotations[k].start <= m.start;
  }

  /** A name in quotation marks ("the code name “David Smith”") is a label, not someone in the story. */
  protected quoted(m: { start: number; end: number }): boolean {
    const t = this.doc.text;
    return QUOTE_MARKS.has(t.charCodeAt(m.start - 1)) && QUOTE_MARKS.has(t.charCodeAt(m.end));
  }

  /** The entity of the nearest mention before `before` that passes `accept`, within a few sentences. */
  protected recentEntity(before: number, accept: (e: Entity) => boolean): Entity | null {
    let s = sentenceIndexBefore(this.doc, before);
    for (let looked = 0; s >= 0 && looked < 4; s--, looked++) {
      const sent = this.doc.sentences[s];
      const found = this.mentionsIn(sent.start, Math.min(sent.end, before)).filter((m) => accept(m.entity));
      if (found.length) return found[found.length - 1].entity;
    }
    return null;
  }

  /** "Both men said": the first named of the people in the nearest sentence naming two or more. */
  protected firstOfGroup(before: number): Entity | null {
    let s = sentenceIndexBefore(this.doc, before);
    for (let looked = 0; s >= 0 && looked < 4; s--, looked++) {
      const sent = this.doc.sentences[s];
      const people = this.mentionsIn(sent.start, Math.min(sent.end, before)).filter((m) => m.entity.type === "person");
      const distinct = new Set(people.map((m) => m.entity.id));
      if (distinct.size >= 2) return people[0].entity;
    }
    return null;
  }
}

/**
 * Occurrences of an entity's own written forms that the entity layer did not mark ("Trump has
 * claimed …" after "President Trump"), so pronouns and descriptions see every mention. A form
 * counts only when it is capitalised, names one entity, and, for a single word, never occurs in
 * lower case in the text ("May" the month beside "Theresa May": "may" is written somewhere).
 */
export function missedMentions(text: string, entities: Entity[]): IndexedMention[] {
  const covered = new Uint8Array(text.length);
  for (const e of entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
  const owner = new Map<string, Entity | null>();
  const own = (form: string, e: Entity) => {
    if (form.length < 3 || !isUpperCode(form.charCodeAt(0))) return;
    const prev = owner.get(form);
    owner.set(form, prev === undefined || prev === e ? e : null);
  };
  for (const e of entities) {
    own(e.name, e);
    for (const m of e.mentions) own(m.text, e);
  }
  const lower = new LowerWords(text);
  const out: IndexedMention[] = [];
  for (const [form, entity] of owner) {
    if (!entity) continue;
    const found: number[] = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!covered[at] && !covered[end - 1] && !isWordChar(text, at - 1) && !isWordChar(text, end)) found.push(at);
    }
    // (Asked only for a form with somewhere to go: most forms are every one of their mentions already.)
    if (!found.length || (!/\s/.test(form) && lower.has(form.toLowerCase()))) continue;
    for (const at of found) {
      covered.fill(1, at, at + form.length);
      out.push({ start: at, end: at + form.length, entity });
    }
  }
  return out;
}

/**
 * The lower-case words of a text as the regex `\b\p{Ll}[\p{L}'’-]*` (global, Unicode) reads them,
 * asked one word at a time: each occurrence of the word is checked where it stands, instead of
 * collecting every lower-case word of the text. The whole set is built only when a check would
 * walk back over a long run of letters, so a hostile text stays linear.
 */
class LowerWords {
  private all: Set<string> | null = null;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    if (!LOWER_WORD.test(word)) return false;
    const { text } = this;
    for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      const end = p + word.length;
      if (end < text.length && WORD_PART.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
      if (!this.opensMatch(p)) continue;
      // The regex reads the first place in a run of word characters where a match may open, and
      // its match runs to the end of the run: an earlier such place in the run hides this one.
      let hidden = false;
      for (let q = p, steps = 0; q > 0; steps++) {
        if (steps > 64) {
          this.all = new Set(text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []);
          return this.all.has(word);
        }
        const prev = text.codePointAt(q - 2);
        const size = prev !== undefined && prev > 0xffff ? 2 : 1;
        if (!WORD_PART.test(String.fromCodePoint(text.codePointAt(q - size)!))) break;
        q -= size;
        if (this.opensMatch(q)) {
          hidden = true;
          break;
        }
      }
      if (!hidden) return true;
    }
    return false;
  }

  /** Whether a match may open at `q`: an ASCII word boundary (\b), then a lower-case letter. */
  private opensMatch(q: number): boolean {
    const { text } = this;
    if (isAsciiWord(text.charCodeAt(q - 1)) === isAsciiWord(text.charCodeAt(q))) return false;
    return LOWER_LETTER.test(String.fromCodePoint(text.codePointAt(q)!));
  }
}

const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*$/u;
const WORD_PART = /^[\p{L}'’-]$/u;
const LOWER_LETTER = /^\p{Ll}$/u;
const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A letter, digit or hyphen: a form glued to one ("Vexon-owned") is part of another word. */
const isWordChar = (text: string, i: number) => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  // (ASCII is read at once; the regex only past it.)
  if (c < 128) return c === 45 || (c !== 95 && isAsciiWord(c));
  return /[\p{L}\p{N}-]/u.test(text[i]);
};

/** A role without the phrase after its head noun: "former secretary" for "former secretary of state". */
const roleHead = (role: string) => role.split(/ (?:of|for|at|to|with|in|on) /)[0];
