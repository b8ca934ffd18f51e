// Who is speaking: turns the words around a cue ("Frank Ferguson, head of the CPS's …,
// explained", "said Dominic Murphy", "a Home Office spokesman said", "he added") into an entity of
// the document. Pronouns go to the nearest earlier person of the right gender, unnamed
// spokespeople to their body, and a noun phrase such as "the judge" to the person the document
// gives that title.

import type { Doc, SentenceSpan } from "../../core/doc.js";
import { isUpperCode, tokenAtOrAfter, sentenceOf } from "../../core/doc.js";
import type { Entity, TextSpan } from "../../core/schema.js";
import { speechLemma } from "./cues.js";
import { isFiniteVerbForm, isIngOpener, isParticipleForm } from "./verb-forms.js";
import { COUNTRY_NAMES } from "../entities/gazetteer.js";
import { isStateName } from "../entities/states.js";
import {
  ADDRESS_TITLES,
  CLOSED_CLASS,
  COUNTRY_OF_ADJECTIVE,
  INTRODUCTORY_WORDS,
  ROLE_TITLES,
} from "../entities/lexicon.js";
import { DescriptionResolver, type Speaker } from "./descriptions.js";
import { calendarWordNoName } from "./mentions.js";
import { NEGATED_AUXILIARY, NOT_PHRASE_ENDERS, POSSESSIVES, SENTENCE_ADVERBS } from "./phrases.js";
import { NUMBER_WORDS } from "../time/lexicon.js";
import { nounGender } from "../entities/gender.js";
import { commonWordNoName } from "../entities/names.js";
import { PERSON_NOUNS } from "../roles/index.js";
import thingNouns from "../../lexicon/thing-nouns.json" with { type: "json" };
import {
  AGENT_NOUNS,
  AUX_BEFORE_CUE,
  BODY_GROUPS,
  CONTRACTING_PRONOUNS,
  DETERMINERS,
  FINITE_HINTS,
  FRONTED_PREPOSITIONS,
  INDEFINITES,
  RELATIVES,
  GROUP_BODY_KIND,
  GROUP_NOUNS,
  INDEFINITE,
  ING_PREPOSITIONS,
  INVERTING_LEMMAS,
  isLyAdverb,
  lastMentionBefore,
  type IndexedMention,
  isPunct,
  NOMINAL_KIND,
  ORG_NOMINALS,
  PARTY,
  PERSON_FIRST_NOUNS,
  singularOf,
  PREPOSITIONS,
  QUOTE_MARKS,
  PRONOUNS,
  ROLE_HEADS,
  TITLE_WORDS,
  sentenceIndexBefore,
  SPOKES_NOUNS,
  MANNER_NOUNS,
  MONTHS,
  TIME_NOUNS,
  WEEKDAYS,
} from "./speaker-words.js";

export { isPunct } from "./speaker-words.js";

/** Title words that modify a role rather than name one ("former", "acting", "shadow", "state"). */
const ROLE_MODIFIERS = new Set(
  "the a an former acting shadow foreign home prime us u.s. uk u.k. state federal district assistant st deputy".split(
    " ",
  ),
);
/** Adverbs of frequency and duration that stand between a subject and its verb ("often says", "has long argued"). */
const FREQUENCY_ADVERBS = new Set("often always usually sometimes long ever even".split(" "));
/** Adverbs of degree before an adjective ("more likely", "so keen", "too quick"). */
const DEGREE_ADVERBS = new Set("more most less least so too very quite rather all not".split(" "));
const NOT_PHRASE_OPENERS = new Set("whether though although because unless".split(" "));
/** A third-person pronoun fused with a contracted auxiliary: "she’d", "they'll", "they've", "he’d". */
const CONTRACTED_PRONOUN = /^(he|she|it|they)['’](?:d|ll|ve|re)$/;
const BE_FORMS_BEFORE = new Set(["is", "are", "was", "were", "be", "been"]);
const HAVE_FORMS = new Set(["has", "have", "had"]);
/** Prepositions that open a stretch of time ("in the past", "over the years", "for decades"). */
const DURATION_PREPOSITIONS = new Set(["in", "over", "for", "during", "throughout"]);
/** Words between such a preposition and its time noun ("the past two", "recent", "several"). */
const SPAN_MODIFIERS = new Set(
  "past last recent few several many two three four five six seven eight nine ten".split(" "),
);
/** Units of a span of time counted back from now ("two days ago", "a few months ago"). */
const AGO_UNITS = new Set("second minute hour day week fortnight month year decade century".split(" "));
/** Words that count such units or hedge the count ("less than a", "just over two", "a few"). */
const AGO_COUNTS = new Set(
  "few couple of less more than about nearly almost around just only some over under".split(" "),
);

/** Object pronouns: "told them to", "asked him to" (the one asked does what the infinitive says). */
const OBJECT_PRONOUNS = new Set(["him", "them", "us", "me", "you"]);
/** The subject pronouns of the speaker and the hearer, which `PRONOUNS` leaves out. */
const FIRST_PERSONS = new Set(["i", "we", "you"]);
/** Words that open a time adjunct before a time noun or a date ("on Monday", "last week", "this month"). */
const TIME_OPENERS = new Set("on last this next early late that by".split(" "));
/** Prepositions and time words that open a sentence's adverbial ("In an interview …", "Last week …"). */
const OPENING_PREPOSITIONS = new Set("in on at during following despite since last early late".split(" "));
/** A count written as digits ("12", "2.5", "40%") or a number word ("three"). */
function isCount(w: string): boolean {
  return /^\d[\d.,]*%?$/.test(w) || NUMBER_WORDS.has(w);
}

/** Words of a short time adjunct between a relative "who" and its cue ("who in 2010 said", "who last week told"). */
const TIME_ADJUNCT_WORDS = new Set("in on at last this earlier later then once previously recently also".split(" "));

/** Nouns that WordNet gives a sense naming a person, unless their most frequent sense is a thing ("ally", not "card"). */
const THING_FIRST: ReadonlySet<string> = new Set(thingNouns.words);
const isPersonNoun = (w: string) => PERSON_NOUNS.has(w) && !THING_FIRST.has(w);
const isPersonRole = (w: string) =>
  ROLE_HEADS.has(w) || PERSON_ROLES.has(w) || AGENT_NOUNS.has(w) || (TITLE_WORDS.has(w) && !ROLE_MODIFIERS.has(w));
/**
 * Officers of a court or an inquest, who preside over or bring a case rather than stand in it:
 * "Ann Roe was charged with fraud. “…,” the judge said" names someone the text never introduced
 * (the speaker stays unnamed) unless somebody was given that title ("Judge Tim Vale").
 */
const OFFICERS = new Set([
  "judge",
  "justice",
  "magistrate",
  "coroner",
  "prosecutor",
  "juror",
  "jury",
  "registrar",
  "clerk",
]);
/** Nouns of a share of a group ("60 percent of", "half of", "a majority of"): a closed class of English. */
const SHARE_NOUNS = new Set(
  "percent cent percentage half third thirds quarter quarters majority majorities minority plurality share proportion fraction".split(
    " ",
  ),
);
/** Adjectives that follow the role they qualify: "the minister responsible for the railways". */
const POSTPOSITIVE = new Set(["responsible"]);
/** The dashes that set a phrase off (a hyphen written alone, an en or em dash, two hyphens). */
export const DASHES: ReadonlySet<string> = new Set(["-", "—", "–", "--"]);
/** Verbs whose object does what the infinitive after it says: "forced Roe to admit". */
const CAUSATIVES = new Set(
  "forced forces compelled compels prompted prompts led leads caused causes got gets drove drives pushed pushes".split(
    " ",
  ),
);
const RELATIVE_PRONOUNS = new Set(["who", "whom", "whose", "which"]);
/** Words that open a relative clause right before its subject ("the plan which he said …", "a board that she said …"). */
const RELATIVE_OPENERS = new Set(["that", ...RELATIVE_PRONOUNS]);
/** How many tokens back from a participle cue its clause's coordinated subject is looked for. */
const PARTICIPLE_REACH = 24;
/** Modals and the adverb of focus that stand between a subject and its verb ("can", "only"). */
const TRAILING_AUXILIARIES = new Set("can cannot must shall only".split(" "));
/** Quantifiers floated after a subject before its verb ("have both argued", "all agreed"). */
const FLOATED_QUANTIFIERS = new Set(["both", "all", "each"]);
/**
 * Words that open a clause or a free relative inside a phrase read back from a verb: the subject of
 * that verb follows the last of them ("since the mayor", "what Tom Vale", "as the Courier").
 */
const PHRASE_CLAUSE_OPENERS = new Set(
  "as since what when while if because than like unless where once until".split(" "),
);
/**
 * Conjunctions that open an adverbial clause with a subject of its own ("when the mayor spoke",
 * "because Ann Roe left"); those that are prepositions as often ("as", "after", "since": "said
 * after the vote there would be …") are left out.
 */
const CLAUSE_SUBORDINATORS = new Set("when while because once unless although though whereas if".split(" "));
/** Prepositions a noun phrase never ends on ("to", "by", "about"): a phrase ending so was cut from a clause. */
const PHRASE_FINAL_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  ..."by about over under into onto through without within against toward towards upon among".split(" "),
]);
const HAS_BE = new Set([...BE_FORMS_BEFORE, "has", "have", "had"]);
const PREPOSITIONS_BEFORE_WHICH = new Set(["in", "of", "for", "with", "to", "by", "from", "on", "at"]);
/** Verbs of citation whose object speaks through "as" and a participle: "quoted Ann Roe as saying". */
const CITING = new Set("quoted quotes quoting cited cites citing".split(" "));
const PERSON_ROLES = new Set([...ADDRESS_TITLES, ...ROLE_TITLES].filter((w) => !SPOKES_NOUNS.has(w)));

export type { Speaker };

/** Subordinators that open a subjectless clause before a participle: "Since announcing …,", "After saying …,". */
const ADJUNCT_OPENERS = new Set("after before since while upon on by despite without when".split(" "));
/** Prepositions of several words that open an adjunct with a gerund: "in addition to saying" ("instead of saying" denies the saying). */
const COMPLEX_PREPOSITIONS = new Set(["in addition to", "apart from", "as well as"]);
/** Lower-case words that may stand before a titled name: "former Mayor Tom Vale", "then Senator Ann Roe". */
const TITLE_LEADS = new Set(["former", "then", "the", "late"]);
/** Nouns for a body that say nothing of its kind: "the company", "the group". */
const ANY_KIND = new Set(["company", "firm", "group", "business"]);

/** Verbs whose subject is a document's recipient, not its issuer: "received a letter" (a closed class). */
const RECEIVING = new Set(
  "received receives receive got gets obtained obtains opened opens read reviewed saw sees".split(" "),
);

/** Documents that "say" what their issuer wrote: "the statement said", "the letter read". */
const DOCUMENT_NOUNS = new Set([
  "statement",
  "letter",
  "email",
  "memo",
  "filing",
  "lawsuit",
  "complaint",
  "ruling",
  "report",
]);

/** Nouns for one member of a political party (a closed class): "the Ohio Democrat", "the Tory". */
const PARTY_MEMBERS = new Set([
  "republican",
  "democrat",
  "tory",
  "conservative",
  "liberal",
  "socialist",
  "libertarian",
]);

/** Prepositions whose place object modifies the noun before them ("delegates in Dover"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "outside", "across"]);
/**
 * Words in "-ing" after a subject's comma that the appositions read, not a participle clause: a
 * preposition ("including Ann Roe", "according to") or a source the subject relays ("quoting Ann
 * Roe", "citing").
 */
const ING_BEFORE_APPOSITION = new Set([...ING_PREPOSITIONS, "quoting", "citing"]);
/** A speaker the phrase `mention` describes without naming anyone. */
const nobody = (mention: TextSpan): Speaker => ({ entity: null, name: null, mention });
/** Words before "to", "with" … that tie an unnamed group to someone it is not ("people close to Ann Roe"). */
const ACQUAINTED = new Set(["close", "familiar", "aware", "briefed", "knowledgeable", "near", "loyal", "sympathetic"]);
/** Prepositions whose object is the one words are addressed to or said of ("a message to Ann Roe:"). */
const HEARER_PREPOSITIONS = new Set(["to", "for", "with", "at", "against", "about", "toward", "towards"]);
/** The prepositions before a town in an address after a name or a noun ("Ann Kell of Dayton, Ohio"). */
const ADDRESS_PREPOSITIONS = new Set(["of", "from", "in"]);

/** The nouns for a spokesperson, any of which may take up another. */
const SPOKES_FAMILY = new Set(["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"]);

/**
 * The nouns a description with head noun `head` takes up: "the aide" an aide introduced before;
 * "the spokeswoman" may be "a spokesman" of the same body.
 */
function takesUp(head: string): (word: string) => boolean {
  return (w) => w === head || (SPOKES_FAMILY.has(w) && SPOKES_FAMILY.has(head));
}

/** Nouns for one who speaks for a body. */
const SPOKES_PERSON = new Set([...SPOKES_FAMILY, "representative", "aide", "staffer"]);

/** Bodies with a voice of their own, whoever owns or oversees them ("the UN's weather agency"). */
const OWN_BODIES = new Set(
  "agency regulator watchdog court university hospital union bank company firm newspaper paper broadcaster network charity trust".split(
    " ",
  ),
);

/** Words between a comma and the infinitive cue they lead ("as if to say", "only to tell", "so as to deny"). */
const INFINITIVE_LEADS = new Set(["as", "if", "though", "only", "so", "in", "order", "then"]);

/** Adverbs of the closed class that also modify a noun phrase ("More voters say", "Such critics argue"). */
const NOUN_MODIFYING_ADVERBS = new Set(["more", "such", "very", "much", "enough", "less", "most"]);
/** Adverbs of the closed class that round a count or amount: "about the same number", "almost all". */
const APPROXIMATORS = new Set(["about", "almost", "around"]);
/** Words that may stand before a speaker's phrase without being part of it: coordinating conjunctions, focusing adverbs, "although", "what". */
const PHRASE_PRECEDERS = new Set("and but or nor yet so even only just also although though what which".split(" "));

export class SpeakerResolver extends DescriptionResolver {
  constructor(doc: Doc, entities: Entity[]) {
    super(doc, entities);
  }

  /**
   * The speaker named by the noun phrase over tokens [from, to): a name, a pronoun, a
   * spokesperson of a body, a title. `before` is where resolution of pronouns looks back from.
   */
  resolvePhrase(from: number, to: number, before: number): Speaker | null {
    const speaker = this.resolveWords(from, to, before);
    return speaker && this.placeInside(speaker) ? { ...speaker, entity: null } : speaker;
  }

  /**
   * The speaker of the phrase over tokens [np[0], np[1]) after an inverted cue, or of the person's
   * name set in apposition after it ('…, said the Justice Secretary, Ann Roe, on Sunday', '“…,”
   * said Roe's lawyer, Tim Vale.'), which renames a description (a phrase opening with a lower-case
   * word, or naming no one) when it closes the sentence or only adjuncts follow it.
   */
  invertedSpeaker(np: [number, number], hi: number, before: number): Speaker | null {
    const own = this.resolvePhrase(np[0], np[1], before);
    const comma = this.descriptionComma(np, hi);
    if (this.word(comma) !== "," || (this.capital(np[0]) && own?.entity)) return own;
    const name = this.phraseStartingAt(comma + 1, hi);
    if (!name || !this.capital(name[0])) return own;
    if (name[1] < hi && !/^[.!?,]$/.test(this.word(name[1]))) return own;
    // ("said a neighbour, Tom Vale, 19, was arrested": a verb after the name makes it a subject;
    // not one of a relative clause describing it, "Tom Vale, who ran for mayor".)
    for (let k = name[1]; k < hi && !RELATIVES.has(this.word(k)); k++) if (isFiniteVerbForm(this.word(k))) return own;
    const named = this.resolvePhrase(name[0], name[1], before);
    return named?.entity?.type === "person" ? named : own;
  }

  /**
   * The agent of a past participle at token `cue` followed by "by": a reduced passive relative
   * clause ('The “golden era” declared by Tom Vale in 2015 has soured', 'the plan, described by
   * Ann Roe as “a disaster”,'), whose agent speaks. The person or body named at the start of the
   * phrase after "by", its mention the name alone; null when that phrase names no one ("said by
   * phone") or the cue is no participle.
   */
  passiveAgent(cue: number, hi: number, before: number): Speaker | null {
    const w = this.word(cue);
    // ("measures added by the Senate": "add" in the passive puts in, and says nothing.)
    if (this.word(cue + 1) !== "by" || !isParticipleForm(w) || w.endsWith("ing") || w === "added") return null;
    const np = this.phraseStartingAt(cue + 2, hi);
    if (!np) return null;
    const named = this.mentionsIn(this.doc.tokens.start[np[0]], this.doc.tokens.end[np[1] - 1])[0];
    if (!named || named.entity.type === "location") return null;
    const end = tokenAtOrAfter(this.doc, named.end);
    for (let k = np[0]; k < end; k++) if (!this.capital(k) && !TITLE_LEADS.has(this.word(k))) return null;
    return this.resolvePhrase(np[0], end, before);
  }

  /**
   * The token after the phrase `np` read after an inverted cue, past the prepositional phrases of a
   * description ('“…,” said an old friend from college, Tom Vale.', 'said a neighbour on Marsh
   * Lane, Ann Roe'): the comma that may open the apposition naming who is described, when no
   * verb, relative or other punctuation comes first; `np[1]` otherwise.
   */
  private descriptionComma(np: [number, number], hi: number): number {
    if (this.capital(np[0]) || !PREPOSITIONS.has(this.word(np[1]))) return np[1];
    for (let k = np[1] + 1; k < hi && k - np[1] <= 8; k++) {
      const w = this.word(k);
      if (w === ",") return k;
      if ((isPunct(w) && !this.isAbbreviationDot(k)) || isFiniteVerbForm(w) || RELATIVES.has(w)) break;
    }
    return np[1];
  }

  /**
   * Whether a speaker is a town, region or state named inside a longer phrase: "a woman in
   * Dover", "exit polls in Ohio", "the Ohio senator", "the campaign of the former senator from
   * Ohio". Such a place modifies the one who speaks and is not them; a country can stand for its
   * government ("Chinese officials", shared/eval/ANNOTATION.md), so can any place for its officials,
   * and a place that is the whole phrase ("Ohio said") is left as read.
   */
  private placeInside(speaker: Speaker): boolean {
    const { entity, mention } = speaker;
    if (entity?.type !== "location" || !mention || COUNTRY_NAMES.has(entity.name)) return false;
    const own = this.mentionsIn(mention.start, mention.end).filter((m) => m.entity === entity);
    // "the Vexan embassy in Corlo", "the aid office in Corlo": a building "in" a town (a noun whose
    // most frequent WordNet sense is a thing) is where the body that speaks sits; the town is not
    // that body (unlike "officials in Corlo", its people).
    const housed = own.some((m) => {
      const head = /(\p{Ll}+)\s+in\s+(?:the\s+)?$/u.exec(this.doc.text.slice(mention.start, m.start))?.[1];
      return head !== undefined && THING_FIRST.has(head);
    });
    if (housed) return true;
    // "Ohio officials", "the city's spokesman": a place's government or its voice is the place.
    if (
      mention.text
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .some((w) => SPOKES_NOUNS.has(w))
    )
      return false;
    const bare = (text: string) => text.replace(/^the\s+/i, "");
    return own.length > 0 && own.every((m) => bare(this.doc.text.slice(m.start, m.end)) !== bare(mention.text));
  }

  /**
   * Token `k` is a preposition, conjunction or adverb of the closed class that opens its sentence
   * before a capitalised word ("Then Ann Roe said", "Now Vexa says", "From Tom Vale, writing in the
   * Courier: …"): capitalised only by its place, it is no part of the name after it. So too before a
   * determiner or "someone" ("Now the mayor says", "Then someone asked"), where it opens the clause,
   * not the noun phrase (not "About the same number said", whose adverb counts the subject).
   */
  private openingAdverb(k: number): boolean {
    const w = this.word(k);
    if (!CLOSED_CLASS.has(w) || NOUN_MODIFYING_ADVERBS.has(w)) return false;
    if (k !== sentenceOf(this.doc, k).firstToken) return false;
    const next = this.word(k + 1);
    if (this.capital(k + 1)) return true;
    return !APPROXIMATORS.has(w) && (DETERMINERS.has(next) || /^some(?:one|body)$/.test(next));
  }

  /**
   * "“It is a start,” the mother of three said": a person noun, then "of" and a bare number, counts
   * what the person has (children, most often); it describes the speaker as the noun alone would,
   * and names no one else's relative ("the mother" may be someone's; "the mother of three" is the
   * one the passage is about).
   */
  private countsKin(from: number, to: number): boolean {
    return (
      to - from > 3 &&
      this.word(to - 2) === "of" &&
      isCount(this.word(to - 1)) &&
      PERSON_FIRST_NOUNS.has(this.word(to - 3))
    );
  }

  /** `resolveWords` of a phrase that `countsKin`: the noun phrase before "of", read as nobody's relative. */
  private resolveCounted(from: number, to: number, before: number): Speaker | null {
    const own = this.resolveWords(from, to - 2, before, true);
    if (!own) return null;
    const start = this.doc.tokens.start[from];
    const end = this.doc.tokens.end[to - 1];
    const words = own.mention ? own.mention.text.toLowerCase().split(/\s+/) : [];
    const entity =
      own.entity ?? (own.mention ? this.epithetOf(words, true, Math.min(before, start), false, true) : null);
    return { ...own, entity, mention: { start, end, text: this.doc.text.slice(start, end) } };
  }

  /** `resolvePhrase` before the check of `placeInside`. */
  private resolveWords(from: number, to: number, before: number, counted = false): Speaker | null {
    const core = this.nounPhraseCore(from, to);
    if (!core) return null;
    [from, to] = core;
    if (this.countsKin(from, to)) return this.resolveCounted(from, to, before);
    const p = this.readPhrase(from, to);
    const { words, span, headWords, headMentions, inside, hasSpokes } = p;
    // ('Ann Roe said she’d asked …': a pronoun fused with its auxiliary is the pronoun.)
    const pronoun = to - from === 1 ? (CONTRACTED_PRONOUN.exec(words[0])?.[1] ?? words[0]) : null;
    if (pronoun !== null && PRONOUNS[pronoun]) {
      // A pronoun stands for someone named before it, not for the one it speaks to before the
      // quotation ('He told the host, Tim Vale: “…”' is not Vale's).
      const entity =
        this.cataphoricSubject(pronoun, from) ?? this.resolvePronoun(pronoun, Math.min(before, span.start));
      return { entity, name: null, mention: span };
    }
    // "Ann Roe and Tim Holt": people named together speak through the first named (`namedTogether`).
    // "China's envoy to the talks, Wu Min": a person's name set after a comma at the phrase's end
    // renames the whole phrase, whatever its head and the places after it.
    const last = p.all[p.all.length - 1];
    const renames = last?.entity.type === "person" && last.end === span.end;
    const named =
      this.namedTogether(p.all, span) ??
      (renames && /,\s*$/.test(this.doc.text.slice(span.start, last.start)) ? last.entity : null);
    if (named) return { entity: named, name: null, mention: span };
    const head = headWords[headWords.length - 1];
    // "Sixty percent of Harbour Party voters", "six in 10 Republicans", "a majority of the board":
    // a share of a group, as a poll or a count gives it, is some of its people, never the body.
    if (this.shareOfGroup(from, words, headWords)) return nobody(span);
    // "Mr Cash's lawyer" is not Mr Cash; "US Attorney Breon Peace" is Breon Peace.
    if (AGENT_NOUNS.has(head) && !counted) {
      // "Ann Roe, a lawyer for Tom Vale, … “…,” the lawyer said": a definite description with no
      // owner points back to the person the text gave that role.
      const owned = words.some((w) => w === "'s" || w === "’s" || POSSESSIVES.has(w)) || inside.length > 0;
      // (A plural, "the friends", is a group.)
      const definite = words[0] === "the" && !owned && !head.endsWith("s");
      const titled = definite ? this.resolveTitle(headWords, before) : null;
      // ("A lawyer for Tom Vale, Ann Roe, said …. “…,” the lawyer added": or the one whose words as
      // a speaker held the noun, when the description is the bare noun; "the defence lawyer" may
      // be another.)
      const bare = definite && !titled && words.length === 2;
      const described = bare ? this.describedBefore((w) => w === head, Math.min(before, span.start)) : null;
      return { entity: titled ?? described?.entity ?? null, name: null, mention: span };
    }
    if (ORG_NOMINALS.has(head) && words[0] !== "a" && inside.every((m) => m.entity.type === "location")) {
      // "the Scottish newspaper", "the paper": the body of that kind the text named, not the place.
      // ("the editorial board writes": the paper's board, not another board the text named.)
      const kind = words.includes("editorial") ? NOMINAL_KIND.editorial : NOMINAL_KIND[head];
      // ("Harbour Star newspaper said" with no determiner: a name the entity layer did not take up
      // names a body of its own, never the last newspaper named.)
      if (kind && !inside.length && !DETERMINERS.has(words[0]) && this.capital(from)) return nobody(span);
      // (A nominal of no particular kind, "the group", "the firm", is the body that spoke last
      // before it is the body named last: not a broadcaster the body spoke to.)
      // ("Vexa said …. The Tarrow Fund, in a review, came to the same view. …, the group said": a
      // body made a sentence's subject since then comes first.)
      const lastEntry = kind ? null : this.lastAnySpeakerEntry(before, (e) => e.type === "organization");
      const last = lastEntry
        ? (this.subjectSince(lastEntry.at, before, lastEntry.entity, "organization") ?? lastEntry.entity)
        : null;
      const ofKind = (e: Entity) =>
        e.type === "organization" && (kind ? kind.test(e.name) || this.introducedAs(e, kind) : !PARTY.test(e.name));
      const body =
        (kind ? null : this.bodyNamedBy(words, before)) ??
        (last?.type === "organization" && !PARTY.test(last.name) ? last : null) ??
        this.recentEntity(before, ofKind) ??
        // ("“Officers of the Vale Police found the boy,” the force said": a body of the kind named
        // only in the words credited to the description names itself.)
        (kind && span.start > before ? this.recentEntity(span.start, ofKind) : null);
      if (body) return { entity: body, name: null, mention: span };
      // "the council" with no council named: nobody (not "Councillor Adeyemi" by her title).
      if (!inside.length) return nobody(span);
    }
    const lastPossessive = Math.max(headWords.lastIndexOf("'s"), headWords.lastIndexOf("’s"));
    if (lastPossessive >= 0 && from + lastPossessive + 1 < to) {
      const possessed = this.possessedSpeaker(p, from, lastPossessive, before);
      if (possessed) return { entity: possessed, name: null, mention: span };
      // "the UN's weather agency", "the city's main hospital": a body of its own that the possessor
      // owns or oversees speaks for itself, and the text did not name it here.
      if (OWN_BODIES.has(head) && !this.capital(from + headWords.length - 1)) return nobody(span);
    }
    // "Home Office press secretary Tom Lee": a name closing the head is the speaker, not the body.
    const closing = headMentions[headMentions.length - 1];
    if (hasSpokes && closing?.entity.type === "person" && closing.end === p.headEnd)
      return { entity: closing.entity, name: null, mention: span };
    // "Tom Vale sent a letter to the board. “…,” the letter said": a document speaks for whoever
    // issued it, named with the noun's last mention before.
    // (Unless someone was quoted since the document was named: "Ann Roe said in a statement …. The
    // ministry reported …. “…,” the statement said" is the ministry's, who spoke last.)
    const issuer =
      words[0] === "the" && DOCUMENT_NOUNS.has(head) && !inside.length
        ? this.issuerOf(head, Math.min(span.start, before))
        : null;
    if (issuer) {
      const last = this.lastAnySpeakerEntry(before);
      return { entity: last && last.at > issuer.at ? last.entity : issuer.entity, name: null, mention: span };
    }
    // "The government said": a country's government is the country (ANNOTATION.md): the country the
    // sentences before have named most (the latest of those named as often; not one its own
    // sentence names, which may be what it reports).
    if (words.length === 2 && words[0] === "the" && head === "government") {
      const counts = new Map<Entity, number>();
      let country: Entity | null = null;
      const sentence = sentenceOf(this.doc, from);
      for (const m of this.mentionsIn(0, sentence.start)) {
        if (m.entity.type !== "location" || !COUNTRY_NAMES.has(m.entity.name)) continue;
        const n = (counts.get(m.entity) ?? 0) + 1;
        counts.set(m.entity, n);
        if (!country || n >= (counts.get(country) ?? 0)) country = m.entity;
      }
      if (country) return { entity: country, name: null, mention: span };
    }
    // "People close to Ann Roe", "officials familiar with Vexa's plans": an unnamed group the text
    // ties to someone only by knowing them or their affairs speaks for itself, not for them.
    if (!headMentions.length && headWords.length >= 2 && ACQUAINTED.has(headWords.at(-1)!)) return nobody(span);
    if (hasSpokes) return this.resolveSpokesperson(from, to, words, headWords, inside, before);
    if (this.unnamedIndividual(from, words)) return nobody(span);
    return this.resolveHead(p, from, to, before);
  }

  /**
   * The noun phrase that ends tokens [from, to), a phrase read back from a verb of saying, when the
   * reading crossed what no noun phrase holds: the auxiliaries and adverbs before the verb ("the
   * mayor could only say", "Ann Roe and Tom Vale have both argued" are who spoke), a subordinator or
   * free relative inside it ("years since the mayor announced", "under what Tom Vale called", "as the
   * Courier reported": who follows it). Null when what is left names no speaker: the subject of a
   * passive ("the clerk was told": the clerk heard it), a phrase that ends on an infinitive's "to" or
   * a preposition ("I want to tell", "interrupted me to announce"), a lone lower-case -ing word.
   */
  private nounPhraseCore(from: number, to: number): [number, number] | null {
    // "In June, a survey asked …": a prepositional phrase that opens the sentence and ends at a comma
    // is its adverbial (not "Outside experts say", "At least half say").
    const opens = from === sentenceOf(this.doc, from).firstToken && this.capital(from);
    if (opens && FRONTED_PREPOSITIONS.has(this.word(from)) && this.word(to) === ",") return null;
    while (to - from > 1 && !this.capital(to - 1)) {
      const w = this.word(to - 1);
      if (BE_FORMS_BEFORE.has(w)) {
        // "is claiming" is the subject's own; "was told", "could be said" make it the one spoken to or of.
        if (!/^[a-z]{2,}ing$/.test(this.word(to))) return null;
      } else if (
        !TRAILING_AUXILIARIES.has(w) &&
        !FLOATED_QUANTIFIERS.has(w) &&
        !AUX_BEFORE_CUE.has(w) &&
        !NEGATED_AUXILIARY.test(w) &&
        !isLyAdverb(w)
      )
        break;
      to--;
    }
    for (let k = to - 2; k >= from; k--)
      if (!this.capital(k) && PHRASE_CLAUSE_OPENERS.has(this.word(k))) {
        from = k + 1;
        break;
      }
    const last = this.word(to - 1);
    if (!this.capital(to - 1) && (PHRASE_FINAL_PREPOSITIONS.has(last) || PHRASE_CLAUSE_OPENERS.has(last))) return null;
    // (What is left of "have both", "could only": no one.)
    if (
      to - from === 1 &&
      !this.capital(from) &&
      (HAS_BE.has(last) || TRAILING_AUXILIARIES.has(last) || AUX_BEFORE_CUE.has(last) || NEGATED_AUXILIARY.test(last))
    )
      return null;
    if (to - from === 1 && !this.capital(from) && /^[a-z]{2,}ing$/.test(this.word(from))) return null;
    // "of the Treasury's Office of Foreign Assets Control": a phrase cut short inside a longer name.
    if (to - from > 1 && PREPOSITIONS.has(this.word(from)) && !this.capital(from)) from++;
    // "And Ann Roe said", "Even the mayor says", "what Tom Vale calls": a conjunction, a focusing
    // adverb or a free relative's "what" before the phrase is no part of who speaks.
    while (to - from > 1 && (PHRASE_PRECEDERS.has(this.word(from)) || this.openingAdverb(from))) from++;
    return from < to && this.nounPhraseShaped(from, to) ? [from, to] : null;
  }

  /** The words of tokens [from, to), its head (before any preposition) and the mentions in each and in the whole. */
  private readPhrase(from: number, to: number) {
    const { doc } = this;
    const start = doc.tokens.start[from];
    const end = doc.tokens.end[to - 1];
    const words: string[] = [];
    for (let i = from; i < to; i++) words.push(this.word(i));
    const span: TextSpan = { start, end, text: doc.text.slice(start, end) };
    // The head of "China's embassy in Britain" is before the preposition; the body a spokesman
    // speaks for may follow it ("a spokesman for the Home Office"); so does the body a role is
    // "responsible for".
    const prep = words.findIndex((w, k) => k > 0 && (PREPOSITIONS.has(w) || POSTPOSITIVE.has(w)));
    const headEnd = prep > 0 ? doc.tokens.start[from + prep] : end;
    const headWords = prep > 0 ? words.slice(0, prep) : words;
    const all = this.mentionsIn(start, end);
    const headMentions = this.mentionsIn(start, headEnd);
    const hasSpokes = headWords.some((w) => SPOKES_NOUNS.has(w));
    // ("A Dover-based spokesman for the Harbour Board": a name glued to "-based" before the head
    // only modifies it; the body is after the preposition.)
    const inside =
      hasSpokes && headMentions.every((m) => this.glued(m)) ? all : headMentions.length ? headMentions : all;
    return { words, span, headEnd, headWords, headMentions, inside, hasSpokes, all };
  }

  /**
   * The first of two or more people whose names make up the whole phrase `span`, joined by "and",
   * "&" or commas ("Ann Roe and Tim Holt", "Roe and Holt"), or null: people named together speak
   * as one, through the first named (shared/eval/ANNOTATION.md: "both men said").
   */
  private namedTogether(all: IndexedMention[], span: TextSpan): Entity | null {
    if (all.length < 2 || all[0].start !== span.start || all[all.length - 1].end !== span.end) return null;
    const entities = new Set<Entity>();
    // (Each mention ends with its person's surname: "David and Jeanne Heidler" share one, and
    // "David" alone names no one of them.)
    const lastWord = (t: string) => t.split(/\s+/).pop();
    for (let i = 0; i < all.length; i++) {
      if (all[i].entity.type !== "person") return null;
      if (lastWord(this.doc.text.slice(all[i].start, all[i].end)) !== lastWord(all[i].entity.name)) return null;
      entities.add(all[i].entity);
      if (i > 0 && !/^\s*(?:,\s*)?(?:and|&)?\s*$/.test(this.doc.text.slice(all[i - 1].end, all[i].start))) return null;
      if (i > 0 && all[i].start < all[i - 1].end) return null;
    }
    return entities.size >= 2 ? all[0].entity : null;
  }

  /**
   * Whether `person`, named in phrase `p` before its head, describes others than that person:
   * "Vale supporters", "many Roe voters" (a person's name before a plural noun names a group of
   * other people); before a singular noun for a person, one other person ("a longtime Roe ally",
   * "one senior Vale adviser", "Roe's oldest friend"), whom the phrase does not name. (Not "Tom
   * Vale and other council leaders", of whom the first named speaks.)
   */
  private namesOthers(p: ReturnType<SpeakerResolver["readPhrase"]>, person: IndexedMention, from: number): boolean {
    const headAt = from + p.headWords.length - 1;
    const head = p.headWords[p.headWords.length - 1];
    const singular = singularOf(head);
    const between = this.doc.text.slice(person.end, p.headEnd);
    return (
      person.end <= this.doc.tokens.start[headAt] &&
      !this.capital(headAt) &&
      (singular !== null ? PERSON_FIRST_NOUNS.has(singular) : isPersonNoun(head) && !between.includes(",")) &&
      !/\b(?:and|nor|or)\b/.test(between)
    );
  }

  /**
   * The first of the people named together with `person` by "and", "&" or commas, each with its
   * own title or label ("Mayor Tom Vale and Senator Ann Roe", "Labour's Vale and Tory Roe"), or
   * `person` itself: people named together speak through the first named (ANNOTATION.md), as in
   * `namedTogether`, which takes only a phrase of bare names. A name inside another's mention
   * ("Ann Roe" in "Senator Ann Roe") is that mention.
   */
  private firstJoined(inside: IndexedMention[], person: IndexedMention): IndexedMention {
    const outer = inside.filter((m) => !inside.some((o) => o !== m && o.start <= m.start && o.end >= m.end));
    let at = outer.findIndex((o) => o.start <= person.start && o.end >= person.end);
    if (at < 0) return person;
    // (Each name ends with its person's surname: "David" in "David and Jeanne Heidler" may be
    // another David.)
    const surnamed = (m: IndexedMention) =>
      this.doc.text.slice(m.start, m.end).split(/\s+/).pop() === m.entity.name.split(/\s+/).pop();
    while (at > 0 && outer[at - 1].entity.type === "person" && outer[at - 1].entity !== outer[at].entity) {
      if (!surnamed(outer[at - 1])) break;
      const between = /^\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)((?:[\p{L}.'’-]+\s+)*)$/u.exec(
        this.doc.text.slice(outer[at - 1].end, outer[at].start),
      );
      if (!between || between[1].split(/\s+/).some((w) => PREPOSITIONS.has(w) || DETERMINERS.has(w))) break;
      at--;
    }
    return outer[at];
  }

  /** A phrase with no spokesperson: a person named in it, a title, a description, a body. */
  private resolveHead(p: ReturnType<SpeakerResolver["readPhrase"]>, from: number, to: number, before: number): Speaker {
    const { words, span, headWords, inside } = p;
    if (this.tiedToPerson(p, from)) return nobody(span);
    if (!inside.length) {
      // The entity layer may have missed this occurrence: look for its known names in the phrase.
      const found = this.namesWithin(
        headWords.length < words.length ? this.doc.text.slice(span.start, p.headEnd) : span.text,
      );
      if (found) return { entity: found, name: null, mention: span };
    }
    const person = [...inside].reverse().find((m) => m.entity.type === "person");
    if (person && this.namesOthers(p, person, from)) return nobody(span);
    if (person) return { entity: this.firstJoined(inside, person).entity, name: null, mention: span };
    // "RNC Chief of Staff Katie Walsh": a name closing a capitalised title is the speaker (not
    // "the wife of Tom Vale", whose name follows a preposition).
    const all = this.mentionsIn(span.start, span.end);
    const closing = all[all.length - 1];
    const beforeName = closing ? tokenAtOrAfter(this.doc, closing.start) - 1 : -1;
    if (closing?.entity.type === "person" && closing.end === span.end && beforeName >= from && this.capital(beforeName))
      return { entity: closing.entity, name: null, mention: span };
    const headWord = headWords[headWords.length - 1];
    // "the GOP presidential nominee", "a Harbour Board official": a body's name before a lower-case
    // noun for a person describes the person, never the body: the person the text gave that role
    // (by title, or the person the passage is about when one of their roles ends in that noun),
    // else nobody named.
    const lowerHead = !this.capital(from + headWords.length - 1);
    const singular = singularOf(headWord);
    const bodyModifiers =
      p.headMentions.length > 0 && p.headMentions.every((m) => m.entity.type !== "person" && m.end < p.headEnd);
    // ("Harbour Party voters", "most Vexa shareholders": in the plural, people who hold no post in
    // the body (not "Vexa directors") are a group of their own, whatever the determiner.)
    if (lowerHead && bodyModifiers && singular !== null && PERSON_FIRST_NOUNS.has(singular) && !isPersonRole(singular))
      return nobody(span);
    if (
      lowerHead &&
      bodyModifiers &&
      PERSON_FIRST_NOUNS.has(headWord) &&
      !ROLE_HEADS.has(headWord) &&
      !PERSON_ROLES.has(headWord)
    ) {
      if (words[0] !== "the") return nobody(span);
      return { entity: this.describedMember(p, before), name: null, mention: span };
    }
    if (ROLE_HEADS.has(headWord) || PERSON_ROLES.has(headWord)) {
      // "The FBI director": the person the document gives that title, before the body itself.
      const titled = this.resolveTitle(headWords, before);
      if (titled)
        return {
          entity: (words[0] === "the" && this.untitledSubject(titled, before)) || titled,
          name: null,
          mention: span,
        };
      // "the former Riverside coach said", "the minister responsible for the port authority": a
      // definite role whose head names no body (or names one he has left) points back to the
      // person the passage is about.
      const ownBody = p.headMentions.some((m) => m.entity.type === "organization") && !words.includes("former");
      // ("The deputy head of China's delegation said": a post "of" a place the text names is held
      // there, and the person the passage is about holds it only if the text said so.)
      const ofNamed =
        words[headWords.length] === "of" && p.all.some((m) => m.start >= p.headEnd && m.entity.type === "location");
      if (ofNamed && !ownBody && words[0] === "the")
        return { entity: this.salientHolding(headWord, Math.min(before, span.start)), name: null, mention: span };
      if (words[0] === "the" && !ownBody) {
        const salient = this.salientPerson(Math.min(before, span.start));
        if (salient && (!OFFICERS.has(headWord) || this.holdsOffice(salient)))
          return { entity: salient, name: null, mention: span };
      }
      // "The Supreme Court justice said": a holder of a post in a body is a person, never the body:
      // the person the passage is about when the text gave them that post, else the person the
      // sentence before is about when the text gave them no post at all, a name the description
      // goes on with ("Ann Roe (D-Ore.) blasted the bill. “…,” the House majority whip added."),
      // else nobody named. (A capitalised head is part of a name: "The Union Leader said".)
      if (ownBody && !this.capital(from + headWords.length - 1)) {
        const at = Math.min(before, span.start);
        const holder =
          words[0] === "the" ? (this.salientHolding(headWord, at) ?? this.unpostedBefore(headWords, at)) : null;
        return { entity: holder, name: null, mention: span };
      }
    }
    // "the Wisconsin Republican says", "the Ohio Democrat told reporters": one member of a party,
    // in the singular, is a person (the one the passage is about), never the party; "a Texas
    // Republican said", "one Democrat told me", "another Tory added": an unnamed member.
    if (PARTY_MEMBERS.has(headWord) && this.capital(from + headWords.length - 1)) {
      if (words[0] === "the")
        return { entity: this.salientPerson(Math.min(before, span.start)), name: null, mention: span };
      if (INDEFINITES.has(words[0])) return nobody(span);
    }
    // "The Riverside mayor", "the Welsh health minister": a place naming where a person holds office
    // is not the person; with no holder named, the speaker is unnamed.
    // ("UK prosecutors", "Dutch police": the people of a place who are not its government, too.)
    const people = isPersonRole(headWord) || isPersonRole(headWord.replace(/s$/, "")) || headWord === "police";
    if (people && inside.length && inside.every((m) => m.entity.type === "location")) return nobody(span);
    const heads = inside.filter((m) => !this.glued(m));
    if (heads.length) return { entity: heads[heads.length - 1].entity, name: null, mention: span };
    const named = this.trailingName(from, to);
    if (named) return { entity: this.findNamed(named, before), name: named, mention: span };
    if (inside.length) return { entity: inside[inside.length - 1].entity, name: null, mention: span };
    return this.resolveUnnamed(from, to, words, span, before);
  }

  /**
   * Whether the text named `e` beside a noun of the kind `kind` ("the evening newspaper Vexa", "the
   * Vexa daily", "Vexa newspaper"): a body whose name does not say what it is ("the newspaper said"
   * for "El Faro").
   */
  private introducedAs(e: Entity, kind: RegExp): boolean {
    const { text } = this.doc;
    return e.mentions.some((m) => {
      const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
      const after = /^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1];
      return [before, after].some((w) => w !== undefined && NOMINAL_KIND[w.toLowerCase()] === kind);
    });
  }

  /** "Kremlin-backed broadcaster Novex": whether a name is glued to "-backed", "-owned", "-based", and so modifies a head after it. */
  private glued(m: { end: number }): boolean {
    return /^-\p{Ll}/u.test(this.doc.text.slice(m.end, m.end + 2));
  }

  /** Whether a stated role or a title of `person` names an officer of a court ("Mr Justice Vale"). */
  private holdsOffice(person: Entity): boolean {
    return this.rolesSaid(person).some((w) => OFFICERS.has(w));
  }

  /** The words of `person`'s stated roles and titles, lower case. */
  private rolesSaid(person: Entity): string[] {
    const said = [...person.attributes.roles.map((r) => r.text), ...this.titlesOf(person)].join(" ").toLowerCase();
    return said.split(/[^\p{L}]+/u);
  }

  /** "security firm Vexa", "the carmaker Ondra Motors": capitalised words closing a phrase after a common noun. */
  private trailingName(from: number, to: number): string | null {
    const { doc } = this;
    let a = to;
    while (a > from && isUpperCode(doc.text.charCodeAt(doc.tokens.start[a - 1]))) a--;
    const before = doc.text.slice(doc.tokens.start[a - 1] ?? 0, doc.tokens.end[a - 1] ?? 0);
    if (a === to || a === from || !/^\p{Ll}+$/u.test(before) || DETERMINERS.has(before)) return null;
    return doc.text.slice(doc.tokens.start[a], doc.tokens.end[to - 1]);
  }

  /**
   * "Relatives of Tom Vale", "a cousin of Ann Roe", "supporters of the mayor, Ann Roe": a lower-case
   * noun for people who hold no post (not "the president of Vexa") before a preposition and a
   * person names others than that person, whom the text did not name here. (Capitalised only as the
   * sentence's first word: "Relatives of Tom Vale said".)
   */
  private tiedToPerson(p: ReturnType<SpeakerResolver["readPhrase"]>, from: number): boolean {
    const { words, span, inside } = p;
    // ("Nurses tending to Ann Roe", "volunteers cheering Tom Vale": a participle after the noun opens
    // what modifies it, as a preposition does.)
    const ing = p.headWords.findIndex(
      (w, k) => k > 0 && /^[a-z]{3,}ing$/.test(w) && PERSON_FIRST_NOUNS.has(singularOf(words[k - 1]) ?? words[k - 1]),
    );
    const headWords = ing > 0 ? words.slice(0, ing) : p.headWords;
    const headNoun = headWords[headWords.length - 1];
    const kind = singularOf(headNoun) ?? headNoun;
    const headAt = from + headWords.length - 1;
    const opening = headAt === from && sentenceOf(this.doc, from).firstToken === from;
    return (
      headWords.length < words.length &&
      (!this.capital(headAt) || opening) &&
      this.mentionsIn(span.start, this.doc.tokens.end[headAt]).length === 0 &&
      PERSON_FIRST_NOUNS.has(kind) &&
      !isPersonRole(kind) &&
      inside.some((m) => m.entity.type === "person") &&
      !this.titledNameCloses(span, inside, ing > 0 ? from + ing : -1)
    );
  }

  /**
   * Whether a person's name closes the phrase right after a lower-case noun, as a title before it
   * ("master of ceremonies Tom Vale", "chair of the board Ann Roe").
   */
  private titledNameCloses(span: TextSpan, inside: IndexedMention[], participle = -1): boolean {
    // (The whole of a nested name: "Senator Ann Roe", not the "Ann Roe" inside it.)
    const closing = inside.filter((m) => m.end === span.end).sort((a, b) => a.start - b.start)[0] ?? inside.at(-1);
    if (closing?.entity.type !== "person" || closing.end !== span.end) return false;
    // (Written in lower case: "backers of Mayor Ann Roe" has a title of Roe's own.)
    const k = tokenAtOrAfter(this.doc, closing.start) - 1;
    const w = this.word(k);
    // (Nor the participle that opened the modifier: "volunteers cheering Tom Vale".)
    return k !== participle && !this.capital(k) && /^\p{Ll}+$/u.test(w) && !PREPOSITIONS.has(w) && !DETERMINERS.has(w);
  }

  /**
   * Whether the head of a phrase over `from` is a share of what follows it: a noun of a share
   * ("percent", "half", "a majority") or a count before "of" ("two of the directors"), or a count
   * "in" a count ("six in 10"), each before the group. (Not a share of a body's spokespeople, who
   * speak for it: "two of the ministry's officials".)
   */
  private shareOfGroup(from: number, words: string[], headWords: string[]): boolean {
    if (words.slice(headWords.length).some((w) => SPOKES_NOUNS.has(w))) return false;
    const after = this.word(from + headWords.length);
    const next = this.word(from + headWords.length + 1);
    const last = headWords[headWords.length - 1];
    if (after === "in" && isCount(last) && isCount(next)) return true;
    return after === "of" && (SHARE_NOUNS.has(last) || (headWords.length === 1 && isCount(last)));
  }

  /**
   * "another MP sanctioned by China", "a senior minister in Paris", "one lawyer": an indefinite
   * person named by role only. The body or place in the description is not the speaker.
   */
  private unnamedIndividual(from: number, words: string[]): boolean {
    if (!INDEFINITES.has(words[0])) return false;
    const r = words.findIndex((w, k) => k > 0 && k <= 3 && isPersonRole(w));
    if (r < 0) return false;
    return this.mentionsIn(this.doc.tokens.start[from], this.doc.tokens.end[from + r]).length === 0;
  }

  /**
   * A phrase that holds no name the entity layer found: a group of people ("both men",
   * "prosecutors"), a description ("the company", "the 34-year-old striker", "the Spaniard"), a
   * name the entity layer missed, or a title.
   */
  private resolveUnnamed(from: number, to: number, words: string[], span: TextSpan, before: number): Speaker {
    const { doc } = this;
    const { start, end } = span;
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
      const sent = sentenceOf(this.doc, from);
      const body = kind
        ? this.mentionsIn(sent.start, sent.end).find(
            (m) => m.entity.type === "organization" && kind.test(m.entity.name),
          )
        : undefined;
      return { entity: body?.entity ?? null, name: null, mention: span };
    }
    const content = words.filter((w) => !DETERMINERS.has(w));
    const lowerHead = !isUpperCode(doc.text.charCodeAt(doc.tokens.start[to - 1]));
    if (words[0] === "the" && lowerHead && !isPersonRole(words[words.length - 1])) {
      // "the school said", "the trust added": the body whose name holds that noun.
      const body = this.bodyNamedBy(words, before, true);
      if (body) return { entity: body, name: null, mention: span };
    }
    if (words[0] === "the" || words[0] === "a") {
      // "the company", "the club": the latest organisation; "the 34-year-old striker": the person that age.
      const age = /^(\d{1,3})-year-old$/.exec(content.find((w) => w.endsWith("-year-old")) ?? "");
      if (age) {
        const n = Number(age[1]);
        // An age the text gave beside a name ("Kim, 23,"); one read off another "the 23-year-old" is a guess.
        const aged = this.entities.find(
          (e) => e.type === "person" && e.attributes.age === n && !e.attributes.ageSpan?.text.includes("year-old"),
        );
        if (aged) return { entity: aged, name: null, mention: span };
        const salient = words[0] === "the" ? this.salientPerson(Math.min(before, span.start)) : null;
        if (salient) return { entity: salient, name: null, mention: span };
      }
      if (words[0] === "the" && to - from === 2 && isUpperCode(doc.text.charCodeAt(doc.tokens.start[from + 1]))) {
        // "the Spaniard", "the Scot": a demonym standing for the person the story is about. A plural
        // ("the Danes said", "the Tigers said") stands for a people, a party or a team, not for one
        // person, unless it is a family the text named ("the Vales": Ann and Tom Vale).
        const known = this.namesWithin(span.text);
        const one = singularOf(doc.text.slice(doc.tokens.start[from + 1], doc.tokens.end[from + 1]));
        if (!known && (one === null || this.namesWithin(one)?.type === "person"))
          return {
            entity:
              this.lastSpeakerBefore(before) ??
              this.recentEntity(Math.min(before, span.start), (e) => e.type === "person"),
            name: null,
            mention: span,
          };
      }
    }
    const name = this.nameFromWords(from, to);
    if (name) return { entity: this.findNamed(name, before, words[0]), name, mention: span };
    const titled = this.resolveTitle(words, before);
    if (titled) return { entity: titled, name: null, mention: span };
    const epithet = this.epithetOf(words, lowerHead, Math.min(before, span.start));
    return { entity: epithet, name: null, mention: span };
  }

  /**
   * "Sen. Tom Vale spoke first. (Two paragraphs on.) Ann Roe set out her plan in an advert: “…,” the
   * senator says": a person the text has just named as the subject of the description's own
   * sentence, or of the one before it in its paragraph, is the one a definite title points to,
   * rather than a holder of that title the paragraph does not name, when the text gave that person
   * no post of their own. Null otherwise.
   */
  private untitledSubject(holder: Entity, before: number): Entity | null {
    const paragraph = this.paragraphOf(before);
    const held = lastMentionBefore(holder, before);
    if (held >= 0 && this.paragraphOf(held) === paragraph) return null;
    const s = this.doc.tokens.sentence[tokenAtOrAfter(this.doc, before)];
    for (let k = s; k !== undefined && k >= 0 && k >= s - 1; k--) {
      const sent = this.doc.sentences[k];
      if (this.paragraphOf(sent.start) !== paragraph) break;
      const np = this.subjectOf(k);
      const people =
        np && this.doc.tokens.start[np[0]] < before
          ? this.mentionsIn(this.doc.tokens.start[np[0]], this.doc.tokens.end[np[1] - 1]).filter(
              (m) => m.entity.type === "person" && !this.quoted(m),
            )
          : [];
      const person = people[0]?.entity;
      if (person) return person !== holder && !this.rolesSaid(person).some(isPersonRole) ? person : null;
    }
    return null;
  }

  /**
   * "Tom Vale opened the shop in 1990. … “We never borrowed,” the retired baker said.": a definite,
   * singular description of lower-case words whose head is a noun for a person (not a post, which
   * the title rules read) varies the name of a person the text named: the one it set that noun
   * beside ("baker Tom Vale", "Tom Vale, the baker,"), else the only person, of a gender that fits,
   * named (outside quotation marks) in the paragraph so far and the one before, when the
   * description's own sentence names no one (who would then be another: "Vale said as the heckler
   * shouted"). Nobody named when the text brought in someone of that noun without a name ("A
   * neighbour saw the smoke. … “It spread fast,” the neighbour said"), or by a noun that says only
   * a sex ("the woman").
   */
  private epithetOf(
    words: string[],
    lowerHead: boolean,
    before: number,
    placed = false,
    counted = false,
  ): Entity | null {
    const head = words[words.length - 1];
    if (words[0] !== "the" || !lowerHead || words.length > 5 || !PERSON_FIRST_NOUNS.has(head)) return null;
    // (`counted`: the noun had "of" and a number after it, "the father of two", and is nobody's relative.)
    if ((isPersonRole(head) && !(counted && AGENT_NOUNS.has(head))) || SPOKES_NOUNS.has(head)) return null;
    // (`placed`: the capitalised words are a place's name, read by the caller.)
    const wordOk = (w: string) => placed || /^[\p{Ll}\d-]+$/u.test(w);
    if (words.slice(1).some((w) => PREPOSITIONS.has(w) || !wordOk(w))) return null;
    const described = this.describedBefore((w) => w === head, before);
    if (described) return described.entity;
    if (this.introducedUnnamed(head, before)) return null;
    const gender = nounGender(head);
    // ("the man", "the woman" say only a sex: in news they are the passers-by a reporter asks.)
    if (/^(?:wo)?m[ae]n$/.test(head)) return null;
    const fits = (e: Entity) => !gender || this.likelyGender(e) !== (gender === "male" ? "female" : "male");
    const beside = this.setBeside(head, before);
    if (beside) return fits(beside) ? beside : null;
    const sentence = sentenceOf(this.doc, tokenAtOrAfter(this.doc, before));
    const paragraph = this.paragraphOf(before);
    const from = this.doc.paragraphs[Math.max(0, paragraph - 1)].start;
    const people = new Set<Entity>();
    for (const m of this.mentionsIn(Math.max(from, before - 3000), sentence.end)) {
      if (m.entity.type !== "person" || this.quoted(m)) continue;
      if (m.start >= sentence.start) return m.start < before ? null : this.previousSubject(words, before);
      if (fits(m.entity)) people.add(m.entity);
    }
    return people.size === 1 ? [...people][0] : this.previousSubject(words, before);
  }

  /** The person the sentence before `at` is about (`previousSubject`), when the text gave them no post. */
  private unpostedBefore(words: readonly string[], at: number): Entity | null {
    const person = this.previousSubject(words, at);
    return person && !this.rolesSaid(person).some(isPersonRole) ? person : null;
  }

  /** The person the passage before offset `at` is about, when the text gave them the post `role`; else null. */
  private salientHolding(role: string, at: number): Entity | null {
    const salient = this.salientPerson(at);
    return salient && this.rolesSaid(salient).includes(role) ? salient : null;
  }

  /**
   * Who "the Harbour Party candidate", "the Texas businessman" is: a definite description of a
   * person (no post) whose modifiers name a body or a place (the phrase `p`). The person the text
   * gave that whole description (the Democratic nominee is not the Republican one), else the one
   * the passage is about when the text gave them that noun or just reported them, else the one the
   * sentence before is about ("Ann Roe has a word for the plan: No. The Harbour Party candidate
   * blasted it …"); a place modifier says where the person is from, and the description varies a
   * name as it would without it (`epithetOf`).
   */
  private describedMember(p: ReturnType<SpeakerResolver["readPhrase"]>, before: number): Entity | null {
    const { headWords, span } = p;
    const headWord = headWords[headWords.length - 1];
    const titled = this.resolveTitle(headWords, before);
    if (titled) return titled;
    const at = Math.min(before, span.start);
    const salient = this.salientPerson(at);
    if (salient && (this.rolesSaid(salient).includes(headWord) || this.justReported(salient, before))) return salient;
    return p.headMentions.every((m) => m.entity.type === "location")
      ? this.epithetOf(headWords, true, at, true)
      : this.previousSubject(headWords, at);
  }

  /** Whether sentence `k` is all in quotation marks, and nobody is credited with it where it stands. */
  private quotedAlone(k: number): boolean {
    const { start, end } = this.doc.sentences[k];
    const t = this.doc.text;
    return (
      QUOTE_MARKS.has(t.charCodeAt(start)) &&
      QUOTE_MARKS.has(t.charCodeAt(end - 1)) &&
      !this.sentenceSpeaker(k) &&
      !this.trailingAttribution(this.doc.sentences[k])
    );
  }

  /**
   * The person a sentence's trailing attribution names ("…, Ivo Brandt said on Monday.", "…, said
   * Ivo Brandt."): a person's name after a comma, right before or after a verb of saying. Read from
   * the words, for a sentence whose quotation is not yet credited.
   */
  private trailingAttribution(sent: SentenceSpan): Entity | null {
    for (const m of this.mentionsIn(sent.start, sent.end).reverse()) {
      if (m.entity.type !== "person" || this.quoted(m)) continue;
      const first = tokenAtOrAfter(this.doc, m.start);
      const after = tokenAtOrAfter(this.doc, m.end);
      const cueAfter = this.word(first - 1) === "," && speechLemma(this.word(after)) !== null;
      const cueBefore = this.word(first - 2) === "," && speechLemma(this.word(first - 1)) !== null;
      if (cueAfter || cueBefore) return m.entity;
    }
    return null;
  }

  /**
   * The person named as the subject of the sentence before the one at offset `before`, in the same
   * paragraph or the one before, when that person fits a description of lower-case `words` (its
   * head's gender, no other description of that head given them before)
   * and the description's own sentence names no person before it: a definite description that
   * names no one and opens the next statement most often goes on with the subject ("Ann Roe has a
   * word for the plan: No. The Harbour Party candidate blasted it …", "Tom Vale kept up his
   * attacks, saying …. “…,” said the Lisk businessman").
   */
  private previousSubject(words: readonly string[], before: number): Entity | null {
    const noun = words[words.length - 1];
    const s = this.doc.tokens.sentence[tokenAtOrAfter(this.doc, before)];
    if (s === undefined || s < 1) return null;
    const own = this.doc.sentences[s];
    // (Nor anyone the description's sentence names: "“…!” the protester shouted at Dana Holt".)
    const inOwn = this.mentionsIn(own.start, own.end).filter((m) => m.entity.type === "person" && !this.quoted(m));
    if (inOwn.some((m) => m.start < before)) return null;
    const prev = this.doc.sentences[s - 1];
    if (this.paragraphOf(own.start) - this.paragraphOf(prev.start) > 1) return null;
    // (The one that sentence credits with a statement, else its subject when a person's name heads
    // it: not "A Tom Vale ad questioned …", nor "Ann Roe" in '“…,” Ann Roe said' told by its
    // reported clause's subject.)
    // ('“…,” Ann Roe said. “How could I not?” The incumbent said …': a sentence wholly in quotation
    // marks with no cue of its own goes on with the speaker credited before it in its paragraph.)
    let k = s - 1;
    while (k > 0 && this.quotedAlone(k) && this.doc.sentences[k - 1].paragraph === this.doc.sentences[k].paragraph) k--;
    const credited = this.sentenceSpeaker(k)?.entity ?? this.trailingAttribution(this.doc.sentences[k]);
    const np = this.subjectOf(s - 1);
    const named = np ? this.mentionsIn(this.doc.tokens.start[np[0]], this.doc.tokens.end[np[1] - 1]) : [];
    const heads = named.length > 0 && named[named.length - 1].end === this.doc.tokens.end[np![1] - 1];
    const subject =
      heads && named.every((m) => m.entity === named[0].entity) ? named[0].entity : this.subjectOwner(np, named);
    const person = credited?.type === "person" ? credited : subject;
    if (person?.type !== "person" || inOwn.some((m) => m.entity === person)) return null;
    // (Not one the text already described otherwise: "the GOP candidate" is not "the Democratic candidate".)
    if (this.describedOtherwise(person, words, before)) return null;
    const gender = nounGender(noun);
    return !gender || this.likelyGender(person) !== (gender === "male" ? "female" : "male") ? person : null;
  }

  /**
   * "Tom Vale's plan for the dam drew fire from engineers.": the person whose name, with "'s", opens
   * a subject `np` (of its `named` mentions): the one that sentence is about, whose description may
   * open the next ("“We will build it,” the Harbour Party nominee said").
   */
  private subjectOwner(np: [number, number] | null, named: readonly IndexedMention[]): Entity | null {
    const first = named[0];
    if (!np || first?.entity.type !== "person" || first.start !== this.doc.tokens.start[np[0]]) return null;
    return this.possessiveAfter(first) ? first.entity : null;
  }

  /** Whether "'s" follows the mention `m` ("Tom Vale's plan"): the name owns what comes after it. */
  private possessiveAfter(m: { end: number }): boolean {
    return /^['’]s\b/u.test(this.doc.text.slice(m.end, m.end + 3));
  }

  /**
   * The person whose latest mention before `before` (at most 3,000 characters back) has `noun` right
   * before it ("casino owner Tom Vale") or heading an apposition after it ("Tom Vale, the owner of").
   */
  private setBeside(noun: string, before: number): Entity | null {
    const { text } = this.doc;
    const found = this.mentionsIn(Math.max(0, before - 3000), before);
    for (let i = found.length - 1; i >= 0; i--) {
      const m = found[i];
      if (m.entity.type !== "person") continue;
      const left = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
      const apposition = /^,\s+(?:the|a|an)\s+([^,.;:!?()"“”]{1,80})/u.exec(text.slice(m.end, m.end + 90))?.[1];
      const right = apposition
        ?.split(/\s+(?:of|at|for|in|from|with|who|whose|which|and|to)\s/u)[0]
        .trim()
        .split(/\s+/)
        .pop();
      if (left === noun || right === noun) return m.entity;
    }
    return null;
  }

  /** Whether an indefinite description of `head` ("a neighbour", "one elderly neighbour") comes at most 1,500 characters before `before`. */
  private introducedUnnamed(head: string, before: number): boolean {
    const window = this.doc.text.slice(Math.max(0, before - 1500), before).toLowerCase();
    return new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}${head}\\b`, "u").test(window);
  }

  /**
   * "a Home Office spokesman", "a Chinese embassy spokeswoman", "her spokesman", "the statement":
   * the body the spokesperson speaks for.
   */
  private resolveSpokesperson(
    from: number,
    to: number,
    words: string[],
    headWords: string[],
    inside: IndexedMention[],
    before: number,
  ): Speaker {
    const { doc } = this;
    const span: TextSpan = { start: doc.tokens.start[from], end: doc.tokens.end[to - 1], text: "" };
    span.text = doc.text.slice(span.start, span.end);
    // "a statement from the family of Tom Vale", "a spokesman for candidate Ann Roe": with a person
    // named after the preposition, the one spoken for is whom the phrase after it names, read as a
    // phrase of its own (not the person's party, nor the person whose family it is).
    const objectAt = from + headWords.length + 1;
    if (objectAt < to && inside.some((m) => m.entity.type === "person" && m.start >= doc.tokens.start[objectAt])) {
      const object = this.resolveWords(objectAt, to, before);
      if (object && (object.entity === null || object.entity.type === "person"))
        return { entity: object.entity, name: null, mention: span };
    }
    // ("an official of the Australian embassy in Beijing": a place after "in" or "at" that follows a
    // lower-case noun for a body, after the spokesperson's own noun, is where the body sits, not
    // the body; the body's own words, "the Australian embassy", are read below. "An official in
    // Beijing" is left as it was.)
    const seat = (m: IndexedMention) => {
      const k = tokenAtOrAfter(doc, m.start);
      const noun = this.word(k - 2);
      return (
        m.entity.type === "location" &&
        k - 2 >= from + headWords.length &&
        (this.word(k - 1) === "in" || this.word(k - 1) === "at") &&
        !this.capital(k - 2) &&
        (SPOKES_NOUNS.has(noun) || ORG_NOMINALS.has(noun))
      );
    };
    const holder = this.titledOwner(inside, span.start);
    if (holder) return { entity: holder, name: null, mention: span };
    const body =
      inside.find((m) => m.entity.type !== "person" && !this.glued(m) && !seat(m)) ?? inside.find((m) => !seat(m));
    if (body) return { entity: body.entity, name: null, mention: span };
    // "a spokesman for the company", "a bank official": a noun for a kind of body, after the
    // preposition or before the spokes noun, points back to the body as it would alone ("the
    // company said"), when the body's name says it is of that kind ("an official at the bank" is
    // not the last body named, a parliament, unless its name holds "bank") or the noun says no kind.
    const noun = objectAt + 1 === to - 1 && this.word(objectAt) === "the" ? objectAt + 1 : -1;
    const kindAt = noun >= 0 ? noun : headWords.length === 3 && ORG_NOMINALS.has(headWords[1]) ? from + 1 : -1;
    const nominal = kindAt >= 0 ? this.resolveWords(noun >= 0 ? objectAt : kindAt, kindAt + 1, before)?.entity : null;
    const kind = kindAt >= 0 ? this.word(kindAt) : "";
    if (nominal && nominal.type !== "person" && (ANY_KIND.has(kind) || nominal.name.toLowerCase().includes(kind)))
      return { entity: nominal, name: null, mention: span };
    const known = this.namesWithin(span.text);
    if (known && !inside.some((m) => m.entity === known && seat(m)))
      return { entity: known, name: null, mention: span };
    for (const w of words) {
      const country = COUNTRY_OF_ADJECTIVE.get(w);
      if (country) return { entity: this.findByName(country, "location"), name: country, mention: span };
    }
    // "A Treasury spokesman" with no entity for the body: the capitalised words name it (not the noun
    // itself, capitalised as the sentence's first word: "Sources have confirmed …" names nobody).
    const named = this.capitalisedRun(from, from + headWords.length);
    if (
      named &&
      !named.split(" ").every((w) => SPOKES_NOUNS.has(w.toLowerCase())) &&
      !this.positionalCapital(named, from)
    )
      return { entity: this.findNamed(named, before, words[0]), name: named, mention: span };
    // "the prime minister's spokesman", "the mayor's spokeswoman": a possessor described by its
    // role speaks through its spokesperson, as a named one does ("Roe's spokesman").
    const owner = words.findIndex((w) => w === "'s" || w === "’s");
    if (owner > 1 && words[0] === "the") {
      const possessor = this.resolveWords(from, from + owner, before);
      if (possessor?.entity) return { entity: possessor.entity, name: null, mention: span };
    }
    const possessive = words.findIndex((w) => w === "his" || w === "her");
    if (possessive >= 0) {
      const entity = this.resolvePronoun(words[possessive] === "his" ? "he" : "she", before);
      return { entity, name: null, mention: span };
    }
    // "A spokesperson for the port authority said … ‘…,’ the spokesperson added": "the" points
    // back to whoever spoke last, person or body.
    if (words[0] === "the") {
      // ("A spokesman for the council said …" and then "A Harbour Board aide disagreed. “…,” the
      // aide said": the one introduced since the last quotation.)
      const head = headWords[headWords.length - 1];
      const described = this.describedBefore(takesUp(head), Math.min(before, span.start));
      if (described) return { entity: described.entity, name: null, mention: span };
      const spoken = this.spokenForBefore(before, head);
      // ("the officials", "the aides": several people are a body that spoke, never one person.)
      const plural = singularOf(head) !== null;
      const last = this.lastAnySpeakerEntry(before, (e) => !plural || e.type !== "person");
      const entity = spoken && (!last || spoken.at > last.at) ? spoken.entity : (last?.entity ?? null);
      return { entity, name: null, mention: span };
    }
    return nobody(span);
  }

  /**
   * The speaker a name after the possessive at word `possessive` of phrase `p` gives: "the
   * port's Harbour Safety Office" is the body named after it; but in "Ann Roe's
   * Facebook post", "Tom Vale's new Vexa form", a name followed by one lower-case singular noun for
   * a thing (not a person, group or body) only says which post or form, and the named possessor,
   * a person or a body, speaks. Null when no name follows the possessive.
   */
  private possessedSpeaker(
    p: ReturnType<SpeakerResolver["readPhrase"]>,
    from: number,
    possessive: number,
    before: number,
  ): Entity | null {
    const owned = this.mentionsIn(this.doc.tokens.start[from + possessive + 1], p.headEnd);
    const name = owned[owned.length - 1];
    if (!name) return null;
    return (p.hasSpokes ? null : this.ownerOfThing(p, from, possessive, name, before)) ?? name.entity;
  }

  /** `possessedSpeaker`'s possessor of a thing named by `name`, or null. */
  private ownerOfThing(
    p: ReturnType<SpeakerResolver["readPhrase"]>,
    from: number,
    possessive: number,
    name: IndexedMention,
    before: number,
  ): Entity | null {
    const rest = /^\s+(\p{Ll}+)$/u.exec(this.doc.text.slice(name.end, p.headEnd))?.[1];
    const thing =
      rest !== undefined &&
      singularOf(rest) === null &&
      !PERSON_FIRST_NOUNS.has(rest) &&
      !isPersonRole(rest) &&
      !ORG_NOMINALS.has(rest) &&
      !GROUP_NOUNS.has(rest) &&
      !isFiniteVerbForm(rest);
    const possessorEnd = this.doc.tokens.end[from + possessive - 1];
    if (!thing || !this.mentionsIn(this.doc.tokens.start[from], possessorEnd).length) return null;
    const owner = this.resolveWords(from, from + possessive, before)?.entity;
    return owner && (owner.type === "person" || owner.type === "organization") ? owner : null;
  }

  /**
   * "Ohio Sen. Ann Roe's campaign", "Democratic Rep. Tom Vale's office": the person named right
   * before the possessive, after a place or a party that only says which senator or
   * representative (the mentions `inside` a spokesperson's phrase starting at offset `start`), is
   * the one spoken for. Null otherwise.
   */
  private titledOwner(inside: IndexedMention[], start: number): Entity | null {
    const holder = inside.find((m) => m.entity.type === "person" && m.start > start && this.possessiveAfter(m));
    if (!holder) return null;
    const modifiers = inside.filter((m) => m.end <= holder.start);
    const placed = modifiers.every((m) => m.entity.type === "location" || PARTY.test(m.entity.name));
    const last = inside.every((m) => m.start <= holder.start || m.entity === holder.entity);
    return modifiers.length > 0 && placed && last ? holder.entity : null;
  }

  /**
   * Whether a capitalised run read as a body's name is one word that is no name: a month or a day
   * ("her March comment"), or a common word capitalised only as its sentence's first ("Law
   * enforcement officials said", "Intelligence officials said").
   */
  private positionalCapital(named: string, from: number): boolean {
    if (named.includes(" ")) return false;
    const w = named.toLowerCase();
    if (calendarWordNoName(w)) return true;
    // (Only the phrase's first word can open the sentence.)
    return this.word(from) === w && from === sentenceOf(this.doc, from).firstToken && commonWordNoName(w);
  }

  /**
   * Whether the noun at token `k` is a definite mention of something named before ("the report",
   * "the congressional report", "this letter"), not the introduction of a document ("a statement",
   * "a written statement", "his letter").
   */
  private definiteBefore(k: number): boolean {
    for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
      const w = this.word(j);
      if (w === "the" || w === "this" || w === "that") return true;
      if (DETERMINERS.has(w) || POSSESSIVES.has(w) || w === "'s" || w === "’s" || isPunct(w)) return false;
    }
    return false;
  }

  /**
   * The tokens of the four sentences up to `before`, last first, each with its sentence: where a
   * description looks back for what introduced it ("a spokeswoman for …", "a statement from …").
   */
  private *tokensBack(before: number): Generator<[number, Doc["sentences"][number]]> {
    const { doc } = this;
    let s = sentenceIndexBefore(doc, before);
    for (let looked = 0; s >= 0 && looked < 4; s--, looked++) {
      const sent = doc.sentences[s];
      for (let k = Math.min(sent.lastToken, tokenAtOrAfter(doc, before)) - 1; k >= sent.firstToken; k--)
        yield [k, sent];
    }
  }

  /**
   * Who issued the document last named by `noun` in the four sentences before `before`, and where
   * it is named: the person or body after "from" or "by" ("a statement from the council"), else the
   * last one named before the noun in its sentence ("Tom Vale issued a statement", "the Gazette said
   * Vale sent a letter"), else null.
   */
  private issuerOf(noun: string, before: number): { entity: Entity; at: number } | null {
    const { doc } = this;
    const bodyOrPerson = (m: IndexedMention) => m.entity.type === "person" || m.entity.type === "organization";
    for (const [k, sent] of this.tokensBack(before)) {
      if (this.word(k) !== noun || this.definiteBefore(k)) continue;
      // "a statement from the council", "an email was sent from the club's director, Ann Roe".
      for (let j = k + 1; j < Math.min(sent.lastToken, k + 5); j++) {
        if (this.word(j) !== "from" && this.word(j) !== "by") continue;
        const after = this.mentionsIn(doc.tokens.end[j], doc.tokens.end[Math.min(sent.lastToken - 1, j + 10)]);
        const issuer = after.find(bodyOrPerson);
        return issuer ? { entity: issuer.entity, at: doc.tokens.start[k] } : null;
      }
      // "Tom Vale issued a statement", "the Gazette said Vale sent a letter": the one named just
      // before, who is not its recipient ("Ann Roe received a letter") nor named after "to".
      const lo = Math.max(sent.firstToken, k - 8);
      const named = this.mentionsIn(doc.tokens.start[lo], doc.tokens.start[k]).filter(bodyOrPerson);
      const last = named[named.length - 1];
      if (!last) return null;
      const at = tokenAtOrAfter(doc, last.start);
      if (["to", "for", "with"].includes(this.word(at - 1))) return null;
      for (let j = at; j < k; j++) if (RECEIVING.has(this.word(j))) return null;
      return { entity: last.entity, at: doc.tokens.start[k] };
    }
    return null;
  }

  /**
   * The body a spokesperson was last said to speak for in the sentences before `before` ("a
   * spokeswoman for the Harbour Agency", "a Harbour Agency spokesman"): what "the spokeswoman"
   * points back to when no quotation was credited to anyone since.
   */
  private spokenForBefore(before: number, head: string): { entity: Entity; at: number } | null {
    const same = takesUp(head);
    if (!SPOKES_PERSON.has(head)) return null;
    const { doc } = this;
    for (const [k, sent] of this.tokensBack(before)) {
      if (!same(this.word(k))) continue;
      // "spokesman for the agency" / "the agency's spokesman" / "an agency spokesman"
      const after =
        this.word(k + 1) === "for" || this.word(k + 1) === "of"
          ? this.mentionsIn(doc.tokens.end[k], doc.tokens.end[Math.min(sent.lastToken - 1, k + 8)])
          : [];
      const body =
        after.find((m) => m.entity.type !== "person") ??
        this.mentionsIn(doc.tokens.start[Math.max(sent.firstToken, k - 5)], doc.tokens.start[k])
          .filter((m) => m.entity.type !== "person")
          .pop();
      if (body) return { entity: body.entity, at: doc.tokens.start[k] };
    }
    return null;
  }

  /**
   * Whether the sentence before the one at offset `before` has for its subject an unnamed group of
   * people, a plural noun for people with no name in it ("Members of both unions criticised the
   * decision. They said …"): what "they" then stands for, which names no one.
   */
  private groupSubjectBefore(before: number): boolean {
    const s = this.doc.tokens.sentence[tokenAtOrAfter(this.doc, before)];
    if (s === undefined || s < 1) return false;
    const own = this.subjectOf(s);
    if (own && !PRONOUNS[this.word(own[0])]) return false;
    const np = this.subjectOf(s - 1);
    if (!np || np[1] - np[0] > 8) return false;
    const head = this.word(np[1] - 1);
    const plural = singularOf(head);
    const group =
      !this.capital(np[1] - 1) &&
      ((plural !== null && PERSON_FIRST_NOUNS.has(plural)) || BODY_GROUPS.has(head) || GROUP_NOUNS.has(head));
    return group && this.mentionsIn(this.doc.tokens.start[np[0]], this.doc.tokens.end[np[1] - 1]).length === 0;
  }

  /**
   * "With what he called a fair deal, Judge Tom Vale closed the talks", "Even though she praised
   * the budget, Ann Roe vetoed it": "he" or "she" (token `at`) in a clause that opens its
   * sentence ("as", "when", "though" …, or a preposition before "what") and names no one before
   * the pronoun stands for the person named as the subject right after the clause's comma, when
   * that person's gender does not rule it out. Null otherwise.
   */
  private cataphoricSubject(pronoun: string, at: number): Entity | null {
    const kind = PRONOUNS[pronoun];
    if (kind !== "male" && kind !== "female") return null;
    const first = sentenceOf(this.doc, at).firstToken;
    const opener = this.word(first);
    const whatClause = FRONTED_PREPOSITIONS.has(opener) && this.word(first + 1) === "what";
    const even = opener === "even" && ["as", "though", "if", "when"].includes(this.word(first + 1));
    const subordinate = CLAUSE_SUBORDINATORS.has(opener) || opener === "as" || even;
    if (!(whatClause || subordinate) || at - first > 4) return null;
    const { start, end } = this.doc.tokens;
    if (this.mentionsIn(start[first], start[at]).some((m) => m.entity.type === "person")) return null;
    let comma = at + 1;
    while (comma < at + 30 && this.word(comma) !== "," && !/^[.;:!?]$/.test(this.word(comma))) comma++;
    if (this.word(comma) !== ",") return null;
    let k = comma + 1;
    // ('… as “bold,” Ann Roe': the comma may stand before the closing quotation mark.)
    if (this.quoteMarkAt(k)) k++;
    while (k < comma + 5 && TITLE_WORDS.has(this.word(k).replace(/\.$/, ""))) k++;
    const named = this.mentionsIn(start[k], end[Math.min(k + 3, this.doc.tokens.count - 1)])[0];
    if (!named || named.start !== start[k] || named.entity.type !== "person") return null;
    const gender = this.gender(named.entity) ?? this.likelyGender(named.entity);
    return gender === null || gender === kind ? named.entity : null;
  }

  /** The nearest earlier entity a pronoun can stand for; sentence subjects first. */
  resolvePronoun(pronoun: string, before: number): Entity | null {
    const kind = PRONOUNS[pronoun];
    if (!kind) return null;
    const wantPerson = kind === "male" || kind === "female";
    if (kind === "plural" && (this.groupSpokeLast(before) || this.groupSubjectBefore(before))) return null;
    if (kind === "male" || kind === "female") {
      const voice = this.voiceFor(kind, before);
      if (voice) return voice;
      if (this.strangerSpokeLast(kind, before)) return null;
    }
    let last = wantPerson ? this.lastSpeakerBefore(before) : null;
    // ("She says he is unfit. He says she is unready.": the last speaker, credited as "she", is not "he".)
    const credited = last ? this.speakers[this.speakerIndexBefore(before)].pronoun : undefined;
    const otherPronoun = credited && PRONOUNS[credited] !== kind ? last : null;
    if (otherPronoun) last = null;
    const opening = this.openingParticiple(before);
    const outsideOpening = (m: IndexedMention) => !opening || m.start < opening[0] || m.start >= opening[1];
    if (last) {
      // Another person of that gender named since the last quotation breaks the chain.
      // (Not one the quoted or reported words speak of: '“Tom Vale has it wrong,” she added.', 'He
      // said Tom Vale had to do more. “…,” he added.')
      const entry = this.speakers[this.speakerIndexBefore(before)];
      const since = this.mentionsIn(entry.named, before);
      if (
        since.some(
          (m) =>
            m.entity !== last &&
            m.entity.type === "person" &&
            this.mayBe(m, kind) &&
            !this.insideQuotation(m) &&
            outsideOpening(m) &&
            !(m.start >= entry.at && m.end <= entry.end),
        )
      )
        last = null;
    }
    // "Vexa said sales rose. The figures beat forecasts, it added.": "it" carries on the body that
    // spoke last, as "he" carries on the last man quoted.
    const lastBody = kind === "neuter" ? this.lastAnySpeakerBefore(before) : null;
    if (lastBody && lastBody.type !== "person") last = lastBody;
    // Score every compatible mention in the last few sentences: nearer is better, a known matching
    // gender, the latest speaker, the subject of a speech verb and a sentence's subject add weight.
    const scores = new Map<Entity, number>();
    const named = new Set<Entity>();
    const sentences = this.doc.sentences;
    let s = sentenceIndexBefore(this.doc, before);
    for (let distance = 0; s >= 0 && distance < 8; s--, distance++) {
      const sent = sentences[s];
      const found = this.fitting(sent, before, kind, otherPronoun).filter(outsideOpening);
      for (const m of found) named.add(m.entity);
      // A subject "he" or "she" carries on the one it stands for, weighing less than a name.
      const carried = wantPerson ? this.carriedSubject(s, kind, before, otherPronoun, found) : null;
      // A possessor ("Roe's lawyer, Tim Vale, disagreed") is neither the sentence's subject nor its first actor.
      const actors = found.filter((m) => !this.possessor(m));
      found.forEach((m) => {
        const k = actors.indexOf(m);
        let score = -1.5 * distance - (k < 0 ? 0.5 : 0);
        // (A first name's likely gender weighs less than a gender the text marks, and rules out no one.)
        if (wantPerson) {
          const likely = this.likelyGender(m.entity);
          score += this.gender(m.entity) === kind ? 2 : likely === kind ? 1 : likely ? -1.5 : -0.5;
        }
        if (m.entity === last) score += 2.5;
        // (The source named after its cue, "according to Ann Roe", counts only from the sentence before.)
        if (this.speaksNext(m.end) || (distance <= 1 && (this.sourceAfterCue(m.start, m.end) || this.namesSpeaker(m))))
          score += 1.5;
        if (k === 0) score += 0.5;
        // The sentence's grammatical subject (named in its first words) is the likelier antecedent.
        // ("Ann Roe condemned what she called a breach": the subject of the pronoun's own clause,
        // with no comma and no one else between them, outranks whoever spoke before.)
        if (k === 0 && this.inSubject(s, m.start))
          score += distance === 0 && this.clauseMate(m, found, before) ? 2.5 : 1;
        if (distance === 0 && this.ownsRelativeHead(m, found, before)) score += 2.5;
        if (!wantPerson) score -= 0.1 * (found.length - 1 - found.indexOf(m)); // nearest non-person first
        // "The lawsuit names the Harbour Board. It says …": "it" is a body only where the body was a
        // sentence's subject or spoke; one inside another phrase leaves "it" to that phrase's noun.
        // (So is "they": "Officials polled voters. The results, they said, were grim." is not the
        // newspaper the officials spoke to before.)
        const body = kind === "neuter" || (kind === "plural" && m.entity.type !== "person");
        if (body && !(k === 0 && this.inSubject(s, m.start)) && !this.speaksNext(m.end)) return;
        // A pair of people is plural for certain; a body is "they" only in some usage.
        if (kind === "plural" && m.entity.type === "person") score += 1.5;
        if (m === carried) score -= 1;
        const prev = scores.get(m.entity);
        if (prev === undefined || score > prev) scores.set(m.entity, score);
      });
    }
    // With nobody compatible named in those sentences ("the admiral", "his mother" since), the
    // chain of the last quotation's speaker holds, when the pronoun is known to fit that speaker.
    for (const entity of [...scores.keys()]) if (!named.has(entity)) scores.delete(entity);
    let best: Entity | null = !scores.size && last && this.gender(last) === kind ? last : null;
    let bestScore = -Infinity;
    for (const [entity, score] of scores)
      if (score > bestScore) {
        best = entity;
        bestScore = score;
      }
    return best;
  }

  /**
   * Whether the person mentioned at `m` is of gender `kind`, as the text marks it, or may be, with
   * no gender the text or the first name tells, when the mention opens its sentence's subject or
   * speaks ("Yukiya Obi, the agency's head, said …"; not "The report by Yukiya Obi warned …").
   */
  private mayBe(m: IndexedMention, kind: string): boolean {
    const g = this.gender(m.entity);
    if (g !== null || this.likelyGender(m.entity) !== null) return g === kind;
    if (this.speaksNext(m.end)) return true;
    const np = this.subjectOf(sentenceIndexBefore(this.doc, m.end));
    return np !== null && this.doc.tokens.start[np[0]] === m.start;
  }

  /**
   * "Asked about Ann Roe's plan, she said …": the offsets of a participle clause that opens the
   * sentence and closes with the comma right before `before`. Its understood subject is the pronoun
   * after it, so no one named inside it is that pronoun ("she" would be "herself" there).
   */
  private openingParticiple(before: number): [number, number] | null {
    const p = tokenAtOrAfter(this.doc, before);
    const first = sentenceOf(this.doc, p).firstToken;
    if (p - first < 3 || this.word(p - 1) !== ",") return null;
    const start = this.doc.tokens.start[first];
    if (!isParticipleForm(this.word(first)) || this.mentionsIn(start, this.doc.tokens.end[first]).length) return null;
    return [start, this.doc.tokens.start[p - 1]];
  }

  /** The mentions in `sent` before `before` that a pronoun of `kind` can stand for, in text order. */
  private fitting(sent: SentenceSpan, before: number, kind: string, otherPronoun: Entity | null): IndexedMention[] {
    const wantPerson = kind === "male" || kind === "female";
    return this.mentionsIn(sent.start, Math.min(sent.end, before)).filter((m) => {
      // ('Ann Roe continued, “I think Tom Vale is wrong.” He added …': the quoted words name
      // someone they speak of; "he" is one the narrative named.)
      if (this.quoted(m) || (wantPerson && this.insideQuotation(m))) return false;
      if (!wantPerson)
        return kind === "plural"
          ? m.entity.type === "organization" || this.firstOfPair(m, sent.end)
          : m.entity.type === "organization" || (m.entity.type === "location" && this.governs(m.entity));
      if (m.entity.type !== "person") return false;
      // (Nor the last speaker, credited through the other pronoun: "“…,” she said. “…,” he said.")
      if (otherPronoun && m.entity === otherPronoun) return false;
      const g = this.gender(m.entity);
      return g === null || g === kind;
    });
  }

  /** The people subject pronouns stand for, by offset, resolved in text order up to sentence `carriedUpTo`. */
  private readonly carriedSubjects = new Map<number, Entity | null>();
  private carriedUpTo = -1;

  /**
   * "Tom Vale, 35, came early. He had backed Ann Roe before. “…,” he said.": the person sentence
   * `s`'s subject pronoun of `kind` stands for, added to `found` (its mentions, in text order) as a
   * mention at that pronoun when the pronoun comes before `before` and is not `other`'s. The subject
   * pronouns are resolved once each, in text order, so that each finds those before it already
   * resolved (a chain of them costs no deeper calls). resolvePronoun counts it only for someone the
   * sentences it looks back over name.
   */
  private carriedSubject(
    s: number,
    kind: string,
    before: number,
    other: Entity | null,
    found: IndexedMention[],
  ): IndexedMention | null {
    const at = this.subjectPronoun(s);
    if (!at || PRONOUNS[at.word] !== kind || at.start >= before) return null;
    for (let t = this.carriedUpTo + 1; t <= s; t++) {
      this.carriedUpTo = t;
      const p = this.subjectPronoun(t);
      if (p) this.carriedSubjects.set(p.start, this.resolvePronoun(p.word, p.start));
    }
    const entity = this.carriedSubjects.get(at.start);
    if (!entity || entity === other) return null;
    const carried = { start: at.start, end: at.end, entity };
    found.push(carried);
    found.sort((a, b) => a.start - b.start);
    return carried;
  }

  /** Sentence `s`'s subject tokens (`subjectSpan` over the whole sentence), read once per sentence. */
  private readonly subjects = new Map<number, [number, number] | null>();

  private subjectOf(s: number): [number, number] | null {
    let np = this.subjects.get(s);
    if (np === undefined) {
      const sent = this.doc.sentences[s];
      np = this.subjectSpan(sent.firstToken, sent.lastToken);
      this.subjects.set(s, np);
    }
    return np;
  }

  /** Sentence `s`'s subject when it is "he" or "she" alone, outside quotation marks. */
  private subjectPronoun(s: number): { start: number; end: number; word: string } | null {
    const np = this.subjectOf(s);
    if (!np || np[1] - np[0] !== 1) return null;
    const word = this.word(np[0]);
    if (word !== "he" && word !== "she") return null;
    const at = { start: this.doc.tokens.start[np[0]], end: this.doc.tokens.end[np[0]], word };
    return this.insideQuotation(at) ? null : at;
  }

  /**
   * Whether a place has a government that "it" can stand for ("Norway said it would …", "Ohio said
   * it would appeal"): a country or a US state, not a city ("Dover" in a dateline is no "it").
   */
  private governs(place: Entity): boolean {
    return COUNTRY_NAMES.has(place.name) || isStateName(place.name);
  }

  /**
   * Whether a person's mention opens a pair of people ("Ann Roe and Tom Vale", "Roe, Vale and
   * Ash"), whom "they" can stand for: the first named speaks for both (ANNOTATION.md).
   */
  private firstOfPair(m: IndexedMention, limit: number): boolean {
    if (m.entity.type !== "person") return false;
    const { text } = this.doc;
    const joined = (a: IndexedMention, b: IndexedMention) =>
      a.entity.type === "person" && a.entity !== b.entity && /^\s*(?:and|,)\s*$/.test(text.slice(a.end, b.start));
    const before = this.mentionsIn(Math.max(0, m.start - 80), m.start);
    if (before.length && joined(before[before.length - 1], m)) return false;
    const after = this.mentionsIn(m.end, Math.min(limit, m.end + 80))[0];
    return after !== undefined && joined(m, after) && after.entity.type === "person";
  }

  /**
   * "Ann Roe says she opposes the toll. The GOP candidate says she will vote against it.": whether
   * `person` is the subject of a speech verb in the sentence just before `before`, in its paragraph,
   * so that a description of someone in the next sentence varies the name of the one just reported.
   */
  private justReported(person: Entity, before: number): boolean {
    const s = sentenceIndexBefore(this.doc, before);
    const current = this.doc.sentences[s];
    const prev = this.doc.sentences[s - 1];
    if (!prev || !current || prev.paragraph !== current.paragraph) return false;
    const np = this.subjectSpan(prev.firstToken, prev.lastToken);
    if (!np) return false;
    const named = this.mentionsIn(this.doc.tokens.start[np[0]], this.doc.tokens.end[np[1] - 1]);
    return named.some((m) => m.entity === person) && this.speaksNext(this.doc.tokens.end[np[1] - 1]);
  }

  /** Whether `offset` lies in the subject of sentence `s` (past any opening adverbial, "Speaking in Oslo, …"). */
  private inSubject(s: number, offset: number): boolean {
    const np = this.subjectOf(s);
    if (!np) return false;
    const k = tokenAtOrAfter(this.doc, offset);
    return k >= np[0] && k < np[1];
  }

  /** Whether `m`, of the mentions `found` in a sentence, is followed up to `before` by no punctuation and no other of them. */
  private clauseMate(m: IndexedMention, found: readonly IndexedMention[], before: number): boolean {
    if (found.some((o) => o !== m && o.start >= m.end && o.start < before)) return false;
    for (let k = tokenAtOrAfter(this.doc, m.end); k < this.doc.tokens.count && this.doc.tokens.start[k] < before; k++)
      if (isPunct(this.word(k))) return false;
    return true;
  }

  /**
   * "Jim Cole's plan, which he said would save money, …", "at the heart of Ann Roe's case against a
   * board that she said had misled her": the owner, named in the pronoun's own sentence, of the noun
   * a relative clause opened right before the pronoun describes, with no one else of `found` named
   * between: the pronoun is that owner, not a person of an earlier sentence.
   */
  private ownsRelativeHead(m: IndexedMention, found: readonly IndexedMention[], before: number): boolean {
    const p = tokenAtOrAfter(this.doc, before);
    const at = tokenAtOrAfter(this.doc, m.end);
    const w = this.word(at);
    if (!((w === "'s" || w === "’s") && this.doc.tokens.start[at] === m.end)) return false;
    if (p - at > 12 || !RELATIVE_OPENERS.has(this.word(p - 1))) return false;
    return !found.some((o) => o !== m && o.start >= m.end && o.start < before);
  }

  /** Whether a speech verb follows within three words of `offset` ("Mr Abbott said", "Levy has told"). */
  speaksNext(offset: number): boolean {
    let i = tokenAtOrAfter(this.doc, offset);
    for (let n = 0; n < 3 && i < this.doc.tokens.count; n++, i++) {
      const w = this.word(i);
      if (speechLemma(w)) return true;
      if (isPunct(w)) return false;
    }
    return false;
  }

  /**
   * Whether the mention starting at `offset` is the source a cue just before it names: "according to
   * Ann Roe", "said Ann Roe", "…, says neighbour Ann Roe".
   */
  protected sourceAfterCue(offset: number, end: number): boolean {
    const k = tokenAtOrAfter(this.doc, offset);
    // ("Ann Roe, said Tom Vale was …": a name with a verb after it is the reported clause's subject.)
    const after = tokenAtOrAfter(this.doc, end);
    if (after < this.doc.tokens.count && !isPunct(this.word(after))) return false;
    for (let i = k - 1, n = 0; i >= 0 && n < 3; i--, n++) {
      const w = this.word(i);
      if (w === "to" && this.word(i - 1) === "according") return true;
      const l = speechLemma(w);
      if (l) return INVERTING_LEMMAS.has(l) && isPunct(this.word(i - 1));
      if (isPunct(w)) return false;
    }
    return false;
  }

  /** The nearest pronoun or person named before token `end` in the sentence starting at token `first`. */
  nearestSubjectBefore(first: number, end: number, before: number): Speaker | null {
    const { doc } = this;
    const from = doc.tokens.start[first];
    const to = doc.tokens.start[end];
    const named = this.mentionsIn(from, to).filter((m) => m.entity.type === "person" && !this.quoted(m));
    // ("Tom Vale delivered a blunt message to Ann Roe: “…”": a person after "to", "for" … is the
    // one addressed; the person before them, who delivers the words, comes first.)
    const addressed = (m: IndexedMention) => HEARER_PREPOSITIONS.has(this.word(tokenAtOrAfter(doc, m.start) - 1));
    const people = named.some((m) => !addressed(m)) ? named.filter((m) => !addressed(m)) : named;
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

  /** Whether tokens [from, to) are a role owned by a possessor and name no person after it ("Roe's lawyer"). */
  private possessedRole(from: number, to: number): boolean {
    for (let k = to - 2; k >= from; k--) {
      const w = this.word(k);
      if (w === "'s" || w === "’s") return !this.hasPerson(k + 1, to);
    }
    return false;
  }

  /** Whether a mention is a possessor ("Roe" in "Roe's lawyer"), a modifier of another noun and not the one acting. */
  private possessor(m: { end: number }): boolean {
    const k = tokenAtOrAfter(this.doc, m.end);
    const w = k < this.doc.tokens.count ? this.word(k) : "";
    return ((w === "'s" || w === "’s") && this.doc.tokens.start[k] === m.end) || this.namesEmployer(k);
  }

  /**
   * "Vale spokesman Peter Marsh", "Roe campaign manager Tim Ash": a name before lower-case words for
   * a person's post and then that person's name says whom the person works for.
   */
  private namesEmployer(k: number): boolean {
    const { doc } = this;
    let j = k;
    while (j < doc.tokens.count && j - k < 3 && !this.capital(j) && /^\p{L}+$/u.test(this.word(j))) j++;
    if (j === k || j >= doc.tokens.count || !this.capital(j)) return false;
    const post = this.word(j - 1);
    if (!PERSON_FIRST_NOUNS.has(post) && !SPOKES_NOUNS.has(post)) return false;
    return this.mentionsIn(doc.tokens.start[j], doc.tokens.end[Math.min(doc.tokens.count - 1, j + 3)]).some(
      (n) => n.entity.type === "person" && n.start === doc.tokens.start[j],
    );
  }

  /**
   * The speaker named by a cue's subject, the phrase over tokens `subject` (from `subjectBefore`).
   * "Some delegates at the convention in Dover said": a place after a preposition modifies the
   * people before it, who speak; only a place's officials or its police stand for it ("officials
   * in Dover").
   */
  resolveSubject(subject: [number, number], lo: number, before: number): Speaker | null {
    const speaker = this.resolvePhrase(subject[0], subject[1], before);
    if (speaker?.entity?.type !== "location" || subject[0] - 1 < lo) return speaker;
    if (!PLACE_PREPOSITIONS.has(this.word(subject[0] - 1))) return speaker;
    for (let k = subject[0] - 2; k >= lo && subject[0] - k <= 8; k--) {
      const w = this.word(k);
      if (SPOKES_NOUNS.has(w) || BODY_GROUPS.has(w)) return speaker;
      if (isPunct(w)) break;
    }
    return { ...speaker, entity: null };
  }

  /** The subject of a sentence: its first noun phrase after any opening adverbial ("Reacting to X, China's embassy …"). */
  sentenceSubject(first: number, cue: number, before: number): Speaker | null {
    const np = this.subjectSpan(first, cue);
    if (!np || this.existentialThere(np)) return null;
    // ('Vale’s Ohio state director, Ann Roe, wrote to the board, saying …': a description that ends
    // in a common noun and is renamed by a person's name set off after it is that person, though a
    // name inside it (Vale, Ohio) is an entity of its own.)
    let end = np[0];
    while (end < cue && end - np[0] < 8 && !isPunct(this.word(end)) && !this.finiteAt(end)) end++;
    const renamed =
      end > np[0] + 1 && this.word(end) === "," && /^\p{Ll}{3,}$/u.test(this.word(end - 1))
        ? this.apposedPerson(end, cue, before)
        : null;
    if (renamed) return renamed;
    const own = this.resolvePhrase(np[0], np[1], before);
    if (own?.entity) return own;
    // ("The other candidate on the stage, Ann Roe, …": the phrase's prepositional phrase runs on to
    // the comma before the name.)
    let comma = np[1];
    if (PREPOSITIONS.has(this.word(comma)))
      while (comma < cue && comma - np[1] < 5 && this.word(comma) !== "," && !this.looksLikeVerb(comma)) comma++;
    if (this.word(comma) !== ",") return own;
    // "Other lawyers, including Ann Roe and Tom Vale, wrote …, saying": a group whose members are
    // then named speaks through the first of them.
    if (this.word(comma + 1) === "including") {
      const from = this.doc.tokens.start[comma + 2];
      const first = this.mentionsIn(from, this.doc.tokens.end[Math.min(cue, comma + 8) - 1])[0];
      if (first?.entity.type === "person" && tokenAtOrAfter(this.doc, first.start) <= comma + 4)
        return {
          entity: first.entity,
          name: null,
          mention: { start: first.start, end: first.end, text: this.doc.text.slice(first.start, first.end) },
        };
      return own;
    }
    // 'The city's transport chief, Ann Roe, wrote to the council, saying …': a description that
    // names no one, renamed by a person's name set off after it, is that person.
    return this.apposedPerson(comma, cue, before) ?? own;
  }

  /**
   * The subject of a participle of saying set off after its clause ("…, admitting that …"): the
   * subject of the last of two clauses joined by "and" or "but" before it, when it names someone
   * ("Police charged the driver and Ann Roe fired her deputy, admitting …" is Ann Roe's: the
   * participle qualifies the clause nearest it), else the sentence's subject.
   */
  participleSubject(first: number, cue: number, before: number): Speaker | null {
    const setOff = this.word(cue - 1) === ",";
    for (let k = cue - 2; setOff && k > first && cue - k <= PARTICIPLE_REACH; k--) {
      const w = this.word(k);
      if (w === ";" || w === ":" || this.quoteMarkAt(k)) break;
      if (w !== "and" && w !== "but") continue;
      const np = this.phraseStartingAt(k + 1, cue);
      if (!np || !this.capital(np[0])) continue;
      // (The phrase read may run on over the verb: the subject ends where a finite verb begins.)
      let e = np[0] + 1;
      while (e < np[1] && !this.finiteAt(e)) e++;
      if (e >= cue - 1 || !this.finiteAt(e)) continue;
      // (Two clauses: the first has a verb of its own, so "Ann Roe and Tom Vale wrote, saying" is one
      // subject; and the second's subject is a name, not an owner's thing, "Roe's book included".)
      let verb = k - 1;
      while (verb > first && !this.finiteAt(verb)) verb--;
      if (
        verb <= first ||
        /['’]s\b/.test(this.doc.text.slice(this.doc.tokens.start[np[0]], this.doc.tokens.end[e - 1]))
      )
        break;
      const own = this.resolvePhrase(np[0], e, before);
      if (own?.entity) return own;
      break;
    }
    return this.sentenceSubject(first, cue, before);
  }

  /** Whether token `k` is the "'s" of "he's", "she's", "who's": "has" ("she's said"), never a possessive. */
  contractedHas(k: number): boolean {
    const w = this.word(k);
    return (w === "'s" || w === "’s") && CONTRACTING_PRONOUNS.has(this.word(k - 1));
  }

  /** Whether token `k` reads as a finite verb or an auxiliary ("had", "praised", "sees"), not a noun. */
  private finiteAt(k: number): boolean {
    const w = this.word(k);
    return (
      !this.capital(k) &&
      ((w.length > 4 && w.endsWith("ed")) || isFiniteVerbForm(w) || BE_FORMS_BEFORE.has(w) || HAVE_FORMS.has(w))
    );
  }

  /**
   * The person named alone (a title at most before the name) between the comma at token `comma` and
   * the next comma, before token `cue`: the apposition that renames a description ("…, Ann Roe,").
   */
  private apposedPerson(comma: number, cue: number, before: number): Speaker | null {
    const name = this.phraseStartingAt(comma + 1, cue);
    // ("The other candidate, former mayor Ann Roe, …": "former" or "then" before the title.)
    const titled = name && (this.word(name[0]) === "former" || this.word(name[0]) === "then") ? name[0] + 1 : name?.[0];
    if (!name || titled === undefined || !this.capital(titled) || this.word(name[1]) !== ",") return null;
    const named = this.resolvePhrase(titled, name[1], before);
    // (the name alone, a title at most before it: in "For months, Ann Roe had praised Tom Vale,
    // stating …" there is no apposition)
    const inside = this.mentionsIn(this.doc.tokens.start[titled], this.doc.tokens.end[name[1] - 1]);
    const alone =
      inside.length > 0 &&
      inside.every((m) => m.entity === named?.entity) &&
      inside[inside.length - 1].end === this.doc.tokens.end[name[1] - 1] &&
      // ("former Secretary of State Ann Roe": "of" inside a capitalised title.)
      [...Array(name[1] - titled).keys()].every((j) => this.capital(titled + j) || this.word(titled + j) === "of");
    return named?.entity?.type === "person" && alone ? named : null;
  }

  /**
   * Whether the cue at token `cue` heads an opening clause with no subject of its own ("Having
   * announced that …, Tom Vale left", "Since announcing in May that …, Ann Roe has"), whose speaker
   * is the main clause's subject after its comma.
   */
  opensSubjectlessAdjunct(cue: number): boolean {
    const first = sentenceOf(this.doc, cue).firstToken;
    // ("In addition to stating that …, Ann Roe vowed …", "Apart from saying …": a preposition of
    // several words before the gerund.)
    const gerund = this.word(cue).endsWith("ing");
    if (cue > first && cue - first <= 3) {
      let opener = this.word(first);
      for (let k = first + 1; k < cue; k++) opener += " " + this.word(k);
      if (COMPLEX_PREPOSITIONS.has(opener)) return gerund;
    }
    if (cue !== first + 1) return false;
    const opener = this.word(first);
    return opener === "having" || (ADJUNCT_OPENERS.has(opener) && gerund);
  }

  /** The subject after the comma that closes an opening adjunct running from `from` (past at most three commas). */
  subjectAfterAdjunct(from: number, hi: number, before: number): Speaker | null {
    for (let k = from, commas = 0; k < hi - 1 && commas < 3; k++) {
      if (this.word(k) !== ",") continue;
      commas++;
      // (The comma may stand inside a closing quotation mark: "… a third term,” Tom Vale left".)
      let next = k + 1;
      while (next < hi && this.quoteMarkAt(next)) next++;
      const np = this.subjectSpan(next, hi);
      if (!np) continue;
      const speaker = this.resolvePhrase(np[0], np[1], before);
      if (!speaker?.entity) continue;
      // (The subject is the name itself when the phrase read runs on into its verb: "Tom Vale left".)
      const start = this.doc.tokens.start[np[0]];
      const own = this.mentionsIn(start, this.doc.tokens.end[np[1] - 1])[0];
      if (own?.entity === speaker.entity && own.start === start)
        return { ...speaker, mention: { start, end: own.end, text: this.doc.text.slice(start, own.end) } };
      return speaker;
    }
    return null;
  }

  /**
   * The one who speaks through a participle cue at token `cue` after "as" and a verb of citation, or
   * null: the verb's object ("The Tarrow Post quoted Ann Roe, the mayor, as saying", "the agency cited
   * an aide as telling"), or in the passive with an agent the subject ("Tom Vale was quoted by the
   * Post as saying"); the one who cites only passes the words on.
   */
  citedSpeaker(cue: number, lo: number): [number, number] | null {
    if (this.word(cue - 1) !== "as" || !this.word(cue).endsWith("ing")) return null;
    for (let k = cue - 3; k >= lo && cue - k <= 24; k--) {
      const w = this.word(k);
      if (/^[.!?;:]$/.test(w) || this.quoteMarkAt(k)) return null;
      if (!CITING.has(w) || this.capital(k)) continue;
      if (BE_FORMS_BEFORE.has(this.word(k - 1))) {
        if (this.word(k + 1) !== "by") return null;
        let verb = k - 1;
        while (verb > lo && (BE_FORMS_BEFORE.has(this.word(verb - 1)) || AUX_BEFORE_CUE.has(this.word(verb - 1))))
          verb--;
        return this.subjectBefore(verb, lo);
      }
      let end = cue - 1;
      while (end > k + 1 && this.word(end - 1) === ",") end--;
      return end > k + 1 ? [k + 1, end] : null;
    }
    return null;
  }

  /** The participle cue after a verb of citation at token `verb` ("quoted Ann Roe as saying"), before `hi`, or null. */
  citedParticiple(verb: number, hi: number): number | null {
    if (!CITING.has(this.word(verb))) return null;
    for (let k = verb + 2; k + 1 < hi && k - verb <= 22; k++) {
      if (/^[.!?;:]$/.test(this.word(k)) || this.quoteMarkAt(k)) return null;
      if (this.word(k) === "as" && this.citedSpeaker(k + 1, verb) !== null) return k + 1;
    }
    return null;
  }

  /**
   * "Tom Vale paused, as if to say …", "Ann Roe refused, again, to concede that …", "She wrote to
   * him, only to tell him that …": an infinitive cue after a comma, governed by no verb or noun of
   * its own, has the sentence's subject for its subject (`to` is the token before the cue); null when
   * that subject reads as no phrase, undefined when no comma governs the infinitive.
   */
  private infinitiveAfterComma(to: number, cue: number, lo: number): [number, number] | null | undefined {
    let k = to - 1;
    while (k > lo && (INFINITIVE_LEADS.has(this.word(k)) || isLyAdverb(this.word(k)))) k--;
    // ("Tom Vale spoke on Friday, vowing to tell the board that …": a participle after the comma
    // that governs the infinitive has the sentence's subject too.)
    if (/^[a-z]{2,}(?<!thing)ing$/.test(this.word(k)) && this.word(k - 1) === ",") k--;
    const first = sentenceOf(this.doc, cue).firstToken;
    // (Not after a relative clause set off by commas: "forced the clerk, who was under oath, to
    // admit" makes its object speak.)
    if (k > first && this.word(k) === "," && this.closedRelative(k, lo) < 0)
      return this.subjectSpan(Math.max(first, lo), k);
    return undefined;
  }

  /** Tokens of the subject noun phrase that ends just before token `cue` (exclusive), within [lo, cue). */
  subjectBefore(cue: number, lo: number): [number, number] | null {
    const np = this.readSubjectBefore(cue, lo);
    if (np && this.existentialThere(np)) return null;
    return (np && this.appositionOwner(np, lo)) ?? np;
  }

  /**
   * "There is new evidence suggesting that …", "there were loud calls of “…”": an existential
   * "there", before a form of "be", stands in the subject's place and names no one (a "there" set
   * off by a comma is a place: "There, the mayor said …").
   */
  private existentialThere(np: [number, number]): boolean {
    return this.word(np[0]) === "there" && BE_FORMS_BEFORE.has(this.word(np[0] + 1));
  }

  /**
   * "Tom Vale, the editor of the town's weekly, The Dunmore Ledger, said": a name set after a
   * description of a person that itself stands in apposition to a person's name renames the
   * description's last noun (the weekly), not the person; the subject is the person named first.
   * Null unless tokens `np` follow such a description ("the"/"a"/"an", a noun for a person before
   * any preposition, no verb) after the comma that closes a person's name.
   */
  private appositionOwner(np: [number, number], lo: number): [number, number] | null {
    const comma = np[0] - 1;
    if (comma - 2 <= lo || this.word(comma) !== ",") return null;
    let c = comma - 1;
    while (c > lo && comma - c <= 16 && this.word(c) !== ",") {
      if (isPunct(this.word(c)) && !this.isAbbreviationDot(c) && this.word(c) !== "'s" && this.word(c) !== "’s")
        return null;
      if (isFiniteVerbForm(this.word(c))) return null;
      c--;
    }
    if (c <= lo || this.word(c) !== "," || c + 2 >= comma || !/^(?:the|a|an)$/.test(this.word(c + 1))) return null;
    let person = false;
    for (
      let k = c + 2;
      k < comma && !PREPOSITIONS.has(this.word(k)) && this.word(k) !== "'s" && this.word(k) !== "’s";
      k++
    )
      if (!this.capital(k) && (PERSON_FIRST_NOUNS.has(this.word(k)) || SPOKES_NOUNS.has(this.word(k)))) person = true;
    if (!person) return null;
    const owner = this.phraseEndingAt(c, lo);
    if (!owner || this.possessedRole(owner[0], owner[1])) return null;
    const named = this.mentionsIn(this.doc.tokens.start[owner[0]], this.doc.tokens.end[owner[1] - 1]);
    const last = named[named.length - 1];
    if (last?.entity.type !== "person" || last.end !== this.doc.tokens.end[owner[1] - 1]) return null;
    // (The phrase is the name, with its titles: not "In his speech, a tribute to Tom Vale, the
    // nominee, Ann Roe said", where the words before the name make another apposition.)
    for (let k = owner[0]; this.doc.tokens.start[k] < last.start; k++)
      if (!this.capital(k) && !this.isAbbreviationDot(k)) return null;
    return owner;
  }

  /**
   * Where the clause holding the first of two coordinated verbs begins, for the "and" (or "but") at
   * token `and`: just after a subordinator ("when", "because", "after" …) that opens a clause with
   * a verb of its own and no comma or semicolon before the "and"; else `first`, the sentence's
   * first token. "The row grew when Ann Roe mocked the plan and said …": after "when"; "When Ann
   * Roe arrived, Tom Vale mocked the plan and said …" keeps the sentence's subject, and so does a
   * clause inside reported speech ("Tom Vale said he left when Roe spoke and asked …"). The
   * subordinator may open the sentence, capitalised: "When Ann Roe stood up and said …, the hall
   * cheered" (Ann Roe).
   */
  private coordinatedClauseStart(first: number, and: number): number {
    for (let k = and - 1; k >= first; k--) {
      const w = this.word(k);
      if (w === "," || w === ";" || w === ":") return first;
      if (!CLAUSE_SUBORDINATORS.has(w) || (this.capital(k) && k > first) || !this.holdsVerb(k + 2, and)) continue;
      for (let v = first; v < k; v++) if (speechLemma(this.word(v)) && !this.capital(v)) return first;
      return k + 1;
    }
    return first;
  }

  /**
   * The subject of a verb coordinated by the "and" (or "but") at token `j` ("… and said"): the
   * sentence's, or, when the verb it is coordinated with stands in a subordinate clause that no
   * comma has closed, that clause's ("The row grew when Mayor Ann Roe mocked the plan and said …":
   * Ann Roe); a name set in apposition after it renames it ("Vale's spokeswoman, Ann Roe, denied
   * it and said …").
   */
  private coordinatedSubject(cue: number, j: number): [number, number] | null {
    const first = sentenceOf(this.doc, cue).firstToken;
    const np = this.subjectSpan(this.coordinatedClauseStart(first, j), j);
    if (np && this.word(np[1]) === "," && this.apposedPerson(np[1], j, this.doc.tokens.start[cue]))
      return this.phraseStartingAt(np[1] + 1, j);
    return np;
  }

  private readSubjectBefore(cue: number, lo: number): [number, number] | null {
    const cited = this.citedSpeaker(cue, lo);
    if (cited) return cited;
    let j = this.subjectEnd(cue - 1, lo);
    if (j < lo) return null;
    // "John Dickey, the head of Ora Media -- the firm that owns the channel -- told me": a
    // parenthesis between dashes stands between the subject and its verb.
    const dashOpen = this.dashParenthesisOpening(j, lo);
    if (dashOpen > lo) {
      // ("A former candidate -- Tom Vale, who lost in 2008 -- said": the name the parenthesis opens with.)
      let first = dashOpen + 1;
      while (first < j && DASHES.has(this.word(first))) first++;
      const named = this.mentionsIn(this.doc.tokens.start[first], this.doc.tokens.start[j])[0];
      if (named?.entity.type === "person" && named.start === this.doc.tokens.start[first])
        return [first, tokenAtOrAfter(this.doc, named.end)];
      j = this.subjectEnd(dashOpen - 1, lo);
    }
    // The object before an infinitive cue ("forced Tom Vale to admit") starts after the verb that governs it.
    if (j < cue - 1 && this.word(j + 1) === "to") lo = Math.max(lo, this.causativeBefore(j, lo) + 1);
    if (j === cue - 1 && this.word(j) === "to") {
      const own = this.infinitiveAfterComma(j, cue, lo);
      if (own !== undefined) return own;
    }
    // 'Ann Roe, the star of “Harbour Lights,” told': the comma that closes an apposition ending in a
    // quoted title stands inside the title's closing quotation mark, American style (a title inside
    // an apposition, after a word and a comma before it; not a quotation opening the sentence or
    // after "said,", nor the object of a verb, "Tom Vale went on to praise “Harbour Lights,” note …").
    if (this.quoteMarkAt(j) && this.word(j - 1) === ",") {
      let open = j - 2;
      while (open > lo && j - open <= 12 && !this.quoteMarkAt(open)) open--;
      let comma = open - 1;
      while (comma > lo && open - comma <= 10 && this.word(comma) !== ",") comma--;
      const apposition = this.word(comma) === "," && !this.holdsVerb(comma + 1, open);
      if (open > lo && this.quoteMarkAt(open) && /^\p{L}+$/u.test(this.word(open - 1)) && apposition) j--;
    }
    // "Gov. Ann Roe (R-Ore.), said": a comma after the bracket that follows a name (a party and
    // state, an age) stands between the subject and its verb as if it were not there.
    if (this.word(j) === "," && this.word(j - 1) === ")") {
      let open = j - 2;
      while (open > lo && j - open <= 10 && this.word(open) !== "(" && this.word(open) !== ")") open--;
      if (open > lo && this.word(open) === "(" && this.personEndsAt(open - 1, lo)) j--;
    }
    // "Ann Roe, who said …", "Roe, now the party's leader, who in 2010 said …": the subject of a
    // relative clause set off by a comma is the phrase it follows (past a time adjunct before the cue).
    const who = this.relativeWho(j, lo);
    if (who >= 0) {
      let comma = who - 1;
      // (A dash written as two hyphens: "Rob Nash -- who".)
      while (comma - 1 > lo && DASHES.has(this.word(comma)) && DASHES.has(this.word(comma - 1))) comma--;
      // Past one apposition that names nobody: "Tom Roe, now the party's leader, who", or whose head
      // is a common noun after an article, whoever it names further on: "Ann Roe, a former aide to
      // Tom Vale, who" qualifies Ann Roe.
      let prev = comma - 1;
      while (prev > lo && this.word(prev) !== "," && comma - prev < 12) prev--;
      const described = INDEFINITES.has(this.word(prev + 1)) && !this.capital(prev + 2);
      if (prev > lo && this.word(prev) === "," && (described || !this.hasPerson(prev + 1, comma))) comma = prev;
      const before = this.antecedent(comma, lo);
      if (before) return before;
    }
    if (this.word(j) === "and" || this.word(j) === "but") return this.coordinatedSubject(cue, j);
    if (this.word(j) === ",") return this.subjectBeforeClosingComma(j, lo);
    const read = this.afterWhAdverb(this.phraseEndingAt(j + 1, lo));
    const address = read && this.addressOwner(read, lo);
    if (address) return address;
    const np = read && this.withoutClause(this.withoutOpeningAdjunct(read), cue);
    const accused = np && this.gerundObjectSubject(np, lo);
    if (accused) return accused;
    // "A truck maker in which Vexa has a stake said", "A scientist who examined the skull of King
    // Tom Vale said", "The firm whose shares Ann Roe bought said": the words read back to a relative
    // pronoun are its clause; the subject is the noun phrase the clause qualifies.
    if (np && np[0] - 1 > lo && RELATIVE_PRONOUNS.has(this.word(np[0] - 1)) && this.holdsVerb(np[0], np[1])) {
      let r = np[0] - 1;
      if (r - 1 > lo && PREPOSITIONS_BEFORE_WHICH.has(this.word(r - 1))) r--;
      const head = this.phraseEndingAt(r, lo);
      if (head) return head;
    }
    // "Nurses who staff the Kelbrook Clinic say", "Dockers that have backed the strike say": so too a
    // subject relative whose verb is a bare present, or that opens with "that" — when the phrase
    // before it holds no verb of its own ("It is true in towns that are called …"), the cue is no
    // infinitive ("a rule that requires staff to promise …") and no clause opens inside the relative
    // one with a subject of its own ("debts that went unpaid until the bank asked").
    if (np && np[0] - 1 > lo && this.word(cue - 1) !== "to" && this.relativePredicate(np[0] - 1, np[0])) {
      let inner = false;
      for (let k = np[0]; k < np[1]; k++) if (PHRASE_CLAUSE_OPENERS.has(this.word(k))) inner = true;
      const head = inner ? null : this.phraseEndingAt(np[0] - 1, lo);
      if (head && !this.holdsVerb(head[0], head[1])) return head;
    }
    const described = np && this.unclosedDescription(np[0], lo);
    if (np && described !== null && described > lo) {
      // "Stephen Nutt, an assistant commissioner with the AFP said": the description is an
      // apposition, and the name before its comma the subject (a name: not "When Ann Roe won a
      // Vale seat, a columnist for the Post said").
      const named = this.phraseEndingAt(described - 1, lo);
      const person = named && this.capital(named[0]) && this.hasPerson(named[0], named[1]);
      // A definite description, or one naming a spokesperson, renames only a name that opens its
      // sentence, and only past a preposition, before a verb no comma follows: "Tom Vale, the
      // spokesman for the Harbour Board said …" is Vale; in "Ann Roe, the mayor of Dover said, was
      // right" the mayor speaks of Roe, and "After a talk with Ann Roe, the head of the trust said …"
      // is left to the description's own reading.
      let preposition = false;
      for (let k = described + 1; k < np[1]; k++) if (PREPOSITIONS.has(this.word(k))) preposition = true;
      const opening =
        person && preposition && named[0] === sentenceOf(this.doc, cue).firstToken && this.word(cue + 1) !== ",";
      const indefinite = INDEFINITE.has(this.word(described)) && !this.standsForSpeaker(described, np[1]);
      if (person && (indefinite || opening)) return named;
    }
    return np;
  }

  /**
   * "That is why critics say …", "a sign of how deeply the board fears …": "why" or "how" (with
   * the adverb it governs) opens a clause of its own, and the subject of its verb is the words
   * after it. The phrase `np` from just after the adverb, or `np` when it holds none.
   */
  private afterWhAdverb(np: [number, number] | null): [number, number] | null {
    if (!np) return np;
    for (let k = np[1] - 1; k >= np[0]; k--) {
      if (this.capital(k) || (this.word(k) !== "why" && this.word(k) !== "how")) continue;
      let first = k + 1;
      while (first < np[1] && (isLyAdverb(this.word(first)) || DEGREE_ADVERBS.has(this.word(first)))) first++;
      return first < np[1] ? [first, np[1]] : np;
    }
    return np;
  }

  /**
   * The subject of a verb right after the comma at token `j` that closes what stands between the
   * subject and its verb: a relative clause, an adjunct, appositions, a participle clause.
   */
  private subjectBeforeClosingComma(j: number, lo: number): [number, number] | null {
    // "Tom Vale, whose firm, Vexa, went under, said …": a relative clause set off by commas, with
    // a verb of its own, stands between the subject and its verb. The appositions before the comma
    // are read as before when they reach back past the clause; a phrase inside it ("whose firm,
    // Vexa,") gives way, and only to a person's name ("Ann Roe, 30, of Dover, Del., who …" and one
    // name of several, "Roe and Vale, who …", are left to the appositions).
    // "Tom Vale, who, after a long row with the mayor, said": an adjunct between commas right
    // after the relative "who" stands between it and its verb.
    const opening = this.nameBeforeAppositions(j, lo);
    if (opening) return opening;
    const whoBefore = this.adjunctAfterWho(j, lo);
    if (whoBefore >= 0) {
      const named = this.antecedent(whoBefore - 1, lo);
      if (named && this.hasPerson(named[0], named[1])) return named;
    }
    const adjunct = this.participleAdjunct(j, lo);
    if (adjunct) return adjunct;
    const read = this.subjectBeforeComma(j, lo);
    const relative = this.closedRelative(j, lo);
    if (relative < 0) return this.describedByRelative(j, lo) ?? read;
    if (read && read[0] < relative && this.hasPerson(read[0], read[1])) return read;
    const named = this.antecedent(relative - 1, lo);
    // ("The Vexa Trust, which backs Tom Vale, said": "which" refers back to a body.)
    const inNamed = named ? this.mentionsIn(this.doc.tokens.start[named[0]], this.doc.tokens.end[named[1] - 1]) : [];
    // ("The Briton, who lost his title to Tom Vale, said": a definite description naming no one is
    // the subject, never the name inside its clause.)
    const fits =
      named &&
      (this.word(relative) === "which"
        ? inNamed.some((m) => m.entity.type === "organization")
        : this.hasPerson(named[0], named[1]) || (this.word(named[0]) === "the" && !inNamed.length));
    const one = fits && !["and", "&", ","].includes(this.word(named[0] - 1));
    if (one) return named;
    // ("Exit polls from the Kent primary, which Ann Roe won, showed …": a clause on a thing leaves
    // the phrase it follows the subject, never the clause's own subject.)
    if (this.word(relative) === "which" && read && this.holdsVerb(read[0], read[1])) {
      const thing = this.phraseEndingAt(relative - 1, lo);
      if (thing && !this.holdsVerb(thing[0], thing[1])) return thing;
    }
    return read;
  }

  /**
   * "Ann Kell of Dayton, Ohio says …": the place after the comma finishes an address ("of",
   * "from" or "in" a town, then its state or country, with no comma after it), and the subject is
   * the name the address follows, or the noun phrase naming no one ("Voters in Dayton, Ohio say").
   * Null unless `np` is such a place, the words before its comma a place too after the
   * preposition, and before that a person's name or a phrase that names nobody and holds no verb.
   */
  private addressOwner(np: [number, number], lo: number): [number, number] | null {
    const placeAt = (from: number, to: number) => {
      const named = this.mentionsIn(this.doc.tokens.start[from], this.doc.tokens.end[to - 1]);
      return (
        named.length > 0 &&
        named.every((m) => m.entity.type === "location") &&
        named[0].start === this.doc.tokens.start[from] &&
        named[named.length - 1].end === this.doc.tokens.end[to - 1]
      );
    };
    const comma = np[0] - 1;
    if (comma - 2 <= lo || this.word(comma) !== "," || !placeAt(np[0], np[1])) return null;
    let of = comma - 1;
    while (of > lo && comma - of <= 4 && this.capital(of)) of--;
    if (!ADDRESS_PREPOSITIONS.has(this.word(of)) || of === comma - 1 || !placeAt(of + 1, comma)) return null;
    // (An age between commas before the address: "Ann Kell, 41, of Dayton, Ohio says".)
    const aged =
      of - 3 > lo && this.word(of - 1) === "," && /^\d{1,3}$/.test(this.word(of - 2)) && this.word(of - 3) === ",";
    const owner = this.phraseEndingAt(aged ? of - 3 : of, lo);
    if (!owner || this.holdsVerb(owner[0], owner[1])) return null;
    const named = this.mentionsIn(this.doc.tokens.start[owner[0]], this.doc.tokens.end[owner[1] - 1]);
    // ("A nurse from Dayton, Ohio says", "Voters in Dayton, Ohio say": the people, not the state.)
    if (!named.length) return this.capital(owner[0]) && owner[0] !== sentenceOf(this.doc, of).firstToken ? null : owner;
    return this.personEndsAt(owner[1] - 1, owner[0]) ? owner : null;
  }

  /**
   * The first token of an indefinite description set after a comma ("…, a supporter of") that the
   * phrase read back from a verb at token `from` ends, when no comma closed it before the verb
   * ("Ann Roe, a supporter of Tom Vale's bid for the seat told …"): `from` itself when it opens
   * one, else the description up to 12 words back past prepositions that the phrase stopped at.
   */
  private unclosedDescription(from: number, lo: number): number | null {
    for (let k = from; k > lo && from - k <= 12; k--) {
      const w = this.word(k);
      if (this.word(k - 1) === "," && (INDEFINITE.has(w) || w === "the")) return k;
      if (k < from && ((isPunct(w) && !this.isAbbreviationDot(k) && w !== "'s" && w !== "’s") || this.finiteAt(k)))
        return null;
      if (k === from && !PREPOSITIONS.has(w) && !PREPOSITIONS.has(this.word(k - 1))) return null;
    }
    return null;
  }

  /**
   * "The skipper accused of steering onto a crowded beach near Marrow Point told police …", "A nurse
   * accused of leaking records and of then fleeing the country told jurors …": a phrase read back
   * from the cue that opens with a gerund after a preposition (past an adverb: "of deliberately
   * steering", "of then fleeing") is that preposition's object, the end of a subject too long to
   * read back whole. The subject is the noun phrase before the first past participle that takes a
   * preposition ("accused of", "charged with") in the words before it, with no punctuation between
   * (not a body named in what the participle tells: "linked to the Vexa Group"); null when there is
   * none, or that phrase holds a verb of its own.
   */
  private gerundObjectSubject(np: [number, number], lo: number): [number, number] | null {
    // (The phrase may hold the preposition, "of steering onto …", or start after the gerund, "onto
    // …" in "of driving onto …".)
    const gerund = (k: number) => !this.capital(k) && /^\p{Ll}{2,}ing$/u.test(this.word(k));
    const adverb = (k: number) => isLyAdverb(this.word(k)) || this.word(k) === "then";
    let g = PREPOSITIONS.has(this.word(np[0])) ? np[0] + 1 : np[0];
    while (g < np[1] && adverb(g)) g++;
    if (g >= np[1] || !gerund(g)) g = np[0] - 1;
    if (g <= lo || !gerund(g)) return null;
    let preposition = g - 1;
    while (preposition > lo && adverb(preposition)) preposition--;
    if (preposition <= lo || !PREPOSITIONS.has(this.word(preposition))) return null;
    let participle = -1;
    for (let k = preposition - 1; k > lo && preposition - k <= 40; k--) {
      const w = this.word(k);
      if (isPunct(w) && !this.isAbbreviationDot(k) && w !== "'s" && w !== "’s") break;
      if (!this.capital(k) && /^[a-z]{3,}ed$/.test(w) && PREPOSITIONS.has(this.word(k + 1))) participle = k;
    }
    if (participle < 0) return null;
    const head = this.phraseEndingAt(participle, lo);
    return head && !this.holdsVerb(head[0], head[1]) ? head : null;
  }

  /**
   * Whether the "who" or "that" at token `r` is the subject of a relative clause whose predicate
   * opens at token `first`: "Nurses who staff the Kelbrook Clinic say", "Drivers that have used the
   * bridge say". A subject relative's verb follows its pronoun at once, so after "who" any word but
   * a name, a pronoun, a determiner or a number is that verb or an adverb before it ("who staff",
   * "who often work"); "who the mayor said" is the mayor's own clause. "That" also opens what is
   * said ("warned that nurses say"), whose subject comes first, so after it only a verb form no
   * subject needs: an auxiliary, a form of "be" or "have", a finite or past form.
   */
  private relativePredicate(r: number, first: number): boolean {
    const pronoun = this.word(r);
    const w = this.word(first);
    if (pronoun !== "who" && pronoun !== "that") return false;
    if (
      this.capital(first) ||
      PRONOUNS[w] ||
      FIRST_PERSONS.has(w) ||
      DETERMINERS.has(w) ||
      POSSESSIVES.has(w) ||
      !/^\p{Ll}/u.test(w)
    )
      return false;
    if (pronoun === "who") return true;
    return FINITE_HINTS.has(w) || HAS_BE.has(w) || isFiniteVerbForm(w) || /^[a-z]{2,}ed$/.test(w);
  }

  /** Whether tokens [from, to) hold a lower-case finite verb or past form ("has", "examined", "bought"). */
  private holdsVerb(from: number, to: number): boolean {
    for (let k = from; k < to; k++)
      if (
        !this.capital(k) &&
        (isFiniteVerbForm(this.word(k)) || HAS_BE.has(this.word(k)) || /^[a-z]{2,}ed$/.test(this.word(k)))
      )
        return true;
    return false;
  }

  /** The token opening a parenthesis between dashes ("—", "–", "--") that closes at token `j`, or -1. */
  private dashParenthesisOpening(j: number, lo: number): number {
    const isDash = (k: number) => DASHES.has(this.word(k));
    if (!isDash(j)) return -1;
    let k = j - 1;
    while (k > lo && isDash(k)) k--;
    for (let n = 0; k > lo && n < 40; k--, n++) {
      if (!isDash(k)) continue;
      while (k - 1 > lo && isDash(k - 1)) k--;
      return k;
    }
    return -1;
  }

  /**
   * "Tom Vale was quick to add", "voters are more likely to say", "Ann Roe is choosing not to
   * answer", "she was the first to say": a form of "be" with an adjective, a participle or an
   * ordinal (after adverbs, before a "not") that governs an infinitive cue. `j` is the token before
   * "to"; returns the token before the form of "be" (its subject's last), or -1.
   */
  private predicateBeforeInfinitive(j: number, lo: number): number {
    let k = j;
    if (this.word(k) === "not") k--;
    if (k <= lo || this.capital(k) || !/^[a-z]{3,}$/.test(this.word(k))) return -1;
    // ("Ann Roe was the first to say": an ordinal after "the".)
    k -= /^(?:first|last|only|latest)$/.test(this.word(k)) && this.word(k - 1) === "the" ? 2 : 1;
    while (k > lo && (DEGREE_ADVERBS.has(this.word(k)) || isLyAdverb(this.word(k)))) k--;
    if (k <= lo || !BE_FORMS_BEFORE.has(this.word(k))) return -1;
    k--;
    while (k > lo && (AUX_BEFORE_CUE.has(this.word(k)) || BE_FORMS_BEFORE.has(this.word(k)))) k--;
    // ("It is too early to tell", "it is fair to say": an empty "it" stands for the infinitive; nobody
    // is named.)
    return /^(?:it|there|this)$/i.test(this.word(k)) ? -1 : k;
  }

  /** Token `j` is "since" right after a perfect's auxiliary ("has since said", "had since told"). */
  private perfectSince(j: number): boolean {
    return this.word(j) === "since" && /^(?:has|have|had)$/.test(this.word(j - 1));
  }

  /**
   * The causative verb ("forced", "prompted") whose object ends at token `j` (or at the comma
   * closing its relative clause), or -1: the nearest verb before, if it is one.
   */
  private causativeBefore(j: number, lo: number): number {
    let k = j;
    if (this.word(k) === ",") {
      k--;
      while (k > lo && this.word(k) !== "," && j - k < 16) k--;
      if (this.word(k) !== ",") return -1;
      k--;
    }
    for (let n = 0; k >= lo && n < 8; k--, n++) {
      const w = this.word(k);
      if (isPunct(w)) return -1;
      if (!this.capital(k) && (isFiniteVerbForm(w) || /^[a-z]{2,}ed$/.test(w))) return CAUSATIVES.has(w) ? k : -1;
    }
    return -1;
  }

  /**
   * Whether `w` is an adverb that can stand, with no commas, between a subject and its verb ("Tom Vale
   * however said", "the board meanwhile warned", "Ann Roe instead told"): a closed-class word that opens
   * a sentence as an adverb, never a conjunction ("… but said") or a preposition ("… before asking").
   */
  private sentenceAdverb(w: string): boolean {
    if (!CLOSED_CLASS.has(w) || !INTRODUCTORY_WORDS.has(w)) return false;
    return !(
      PHRASE_PRECEDERS.has(w) ||
      PHRASE_CLAUSE_OPENERS.has(w) ||
      FRONTED_PREPOSITIONS.has(w) ||
      PREPOSITIONS.has(w) ||
      PHRASE_FINAL_PREPOSITIONS.has(w)
    );
  }

  /**
   * The last token of the subject whose verb group ends at `j`: steps back over what stands between a
   * subject and its cue: auxiliaries and adverbs ("has long said", "often says", "publicly said"), a verb
   * whose infinitive the cue is ("plans to say", "appeared to tell"), and a time or manner adjunct ("Ann Roe
   * on Monday said", "the mayor last week told", "Tom Vale in a radio interview said").
   */
  subjectEnd(j: number, lo: number): number {
    const cueIndex = j + 1;
    for (let guard = 0; guard < 8 && j >= lo; guard++) {
      const adjunct = this.adjunctEndingAt(j, lo);
      if (adjunct > lo) {
        j = adjunct - 1;
        continue;
      }
      if (this.capital(j)) break;
      const w = this.word(j);
      // ("has since said": after a perfect's auxiliary "since" is the adverb "since then", not a
      // preposition or a conjunction.)
      if (
        AUX_BEFORE_CUE.has(w) ||
        TRAILING_AUXILIARIES.has(w) ||
        // ("have both argued", "were all told"; not "all agreed", where the quantifier is the subject.)
        (FLOATED_QUANTIFIERS.has(w) && (HAS_BE.has(this.word(j - 1)) || AUX_BEFORE_CUE.has(this.word(j - 1)))) ||
        this.contractedHas(j) ||
        FREQUENCY_ADVERBS.has(w) ||
        isLyAdverb(w) ||
        this.sentenceAdverb(w) ||
        this.perfectSince(j)
      ) {
        j--;
        continue;
      }
      // "plans to say", "was expected to tell", "is going to announce": what governs an infinitive cue
      // stands after its subject.
      const verb = this.word(j - 1);
      if (
        w === "to" &&
        j - 1 > lo &&
        !this.capital(j - 1) &&
        (isFiniteVerbForm(verb) ||
          /[a-z]{3}ed$/.test(verb) ||
          (/[a-z]{2}ing$/.test(verb) && BE_FORMS_BEFORE.has(this.word(j - 2))))
      ) {
        j -= 2;
        while (j > lo && BE_FORMS_BEFORE.has(this.word(j))) j--;
        continue;
      }
      const predicate = w === "to" ? this.predicateBeforeInfinitive(j - 1, lo) : -1;
      if (predicate >= 0) {
        j = predicate;
        continue;
      }
      // "Tom Vale is quoted as saying", "Ann Roe was heard saying": a passive of perception or
      // record before a participle cue has the speaker for its subject.
      if (w === "as" && /^[a-z]{2,}(?:ed|en)$/.test(this.word(j - 1)) && BE_FORMS_BEFORE.has(this.word(j - 2))) {
        j -= 3;
        continue;
      }
      if (
        j === cueIndex - 1 &&
        this.word(cueIndex).endsWith("ing") &&
        /^(?:[a-z]{2,}ed|heard|seen|caught|overheard)$/.test(w) &&
        BE_FORMS_BEFORE.has(this.word(j - 1))
      ) {
        j -= 2;
        continue;
      }
      // "forced Tom Vale to admit", "prompted the board, which met on Monday, to confirm": after a
      // verb that makes its object act, the object before the infinitive is the one who speaks
      // (not after "urged Roe to say" or "expects Roe to announce": Roe has said nothing yet).
      if (w === "to" && j - 1 > lo && this.causativeBefore(j - 1, lo) >= 0) {
        j--;
        continue;
      }
      // "Tom Vale went so far as to say", "Ann Roe used part of her speech to argue", "the mayor took
      // to the radio to insist": an infinitive of purpose or degree after a verb phrase with no one in
      // it speaks for the verb's subject.
      const purpose = w === "to" ? this.purposeVerbBefore(j, lo) : -1;
      if (purpose >= 0) {
        j = purpose - 1;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * The finite verb whose phrase an infinitive cue's "to" (token `to`) ends, when the words between
   * name no one who could be the infinitive's subject, or -1: "went so far as to say" and "used part
   * of his speech to argue" give the verb; "urged the voters to say", "asked Roe to confirm", "told
   * them to add", "expects the board to announce" and a phrase across a comma or quotation give -1.
   */
  private purposeVerbBefore(to: number, lo: number): number {
    for (let k = to - 1; k >= lo && to - k <= 8; k--) {
      const w = this.word(k);
      // ("her" only right before "to": "used her speech to argue" is a possessive.)
      if (isPunct(w) || OBJECT_PRONOUNS.has(w) || (w === "her" && k === to - 1)) return -1;
      if (k < to - 1 && !this.capital(k) && (isFiniteVerbForm(w) || /^[a-z]{2,}ed$/.test(w))) {
        if (AUX_BEFORE_CUE.has(w) || BE_FORMS_BEFORE.has(w)) return -1;
        const named = this.mentionsIn(this.doc.tokens.start[k + 1], this.doc.tokens.end[to - 1]);
        if (named.some((m) => m.entity.type === "person" || m.entity.type === "organization")) return -1;
        // (A noun for people, in the singular or the plural, or for a body: "urged the voters to".)
        const people = (x: string) => PERSON_FIRST_NOUNS.has(x) || isPersonRole(x) || GROUP_NOUNS.has(x);
        for (let i = k + 1; i < to; i++) {
          const x = this.word(i);
          if (people(x) || people(x.endsWith("s") ? x.slice(0, -1) : x) || ORG_NOMINALS.has(x)) return -1;
        }
        return k;
      }
    }
    return -1;
  }

  /**
   * The first token of a time or manner adjunct that ends at token `j`, or -1: "on Monday", "last week",
   * "earlier this month", "on March 3", "yesterday", "in a televised interview", "in a statement".
   */
  private adjunctEndingAt(j: number, lo: number): number {
    const w = this.word(j);
    if (w === "yesterday" || w === "today" || w === "tonight") return j;
    // "The board two days ago said", "less than a week ago": a span of time counted back from now.
    if (w === "ago") {
      const unit = this.word(j - 1);
      if (!AGO_UNITS.has(unit) && !AGO_UNITS.has(singularOf(unit) ?? "")) return -1;
      let k = j - 1;
      while (
        k - 1 >= lo &&
        j - k < 6 &&
        (AGO_COUNTS.has(this.word(k - 1)) || NUMBER_WORDS.has(this.word(k - 1)) || /^\d+$/.test(this.word(k - 1)))
      )
        k--;
      return k < j - 1 ? k : -1;
    }
    // "in the past", "over the years", "in recent weeks", "for the past two decades": a preposition of
    // time, then at most three words, closing on "past" or a plural time noun.
    if (w === "past" || (w.endsWith("s") && TIME_NOUNS.has(w.slice(0, -1)))) {
      for (let k = j - 1; k >= lo && j - k <= 4; k--) {
        const x = this.word(k);
        if (DURATION_PREPOSITIONS.has(x)) return k;
        if (!(DETERMINERS.has(x) || SPAN_MODIFIERS.has(x) || /^\d+$/.test(x))) return -1;
      }
      return -1;
    }
    let k = j;
    if (TIME_NOUNS.has(w) || WEEKDAYS.has(w)) {
      if (TIME_NOUNS.has(w) && WEEKDAYS.has(this.word(k - 1))) k--;
    } else if (/^\d{1,2}$/.test(w) && MONTHS.has(this.word(j - 1))) k = j - 1;
    else if (/^\d{1,2}$/.test(w) && this.word(j - 1) === "." && MONTHS.has(this.word(j - 2))) k = j - 2;
    else if (MANNER_NOUNS.has(w)) {
      // "in a (televised) interview": a determiner and at most two lower-case words before the noun.
      while (k - 1 >= lo && j - k < 3 && !DETERMINERS.has(this.word(k - 1)) && !this.capital(k - 1)) k--;
      const det = this.word(k - 1);
      const prep = this.word(k - 2);
      if (k - 2 < lo || !(DETERMINERS.has(det) || det === "his" || det === "her")) return -1;
      return prep === "in" || prep === "during" || prep === "at" ? k - 2 : -1;
    } else return -1;
    if (k - 1 < lo) return -1;
    const opener = this.word(k - 1);
    if (!TIME_OPENERS.has(opener)) return WEEKDAYS.has(this.word(k)) && k === j ? k : -1;
    k--;
    if (k - 1 >= lo && (this.word(k - 1) === "earlier" || this.word(k - 1) === "later")) k--;
    return k;
  }

  /**
   * A subject read leftwards with no comma to stop it may begin with an opening adverbial ("In a radio
   * interview Ann Roe said", "Last week Tom Vale said", "On Monday the mayor said"): the subject is the
   * name that ends the phrase, else the phrase from its last determiner.
   */
  private withoutOpeningAdjunct(np: [number, number]): [number, number] {
    const [a, e] = np;
    if (!OPENING_PREPOSITIONS.has(this.word(a)) || e - a < 3) return np;
    let s = e;
    while (s - 1 > a && (this.capital(s - 1) || this.isAbbreviationDot(s - 1))) s--;
    while (s < e && (WEEKDAYS.has(this.word(s)) || MONTHS.has(this.word(s)) || /^\d+$/.test(this.word(s)))) s++;
    if (s < e) return [s, e];
    for (let d = e - 1; d > a + 1; d--) if (DETERMINERS.has(this.word(d))) return [d, e];
    return np;
  }

  /**
   * A phrase before a cue that holds a clause of its own, a verb with its object ("Tom Vale posted a
   * video saying", "The ad shows footage of Ann Roe saying"): the name right before the cue when one
   * ends the phrase (not one a preposition governs), else the subject before that verb. Before a finite cue (token `cue`), a plural
   * that could be a verb right before the phrase's last noun is the first noun of a compound, since
   * the cue is the subject's verb ("Port rights groups warned", "Ferry votes counters said").
   */
  private withoutClause(np: [number, number], cue: number): [number, number] {
    const [a, e] = np;
    const finiteCue = !this.word(cue).endsWith("ing");
    let v = -1;
    for (let k = e - 2; k > a; k--) {
      if (this.capital(k)) continue;
      const w = this.word(k);
      const next = this.word(k + 1);
      if (finiteCue && k === e - 2 && w.endsWith("s") && !this.capital(e - 1) && /^\p{Ll}+$/u.test(next)) continue;
      if (
        isFiniteVerbForm(w) ||
        (this.looksLikeVerb(k) && (DETERMINERS.has(next) || POSSESSIVES.has(next) || this.pastAfterSubject(a, k)))
      ) {
        v = k;
        break;
      }
    }
    if (v < 0) return np;
    let s = e;
    while (s - 1 > v && (this.capital(s - 1) || this.isAbbreviationDot(s - 1))) s--;
    // ("Ann Roe replied to the mayor on Twitter writing": a name after a preposition of the clause,
    // save "of" and "with", is where or to whom it was done, and the subject speaks.)
    const adjunct = s - 1 > v && PREPOSITIONS.has(this.word(s - 1)) && !/^(?:of|with)$/.test(this.word(s - 1));
    return s < e && !adjunct ? [s, e] : [a, v];
  }

  /**
   * Whether the verb-like word at token `k` ("smiled", "replied") is the past of a clause whose
   * subject opens the phrase at token `from`: a person's or a body's name, or a subject pronoun,
   * stands right before it, past any adverbs ("Tom Vale smiled behind his glasses", "She also
   * pointed to"); no name takes a participle after it without a comma.
   */
  private pastAfterSubject(from: number, k: number): boolean {
    let s = k - 1;
    while (s > from && !this.capital(s) && (isLyAdverb(this.word(s)) || SENTENCE_ADVERBS.has(this.word(s)))) s--;
    if (s === from && PRONOUNS[this.word(s)]) return true;
    if (!this.actorEndsAt(s, from)) return false;
    for (let i = from; i <= s; i++) if (!this.capital(i) && !isPunct(this.word(i))) return false;
    return true;
  }

  /**
   * Whether tokens [from, to) can be a noun phrase: one that opens with a subordinator ("whether it
   * was") or ends on a preposition, a conjunction or a determiner ("one of the", "voters in") was read
   * across a clause boundary and names nobody. A capitalised word that ends a person's name is
   * a surname spelled like a preposition ("“…,” said Ned From.", "From said"), not one.
   */
  private nounPhraseShaped(from: number, to: number): boolean {
    if (NOT_PHRASE_OPENERS.has(this.word(from)) && !this.capital(from)) return false;
    if (!NOT_PHRASE_ENDERS.has(this.word(to - 1))) return true;
    return this.capital(to - 1) && (this.personEndsAt(to - 1, from) || this.surnameAt(to - 1));
  }

  /** Whether token `k` is the surname of a person the text named before it. */
  private surnameAt(k: number): boolean {
    const { start, end } = this.doc.tokens;
    return this.findNamed(this.doc.text.slice(start[k], end[k]), start[k])?.type === "person";
  }

  /** Whether token `k` is a quotation mark alone. */
  private quoteMarkAt(k: number): boolean {
    const w = this.word(k);
    return w.length === 1 && QUOTE_MARKS.has(w.charCodeAt(0));
  }

  /** The subject before the comma at `j`: "Frank Ferguson, head of the CPS's division, explained" skips the apposition. */
  private subjectBeforeComma(j: number, lo: number): [number, number] | null {
    let k = j - 1;
    let steps = 0;
    while (k >= lo && this.word(k) !== "," && steps < 30) {
      k--;
      steps++;
    }
    if (k < lo || this.word(k) !== ",") return null;
    // 'Tom Vale, the author of “Going Home,” a memoir, said': a title in quotation marks names no
    // speaker; the words before its opening mark carry the apposition on.
    const pastTitle = (p: [number, number] | null) =>
      p && p[0] - 1 > lo && this.quoteMarkAt(p[0] - 1) ? this.phraseEndingAt(p[0] - 1, lo) : p;
    let np = pastTitle(this.phraseEndingAt(k, lo));
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
    // "An angry local councillor, Ann Roe, said": so is a name after an indefinite description.
    // "The mayor's deputy, Ann Roe, said": a person named only as the owner of the role is not it.
    const described =
      !np || !this.hasPerson(np[0], np[1]) || INDEFINITES.has(this.word(np[0])) || this.possessedRole(np[0], np[1]);
    // ("One pastor, Ann Roe of the Dover Residents Association in Kent, said": a name opening the
    // apposition may carry where the person is from.)
    const nameFirst = () => {
      const opens = this.mentionsIn(this.doc.tokens.start[k + 1], this.doc.tokens.end[j - 1])[0];
      return (
        opens?.entity.type === "person" && opens.start === this.doc.tokens.start[k + 1] && !this.holdsVerb(k + 1, j)
      );
    };
    const length = j - (k + 1);
    if ((length <= 6 || (length <= 12 && nameFirst())) && this.hasPerson(k + 1, j) && described) return [k + 1, j];
    // "Ann Roe, the head of the Harbour Trust, a former banker, said": past more appositions that
    // name nobody, the name they describe.
    for (let prior = np, n = 0; prior && n < 3 && !this.hasPerson(prior[0], prior[1]); n++) {
      if (prior[0] - 1 <= lo || this.word(prior[0] - 1) !== ",") break;
      prior = pastTitle(this.phraseEndingAt(prior[0] - 1, lo));
      if (prior && this.hasPerson(prior[0], prior[1]) && !this.possessedRole(prior[0], prior[1])) return prior;
    }
    return np;
  }

  /**
   * "Officials familiar with the case in Dayton, Ohio, speaking on condition of anonymity because
   * they were not allowed to discuss it, said …": a participle clause set off by commas right
   * before the verb tells what the subject did meanwhile; the subject is the sentence's, read from
   * its start, whatever the clause and the subject's own modifiers hold. Null unless the words
   * between the comma `j` and the comma before it open with a lower-case "-ing" word and the
   * sentence's subject ends before that comma.
   */
  private participleAdjunct(j: number, lo: number): [number, number] | null {
    let k = j - 1;
    while (k > lo && j - k <= 25 && this.word(k) !== ",") {
      const w = this.word(k);
      if ((w === "." && !this.isAbbreviationDot(k)) || w === ";" || this.quoteMarkAt(k)) return null;
      k--;
    }
    const w = this.word(k + 1);
    if (k <= lo || this.word(k) !== "," || this.capital(k + 1) || !isIngOpener(w, 3)) return null;
    // ("Several lawyers, including Ann Roe, said", "The agency, quoting Ann Roe, said": left to the appositions.)
    if (ING_BEFORE_APPOSITION.has(w)) return null;
    // ("…, as Ann Roe, contradicting Vale, said …": the subject of a clause a subordinator opens.)
    const near = this.phraseEndingAt(k, lo);
    if (
      near &&
      near[0] - 1 >= lo &&
      PHRASE_CLAUSE_OPENERS.has(this.word(near[0] - 1)) &&
      this.hasPerson(near[0], near[1])
    )
      return near;
    const first = sentenceOf(this.doc, j).firstToken;
    const subject = first >= lo ? this.subjectSpan(first, k) : null;
    return subject && subject[1] <= k && !this.holdsVerb(subject[0], subject[1]) ? subject : null;
  }

  /**
   * "Tom Vale, a pollster who works for Civic Action, a local group, said": a description set in
   * apposition after a person's name may carry a relative clause ("who works for …") whose own
   * object takes an apposition, so the comma before the verb (`j`) closes that inner apposition,
   * not the description. The subject is the name the description follows, or the description
   * itself where no name comes before it ("A pollster who works for Civic Action, a local group,
   * said": an unnamed pollster). Null unless a "who" right after a lower-case noun opens a clause
   * holding that inner comma before `j`, and an article opens the noun's phrase.
   */
  private describedByRelative(j: number, lo: number): [number, number] | null {
    let who = -1;
    for (let k = j - 1; k > lo && j - k <= 30; k--) {
      const w = this.word(k);
      if (w === "." || w === ";" || w === ":" || this.quoteMarkAt(k)) return null;
      if (w === "who" && !this.capital(k)) {
        who = k;
        break;
      }
    }
    // (A lower-case word right after "who" is its verb, or an adverb before it: "who works", "who also ran".)
    if (who < 0 || this.capital(who + 1) || isPunct(this.word(who + 1))) return null;
    if (!this.doc.text.slice(this.doc.tokens.start[who + 1], this.doc.tokens.end[j - 1]).includes(",")) return null;
    // ("Ann Roe, who works for Civic Action, a local group, said": the clause qualifies the name.)
    if (this.word(who - 1) === ",") {
      const named = this.antecedent(who - 1, lo);
      return named && this.hasPerson(named[0], named[1]) ? named : null;
    }
    if (this.capital(who - 1)) return null;
    const head = this.phraseEndingAt(who, lo);
    if (!head || !/^(?:the|a|an)$/i.test(this.word(head[0]))) return null;
    if (head[0] - 1 <= lo || this.word(head[0] - 1) !== ",") return head;
    const owner = this.phraseEndingAt(head[0] - 1, lo);
    return owner && this.personEndsAt(owner[1] - 1, owner[0]) ? owner : head;
  }

  /**
   * The "who" after a comma whose own comma opens an adjunct closing at the comma `j`, with no verb
   * of its own ("Tom Vale, who, after a long row with the mayor, said"), or -1.
   */
  private adjunctAfterWho(j: number, lo: number): number {
    for (let k = j - 1; k > lo + 1 && j - k <= 16; k--) {
      const w = this.word(k);
      if (w === ",") return this.word(k - 1) === "who" && this.word(k - 2) === "," ? k - 1 : -1;
      if (isPunct(w) || this.looksLikeVerb(k) || BE_FORMS_BEFORE.has(w) || HAVE_FORMS.has(w)) return -1;
    }
    return -1;
  }
  /**
   * "Dr. Lena Okafor, the surgeon who set up the Kelbrook Trust, which pays for clinics, warned": a
   * sentence that opens with a person's name, a comma and a description ("a", "an", "the"), whose
   * pieces up to the comma `j` before the verb are only appositions ("one of its founders"), places
   * and relative clauses, each verb in them after a relative pronoun, has that person for the
   * subject, never a name or body inside the pieces. The name's phrase, or null.
   */
  private nameBeforeAppositions(j: number, lo: number): [number, number] | null {
    const first = sentenceOf(this.doc, j).firstToken;
    if (first < lo || j - first > 60) return null;
    let comma = first;
    while (comma < j && this.word(comma) !== ",") comma++;
    const describes = (w: string) => INDEFINITES.has(w) || w === "the";
    if (comma >= j || !this.personEndsAt(comma - 1, first) || !describes(this.word(comma + 1))) return null;
    // (Only a title before the name: "Sen. Ann Roe", not "As Ann Roe, a lawyer, put it", nor
    // "Ann Roe and Tom Vale, a farmer, said": one name alone.)
    const named = this.mentionsIn(this.doc.tokens.start[first], this.doc.tokens.end[comma - 1]).find(
      (m) => m.entity.type === "person" && m.end === this.doc.tokens.end[comma - 1],
    );
    const nameStart = named ? tokenAtOrAfter(this.doc, named.start) : first;
    for (let k = first; k < nameStart; k++)
      if (!TITLE_WORDS.has(this.word(k).replace(/\.$/, "")) && !this.isAbbreviationDot(k)) return null;
    let relative = false;
    let pieceStart = true;
    let depth = 0;
    for (let k = comma + 1; k < j; k++) {
      const w = this.word(k);
      if (w === "(" || w === ")") depth += w === "(" ? 1 : -1;
      if (depth !== 0 || w === "(" || w === ")") continue;
      if (w === ",") {
        pieceStart = true;
        relative = false;
        continue;
      }
      if (pieceStart) {
        pieceStart = false;
        // (Not "Ann Roe, the mayor, and Tom Vale, who chairs the board, said": a piece opening
        // with a conjunction or a verb adds a subject or a clause of its own.)
        const opens = describes(w) || RELATIVE_PRONOUNS.has(w) || this.capital(k);
        if (!opens) return null;
      }
      if (RELATIVE_PRONOUNS.has(w) || w === "that") relative = true;
      else if (!relative && (this.looksLikeVerb(k) || BE_FORMS_BEFORE.has(w) || HAVE_FORMS.has(w))) return null;
      if (isPunct(w) && w !== "." && w !== "'s" && w !== "’s") return null;
    }
    return this.antecedent(comma, lo);
  }

  /**
   * The "who", "whose" or "which" opening a relative clause set off by a comma that closes at the
   * comma `j` and holds a finite verb of its own ("Tom Vale, who lost in 2008, said"), or -1.
   */
  private closedRelative(j: number, lo: number): number {
    let verb = false;
    for (let k = j - 1; k > lo && j - k <= 30; k--) {
      const w = this.word(k);
      if ((w === "." && !this.isAbbreviationDot(k)) || w === ";" || this.quoteMarkAt(k)) return -1;
      if ((w === "who" || w === "whose" || w === "which") && this.word(k - 1) === ",") return verb ? k : -1;
      if (this.looksLikeVerb(k) || BE_FORMS_BEFORE.has(w) || HAVE_FORMS.has(w)) verb = true;
    }
    return -1;
  }

  /**
   * The noun phrase right before the comma at `comma`: a run of capitalised words ("Tom Roe", and
   * "Sen. Ann Roe of Ohio", whose head is the name before "of"), else back to its determiner ("the mayor").
   */
  private antecedent(comma: number, lo: number): [number, number] | null {
    const capital = (i: number) => isUpperCode(this.doc.text.charCodeAt(this.doc.tokens.start[i]));
    let a = comma;
    // ("Tom Vale Jr., who …": the name may close on an abbreviation's dot.)
    if (a - 2 >= lo && this.isAbbreviationDot(a - 1) && capital(a - 2)) a--;
    if (a - 1 >= lo && capital(a - 1)) {
      const run = (end: number) => {
        while (a - 1 >= lo && (capital(a - 1) || this.isAbbreviationDot(a - 1)) && end - a < 6) a--;
      };
      // A name the entity layer found may hold lower-case words ("Alternative for Germany").
      const named = this.mentionsIn(this.doc.tokens.start[Math.max(lo, comma - 8)], this.doc.tokens.end[comma - 1]);
      const last = named[named.length - 1];
      if (last && last.end === this.doc.tokens.end[comma - 1]) a = Math.min(a, tokenAtOrAfter(this.doc, last.start));
      run(comma);
      // "of the far-right", "from": past a determiner and two modifiers at most, back to the name the phrase is about.
      let p = a - 1;
      while (
        p > lo &&
        a - p <= 3 &&
        !this.capital(p) &&
        !isPunct(this.word(p)) &&
        this.word(p) !== "of" &&
        this.word(p) !== "from"
      )
        p--;
      if ((this.word(p) === "of" || this.word(p) === "from") && p - 1 >= lo && capital(p - 1)) {
        a = p;
        run(p);
      }
      return [a, comma];
    }
    while (a - 1 >= lo && comma - a < 5 && !isPunct(this.word(a - 1))) {
      a--;
      if (DETERMINERS.has(this.word(a)) || this.word(a) === "his" || this.word(a) === "her") return [a, comma];
    }
    return null;
  }

  /** The "who" of a relative clause set off by a comma that the cue's clause is, when only a time adjunct stands between: `j` is the word before the cue. */
  private relativeWho(j: number, lo: number): number {
    for (let w = j; w >= lo && j - w <= 3; w--) {
      const x = this.word(w);
      // (", who" or a dash: "Tom Vale -- who once said …".)
      if (x === "who") return w - 1 >= lo && (this.word(w - 1) === "," || DASHES.has(this.word(w - 1))) ? w : -1;
      if (w === j && x !== "who" && !TIME_ADJUNCT_WORDS.has(x) && !/^\d+$/.test(x)) return -1;
      if (isPunct(x)) return -1;
    }
    return -1;
  }
}
