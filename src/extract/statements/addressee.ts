// To whom a statement was made: the noun phrase after "told" ("told MPs", "told the court"),
// "to" after a letter or a message ("in a letter to the committee chair", "wrote to her
// constituents"), "speaking to" and "in an interview with", and "to" after a verb of speech and
// its object ("explained the delay to the committee"). The phrase ends at the first word
// that cannot belong to it: punctuation, "that", a preposition opening an adverbial ("on
// Monday"), a pronoun subject, or the quoted content.
import type { TextSpan } from "../../core/schema.js";
import { speechLemma } from "../quotes/cues.js";
import { inContent, type Frame } from "./frame.js";

/** Words after which the next noun phrase is the addressee. */
const TRIGGERS: string[][] = [
  ["told"],
  ["tells"],
  ["telling"],
  ["tell"],
  ["letter", "to"],
  ["letters", "to"],
  ["wrote", "to"],
  ["writing", "to"],
  ["written", "to"],
  ["message", "to"],
  ["email", "to"],
  ["statement", "to"],
  ["speaking", "to"],
  ["spoke", "to"],
  ["said", "to"],
  ["addressing"],
  ["warned"],
  ["warning"],
  ["warns"],
  ["informed"],
  ["assured"],
  ["reassured"],
  ["reminded"],
  ["urged"],
  ["interview", "with"],
  ["remarks", "to"],
  ["speech", "to"],
];

const STOP = new Set([
  ",",
  ";",
  ":",
  ".",
  "!",
  "?",
  "(",
  ")",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "—",
  "–",
  "that",
  "on",
  "in",
  "at",
  "after",
  "before",
  "during",
  "about",
  "over",
  "when",
  "while",
  "as",
  "because",
  "last",
  "this",
  "yesterday",
  "today",
  "tonight",
  "earlier",
  "later",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "was",
  "were",
  "is",
  "are",
  "had",
  "has",
  "would",
  "will",
  "there",
  "if",
  "how",
  "why",
  "what",
  "not",
  "and",
  "dated",
  "to",
  "for",
  "by",
  "which",
  "who",
  "but",
]);
/** A pronoun object says nobody by name; the addressee is then left unknown. */
const PRONOUNS = new Set(["him", "her", "them", "me", "us", "you", "it", "himself", "herself", "themselves"]);
const MAX_WORDS = 10;

export function addresseeIn(f: Frame): TextSpan | null {
  for (let i = f.first; i < f.last; i++) {
    if (inContent(f, i)) continue;
    for (const t of TRIGGERS) {
      if (f.words[i] !== t[0]) continue;
      let ok = true;
      for (let k = 1; k < t.length && ok; k++) ok = f.words[i + k] === t[k];
      if (!ok) continue;
      const span = phraseAfter(f, i + t.length);
      if (span) return span;
    }
    const to = datives(f, i);
    if (to > 0) {
      const span = phraseAfter(f, to + 1);
      if (span) return span;
    }
  }
  return null;
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my"]);

/**
 * "described the escape to jurors", "explained the delay to the families": a verb of speech (of
 * the PolNeAR cue lexicon), a short object opening with a determiner, then "to" and the people who
 * heard it. Answers the index of that "to", or -1. Only a group in the plural counts ("to jurors",
 * "to the families"): "to" before a verb ("announced a plan to cut jobs") or a place or thing the
 * object governs ("criticised the move to a new site") is no addressee.
 */
function datives(f: Frame, i: number): number {
  if (!speechLemma(f.words[i]) || !DETERMINERS.has(f.words[i + 1] ?? "")) return -1;
  for (let j = i + 2; j < Math.min(f.last - 1, i + 7); j++) {
    if (inContent(f, j)) return -1;
    const w = f.words[j];
    if (w === "to") return groupAfter(f, j + 1) ? j : -1;
    if (w !== "-" && STOP.has(w)) return -1;
  }
  return -1;
}

/** A plural noun phrase at token `k`, then a stop: a bare plural ("to jurors"; not "to cut jobs"), or a determiner and at most three words ending in one. */
function groupAfter(f: Frame, k: number): boolean {
  const plural = (w: string) => w.length > 3 && /^[a-z]+s$/.test(w) && !/(?:ss|us|is)$/.test(w);
  const determined = DETERMINERS.has(f.words[k] ?? "") && f.words[k] !== "a" && f.words[k] !== "an";
  const from = determined ? k + 1 : k;
  for (let j = from; j < Math.min(f.last, determined ? from + 3 : from + 1); j++) {
    if (inContent(f, j)) return false;
    if (plural(f.words[j]) && (j + 1 >= f.last || STOP.has(f.words[j + 1]) || f.words[j + 1] === "as")) return true;
  }
  return false;
}
function phraseAfter(f: Frame, first: number): TextSpan | null {
  if (first >= f.last || PRONOUNS.has(f.words[first])) return null;
  let last = first;
  while (last < f.last && last - first < MAX_WORDS && !inContent(f, last) && !STOP.has(f.words[last])) last++;
  if (last === first) return null;
  // "the committee chair's office" keeps its possessive; a trailing article or "the" alone says nobody.
  while (last > first && ["the", "a", "an", "of", "'s", "’s"].includes(f.words[last - 1])) last--;
  if (last === first) return null;
  const start = f.doc.tokens.start[first];
  const end = f.doc.tokens.end[last - 1];
  return { start, end, text: f.doc.text.slice(start, end) };
}
