// Who is speaking: turns the words around a cue ("Frank Ferguson, head of the CPS's …,
// explained", "said Dominic Murphy", "a Home Office spokesman said", "he added") into an entity of
// the document. Pronouns go to the nearest earlier person of the right gender, unnamed
// spokespeople to their body, and a noun phrase such as "the judge" to the person the document
// gives that title.

import type { Doc } from "../../core/doc.js";
import { isUpperCode, tokenAtOrAfter, tokenText } from "../../core/doc.js";
import type { Entity, EntityType, TextSpan } from "../../core/schema.js";
import { genderOf } from "../entities/gender.js";
import { speechLemma } from "./cues.js";

export interface Speaker {
  entity: Entity | null;
  /** A name read from the text when no entity covers it (used as the speaker's name). */
  name: string | null;
  mention: TextSpan | null;
}

interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
}

/** Words that stand for the speaker's body rather than a named person. */
const SPOKES_NOUNS = new Set(
  (
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials representative " +
    "representatives statement source sources press office aide aides staff staffer spokes embassy consulate " +
    "authorities government ministry department administration campaign"
  ).split(" "),
);
/** People who speak for someone else without being them (a lawyer is not the client). */
const AGENT_NOUNS = new Set(
  "lawyer lawyers barrister barristers solicitor solicitors attorney attorneys counsel friend friends wife husband son daughter mother father brother sister family neighbour neighbor ex-wife ex-husband colleague colleagues partner".split(
    " ",
  ),
);
const LEADING_WORDS = new Set(
  "in on at after before following when while as during despite since however but and speaking responding reacting asked writing".split(
    " ",
  ),
);
const ROLE_HEADS = new Set(
  "director chief head minister secretary chair chairman chairwoman president leader commissioner judge governor mayor senator prosecutor attorney ambassador chancellor premier treasurer speaker coach manager boss founder executive ceo".split(
    " ",
  ),
);
const SUBJECT_ENDERS = new Set(
  "has have had is was were are will would could should may might can did does do must also initially".split(" "),
);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their"]);
const PARTY = /\bparty\b|labou?r|conservative|tory|democrat|republican|liberal|green/i;
const NEWSPAPER =
  /post|times|news|journal|telegraph|guardian|herald|mail|daily|gazette|tribune|observer|express|independent|mirror|sun\b|standard|chronicle|economist|review|record|globe|star/i;
/** Bodies of a kind recognised by their names, for "the newspaper said", "the party said". */
const NOMINAL_KIND: Record<string, RegExp | undefined> = {
  newspaper: NEWSPAPER,
  paper: NEWSPAPER,
  daily: NEWSPAPER,
  tabloid: NEWSPAPER,
  broadsheet: NEWSPAPER,
  party: PARTY,
  court: /court|tribunal/i,
  university: /universit|college/i,
  hospital: /hospital|clinic/i,
  bank: /bank/i,
};
const ORG_NOMINALS = new Set(
  "daily tabloid broadsheet company firm group club party bank business retailer airline carrier insurer charity council agency force team side board regulator watchdog union university hospital trust network broadcaster newspaper paper publisher union ministry department court".split(
    " ",
  ),
);
const INDEFINITE = new Set(["a", "an"]);
const BODY_GROUPS = new Set(
  "prosecutors investigators police detectives officers regulators inspectors ministers officials authorities".split(
    " ",
  ),
);
/** The kind of body an unnamed group belongs to, recognised by its name. */
const POLICE = /police|constabulary|\bmet\b|bureau|fbi|command|agency|gendarm/i;
const GROUP_BODY_KIND: Record<string, RegExp | undefined> = {
  prosecutors: /prosecut|attorney|justice|crown|procurat/i,
  police: POLICE,
  detectives: POLICE,
  officers: POLICE,
  investigators: POLICE,
  regulators: /regulat|authority|commission|office/i,
  inspectors: /inspect/i,
  ministers: /government|ministry|cabinet/i,
};
const QUOTE_MARKS = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb]);
const PREPOSITIONS = new Set(["in", "of", "at", "for", "from", "on", "with", "to"]);
const GROUP_NOUNS = new Set("men women pair both two duo couple brothers sisters defendants".split(" "));
const PRONOUNS: Record<string, "male" | "female" | "plural" | "neuter"> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "neuter",
};
const TITLE_WORDS = new Set(
  (
    "mr mrs ms miss dr prof sir dame lord lady baroness baron judge justice sen senator rep representative gov governor " +
    "president minister secretary chancellor commissioner inspector detective superintendent chief constable officer sergeant " +
    "captain general colonel lieutenant major admiral mayor councillor cllr rev reverend father bishop archbishop king queen prince " +
    "princess attorney prosecutor deputy director head leader chairman chairwoman chair speaker treasurer premier mp kc qc " +
    "st the a an former acting shadow foreign home prime us u.s. uk u.k. state federal district assistant"
  ).split(" "),
);
const STOP_LEFT = new Set(
  "that which who whom whose when while after before because as if but or so than said says told according where".split(
    " ",
  ),
);

/** Demonyms for "a Chinese embassy spokesman" → China. */
const DEMONYMS: Record<string, string> = {
  chinese: "China",
  russian: "Russia",
  british: "United Kingdom",
  american: "United States",
  iranian: "Iran",
  french: "France",
  german: "Germany",
  indian: "India",
  israeli: "Israel",
  ukrainian: "Ukraine",
  australian: "Australia",
  canadian: "Canada",
  japanese: "Japan",
  korean: "South Korea",
  "north korean": "North Korea",
  turkish: "Turkey",
  saudi: "Saudi Arabia",
  irish: "Ireland",
  italian: "Italy",
  spanish: "Spain",
  polish: "Poland",
  dutch: "Netherlands",
  belgian: "Belgium",
  swedish: "Sweden",
  egyptian: "Egypt",
  pakistani: "Pakistan",
  syrian: "Syria",
  iraqi: "Iraq",
  afghan: "Afghanistan",
  mexican: "Mexico",
  brazilian: "Brazil",
};

export class SpeakerResolver {
  private readonly mentions: IndexedMention[];
  private readonly low: string[];
  /** Speakers of the quotations resolved so far, by offset, preferred by pronouns that follow them. */
  private readonly speakers: Array<{ at: number; entity: Entity }> = [];

  private readonly bySentence = new Map<number, Speaker>();

  /** The speaker credited with a quotation in sentence `index` ("…,” the paper wrote, adding …). */
  sentenceSpeaker(index: number): Speaker | null {
    return this.bySentence.get(index) ?? null;
  }

  noteSentenceSpeaker(index: number, speaker: Speaker): void {
    if (!this.bySentence.has(index)) this.bySentence.set(index, speaker);
  }

  noteSpeaker(at: number, entity: Entity): void {
    const i = this.speakerIndexBefore(at + 1) + 1;
    this.speakers.splice(i, 0, { at, entity });
  }

  /** Index of the last noted speaker before `offset` (binary search), or -1. */
  private speakerIndexBefore(offset: number): number {
    let lo = 0;
    let hi = this.speakers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.speakers[mid].at < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
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

  private paragraphOf(offset: number): number {
    const s = sentenceIndexBefore(this.doc, offset + 1);
    return s >= 0 ? this.doc.sentences[s].paragraph : 0;
  }

  constructor(
    private readonly doc: Doc,
    private readonly entities: Entity[],
  ) {
    this.mentions = [];
    for (const e of entities) for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    this.low = [];
    for (let i = 0; i < doc.tokens.count; i++) this.low.push(tokenText(doc, i).toLowerCase());
    // Each entity's distinct written forms, once: lookups by name stay constant-time however long the text.
    for (const e of entities) {
      if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e);
      for (const m of e.mentions) if (!this.byForm.has(m.text)) this.byForm.set(m.text, e);
      if (!this.byForm.has(e.name)) this.byForm.set(e.name, e);
    }
    for (const [form, e] of this.byForm)
      if (!this.byName.has(form.toLowerCase())) this.byName.set(form.toLowerCase(), e);
  }

  private readonly byName = new Map<string, Entity>();
  private readonly byForm = new Map<string, Entity>();
  private readonly genders = new Map<Entity, "male" | "female" | null>();
  private readonly titles = new Map<Entity, string[]>();

  gender(e: Entity): "male" | "female" | null {
    let g = this.genders.get(e);
    if (g === undefined) {
      g = genderOf(e, this.doc);
      this.genders.set(e, g);
    }
    return g;
  }

  word(i: number): string {
    return this.low[i] ?? "";
  }

  /** Mentions lying within [start, end). */
  mentionsIn(start: number, end: number): IndexedMention[] {
    const out: IndexedMention[] = [];
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.mentions.length && this.mentions[k].start < end; k++)
      if (this.mentions[k].end <= end) out.push(this.mentions[k]);
    return out;
  }

  /**
   * The speaker named by the noun phrase over tokens [from, to): a name, a pronoun, a
   * spokesperson of a body, a title. `before` is where resolution of pronouns looks back from.
   */
  resolvePhrase(from: number, to: number, before: number): Speaker | null {
    if (from >= to) return null;
    const { doc } = this;
    const start = doc.tokens.start[from];
    const end = doc.tokens.end[to - 1];
    const words: string[] = [];
    for (let i = from; i < to; i++) words.push(this.word(i));
    const span: TextSpan = { start, end, text: doc.text.slice(start, end) };

    if (to - from === 1 && PRONOUNS[words[0]]) {
      const entity = this.resolvePronoun(words[0], before);
      return { entity, name: null, mention: span };
    }
    // The head of "China's embassy in Britain" is before the preposition; the body a spokesman
    // speaks for may follow it ("a spokesman for the Home Office").
    const prep = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w));
    const headEnd = prep > 0 ? doc.tokens.start[from + prep] : end;
    const headWords = prep > 0 ? words.slice(0, prep) : words;
    const all = this.mentionsIn(start, end);
    const headMentions = this.mentionsIn(start, headEnd);
    const hasSpokes = headWords.some((w) => SPOKES_NOUNS.has(w));
    const inside = hasSpokes && !headMentions.length ? all : headMentions.length ? headMentions : all;
    const possessive = words.findIndex((w) => w === "'s" || w === "’s" || w === "his" || w === "her" || w === "their");
    // "Mr Cash's lawyer" is not Mr Cash; "US Attorney Breon Peace" is Breon Peace.
    const agent = AGENT_NOUNS.has(headWords[headWords.length - 1]);
    if (agent) return { entity: null, name: null, mention: span };
    const head = headWords[headWords.length - 1];
    if (ORG_NOMINALS.has(head) && words[0] !== "a" && inside.every((m) => m.entity.type === "location")) {
      // "the influential US daily", "the newspaper": the latest body of that kind, not the place.
      const kind = NOMINAL_KIND[head];
      const body = this.recentEntity(
        before,
        (e) => e.type === "organization" && (kind ? kind.test(e.name) : !PARTY.test(e.name)),
      );
      if (body) return { entity: body, name: null, mention: span };
      // "the council" with no council named: nobody (not "Councillor Adeyemi" by her title).
      if (!inside.length) return { entity: null, name: null, mention: span };
    }
    const lastPossessive = Math.max(headWords.lastIndexOf("'s"), headWords.lastIndexOf("’s"));
    if (lastPossessive >= 0 && from + lastPossessive + 1 < to) {
      // "the UK government's National Cyber Security Centre": the head follows the possessive.
      const owned = this.mentionsIn(doc.tokens.start[from + lastPossessive + 1], headEnd);
      if (owned.length) return { entity: owned[owned.length - 1].entity, name: null, mention: span };
    }
    if (hasSpokes) {
      // "a Home Office spokesman", "a Chinese embassy spokeswoman", "her spokesman".
      const body = inside.find((m) => m.entity.type !== "person") ?? inside[0];
      if (body) return { entity: body.entity, name: null, mention: span };
      const known = this.namesWithin(span.text);
      if (known) return { entity: known, name: null, mention: span };
      for (const w of words) {
        const country = DEMONYMS[w];
        if (country) return { entity: this.findByName(country, "location"), name: country, mention: span };
      }
      // "A Treasury spokesman" with no entity for the body: the capitalised words name it.
      const named = this.capitalisedRun(from, from + headWords.length);
      if (named) return { entity: this.findByName(named, null), name: named, mention: span };
      if (possessive >= 0 && (words[possessive] === "his" || words[possessive] === "her")) {
        const entity = this.resolvePronoun(words[possessive] === "his" ? "he" : "she", before);
        return { entity, name: null, mention: span };
      }
      return { entity: null, name: null, mention: span };
    }
    if (!inside.length) {
      // The entity layer may have missed this occurrence: look for its known names in the phrase.
      const found = this.namesWithin(
        headWords.length < words.length && !hasSpokes ? doc.text.slice(start, headEnd) : span.text,
      );
      if (found) {
        if (hasSpokes || found.type !== "person" || !agent) return { entity: found, name: null, mention: span };
      }
    }
    const person = [...inside].reverse().find((m) => m.entity.type === "person");
    if (person) return { entity: person.entity, name: null, mention: span };
    if (ROLE_HEADS.has(headWords[headWords.length - 1])) {
      // "The FBI director": the person the document gives that title, before the body itself.
      const titled = this.resolveTitle(headWords, before);
      if (titled) return { entity: titled, name: null, mention: span };
    }
    if (inside.length) return { entity: inside[inside.length - 1].entity, name: null, mention: span };
    if (words.some((w) => GROUP_NOUNS.has(w)) && (words.includes("both") || words.includes("two"))) {
      return { entity: this.firstOfGroup(before), name: null, mention: span };
    }
    const group = words.find((w) => BODY_GROUPS.has(w));
    if (group) {
      // "prosecutors", "analysts at Barclays": credited to a named body only when the text ties
      // them to one: "for/at/from X" in the phrase, or a body of their kind in the sentence.
      const tied = this.mentionsIn(start, end).find((m) => m.entity.type === "organization");
      if (tied) return { entity: tied.entity, name: null, mention: span };
      const kind = GROUP_BODY_KIND[group];
      const sent = this.doc.sentences[this.doc.tokens.sentence[from]];
      const body = kind
        ? this.mentionsIn(sent.start, sent.end).find(
            (m) => m.entity.type === "organization" && kind.test(m.entity.name),
          )
        : undefined;
      return { entity: body?.entity ?? null, name: null, mention: span };
    }
    const content = words.filter((w) => !DETERMINERS.has(w));
    if (words[0] === "the" || words[0] === "a") {
      // "the company", "the club": the latest organisation; "the 34-year-old striker": the person that age.
      const age = /^(\d{1,3})-year-old$/.exec(content.find((w) => w.endsWith("-year-old")) ?? "");
      if (age) {
        const n = Number(age[1]);
        const aged = this.entities.find((e) => e.type === "person" && e.attributes.age === n);
        if (aged) return { entity: aged, name: null, mention: span };
      }
      if (words[0] === "the" && to - from === 2 && isUpperCode(doc.text.charCodeAt(doc.tokens.start[from + 1]))) {
        // "the Spaniard", "the Scot": a demonym standing for the person the story is about.
        const known = this.namesWithin(span.text);
        if (!known)
          return {
            entity: this.lastSpeakerBefore(before) ?? this.recentEntity(before, (e) => e.type === "person"),
            name: null,
            mention: span,
          };
      }
    }
    const name = this.nameFromWords(from, to);
    if (name) return { entity: this.findByName(name, null), name, mention: span };
    const titled = this.resolveTitle(words, before);
    if (titled) return { entity: titled, name: null, mention: span };
    return { entity: null, name: null, mention: span };
  }

  /** The entity with the longest known name written inside `phrase` (whole words only). */
  private namesWithin(phrase: string): Entity | null {
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
  private capitalisedRun(from: number, to: number): string | null {
    const { doc } = this;
    let best: [number, number] | null = null;
    let a = -1;
    for (let i = from; i <= to; i++) {
      const cap =
        i < to &&
        isUpperCode(doc.text.charCodeAt(doc.tokens.start[i])) &&
        !TITLE_WORDS.has(this.word(i)) &&
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
  private nameFromWords(from: number, to: number): string | null {
    const { doc } = this;
    let a = from;
    while (a < to && (TITLE_WORDS.has(this.word(a).replace(/\.$/, "")) || this.word(a) === ".")) a++;
    let b = a;
    while (b < to && isUpperCode(doc.text.charCodeAt(doc.tokens.start[b]))) b++;
    if (b === a || b !== to) return null;
    // One capitalised word opening a sentence is as likely a common noun ("Prosecutors said").
    if (b - a === 1 && doc.sentences[doc.tokens.sentence[a]].firstToken === a) return null;
    const name = doc.text.slice(doc.tokens.start[a], doc.tokens.end[b - 1]);
    return name.length > 1 ? name : null;
  }

  private findByName(name: string, type: EntityType | null): Entity | null {
    const e = this.byName.get(name.toLowerCase());
    return e && (!type || e.type === type) ? e : null;
  }

  /** "the judge", "the prime minister": the person whose role or title has those words. */
  private resolveTitle(words: string[], before: number): Entity | null {
    const content = words.filter((w) => w !== "the" && w !== "a" && w !== "an" && w !== "former");
    if (!content.length || content.length > 4) return null;
    const phrase = content.join(" ");
    let best: Entity | null = null;
    let bestPos = -1;
    for (const e of this.entities) {
      if (e.type !== "person") continue;
      const roles = e.attributes.roles.map((r) => r.text.toLowerCase());
      let titles = this.titles.get(e);
      if (!titles) {
        titles = [...new Set(e.mentions.map((m) => this.titleBefore(m.start)))];
        this.titles.set(e, titles);
      }
      if (![...roles, ...titles].some((r) => r && (r === phrase || r.endsWith(" " + phrase) || r.startsWith(phrase))))
        continue;
      const pos = lastMentionBefore(e, before);
      if (pos > bestPos) {
        best = e;
        bestPos = pos;
      }
    }
    return best;
  }

  /** The title words written right before a mention ("Judge" in "Judge Indira Talwani"). */
  private titleBefore(offset: number): string {
    const text = this.doc.text;
    const window = text.slice(Math.max(0, offset - 40), offset);
    const m = /((?:[A-Z][A-Za-z]*\.? ){1,3})$/.exec(window);
    return m ? m[1].trim().toLowerCase() : "";
  }

  /** The nearest earlier entity a pronoun can stand for; sentence subjects first. */
  resolvePronoun(pronoun: string, before: number): Entity | null {
    const kind = PRONOUNS[pronoun];
    if (!kind) return null;
    const wantPerson = kind === "male" || kind === "female";
    let last = wantPerson ? this.lastSpeakerBefore(before) : null;
    if (last) {
      // Another person of that gender named since the last quotation breaks the chain.
      const at = this.speakers[this.speakerIndexBefore(before)].at;
      const since = this.mentionsIn(at, before);
      if (since.some((m) => m.entity !== last && m.entity.type === "person" && this.gender(m.entity) === kind))
        last = null;
    }
    // Score every compatible mention in the last few sentences: nearer is better, a known matching
    // gender, the latest speaker, the subject of a speech verb and a sentence's subject add weight.
    const scores = new Map<Entity, number>();
    const sentences = this.doc.sentences;
    let s = sentenceIndexBefore(this.doc, before);
    for (let distance = 0; s >= 0 && distance < 8; s--, distance++) {
      const sent = sentences[s];
      const found = this.mentionsIn(sent.start, Math.min(sent.end, before)).filter((m) => {
        if (this.quoted(m)) return false;
        if (!wantPerson) return kind === "plural" ? m.entity.type === "organization" : m.entity.type !== "person";
        if (m.entity.type !== "person") return false;
        const g = this.gender(m.entity);
        return g === null || g === kind;
      });
      found.forEach((m, k) => {
        let score = -1.5 * distance;
        if (wantPerson) score += this.gender(m.entity) === kind ? 2 : -0.5;
        if (m.entity === last) score += 2.5;
        if (this.speaksNext(m.end)) score += 1.5;
        if (k === 0) score += 0.5;
        if (!wantPerson) score -= 0.1 * (found.length - 1 - k); // nearest non-person first
        const prev = scores.get(m.entity);
        if (prev === undefined || score > prev) scores.set(m.entity, score);
      });
    }
    let best: Entity | null = null;
    let bestScore = -Infinity;
    for (const [entity, score] of scores)
      if (score > bestScore) {
        best = entity;
        bestScore = score;
      }
    return best;
  }

  /** Whether a speech verb follows within three words of `offset` ("Mr Abbott said", "Levy has told"). */
  private speaksNext(offset: number): boolean {
    let i = tokenAtOrAfter(this.doc, offset);
    for (let n = 0; n < 3 && i < this.doc.tokens.count; n++, i++) {
      const w = this.word(i);
      if (speechLemma(w)) return true;
      if (isPunct(w)) return false;
    }
    return false;
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
  private standsForSpeaker(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (SPOKES_NOUNS.has(this.word(i))) return true;
    return false;
  }

  /** A name in quotation marks ("the code name “David Smith”") is a label, not someone in the story. */
  private quoted(m: { start: number; end: number }): boolean {
    const t = this.doc.text;
    return QUOTE_MARKS.has(t.charCodeAt(m.start - 1)) && QUOTE_MARKS.has(t.charCodeAt(m.end));
  }

  /** The nearest pronoun or person named before token `end` in the sentence starting at token `first`. */
  nearestSubjectBefore(first: number, end: number, before: number): Speaker | null {
    const { doc } = this;
    const from = doc.tokens.start[first];
    const to = doc.tokens.start[end];
    const people = this.mentionsIn(from, to).filter((m) => m.entity.type === "person" && !this.quoted(m));
    const person = people[people.length - 1];
    for (let k = end - 1; k >= first; k--) {
      if (person && doc.tokens.start[k] < person.end) break;
      const w = this.word(k);
      if (w === "he" || w === "she") return this.resolvePhrase(k, k + 1, before);
    }
    if (!person) return null;
    return {
      entity: person.entity,
      name: null,
      mention: { start: person.start, end: person.end, text: doc.text.slice(person.start, person.end) },
    };
  }

  /** The first token after a dateline ("WASHINGTON (AP) —", "Washington (AFP) –", "BOSTON -", "WASHINGTON, Dec. 8 (UPI) —"). */
  afterDateline(first: number, limit: number): number {
    for (let k = first; k < Math.min(limit, first + 12); k++) {
      const w = this.word(k);
      if (w === "—" || w === "–" || w === "-" || w === "--") {
        const prev = k > first ? this.word(k - 1) : "";
        const capital = k > first && isUpperCode(this.doc.text.charCodeAt(this.doc.tokens.start[k - 1]));
        return prev === ")" || capital ? k + 1 : first;
      }
      if (!(
        isUpperCode(this.doc.text.charCodeAt(this.doc.tokens.start[k])) ||
        w === "(" ||
        w === ")" ||
        w === "," ||
        (k > first && (w === "." || /^\d{1,4}$/.test(w)))
      ))
        return first;
    }
    return first;
  }

  /** Tokens of a sentence's subject: the first noun phrase after any opening adverbial. */
  subjectSpan(first: number, limit: number): [number, number] | null {
    let k = this.afterDateline(first, limit);
    const w0 = this.word(k);
    if (LEADING_WORDS.has(w0) || w0.endsWith("ing")) {
      let c = k;
      while (c < limit && this.word(c) !== ",") c++;
      if (c < limit) k = c + 1;
    }
    while (k < limit && (this.word(k) === "but" || this.word(k) === "and" || this.word(k) === "however")) k++;
    if (k >= limit) return null;
    if (PRONOUNS[this.word(k)]) return [k, k + 1];
    const np = this.phraseStartingAt(k, limit);
    if (!np) return null;
    // The subject ends where its verb begins ("The Security Service issued …", "The FBI director has been …").
    let e = np[0] + 1;
    while (e < np[1] && !SUBJECT_ENDERS.has(this.word(e)) && !this.looksLikeVerb(e)) e++;
    return [np[0], e];
  }

  /** A lower-case word ending in -ed, or a speech verb: the verb after a subject. */
  private looksLikeVerb(i: number): boolean {
    const w = this.word(i);
    const c = this.doc.text.charCodeAt(this.doc.tokens.start[i]);
    if (c >= 65 && c <= 90) return false;
    return (w.length > 4 && w.endsWith("ed")) || speechLemma(w) !== null;
  }

  /** The subject of a sentence: its first noun phrase after any opening adverbial ("Reacting to X, China's embassy …"). */
  sentenceSubject(first: number, cue: number, before: number): Speaker | null {
    const np = this.subjectSpan(first, cue);
    if (!np) return null;
    return this.resolvePhrase(np[0], np[1], before);
  }

  /** The entity of the nearest mention before `before` that passes `accept`, within a few sentences. */
  private recentEntity(before: number, accept: (e: Entity) => boolean): Entity | null {
    let s = sentenceIndexBefore(this.doc, before);
    for (let looked = 0; s >= 0 && looked < 4; s--, looked++) {
      const sent = this.doc.sentences[s];
      const found = this.mentionsIn(sent.start, Math.min(sent.end, before)).filter((m) => accept(m.entity));
      if (found.length) return found[found.length - 1].entity;
    }
    return null;
  }

  /** "Both men said": the first named of the people in the nearest sentence naming two or more. */
  private firstOfGroup(before: number): Entity | null {
    let s = sentenceIndexBefore(this.doc, before);
    for (let looked = 0; s >= 0 && looked < 4; s--, looked++) {
      const sent = this.doc.sentences[s];
      const people = this.mentionsIn(sent.start, Math.min(sent.end, before)).filter((m) => m.entity.type === "person");
      const distinct = new Set(people.map((m) => m.entity.id));
      if (distinct.size >= 2) return people[0].entity;
    }
    return null;
  }

  /** Tokens of the subject noun phrase that ends just before token `cue` (exclusive), within [lo, cue). */
  subjectBefore(cue: number, lo: number): [number, number] | null {
    let j = cue - 1;
    while (
      j >= lo &&
      AUX_BEFORE_CUE.has(this.word(j)) &&
      !isUpperCode(this.doc.text.charCodeAt(this.doc.tokens.start[j]))
    )
      j--;
    if (j < lo) return null;
    if (this.word(j) === "and" || this.word(j) === "but") {
      // A coordinated verb ("… and said"): its subject is the sentence's.
      const first = this.doc.sentences[this.doc.tokens.sentence[cue]].firstToken;
      return this.subjectSpan(first, j);
    }
    if (this.word(j) === ",") {
      // "Frank Ferguson, head of the CPS's division, explained": skip the apposition.
      let k = j - 1;
      let steps = 0;
      while (k >= lo && this.word(k) !== "," && steps < 30) {
        k--;
        steps++;
      }
      if (k < lo || this.word(k) !== ",") return null;
      let np = this.phraseEndingAt(k, lo);
      // "Clinton, 35, the daughter of …, said": the age is one more apposition.
      if (
        np &&
        np[1] - np[0] === 1 &&
        /^\d{1,3}$/.test(this.word(np[0])) &&
        np[0] - 1 >= lo &&
        this.word(np[0] - 1) === ","
      )
        np = this.phraseEndingAt(np[0] - 1, lo);
      // "US Attorney for Massachusetts, Joshua S. Levy, said": here the name is the apposition.
      if (j - (k + 1) <= 6 && this.hasPerson(k + 1, j) && (!np || !this.hasPerson(np[0], np[1]))) return [k + 1, j];
      return np;
    }
    const np = this.phraseEndingAt(j + 1, lo);
    if (
      np &&
      np[0] - 1 >= lo &&
      this.word(np[0] - 1) === "," &&
      INDEFINITE.has(this.word(np[0])) &&
      !this.standsForSpeaker(np[0], np[1])
    ) {
      // "Stephen Nutt, an assistant commissioner with the AFP said": the description is an apposition.
      const named = this.phraseEndingAt(np[0] - 1, lo);
      if (named && this.hasPerson(named[0], named[1])) return named;
    }
    return np;
  }

  /** The noun phrase made of the tokens just before `end` (exclusive). */
  phraseEndingAt(end: number, lo: number): [number, number] | null {
    if (end - 1 >= lo && PRONOUNS[this.word(end - 1)]) return [end - 1, end]; // "hackers it says"
    if (end - 1 >= lo && this.word(end - 1) === ")") {
      // "The National Cyber Security Centre (NCSC), part of GCHQ, said": step over the bracket.
      let k = end - 2;
      while (k >= lo && this.word(k) !== "(" && end - k < 12) k--;
      if (k >= lo && this.word(k) === "(") return this.phraseEndingAt(k, lo);
    }
    let a = end;
    let n = 0;
    while (a - 1 >= lo && n < 9) {
      const w = this.word(a - 1);
      if (STOP_LEFT.has(w) || (isPunct(w) && !this.isAbbreviationDot(a - 1))) break;
      if (w === "and" && n > 0) {
        // "Mr Cash and Mr Berry said": a group; the first named speaks for both.
        const left = this.phraseEndingAt(a - 1, lo);
        if (left) return left;
        break;
      }
      a--;
      n++;
    }
    return a < end ? [a, end] : null;
  }

  /** A full stop glued to an initial or a title ("Joshua S. Levy", "Sen. Rick Scott"). */
  isAbbreviationDot(i: number): boolean {
    if (this.word(i) !== "." || i === 0) return false;
    const { doc } = this;
    if (doc.tokens.start[i] !== doc.tokens.end[i - 1]) return false;
    const prev = this.word(i - 1);
    return (prev.length === 1 && /[a-z]/.test(prev)) || TITLE_WORDS.has(prev);
  }

  /** The noun phrase right after token `from` ("said Dominic Murphy, head of …"). */
  phraseStartingAt(from: number, hi: number): [number, number] | null {
    let b = from;
    let n = 0;
    while (b < hi && n < 9) {
      const w = this.word(b);
      if (isPunct(w) && !this.isAbbreviationDot(b)) break;
      if (STOP_LEFT.has(w) || w === "on" || w === "in" || w === "at" || w === "to" || w === "after" || w === "during")
        break;
      b++;
      n++;
    }
    return b > from ? [from, b] : null;
  }
}

const AUX_BEFORE_CUE = new Set(
  "did does do has have had also later then previously earlier separately repeatedly once again further recently subsequently already would will could should may might just has has".split(
    " ",
  ),
);

export function isPunct(w: string): boolean {
  if (!w) return true;
  const c = w.charCodeAt(0);
  if (w === "'s" || w === "’s") return false;
  return w.length === 1 && !/[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

function sentenceIndexBefore(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start < offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function lastMentionBefore(e: Entity, before: number): number {
  let pos = -1;
  for (const m of e.mentions) if (m.start < before && m.start > pos) pos = m.start;
  return pos;
}
