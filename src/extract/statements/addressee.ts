// To whom a statement was made: the noun phrase after "told" ("told MPs", "told the court"),
// "to" after a letter or a message ("in a letter to the committee chair", "wrote to her
// constituents"), "speaking to" and "in an interview with". The phrase ends at the first word
// that cannot belong to it: punctuation, "that", a preposition opening an adverbial ("on
// Monday"), a pronoun subject, or the quoted content.
import type { TextSpan } from "../../core/schema.js";
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
  }
  return null;
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
