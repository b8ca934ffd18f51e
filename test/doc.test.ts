import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc, tokenText } from "../src/core/doc.js";
import { linearRatios, shown, withinBound } from "./hostile/linear.js";

const sentences = (text: string) => buildDoc(text).sentences.map((s) => text.slice(s.start, s.end));
const tokens = (text: string) => {
  const d = buildDoc(text);
  return Array.from({ length: d.tokens.count }, (_, i) => tokenText(d, i));
};

test("titles, initials and dotted abbreviations do not end sentences", () => {
  assert.deepEqual(sentences("Mr. Smith met Dr. J. K. Jones in the U.S. Capitol. He left."), [
    "Mr. Smith met Dr. J. K. Jones in the U.S. Capitol.",
    "He left.",
  ]);
});

test("a dotted abbreviation of three letters or more keeps its final full stop ('the B.Q.R. said', 'a B.Q.R.-led raid')", () => {
  assert.deepEqual(tokens("Ann Roe of the B.Q.R. said a B.Q.R.-led raid found the H.W.T.A.K. files."), [
    "Ann",
    "Roe",
    "of",
    "the",
    "B.Q.R.",
    "said",
    "a",
    "B.Q.R.-led",
    "raid",
    "found",
    "the",
    "H.W.T.A.K.",
    "files",
    ".",
  ]);
  // It ends a sentence only before a word that opens one, as "U.S." does.
  assert.deepEqual(sentences("A B.Q.R. Inspector came. She left the B.Q.R. The squad stayed."), [
    "A B.Q.R. Inspector came.",
    "She left the B.Q.R.",
    "The squad stayed.",
  ]);
});

test("a full stop before a whole sentence in parentheses ends its sentence; not before an agency or a party", () => {
  assert.deepEqual(sentences("Ann Roe said the ferry would stop. (Nine crews work it.) Then she left."), [
    "Ann Roe said the ferry would stop.",
    "(Nine crews work it.)",
    "Then she left.",
  ]);
  assert.deepEqual(sentences("DOVERTON, Ore. (AP) — The pier shut. Tom Vale Jr. (D-Ohio) voted no."), [
    "DOVERTON, Ore. (AP) — The pier shut.",
    "Tom Vale Jr. (D-Ohio) voted no.",
  ]);
});

test("a whole sentence in parentheses may open with a quotation mark: '(“…,” she said.)'", () => {
  assert.deepEqual(
    sentences("Kit Orme said the lido would reopen. (“We owe the swimmers that,” she said.) Nobody clapped."),
    ["Kit Orme said the lido would reopen.", "(“We owe the swimmers that,” she said.)", "Nobody clapped."],
  );
  assert.deepEqual(
    sentences("Kit Orme said the lido would reopen. (''We owe the swimmers that,'' she said.) Nobody clapped."),
    ["Kit Orme said the lido would reopen.", "(''We owe the swimmers that,'' she said.)", "Nobody clapped."],
  );
});

test("'no.' ends a sentence unless a number follows ('said no. But …' against 'No. 10', 'nos. 4 and 5')", () => {
  assert.deepEqual(sentences("Asked if she would run, Ann Roe said no. But she left the door open."), [
    "Asked if she would run, Ann Roe said no.",
    "But she left the door open.",
  ]);
  assert.deepEqual(sentences("He lives at No. 10 Harbour Street and owns nos. 4 and 5. The No. One seed won."), [
    "He lives at No. 10 Harbour Street and owns nos. 4 and 5.",
    "The No. One seed won.",
  ]);
});

test("a closing quotation mark stays with its sentence", () => {
  assert.deepEqual(sentences('He said: "We will win." She disagreed.'), ['He said: "We will win."', "She disagreed."]);
  assert.deepEqual(sentences("“Where is the trial?” she asked. No answer came."), [
    "“Where is the trial?” she asked.",
    "No answer came.",
  ]);
});

test("paragraphs split on single and blank newlines", () => {
  const d = buildDoc("First para.\nSecond para.\n\n  Third para.  ");
  assert.deepEqual(
    d.paragraphs.map((p) => d.text.slice(p.start, p.end)),
    ["First para.", "Second para.", "Third para."],
  );
});

test("words keep apostrophes, hyphens and decimals; possessive 's splits", () => {
  assert.deepEqual(tokens("The CPS's state-affiliated actor shouldn't pay £3.5m to Albion’s U.S. arm."), [
    "The",
    "CPS",
    "'s",
    "state-affiliated",
    "actor",
    "shouldn't",
    "pay",
    "£",
    "3.5m",
    "to",
    "Albion",
    "’s",
    "U.S.",
    "arm",
    ".",
  ]);
});

test("an elided century is one word with its apostrophe: 'the ’80s', 'in ‘09'; a quotation that opens with a number is not", () => {
  assert.deepEqual(tokens("Rents rose in the ’80s and fell in ‘09 (the '70s were calm)."), [
    "Rents",
    "rose",
    "in",
    "the",
    "’80s",
    "and",
    "fell",
    "in",
    "‘09",
    "(",
    "the",
    "'70s",
    "were",
    "calm",
    ")",
    ".",
  ]);
  assert.deepEqual(tokens("She told them, ‘40 pints is the limit.’"), [
    "She",
    "told",
    "them",
    ",",
    "‘",
    "40",
    "pints",
    "is",
    "the",
    "limit",
    ".",
    "’",
  ]);
});

test("a web address, an e-mail address or a domain name is one token; a sentence's dot after it is not", () => {
  assert.deepEqual(
    tokens(
      "Tarrow.com reported it; see https://news.example.org/a/b?id=7, write to ann.roe@example.co.uk or visit vexa.org/jobs.",
    ),
    [
      "Tarrow.com",
      "reported",
      "it",
      ";",
      "see",
      "https://news.example.org/a/b?id=7",
      ",",
      "write",
      "to",
      "ann.roe@example.co.uk",
      "or",
      "visit",
      "vexa.org/jobs",
      ".",
    ],
  );
  // A possessive after a domain splits off as after any word.
  assert.deepEqual(tokens("Tarrow.com's editor"), ["Tarrow.com", "'s", "editor"]);
  // Dotted abbreviations, decimals, a missing space before a capital and a file name are no domains.
  // Nor is an initial before a name's particle ("A.de Vries"), though "de" is a country's domain.
  assert.deepEqual(tokens("A.de Vries"), ["A", ".", "de", "Vries"]);
  assert.deepEqual(tokens("U.S. a.m. 3.5 left.Then report.pdf"), [
    "U.S.",
    "a.m.",
    "3.5",
    "left",
    ".",
    "Then",
    "report",
    ".",
    "pdf",
  ]);
  assert.deepEqual(sentences("Ann Roe founded vexa.com in 2010. It grew."), [
    "Ann Roe founded vexa.com in 2010.",
    "It grew.",
  ]);
});

test("tokenizing long runs of address characters stays linear", () => {
  // A scan that grows with the square of the text reads about 100× here, a linear one about 10×,
  // and up to about 25× on a machine under load (how it is measured: ./hostile/linear.ts).
  const fill = (unit: string, chars: number, tail = "") => unit.repeat(Math.ceil(chars / unit.length)) + tail;
  const shapes: [string, (chars: number) => string][] = [
    ["a.", (n) => fill("a.", n)],
    ["http:// and dots", (n) => "http://" + fill(".", n) + "a"],
    ["a@", (n) => fill("a@", n, "b.com")],
    ["x.com", (n) => fill("x.com ", n)],
    ["a-", (n) => fill("a-", n, ".org")],
  ];
  for (const [name, make] of shapes) {
    const one = make(60_000);
    const ten = make(600_000);
    const ratios = linearRatios(
      () => buildDoc(one),
      () => buildDoc(ten),
      40,
      { floorMs: 2 },
    );
    assert.ok(withinBound(ratios, 40), `${name}: 10× the text took ${shown(ratios)} the CPU`);
  }
});

test("decimals and ellipses are not sentence ends", () => {
  assert.deepEqual(sentences("Growth was 3.5 per cent... and rising. No10 agreed."), [
    "Growth was 3.5 per cent... and rising.",
    "No10 agreed.",
  ]);
});

test("the plural of a title abbreviation does not end a sentence ('Govs. Ann Roe and Tom Dace')", () => {
  assert.deepEqual(sentences("Two governors spoke. Govs. Ann Roe and Tom Dace agreed. Reps. Lia Vale did not."), [
    "Two governors spoke.",
    "Govs. Ann Roe and Tom Dace agreed.",
    "Reps. Lia Vale did not.",
  ]);
});
