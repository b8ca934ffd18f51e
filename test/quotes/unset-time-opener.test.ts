// A time phrase may open a sentence with no comma before its subject ("On Sunday morning Tom Vale
// wrote …", "Last week Ida Marsh left …"): the subject is the name after it, for a participle of
// saying set off later in the sentence and for a description that goes on with it in the next
// paragraph. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'On Sunday morning X …, writing that', 'Last week X …, saying': X speaks, and the mention is the name", () => {
  const blog = quotes(
    "On Sunday morning Tom Vale made a third try at ending the feud, writing on his blog that the real issue was “the harbour budget.”",
  );
  assert.equal(find(blog, "harbour budget").speaker, "Tom Vale");
  const text = "Last week Ida Marsh left the board, saying the minutes had been “cooked.”";
  const q = find(quotes(text), "cooked");
  assert.equal(q.speaker, "Ida Marsh");
  assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), "Ida Marsh");
});

test("a description in the next paragraph goes on with the subject after an opening time phrase", () => {
  const text = [
    "On Thursday evening Ann Roe gave her first speech in the Grain Hall.",
    "“The channel needs dredging before the winter storms,” said the Harbour Party nominee.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "dredging before").speaker, "Ann Roe");
});
