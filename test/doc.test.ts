import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc, tokenText } from "../src/core/doc.js";

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

test("decimals and ellipses are not sentence ends", () => {
  assert.deepEqual(sentences("Growth was 3.5 per cent... and rising. No10 agreed."), [
    "Growth was 3.5 per cent... and rising.",
    "No10 agreed.",
  ]);
});
