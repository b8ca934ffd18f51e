// A description of a person opening a paragraph ("The Oregon senator told reporters …") goes on with
// the subject of the paragraph before when that paragraph is one sentence ("Ada Lorn, who trails in
// the polls, toured a mill."), rather than with the last person quoted; the last subject of a longer
// paragraph may be an aside, and is not taken. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

/** Who is credited with the quotation holding `part`, in a text of these paragraphs. */
const speakerOf = (paragraphs: string[], part: string) => find(quotes(paragraphs.join("\n\n")), part).speaker;

test("a one-sentence paragraph's subject is the one the next paragraph's description stands for", () => {
  const oneSentence =
    "Ada Lorn, who is third in most polls, spoke about farm prices at a fair with Sen. Jo Ernt, R-Iowa.";
  const opening = "The Oregon senator told reporters she likes her chances, and “we will see what the count brings.”";
  const endorsed = "Tim Brask won the backing of a onetime rival, former Ohio governor Rod Pell.";
  assert.equal(
    speakerOf([endorsed, "“Tim is the leader this state needs,” Pell said.", oneSentence, opening], "count brings"),
    "Ada Lorn",
  );
  // (Two sentences: "Venn closed it" is an aside on the one Brask spoke to.)
  const aside = "Brask asked Mayor Ida Venn to reopen the depot. Venn closed it in April 2019.";
  const depot = ["Sen. Tim Brask toured the depot on Friday.", "“It has to open again,” Brask said.", aside];
  assert.equal(
    speakerOf([...depot, "“We need that depot,” the Ohio senator said at a rally."], "that depot"),
    "Tim Brask",
  );
});
