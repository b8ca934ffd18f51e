// Hostile text for property tests: unbalanced quotation marks of every kind, lone surrogates,
// control characters, odd line breaks, titles and abbreviations, all mixed with news-like words
// so that the quote, entity and date rules actually fire. Runs use a fixed seed.
import fc from "fast-check";

export const SEED = 20261126;

const QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "`", "´", "″", "‟"];
const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"];
const CONTROL = ["\u0000", "\u0001", "\u0007", "\b", "\t", "\u000b", "\f", "\r", "\u001b", "\u007f", "\u0085"];
const BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\n \n", "\n\t\n"];
const PUNCT = [".", ",", ":", ";", "!", "?", "…", "...", "—", "–", "-", "(", ")", "[", "]", "/", "&", "%", "£", "$"];
const WORDS = [
  "said",
  "says",
  "told",
  "added",
  "according to",
  "claimed",
  "warned",
  "he",
  "she",
  "they",
  "it",
  "the",
  "court",
  "a",
  "spokesman",
  "for",
  "Mr",
  "Mr.",
  "Ms",
  "Dr.",
  "Sir",
  "St.",
  "U.S.",
  "No10",
  "KC",
  "J.",
  "Alicia Kearns",
  "Kearns",
  "Kearns's",
  "shouldn't",
  "Albion’s",
  "Christopher Cash",
  "Cash",
  "the Crown Prosecution Service",
  "CPS",
  "Home Office",
  "China",
  "Beijing",
  "Woolwich Crown Court",
  "was arrested",
  "charged",
  "on Monday",
  "in March 2023",
  "2023",
  "last year",
  "between 2021 and 2023",
  "15 September",
  "3.5",
  "1,000",
  "Tarrow.com",
  "https://news.example.org/a?b=1",
  "ann.roe@example.org",
  "www.",
  "a.b.c.",
  "that",
  "We simply cannot continue",
  "Paris",
  "😀",
  "é",
  "e\u0301",
  "ß",
  "İ",
  "\u200b",
  "\u00a0",
  "\ufeff",
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(" ", "  ", " ") },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);

/** News-like text built from hostile pieces. */
export const hostileText = fc.array(piece, { maxLength: 120 }).map((xs) => xs.join(""));

const SPEAKERS = [
  "Alicia Kearns",
  "Ms Kearns",
  "he",
  "she",
  "they",
  "the CPS",
  "a Home Office spokesman",
  "Mr Cash",
  "Dr. J. Smith",
];
const CUES = ["said", "says", "told the court", "told The Telegraph", "added", "warned", "claimed", "admitted"];
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(" "));
const mark = fc.constantFrom(...QUOTE_MARKS, "");
const noise = fc.oneof(piece, fc.constant(""));

/** One news-like sentence with reported speech, its quotation marks possibly mismatched or missing. */
const reportedSentence = fc.oneof(
  fc
    .tuple(
      mark,
      words,
      fc.constantFrom(",", ".", "?", ""),
      mark,
      fc.constantFrom(...SPEAKERS),
      fc.constantFrom(...CUES),
    )
    .map(([o, w, p, c, s, v]) => `${o}${w}${p}${c} ${s} ${v}.`),
  fc
    .tuple(fc.constantFrom(...SPEAKERS), fc.constantFrom(...CUES), mark, words, mark)
    .map(([s, v, o, w, c]) => `${s} ${v}: ${o}${w}.${c}`),
  fc
    .tuple(fc.constantFrom(...SPEAKERS), fc.constantFrom(...CUES), words, mark, words, mark)
    .map(([s, v, w, o, q, c]) => `${s} ${v} that ${w} ${o}${q}${c}.`),
  fc.tuple(fc.constantFrom(...SPEAKERS), words).map(([s, w]) => `According to ${s}, ${w}.`),
  fc
    .tuple(mark, words, mark, mark, words, mark)
    .map(([o1, a, c1, o2, b, c2]) => `${o1}${a},${c1} he said. ${o2}${b}.${c2}`),
);

/** Paragraphs of reported speech with hostile pieces dropped in between, so the quote rules fire. */
export const newsText = fc
  .array(fc.tuple(reportedSentence, noise, fc.constantFrom(" ", " ", "\n\n", "\n")), { maxLength: 12 })
  .map((xs) => xs.map(([sentence, n, sep]) => sentence + n + sep).join(""));

/** Arbitrary UTF-16 strings, lone surrogates included. */
export const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

/** Fixed inputs every parser must survive. */
export function edgeCases(): [string, string][] {
  const sentence =
    "“We simply cannot continue,” Ms Kearns told The Telegraph on Monday, adding that the CPS had “no choice”. ";
  return [
    ["empty string", ""],
    ["only spaces", "   \t  "],
    ["only newlines", "\n\n\r\n\u2028"],
    ["only punctuation", ".,;:!?…—–-()[]{}".repeat(50)],
    ["deeply repeated straight quotes", '"'.repeat(20_000)],
    ["deeply repeated curly quotes", "“".repeat(10_000) + "”".repeat(10_000)],
    ["alternating single quotes", "‘’".repeat(10_000)],
    ["nested opening marks", "“‘«„".repeat(5_000) + "said he."],
    ["a lone quote mark", "“"],
    ["a lone surrogate", "\ud800"],
    ["a trailing high surrogate", "He said: “hello\ud83d"],
    ["NUL bytes", "Mr Cash\u0000said\u0000“no”\u0000."],
    // A quarter of a megabyte of dense news is enough to catch a quadratic rule; the 1 MB line below is cheaper.
    ["a 256 KB single line of news", sentence.repeat(Math.ceil(256_000 / sentence.length))],
    ["a long line of words with no punctuation", "said Kearns the court ".repeat(5_000)],
    ["an unclosed quotation just under the 1,000,000-character limit", "“" + "we cannot go on and ".repeat(49_999)],
    ["a long run of dots", ".".repeat(200_000)],
    ["many short paragraphs", "“A,” he said.\n\n".repeat(5_000)],
  ];
}
