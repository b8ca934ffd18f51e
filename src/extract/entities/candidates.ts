// The news layer's rule-based candidates: capitalised runs of words, split at titles and
// honorifics, typed by the gazetteer, organisation and place designators, given names and the
// shape of the run. One left-to-right pass over the tokens of each sentence; every look-around
// is bounded, so the cost stays linear in the length of the text.
import { isDigitCode, type Doc } from "../../core/doc.js";
import { GAZETTEER_MAX_WORDS, lookupGazetteer } from "./gazetteer.js";
import {
  abbreviatedLegalForm,
  ADDRESS_TITLES,
  COMMON_WORDS,
  DEMONYMS,
  isEnglishNoun,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  LEGAL_FORMS,
  MONTHS,
  NAME_PARTICLES,
  ORG_DESIGNATORS,
  ORG_HEADS,
  ROLE_MODIFIERS,
  ROLE_TITLES,
  SHOP_NOUNS,
  SUBJECT_HEADS,
  WEEKDAYS,
} from "./lexicon.js";
import { isGivenName } from "./names.js";
import { PERSON_FIRST_NOUNS } from "../quotes/speaker-words.js";
import { DIGIT_HOSTS, classifyRun } from "./classify.js";
import {
  type Candidate,
  type Run,
  type CandidateContext,
  candidateContext,
  tokenString,
  isCapWord,
  lower,
  bareCandidate,
  isNameDigitWord,
  isTitleWord,
  pluralShortAddress,
  splitByGazetteer,
  makeCandidate,
  officerWord,
  particlesThenName,
} from "./run.js";
import { splitRun } from "./split.js";
import { isAbbreviationBeforeName, townsBeforeStates, usState } from "./states.js";
import { clubsNamedAfterTowns, prisonsNamedAfterPlaces, scorersOfGoals } from "./clubs.js";
import { stationsByCallSign } from "./stations.js";
import { constituencyAt } from "./unknown.js";

export { candidateContext, NOUN_ENDINGS, type Candidate, type CandidateContext, type Evidence } from "./run.js";
export { splitRun } from "./split.js";

const MAX_RUN = 40;

const POSSESSIVE_PLACES = new Set(
  "palace hospital college park church cathedral square island bridge school street road lane gate cross bench".split(
    " ",
  ),
);
/** What an officer's possessive names as a body ("the Sheriff's Office", "the Attorney-General's Chambers"). */
const OFFICE_NOUNS = new Set(["office", "chambers"]);
/** "the U.S. attorney's office", "the Vell County sheriff's office": an officer's office written in lower case after a place. */
const OFFICE_AFTER_PLACE = /^\s+(?:district\s+)?(\p{Ll}+)['’]s\s+office\b/u;

/**
 * A place, an officer's possessive and "office" in lower case make one body ("a spokesman for
 * the U.S. attorney's office in Brooklyn said"), as they do in capitals: the body, or null.
 */
function officeOfPlace(doc: Doc, c: Candidate): Candidate | null {
  if (c.type !== "location") return null;
  const m = OFFICE_AFTER_PLACE.exec(doc.text.slice(c.end, c.end + 40));
  if (!m || !officerWord(m[1])) return null;
  return {
    ...c,
    end: c.end + m[0].length,
    nameEnd: c.end + m[0].length,
    type: "organization",
    canonical: null,
    evidence: "designator",
  };
}

/** Plurals whose possessive opens or continues a body's name ("People's", "Women's", "Children's"). */
const COLLECTIVE_PLURALS = new Set(["people", "women", "children", "men"]);
const DOTTED_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "ft",
  "mt",
  "gov",
  "sen",
  "rep",
  "jr",
  "sr",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "prof",
  "rev",
  "det",
  "insp",
  "supt",
  "no",
  "hon",
  "cllr",
  "maj",
  "adm",
  "cmdr",
]);
/**
 * Where a run of capitalised words after an office and "of"/"for" ends in a person's name, the
 * index in the run where the name starts ("Director of Public Prosecutions Jane Doe" → 4), else -1.
 * The name is the last two or three words, opening with a known given name or an initial.
 */
function officeBeforeName(doc: Doc, run: Run): number {
  const lw = run.map((t) => lower(tokenString(doc, t)));
  let f = 0;
  // A participle may qualify the office ("Presiding Judge of …", "Outgoing Minister for …").
  const participle = (w: string) => w.length > 5 && w.endsWith("ing");
  while (f < lw.length && (ROLE_MODIFIERS.has(lw[f]) || lw[f] === "the" || participle(lw[f]))) f++;
  if (f >= lw.length || !(ROLE_TITLES.has(lw[f]) || ADDRESS_TITLES.has(lw[f]))) return -1;
  for (const size of [3, 2]) {
    const i = lw.length - size;
    // An initial opens a name as a given name does ("Minister for Energy R Okafor").
    if (i <= f + 2 || !(isGivenName(lw[i]) || /^[A-Z]$/.test(tokenString(doc, run[i])))) continue;
    if (!lw.slice(f + 1, i).some((w) => w === "of" || w === "for")) continue;
    const name = run.slice(i).map((t) => tokenString(doc, t));
    if (name.every((w) => isCapWord(w) && !isTitleWord(lower(w)))) return i;
  }
  return nameAfterPortfolio(doc, run, lw, f);
}

/**
 * "Minister for National Security Lorcan Vell", "Minister for Health and Care Ann Roe": where the
 * words after an office's "of"/"for" are common English words (the portfolio), the two or three
 * Capitalised words after them that no dictionary holds are the holder's name, whether or not its
 * given name is a known one; the index where the name starts, else -1. The word right after
 * "of"/"for" (and "the") is the portfolio's whatever it is, for the portfolio has one word at
 * least and no holder's name follows the office without one ("Minister for Defence Zdravko
 * Tamsin", "President of the Republic Ivo Vell").
 */
function nameAfterPortfolio(doc: Doc, run: Run, lw: readonly string[], office: number): number {
  const of = lw.findIndex((w, i) => i > office && (w === "of" || w === "for"));
  if (of < 0) return -1;
  let k = lw[of + 1] === "the" ? of + 3 : of + 2;
  while (k < lw.length && (COMMON_WORDS.has(lw[k]) || lw[k] === "and")) k++;
  if (lw[k - 1] === "and" || lw.length - k < 2 || lw.length - k > 3) return -1;
  const name = run.slice(k).map((t) => tokenString(doc, t));
  return name.every((w) => isCapWord(w) && !isTitleWord(lower(w)) && !COMMON_WORDS.has(lower(w))) ? k : -1;
}

/**
 * A country's name after "of" that ends a body's name before a person's ("chair of Harbour Friends
 * of Jordan Ann Vella"): the country closes the body, also when it is a given name too, and the
 * words after it are the person's name, also when their given name is not a known one.
 */
function countryEndsBody(lw: readonly string[], i: number): boolean {
  if (i < 1 || lw[i - 1] !== "of") return false;
  const hit = lookupGazetteer(lw[i]);
  return hit !== null && hit.type === "location" && !hit.place;
}

/** Where a run after "<office> of" ends in a person's name: the index where the name starts, else -1. */
function bodyBeforeName(doc: Doc, run: Run): number {
  const t = run[0];
  if (t < 2 || tokenString(doc, t - 1) !== "of") return -1;
  const office = tokenString(doc, t - 2);
  if (!/^\p{Ll}/u.test(office) || !ROLE_TITLES.has(office)) return -1;
  const lw = run.map((k) => lower(tokenString(doc, k)));
  for (const size of [3, 2]) {
    const i = lw.length - size;
    if (i < 1 || countryEndsBody(lw, i)) continue;
    if (!countryEndsBody(lw, i - 1) && (!isGivenName(lw[i]) || isGivenName(lw[i - 1]))) continue;
    const name = run.slice(i).map((k) => tokenString(doc, k));
    if (name.every((w) => isCapWord(w) && !isTitleWord(lower(w)))) return i;
  }
  return -1;
}

/** The candidates of a run that `bodyBeforeName` cuts at `bodyEnd`: the office's body, then its holder. */
function bodyThenName(ctx: CandidateContext, run: Run, bodyEnd: number): Candidate[] {
  const doc = ctx.doc;
  const lw = run.map((k) => lower(tokenString(doc, k)));
  // The words before the holder may name more than one ("secretary of State Ann Vale and Ohio
  // Sen. Tom Rell": a person, then the place of the next one's office).
  if (!countryEndsBody(lw, bodyEnd - 1))
    return [
      ...splitRun(doc, run.slice(0, bodyEnd)).flatMap((part) => classifyRun(ctx, part, false)),
      ...classifyRun(ctx, run.slice(bodyEnd), false),
    ];
  // "of Harbour Friends of Jordan Ann Vella": the body whole, then its holder, whatever the words
  // of either look like.
  return [
    makeCandidate(doc, run, 0, bodyEnd, "organization", "context", null),
    ...classifyRun(ctx, run.slice(bodyEnd), false).map((c): Candidate => ({
      ...c,
      type: "person",
      evidence: c.evidence === "gazetteer" ? c.evidence : "title",
    })),
  ];
}

/** The nouns of a state's armed services, which a nationality before them names ("the Chilean navy"). */
const STATE_BODIES = ["army", "navy", "air force", "armed forces"].map((n) => ({
  words: n.split(" "),
  after: new RegExp(`^ ${n}(?![\\p{L}-])`, "u"),
}));

/**
 * "the Veltrian army", "served in the Veltrian armed forces": a nationality and the noun of one of
 * its state's armed services written in lower case name that service, as "the Veltrian Army"
 * would; a nationality before any other noun ("the Veltrian police", "the Veltrian government",
 * "the Veltrian embassy") names none.
 */
function demonymBody(doc: Doc, at: number, last: number): { candidate: Candidate; next: number } | null {
  // "The Veltrian army said": the sentence's "The" is no part of the name.
  const t = FUNCTION_WORDS.has(lower(tokenString(doc, at))) ? at + 1 : at;
  if (t >= last) return null;
  const w = tokenString(doc, t);
  if (!DEMONYMS.has(lower(w))) return null;
  const after = doc.text.slice(doc.tokens.end[t], doc.tokens.end[t] + 20);
  const noun = STATE_BODIES.find((n) => n.after.test(after));
  if (!noun || t + noun.words.length >= last) return null;
  const words = noun.words;
  const name = `${w} ${words.map((x) => x[0].toUpperCase() + x.slice(1)).join(" ")}`;
  const hit = lookupGazetteer(name);
  const canonical = hit?.type === "organization" ? hit.name : name;
  const end = doc.tokens.end[t + words.length];
  return {
    candidate: bareCandidate(doc.tokens.start[t], end, "organization", "designator", canonical),
    next: t + words.length + 1,
  };
}

/** All candidates of the document, in text order. */
export function findCandidates(doc: Doc, ctx: CandidateContext = candidateContext(doc)): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const headline = ctx.headlineParagraphs.has(s.paragraph);
    let t = s.firstToken;
    while (t < s.lastToken) {
      const w = tokenString(doc, t);
      // "ex-British Army soldier": a known name of several words whose first is glued to a prefix.
      const glued = w.includes("-") && w.length < 60 ? gluedName(doc, t, s.lastToken) : null;
      if (glued) {
        out.push({ ...glued.candidate, headline });
        t = glued.next;
        continue;
      }
      // "China-based", "U.S.-led", "anti-Kremlin": a known name inside a hyphenated word.
      if (w.includes("-") && w.length < 60) {
        const parts = hyphenParts(doc, t);
        if (parts.length) {
          for (const c of parts) out.push({ ...c, headline });
          t++;
          continue;
        }
        if (adjectiveCompound(w)) {
          t++;
          continue;
        }
      }
      // "told parliament": the institution written in lower case.
      if (w === "parliament" && !/^(?:a|an|any|every|each|no)$/i.test(t > 0 ? tokenString(doc, t - 1) : "")) {
        const start = doc.tokens.start[t];
        const end = doc.tokens.end[t];
        const hit = lookupGazetteer("Parliament");
        if (hit && tokenString(doc, t + 1) !== "of")
          out.push({ ...bareCandidate(start, end, hit.type, "gazetteer", hit.name), headline });
        t++;
        continue;
      }
      if (!isCapWord(w) && !(isNameDigitWord(w) && t > s.firstToken)) {
        t++;
        continue;
      }
      const run = collectRun(doc, t, s.lastToken);
      const stateBody = demonymBody(doc, t, s.lastToken);
      if (stateBody) {
        out.push({ ...stateBody.candidate, headline });
        t = stateBody.next;
        continue;
      }
      if (headline) {
        // Title case proves nothing in a headline: keep known names, and single words that
        // resolution may find named in the body.
        for (const c of headlineCandidates(ctx, run)) out.push({ ...c, headline });
        t = run[run.length - 1] + 1;
        continue;
      }
      const opening = isSentenceOpening(doc, run[0], s.firstToken);
      // "Director of Public Prosecutions Jane Doe": the office is a role; only the name is read.
      const nameAt = officeBeforeName(doc, run);
      if (nameAt > 0) {
        // The office before it makes the name a person's, whatever its words look like.
        for (const c of classifyRun(ctx, run.slice(nameAt), false))
          out.push({ ...c, headline, type: "person", evidence: c.evidence === "gazetteer" ? c.evidence : "title" });
        t = run[run.length - 1] + 1;
        continue;
      }
      // "chair of Harbour Friends of Malta Ann Vella": the body the office belongs to, then the name.
      const bodyEnd = bodyBeforeName(doc, run);
      if (bodyEnd > 0) {
        for (const c of bodyThenName(ctx, run, bodyEnd)) out.push({ ...c, headline });
        t = run[run.length - 1] + 1;
        continue;
      }
      for (const part of splitRun(doc, run))
        for (const c of classifyRun(ctx, part, opening && part[0] === run[0])) out.push({ ...c, headline });
      t = run[run.length - 1] + 1;
    }
  }
  return wholeDocumentPasses(doc, out);
}

/** The passes that read the candidates of the whole document: states, clubs and their scorers, prisons, radio stations. */
function wholeDocumentPasses(doc: Doc, out: Candidate[]): Candidate[] {
  const states = townsBeforeStates(
    doc,
    out.filter((c) => !isAbbreviationBeforeName(doc, c)).map((c) => usState(doc, c) ?? officeOfPlace(doc, c) ?? c),
  );
  return stationsByCallSign(doc, prisonsNamedAfterPlaces(doc, scorersOfGoals(doc, clubsNamedAfterTowns(doc, states))));
}

function headlineCandidates(ctx: CandidateContext, run: Run): Candidate[] {
  const out: Candidate[] = [];
  for (const p of splitByGazetteer(ctx, run, 0, run.length)) {
    const [a, b] = p.tokens;
    if (p.canonical && p.type) {
      out.push(makeCandidate(ctx.doc, run, a, b, p.type, "gazetteer", p.canonical));
      continue;
    }
    const nameWord = (i: number) => {
      const w = tokenString(ctx.doc, run[i]);
      const lw = lower(w);
      return isCapWord(w) && !FUNCTION_WORDS.has(lw) && !isTitleWord(lw) && !GENERIC_CAPITALS.has(lw);
    };
    for (let i = a; i < b; i++) {
      if (!nameWord(i)) continue;
      // Words that the text below writes together are one name ("Ada Lowe Quits Board" over a
      // story about Ada Lowe); the others are single words, weak evidence each.
      let end = i + 1;
      for (let k = Math.min(b, i + 4); k > i + 1; k--) {
        let all = true;
        for (let x = i; x < k && all; x++) all = nameWord(x);
        if (all && writtenBelow(ctx.doc, run[i], run[k - 1])) {
          end = k;
          break;
        }
      }
      out.push(makeCandidate(ctx.doc, run, i, end, null, "unknown", null));
      i = end - 1;
    }
  }
  return out;
}

/** Whether the words from token `t0` to token `t1` are written again after the headline's paragraph. */
function writtenBelow(doc: Doc, t0: number, t1: number): boolean {
  const words = doc.text.slice(doc.tokens.start[t0], doc.tokens.end[t1]);
  const below = doc.paragraphs[0]?.end ?? 0;
  return doc.text.indexOf(words, below) >= 0;
}

/** Gazetteer names inside a hyphenated word, when the word as a whole is not one. */
function hyphenParts(doc: Doc, t: number): Candidate[] {
  const w = tokenString(doc, t);
  if (lookupGazetteer(w)) return [];
  const out: Candidate[] = [];
  let from = 0;
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length && w[i] !== "-") continue;
    const part = w.slice(from, i);
    if (part.length > 1 && isCapWord(part)) {
      const hit = lookupGazetteer(part);
      // A town inside a hyphenated word names a company or a team ("Hydro-Québec"), not the town.
      if (hit && !hit.place) {
        const start = doc.tokens.start[t] + from;
        out.push(bareCandidate(start, start + part.length, hit.type, "gazetteer", hit.name));
      }
    }
    from = i + 1;
  }
  return out;
}

/**
 * A listed name of two or more words whose first word ends a hyphenated token ("ex-British Army",
 * "pro-European Union"): the name starts after the hyphen. Returns it and the token after it.
 */
function gluedName(doc: Doc, t: number, last: number): { candidate: Candidate; next: number } | null {
  const w = tokenString(doc, t);
  const cut = w.lastIndexOf("-") + 1;
  if (cut <= 1 || !isCapWord(w.slice(cut)) || w.length - cut < 2) return null;
  let end = t + 1;
  while (end < last && end - t < GAZETTEER_MAX_WORDS && isCapWord(tokenString(doc, end))) end++;
  const start = doc.tokens.start[t] + cut;
  for (let j = end; j > t + 1; j--) {
    const hit = lookupGazetteer(doc.text.slice(start, doc.tokens.end[j - 1]));
    if (hit)
      return {
        candidate: bareCandidate(start, doc.tokens.end[j - 1], hit.type, "gazetteer", hit.place ? null : hit.name),
        next: j,
      };
  }
  return null;
}

/** First word of a sentence, or first after an opening quote, colon or dash: capitals there prove nothing. */
function isSentenceOpening(doc: Doc, t: number, first: number): boolean {
  if (t === first) return true;
  const prev = tokenString(doc, t - 1);
  // "”Fortunately, …": a closing mark typed where the quotation opens the sentence.
  if ((prev === "”" || prev === "’") && t - 1 === first) return true;
  if (prev === '"' || prev === "“" || prev === "‘" || prev === ":" || prev === "—" || prev === "(" || prev === "'")
    return t - 1 === first || prev !== "'" || doc.tokens.start[t] === doc.tokens.end[t - 1];
  return false;
}

/**
 * "the Chinese-born U.S. Navy sailor", "Ohio-based": a Capitalised word joined by a hyphen to a
 * lower-case one is an adjective, no word of the name beside it.
 */
export function adjectiveCompound(w: string): boolean {
  const m = /^(\p{Lu}[\p{L}.'’]*)(?:-\p{L}+)*-(\p{Ll}+)$/u.exec(w);
  // The lower-case part is a participle ("-based", "-led", "-born", "-backing") or makes an
  // adjective ("Soviet-era"), or it is a noun whose most frequent sense is a person: a description
  // ("Grammy-winner Lia Dorn", "Emmy-nominee Vane"). "Ki-moon" is a name's and "President-elect" a title's.
  return m !== null && !isTitleWord(m[1].toLowerCase()) && (ADJECTIVE_PARTS.test(m[2]) || PERSON_FIRST_NOUNS.has(m[2]));
}

const ADJECTIVE_PARTS =
  /^(?:\p{Ll}{2,}ed|\p{Ll}{3,}ing|born|bred|led|run|held|made|built|grown|known|era|style|wide)$/u;

/**
 * A full stop (token `i`) after an initial or an abbreviated title ("Joshua S. Levy", "Sen. Rick
 * Scott", "Govs. Ann Roe and …") goes on into the name, also into the particles that open a
 * surname after a form of address ("Mr. de Vallon").
 */
function nameGoesOnAfterStop(doc: Doc, run: Run, i: number, last: number): boolean {
  const prev = tokenString(doc, run[run.length - 1]).toLowerCase();
  if (doc.tokens.start[i] !== doc.tokens.end[run[run.length - 1]] || i + 1 >= last) return false;
  if (prev.length !== 1 && !DOTTED_ABBREVIATIONS.has(prev) && !pluralShortAddress(prev)) return false;
  return (
    isCapWord(tokenString(doc, i + 1)) ||
    (HONORIFICS.has(prev) && particlesThenName((k) => tokenString(doc, k), i + 1, last))
  );
}

/** The longest run of capitalised words from `t`, through joining words and initials. */
function collectRun(doc: Doc, t: number, last: number): Run {
  const run: Run = [t];
  let i = t + 1;
  // No name runs to 40 words; the bound keeps every later step over a run small.
  while (i < last && run.length < MAX_RUN) {
    const w = tokenString(doc, i);
    const prev = tokenString(doc, run[run.length - 1]);
    // Read on its own ("China-based"), unless it ends a listed name begun in the run ("Agence France-Presse").
    if (w.includes("-") && (hyphenParts(doc, i).length || adjectiveCompound(w)) && !endsListedName(doc, run, i)) break;
    if (isCapWord(w) || isNameDigitWord(w)) {
      run.push(i++);
      continue;
    }
    if (w === "." && nameGoesOnAfterStop(doc, run, i, last)) {
      run.push(i++);
      continue;
    }
    // Numbers that belong to a name ("Unit 29155", "APT 31", "Channel 4").
    if (isDigitCode(w.charCodeAt(0)) && DIGIT_HOSTS.has(prev.toLowerCase()) && /^\d+$/.test(w)) {
      run.push(i++);
      continue;
    }
    // "&" between capitals ("AT&T", "Procter & Gamble").
    if (w === "&" && i + 1 < last && isCapWord(tokenString(doc, i + 1))) {
      run.push(i++);
      continue;
    }
    // Joining words: "of", "of the", "for", "and", name particles; a possessive before a designator.
    const lw = w.toLowerCase();
    // "Member of Parliament for Tarrow": the seat after a legislature's "for" is no part of its name.
    if (lw === "for" && constituencyAt(doc, i + 1)) break;
    if (joiningWord(lw, prev)) {
      let j = i + 1;
      if (j < last && tokenString(doc, j) === "the") j++;
      // Chains of particles: "Ursula von der Leyen", "Vincent van de Berg".
      while (NAME_PARTICLES.has(lw) && j < last && j < i + 3 && NAME_PARTICLES.has(tokenString(doc, j))) j++;
      if (j < last && isCapWord(tokenString(doc, j))) {
        for (let k = i; k < j; k++) run.push(k);
        i = j;
        continue;
      }
    }
    // A body's remit listed after its "of": "the Department for Farming, Rivers and Rural Towns".
    const remitEnd = w === "," ? remitListEnd(doc, run, i, last) : -1;
    if (remitEnd > i) {
      while (i < remitEnd) run.push(i++);
      continue;
    }
    if (lw === "on" && subjectAfterOn(doc, prev, i, last)) {
      run.push(i++);
      continue;
    }
    // The bare apostrophe of a plural before a body's last word: "Brayford Magistrates’ Court",
    // "the Dockers' Union" (the name goes on; a closing quotation mark is not taken for one).
    if (
      (w === "'" || w === "’") &&
      i + 1 < last &&
      /s$/.test(prev) &&
      doc.tokens.start[i] === doc.tokens.end[run[run.length - 1]] &&
      isCapWord(tokenString(doc, i + 1)) &&
      ORG_DESIGNATORS.has(tokenString(doc, i + 1).toLowerCase())
    ) {
      run.push(i++);
      continue;
    }
    if ((w === "'s" || w === "’s") && i + 1 < last) {
      const next = tokenString(doc, i + 1);
      // "St James's Palace", "Guy's Hospital": one word before the possessive, a place word after it;
      // so "Harrow's Bakery", "Kell's Cafe": a shop or an eating place named after its owner.
      const short = run.length <= 2 && !ORG_DESIGNATORS.has(prev.toLowerCase()) && !lookupGazetteer(prev);
      const placeWord = POSSESSIVE_PLACES.has(next.toLowerCase()) || SHOP_NOUNS.has(next.toLowerCase());
      if (short && isCapWord(next) && placeWord) {
        run.push(i++);
        continue;
      }
      // A company named for its founder keeps the possessive when a legal form ends its name:
      // "Duso's Enterprises Ltd", "Marley's Limited" (not "Britain's Harbour Holdings Ltd": a place).
      if (short && run.length === 1 && legalFormAhead(doc, i + 1, last)) {
        run.push(i++);
        continue;
      }
      // An office named after the officer who heads it is one body: "the Vell County Sheriff's
      // Office", "the Prime Minister's Office", "the U.S. Attorney's Office" (not "Tom Vale's
      // Office": the word before the possessive is a title or a noun for a person, no surname).
      if (isCapWord(next) && OFFICE_NOUNS.has(next.toLowerCase()) && officerWord(prev.toLowerCase())) {
        run.push(i++);
        continue;
      }
      // The possessive of a collective plural is part of a name ("the People's Freedom Party",
      // "the Women's Rights Forum"): the name goes on after it.
      if (COLLECTIVE_PLURALS.has(prev.toLowerCase()) && isCapWord(next)) {
        run.push(i++);
        continue;
      }
    }
    break;
  }
  return run;
}

/**
 * Whether a word (lower case) joins the capitalised words on either side into one name: "of",
 * "for", "and", a name particle. After a legal form written short, "of" tells where the firm is
 * ("Tarvel Corp of Ohio"): the short form ends the company's name.
 */
function joiningWord(lw: string, prev: string): boolean {
  if (lw === "of") return !abbreviatedLegalForm(prev.toLowerCase());
  return lw === "for" || lw === "and" || NAME_PARTICLES.has(lw);
}

/**
 * A deliberative body's name states its subject after "on" (token `i`): "the Council on Coastal
 * Affairs", "the Joint Committee on Harbour Tolls"; not "the Council on Monday", where a day or a
 * month dates what the body did.
 */
function subjectAfterOn(doc: Doc, prev: string, i: number, last: number): boolean {
  if (!SUBJECT_HEADS.has(prev.toLowerCase()) || i + 1 >= last) return false;
  const next = tokenString(doc, i + 1);
  const lw = next.toLowerCase().replace(/\.$/, "");
  return isCapWord(next) && !WEEKDAYS.has(lw) && !MONTHS.has(lw);
}

/** Most capitalised words one item of a body's listed remit holds ("Rural Affairs", "Local Government"). */
const REMIT_ITEM_WORDS = 3;

/**
 * Where a body's remit, listed after the comma at token `i`, ends (the token after its last word),
 * or -1 when no such list follows. The run must open a body with "of" or "for" after its head
 * ("Ministry of", "Department for"); the list is items of Capitalised common English words joined
 * by commas and closed by "and" ("…, Fisheries and Food"). An item that is a listed name or ends in
 * a word for a body ("Home Office", "Air Force") is a body of its own, so no list is read.
 */
function remitListEnd(doc: Doc, run: Run, i: number, last: number): number {
  let opened = false;
  for (let k = 1; k < run.length && !opened; k++) {
    const lw = tokenString(doc, run[k]).toLowerCase();
    opened = (lw === "of" || lw === "for") && ORG_HEADS.has(tokenString(doc, run[k - 1]).toLowerCase());
  }
  if (!opened) return -1;
  let j = i;
  // Each pass reads a separator ("," or "and", or ", and") and the item after it.
  for (let items = 0; items < 8; items++) {
    let closing = false;
    if (tokenString(doc, j) === ",") j++;
    if (j < last && tokenString(doc, j) === "and") {
      // "the Ministry of Defence, and Hal Ross": one item at least stands between the comma and "and".
      if (items === 0) return -1;
      closing = true;
      j++;
    }
    const from = j;
    while (j < last && j - from < REMIT_ITEM_WORDS && isCapWord(tokenString(doc, j))) j++;
    if (j === from || !remitItem(doc.text.slice(doc.tokens.start[from], doc.tokens.end[j - 1]))) return -1;
    if (closing) return j;
    if (j >= last || (tokenString(doc, j) !== "," && tokenString(doc, j) !== "and")) return -1;
  }
  return -1;
}

/**
 * Whether capitalised words ("Fisheries", "Rural Affairs") are one item of a body's listed remit,
 * after its "of" ("Ministry of Farming, Rivers and Food") or before its last word ("the Harbour,
 * Fisheries and Coast Office"): common English words, no listed name, and no body of its own
 * ("Home Office", "Air Force").
 */
export function remitItem(item: string): boolean {
  const words = item.split(/\s+/);
  if (!words.every((w) => isEnglishNoun(w.toLowerCase()))) return false;
  if (words.length > 1 && ORG_DESIGNATORS.has(words[words.length - 1].toLowerCase())) return false;
  return !lookupGazetteer(item);
}

/** Whether the words from some token of the run through token `i` are a hand-listed name. */
function endsListedName(doc: Doc, run: Run, i: number): boolean {
  for (let k = Math.max(0, run.length - GAZETTEER_MAX_WORDS); k < run.length; k++) {
    const hit = lookupGazetteer(doc.text.slice(doc.tokens.start[run[k]], doc.tokens.end[i]));
    if (hit && !hit.place) return true;
  }
  return false;
}

/** Whether Capitalised words from token `from` (at most four, before `last`) end in a company's legal form. */
function legalFormAhead(doc: Doc, from: number, last: number): boolean {
  for (let j = from; j < last && j < from + 4; j++) {
    const w = tokenString(doc, j);
    if (!isCapWord(w)) return false;
    if (LEGAL_FORMS.has(w.toLowerCase())) return true;
  }
  return false;
}
