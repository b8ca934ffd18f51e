// Indirect speech: reported speech with no quotation marks ("X said (that) …", "according to X, …",
// "…, the police said.").

import type { Doc } from "../../core/doc.js";
import { isUpperCode, firstAfter, firstAtOrAfter, tokenAtOrAfter } from "../../core/doc.js";
import type { Quote, TextSpan } from "../../core/schema.js";
import {
  BELIEFS,
  isWeakLemma,
  NEEDS_THAT,
  PLAIN_SAYING,
  reportsClause,
  reportsWords,
  speechForms,
  speechLemma,
  thatCueForms,
  thatCueLemma,
} from "./cues.js";
import { DASHES, isPunct, SpeakerResolver, type Speaker } from "./speakers.js";
import { isBaseVerbForm, isIrregularPastForm, isPresentVerbForm } from "./verb-forms.js";
import {
  BODY_GROUPS,
  ING_PREPOSITIONS,
  isLyAdverb,
  MANNER_NOUNS,
  ORG_NOMINALS,
  PERSON_FIRST_NOUNS,
  PREPOSITIONS,
  singularOf,
  SPOKES_NOUNS,
  STOP_LEFT,
  TIME_NOUNS,
  WEEKDAYS,
} from "./speaker-words.js";
import { complementAt, complementForms, complementLemma } from "./complements.js";
import { WordShapes } from "./word-shapes.js";
import reporting from "../../lexicon/reporting-nouns.json" with { type: "json" };
import channels from "../../lexicon/channels.json" with { type: "json" };
import { CLOSED_CLASS, COMMON_WORDS } from "../entities/lexicon.js";
import { NUMBER_WORDS as NUMBER_VALUES } from "../time/lexicon.js";
import {
  BE_FORMS,
  CONTRACTED_AUXILIARY,
  FINITE_HINTS,
  countWords,
  datedParticiple,
  opensSubjectlessClause,
  parentheticalSpeaker,
  isFiniteVerbForm,
  isNounUse,
  objectEnd,
  PRONOUN_OR_DETERMINER,
  QUOTE_MARK,
  QUOTE_MARK_TOKEN,
  span,
  secondPredicate,
  SUBORDINATORS,
  subordinateClauseSubject,
  startsClause,
  startsWithName,
  subjectlessClauseSpeaker,
  trimEnd,
  withSubject,
} from "./attribution.js";

/**
 * Reported speech with no quotation marks: "X said (that) …", "according to X, …", "…, the police
 * said.", read a sentence at a time in text order, so that the speaker of a report is known to
 * the quotations after it ("…, said the minister, Tom Vale. / He told reporters: “…”").
 * `taken` are the ranges no report may start or end in (quotations and interview answers); the
 * caller adds each quotation's range (`take`) before `read` reaches its sentence.
 */
export class ReportedSpeech {
  private readonly finder: IndirectFinder;

  constructor(doc: Doc, resolver: SpeakerResolver, taken: Array<[number, number]>) {
    this.finder = new IndirectFinder(doc, resolver, taken);
  }

  /**
   * A quotation's range, whether it is a mixed one (a reported clause holding quoted words), and
   * its cue: a cue after a direct quotation reports that quotation ('“We will win,” Ann Roe told
   * reporters as she left'), and the words after it are no report of its; and a mixed one's speaker
   * (`speakerId`), whose words another speaker may report.
   */
  take(start: number, end: number, mixed: boolean, cue: TextSpan | null = null, speakerId: string | null = null): void {
    this.finder.take(start, end);
    if (mixed) {
      if (!this.finder.mixedStarts.has(start)) this.finder.mixedStarts.set(start, speakerId);
    } else if (cue && cue.start >= end) this.finder.trailingCues.add(cue.start);
  }

  /** Finds the reports of one sentence, and notes the speaker of its main one. */
  read(sentence: Sentence): void {
    const { finder } = this;
    const { doc } = finder;
    const mark = finder.out.length;
    for (let k = sentence.firstToken; k < sentence.lastToken; k++) {
      if (!finder.mayCue(k) || finder.isTaken(doc.tokens.start[k]) || finder.reportsQuotation(k, sentence.lastToken))
        continue;
      // The first cue that yields a reported clause ends the sentence, unless the clause ends
      // before it does ("When Roe said she could not pay, the judge said she must serve a day").
      finder.resume = -1;
      if (finder.at(sentence, k) === true) {
        const last = finder.out[finder.out.length - 1];
        // "…, Bill Stroud said, adding that …": the participle after a trailing attribution
        // reports a clause of its own.
        if (finder.resume > k) {
          k = finder.resume - 1;
          continue;
        }
        // "According to the Courier, Roe said …": the content may hold the report it cites.
        if (finder.citing.has(last) && last.start > doc.tokens.start[k]) {
          k = tokenAtOrAfter(doc, last.start) - 1;
          continue;
        }
        if (last.end <= doc.tokens.start[k] || last.end >= doc.tokens.start[sentence.lastToken - 1]) break;
        k = tokenAtOrAfter(doc, last.end) - 1;
      }
    }
    finder.noteMainSpeaker(mark);
  }

  /** The reports of the sentences read, less the citations that only cite a report or a quotation. */
  finish(): Quote[] {
    const { finder } = this;
    // "Roe said the budget was short, according to the Courier" / "…, the Courier reported": the
    // outlet is cited for Roe's words; Roe said them (the report inside), the citation is no quote.
    const inside = (r: Quote, q: Quote) =>
      r !== q && r.cue !== null && r.cue.start >= q.start && r.start >= q.start && r.end <= q.end;
    // ("Vexa halted sales because it believes the heater could overheat, the firm said": a report
    // inside a subordinate clause is part of what the citation reports, and leaves it standing.)
    // (Not one that holds a quotation, whose own attribution stands.)
    const nested = (q: Quote) =>
      finder.out.some((r) => inside(r, q) && (!finder.subordinate(r, q) || finder.firstTakenIn(q.start, q.end) >= 0));
    // "Vale maintains the plan is sound, Ann Roe said.": a trailing plain "said" reports the whole
    // clause, the report inside it included, when it names its speaker; an unnamed source ("…,
    // people at the meeting said.") leaves the report inside to its own speaker.
    const overrides = (t: Quote, q: Quote) => finder.saidAfter.has(t) && t.speaker !== null && inside(q, t);
    // (Read against those reports only, not every report: a sentence of many cues holds thousands.)
    const overriders = finder.out.filter((t) => finder.saidAfter.has(t) && t.speaker !== null);
    const overridden = (q: Quote) => overriders.some((t) => overrides(t, q));
    const overridesAll = (t: Quote) => finder.out.every((q) => !inside(q, t) || overrides(t, q));
    return finder.out.filter(
      (q) =>
        !overridden(q) &&
        (!finder.citing.has(q) ||
          (finder.saidAfter.has(q) && overridesAll(q)) ||
          (!nested(q) && !finder.citesQuotation(q))),
    );
  }
}

type Sentence = Doc["sentences"][number];

/**
 * Where a sentence's reported content starts when it runs from the sentence start (its words before
 * token `limit` are part of it): past any dateline, and past a connective that ties the sentence to
 * the one before ("And most of the claims were false, the study says": "And" is the writer's, not
 * part of what was said).
 */
export function sentenceContentStart(doc: Doc, resolver: SpeakerResolver, sentence: Sentence, limit: number): number {
  let first = resolver.afterDateline(sentence.firstToken, limit);
  if (CONNECTIVES.has(resolver.word(first)) && first + 2 < limit) {
    first++;
    if (resolver.word(first) === ",") first++;
  }
  return first > sentence.firstToken ? doc.tokens.start[first] : sentence.start;
}

/** The lower-case words that may open a pattern of `IndirectFinder.at`: speech verbs, complement cues, "according", cues before "that". */
/** Reporting nouns (src/lexicon/reporting-nouns.json, from WordNet) and their plurals: "claim", "claims", "insistence". */
export const REPORTING_NOUNS: ReadonlySet<string> = new Set(reporting.words.flatMap((w) => [w, w + "s"]));

const CUE_FORMS: ReadonlySet<string> = new Set([
  "according",
  ...REPORTING_NOUNS,
  ...speechForms(),
  ...complementForms(),
  ...thatCueForms(),
]);

/** Most words are no cue form, and are known to be none without a lookup in `CUE_FORMS`. */
const CUE_SHAPES = new WordShapes(CUE_FORMS);

/**
 * The cues of one document, tried token by token. Each `at…` method answers null when its
 * pattern does not apply at the token, true when it added a quote, false when it applied but
 * yielded nothing (the next token is tried).
 */
class IndirectFinder {
  readonly out: Quote[] = [];
  /** Quotes attributed by a citation ("according to X", "…, X reported") rather than by their subject's verb. */
  readonly citing = new Set<Quote>();
  /** Citations by a trailing plain verb of saying ("…, Ann Roe said."). */
  readonly saidAfter = new Set<Quote>();
  /** The participle of speech that follows the trailing attribution just read, where reading resumes; or -1. */
  resume = -1;
  /**
   * The speaker of that attribution, who also says what the participle reports ("…, said the
   * mayor, adding that …"); kept past `resume`'s reset, until the participle's own reading.
   */
  private participleOwner: { at: number; speaker: Speaker } | null = null;
  /** Who each quote found was credited to, as resolved. */
  private readonly speakers = new Map<Quote, Speaker>();
  /** The taken ranges (direct and mixed quotations), merged into disjoint ones for binary search. */
  private readonly merged: Array<[number, number]> = [];

  /** Where mixed quotations (a reported clause holding quoted words) start, and their speakers' entity ids. */
  readonly mixedStarts = new Map<number, string | null>();

  /** Where the cues of direct quotations that stand after their quotation start. */
  readonly trailingCues = new Set<number>();

  /**
   * Whether the cue at `k` attributes the direct quotation before it and reports nothing more:
   * the words after it are its hearer and adjuncts ('“We will win,” Ann Roe told reporters as she
   * left', '…,” she told the Courier in the interview, taped Saturday'). A "that" opening a clause
   * after it still reports one ('“It is bad luck,” he said, that the two men met'), and so does a
   * verb after "and" ('… – “a living hell” – and said he was sure …'), and an appeal or accusation
   * with its complement ('…,” endorsed Tom Vale, urging voters to back him').
   */
  reportsQuotation(k: number, hi: number): boolean {
    const { doc, resolver } = this;
    return (
      this.trailingCues.has(doc.tokens.start[k]) &&
      resolver.word(k - 1) !== "and" &&
      !complementLemma(resolver.word(k)) &&
      !thatClauseAfter(doc, resolver, k + 1, hi)
    );
  }

  constructor(
    readonly doc: Doc,
    private readonly resolver: SpeakerResolver,
    taken: Array<[number, number]>,
  ) {
    for (const [a, b] of [...taken].sort((x, y) => x[0] - y[0])) {
      const last = this.merged[this.merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else this.merged.push([a, b]);
    }
  }

  /** Adds [a, b) to the taken ranges, merging it with those it meets. */
  take(a: number, b: number): void {
    const { merged } = this;
    // The first range that ends at or after a, and the first that starts after b.
    const lo = firstAtOrAfter(merged, a, (r) => r[1]);
    let hi = lo;
    while (hi < merged.length && merged[hi][0] <= b) hi++;
    if (hi === lo) merged.splice(lo, 0, [a, b]);
    else merged.splice(lo, hi - lo, [Math.min(a, merged[lo][0]), Math.max(b, merged[hi - 1][1])]);
  }

  /** The start of the first taken range inside [from, to), or -1. */
  firstTakenIn(from: number, to: number): number {
    const lo = firstAfter(this.merged, from, (r) => r[1]);
    if (lo >= this.merged.length) return -1;
    const at = Math.max(from, this.merged[lo][0]);
    return at < to ? at : -1;
  }

  isTaken = (offset: number): boolean => this.firstTakenIn(offset, offset + 1) >= 0;

  /**
   * '“Why now?” Roe said at a rally, according to the Courier.': a citation whose content is the
   * attribution of the quotation right before it ("Roe said at a rally") cites that quotation.
   */
  citesQuotation(q: Quote): boolean {
    const k = firstAfter(this.merged, q.start, (r) => r[1]) - 1;
    const before = k >= 0 ? this.merged[k] : undefined;
    if (!before || before[1] > q.start || /\S/.test(this.doc.text.slice(before[1], q.start))) return false;
    const from = tokenAtOrAfter(this.doc, q.start);
    const to = tokenAtOrAfter(this.doc, q.end);
    for (let t = from; t < to; t++) {
      // (A parenthetical citation holds its own cue: "Hackers, he says, outnumber …".)
      const own = q.cue !== null && this.doc.tokens.start[t] >= q.cue.start && this.doc.tokens.end[t] <= q.cue.end;
      if (!own && speechLemma(this.resolver.word(t))) return true;
    }
    return false;
  }

  /**
   * Whether report `r` inside `q` is made in a subordinate clause of `q`'s content: a subordinator
   * ("because", "when", "after"; not "as", also a preposition: "such as her claim that …") opens
   * the clause of `r`'s cue, after the last punctuation before it ("Vexa halted sales because it
   * believes …").
   */
  subordinate(r: Quote, q: Quote): boolean {
    if (!r.cue) return false;
    const { doc, resolver } = this;
    const from = tokenAtOrAfter(doc, q.start);
    for (let j = tokenAtOrAfter(doc, r.cue.start) - 1; j >= from && !isPunct(resolver.word(j)); j--)
      if (SUBORDINATORS.has(resolver.word(j)) && resolver.word(j) !== "as") return true;
    return false;
  }

  /** Where a sentence's reported content starts when it runs from the sentence start: past any dateline. */
  private startAfterDateline(sentence: Sentence, limit: number): number {
    return sentenceContentStart(this.doc, this.resolver, sentence, limit);
  }

  private push(start: number, end: number, speaker: Speaker | null, cue: TextSpan): boolean {
    const m = this.nestedMixed(start, end, speaker, cue);
    // (The report's words run on through the mixed quotation it holds; it claims none before it.)
    const isTaken = m > start ? (o: number) => o < m && this.isTaken(o) : this.isTaken;
    const pushed = pushIndirect(this.doc, this.out, start, end, speaker, cue, isTaken);
    if (pushed && speaker) this.speakers.set(this.out[this.out.length - 1], speaker);
    return pushed;
  }

  /**
   * Where the mixed quotation that content [start, end) holds as another speaker's report starts, or
   * -1: "Tom Vale said Ann Roe told him the deal was “dead”" reports Roe's words (the mixed quotation,
   * hers) and Vale's report of them, "Ann Roe told him the deal was “dead”". The words before the
   * quotation hold its cue (a verb of saying or thinking); a report of the speaker's own words or
   * belief ("Vale said he thought the deal was “dead”") is the one mixed quotation, and a hearing
   * ("The court heard that Ann Roe told him …") reports nothing of the court's.
   */
  private nestedMixed(start: number, end: number, speaker: Speaker | null, cue: TextSpan): number {
    const { doc, resolver } = this;
    // (A cue set off inside its own content, "Ann Roe, an aide said, “is sure” …", nests nothing.)
    const m = cue.end <= start ? this.firstTakenIn(start, end) : -1;
    if (m <= start) return -1;
    if (this.relativeQuoting(start, m)) return m;
    if (!this.mixedStarts.has(m)) return -1;
    const own = speaker?.entity?.id;
    if (own && this.mixedStarts.get(m) === own) return -1;
    if (speechLemma(doc.text.slice(cue.start, cue.end)) === "hear") return -1;
    for (let k = tokenAtOrAfter(doc, start); k < doc.tokens.count && doc.tokens.start[k] < m; k++)
      if (speechLemma(resolver.word(k))) return m;
    return -1;
  }

  /**
   * Whether the quotation at `m`, inside a report that starts at `start`, is brought in by a relative
   * clause of that report, its cue the clause's verb right before the quotation: "Tom Vale said he
   * backed the levy, which he called “long overdue.”", "said the ferry, which Ann Roe described as “a
   * wreck,” would be sold". Whoever names the thing so, the report stands over the whole clause,
   * the quotation inside it. (Only "which", "who" and "whom": a "that" may open the reported clause.)
   * So does a free relative inside the report, "what": "Ann Roe said she would fight what she called
   * “a reckless plan.”" (not one that opens it: "said what he called “a plan” was a sham").
   */
  private relativeQuoting(start: number, m: number): boolean {
    const { doc, resolver } = this;
    let k = tokenAtOrAfter(doc, m) - 1;
    const first = tokenAtOrAfter(doc, start);
    // The cue, past "as" and an opening mark: "described as “…”", "called “…”" (three tokens at most).
    const passed = (t: number) => OPENING_MARKS.has(doc.text[doc.tokens.start[t]]) || resolver.word(t) === "as";
    for (let n = 0; n < 3 && k > first && passed(k); n++) k--;
    if (k <= first || !speechLemma(resolver.word(k))) return false;
    // ("what Ann Roe called", "what many critics called": after "what", a subject of a few words.)
    for (let w = k - 1, n = 0; w > first && n < 4; w--) {
      const x = resolver.word(w);
      if (x === "what") return w < k - 1;
      if ((isPunct(x) && !resolver.isAbbreviationDot(w)) || FINITE_HINTS.has(x)) break;
      if (!resolver.isAbbreviationDot(w)) n++;
    }
    // Its subject: a pronoun or a name of up to three words, perhaps with an adverb after it.
    let j = k - 1;
    if (isLyAdverb(resolver.word(j))) j--;
    if (SUBJECT_PRONOUNS.has(resolver.word(j))) j--;
    else while (j > first && k - j <= 4 && resolver.capital(j)) j--;
    return j >= first && j < k - 1 && QUOTING_RELATIVES.has(resolver.word(j));
  }

  /**
   * Notes the speaker of the main report among those found since `mark` in one sentence, so that a
   * pronoun or description further on may carry it on ("Vexa said sales rose. …, it added."): the
   * first report not inside another. "Roe said …, whereas Vale admitted …. She added …" notes Roe;
   * "Vexa has asked Tarrow to wait, a Dover official said." notes nobody (the official is unnamed),
   * not Vexa, whose report is the official's words; "Vale admitted …, the paper reported." notes Vale.
   */
  noteMainSpeaker(mark: number): void {
    const found = this.out.slice(mark);
    const inside = (r: Quote, q: Quote) => r !== q && r.start <= q.start && q.end <= r.end;
    // (An outlet's citation, "…, the paper reported", gives way to the report it holds.)
    const givesWay = (r: Quote) => this.citing.has(r) && !this.saidAfter.has(r) && found.some((q) => inside(r, q));
    const main = found.find((q) => !givesWay(q) && !found.some((r) => inside(r, q) && !givesWay(r)));
    // (The outlet is noted too, for "the agency" further on.)
    for (const q of found.filter((r) => r === main || givesWay(r))) {
      const speaker = this.speakers.get(q);
      if (speaker) this.resolver.noteSpeaker(q.start, speaker.entity, speaker.mention, q.end);
    }
  }

  /** `push` for a citation ("according to X", "…, X reported"), which yields to a report it holds. */
  private cite(start: number, end: number, speaker: Speaker | null, cue: TextSpan): boolean {
    const pushed = this.push(start, end, speaker, cue);
    if (pushed) this.citing.add(this.out[this.out.length - 1]);
    return pushed;
  }

  /**
   * `cite` for a trailing cue at `k`; a plain verb of saying ("said", "told") reports the whole
   * clause, unless the clause holds a quotation, whose own attribution stands ('Asked, he warned,
   * "We will sue," Roe told reporters').
   */
  private citeSaid(k: number, start: number, end: number, speaker: Speaker | null, cue: TextSpan): boolean {
    const pushed = this.cite(start, end, speaker, cue);
    const q = this.out[this.out.length - 1];
    if (pushed && PLAIN_SAYING.has(speechLemma(this.resolver.word(k)) ?? "") && this.firstTakenIn(q.start, q.end) < 0)
      this.saidAfter.add(q);
    return pushed;
  }

  /** Whether token `k` may be a cue at all; most words are no cue of any kind, and `at` would find nothing there. */
  mayCue(k: number): boolean {
    const w = this.resolver.word(k);
    return CUE_SHAPES.mayHold(w) && CUE_FORMS.has(w);
  }

  /** Every pattern at token `k`, most specific first (for a token that `mayCue`). */
  at(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const hi = sentence.lastToken;
    const w = resolver.word(k);
    if (w === "according") {
      const r = this.atAccordingTo(sentence, k);
      if (r !== null) return r;
    }
    if (REPORTING_NOUNS.has(w)) {
      const r = this.atReportingNoun(sentence, k);
      if (r !== null) return r;
    }
    if (this.yieldsToOwnedReport(sentence, k)) return null;
    // "The board did not say that fares would rise", "Tom Vale won't confirm that he will run": a verb
    // of saying under a negation or a refusal reports nothing.
    if (withheld(resolver, k) && speechLemma(w)) return null;
    const asPassive = this.atAsPassive(sentence, k);
    if (asPassive !== null) return asPassive;
    // (Before the noun test: "a plan that critics say will raise fares" holds the bare verb before "will".)
    const gap = this.atGapRelative(sentence, k);
    if (gap !== null) return gap;
    if (isNounUse(doc, resolver, k)) return null;
    const comp = complementAt(doc, resolver, k, sentence.firstToken, hi);
    if (comp) {
      const cEnd = Math.min(
        comp.end ?? sentence.end,
        clauseEnd(doc, resolver, comp.content, hi, sentence.end),
        interposedReportEnd(doc, resolver, sentence.firstToken, k, comp.content, hi, false),
      );
      return this.push(doc.tokens.start[comp.content], cEnd, comp.speaker, span(doc, comp.cue[0], comp.cue[1]));
    }
    // "The audit found that …": a verb that reports only before "that" is read here alone, and
    // never as a participle ("emails showing that …" qualifies the noun before it, not the subject).
    const said = speechLemma(w);
    const lemma = said ?? thatCueLemma(w, resolver.word(k - 1));
    if (!lemma || (!said && w.endsWith("ing"))) return null;
    if (said && writersAside(doc, resolver, sentence.firstToken, k, w === said)) return null;
    // Any verb of saying reports the clause that "that" opens: "Ann Roe joked that the vote was
    // rigged", "pointed out that the rule had lapsed", "responded that no money was lost"; only
    // the verbs listed as introducing reported speech do so without it.
    // ("Defending that terrain is …": a participle opening its sentence takes "that" as a determiner.)
    const bareAfterThat = !(k === sentence.firstToken && w.endsWith("ing"));
    // ("When asked if he would run, Vale smiled": the one asked answers; no one named asks.)
    if (ASKING.has(lemma) && w.endsWith("ed") && (k === sentence.firstToken || SUBORDINATORS.has(resolver.word(k - 1))))
      return null;
    // A verb of saying in the past that reports words rather than acting on an object ("remarked",
    // "quipped", "cautioned"; not "denounced the plan": `reportsWords`), though not listed as one
    // that introduces reported speech, reports a clause whose subject is a pronoun or short ("Ann
    // Roe quipped it was a draw", "… the men were late"), or it is set off after what was said,
    // its named speaker before or after it:
    // "The fee was fair, Ann Roe remarked." / "…, cautioned the mayor, Tom Vale." Not a weak cue
    // ("…, he continued"), nor a bare form, nor an -s form but right after its subject ("Ann Roe
    // remarks the fee is fair"; they are nouns too: "a remark", "his tweets"). Set off,
    // not an infinitive or a form after an auxiliary ("declined to comment", "as some might
    // speculate"), nor a cue handing over to a quotation ('…, Ann Roe joked, “…”'); and the phrase
    // after an inverted verb must name someone, or it is the verb's object ("…, declared
    // bankruptcy"). The same holds for the verbs that need "that" set off after what was said.
    const speaks =
      !!said &&
      !isWeakLemma(lemma) &&
      reportsWords(lemma) &&
      (w.endsWith("ed") || presentAfterSubject(resolver, k, lemma));
    const prev = resolver.word(k - 1);
    const parenthetical =
      speaks &&
      !(resolver.word(k + 1) === "," && OPENING_MARKS.has(resolver.word(k + 2))) &&
      prev !== "to" &&
      !FINITE_HINTS.has(prev) &&
      !BE_FORMS.has(prev);
    const unlisted =
      !reportsClause(lemma, w) &&
      !thatClauseAfter(doc, resolver, k + 1, hi, bareAfterThat) &&
      !(questionAfter(doc, resolver, lemma, k, hi) >= 0);
    // ("is said", "was told" are passive; "is claiming" is not.)
    const passive = BE_FORMS.has(resolver.word(k - 1)) && lemma !== "hear" && !w.endsWith("ing");
    // ("pointed out": the particle makes a verb of saying of a weak one.)
    const commenting = speaks || !unlisted || (said && resolver.word(k + 1) === "out");
    if (said && !passive && commenting && !PLAIN_SAYING.has(lemma)) {
      const r = this.atAsComment(sentence, k);
      if (r !== null) return r;
    }
    if ((unlisted && !speaks) || passive) return null;
    const cue = span(doc, k, k + 1);
    const inflected = w !== lemma || (!!said && !isWeakLemma(lemma) && pluralPresent(resolver, k));
    if (unlisted) {
      const next = skipAdjuncts(resolver, k + 1, hi);
      if (resolver.word(k + 1) !== "," && clauseWithoutThat(doc, resolver, next, hi, inflected))
        return this.atLeading(sentence, k, lemma, cue, false);
      return parenthetical ? this.atTrailing(sentence, k, cue, true, "always") : null;
    }
    // "denied the charges", "an alleged spy", "declared its budget a lie": these take "that" to
    // report speech, or a clause whose subject is a pronoun ("indicated he was unable to pay").
    if (NEEDS_THAT.has(lemma)) {
      const next = skipAdjuncts(resolver, k + 1, hi);
      // Trailing, after its own subject, such a cue needs no "that": "The van was stolen, the
      // tribunal heard." / "…, a judge has ruled."; inverted only if it is a verb of saying
      // ("…, noted the mayor", never ", heard the panel").
      // A clause without "that" follows the cue itself: after a comma it is a new main clause
      // ("Set 412 for six declared, Dover were 70 for two at the close"), reported only by a cue
      // in a clause opened by "as" ("As the Courier revealed, Ann Roe was never a member").
      const bare = resolver.word(k + 1) !== "," || opensWithAs(resolver, sentence.firstToken, k);
      // ("predicted in March that …": an adjunct may stand before the "that", after a verb, not after
      // a noun in -s, "released notes from Vale to Roe that …".)
      const adjunctThat = (w !== lemma && !/[^s]s$/.test(w)) || presentAfterSubject(resolver, k, lemma);
      const that = adjunctThat ? phraseBeforeThat(doc, resolver, next, hi) : next;
      if (
        resolver.word(that) !== "that" &&
        !(bare && clauseWithoutThat(doc, resolver, next, hi, inflected)) &&
        !(questionAfter(doc, resolver, lemma, k, hi) >= 0)
      )
        return this.atTrailing(sentence, k, cue, parenthetical, "inverted");
    }
    return this.atTrailing(sentence, k, cue) ?? this.atLeading(sentence, k, lemma, cue, !said);
  }

  /**
   * A comment clause opened by "as" at the front of its sentence, its cue's object the main clause
   * after its comma: "As the Courier noted, trust in the council is collapsing", "But as Ann Roe
   * pointed out in a letter to the board, the fee had never been paid". Between the cue and the
   * comma stand only adjuncts (a preposition, an adverb, a day): "As Tom Vale noted the rise in
   * fares, the board met" has its own object, and "as" is a time there.
   */
  private atAsComment(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    const as =
      resolver.word(lo) === "as"
        ? lo
        : resolver.word(lo + 1) === "as" && CONNECTIVES.has(resolver.word(lo))
          ? lo + 1
          : -1;
    // (A comment clause's subject is short: at most fifteen words stand between "as" and the cue.)
    if (as < 0 || k - as < 2 || k - as > 15 || hasComma(resolver, as, k)) return null;
    let j = resolver.word(k + 1) === "out" ? k + 2 : k + 1;
    const first = resolver.word(j);
    if (first !== "," && !ADJUNCT_OPENERS.has(first) && !WEEKDAYS.has(first) && !isLyAdverb(first)) return null;
    // (At most ten words of adjuncts, with no punctuation nor verb among them.)
    for (const stop = Math.min(hi, j + 10); j < stop && resolver.word(j) !== ","; j++)
      if (isPunct(resolver.word(j)) || FINITE_HINTS.has(resolver.word(j)) || speechLemma(resolver.word(j))) return null;
    if (resolver.word(j) !== "," || j + 3 >= hi) return null;
    const subject = resolver.subjectBefore(k, as + 1);
    if (!subject) return null;
    const speaker = resolver.resolveSubject(subject, as + 1, doc.tokens.start[k]);
    const cEnd = clauseEnd(doc, resolver, j + 1, hi, sentence.end);
    return this.push(doc.tokens.start[j + 1], cEnd, speaker, span(doc, k, k + 1));
  }

  /**
   * A comment clause in the passive, its agent the speaker, read as "according to" is: at the front
   * of its sentence, what was said the main clause after its comma ("As reported by the Harbour
   * Gazette, the mill will close", "But as first noted by Ann Roe on Monday, the fee was never
   * paid"); at its end, after a comma, the clause before it ("The mill will close, as earlier noted
   * by the Harbour Gazette on Monday."). Between "as" and the cue stand only adverbs; after the agent,
   * adjuncts with no verb or punctuation. (A question asked in the passive: `atAskedBy`.)
   */
  private atAsPassive(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    if (resolver.word(k + 1) !== "by") return null;
    if (resolver.word(k) === "asked") return this.atAskedBy(sentence, k);
    let as = k - 1;
    while (as > lo && k - as <= 2 && (isLyAdverb(resolver.word(as)) || PASSIVE_ADVERBS.has(resolver.word(as)))) as--;
    if (resolver.word(as) !== "as") return null;
    const front = as === lo || (as === lo + 1 && CONNECTIVES.has(resolver.word(lo)));
    if (!front && resolver.word(as - 1) !== ",") return null;
    const speaker = resolver.passiveAgent(k, hi, doc.tokens.start[k]);
    if (!speaker) return null;
    let j = k + 2;
    // (The sentence's closing stop ends the adjuncts of an agent at its end.)
    const last = /^[.!?]$/.test(resolver.word(hi - 1)) ? hi - 1 : hi;
    for (const stop = Math.min(last, j + 12); j < stop && resolver.word(j) !== ","; j++) {
      const w = resolver.word(j);
      if ((isPunct(w) && !resolver.isAbbreviationDot(j)) || FINITE_HINTS.has(w) || speechLemma(w)) return null;
    }
    if (!front) {
      if (j < last) return null;
      return this.cite(
        this.startAfterDateline(sentence, as - 1),
        doc.tokens.start[as - 1],
        speaker,
        span(doc, as, k + 2),
      );
    }
    if (resolver.word(j) !== ",") return null;
    if (!startsClause(doc, resolver, j + 1, hi) && !opensBareClause(doc, resolver, j + 1, hi)) return null;
    const cEnd = clauseEnd(doc, resolver, j + 1, hi, sentence.end);
    return this.push(doc.tokens.start[j + 1], cEnd, speaker, span(doc, as, k + 2));
  }

  /**
   * A report made inside a relative clause whose pronoun stands for the subject of what was said:
   * "the levy, which Ann Roe said was unfair", "a builder who she says cheated her", "under what
   * the police said were unexplained circumstances" report "was unfair", "cheated her", "were
   * unexplained circumstances". The content is the predicate after the cue; the speaker is the
   * subject between the pronoun and the cue.
   */
  private atGapRelative(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    const subject = gapRelativeSubject(doc, resolver, k, lo, hi);
    if (!subject) return null;
    // ("The inquiry – a probe the board said was over – ended": a dash closes the relative clause.)
    let dash = k + 1;
    while (dash < hi && !DASHES.has(resolver.word(dash))) dash++;
    const cEnd = Math.min(
      clauseEnd(doc, resolver, k + 1, hi, sentence.end),
      interposedReportEnd(doc, resolver, lo, k, k + 1, hi),
      dash < hi ? doc.tokens.start[dash] : Infinity,
    );
    const speaker = resolver.resolveSubject(subject, lo, doc.tokens.start[k]);
    return this.push(doc.tokens.start[k + 1], cEnd, speaker, span(doc, k, k + 1));
  }

  /**
   * A reporting noun owned by its speaker before "that" and a clause: "Tom Vale's insistence that
   * the fee was fair", "her claim that the vote was rigged", "the ministry's warning that fares
   * would rise" report what "Tom Vale insisted", "she claimed", "the ministry warned". The owner is
   * the speaker; with no owner ("the claim that …", "amid reports that …") the noun is left alone,
   * and a "that" opening a relative clause is no report ("the claim that she made on Friday",
   * "the statement that was read"). At the front of its sentence the noun phrase is its subject or
   * an opening adjunct, and the content must end at a comma before the main clause ("Despite Ann
   * Roe's claim that the fee was fair, sales fell") or its predicate; with no such comma ("Roe's claim that the fee
   * was fair is false") where the content ends is not read, and the noun is left alone.
   */
  private atReportingNoun(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    if (resolver.word(k + 1) !== "that") return null;
    const c = k + 2;
    if (!startsClause(doc, resolver, c, hi) || objectGap(doc, resolver, c, hi)) return null;
    const owner = ownerBefore(doc, resolver, k, lo);
    if (!owner) return null;
    const [from, to] = owner;
    const before = doc.tokens.start[from];
    const speaker =
      to - from === 1 && OWNER_PRONOUNS[resolver.word(from)]
        ? {
            entity: resolver.resolvePronoun(OWNER_PRONOUNS[resolver.word(from)], before),
            name: null,
            mention: span(doc, from, to),
          }
        : // (The mention holds the "'s", as the text names its owner: "Tom Vale's".)
          withMention(resolver.resolvePhrase(from, to, before), span(doc, from, to + 1));
    // ("…, and Vexa's insistence that the plan stand, will take time": a comma and a predicate
    // after the noun phrase close it.)
    let cEnd = Math.min(
      clauseEnd(doc, resolver, c, hi, sentence.end, presentForm(resolver.word(k))),
      interposedReportEnd(doc, resolver, lo, k, c, hi),
      predicateAfterComma(doc, resolver, c, hi, true),
    );
    if (!holdsAnyVerb(doc, resolver, lo, from)) {
      let j = c + 1;
      const mainClause = (j: number) => startsClause(doc, resolver, j, hi) || opensBareClause(doc, resolver, j, hi);
      while (j < hi - 1 && !(resolver.word(j) === "," && mainClause(j + 1))) j++;
      if (j < hi - 1) cEnd = Math.min(cEnd, doc.tokens.start[j]);
      else if (cEnd === sentence.end) return null;
    }
    // ("her suggestion that the judge was biased — while still backing him": a dash closes it.)
    for (let j = c + 1; j < hi && doc.tokens.start[j] < cEnd; j++)
      if (DASHES.has(resolver.word(j))) cEnd = doc.tokens.start[j];
    return this.push(doc.tokens.start[c], cEnd, speaker, span(doc, k, k + 1));
  }

  /**
   * Whether the verb at token `k` takes for its object an owned noun of communication before "that"
   * and a clause ("sought to explain his false claim that the bridge was safe", "repeated Ann Roe's
   * warning that …"): the noun reports for its owner (`atReportingNoun`), and the verb only speaks
   * of that report.
   */
  private yieldsToOwnedReport(sentence: Sentence, k: number): boolean {
    const { doc, resolver } = this;
    // ("Ann Roe argued in her written reply that …": a noun inside the verb's adjunct of manner or
    // time is how she said it; the verb reports, for its own subject.)
    if (SETTING_PREPOSITIONS.has(resolver.word(k + 1))) return false;
    for (let j = k + 2; j <= k + 4 && j < sentence.lastToken; j++) {
      if (isPunct(resolver.word(j - 1))) return false;
      if (REPORTING_NOUNS.has(resolver.word(j)) && resolver.word(j + 1) === "that")
        return ownerBefore(doc, resolver, j, k + 1) !== null;
    }
    return false;
  }

  /** "According to X, …" / "…, according to X." */
  private atAccordingTo(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    if (resolver.word(k + 1) !== "to" && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k + 1] ?? 0))) return null;
    const nameAt = resolver.word(k + 1) === "to" ? k + 2 : k + 1;
    const np = resolver.accordingSource(nameAt, hi);
    if (!np) return false;
    const speaker = resolver.resolvePhrase(np[0], np[1], doc.tokens.start[k]);
    // The reported content is the rest of the sentence on the other side of the attribution.
    if (k === lo || (k === lo + 1 && isPunct(resolver.word(lo)))) {
      // (The source's phrase runs to the comma that closes it: PhraseReader.accordingSource.)
      let after = np[1] < hi && resolver.word(np[1]) === "," ? np[1] + 1 : np[1];
      // "According to Judge Ann Roe, who led the inquiry, the fire was …": the relative clause
      // describes the source; the content starts after its closing comma.
      if (after > np[1] && RELATIVES.has(resolver.word(after))) {
        let j = after + 1;
        while (j < hi && resolver.word(j) !== "," && j - after < 15) j++;
        if (j < hi - 1 && resolver.word(j) === ",") after = j + 1;
      }
      if (after >= hi) return false;
      return this.cite(doc.tokens.start[after], sentence.end, speaker, span(doc, k, nameAt));
    }
    // "WASHINGTON (AP) — Trump has invested …, according to …": the dateline is no content.
    return this.cite(this.startAfterDateline(sentence, k), doc.tokens.start[k], speaker, span(doc, k, nameAt));
  }

  /**
   * A trailing or parenthetical attribution: "Hackers accessed the logs, the Post said." /
   * "Chinese hackers, he says, outnumber FBI staff." / "…, said Ann Roe, a former analyst."
   * `named`: whether the speaker must be one the text names, after an inverted cue or anywhere.
   */
  private atTrailing(
    sentence: Sentence,
    k: number,
    cue: TextSpan,
    inverted = true,
    named: "never" | "inverted" | "always" = "never",
  ): boolean | null {
    const { doc, resolver } = this;
    const { firstToken: lo, lastToken: hi } = sentence;
    // ("Tom Vale, the mayor, refused to say, and the hall emptied": an infinitive is no attribution.)
    if (resolver.word(k - 1) === "to") return null;
    // ("The ban, announced on Monday, is …": a participle with only its time names no one.)
    if (datedParticiple(resolver, k, hi)) return null;
    const commaBefore = precedingComma(doc, resolver, k, lo);
    const apposed = commaBefore === k - 1 && commaBefore > lo ? apposedSubject(doc, resolver, commaBefore, lo) : null;
    // ("…, Ann Roe, the trust chairwoman, told reporters.": after a name and its description the
    // words after "told" are its hearer, no inverted subject.)
    const hearer = apposed !== null && hearerCloses(resolver, k, hi);
    if (inverted && !hearer && commaBefore === k - 1 && commaBefore - lo >= 4 && !resolver.word(k).endsWith("ing")) {
      const found = this.atInverted(sentence, k, cue, commaBefore, named);
      if (found !== undefined) return found;
    }
    if (commaBefore <= lo) return null;
    if (
      apposed &&
      (isTrailingAdjunct(resolver, k + 1, hi) ||
        secondClauseAfter(doc, resolver, k + 1, hi) ||
        k + 1 >= hi ||
        // ("…, a spokeswoman, Ann Roe, said." / "… told reporters.": the attribution ends the sentence.)
        SENTENCE_CLOSERS.has(resolver.word(k + 1)) ||
        hearer)
    ) {
      // "…, a spokeswoman, Ann Roe, said on Saturday.": the name set after a description is the
      // subject, and the clause before the description what was said.
      const speaker = resolver.resolvePhrase(apposed.name[0], apposed.name[1], doc.tokens.start[k]);
      const found = this.citeSaid(
        k,
        this.startAfterDateline(sentence, apposed.comma),
        doc.tokens.start[apposed.comma],
        speaker,
        cue,
      );
      if (found) this.owns(speaker);
      return found;
    }
    // "Ann Roe praised the plan, but said the cost was high": a bare conjunction before the cue
    // adds a second verb to the sentence's own subject; it is no trailing attribution.
    if (k === commaBefore + 2 && CONNECTIVES.has(resolver.word(commaBefore + 1))) return null;
    const after = k + 1;
    // "…, Bill Stroud said (on Tuesday), adding that …": a participle of speech after the
    // attribution opens a second report; the first ends before the attribution.
    // ("Weighing in, Ann Roe agreed, praising …": the words before a verbless opening are no clause.)
    const clauseBefore = holdsAnyVerb(doc, resolver, lo, commaBefore);
    const participle = clauseBefore ? participleAfter(resolver, after, hi) : -1;
    // ("…, the board reported on Tuesday -- a shortfall …": reading resumes past the dash or comma.)
    // (Only a clause is reported: "At day's end, however, Ann Roe said as she left" reports nothing.)
    const appended =
      SUBORDINATORS.has(resolver.word(commaBefore + 1)) || !clauseBefore ? -1 : appendedPhrase(resolver, k, hi);
    // ("…, the board said on Monday, and Tom Vale said …": a clause of its own that is a second
    // report, with its own subject and verb of saying, is no more of what the board said, and reading
    // resumes there. Another clause may go on with what was said: "…, he said, and the vote failed".)
    const clause = secondClauseStart(doc, resolver, after, hi);
    const second = clause >= 0 && contrastedReport(doc, resolver, clause, hi) ? clause : -1;
    const closesSentence =
      participle > 0 ||
      after >= hi ||
      SENTENCE_CLOSERS.has(resolver.word(after)) ||
      isTrailingAdjunct(resolver, after, hi) ||
      clause >= 0 ||
      ((hearerCloses(resolver, k, hi) || appended > 0) &&
        !RELATIVES.has(resolver.word(commaBefore + 1)) &&
        !(SUBORDINATORS.has(resolver.word(lo)) && !hasComma(resolver, lo, commaBefore)));
    // ("The pier will close, the board said, and Tom Vale said the crews would move": a comma, then
    // "and" or "but" and a second report, closes the attribution's clause, no parenthesis.)
    const parenthetical = participle < 0 && after < hi && resolver.word(after) === "," && second < 0;
    // (", he says," needs its subject between the commas; "X, a judge, said, too, that …" is no parenthesis.)
    const hasSubject = commaBefore + 1 < k;
    // "When the alarm sounded, the neighbours heard": an opening subordinate clause is no report.
    if (!inverted && (!hasSubject || (SUBORDINATORS.has(resolver.word(lo)) && !hasComma(resolver, lo, commaBefore))))
      return null;
    if (!closesSentence || !((parenthetical && hasSubject) || (!parenthetical && commaBefore - lo >= 4))) return null;
    let speaker: Speaker | null;
    // (", Ms Roe often says,": the subject without the adverbs before its verb.)
    if (hasSubject)
      speaker = resolver.resolvePhrase(
        commaBefore + 1,
        Math.max(commaBefore + 2, resolver.subjectEnd(k - 1, commaBefore + 1) + 1),
        doc.tokens.start[k],
      );
    else {
      // ", said the Washington Post."
      const np = resolver.phraseStartingAt(after, hi);
      speaker = np ? resolver.resolvePhrase(np[0], np[1], doc.tokens.start[k]) : null;
    }
    if (named === "always" && !speaker?.entity) return null;
    const cEnd = parenthetical ? sentence.end : doc.tokens.start[commaBefore];
    const found = this.citeSaid(k, this.startAfterDateline(sentence, commaBefore), cEnd, speaker, cue);
    if (found) {
      this.resume = participle > 0 ? participle : appended > 0 ? appended : second;
      this.owns(speaker);
    }
    return found;
  }

  /**
   * The inverted trailing attribution ("…, said Ann Roe, a former analyst."): its report, null to
   * report nothing, or undefined when the words after the cue are no inverted subject.
   */
  private atInverted(
    sentence: Sentence,
    k: number,
    cue: TextSpan,
    commaBefore: number,
    named: "never" | "inverted" | "always",
  ): boolean | null | undefined {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    // Inverted: "Hackers accessed the logs for months, said Ann Roe, a former analyst."
    const np = resolver.phraseStartingAt(k + 1, hi);
    // "Ann Roe, then mayor, said the bridge would open": a clause (with a finite verb) after
    // the cue is what was said, not an inverted subject.
    // "Ann Roe, a lawyer in Leeds, said parents still want …": what stands before a verbless
    // apposition's comma is the subject, and a long phrase after the cue is the clause.
    // (A relative clause closing the subject is no verb of its own: "Ruth Ames, 59, of Dayton,
    // who watched from the dock, said the launch was late".)
    const subjectFirst =
      np &&
      np[1] - np[0] >= 3 &&
      !holdsAnyVerb(doc, resolver, lo, subjectRelativeStart(doc, resolver, lo, commaBefore));
    if (
      np &&
      np[1] > k + 1 &&
      !subjectFirst &&
      invertedEnds(resolver, np[1], hi) &&
      !holdsFiniteVerb(resolver, np[0], np[1]) &&
      // ("Ann Roe, chief executive of Vexa, said profits fell.": a verb after the cue makes its
      // words the reported clause, not an inverted subject.)
      !holdsLexicalVerb(doc, resolver, np[0], np[1])
    ) {
      const speaker = resolver.invertedSpeaker(np, hi, doc.tokens.start[k]);
      if (named !== "never" && !speaker?.entity) return null;
      this.resume = appositionParticiple(resolver, np[1], hi);
      this.owns(speaker);
      return this.citeSaid(
        k,
        this.startAfterDateline(sentence, commaBefore),
        doc.tokens.start[commaBefore],
        speaker,
        cue,
      );
    }
    return undefined;
  }

  /** The attribution's speaker owns the participle where reading resumes, if there is one. */
  private owns(speaker: Speaker | null): void {
    this.participleOwner = this.resume > 0 && speaker ? { at: this.resume, speaker } : null;
  }

  /**
   * The speaker of a participle cue at token `k` ("…, claiming they did not know", "issued a
   * statement insisting that …"): the subject of the clause of saying just before it ("The vote is
   * in May, Tom Vale said, adding that …"), else the sentence's subject; in a sentence that opens
   * with a quotation ('“We are ready,” she said, adding that …'), the quotation's speaker.
   */
  private participleSpeaker(sentence: Sentence, k: number): Speaker | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const at = doc.tokens.start[k];
    // ("The mill will close, said the mayor, adding that …": the attribution's speaker, however
    // it was named.)
    if (this.participleOwner?.at === k) return this.participleOwner.speaker;
    const absolute = withSubject(resolver, k, lo);
    if (absolute) return resolver.resolvePhrase(absolute[0], absolute[1], at);
    return (
      parentheticalSpeaker(doc, resolver, lo, k, at) ??
      (resolver.word(k - 1) === "," ? subordinateClauseSubject(resolver, lo, k, at) : null) ??
      resolver.participleSubject(lo, k, at) ??
      (OPENING_MARKS.has(doc.text[sentence.start]) ? resolver.sentenceSpeaker(doc.tokens.sentence[k]) : null)
    );
  }

  /**
   * A question told in the passive, its asker the agent after "by": "Ann Roe was asked by a reporter
   * whether the pier was safe", "Asked by the host why she left, Ann Roe smiled." The asker's words
   * are the question, "whether" or its question word included; the agent, of at most seven words
   * with no punctuation but a title's stop, is the speaker (a description, "a reporter", names no
   * one). An opening "asked by …" or "when asked by …" ends at the comma before the main clause.
   */
  private atAskedBy(sentence: Sentence, k: number): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    for (let q = k + 3; q < Math.min(hi - 1, k + 10); q++) {
      const x = resolver.word(q);
      if (x === "if" || x === "which" || QUESTION_WORDS.has(x)) {
        if (!questionClause(doc, resolver, q, hi, true)) return null;
        const speaker = resolver.resolvePhrase(k + 2, q, doc.tokens.start[k]);
        let end = clauseEnd(doc, resolver, q, hi, sentence.end);
        if (k === lo || SUBORDINATORS.has(resolver.word(k - 1)))
          for (let j = q + 1; j < hi; j++)
            if (resolver.word(j) === "," && startsClause(doc, resolver, j + 1, hi)) {
              end = Math.min(end, doc.tokens.start[j]);
              break;
            }
        return this.push(doc.tokens.start[q], end, speaker, span(doc, k, k + 1));
      }
      if ((isPunct(x) && !resolver.isAbbreviationDot(q)) || FINITE_HINTS.has(x) || speechLemma(x)) return null;
    }
    return null;
  }

  /**
   * The cue before its clause: "X said (that) …", "X told the court …", "…, claiming they …". A
   * finding (`citing`: "A poll found that 60 percent said …") yields to a report it holds.
   */
  private atLeading(sentence: Sentence, k: number, lemma: string, cue: TextSpan, citing: boolean): boolean | null {
    const { doc, resolver } = this;
    const lo = sentence.firstToken;
    const hi = sentence.lastToken;
    // "asked the minister whether the port would close": the question asked, "whether" included.
    const question = questionAfter(doc, resolver, lemma, k, hi);
    let c = question >= 0 ? question : clauseOpening(doc, resolver, k, lemma, hi);
    // A "that" with a verb right after it is no conjunction: the subject of what was said right
    // after the cue ("said that was the end of it"), a relative pronoun after an adjunct ("said in
    // the report that was published …").
    const afterThat = resolver.word(c + 1);
    const thatIsSubject = resolver.word(c) === "that" && (FINITE_HINTS.has(afterThat) || isFiniteVerbForm(afterThat));
    // ("told a crowd at the Blue Dog Inn that spilled onto the street": after a hearer or an
    // adjunct, "that" and a verb in the past open a relative clause.)
    if ((thatIsSubject || (resolver.word(c) === "that" && /^\p{Ll}{3,}ed$/u.test(afterThat))) && c > k + 1) return null;
    const answer = answerWord(resolver, lemma, k, c, hi);
    if (resolver.word(c) === "that" && !thatIsSubject) c++;
    else if (
      question < 0 &&
      !answer &&
      !startsClause(doc, resolver, c, hi) &&
      !clauseWithoutThat(
        doc,
        resolver,
        c,
        hi,
        resolver.word(k) !== lemma || (!isWeakLemma(lemma) && pluralPresent(resolver, k)),
      ) &&
      !(
        PLAIN_SAYING.has(lemma) &&
        (opensNounPhrase(resolver, c, hi, lemma === "say" ? null : doc) ||
          opensBareClause(doc, resolver, c, hi, lemma === "say") ||
          opensOwnedSubject(doc, resolver, c, hi) ||
          opensConditional(doc, resolver, c, hi))
      )
    )
      return null;
    if (c >= hi) return null;
    let speaker: Speaker | null = null;
    // "Noting that fares had risen, Paul Reed said …", "Having claimed that the vote was rigged, Ann
    // Roe sued": a subjectless opening clause ends at the comma before the main clause, whose
    // subject is its speaker.
    const opening = opensSubjectlessClause(doc, resolver, k) ? openingClauseEnd(doc, resolver, c, hi) : -1;
    if (opening > 0) speaker = subjectlessClauseSpeaker(doc, resolver, k, opening, doc.tokens.start[k]);
    else if (resolver.word(k).endsWith("ing") && !startsWithName(doc, resolver, k) && !resolver.citedSpeaker(k, lo))
      speaker = this.participleSpeaker(sentence, k);
    else {
      const subj = resolver.subjectBefore(k, lo);
      if (subj) speaker = resolver.resolveSubject(subj, lo, doc.tokens.start[k]);
      else {
        // "Vale refused to pay a builder who said he was cheated": a relative clause with no comma
        // after the main clause's verb (its object's, running to the sentence end) reports for the
        // noun before "who". ("People who said the tax was unfair marched" is left alone: the
        // content would run on into the main clause.)
        // A verb of saying in the past tells what was said, and so does "say" in the present
        // ("backed the growers who say the levy is a waste"); another present describes ("voters
        // who warn …" are a kind of voter).
        const who = resolver.subjectEnd(k - 1, lo);
        const w = resolver.word(k);
        const told = pastForm(w) || (lemma === "say" && presentForm(w));
        if (who <= lo || resolver.word(who) !== "who" || !told || !PLAIN_SAYING.has(lemma)) return null;
        if (!holdsAnyVerb(doc, resolver, lo, who, !pastForm(w))) return null;
        // (A clause, not a noun phrase: "a killer who has claimed his seventh victim" reports nothing.)
        const clause =
          resolver.word(c - 1) === "that" ||
          startsClause(doc, resolver, c, hi) ||
          opensBareClause(doc, resolver, c, hi);
        if (!clause) return null;
        speaker = relativeSpeaker(doc, resolver, who, lo, k);
      }
    }
    let cEnd = Math.min(
      clauseEnd(doc, resolver, c, hi, sentence.end, presentForm(resolver.word(k))),
      interposedReportEnd(doc, resolver, lo, k, c, hi),
      opening > 0 ? doc.tokens.start[opening] : Infinity,
      answer ? doc.tokens.end[c] : Infinity,
    );
    cEnd = subordinateReportEnd(doc, resolver, lo, k, c, hi, cEnd);
    // "added that A, and that "B"": a quotation standing as a second reported clause; A is
    // reported speech too. (A second clause that only holds a quoted word stays one mixed quote.)
    const quoted = this.firstTakenIn(doc.tokens.start[c], cEnd);
    if (quoted >= 0 && (OPENING_MARKS.has(doc.text[quoted]) || this.mixedStarts.has(quoted))) {
      const before = doc.text.slice(doc.tokens.start[c], quoted);
      const secondClause = /,?\s+and(?:\s+that)?\s*$/i.exec(before);
      if (secondClause && !QUOTE_MARK.test(before)) cEnd = doc.tokens.start[c] + secondClause.index;
    }
    return citing
      ? this.cite(doc.tokens.start[c], cEnd, speaker, cue)
      : this.push(doc.tokens.start[c], cEnd, speaker, cue);
  }
}

/** Conjunctions that join a second main clause, which a subordinate clause may open. */
const MAIN_CONJUNCTIONS = new Set(["and", "but", "yet", "so"]);

/**
 * Where a report inside an opening subordinate clause ends, the clause's cue at `k` and its content
 * from `c`: at the comma before the main clause ("When Roe indicated he could not pay, the court
 * adjourned"); else `cEnd`. The subordinate clause may open the sentence or a second main clause
 * after a comma and its conjunction ("The hall jeered, and when Roe said the pier was safe, a man
 * laughed").
 */
function subordinateReportEnd(
  doc: Doc,
  resolver: SpeakerResolver,
  lo: number,
  k: number,
  c: number,
  hi: number,
  cEnd: number,
): number {
  let s = SUBORDINATORS.has(resolver.word(lo)) ? lo : -1;
  for (let j = k - 1; s < 0 && j > lo + 1 && !SENTENCE_CLOSERS.has(resolver.word(j)) && resolver.word(j) !== ";"; j--)
    if (
      SUBORDINATORS.has(resolver.word(j)) &&
      MAIN_CONJUNCTIONS.has(resolver.word(j - 1)) &&
      resolver.word(j - 2) === ","
    )
      s = j;
  if (s < 0 || hasComma(resolver, s, k)) return cEnd;
  for (let j = c + 1; j < hi && doc.tokens.start[j] < cEnd; j++) {
    if (resolver.word(j) !== ",") continue;
    if (startsClause(doc, resolver, j + 1, hi)) return doc.tokens.start[j];
  }
  return cEnd;
}

/**
 * Where the reported clause of the cue at `k` opens, or its "that": past a particle ("pointed out
 * that"), a hearer ("told the court", "warned voters") and adjuncts ("said on Monday in Dover that").
 */
function clauseOpening(doc: Doc, resolver: SpeakerResolver, k: number, lemma: string, hi: number): number {
  let c = k + 1;
  if (resolver.word(c) === "out" && resolver.word(c + 1) === "that") c++;
  if (lemma === "tell" || lemma === "inform") {
    c = objectEnd(resolver, c, hi);
    // "told reporters Tuesday that the new rules undermine …": the hearer ends at "that", which
    // then opens the reported clause as it does right after "said".
    if (resolver.word(c - 1) === "that" && c - 1 > k + 1) c--;
  } else if (HEARER_LEMMAS.has(lemma)) c = hearerEnd(resolver, c, hi);
  c = skipAdjuncts(resolver, c, hi);
  c = adverbialBeforeThat(doc, resolver, c, hi);
  c = phraseBeforeThat(doc, resolver, c, hi);
  return PLAIN_SAYING.has(lemma) ? adjunctBeforePronoun(resolver, c, hi) : c;
}

/**
 * A reporting verb in the past, alone or after a subject pronoun or "has": "warned", "she said", "he
 * added", "has said". After a cue in the present (`present`), one in the present in -s too: "Ann Roe
 * says the pier is safe and adds that …", "says she admires him and calls him “…”" (not a belief:
 * "says the pier is safe and thinks …" leaves the belief to the content; and after a past cue an -s
 * form is the content's own verb or a noun: "said the fee was due and claims of fraud were …").
 */
function coordinatedReport(resolver: SpeakerResolver, k: number, hi: number, present: boolean): boolean {
  if (k < hi && /^(he|she|they|it|we)$/.test(resolver.word(k))) k++;
  // ("… and has said that …": a perfect of a plain verb of saying.)
  if (k + 1 < hi && /^(has|have|had)$/.test(resolver.word(k))) {
    if (!PLAIN_SAYING.has(speechLemma(resolver.word(k + 1)) ?? "")) return false;
    k++;
  }
  if (k >= hi) return false;
  const w = resolver.word(k);
  const lemma = speechLemma(w);
  if (lemma === null || w.endsWith("ing")) return false;
  if (pastForm(w)) return true;
  return present && w !== lemma && w.endsWith("s") && !w.endsWith("ss") && !BELIEFS.has(lemma);
}

const CONNECTIVES = new Set(["and", "but", "yet", "however", "still"]);

/** Adverbs of time that stand between "as" and a passive cue: "as first reported by", "as earlier noted by". */
const PASSIVE_ADVERBS = new Set(["first", "earlier", "also", "originally"]);

/** Words that open an adjunct after a cue: "noted in a letter", "reported just today", "wrote last week". */
const ADJUNCT_OPENERS = new Set(
  "in on at with during after before from via through recently earlier just today yesterday last this again also".split(
    " ",
  ),
);

/**
 * Whether the verb of saying at `k` is part of an aside of the writer's that reports nothing: a
 * bare infinitive opening its sentence after one word that names no one ("Needless to say, the
 * ferry was late", "And sad to say, …") or after a word and an expletive "it" or "is" ("Suffice it
 * to say the vote was close", "That is to say, …"), or a verb after "without" ("It goes without
 * saying that …", "left without saying a word") or "worth" ("It is worth noting that …", "worth
 * pointing out that …"). A subject and its verb before the infinitive say
 * it ("Police went on to say …", "Ann Roe wanted to say …"), and so does a name ("Vexa to say it
 * will close the plant", a headline's future).
 */
export function writersAside(doc: Doc, resolver: SpeakerResolver, lo: number, k: number, bare: boolean): boolean {
  const before = resolver.word(k - 1);
  if (before === "without" || before === "worth") return true;
  // (Only a bare infinitive: "In addition to stating that …" holds a preposition and a gerund.)
  if (before !== "to" || !bare) return false;
  let j = lo;
  while (j < k && CONNECTIVES.has(resolver.word(j))) j++;
  const words = k - 1 - j;
  if (words !== 1 && !(words === 2 && (resolver.word(j + 1) === "it" || resolver.word(j + 1) === "is"))) return false;
  // (The word is an ordinary one, lower case in a dictionary: "Vexa to say it will close …" names a sayer.)
  const w = resolver.word(j);
  if (!COMMON_WORDS.has(w) && !CLOSED_CLASS.has(w) && w.length > 3) return false;
  return !resolver.resolvePhrase(j, j + 1, doc.tokens.start[j])?.entity;
}

/** Conjunctions that set a second report beside or against the first: "…, while a third said …",
 * "…, and tenant groups warned that …". */
const CONTRASTS = new Set(["while", "whereas", "though", "although", "but", "and"]);

/**
 * A short subject (a name, a noun phrase or a number), its speech verb and the clause it
 * reports: "a third said it should go", "Mrs. Lee says that …", "others have said they …".
 */
function contrastedReport(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): boolean {
  const v = reportVerbAfterSubject(resolver, from, hi);
  if (v < 0) return false;
  const c = v + 1;
  // (Its clause may open with a bare plural: "…, and Ann Roe said inspections were routine".)
  return (
    resolver.word(c) === "that" ||
    startsClause(doc, resolver, c, hi) ||
    pronounClause(resolver, c, hi) ||
    opensBareClause(doc, resolver, c, hi)
  );
}

/** Whether a verb of saying's form is a past: "warned", "said". */
const pastForm = (w: string) => w.endsWith("ed") || isIrregularPastForm(w);

/**
 * Who spoke in a relative clause with no comma, its "who" at `who` and its cue at `k`: only a
 * person's name right before "who" is the speaker ("a builder who said" names no one; "a former aide
 * in Dover who said", "a Labour MP who said" name no speaker either); the phrase before "who" is
 * still the one who spoke, its mention kept with no entity ("some rival bakers who said …").
 */
function relativeSpeaker(doc: Doc, resolver: SpeakerResolver, who: number, lo: number, k: number): Speaker | null {
  let a = who;
  while (a - 1 > lo && resolver.capital(a - 1)) a--;
  const named = a < who ? resolver.resolveSubject([a, who], lo, doc.tokens.start[k]) : null;
  if (named?.entity?.type === "person") return named;
  const np = antecedentStart(resolver, who, lo);
  return np < who && !resolver.capital(who - 1) ? { entity: null, name: null, mention: span(doc, np, who) } : null;
}

/**
 * Where the noun phrase that a relative "who" at `who` follows starts ("some rival bakers who …",
 * "the builder who …"): back over at most six words with no punctuation, preposition, verb or
 * closed-class word but a determiner, which opens it; `who` when none stands there. (Only a common
 * noun before "who" is taken so: in "a clerk in Dover who said" the name is the preposition's.)
 */
function antecedentStart(resolver: SpeakerResolver, who: number, lo: number): number {
  let a = who;
  while (a - 1 >= lo && who - a < 6) {
    const w = resolver.word(a - 1);
    if (SUBJECT_DETERMINERS.has(w) || w === "some" || w === "many" || w === "those") return a - 1;
    if (isPunct(w) || PREPOSITIONS.has(w) || FINITE_HINTS.has(w) || verbLike(w) || CLOSED_CLASS.has(w)) break;
    a--;
  }
  return a;
}

/** Whether a verb form is in the present: neither a past ("said", "warned") nor a participle in -ing. */
const presentForm = (w: string) => !pastForm(w) && !w.endsWith("ing");

/** Verbs of asking, which report a question: "asked whether …", "wondered if …". */
const ASKING = new Set(["ask", "wonder", "question"]);

/** Words that open a question reported after any verb of saying: "explained how …", "revealed why …". */
const QUESTION_WORDS = new Set(["whether", "how", "why", "what"]);

/**
 * The word that opens a question reported after the cue at `k` ("explained why the port closed",
 * "revealed how much it cost"), else -1. A verb of asking may name a short hearer first and may
 * take "if" ("asked the minister whether the port would close", "wondered if they had"). Another
 * verb reports a question only when it was answered: "would not say whether …", "declined to
 * explain why …" report no words.
 */
function questionAfter(doc: Doc, resolver: SpeakerResolver, lemma: string, k: number, hi: number): number {
  if (ASKING.has(lemma)) return embeddedQuestion(doc, resolver, k + 1, hi);
  return QUESTION_WORDS.has(resolver.word(k + 1)) && !withheld(resolver, k) && questionClause(doc, resolver, k + 1, hi)
    ? k + 1
    : -1;
}

/** Verbs that withhold what their infinitive would do: "declined to say", "refused to explain". */
const WITHHOLDING = new Set([
  "decline",
  "declined",
  "declines",
  "declining",
  "refuse",
  "refused",
  "refuses",
  "refusing",
]);

/**
 * Whether the cue at `k` is negated or withheld: "did not say", "won't say", "never explained",
 * "declined to say", "has yet to explain".
 */
function withheld(resolver: SpeakerResolver, k: number): boolean {
  const prev = resolver.word(k - 1);
  if (prev === "not" || prev === "never" || /n['’]t$/.test(prev)) return true;
  return prev === "to" && (WITHHOLDING.has(resolver.word(k - 2)) || resolver.word(k - 2) === "yet");
}

/**
 * The "whether", "if" or question word that opens a question asked, after a short hearer with no
 * punctuation ("asked the minister whether the port would close", "wondered if they had"), when a
 * clause follows it; else -1.
 */
function embeddedQuestion(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): number {
  for (let k = from; k < Math.min(hi - 1, from + 5); k++) {
    const w = resolver.word(k);
    if (w === "if" || w === "which" || QUESTION_WORDS.has(w))
      return questionClause(doc, resolver, k, hi, true) ? k : -1;
    if (isPunct(w) || FINITE_HINTS.has(w) || speechLemma(w)) return -1;
  }
  return -1;
}

/**
 * Whether a clause follows the question word at `k`: "whether the port would close", "why she
 * left"; "what happened" (the word its subject); "how much it cost", "how important it is" (a
 * word or two of degree before the clause).
 */
function questionClause(doc: Doc, resolver: SpeakerResolver, k: number, hi: number, asked = false): boolean {
  const w = resolver.word(k);
  const clause = (c: number) =>
    c < hi &&
    (startsClause(doc, resolver, c, hi) ||
      pronounClause(resolver, c, hi) ||
      pronounAndVerb(resolver, c, hi) ||
      (w !== "how" && w !== "what" && opensBareClause(doc, resolver, c, hi)));
  if (clause(k + 1)) return true;
  // After a verb of asking, "which ports he could reopen", "what impact the rule has had", "how many
  // tenants were evicted", "what kind of council would allow it": a question word that determines
  // a noun ("how" with "many" or "much"), the noun's phrase of at most five words, then a clause, or
  // the verb whose subject the phrase is. (After other verbs "what" opens a thing: "has heard what
  // voters are saying".)
  const from = w === "how" && (resolver.word(k + 1) === "many" || resolver.word(k + 1) === "much") ? k + 2 : k + 1;
  if (asked && (from > k + 1 || w === "what" || w === "which" || w === "whose"))
    for (let j = from; j < Math.min(hi - 1, from + 5); j++) {
      const x = resolver.word(j);
      if (isPunct(x) || (PREPOSITIONS.has(x) && x !== "of") || RELATIVES.has(x) || x === "that") break;
      const verb = verbLike(x);
      // (A verb right after "which" makes it a relative pronoun: "asked the agency which regulates …".)
      if (j === from && verb) break;
      if (j > from && (verb || clause(j))) return true;
    }
  if (
    w === "what" &&
    k + 2 < hi &&
    (FINITE_HINTS.has(resolver.word(k + 1)) ||
      isFiniteVerbForm(resolver.word(k + 1)) ||
      /^\p{Ll}{3,}ed$/u.test(resolver.word(k + 1)))
  )
    return true;
  if (w !== "how") return false;
  for (let c = k + 1; c < Math.min(hi, k + 3); c++) {
    if (isPunct(resolver.word(c))) return false;
    if (c > k + 1 && clause(c)) return true;
  }
  return false;
}

/** Verbs that name a hearer before their "that" clause: "warned voters that …", "assured the court that …". */
export const HEARER_LEMMAS = new Set([
  "warn",
  "assure",
  "remind",
  "promise",
  "advise",
  "notify",
  "convince",
  "persuade",
]);

/** Past a short hearer ("voters", "the court", "her") when "that" follows it; else `from`. */
function hearerEnd(resolver: SpeakerResolver, from: number, hi: number): number {
  for (let k = from; k < Math.min(hi, from + 5); k++) {
    const w = resolver.word(k);
    if (w === "that") return k > from ? k : from;
    if (isPunct(w) || FINITE_HINTS.has(w) || speechLemma(w)) return from;
  }
  return from;
}

/** Verbs of saying that `hearerCloses` lets close a sentence with adjuncts after them. */
const TRAILING_WITH_ADJUNCTS: ReadonlySet<string> = new Set(["say", "report", "write"]);

/**
 * A trailing "told" and its hearer closing the sentence: "The mill will close in May, Ann Lee told
 * reporters on Friday." / "…, he told the court in a filing." The hearer and its adjuncts are at most
 * fifteen words with no verb, "that" or punctuation but an abbreviation's dot before the full stop.
 * Other verbs of saying close it with adjuncts alone, opened by a preposition.
 */
function hearerCloses(resolver: SpeakerResolver, k: number, hi: number): boolean {
  const lemma = speechLemma(resolver.word(k));
  // ("…, who would have to tell Obama.": an infinitive reports nothing yet.)
  if (resolver.word(k - 1) === "to") return false;
  // "…, Ann Roe said at the time.", "…, he said after meeting with aides on Friday.", "…, the Courier
  // reported in 2014.": a verb that reports words and nothing else closes the sentence with adjuncts
  // that a preposition opens, held to the same terms (not a participle: "…, adding to her lead";
  // nor a verb whose preposition opens its complement: "insist on", "believe in").
  const adjuncts =
    TRAILING_WITH_ADJUNCTS.has(lemma ?? "") &&
    !resolver.word(k).endsWith("ing") &&
    ADJUNCT_PREPOSITIONS.has(resolver.word(k + 1));
  if (lemma !== "tell" && lemma !== "inform" && !adjuncts) return false;
  let j = k + 1;
  // ("…, the prosecutor told jurors at the start of the trial at Dover's Crown Court.")
  for (; j < hi && j - k <= 15; j++) {
    const w = resolver.word(j);
    if (w === "." || w === "!" || w === "?") {
      if (!resolver.isAbbreviationDot(j)) return j > k + 1;
      continue;
    }
    if (isPunct(w) || w === "that" || FINITE_HINTS.has(w) || isFiniteVerbForm(w) || speechLemma(w)) return false;
    // ("after telling his aides he planned to …": a clause after the hearer; "told his aides to
    // act": an infinitive, what was told.)
    // (A capitalised word in "-ed" is a name's: "told The Associated Press".)
    if (SUBJECT_PRONOUNS.has(w) || (w.length > 4 && w.endsWith("ed") && !resolver.capital(j))) return false;
    if (w === "to" && !resolver.capital(j + 1) && !PRONOUN_OR_DETERMINER.has(resolver.word(j + 1))) return false;
  }
  return j >= hi && j > k + 1;
}

/**
 * A trailing "said", "reported", "wrote" or "told", after its subject, whose adjuncts (or hearer)
 * end at an appended phrase rather than at the full stop: "The ferry fund will run dry, the board
 * reported on Tuesday -- a shortfall nobody expected.", "…, Ann Roe said at a meeting in Dover,
 * because the lease had lapsed.", "…, the Courier reported on Monday, two days after the vote." A dash
 * before a noun phrase, or a comma before a subordinate clause or a dated "two days after", closes
 * the attribution as a full stop would, and so does a clause of time or reason with no comma
 * ("…, Ann Roe said as she left"); the words before it hold no verb, "that", conjunction or
 * other punctuation. Returns where the appended phrase starts, or -1.
 */
function appendedPhrase(resolver: SpeakerResolver, k: number, hi: number): number {
  const lemma = speechLemma(resolver.word(k));
  const telling = lemma === "tell" || lemma === "inform";
  if (!telling && !TRAILING_WITH_ADJUNCTS.has(lemma ?? "")) return -1;
  // ("Ann Roe runs a bakery, writes a newsletter and, on weekends, …": no subject before the verb.)
  if (resolver.word(k - 1) === "to" || isPunct(resolver.word(k - 1)) || resolver.word(k).endsWith("ing")) return -1;
  let j = k + 1;
  for (; j < hi && j - k <= 15; j++) {
    const w = resolver.word(j);
    if (resolver.isAbbreviationDot(j)) continue;
    if (isPunct(w)) break;
    // "…, Ann Roe told her aides as she left.", "…, he said when they met": a clause of time or
    // reason whose subject is a pronoun closes the attribution as a comma before it would.
    if (TIME_OR_REASON_OPENERS.has(w) && SUBJECT_PRONOUNS.has(resolver.word(j + 1))) return j;
    const verb = FINITE_HINTS.has(w) || isFiniteVerbForm(w) || speechLemma(w);
    if (verb || w === "that" || SUBJECT_PRONOUNS.has(w) || CONNECTIVES.has(w) || w === "or") return -1;
    if (w.length > 4 && w.endsWith("ed") && !resolver.capital(j)) return -1;
    if (w === "to" && !resolver.capital(j + 1) && !PRONOUN_OR_DETERMINER.has(resolver.word(j + 1))) return -1;
  }
  // ("…, he told the court in a filing" names its hearer or adjunct before the appended phrase; a
  // bare verb before a comma is a parenthesis, read elsewhere.)
  if (j === k + 1 || j >= hi - 1) return -1;
  const w = resolver.word(j);
  // ("--" is two tokens.)
  const at = w === "-" && resolver.word(j + 1) === "-" ? j + 2 : j + 1;
  const next = resolver.word(at);
  if (DASHES.has(w)) return PRONOUN_OR_DETERMINER.has(next) && !SUBJECT_PRONOUNS.has(next) ? at : -1;
  if (w !== ",") return -1;
  if (SUBORDINATORS.has(next) && next !== "as") return at;
  const dated =
    (numberWord(next) || next === "a") &&
    TIME_UNITS.has(resolver.word(at + 1)) &&
    (resolver.word(at + 2) === "after" || resolver.word(at + 2) === "before");
  return dated ? at : -1;
}

/** The subordinators that open a clause of time or reason after an attribution ("as she left"). */
const TIME_OR_REASON_OPENERS = new Set([
  "as",
  "when",
  "while",
  "after",
  "before",
  "because",
  "although",
  "though",
  "since",
]);

/** Index of the comma right before the cue's subject (", the Post said", ", Mr. Roe said"), or -1. */
export function precedingComma(doc: Doc, resolver: SpeakerResolver, cue: number, lo: number): number {
  // (", the Harbour Authority (HA) said": a short parenthesis inside the subject, not counted in
  // its length: ", the Crown Prosecution Service (CPS) said".)
  // (", an investment banker at the Vexa Bank said": a subject of seven or eight words opens as a
  // noun phrase does, with a determiner or a name, and holds no verb of its own; not ", Ann Roe
  // responded to a question about a recent claim", a clause, nor ", up 5 percent on the 70 million
  // reported", a phrase before a participle.)
  let passed = 0;
  let joined = false;
  for (let k = cue - 1; k >= lo && cue - k - passed <= 9; k--) {
    const w = resolver.word(k);
    if (w === ",") {
      const long = cue - k - passed > 7;
      if (long && !resolver.capital(k + 1) && !SUBJECT_DETERMINERS.has(resolver.word(k + 1))) return -1;
      return (joined || long) && holdsAnyVerb(doc, resolver, k + 1, cue) ? -1 : k;
    }
    const open = w === ")" ? parenthesisOpen(resolver, k, lo) : -1;
    if (open >= 0) {
      passed += k - open + 1;
      k = open;
      continue;
    }
    // (", Ann Roe and Tom Vale said", ", union members and leaders say": "and" may join two
    // subjects, but it opens a clause right after the comma (", and the mayor said …"), and a verb
    // before the cue makes the words a predicate (", is bleak and seldom told").)
    if (w === "and" && k - 1 >= lo && resolver.word(k - 1) !== "," && k + 1 < cue) {
      joined = true;
      continue;
    }
    if ((isPunct(w) && !resolver.isAbbreviationDot(k)) || w === "that" || w === "and") return -1;
  }
  return -1;
}

/**
 * ", a spokeswoman, Ann Roe," (or ", Ann Roe, a spokeswoman,") before a cue: a person's name set
 * off by commas beside a short description with a determiner and no verb, both closing the clause
 * before them. Its name's tokens and the comma that opens the pair, or null. `comma` is the comma
 * right before the cue.
 */
function apposedSubject(
  doc: Doc,
  resolver: SpeakerResolver,
  comma: number,
  lo: number,
): { name: [number, number]; comma: number } | null {
  const nameComma = precedingComma(doc, resolver, comma, lo);
  if (nameComma <= lo || nameComma + 1 >= comma) return null;
  const descComma = precedingComma(doc, resolver, nameComma, lo);
  if (descComma <= lo || descComma - lo < 4) return null;
  const description = (from: number, to: number) =>
    to - from <= 6 &&
    /^(?:a|an|the|his|her|its|their)$/.test(resolver.word(from)) &&
    !holdsAnyVerb(doc, resolver, from, to);
  const name = (from: number, to: number) => resolver.capital(from) && resolver.hasPerson(from, to);
  if (name(nameComma + 1, comma) && description(descComma + 1, nameComma))
    return { name: [nameComma + 1, comma], comma: descComma };
  // ("…, Ann Roe, the trust's chairwoman, said.": the name may come first, its description after it.)
  if (nameComma - descComma <= 5 && name(descComma + 1, nameComma) && description(nameComma + 1, comma))
    return { name: [descComma + 1, nameComma], comma: descComma };
  return null;
}

/**
 * Whether the words from `from` are time or place adjuncts at most, then a comma and "and" or
 * "but" opening a clause of its own ("said on Saturday, and it has used the tool five times"): the
 * attribution before them closes the clause it reports.
 */
function secondClauseAfter(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): boolean {
  return secondClauseStart(doc, resolver, from, hi) >= 0;
}

/** Where `secondClauseAfter`'s clause of its own starts, past its "and" or "but"; or -1. */
function secondClauseStart(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): number {
  let c = skipAdjuncts(resolver, from, hi);
  // (The adjuncts may take their comma with them.)
  if (c < hi && resolver.word(c) === ",") c++;
  if (c >= hi || c === from || resolver.word(c - 1) !== "," || !["and", "but"].includes(resolver.word(c))) return -1;
  const own =
    startsClause(doc, resolver, c + 1, hi) ||
    opensBareClause(doc, resolver, c + 1, hi) ||
    pronounClause(resolver, c + 1, hi);
  return own ? c + 1 : -1;
}

/** The "(" of a short parenthesis (at most three words, no other punctuation) closed at `k`, or -1. */
function parenthesisOpen(resolver: SpeakerResolver, k: number, lo: number): number {
  for (let j = k - 1; j >= lo && k - j <= 4; j--) {
    const w = resolver.word(j);
    if (w === "(") return j < k - 1 ? j : -1;
    if (isPunct(w) && !resolver.isAbbreviationDot(j)) return -1;
  }
  return -1;
}

/** The ")" of a short parenthesis opened at `k` (see parenthesisOpen), or -1. */
function parenthesisClose(resolver: SpeakerResolver, k: number, hi: number): number {
  for (let j = k + 1; j < hi && j - k <= 4; j++) {
    const w = resolver.word(j);
    if (w === ")") return j > k + 1 ? j : -1;
    if (isPunct(w) && !resolver.isAbbreviationDot(j)) return -1;
  }
  return -1;
}

/**
 * The participle of speech after a comma that follows an attribution, past its adjuncts (", adding
 * that …", "on Tuesday, noting …"), as a token index; or -1.
 */
function participleAfter(resolver: SpeakerResolver, from: number, hi: number): number {
  const j = skipAdjuncts(resolver, from, hi);
  const w = resolver.word(j);
  return j > from && j + 1 < hi && resolver.word(j - 1) === "," && w.endsWith("ing") && speechLemma(w) ? j : -1;
}

/**
 * The participle of speech after an inverted attribution's speaker ending at `end`, past an
 * apposition naming or describing that speaker (", said the mayor, Tom Vale, adding that …"), as a
 * token index; or -1. The apposition holds no verb of saying and no quotation mark.
 */
function appositionParticiple(resolver: SpeakerResolver, end: number, hi: number): number {
  for (let k = end; k < hi; k++) {
    const x = resolver.word(k);
    if (x === ",") {
      const j = participleAfter(resolver, k, hi);
      if (j > 0) return j;
    } else if (x === ";" || speechLemma(x) || QUOTE_MARK_TOKEN.test(x)) return -1;
  }
  return -1;
}

/** "on Monday", "last week", "in a statement" after a cue at the sentence end. */
export function isTrailingAdjunct(resolver: SpeakerResolver, from: number, hi: number): boolean {
  const end = skipAdjuncts(resolver, from, hi);
  return end > from && (end >= hi || SENTENCE_CLOSERS.has(resolver.word(end)));
}

export const SENTENCE_CLOSERS = new Set([".", "!", "?", ","]);
export const OPENING_MARKS = new Set(['"', "“", "‘", "'", "«", "„"]);

/** Skips time and manner adjuncts after a cue: "said on Monday that", "told the BBC last week", "said in a statement". */
export function skipAdjuncts(resolver: SpeakerResolver, c: number, hi: number): number {
  for (let guard = 0; guard < 4 && c < hi; guard++) {
    const w = resolver.word(c);
    if (WEEKDAYS.has(w) || w === "yesterday" || w === "today" || w === "tonight" || w === "earlier" || w === "later") {
      // ("said Tuesday night that", "told reporters Friday morning that": the part of the day is the
      // adjunct's; "said Friday's vote was close", "said Tuesday night's vote …": the day owns the subject.)
      const part = WEEKDAYS.has(w) && PARTS_OF_DAY.has(resolver.word(c + 1)) ? 1 : 0;
      if (isPossessive(resolver, c + 1 + part)) break;
      c += 1 + part;
      continue;
    }
    // "said early Friday", "said late last week".
    if ((w === "early" || w === "late") && c + 1 < hi) {
      const next = resolver.word(c + 1);
      if (WEEKDAYS.has(next) || next === "last" || next === "this" || next === "on") {
        c++;
        continue;
      }
    }
    if ((w === "on" || w === "last" || w === "this" || w === "in" || w === "at" || w === "during") && c + 1 < hi) {
      const next = resolver.word(c + 1);
      // ("during Tuesday's debate that …": a day that owns the noun after it is no adjunct of its
      // own; `phraseBeforeThat` takes the whole phrase.)
      if ((WEEKDAYS.has(next) || TIME_NOUNS.has(next)) && !isPossessive(resolver, c + 2)) {
        c += 2;
        continue;
      }
      // "in a statement", "during an earlier hearing", "at a crowded press briefing": one word may
      // stand between the determiner and the noun.
      if (
        (w === "in" || w === "at" || w === "during") &&
        (next === "a" || next === "an" || next === "the" || next === "his" || next === "her")
      ) {
        const noun = MANNER_NOUNS.has(resolver.word(c + 2)) ? c + 2 : c + 3;
        if (noun + 1 < hi && MANNER_NOUNS.has(resolver.word(noun))) {
          c = MANNER_NOUNS.has(resolver.word(noun + 1)) ? noun + 2 : noun + 1;
          continue;
        }
      }
    }
    // "has argued for years that", "said for weeks that"; "testified, for example, that".
    if (w === "for" && (SPANS_OF_TIME.has(resolver.word(c + 1)) || EXAMPLE_NOUNS.has(resolver.word(c + 1)))) {
      c += 2;
      continue;
    }
    // "said over the weekend that", "wrote over the past year that".
    if (w === "over" && resolver.word(c + 1) === "the") {
      const noun = resolver.word(c + 2) === "past" || resolver.word(c + 2) === "last" ? c + 3 : c + 2;
      if (TIME_NOUNS.has(resolver.word(noun)) || SPANS_OF_TIME.has(resolver.word(noun))) {
        c = noun + 1;
        continue;
      }
    }
    // "said for the first time that", "confirmed for a second time that".
    if (
      w === "for" &&
      (resolver.word(c + 1) === "the" || resolver.word(c + 1) === "a") &&
      resolver.word(c + 3) === "time"
    ) {
      c += 4;
      continue;
    }
    if (w === "," || w === "too" || w === "also" || w === "however" || w === "again" || w === "twice") {
      c++;
      continue;
    }
    // "argued a few days ago that", "said two years ago that".
    const ago = agoAdjunct(resolver, c, hi);
    if (ago > c) {
      c = ago;
      continue;
    }
    // "has claimed at least six times that", "said repeatedly that".
    const times = frequencyAdjunct(resolver, c, hi);
    if (times > c) {
      c = times;
      continue;
    }
    break;
  }
  return c;
}

/** The parts of a day that may follow a weekday in a time adjunct: "on Tuesday night". */
const PARTS_OF_DAY: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);
/** The nouns of "for example" and "for instance", an aside that may stand between a cue and its "that". */
const EXAMPLE_NOUNS: ReadonlySet<string> = new Set(["example", "instance"]);
/** Plural spans of time after "for": "for years", "for months". */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(["days", "weeks", "months", "years", "decades"]);
/** Units of time in a phrase that dates one event from another: "two days after the vote". */
const TIME_UNITS = new Set([...SPANS_OF_TIME, "day", "week", "month", "year", "hours", "minutes"]);

/** The end of "a few days ago", "two years ago" (at most four words before "ago", no punctuation) at token `c`, or `c`. */
function agoAdjunct(resolver: SpeakerResolver, c: number, hi: number): number {
  for (let k = c + 1; k < Math.min(hi, c + 5); k++) {
    const w = resolver.word(k);
    if (w === "ago") return k + 1;
    if (isPunct(w) || FINITE_HINTS.has(w) || w === "that") return c;
  }
  return c;
}

/** The end of "at least six times", "three times", "repeatedly", "publicly" at token `c`, or `c`. */
function frequencyAdjunct(resolver: SpeakerResolver, c: number, hi: number): number {
  let k = c;
  if (resolver.word(k) === "at" && (resolver.word(k + 1) === "least" || resolver.word(k + 1) === "most")) k += 2;
  if (
    k + 1 < hi &&
    resolver.word(k + 1) === "times" &&
    (/^\d+$/.test(resolver.word(k)) || NUMBER_WORDS.has(resolver.word(k)))
  )
    return k + 2;
  // (Not a word of approximation before a count: "said nearly half of …" keeps "nearly".)
  if (
    k === c &&
    isLyAdverb(resolver.word(c)) &&
    !(APPROXIMATORS.has(resolver.word(c)) && countWord(resolver.word(c + 1)))
  )
    return c + 1;
  return c;
}

const hasComma = (resolver: SpeakerResolver, from: number, to: number) => {
  for (let j = from; j < to; j++) if (resolver.word(j) === ",") return true;
  return false;
};

const RELATIVES = new Set(["who", "which", "whose"]);
/** Relative pronouns that open a clause naming the thing before them: "which he called “…”". */
const QUOTING_RELATIVES = new Set(["which", "who", "whom"]);

/** Counts written as words before "times" ("three times", "several times"). */
const NUMBER_WORDS = new Set("two three four five six seven eight nine ten several many multiple".split(" "));

/**
 * After an inverted cue's speaker, the sentence ends, or an apposition runs to its end:
 * ", said Ann Roe." / ", said Ann Roe, a former analyst." / ", said Roe, who chairs the board." /
 * ", said an official who asked not to be named."
 */
function invertedEnds(resolver: SpeakerResolver, end: number, hi: number): boolean {
  // (", said Ann Roe in an interview.", ", said the mayor on Tuesday, adding …": a time or manner
  // adjunct after the speaker closes the attribution as the sentence end or a comma would.)
  let past = skipAdjuncts(resolver, end, hi);
  while (past > end && resolver.word(past - 1) === ",") past--;
  end = past;
  const w = resolver.word(end);
  if (end >= hi || w === "." || w === "!" || w === "?") return true;
  // (", said an official who was briefed on the talks.": a relative clause, like an apposition.)
  // (Its verb may be one of speech: "who asked not to be named".)
  if (w !== "," && w !== "who") return false;
  // (", said Bill Stroud, adding that …": a participle of speech opens a report of its own.)
  if (participleAfter(resolver, end, hi) > 0) return true;
  for (let k = end + 1; k < hi; k++) {
    const x = resolver.word(k);
    // (", said the mayor, Tom Vale, adding that …": so it does after an apposition.)
    if (x === "," && participleAfter(resolver, k, hi) > 0) return true;
    // (A bare apostrophe after a plural is its possessive, no quotation mark: "which tracks the rebels' ships".)
    if (x === ";" || (speechLemma(x) && w === ",") || (OPENING_MARKS.has(x) && !isPossessive(resolver, k)))
      return false;
  }
  return true;
}

/** "that" opening a clause after a cue, past a particle and adjuncts: "pointed out that the rule had lapsed". */
function thatClauseAfter(doc: Doc, resolver: SpeakerResolver, c: number, hi: number, bare = true): boolean {
  if (resolver.word(c) === "out") c++;
  c = phraseBeforeThat(doc, resolver, skipAdjuncts(resolver, c, hi), hi);
  // ("pointed out that most voters are …", "that 40 percent of ships were …": after "that" a clause may
  // open with a bare noun or a number.)
  return (
    resolver.word(c) === "that" &&
    (startsClause(doc, resolver, c + 1, hi) ||
      (bare && (opensBareClause(doc, resolver, c + 1, hi) || subjectAfterThat(doc, resolver, c + 1, hi))) ||
      clauseAfterOpening(doc, resolver, c + 1, hi))
  );
}

/** Words that pair two subjects: "either Ann Roe or Tom Vale", "both parties". */
const PAIRING_WORDS = new Set(["either", "neither", "both"]);

/**
 * After "that", a subject that "that" as a determiner could not open, so the reported clause's: a
 * plural noun or a number ("found that voters in the towns hardest hit by the closures turned to
 * …", "showed that 28 percent of members backed …"; never "that vote", "that figure"), which may
 * run long before its verb (`verbInPhrase`, within forty words), or "either", "neither", "both"
 * before one ("that either Ann Roe or Tom Vale would win").
 */
function subjectAfterThat(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  if (PAIRING_WORDS.has(resolver.word(c)) && startsClause(doc, resolver, c + 1, hi)) return true;
  const at = PAIRING_WORDS.has(resolver.word(c)) ? c + 1 : c;
  const w = resolver.word(at);
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[at]))) return false;
  const closed = PRONOUN_OR_DETERMINER.has(w) || CLOSED_CLASS.has(w) || NOT_CLAUSE_OPENERS.has(w);
  const plural = w.length > 3 && /^\p{Ll}+[^su]s$/u.test(w) && !closed;
  const count = numberWord(w);
  return (plural || count) && verbInPhrase(doc, resolver, at + 1, Math.min(hi, at + 40));
}

/** Words that open an adverbial before a clause's subject: "since …", "if …", "as mayor", "by the end
 * of …", "in the three largest towns", "among young voters"; after "that", a comma opens an aside. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  ..."unless until during by despite in on at from among for with over under across amid ,".split(" "),
]);

/**
 * Whether an adverbial opening at `c`, right after "that" (a subordinate clause or a phrase), is
 * followed, past its comma, by a clause: "pointed out that since the mill was closing, he would
 * move", "promised that as mayor, she would cut the levy", "thinks that by the end of May, the count
 * will be done", "found that in the three largest towns, turnout fell", "that, on average (the
 * figures are for 2014), rents rose". A parenthesis inside it is passed over.
 */
function clauseAfterOpening(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  if (!CLAUSE_OPENERS.has(resolver.word(c)) || isUpperCode(doc.text.charCodeAt(doc.tokens.start[c]))) return false;
  const stop = Math.min(hi - 1, c + 24);
  for (let j = c + 2, words = 0; j < stop && words < 14; j++, words++) {
    const w = resolver.word(j);
    if (w === ",")
      return (
        startsClause(doc, resolver, j + 1, hi) ||
        pronounClause(resolver, j + 1, hi) ||
        opensBareClause(doc, resolver, j + 1, hi) ||
        subjectAfterThat(doc, resolver, j + 1, hi)
      );
    if (w === "(") {
      while (j + 1 < stop && resolver.word(j + 1) !== ")") j++;
      j++;
    } else if (isPunct(w) && !resolver.isAbbreviationDot(j)) return false;
  }
  return false;
}

/** Prepositions that open an adjunct between a cue and its "that": "said at a rally in Ohio that …",
 * "said in an interview with the Courier that …", "joked to me that …", "announced via its website
 * that …", "claimed without any evidence that …". */
const ADJUNCT_PREPOSITIONS = new Set("in at on during after before from outside while with to via without".split(" "));
const HEARER_PRONOUNS = new Set(["me", "him", "her", "us", "them", "you"]);

/** Words after which a word is a noun or its modifier: determiners and the prepositions of an adjunct. */
const DETERMINERS_OR_OF = new Set("the a an his her its their our my your this these those of".split(" "));
const NOUN_SLOT = new Set([
  ...DETERMINERS_OR_OF,
  ...[...ADJUNCT_PREPOSITIONS].filter((w) => w !== "to" && w !== "while"),
]);

/**
 * Past a prepositional adjunct, with its commas, to the "that" that opens the reported clause:
 * "says at a rally in Dayton, Ohio, that the plant will stay"; else `c`. The adjunct holds no verb.
 */
function phraseBeforeThat(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): number {
  // "said — on the radio, as it happens — that the club raised …": an aside between dashes.
  if (DASHES.has(resolver.word(c))) {
    for (let j = c + 2; j < Math.min(hi - 1, c + 14); j++)
      if (resolver.word(j) === resolver.word(c))
        return resolver.word(j + 1) === "that" && startsClause(doc, resolver, j + 2, hi) ? j + 1 : c;
    return c;
  }
  if (!ADJUNCT_PREPOSITIONS.has(resolver.word(c))) return c;
  // "to" names a hearer, a pronoun or a name ("joked to me that", "said to Ann Roe that", "to Dover
  // Radio's Ann Lee that") or a noun phrase ("wrote to the mayor's office that", "to reporters
  // that"), not what the clause belongs to ("responded to claims that …", "to the fact that …").
  if (resolver.word(c) === "to") {
    if (HEARER_PRONOUNS.has(resolver.word(c + 1))) return resolver.word(c + 2) === "that" ? c + 2 : c;
    // ("to the Associated Press that": a name may keep its article.)
    const name = resolver.word(c + 1) === "the" && resolver.capital(c + 2) ? c + 2 : c + 1;
    let j = name;
    while (j < hi && j - c < 7 && (resolver.capital(j) || resolver.isAbbreviationDot(j) || isPossessive(resolver, j)))
      j++;
    if (j > name && resolver.word(j) === "that" && clauseAfterThat(doc, resolver, j + 1, hi)) return j;
    j = hearerPhraseEnd(resolver, c + 1, hi);
    return j > c + 1 && startsClause(doc, resolver, j + 1, hi) ? j : c;
  }
  for (let j = c + 1; j < Math.min(hi, c + 20); j++) {
    const w = resolver.word(j);
    // ("concluded in that case that …", "agreed with that Roe said": a "that" right after the
    // preposition is its object or the object's determiner, no conjunction.)
    if (w === "that" && j === c + 1) continue;
    // (Past the adjunct, the clause may open as right after the cue.)
    if (w === "that") return clauseAfterThat(doc, resolver, j + 1, hi) ? j : c;
    // ("noted in a column in Saturday's Courier that …": a possessive inside the adjunct.)
    if (isPossessive(resolver, j)) continue;
    // ("said on the radio, where she is a regular guest, that …": a relative clause on the
    // adjunct's noun, to its closing comma.)
    if (w === "," && (resolver.word(j + 1) === "where" || resolver.word(j + 1) === "which")) {
      let e = j + 2;
      while (e < hi && e - j < 12 && resolver.word(e) !== "," && !isPunct(resolver.word(e))) e++;
      if (resolver.word(e) !== ",") return c;
      j = e;
      continue;
    }
    if (w === "," || resolver.isAbbreviationDot(j)) continue;
    // ("said at a breakfast with the Allied Harbour Press that …": a capitalised word is part of a name.)
    // A word right after a determiner, a possessive or a preposition, or after a name that follows
    // a determiner, is the adjunct's noun or its modifier, whatever verb it could also be ("wrote in
    // the last of her messages to … that …", "in two sets of notes that …", "during a heated quarrel
    // at … that …", "in her Greyford messages that …"); not a gerund, whose own clause the "that" may open ("said,
    // before adding that …"), nor a participle right after a preposition ("avoided comment on
    // leaked claims that …": the claims' clause). A word in "-ed" with a hyphen or fewer than three
    // letters before the ending is no past ("on her news feed that …", "in an op-ed that …").
    let p = j - 1;
    while (p > c && resolver.capital(p)) p--;
    const nounSlot =
      !w.endsWith("ing") &&
      ((w.endsWith("ed") ? DETERMINERS_OR_OF : NOUN_SLOT).has(resolver.word(j - 1)) ||
        isPossessive(resolver, j - 1) ||
        (p < j - 1 && (DETERMINERS_OR_OF.has(resolver.word(p)) || isPossessive(resolver, p))) ||
        modifiedNoun(resolver, j));
    if (
      isPunct(w) ||
      (!resolver.capital(j) &&
        (FINITE_HINTS.has(w) || (!nounSlot && (isFiniteVerbForm(w) || speechLemma(w) || /^\p{Ll}{3,}ed$/u.test(w)))))
    )
      return c;
    // ("told friends at fundraisers and in private that …" joins a second adjunct; "thrilled with the
    // debut and confident that …" a second predicate, whose "that" is not the cue's.)
    if ((w === "and" || w === "or" || w === "but") && !ADJUNCT_PREPOSITIONS.has(resolver.word(j + 1))) return c;
  }
  return c;
}

/** Subordinators of time and manner that may open a short clause between a cue and its "that". */
const ADVERBIAL_SUBORDINATORS = new Set(["as", "when", "while", "after", "before", "once", "until"]);
/** Participles that stand alone after "when" or "if" as a clause of their own: "said when asked that". */
const BARE_QUESTIONED = new Set(["asked", "pressed", "questioned", "challenged"]);

/**
 * Past a short adverbial clause to the "that" that opens the reported clause: "said as she left the
 * stage that the tour would end", "said when asked that …", "wrote before the ballot was counted
 * that …"; else `c`. The clause holds no punctuation and no verb that takes a "that" of its own (a
 * verb of saying or finding: in "said after she heard that the pier had shut", the "that" is
 * "heard"'s); only a participle of asking right after "when" or "if" may be one.
 */
function adverbialBeforeThat(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): number {
  if (
    !ADVERBIAL_SUBORDINATORS.has(resolver.word(c)) &&
    !(resolver.word(c) === "if" && resolver.word(c + 1) === "asked")
  )
    return c;
  for (let j = c + 1; j < Math.min(hi, c + 12); j++) {
    const w = resolver.word(j);
    if (w === "that") return j > c + 1 && clauseAfterThat(doc, resolver, j + 1, hi) ? j : c;
    if ((isPunct(w) && !resolver.isAbbreviationDot(j) && !isPossessive(resolver, j)) || thatCueLemma(w)) return c;
    if (speechLemma(w) && !(j === c + 1 && BARE_QUESTIONED.has(w))) return c;
  }
  return c;
}

/**
 * Whether the word at `j` is a noun after its determiner and one modifier: "in her closing remarks",
 * "during their opening statements". The modifier is no verb of saying and the noun no past in
 * "-ed" ("in the bill passed that …" has a participle).
 */
function modifiedNoun(resolver: SpeakerResolver, j: number): boolean {
  const modifier = resolver.word(j - 1);
  return (
    !resolver.word(j).endsWith("ed") &&
    (DETERMINERS_OR_OF.has(resolver.word(j - 2)) || isPossessive(resolver, j - 2)) &&
    !isPunct(modifier) &&
    !DETERMINERS_OR_OF.has(modifier) &&
    !speechLemma(modifier) &&
    !FINITE_HINTS.has(modifier)
  );
}

/**
 * Whether a reported clause opens at `c`, right after a "that" past an adjunct or a hearer: a clause
 * as `startsClause` reads it, one after an adverbial, or one opening with a bare noun, a gerund or a
 * number ("said at a rally in Dover that voters were tired", "noted in a column that anger was
 * rising", "complained to the Dover Courier that closing the mill was unfair"); an adverb and a verb
 * after "that" make it a relative pronoun ("said, with a smile that almost mocked the question, …").
 */
function clauseAfterThat(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  return (
    startsClause(doc, resolver, c, hi) ||
    clauseAfterOpening(doc, resolver, c, hi) ||
    (!relativeAfterThat(resolver, c) &&
      (opensBareClause(doc, resolver, c, hi) || subjectAfterThat(doc, resolver, c, hi)))
  );
}

/** An auxiliary, a finite lexical verb, or a lower-case word in "-ed": a verb, read alone. */
function verbLike(w: string): boolean {
  return FINITE_HINTS.has(w) || isFiniteVerbForm(w) || /^\p{Ll}{3,}ed$/u.test(w);
}

/**
 * Whether the words from token `k`, right after a "that", read as a relative clause, not a reported
 * one: an adverb before a verb ("a smile that almost mocked …"), or a verb of saying within three
 * words, whose object the relative pronoun is ("the price that exporters say is fair").
 */
function relativeAfterThat(resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  const v = resolver.word(k + 1);
  const verb = verbLike(v);
  if (verb && (CLOSED_CLASS.has(w) || isLyAdverb(w))) return true;
  for (let j = k + 1; j <= k + 3; j++) if (speechLemma(resolver.word(j))) return true;
  return false;
}

/** The hearers of "told" that name a channel (src/lexicon/channels.json): "told the media", "told the jury", "told the house". */
const TOLD_HEARERS: ReadonlySet<string> = new Set(
  Object.values(channels.channels)
    .flat()
    .filter((p) => p.startsWith("told "))
    .map((p) => p.split(" ").pop()!),
);

/**
 * The "that" after a hearer named by a common noun phrase after "to", or -1: "wrote to the mayor's
 * office that", "complained to reporters that", "said to a few of his aides that". The phrase is at
 * most six words, lower case but for names and with no verb, opened by a determiner or a plural noun
 * (not by a verb: "went on to defend the plan that …" is an infinitive); its last word, right before
 * "that", names people or a body (a noun whose most frequent sense in WordNet is a person, a noun
 * of a body or its office, or a hearer of "told" such as "the media"), or is a name ("to the IRS
 * that"): the clause of any other noun is that noun's ("responded to claims that …", "to the fact
 * that …").
 */
function hearerPhraseEnd(resolver: SpeakerResolver, from: number, hi: number): number {
  const first = resolver.word(from);
  const plural = /^\p{Ll}{3,}[^su]s$/u.test(first) && !isPresentVerbForm(first);
  if (!SUBJECT_DETERMINERS.has(first) && !plural) return -1;
  for (let j = from; j < Math.min(hi, from + 7); j++) {
    const w = resolver.word(j);
    if (w === "that") {
      const head = resolver.word(j - 1);
      const names = (x: string) =>
        PERSON_FIRST_NOUNS.has(x) ||
        SPOKES_NOUNS.has(x) ||
        ORG_NOMINALS.has(x) ||
        BODY_GROUPS.has(x) ||
        TOLD_HEARERS.has(x);
      const hearer = resolver.capital(j - 1) || names(head) || names(singularOf(head) ?? head);
      return j > from && hearer && !PRONOUN_OR_DETERMINER.has(head) ? j : -1;
    }
    if (isPossessive(resolver, j) || resolver.isAbbreviationDot(j)) continue;
    if (isPunct(w) || FINITE_HINTS.has(w) || isFiniteVerbForm(w) || speechLemma(w) || /(?:ed|ing)$/.test(w)) return -1;
  }
  return -1;
}

/** Prepositions that open an adjunct of where or how a verb spoke: "said in her remarks", "wrote during the hearing". */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during", "at", "via"]);

/** Prepositions that open a time adjunct whatever its noun: "after the vote", "during the debate". */
const TIME_PREPOSITIONS = new Set(["during", "after", "before"]);

/**
 * Past a short adjunct (a preposition and at most two words, no punctuation) to a reported clause
 * that opens with its subject pronoun and verb: "said after the vote he would quit", "said in an
 * interview she had paid"; else `c`. Other prepositions need a time or manner noun ("insisted on a
 * judge they can trust" holds a relative clause, no report).
 */
function adjunctBeforePronoun(resolver: SpeakerResolver, c: number, hi: number): number {
  const p = resolver.word(c);
  if (!TIME_PREPOSITIONS.has(p) && p !== "in" && p !== "at") return c;
  for (let j = c + 2; j < Math.min(hi, c + 4); j++) {
    const noun = resolver.word(j - 1);
    const timely = TIME_PREPOSITIONS.has(p) || TIME_NOUNS.has(noun) || MANNER_NOUNS.has(noun);
    if (timely && (pronounClause(resolver, j, hi) || pronounAndVerb(resolver, j, hi))) return j;
    if (isPunct(resolver.word(j))) return c;
  }
  return c;
}

/** "he was unable", "they had known": a subject pronoun and an auxiliary or modal right after it. */
function pronounClause(resolver: SpeakerResolver, c: number, hi: number): boolean {
  const w = resolver.word(c);
  const bare = w.replace(CONTRACTED_AUXILIARY, "");
  const subject = SUBJECT_PRONOUNS.has(bare);
  // "acknowledged she’d known", "noted it was late", "said there were no talks".
  if (subject && bare !== w) return c + 1 < hi;
  return subject && c + 1 < hi && FINITE_HINTS.has(resolver.word(c + 1));
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "there"]);

/** Determiners that open a short subject: "the plan", "a trial", "his lawyers". */
const SUBJECT_DETERMINERS = new Set("the a an his her its their our this these those".split(" "));

/**
 * A clause with a short subject and its verb right after it, read without "that": a name and a
 * finite or past verb ("alleges Tom Vale elicited …", "confirmed Ann Roe will stand"), or a
 * determiner, at most three words and an auxiliary or modal ("revealed a trial will be set") or a
 * lexical verb of its own: a present ("remarked the fares also rise in May", "complained the agency
 * plans to …") or an irregular past with no preposition after it ("stressed the ruling sent a
 * message"; in "denied the letter sent to Roe" the participle is the object's).
 */
function shortSubjectClause(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  const capital = (k: number) => isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]));
  let k = c;
  if (capital(c)) {
    while (k < hi && k - c < 4 && (capital(k) || resolver.isAbbreviationDot(k))) k++;
    const v = resolver.word(k);
    // (After a comma, not the name's own report: "contrary to news reports, Ann Roe said, …".)
    if (resolver.word(c - 1) === "," && speechLemma(v)) return false;
    return k < hi - 1 && verbLike(v);
  }
  // ("predicted lawsuits could follow", "noted tenants are leaving": a bare plural noun and an
  // auxiliary or modal right after it; not after a cue that is an adjective, "the alleged
  // thieves were …".)
  const bare = resolver.word(c);
  const plural = bare.length > 3 && singularOf(bare) !== null && !SUBJECT_DETERMINERS.has(resolver.word(c - 2));
  if (plural && FINITE_HINTS.has(resolver.word(c + 1))) return c + 2 < hi;
  if (!SUBJECT_DETERMINERS.has(bare)) return false;
  // (A name after the determiner counts as one word, its acronym in parentheses as none: "the Harbour
  // Board Licensing Office (HBLO) is reviewing …".)
  let names = 0;
  for (k = c + 1; k < hi - 1 && k - c - names <= 4 && k - c <= 12; k++) {
    if (capital(k) && capital(k + 1)) {
      names++;
      continue;
    }
    if (resolver.word(k) === "(" && capital(k + 1) && resolver.word(k + 2) === ")") {
      names += 3;
      k += 2;
      continue;
    }
    const w = resolver.word(k);
    // ("maintains the ban, announced late last month, is needed": a participle set off with its time
    // is the noun's; the subject goes on past it.)
    if (w === "," && datedParticiple(resolver, k + 1, hi)) {
      let close = k + 2;
      while (close < hi - 1 && resolver.word(close) !== ",") close++;
      names += close - k + 1;
      k = close;
      continue;
    }
    // ("recounted a talk she had with Tom Vale": a subject pronoun after the noun opens a relative clause.)
    if (SUBJECT_PRONOUNS.has(w)) return false;
    if (FINITE_HINTS.has(w)) return k > c + 1;
    if (k > c + 1 && lexicalVerbAfterSubject(doc, resolver, k, c + 1)) return true;
    // ("denies the claims and is suing": a second predicate of the cue's subject, no clause.)
    if (isPunct(w) || PREPOSITIONS.has(w) || RELATIVES.has(w) || w === "that" || CONNECTIVES.has(w)) return false;
  }
  return false;
}

/**
 * Whether token `k`, after a subject's noun from `from`, is that subject's lexical verb: a lower-case
 * present ("plans", "rises"), a bare verb after a plural ("the fares also rise"), or an irregular
 * past ("sent", "fell") that no preposition or "by" follows, as one would a participle. Words go on
 * after the verb: one that closes its phrase is a noun ("recounted his life experiences, …").
 */
function lexicalVerbAfterSubject(doc: Doc, resolver: SpeakerResolver, k: number, from: number): boolean {
  const w = resolver.word(k);
  const next = resolver.word(k + 1);
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) || isPunct(next)) return false;
  if (isPresentVerbForm(w) || pluralBareVerb(resolver, k, from)) return true;
  // ("noted the council returned the deeds": a regular past with its own object after it; "denied
  // the claims reported by …", "the sums paid to …" are participles.)
  if (/^\p{Ll}{3,}ed$/u.test(w)) return SUBJECT_DETERMINERS.has(next) || HEARER_PRONOUNS.has(next);
  return isFiniteVerbForm(w) && !PREPOSITIONS.has(next) && next !== "by";
}

/**
 * A reported clause without "that" opening at token `c`: its subject a pronoun ("indicated he was
 * unable to pay"), or, after an inflected form of the cue, short ("revealed a trial will be set";
 * the bare form may be a noun: "on a more conciliatory note, Vale has said …").
 */
function clauseWithoutThat(doc: Doc, resolver: SpeakerResolver, c: number, hi: number, inflected: boolean): boolean {
  return (
    pronounClause(resolver, c, hi) ||
    pronounAndVerb(resolver, c, hi) ||
    (inflected && shortSubjectClause(doc, resolver, c, hi))
  );
}

/**
 * Whether the cue at `k` is a verb's present in -s right after its subject: a subject pronoun, a
 * name ("Ann Roe remarks"), or a noun after its determiner ("the mayor cautions"). The -s form
 * is a plural noun too ("his remarks", "Vale's jokes"), and a noun has no subject before it.
 */
function presentAfterSubject(resolver: SpeakerResolver, k: number, lemma: string): boolean {
  const w = resolver.word(k);
  if (w === lemma || !w.endsWith("s") || w.endsWith("ss")) return false;
  const prev = resolver.word(k - 1);
  if (prev === "he" || prev === "she" || prev === "it") return true;
  if (isPunct(prev) || isPossessive(resolver, k - 1)) return false;
  if (resolver.capital(k - 1)) return true;
  return SUBJECT_DETERMINERS.has(resolver.word(k - 2)) && !PRONOUN_OR_DETERMINER.has(prev);
}

/**
 * Whether the bare form of a verb of saying at `k` is a present after a plural subject, and so reads
 * as inflected forms do: "Prosecutors allege Tom Vale hid the ledger", "they note the fee rose". A
 * bare form may be a noun otherwise ("on a more conciliatory note, …"). (Callers leave out weak cues,
 * beliefs among them: "officials believe the port will close" is no speech.)
 */
function pluralPresent(resolver: SpeakerResolver, k: number): boolean {
  const prev = resolver.word(k - 1);
  if (prev === "they" || prev === "we" || prev === "i" || prev === "you") return true;
  return prev.length > 3 && /^\p{Ll}+[^su]s$/u.test(prev) && !isPossessive(resolver, k - 1);
}

/** Whether the clause of the cue at `k` opens with "as" after the last comma before it, from `lo`: "As the Courier noted". */
function opensWithAs(resolver: SpeakerResolver, lo: number, k: number): boolean {
  for (let j = k - 1; j >= lo && resolver.word(j) !== ","; j--) if (resolver.word(j) === "as") return true;
  return false;
}

/**
 * "The court heard he planned a hoax", "Ann Roe denied she knew him": a personal subject pronoun
 * (never an object form: "denied him bail") and a lexical verb in the past or present right after it,
 * or after one adverb ("quipped he reportedly helped them").
 */
function pronounAndVerb(resolver: SpeakerResolver, c: number, hi: number): boolean {
  const w = resolver.word(c);
  if (w !== "he" && w !== "she" && w !== "they" && w !== "we" && w !== "i") return false;
  const at = isLyAdverb(resolver.word(c + 1)) ? c + 2 : c + 1;
  const v = resolver.word(at);
  return at + 1 < hi && (isFiniteVerbForm(v) || /^\p{Ll}{3,}ed$/u.test(v));
}

/** `speaker` named by the mention `at`. */
const withMention = (speaker: Speaker | null, at: TextSpan): Speaker | null => speaker && { ...speaker, mention: at };

/** The subject pronoun a possessive pronoun stands for: "his" → "he". */
const OWNER_PRONOUNS: Record<string, string> = { his: "he", her: "she", its: "it", their: "they" };

/**
 * The owner of the noun at `k`, as tokens [from, to): a possessive pronoun ("her claim") or a
 * phrase before "'s" ("Tom Vale's claim", "the ministry's claim"), past at most two modifiers of
 * the noun ("his earlier claim", "the firm's repeated warning"); a modifier is a lower-case word
 * and no plural ("Roe's lawyers claim that …" is the lawyers' verb, not Roe's noun). Null when no
 * owner stands there.
 */
function ownerBefore(doc: Doc, resolver: SpeakerResolver, k: number, lo: number): [number, number] | null {
  let p = k - 1;
  const modifier = (j: number) => {
    const w = resolver.word(j);
    return (
      !resolver.capital(j) &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
      !(w.endsWith("s") && !w.endsWith("ss")) &&
      !FINITE_HINTS.has(w) &&
      !PRONOUN_OR_DETERMINER.has(w) &&
      !OWNER_PRONOUNS[w]
    );
  };
  while (p > k - 3 && p > lo && modifier(p)) p--;
  if (p < lo) return null;
  const w = resolver.word(p);
  if (OWNER_PRONOUNS[w]) return [p, p + 1];
  if (w !== "'s" && w !== "’s") return null;
  // The phrase before "'s": a name ("Tom Vale"), or a common noun after its determiner ("the ministry").
  let from = p;
  // (Not a word that opens the sentence before the name: "Despite Tom Vale's claim …".)
  const nameWord = (j: number) =>
    resolver.capital(j) && !isPunct(resolver.word(j)) && !CLOSED_CLASS.has(resolver.word(j).toLowerCase());
  while (from - 1 >= lo && nameWord(from - 1)) from--;
  if (from === p) {
    let d = p - 1;
    while (d > p - 4 && d > lo && resolver.word(d) !== "the") d--;
    if (resolver.word(d) !== "the") return null;
    from = d;
  } else if (from - 1 >= lo && resolver.word(from - 1) === "the") from--;
  return from < p ? [from, p] : null;
}

/**
 * Whether the clause at `c`, after a noun and "that", leaves its verb without the object a
 * relative "that" stands for: a verb of action closed by punctuation or a preposition ("the claim
 * that she made on Friday", "the statement that it issued."); a clause whose verb is "be" ("that
 * the vote was rigged") or that goes on to an object ("that she paid the fee") has no gap.
 */
function objectGap(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  let v = c;
  const verbAt = (j: number) => {
    const w = resolver.word(j);
    return !resolver.capital(j) && (FINITE_HINTS.has(w) || isFiniteVerbForm(w) || (w.length > 4 && w.endsWith("ed")));
  };
  while (v < Math.min(hi, c + 8) && !verbAt(v)) v++;
  if (v >= hi || !verbAt(v)) return false;
  // The verb group: auxiliaries, "not", adverbs and the verb they govern ("had not yet made").
  for (;;) {
    const w = resolver.word(v);
    if (BE_FORMS.has(w)) return false;
    const next = resolver.word(v + 1);
    if (v + 1 >= hi) return true;
    if (next === "not" || isLyAdverb(next) || FINITE_HINTS.has(next) || BE_FORMS.has(next)) v++;
    else if (
      FINITE_HINTS.has(w) &&
      /^\p{Ll}+$/u.test(next) &&
      !PRONOUN_OR_DETERMINER.has(next) &&
      !PREPOSITIONS.has(next)
    )
      v++;
    else break;
    if (v >= hi - 1) return true;
  }
  const after = resolver.word(v + 1);
  return (isPunct(after) && after !== "'s" && after !== "’s") || PREPOSITIONS.has(after) || after === "by";
}

/** Relative pronouns that may stand for the subject of a clause reported inside their own clause. */
const GAP_RELATIVES = new Set(["which", "that", "who", "whom", "what"]);

/**
 * The subject tokens [from, to) of a plain verb of saying at `k` inside a relative clause whose
 * pronoun is the subject of the reported clause, or null: a relative pronoun, a short subject with
 * no verb or punctuation of its own (past the auxiliaries and adverbs before the cue: "which she
 * has often said"), the cue, then a predicate with no subject ("was", "posed", "will take").
 * "What" opening its sentence (past a connective) is a free relative that is itself the subject ("What Roe said was
 * false" is the writer's judgement, not Roe's words).
 */
function gapRelativeSubject(
  doc: Doc,
  resolver: SpeakerResolver,
  k: number,
  lo: number,
  hi: number,
): [number, number] | null {
  const w = resolver.word(k);
  const lemma = speechLemma(w);
  // (Not "tell", whose hearer comes first, nor "state", mostly the noun: "which the United States …".)
  if (!lemma || !PLAIN_SAYING.has(lemma) || lemma === "tell" || lemma === "state" || w.endsWith("ing")) return null;
  if (k + 2 >= hi || !opensPredicate(doc, resolver, k + 1)) return null;
  const contact = contactRelativeSubject(doc, resolver, k, lo);
  if (contact) return contact;
  const last = resolver.subjectEnd(k - 1, lo);
  let r = last;
  while (r > lo && last - r < 6 && !GAP_RELATIVES.has(resolver.word(r))) {
    const x = resolver.word(r);
    // ("a tax which he favors but says would fail": a second verb's subject is the first's.)
    if (
      (isPunct(x) && !resolver.isAbbreviationDot(r) && x !== "'s" && x !== "’s") ||
      CONNECTIVES.has(x) ||
      x === "or" ||
      opensPredicate(doc, resolver, r)
    )
      return null;
    r--;
  }
  if (r >= last || !GAP_RELATIVES.has(resolver.word(r))) return null;
  if (resolver.word(r) === "what") {
    // (Nor after a connective: "But what Roe said was false.")
    let j = lo;
    while (j < r && (CONNECTIVES.has(resolver.word(j)) || isPunct(resolver.word(j)))) j++;
    if (j === r) return null;
  }
  // ("which his say was final": a determiner or an owner before the word makes it a noun.)
  const before = resolver.word(k - 1);
  if ((PRONOUN_OR_DETERMINER.has(before) && !SUBJECT_PRONOUNS.has(before)) || isPossessive(resolver, k - 1))
    return null;
  return [r + 1, last + 1];
}

/**
 * `gapRelativeSubject` for a relative clause with no pronoun, right after its noun: "the levy the
 * council said was unfair", "a toll they say will deter visitors", "harbours Ann Roe said had
 * silted up". The subject is a personal pronoun, a name or a short noun phrase after its determiner
 * (an adverb may follow it: "cut the fees the board now says are fair"); the word before it is a
 * lower-case noun, no verb, determiner, preposition or other word of a closed class. The noun's
 * phrase must be an object, after a verb or a preposition: in "The fees the board says are fair
 * were set in May" where the relative clause ends is not read.
 */
function contactRelativeSubject(doc: Doc, resolver: SpeakerResolver, k: number, lo: number): [number, number] | null {
  let last = k - 1;
  if (isLyAdverb(resolver.word(last)) || resolver.word(last) === "now") last--;
  let from = last;
  const w = resolver.word(last);
  if (resolver.capital(last)) {
    while (from - 1 > lo && last - from < 3 && resolver.capital(from - 1)) from--;
    if (resolver.word(from - 1) === "the") from--;
  } else if (!SUBJECT_PRONOUNS.has(w) || w === "there" || w === "it") {
    while (
      from - 1 > lo &&
      last - from < 4 &&
      /^\p{Ll}+$/u.test(resolver.word(from)) &&
      !SUBJECT_DETERMINERS.has(resolver.word(from))
    )
      from--;
    if (!SUBJECT_DETERMINERS.has(resolver.word(from)) || OWNER_PRONOUNS[resolver.word(from)] || from === last)
      return null;
  }
  const noun = resolver.word(from - 1);
  if (from - 1 < lo || !/^\p{Ll}{3,}$/u.test(noun) || resolver.capital(from - 1)) return null;
  if (PRONOUN_OR_DETERMINER.has(noun) || CLOSED_CLASS.has(noun) || PREPOSITIONS.has(noun) || CONNECTIVES.has(noun))
    return null;
  if (
    FINITE_HINTS.has(noun) ||
    isFiniteVerbForm(noun) ||
    noun.endsWith("ed") ||
    speechLemma(noun) ||
    GAP_RELATIVES.has(noun)
  )
    return null;
  // (The noun's phrase is an object or set off in apposition: a verb stands before it, or a
  // preposition or a dash right before it.)
  let np = from - 2;
  while (
    np > lo &&
    from - 1 - np < 4 &&
    /^\p{Ll}+$/u.test(resolver.word(np)) &&
    !SUBJECT_DETERMINERS.has(resolver.word(np))
  )
    np--;
  if (SUBJECT_DETERMINERS.has(resolver.word(np))) np--;
  // ("While not everything Roe says is true, …": a conjunction opens a clause, whose subject follows it.)
  const p = resolver.word(np);
  const linking = SUBORDINATORS.has(p) || CONTRASTS.has(p) || CONNECTIVES.has(p);
  const object = np >= lo && (PREPOSITIONS.has(p) || CLOSED_CLASS.has(p) || DASHES.has(p)) && !linking;
  return object || holdsAnyVerb(doc, resolver, lo, from - 1) ? [from, last + 1] : null;
}

/**
 * Whether tokens [from, to) hold a verb of a clause: an auxiliary, a finite lexical verb or a past in
 * -ed. With `strict`, a word in -ed right after a preposition or a determiner is an adjective
 * ("among unpaid workers", "the retired clerks").
 */
function holdsAnyVerb(doc: Doc, resolver: SpeakerResolver, from: number, to: number, strict = false): boolean {
  for (let k = from; k < to; k++) {
    const w = resolver.word(k);
    if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) continue;
    if (FINITE_HINTS.has(w) || isFiniteVerbForm(w)) return true;
    const before = resolver.word(k - 1);
    if (
      w.length > 4 &&
      w.endsWith("ed") &&
      !(strict && (PREPOSITIONS.has(before) || CLOSED_CLASS.has(before) || DETERMINERS_OR_OF.has(before)))
    )
      return true;
  }
  return false;
}

/** Whether tokens [from, to) hold a lower-case word that is usually a finite verb ("fell", "rises"). */
function holdsLexicalVerb(doc: Doc, resolver: SpeakerResolver, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (!isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) && isFiniteVerbForm(resolver.word(k))) return true;
  return false;
}

/** Where a relative clause set off by a comma (", who …") that ends at `end` starts, or `end`. */
function relativeClauseStart(resolver: SpeakerResolver, lo: number, end: number): number {
  for (let k = end - 1; k > lo; k--) {
    const w = resolver.word(k);
    if (w === ",") return end;
    if (RELATIVES.has(w) && resolver.word(k - 1) === ",") return k - 1;
  }
  return end;
}

/**
 * Where the verbs of a subject set before a cue's comma (ending at `end`) stop: at a relative clause
 * set off by a comma (`relativeClauseStart`), or at "who" inside an apposition after a name: "Tom
 * Vale of Dover, a harbour pilot who once opposed the plan," (the name, a comma, a determiner
 * and a noun, then "who"); else `end`. ("In Dover, the tenants who rent flats were hit hardest" opens
 * with no name.)
 */
function subjectRelativeStart(doc: Doc, resolver: SpeakerResolver, lo: number, end: number): number {
  const r = relativeClauseStart(resolver, lo, end);
  if (r !== end) return r;
  let who = -1;
  for (let k = end - 1; k > lo; k--) {
    const w = resolver.word(k);
    if (w === "who" || w === "whose") who = k;
    if (w !== ",") continue;
    if (who < 0 || !/^(?:a|an|the)$/.test(resolver.word(k + 1)) || PREPOSITIONS.has(resolver.word(lo))) return end;
    for (let j = lo; j < k; j++)
      if (
        !isUpperCode(doc.text.charCodeAt(doc.tokens.start[j])) &&
        !resolver.isAbbreviationDot(j) &&
        resolver.word(j) !== "of"
      )
        return end;
    return who;
  }
  return end;
}

/**
 * The comma that closes a subjectless opening clause whose reported content starts at `from`
 * ("Noting that fares, which had risen, were high, Paul Reed said …"): the first one after the
 * content's own verb that a clause follows; -1 when there is none. With no "that" before it, the
 * content needs a finite verb, not a word in -ed ("Announcing the results for the year ended in
 * May, Ann Roe said" reports no clause), unless it opens with a subject pronoun ("Noting he won, …").
 */
function openingClauseEnd(doc: Doc, resolver: SpeakerResolver, from: number, hi: number): number {
  const verb =
    resolver.word(from - 1) === "that" || SUBJECT_PRONOUNS.has(resolver.word(from)) ? holdsAnyVerb : holdsFiniteForm;
  for (let j = from + 1; j < hi - 1; j++)
    if (
      resolver.word(j) === "," &&
      verb(doc, resolver, from, j) &&
      (startsClause(doc, resolver, j + 1, hi) || opensBareClause(doc, resolver, j + 1, hi))
    )
      return j;
  return -1;
}

/** Whether tokens [from, to) hold an auxiliary, a modal or a lower-case finite lexical verb ("was", "fell"). */
function holdsFiniteForm(doc: Doc, resolver: SpeakerResolver, from: number, to: number): boolean {
  return holdsFiniteVerb(resolver, from, to) || holdsLexicalVerb(doc, resolver, from, to);
}

/**
 * The end of a report made inside a clause set off by commas between a subject and its verb: a
 * relative clause ("The mayor, who said the budget was sound, resigned." reports "the budget was
 * sound") or a participle ("The mayor, saying the budget was sound, resigned."); the comma before
 * the main clause's verb closes it. A relative clause inside the content ("who said the plan,
 * which was costly, had failed, resigned") holds its own closing comma. Infinity when the cue at
 * `k` is not in such a clause or no verb follows a comma after `from`. A `clause` content needs
 * its own verb before that comma ("who said the two men, and Roe in particular, must act, left");
 * a complement has none ("who accused the council of waste, resigned").
 */
export function interposedReportEnd(
  doc: Doc,
  resolver: SpeakerResolver,
  lo: number,
  k: number,
  from: number,
  hi: number,
  clause = true,
): number {
  const participle = resolver.word(k).endsWith("ing") && resolver.word(k - 1) === "," && k - 1 > lo;
  const interposed =
    relativeClauseStart(resolver, lo, k) !== k || (participle && !holdsAnyVerb(doc, resolver, lo, k - 1));
  return interposed ? predicateAfterComma(doc, resolver, from, hi, clause) : Infinity;
}

/**
 * The end of a report made in a restrictive relative clause inside the sentence's subject, at the
 * closing mark of a quoted fragment right after which the main clause's verb comes: in "Voters who
 * said the levy was “a tax on the poor” turned out in force", "turned out" is what the voters did,
 * not what they said. The cue at `k` follows "who" or "that" with no verb before it in the sentence
 * (from `first`); the content, from `from` to the fragment's opening mark at token `open`, holds a
 * verb of its own, and the fragment (closing at token `close`) is no adverb: 'who said the board had
 * “quietly” approved it' goes on. Infinity when the report is no such clause.
 */
export function restrictiveReportEnd(
  doc: Doc,
  resolver: SpeakerResolver,
  first: number,
  k: number,
  from: number,
  open: number,
  close: number,
): number {
  const relative = resolver.word(k - 1);
  if ((relative !== "who" && relative !== "that") || k - 1 <= first || holdsAnyVerb(doc, resolver, first, k - 1))
    return Infinity;
  if (isLyAdverb(resolver.word(close - 1)) || !holdsAnyVerb(doc, resolver, from, open)) return Infinity;
  return opensPredicate(doc, resolver, close + 1) ? doc.tokens.end[close] : Infinity;
}

/**
 * The offset of the first comma after `from` that a verb phrase with no subject of its own
 * follows, closing a phrase set inside a clause ("…, resigned."), past a closing quotation mark
 * that holds the comma ('who called it “a farce,” resigned'); a relative clause inside it
 * ("who said the plan, which was costly, had failed") holds its own closing comma. A `clause`
 * needs its own verb before that comma. Infinity when there is none.
 */
function predicateAfterComma(doc: Doc, resolver: SpeakerResolver, from: number, hi: number, clause: boolean): number {
  let inner = 0;
  for (let j = from; j < hi - 1; j++) {
    if (resolver.word(j) !== ",") continue;
    if (RELATIVES.has(resolver.word(j + 1)) || resolver.word(j + 1) === "where") inner++;
    else if (opensPredicate(doc, resolver, QUOTE_MARK_TOKEN.test(resolver.word(j + 1)) ? j + 2 : j + 1)) {
      if (inner > 0) inner--;
      else if (!clause || holdsAnyVerb(doc, resolver, from, j)) return doc.tokens.start[j];
    }
  }
  return Infinity;
}

/** Whether a verb phrase with no subject opens at `k`: "left early", "has resigned", "quickly denied it". */
function opensPredicate(doc: Doc, resolver: SpeakerResolver, k: number): boolean {
  const at = isLyAdverb(resolver.word(k)) ? k + 1 : k;
  const w = resolver.word(at);
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[at]))) return false;
  return FINITE_HINTS.has(w) || isFiniteVerbForm(w) || (w.length > 4 && w.endsWith("ed"));
}

/** Whether tokens [from, to) hold an auxiliary or modal ("the line would be finished"). */
function holdsFiniteVerb(resolver: SpeakerResolver, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FINITE_HINTS.has(resolver.word(k))) return true;
  return false;
}

/** Words of approximation before a count ("about 40", "nearly half", "roughly a third"). */
const APPROXIMATORS = new Set(["about", "around", "nearly", "almost", "roughly", "approximately", "over", "under"]);
/** A number opening a noun phrase: figures or a number word ("40", "forty-two"; not "a"). */
const numberWord = (w: string) => /^\d/.test(w) || (w !== "a" && w !== "an" && NUMBER_VALUES.has(w.split("-")[0]));
/** A count opening a noun phrase: a number, or a fraction ("half", "a third", "dozens"). */
const countWord = (w: string) => numberWord(w) || FRACTIONS.has(w);
const FRACTIONS = new Set(["half", "third", "quarter", "dozen", "dozens", "hundreds", "thousands", "millions"]);

/** Words that cannot open a reported clause: prepositions, conjunctions, adverbs of manner and time. */
const NOT_CLAUSE_OPENERS = new Set(
  "to of in on at for from with by about as into over after before during since until than then so but and or nor yet if whether because while when where how why what which who whom whose not also only just very again goodbye yes no hello thanks sorry".split(
    " ",
  ),
);

/**
 * A reported clause whose subject is a bare noun phrase with no determiner: "said local officials
 * should act", "said members will help", "said praise from rivals would not matter". A finite
 * verb (an auxiliary or modal) must follow within six words, with no punctuation but a comma.
 * After "say" (`far`), which takes a clause far more often than a noun, the subject may run on to
 * its verb however long it is (`verbInPhrase`): "said rising rents and a shortage of drivers at
 * the depot had delayed the line", "says keeping two ferries on the winter route would cost too much".
 */
export function opensBareClause(doc: Doc, resolver: SpeakerResolver, c: number, hi: number, far = false): boolean {
  const w = resolver.word(c);
  // ("said about 40 people were hurt", "said around half of the fleet is idle": a word of
  // approximation before a count opens the subject, not a phrase of what was spoken about.)
  if (APPROXIMATORS.has(w) && countWord(resolver.word(c + 1))) return opensBareClause(doc, resolver, c + 1, hi, far);
  if (!w || isPunct(w) || NOT_CLAUSE_OPENERS.has(w) || !/^[\p{L}\p{N}]/u.test(w)) return false;
  // (A verb of saying in the past or in -ing is no subject: "said added"; its noun in -s or bare
  // is one, "said comments from the board were fair", "says praise from rivals helps".)
  if ((speechLemma(w) && (pastForm(w) || w.endsWith("ing"))) || w.endsWith("ly")) return false;
  // A gerund phrase may be the subject ("said keeping the mill open was a mistake"), with an
  // auxiliary or modal after it (a verb in -s may be its object: "said hiring more guards");
  // never a preposition in -ing ("said following the vote"), nor a participle after a comma ("Roe
  // added, reflecting her lead").
  const gerund = w.endsWith("ing");
  if (
    gerund &&
    (ING_NOT_GERUND.has(w) || resolver.word(c - 1) === "," || isUpperCode(doc.text.charCodeAt(doc.tokens.start[c])))
  )
    return false;
  // ("said little about the plan that would …", "said them again to the crowd that had …": an object
  // pronoun, or a quantifier standing alone before a preposition or an adverb, is what was said, no
  // subject; "said much of the town was flooded", "said more boats were lost" open one.)
  const next = resolver.word(c + 1);
  if (OBJECT_PRONOUNS.has(w)) return false;
  if (QUANTIFIERS.has(w) && next !== "of" && next !== "than" && (NOT_CLAUSE_OPENERS.has(next) || isPunct(next)))
    return false;
  if (nearVerb(doc, resolver, c, hi, gerund)) return true;
  // (The search is bounded: forty words hold any subject. A gerund's verb is an auxiliary, as above.)
  return far && verbInPhrase(doc, resolver, c + 1, Math.min(hi, c + 40), gerund);
}

/** Quantifiers and object pronouns that may stand alone as the object of "say": "said little", "said them". */
const QUANTIFIERS = new Set(["little", "much", "more", "less", "enough", "plenty", "lots"]);
const OBJECT_PRONOUNS = new Set(["them", "him", "me", "us"]);

/** `opensBareClause`'s verb within six words of the bare subject opening at `c`. */
function nearVerb(doc: Doc, resolver: SpeakerResolver, c: number, hi: number, gerund: boolean): boolean {
  for (let k = c + 1; k < Math.min(hi, c + 7); k++) {
    const x = resolver.word(k);
    // ("added another as did Vale": a subordinate clause's verb is not the subject's.)
    if (secondPredicate(resolver, k) || PHRASE_STOPS.has(x)) return false;
    if (FINITE_HINTS.has(x)) return k > c;
    if (gerund) {
      // "said bullying happens to adults too": a present verb right after the gerund, with words after it.
      if (k === c + 1 && isPresentVerbForm(x) && k + 1 < hi && !isPunct(resolver.word(k + 1))) return true;
      if (isPunct(x)) return false;
      if (presentAfterGerund(doc, resolver, k, c, hi)) return true;
      continue;
    }
    // "said witnesses saw a gun", "said demand far exceeds supply", "said parents still want …".
    if (isFiniteVerbForm(x) && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) return true;
    if (pluralBareVerb(resolver, k, c)) return true;
    // A past tense soon after the bare subject: "saying police intervened after …".
    if (k <= c + 2 && x.length > 4 && x.endsWith("ed") && !isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])))
      return true;
    if (isPunct(x) && x !== "'s" && x !== "’s") return false;
  }
  return false;
}

/** Whether token `k` marks a possessive: "'s", or a bare apostrophe after a word in -s ("the Vales’ farm"). */
export function isPossessive(resolver: SpeakerResolver, k: number): boolean {
  const w = resolver.word(k);
  return w === "'s" || w === "’s" || ((w === "'" || w === "’") && resolver.word(k - 1).endsWith("s"));
}

/**
 * A reported clause whose subject is owned by a name, however long the subject runs before its
 * verb: "said Ann Roe's plan to close the mill by the end of the year was unfair", "says the
 * Vales’ claim to the land is weak", "said Friday's vote showed …". The name is at most four
 * capitalised words; its noun phrase must reach a verb of its own (`verbInPhrase`).
 */
function opensOwnedSubject(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  let k = c;
  if (SUBJECT_DETERMINERS.has(resolver.word(k))) k++;
  if (!resolver.capital(k)) return false;
  while (k < hi && k - c < 5 && (resolver.capital(k) || resolver.isAbbreviationDot(k))) k++;
  return k > c && isPossessive(resolver, k) && k + 2 < hi && verbInPhrase(doc, resolver, k + 1, hi);
}

/**
 * A reported clause that opens with its condition: "said if elected she would cut the levy", "said
 * if the rain held off, the match would go ahead". The main clause follows within fifteen words:
 * a subject pronoun and an auxiliary, or a clause after the condition's comma.
 */
function opensConditional(doc: Doc, resolver: SpeakerResolver, c: number, hi: number): boolean {
  if (resolver.word(c) !== "if" && resolver.word(c) !== "unless") return false;
  for (let j = c + 2; j < Math.min(hi, c + 16); j++) {
    const w = resolver.word(j);
    if (w === ",") return startsClause(doc, resolver, j + 1, hi) || pronounClause(resolver, j + 1, hi);
    if (isPunct(w) && !resolver.isAbbreviationDot(j)) return false;
    if (pronounClause(resolver, j, hi)) return true;
  }
  return false;
}

/** Words in "-ing" that open no gerund subject: the prepositions, and the pronouns in "-thing". */
const ING_NOT_GERUND = new Set([
  ...ING_PREPOSITIONS,
  ..."during considering pending notwithstanding nothing something anything everything".split(" "),
]);

/**
 * A determiner followed by at least four more words before the sentence ends. With `doc`, the
 * phrase must also hold a verb of its own (`verbInPhrase`): a verb that takes a noun object as
 * readily as a clause ("added a third goal in the 80th minute", "claimed a narrow victory over
 * his rival", "explained her plan to cut taxes") reports nothing with a bare noun phrase; "say"
 * (no `doc`) takes almost only clauses ("said the firm's output rose", where "rose" is read as a noun).
 */
export function opensNounPhrase(resolver: SpeakerResolver, c: number, hi: number, doc: Doc | null = null): boolean {
  const w = resolver.word(c);
  if (!PRONOUN_OR_DETERMINER.has(w) || w === "that" || w === "this") return false;
  let words = 0;
  for (let k = c + 1; k < hi && words < 4; k++) if (!isPunct(resolver.word(k))) words++;
  return words >= 4 && (!doc || verbInPhrase(doc, resolver, c + 1, hi));
}

/**
 * Whether a noun phrase from `from` goes on to a verb of its own before a subordinator or a
 * second predicate ends it: "the plan's cost rose", "the pilots and crew have left"; not "the
 * second from a corner and had …" (the subject's own second verb) nor "a goal as the visitors
 * collapsed". A relative clause set off by commas and a parenthesis are passed over ("the fee,
 * which was new, deters buyers", "the Freight Union (FU) has"); a plural noun with a bare verb
 * after it counts ("its rivals make"). With `auxiliary`, only an auxiliary or a modal counts: after a
 * gerund ("said hiring more guards") a verb in -s may be its object's noun.
 */
function verbInPhrase(doc: Doc, resolver: SpeakerResolver, from: number, hi: number, auxiliary = false): boolean {
  const verbAt = (k: number) => {
    const w = resolver.word(k);
    if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]))) return false;
    if (FINITE_HINTS.has(w)) return true;
    if (auxiliary) return presentAfterGerund(doc, resolver, k, from - 1, hi);
    if (isFiniteVerbForm(w) || (w.length > 4 && w.endsWith("ed"))) return true;
    return pluralBareVerb(resolver, k, from);
  };
  for (let k = from; k < hi; k++) {
    const w = resolver.word(k);
    const close = w === "(" ? ")" : w === "," && RELATIVES.has(resolver.word(k + 1)) ? "," : null;
    if (close) {
      while (k + 1 < hi && resolver.word(k + 1) !== close) k++;
      k++;
      continue;
    }
    // ("said small farms -- those of ten acres or less -- would suffer": an aside between two dashes
    // of one kind; a plural noun before it takes a bare verb after it, "small farms -- … -- suffer".)
    const aside = k > from ? asideEnd(resolver, k, hi) : -1;
    if (aside > 0) {
      const noun = resolver.word(k - 1);
      if (verbAt(aside + 1) || (noun.length > 3 && noun.endsWith("s") && isBaseVerbForm(resolver.word(aside + 1))))
        return true;
      k = aside;
      continue;
    }
    if (PHRASE_STOPS.has(w) || (isPunct(w) && w !== "," && w !== "'s" && w !== "’s" && !resolver.isAbbreviationDot(k)))
      return false;
    // ("and" joins nouns in the phrase, or a second predicate of the main subject: "and had …".)
    if (secondPredicate(resolver, k) || ((w === "and" || w === "or" || w === "but") && verbAt(k + 1))) return false;
    if (verbAt(k)) return true;
  }
  return false;
}

/**
 * The last token of the closing dash of an aside that opens with the dash at `k` (a dash, or a
 * double hyphen, read as two tokens): the same dash within twelve words and no sentence punctuation
 * between; else -1. A single hyphen between spaces is no aside's mark (it joins ranges and scores).
 */
function asideEnd(resolver: SpeakerResolver, k: number, hi: number): number {
  const dash = resolver.word(k);
  const double = dash === "-" && resolver.word(k + 1) === "-";
  if (!double && (!DASHES.has(dash) || dash === "-")) return -1;
  for (let j = k + (double ? 3 : 2); j < Math.min(hi, k + 15); j++) {
    const w = resolver.word(j);
    if (double ? w === "-" && resolver.word(j + 1) === "-" : w === dash) return double ? j + 1 : j;
    if (isPunct(w) && w !== "," && w !== "'s" && w !== "’s" && !resolver.isAbbreviationDot(j)) return -1;
  }
  return -1;
}

/**
 * A verb in -s after the object of the gerund at `c`, with words of its own after it: "said taxing
 * fuel hurts small farms", "says keeping both ferries afloat costs too much". Right after a
 * determiner or "of", or before a preposition, a conjunction or a stop, the word is the object's
 * plural noun instead ("said hiring more guards at the gate", "said cutting the costs").
 */
function presentAfterGerund(doc: Doc, resolver: SpeakerResolver, k: number, c: number, hi: number): boolean {
  if (k < c + 2 || k + 1 >= hi || !isPresentVerbForm(resolver.word(k))) return false;
  if (isUpperCode(doc.text.charCodeAt(doc.tokens.start[k])) || DETERMINERS_OR_OF.has(resolver.word(k - 1)))
    return false;
  const next = resolver.word(k + 1);
  return !isPunct(next) && !NOT_CLAUSE_OPENERS.has(next);
}

/** Adverbs that stand between a subject and its verb: "parents still want", "rivals never make". */
const MID_ADVERBS = new Set(["still", "also", "never", "often", "always", "now"]);

/**
 * Whether token `k` is a bare present verb after a plural noun (ending in -s) at or after `from`,
 * past one adverb: "its rivals make", "parents still want", "voters rely", "residents watch" (a
 * verb known by its third-person present in -s, -es or -ies).
 */
function pluralBareVerb(resolver: SpeakerResolver, k: number, from: number): boolean {
  // ("strongholds like Dover": "like" is the preposition there.)
  if (resolver.word(k) === "like" || !isBaseVerbForm(resolver.word(k))) return false;
  let p = k - 1;
  if (p > from && (isLyAdverb(resolver.word(p)) || MID_ADVERBS.has(resolver.word(p)))) p--;
  const noun = resolver.word(p);
  return p >= from && noun.length > 3 && noun.endsWith("s");
}

/** Subordinators that end a noun phrase's search for its verb. */
const PHRASE_STOPS = new Set("as while when whereas because although though if where".split(" "));

export { MANNER_NOUNS };

/**
 * The end of an indirect clause: the sentence end, cut before a new speech verb or "according to".
 * `present`: the cue is in the present tense ("says", "say"), so a second one in -s may follow it.
 * Each token's break is read once per sentence (`ClauseBreaks`), so a sentence of many cues ("Ann
 * Lee urged them to wait, Tom Vale urged them to stay, …") costs its length once, not once a cue.
 */
export function clauseEnd(
  doc: Doc,
  resolver: SpeakerResolver,
  from: number,
  hi: number,
  sentenceEnd: number,
  present = false,
): number {
  const breaks = clauseBreaks(doc, resolver, present);
  for (let k = breaks.next(from, hi); k < hi; k = breaks.next(k + 1, hi)) {
    const kind = breaks.kindAt(k, hi);
    if (kind === BREAK_ALWAYS) return doc.tokens.start[k];
    // (A second report opens a new clause only some words into this one.)
    if (k > from + 2) return doc.tokens.start[kind === BREAK_BEFORE_COMMA ? k - 1 : k];
  }
  return sentenceEnd;
}

/** What token `k` does to an indirect clause running through it: nothing, ends it wherever it opened, or
 * ends it when it opened more than two tokens before (at `k`, or at the comma before it). */
const NO_BREAK = 0;
const BREAK_ALWAYS = 1;
const BREAK_LATER = 2;
const BREAK_BEFORE_COMMA = 3;

/**
 * Per document and cue tense, the next token from each that breaks a clause before the sentence's
 * end `hi`, and that token's break, read lazily, each token once per sentence.
 */
class ClauseBreaks {
  private readonly kind: Uint8Array;
  private readonly nextAt: Int32Array;
  private readonly nextHi: Int32Array;
  constructor(
    private readonly breakAt: (k: number, hi: number) => number,
    tokens: number,
  ) {
    // (One buffer holds the three arrays: a document's tables cost one allocation, not three.)
    const buffer = new ArrayBuffer(9 * tokens);
    this.nextAt = new Int32Array(buffer, 0, tokens);
    this.nextHi = new Int32Array(buffer, 4 * tokens, tokens).fill(-1);
    this.kind = new Uint8Array(buffer, 8 * tokens, tokens);
  }

  /** The first token in [k, hi) that breaks a clause, else `hi`. */
  next(k: number, hi: number): number {
    let j = k;
    while (j < hi && this.nextHi[j] !== hi) {
      const kind = this.breakAt(j, hi);
      if (kind !== NO_BREAK) {
        this.kind[j] = kind;
        this.nextAt[j] = j;
        this.nextHi[j] = hi;
        break;
      }
      j++;
    }
    const found = j < hi ? this.nextAt[j] : hi;
    for (let i = k; i < j; i++) {
      this.nextAt[i] = found;
      this.nextHi[i] = hi;
    }
    return found;
  }

  /** The break at token `k` (one `next` found) before the sentence's end `hi`. */
  kindAt(k: number, hi: number): number {
    return this.nextHi[k] === hi && this.nextAt[k] === k ? this.kind[k] : this.breakAt(k, hi);
  }
}

const clauseBreakTables = new WeakMap<SpeakerResolver, [ClauseBreaks | null, ClauseBreaks | null]>();

/** The document's table of clause breaks for a cue in the past (`present` false) or the present, made on first use. */
function clauseBreaks(doc: Doc, resolver: SpeakerResolver, present: boolean): ClauseBreaks {
  let tables = clauseBreakTables.get(resolver);
  if (!tables) clauseBreakTables.set(resolver, (tables = [null, null]));
  const tense = present ? 1 : 0;
  return (tables[tense] ??= new ClauseBreaks(
    (k, hi) => clauseBreak(doc, resolver, k, hi, present),
    doc.tokens.start.length,
  ));
}

/** What token `k` does to an indirect clause before the sentence's end `hi` (see `clauseEnd`). */
function clauseBreak(doc: Doc, resolver: SpeakerResolver, k: number, hi: number, present: boolean): number {
  const w = resolver.word(k);
  if (w === ";") return BREAK_ALWAYS;
  // "said she would reopen the depot and warned against …", "…, but she said the vote should wait":
  // a second report by the same speaker is not part of the first one's content.
  if (
    (w === "and" || w === "but" || w === "though" || w === "although") &&
    coordinatedReport(resolver, k + 1, hi, present)
  )
    return resolver.word(k - 1) === "," ? BREAK_BEFORE_COMMA : BREAK_LATER;
  if (w !== ",") return NO_BREAK;
  if (k + 1 < hi) {
    const next = resolver.word(k + 1);
    const l = speechLemma(next);
    if ((l && next.endsWith("ing")) || next === "according") return BREAK_ALWAYS;
    // ", states the report.": an inverted trailing attribution ends the clause (not a participle
    // with only its time: "the ban, announced on Monday, is …").
    if (l && !datedParticiple(resolver, k + 1, hi)) {
      const np = resolver.phraseStartingAt(k + 2, hi);
      if (np && np[1] > k + 2 && invertedEnds(resolver, np[1], hi)) return BREAK_ALWAYS;
    }
    // "Roe said the plan failed, the Courier reported on Monday.": so does one in subject order,
    // which says who reported the report, not what was said.
    if (trailingReport(resolver, k + 1, hi)) return BREAK_ALWAYS;
  }
  // "Most voters said the fee was fair, while a third said it should go", "The mayor stressed that
  // rents were falling, and tenant groups warned that …": past a comma, a conjunction with its own
  // short subject and speech verb opens a second report.
  if (CONTRASTS.has(resolver.word(k + 1)) && contrastedReport(doc, resolver, k + 2, hi)) return BREAK_LATER;
  // "Asked if she believed the vote was rigged, Ann Roe said she would wait": so does a named
  // subject's report of a clause after the comma, the main clause.
  if (resolver.capital(k + 1) && contrastedReport(doc, resolver, k + 1, hi)) {
    // (Not a noun: "…, Harbour spending on the new quay walls had …".)
    const v = reportVerbAfterSubject(resolver, k + 1, hi);
    if (!isNounUse(doc, resolver, v)) return BREAK_LATER;
  }
  return NO_BREAK;
}

/**
 * Whether tokens [from, hi) are a short subject, its speech verb and nothing after but time or
 * manner adjuncts up to the sentence's end: "the Courier reported on Monday".
 */
function trailingReport(resolver: SpeakerResolver, from: number, hi: number): boolean {
  return trailingReportVerb(resolver, from, hi) >= 0;
}

/** `trailingReport`'s speech verb: its index, or -1 when tokens [from, hi) are no such report. */
export function trailingReportVerb(resolver: SpeakerResolver, from: number, hi: number): number {
  const v = reportVerbAfterSubject(resolver, from, hi);
  if (v < 0) return -1;
  const end = skipAdjuncts(resolver, v + 1, hi);
  // ("…, Ann Roe told the harbour board on Friday.": a verb of telling may close on its hearer.)
  return end >= hi || [".", "!", "?"].includes(resolver.word(end)) || hearerCloses(resolver, v, hi) ? v : -1;
}

/**
 * The index of a speech verb (not in -ing) after a short subject at `from` — at most six words
 * with no punctuation but an abbreviation's dot and no clause word — or -1.
 */
function reportVerbAfterSubject(resolver: SpeakerResolver, from: number, hi: number): number {
  let v = from;
  let passed = 0;
  while (v < hi && v - from - passed < 6 && !speechLemma(resolver.word(v))) {
    const w = resolver.word(v);
    // ("the Harbour Authority (HA) said": a short parenthesis, passed over and not counted.)
    const close = w === "(" && v > from ? parenthesisClose(resolver, v, hi) : -1;
    if (close > 0) {
      passed += close + 1 - v;
      v = close + 1;
      continue;
    }
    if ((isPunct(w) && !resolver.isAbbreviationDot(v)) || STOP_LEFT.has(w)) return -1;
    v++;
  }
  if (v === from || v >= hi || !speechLemma(resolver.word(v)) || resolver.word(v).endsWith("ing")) return -1;
  return v;
}

/**
 * Where content [start, end), whose end a quotation holds, stops before the report that quotes it: at
 * the last ", and", ", but" or ";" before the first quotation mark, when the words from there to the
 * quotation hold a verb of saying ("…, and when pressed, the mayor replied, “…”") and the words
 * before it none; else `end`.
 */
function beforeQuotingReport(text: string, start: number, end: number, isTaken: (offset: number) => boolean): number {
  let quoted = start;
  while (quoted < end && !isTaken(quoted)) quoted++;
  let cut = -1;
  for (const m of text.slice(start, quoted).matchAll(/,\s+(?:and|but)\b|;/g)) cut = start + m.index;
  if (cut < 0) return end;
  const says = (from: number, to: number) =>
    (
      text
        .slice(from, to)
        .toLowerCase()
        .match(/[\p{L}]+/gu) ?? []
    ).some((w) => speechLemma(w) && !w.endsWith("ing"));
  // (What stays must hold no report of its own: "Vale said the dock was shut, and …, he added, “…”",
  // read from a trailing cue, keeps its whole clause.)
  return says(cut, quoted) && !says(start, cut) ? trimEnd(text, start, cut) : end;
}

/**
 * Whether "yes" or "no" right after a plain verb of saying stands alone for the clause a question
 * gave it: "Asked if the pier would reopen, Ann Roe said no.", "Most members said yes, while …" (not
 * "said no one came", "said no more").
 */
function answerWord(resolver: SpeakerResolver, lemma: string, k: number, c: number, hi: number): boolean {
  const w = resolver.word(c);
  if (c !== k + 1 || (w !== "yes" && w !== "no") || !PLAIN_SAYING.has(lemma)) return false;
  return c + 1 >= hi || [".", ",", ";", "!", "and", "but", "while"].includes(resolver.word(c + 1));
}

/** "yes" or "no" alone, a whole answer. */
const ANSWER = /^(yes|no)$/i;

/**
 * Whether a reported clause is too short to report anything: under three words, unless it is a
 * subject pronoun and an auxiliary or modal, the rest of the clause left out as the question before
 * it gave it ("Asked if the pier would reopen, Ann Roe said it would.", "They said she could."), or
 * an answer ("said no").
 */
function tooShort(text: string, start: number, end: number): boolean {
  if (countWords(text, start, end) >= 3 || ANSWER.test(text.slice(start, end))) return false;
  const [subject, verb, more] = text.slice(start, end).toLowerCase().split(/\s+/);
  return more !== undefined || !SUBJECT_PRONOUNS.has(subject) || !FINITE_HINTS.has(verb ?? "");
}

export function pushIndirect(
  doc: Doc,
  out: Quote[],
  start: number,
  end: number,
  speaker: Speaker | null,
  cue: TextSpan,
  isTaken: (offset: number) => boolean,
): boolean {
  const text = doc.text;
  end = trimEnd(text, start, end);
  while (start < end && /\s/.test(text[start])) start++;
  // ("(The pier, she said, would close.)": nor is an opening one it does not close, or one that
  // holds all of it.)
  if (text[start] === "(") {
    const close = text.indexOf(")", start);
    if (close < 0 || close >= end - 1) start++;
    if (close === end - 1) end = trimEnd(text, start, close);
  }
  if ((end - start < 8 && !ANSWER.test(text.slice(start, end))) || tooShort(text, start, end)) return false;
  if (/^[,;:]/.test(text[start])) {
    // "said that, in May, the plan had failed": an adjunct between commas opens the clause; in
    // "Having said that, Tom Vale left" "that" was a pronoun, and nothing after its comma was said.
    const close = text.indexOf(",", start + 1);
    if (close < 0 || close >= end) return false;
    start++;
    while (start < end && /\s/.test(text[start])) start++;
  }
  // "Roe said the ferry would keep running, and when pressed on the cost, the mayor replied, “We will
  // find the money.”": a content that runs into a quotation ends before the second report that brings it in.
  if (!isTaken(start) && isTaken(end - 1)) end = beforeQuotingReport(text, start, end, isTaken);
  // Never claim words a direct or mixed quotation already holds.
  if (isTaken(start) || isTaken(end - 1) || tooShort(text, start, end)) return false;
  const entity = speaker?.entity ?? null;
  out.push({
    kind: "indirect",
    text: text.slice(start, end),
    start,
    end,
    speaker: entity ? entity.name : (speaker?.name ?? null),
    speakerId: entity ? entity.id : null,
    speakerMention: speaker?.mention ?? null,
    cue,
  });
  return true;
}
