// A surname may be spelled like a preposition ("Ned From", "Ida With"): written with its capital
// after a verb of saying or before one, it ends the speaker's name, and a phrase read across a
// clause boundary still ends on a lower-case preposition. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'said Ned From', then 'From said', 'From agreed that': the person whose surname it is speaks", () => {
  const text = [
    "“The ferry lost money on every crossing,” said Ned From, who ran the line for a decade.",
    "Riders saw the timetable as “a riddle,” From said. “Nobody could read it,” From said.",
    "From agreed that the fares had been “far too low.”",
  ].join("\n\n");
  const all = quotes(text);
  const first = find(all, "every crossing");
  assert.equal(first.speaker, "Ned From");
  assert.equal(text.slice(first.speakerMention!.start, first.speakerMention!.end), "Ned From");
  assert.equal(find(all, "a riddle").speaker, "Ned From");
  assert.equal(find(all, "Nobody could read").speaker, "Ned From");
  assert.equal(find(all, "far too low").speaker, "Ned From");
  // (A capitalised preposition that is nobody's surname opens no name.)
  const other = "“The ferry lost money,” said Ned Vale. “From the start, it was a riddle,” he said.";
  assert.equal(find(quotes(other), "From the start").speaker, "Ned Vale");
});
