// The text model: one `Doc` per document holding the original text and the offsets of its
// paragraphs, sentences and tokens. Stages read it and add layers of their own; nothing here
// ever rewrites the text. Tokens live in typed arrays (as in wink-nlp) so that a long document
// costs a few integers per token, not an object each.
//
// Every loop here is a single left-to-right pass with bounded look-around, so the cost stays
// linear in the input's length whatever the input holds.

import domainSuffixes from "../lexicon/domain-suffixes.json" with { type: "json" };
import states from "../lexicon/us-states.json" with { type: "json" };
import type { Span } from "./schema.js";

export interface SentenceSpan extends Span {
  paragraph: number;
  /** Index of the sentence's first token, and one past its last. */
  firstToken: number;
  lastToken: number;
}

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
}

export interface Doc {
  text: string;
  paragraphs: Span[];
  sentences: SentenceSpan[];
  tokens: Tokens;
}

const enum C {
  Space,
  Newline,
  Letter,
  Digit,
  Other,
}

const LETTER = /\p{L}|\p{M}/u;
const SPACE = /\s/u;

export function charClass(code: number): C {
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return C.Newline;
  if (code < 128) {
    if (code === 32 || code === 9 || code === 11 || code === 12) return C.Space;
    if (code >= 48 && code <= 57) return C.Digit;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return C.Letter;
    return C.Other;
  }
  if (code >= 0xd800 && code <= 0xdfff) return C.Other; // surrogate halves: treated as symbols
  const ch = String.fromCharCode(code);
  if (SPACE.test(ch)) return C.Space;
  if (LETTER.test(ch)) return C.Letter;
  if (code >= 0x660 && /\p{Nd}/u.test(ch)) return C.Digit;
  return C.Other;
}

export function isLetterCode(code: number): boolean {
  return charClass(code) === C.Letter;
}
export function isDigitCode(code: number): boolean {
  return charClass(code) === C.Digit;
}
export function isWordCode(code: number): boolean {
  const c = charClass(code);
  return c === C.Letter || c === C.Digit;
}
export function isSpaceCode(code: number): boolean {
  const c = charClass(code);
  return c === C.Space || c === C.Newline;
}
export function isUpperCode(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Paragraphs: runs of non-blank lines are split at every newline (news copy often uses single newlines). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 10;
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      let s = lineStart;
      let e = i;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
      lineStart = i + 1;
    }
  }
  return out;
}

/** Top-level domains (src/lexicon/domain-suffixes.json, from IANA's list): "com", "org", "uk", "news". */
const DOMAIN_SUFFIXES: ReadonlySet<string> = new Set(domainSuffixes.suffixes);

/** ASCII symbols that may sit inside a web address, e-mail address or domain name. */
function isAddressSymbol(code: number): boolean {
  // . - _ @ / : ? = & % # ~ +
  return (
    code === 46 ||
    code === 45 ||
    code === 95 ||
    code === 64 ||
    code === 47 ||
    code === 58 ||
    code === 63 ||
    code === 61 ||
    code === 38 ||
    code === 37 ||
    code === 35 ||
    code === 126 ||
    code === 43
  );
}

const inAddress = (code: number): boolean => isWordCode(code) || isAddressSymbol(code);

/** The end of the run [i, end) less the characters that close a sentence or a clause after an address (". , : ; ! ? -"). */
function withoutTail(text: string, i: number, end: number): number {
  while (end > i) {
    const c = text.charCodeAt(end - 1);
    if (c !== 46 && c !== 44 && c !== 58 && c !== 59 && c !== 33 && c !== 63 && c !== 45) break;
    end--;
  }
  return end;
}
const URL_START = /^(?:https?:\/\/|www\.)[^\s]/i;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/u;
const LABELS = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+/u;

/** Whether the labels before label `k` are one capital letter: an initial before a particle ("A.de Silva"). */
function initialBefore(parts: readonly string[], k: number): boolean {
  return k === 1 && parts[0].length === 1 && isUpperCode(parts[0].charCodeAt(0));
}

/** A domain name written as one word, its last label a top-level domain: "Roe.com", "news.example.org". */
export function isDomainName(word: string): boolean {
  const labels = LABELS.exec(word);
  if (labels === null || labels[0].length !== word.length) return false;
  const parts = word.split(".");
  return DOMAIN_SUFFIXES.has(parts[parts.length - 1]) && !initialBefore(parts, parts.length - 1);
}

/**
 * The end of a web address, e-mail address or domain name written from `i` as one word
 * ("https://example.org/a?b=1", "ann@example.org", "Roe.com", "news.example.co.uk/story"), or -1.
 * A domain name's last label must be a top-level domain in lower case, so "U.S." and "a.m.",
 * "3.5" and a missing space ("over.Then") stay as they were. The scan covers only the run of word
 * and address characters from `i`, and is called once per run, so tokenizing stays linear.
 */
function addressEnd(text: string, i: number, to: number): number {
  let end = i;
  let dotted = false;
  while (end < to) {
    const c = text.charCodeAt(end);
    if (isAddressSymbol(c)) {
      // (Only one with more of the run after it: "said." ends a sentence, no address.)
      if ((c === 46 || c === 64 || c === 58) && end + 1 < to && inAddress(text.charCodeAt(end + 1))) dotted = true;
    } else if (!isWordCode(c)) break;
    end++;
  }
  if (!dotted) return -1;
  const run = text.slice(i, end);
  if (URL_START.test(run)) {
    const kept = withoutTail(text, i, end);
    return kept - i > 4 ? kept : -1;
  }
  const email = EMAIL.exec(run);
  if (email) return i + email[0].length;
  const labels = LABELS.exec(run);
  if (!labels) return -1;
  // The longest prefix of two labels or more ending in a top-level domain: "Roe.com.Then" → "Roe.com".
  const parts = labels[0].split(".");
  let length = labels[0].length;
  for (let k = parts.length - 1; k >= 1; k--) {
    if (DOMAIN_SUFFIXES.has(parts[k]!) && !initialBefore(parts, k)) {
      // A path after the domain ("example.org/news/1") belongs to it.
      if (k === parts.length - 1 && text.charCodeAt(i + length) === 47) return withoutTail(text, i, end);
      return i + length;
    }
    length -= parts[k]!.length + 1;
  }
  return -1;
}

/**
 * Where a dotted abbreviation read from `start` goes on past its full stop at `i`, or -1 when the stop
 * ends the word: single letters separated by dots (U.S., e.g., a.m.), and, when `lettered` (the
 * word has taken a letter after a stop), the full stop after the last single letter of a longer
 * one: "B.Q.R.", "U.S.A." (the letters are taken in pairs, "B.Q." and then "R"), where a hyphen
 * may follow as after "U.S.": "a B.Q.R.-led raid".
 */
function abbreviationStop(text: string, start: number, i: number, to: number, lettered: boolean): number {
  const nextCls = i + 1 < to ? charClass(text.charCodeAt(i + 1)) : C.Space;
  if (nextCls === C.Letter) {
    const prevIsSingle = i - start === 1 || text.charCodeAt(i - 2) === 46;
    const nextIsSingle = i + 2 >= to || text.charCodeAt(i + 2) === 46;
    if (!prevIsSingle || !nextIsSingle) return -1;
    return i + 3 <= to && text.charCodeAt(i + 2) === 46 ? i + 3 : i + 2;
  }
  const lastLetter = text.charCodeAt(i - 2) === 46 && charClass(text.charCodeAt(i - 1)) === C.Letter;
  return lettered && nextCls !== C.Digit && lastLetter ? i + 1 : -1;
}

/** Apostrophes that may stand for an elided century: ' ’ and the ‘ that word processors turn them into. */
const ELISION_MARKS = new Set([0x27, 0x2019, 0x2018]);
/** Prepositions after which an apostrophe and two digits are a year: "in ’08", "since '97". */
const YEAR_PREPOSITIONS = new Set(["in", "of", "since", "from", "until", "till", "before", "after", "by", "during"]);

/**
 * The end of an elided year or decade at `i` (an apostrophe, two digits, perhaps an "s"), or -1: a
 * decade anywhere after a space or an opening bracket ("the ’80s"), a bare year only after a
 * preposition ("in ’08"), where an opening quotation mark before a number ("‘20 years is enough’")
 * is far less likely.
 */
function elidedYearEnd(text: string, i: number, from: number, to: number): number {
  if (!ELISION_MARKS.has(text.charCodeAt(i)) || i + 3 > to) return -1;
  if (i > from && !isSpaceCode(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 40) return -1;
  if (!isDigitCode(text.charCodeAt(i + 1)) || !isDigitCode(text.charCodeAt(i + 2))) return -1;
  const next = i + 3 < to ? text.charCodeAt(i + 3) : 32;
  if (next === 115 && !(i + 4 < to && isWordCode(text.charCodeAt(i + 4)))) return i + 4;
  if (isWordCode(next)) return -1;
  let w = i - 1;
  while (w > from && isSpaceCode(text.charCodeAt(w))) w--;
  let v = w;
  while (v > from && isLetterCode(text.charCodeAt(v - 1))) v--;
  return YEAR_PREPOSITIONS.has(text.slice(v, w + 1).toLowerCase()) ? i + 3 : -1;
}

/**
 * Tokens of one stretch of text. Words keep internal apostrophes (shouldn't, Albion’s), hyphens
 * (state-affiliated), dotted abbreviations (U.S., a.m.) and number punctuation (3.5, 1,000);
 * a possessive 's is its own token; every other symbol is a token of one character.
 */
export function tokenize(text: string, from = 0, to = text.length, push: (s: number, e: number) => void): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === C.Space || cls === C.Newline) {
      i++;
      continue;
    }
    if (cls !== C.Letter && cls !== C.Digit) {
      if (APOSTROPHES.has(code) && i > from && isWordCode(text.charCodeAt(i - 1)) && i + 1 < to) {
        const s = text.charCodeAt(i + 1);
        const after = i + 2 < to ? text.charCodeAt(i + 2) : 32;
        if ((s === 115 || s === 83) && !isWordCode(after)) {
          push(i, i + 2); // possessive 's
          i += 2;
          continue;
        }
      }
      // A high surrogate pair is one symbol token.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          push(i, i + 2);
          i += 2;
          continue;
        }
      }
      // (An elided century is one word with its apostrophe, no quotation mark: "the ’80s", "in ’08".)
      const end = Math.max(i + 1, elidedYearEnd(text, i, from, to));
      push(i, end);
      i = end;
      continue;
    }
    const start = i;
    const runStart = i === from || !inAddress(text.charCodeAt(i - 1));
    /** Whether the word took a full stop (a decimal or a dotted abbreviation). */
    let dotted = false;
    i++;
    for (;;) {
      if (i >= to) break;
      const c = text.charCodeAt(i);
      const k = charClass(c);
      if (k === C.Letter || k === C.Digit) {
        i++;
        continue;
      }
      const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
      const nextCls = next < 0 ? C.Space : charClass(next);
      if (APOSTROPHES.has(c) && nextCls === C.Letter) {
        // Possessive 's splits off (CPS's → CPS 's); contractions stay whole (shouldn't).
        const afterS = i + 2 < to ? charClass(text.charCodeAt(i + 2)) : C.Space;
        if ((next === 115 || next === 83) && afterS !== C.Letter && afterS !== C.Digit) break;
        i++;
        continue;
      }
      if (HYPHENS.has(c) && (nextCls === C.Letter || nextCls === C.Digit)) {
        i++;
        continue;
      }
      if ((c === 46 || c === 44) && cls === C.Digit && nextCls === C.Digit) {
        const prev = text.charCodeAt(i - 1);
        if (isDigitCode(prev)) {
          dotted ||= c === 46;
          i++;
          continue;
        }
      }
      if (c === 46) {
        const past = abbreviationStop(text, start, i, to, dotted && cls === C.Letter);
        if (past > 0) {
          dotted = true;
          i = past;
          continue;
        }
      }
      break;
    }
    // A web address or a domain name is one token ("Roe.com reported"), read from the first character
    // of a run of word and address characters; the word read above ends at the run's first address
    // character, so only a word that took a full stop or stops at one is read again. (Else the word,
    // with a dotted abbreviation's final dot: U.S. → "U.S.".)
    const address =
      runStart && (dotted || (i < to && isAddressSymbol(text.charCodeAt(i)))) ? addressEnd(text, start, to) : -1;
    push(start, address > 0 ? (i = address) : i);
  }
}

/** Words that take a full stop without ending the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj rep sen gov pres supt insp det cllr rev fr hon " +
    "no nos vs v etc inc ltd co corp bros dept est approx al fig jan feb mar apr jun jul aug sep sept oct nov dec " +
    "mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);
/** Of those, the ones that always precede a name or number, so never end a sentence. */
export const NEVER_FINAL: ReadonlySet<string> = new Set(
  "mr mrs ms dr prof st mt gen col lt sgt capt cmdr adm maj rep sen gov pres supt insp det cllr rev fr hon no nos vs v".split(
    " ",
  ),
);

/** The US states as AP style abbreviates them, with the state each stands for (src/lexicon/us-states.json): "Ore." → Oregon. */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(states.abbreviations));

/** Whether `word` with a full stop is a state as AP style abbreviates it ("Ky" of "Ky."). */
export function isStateAbbreviation(word: string): boolean {
  return STATE_ABBREVIATIONS.has(`${word}.`);
}

/**
 * "Govs.", "Sens.", "Drs.": the plural of an abbreviation of three letters at most that `singulars`
 * holds (so that "press" is not read as "pres" made plural). The splitter asks it of the titles
 * that never end a sentence, the entity layer of the forms of address.
 */
export function shortAbbreviationPlural(lower: string, singulars: ReadonlySet<string>): boolean {
  return lower.length <= 4 && lower.endsWith("s") && singulars.has(lower.slice(0, -1));
}

const OPENING_OR_CLOSING = new Set([
  0x22, 0x27, 0x60, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0x201a, 0x2033, 0xab, 0xbb, 0x29, 0x5d,
]);

/** Builds the `Doc`: paragraphs, then sentences within each paragraph, then tokens. */
export function buildDoc(text: string): Doc {
  const paragraphs = splitParagraphs(text);
  const starts: number[] = [];
  const ends: number[] = [];
  const sentOf: number[] = [];
  const sentences: SentenceSpan[] = [];
  paragraphs.forEach((p, pi) => {
    const first = starts.length;
    tokenize(text, p.start, p.end, (s, e) => {
      starts.push(s);
      ends.push(e);
    });
    const last = starts.length;
    let sentFirst = first;
    for (let t = first; t < last; t++) {
      if (t === last - 1 || isSentenceEnd(text, starts, ends, t, last)) {
        // Closing quotes and brackets straight after the terminator belong to this sentence.
        let endTok = t;
        while (
          endTok + 1 < last &&
          OPENING_OR_CLOSING.has(text.charCodeAt(starts[endTok + 1])) &&
          ends[endTok + 1] - starts[endTok + 1] === 1 &&
          starts[endTok + 1] === ends[endTok] &&
          isClosingPosition(text, ends[endTok + 1], p.end)
        )
          endTok++;
        const idx = sentences.length;
        sentences.push({
          start: starts[sentFirst],
          end: ends[endTok],
          paragraph: pi,
          firstToken: sentFirst,
          lastToken: endTok + 1,
        });
        for (let k = sentFirst; k <= endTok; k++) sentOf[k] = idx;
        sentFirst = endTok + 1;
        t = endTok;
      }
    }
  });
  return {
    text,
    paragraphs,
    sentences,
    tokens: {
      count: starts.length,
      start: Int32Array.from(starts),
      end: Int32Array.from(ends),
      sentence: Int32Array.from(sentOf),
    },
  };
}

/** A mark at `pos` closes (is followed by space or the paragraph end), rather than opens the next sentence. */
function isClosingPosition(text: string, pos: number, paraEnd: number): boolean {
  return pos >= paraEnd || isSpaceCode(text.charCodeAt(pos)) || OPENING_OR_CLOSING.has(text.charCodeAt(pos));
}

/**
 * Whether the "(" at token `open` holds a whole sentence: a capital opens it (perhaps after an
 * opening quotation mark) and a full stop, "?" or "!" (perhaps with a closing quotation mark)
 * closes it right before its ")", with no other parenthesis inside: "… could wait. (About 40
 * drivers work there.) She …". Not a dateline's agency ("Salem, Ore. (AP) —") nor a party after a
 * name ("Ann Roe Jr. (D-Ohio)").
 */
function parenthesisedSentence(text: string, starts: number[], ends: number[], open: number, last: number): boolean {
  // (A quotation may open it: '(“We tried,” she said.)'.)
  let first = open + 1;
  while (first < last && first < open + 3 && openingMark(text, starts[first], ends[first])) first++;
  if (first >= last || !isUpperCode(text.charCodeAt(starts[first]))) return false;
  for (let k = open + 1; k < last && k < open + 120; k++) {
    const c = text.charCodeAt(starts[k]);
    if (ends[k] - starts[k] !== 1) continue;
    if (c === 40) return false;
    if (c !== 41) continue;
    let before = k - 1;
    if (OPENING_OR_CLOSING.has(text.charCodeAt(starts[before])) && before > open + 1) before--;
    const b = text.charCodeAt(starts[before]);
    return ends[before] - starts[before] === 1 && (b === 46 || b === 33 || b === 63);
  }
  return false;
}

/** Opening quotation marks that may stand between "(" and its sentence's first word: “ " ' ‘ „ « or wire copy's ``, ''. */
const OPENING_MARK_CODES = new Set([0x22, 0x27, 0x60, 0x201c, 0x201e, 0x2018, 0x201a, 0xab]);

/** Whether the token [start, end) is one or two opening quotation marks. */
function openingMark(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  for (let i = start; i < end; i++) if (!OPENING_MARK_CODES.has(text.charCodeAt(i))) return false;
  return true;
}

function isSentenceEnd(text: string, starts: number[], ends: number[], t: number, last: number): boolean {
  const code = text.charCodeAt(starts[t]);
  const len = ends[t] - starts[t];
  const isTerminator = len === 1 && (code === 46 || code === 33 || code === 63 || code === 0x2026);
  const isDottedAbbrev = len > 1 && text.charCodeAt(ends[t] - 1) === 46; // "U.S."
  if (!isTerminator && !isDottedAbbrev) return false;
  // Find the next real token after closing marks.
  let n = t + 1;
  while (n < last && OPENING_OR_CLOSING.has(text.charCodeAt(starts[n])) && ends[n] - starts[n] === 1) {
    // An opening mark (preceded by space) starts the next sentence; stop at it.
    if (starts[n] > ends[n - 1]) break;
    n++;
  }
  if (n >= last) return true;
  // The terminator must be followed by a space (3.5 and "U.S.-led" are not ends).
  const after = ends[n - 1];
  if (after < text.length && !isSpaceCode(text.charCodeAt(after))) return false;
  let nextStart = starts[n];
  let nextCode = text.charCodeAt(nextStart);
  // Past the opening marks of the next sentence (two for wire copy's ``).
  for (let m = n; OPENING_OR_CLOSING.has(nextCode) && m + 1 < last && m < n + 2; m++) {
    nextStart = starts[m + 1];
    nextCode = text.charCodeAt(nextStart);
  }
  const nextIsUpperOrDigit =
    isUpperCode(nextCode) ||
    isDigitCode(nextCode) ||
    nextCode === 0x2014 ||
    (nextCode === 40 && parenthesisedSentence(text, starts, ends, n, last));
  if (code === 33 || code === 63 || code === 0x2026) {
    // "?" or "!" inside a quote followed by a lower-case attribution ("…?" he asked) continues.
    return nextIsUpperOrDigit || !isLetterCode(nextCode);
  }
  if (!nextIsUpperOrDigit) return false;
  if (isDottedAbbrev) {
    // "U.S." at a sentence end is common before pronouns and articles; before a name it is not an end.
    const nextWord = text.slice(starts[n], ends[n]).toLowerCase();
    return SENTENCE_OPENERS.has(nextWord);
  }
  if (t === 0) return true;
  const prevStart = starts[t - 1];
  const prevEnd = ends[t - 1];
  if (prevEnd !== starts[t]) return true; // a free-standing full stop
  const prev = text.slice(prevStart, prevEnd);
  const lower = prev.toLowerCase();
  if (prev.length === 1 && isUpperCode(prev.charCodeAt(0))) return false; // an initial: "J. Smith"
  // "No." and "nos." abbreviate "number" only before one ("No. 10", "nos. 4 and 5"): 'Asked if he
  // would run, Tom Vale said no. But …' ends a sentence there.
  if ((lower === "no" || lower === "nos") && !isDigitCode(nextCode) && prev === lower) return true;
  if (NEVER_FINAL.has(lower) || shortAbbreviationPlural(lower, NEVER_FINAL)) return false;
  // A state's abbreviation ends its sentence after a town and a comma ("Salem, Ore. The …"); elsewhere
  // it is read as the other abbreviations are: "the former Ore. Gov. Ann Roe", "said Del. Ann Roe"
  // (a delegate), but "moved to Ore. He …".
  if (ABBREVIATIONS.has(lower) || (isStateAbbreviation(prev) && !(t >= 2 && text[starts[t - 2]] === ","))) {
    const nextWord = text.slice(starts[n], ends[n]).toLowerCase();
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

const SENTENCE_OPENERS = new Set(
  "the a an he she it they we i this that these those there his her their its but and in on at for as if when while after before however meanwhile".split(
    " ",
  ),
);

/**
 * The span index: in a list sorted by `key` (token starts, mention starts, sentence ends…), the
 * first position whose key is at or after `offset`, or the list's length. One binary search for
 * every stage, so each finds "the first X at or after this offset" in log time.
 */
export function firstAtOrAfter<T>(list: ArrayLike<T>, offset: number, key: (item: T) => number): number {
  return partitionPoint(list.length, (i) => key(list[i]) < offset);
}

/** Like `firstAtOrAfter`, for the first key strictly after `offset`. */
export function firstAfter<T>(list: ArrayLike<T>, offset: number, key: (item: T) => number): number {
  return partitionPoint(list.length, (i) => key(list[i]) <= offset);
}

/** The first index in [0, n) where `before` turns false; `before` must be true on a prefix only. */
function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `firstAtOrAfter` over spans sorted by start. It, `sentenceAt` and `tokenAtOrAfter`, asked most
 * often, write the search out: a predicate and a key passed down cost two calls a step.
 */
export function firstSpanAtOrAfter(spans: ArrayLike<Span>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(doc: Pick<Doc, "sentences">, offset: number): number {
  const s = doc.sentences;
  // Sentences do not overlap and are in text order: the first one ending after `offset` holds it, if any does.
  let i = 0;
  let hi = s.length;
  while (i < hi) {
    const mid = (i + hi) >> 1;
    if (s[mid].end <= offset) i = mid + 1;
    else hi = mid;
  }
  return i < s.length && s[i].start <= offset ? i : -1;
}

/** Index of the first token whose start is at or after `offset`. */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  const starts = doc.tokens.start;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tokenText(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
}

// Shared layers: what several stages need from a Doc, computed once per Doc on first use and kept
// beside it (a Doc stays plain data; each layer lives in a WeakMap keyed by it).

/**
 * A layer of a Doc: `make(doc)` computed on the first call for that Doc and kept while the Doc
 * lives. Every stage that keeps something per document keeps it this way; read it, never write to it.
 */
export function perDoc<T>(make: (doc: Doc) => T): (doc: Doc) => T {
  const kept = new WeakMap<Doc, T>();
  return (doc) => {
    let value = kept.get(doc);
    if (value === undefined) kept.set(doc, (value = make(doc)));
    return value;
  };
}

/**
 * Each token's text in lower case (the stages match words against lexicons with it). One array
 * per Doc, shared by every stage: read it, never write to it.
 */
export const lowerWords: (doc: Doc) => string[] = perDoc((doc) => {
  const out: string[] = new Array(doc.tokens.count);
  // The text lower-cased once and cut at the tokens is each token lower-cased, and costs half as
  // much, where every character lower-cases alone to one character.
  const low = NOT_LOWERED_ALONE.test(doc.text) ? null : doc.text.toLowerCase();
  if (low !== null && low.length === doc.text.length)
    for (let i = 0; i < doc.tokens.count; i++) out[i] = low.slice(doc.tokens.start[i], doc.tokens.end[i]);
  else for (let i = 0; i < doc.tokens.count; i++) out[i] = tokenText(doc, i).toLowerCase();
  return out;
});

/**
 * The characters (UTF-16 code units) that do not lower-case alone to one character: "İ" gives two,
 * "Σ" gives "ς" or "σ" by the letter after it, and a surrogate half is lower-cased with its pair,
 * which a token may split.
 */
const NOT_LOWERED_ALONE = /[\u0130\u03a3\ud800-\udfff]/;

/**
 * Each token's shape, as spaCy writes it: capitals X, small letters x, digits d, anything else as
 * itself, a run of one kind cut after four ("Kearns" → "Xxxxx", "U.S." → "X.X.", "2024" → "dddd").
 */
export const shapes: (doc: Doc) => readonly string[] = perDoc((doc) => {
  const out: string[] = new Array(doc.tokens.count);
  for (let i = 0; i < doc.tokens.count; i++) out[i] = wordShape(tokenText(doc, i));
  return out;
});

export function wordShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < word.length && i < 64; i++) {
    const code = word.charCodeAt(i);
    const c = isUpperCode(code) ? "X" : isLetterCode(code) ? "x" : isDigitCode(code) ? "d" : word[i];
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Paragraph index of each token. */
export const tokenParagraphs: (doc: Doc) => Int32Array = perDoc((doc) => {
  const out = new Int32Array(doc.tokens.count);
  for (let i = 0; i < doc.tokens.count; i++) out[i] = sentenceOf(doc, i).paragraph;
  return out;
});

/**
 * The first token after a dateline that opens tokens [first, limit): "WASHINGTON (AP) —",
 * "Washington (AFP) –", "BOSTON -", "WASHINGTON, Dec. 8 (UPI) —". `first` when there is none.
 */
export function afterDateline(doc: Doc, first: number, limit: number): number {
  const words = lowerWords(doc);
  const capital = (k: number) => isUpperCode(doc.text.charCodeAt(doc.tokens.start[k]));
  for (let k = first; k < Math.min(limit, first + 12); k++) {
    const w = words[k] ?? "";
    if (w === "—" || w === "–" || w === "-" || w === "--") {
      const prev = k > first ? words[k - 1] : "";
      return prev === ")" || (k > first && capital(k - 1)) ? k + 1 : first;
    }
    if (!(capital(k) || w === "(" || w === ")" || w === "," || (k > first && (w === "." || /^\d{1,4}$/.test(w)))))
      return first;
  }
  return first;
}

/** The first token after the document's dateline (0 when it has none). */
export const datelineEnd: (doc: Doc) => number = perDoc((doc) => {
  const s = doc.sentences[0];
  return s ? afterDateline(doc, s.firstToken, s.lastToken) : 0;
});

/** The sentence that holds token `k`. */
export function sentenceOf(doc: Pick<Doc, "sentences" | "tokens">, k: number): SentenceSpan {
  return doc.sentences[doc.tokens.sentence[k]];
}

/**
 * Documents' sentences by document id, each with the text it was split from: a refresh splits a
 * document once for the case build and the brief that cites it (each split the texts again).
 */
export type SentenceCache = Map<string, { text: string; sentences: Doc["sentences"] }>;

/** The sentences of `text`, the document `id`'s: the ones `cache` keeps when split from that text, else split (and kept). */
export function sentencesOf(id: string, text: string, cache?: SentenceCache): Pick<Doc, "sentences"> {
  const kept = cache?.get(id);
  if (kept && kept.text === text) return kept;
  const made = { text, sentences: buildDoc(text).sentences };
  cache?.set(id, made);
  return made;
}
