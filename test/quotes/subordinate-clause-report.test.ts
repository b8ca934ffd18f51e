// A report inside a subordinate clause that opens a main clause: "When Ann Roe stood up and said …,
// the hall cheered", "The hall jeered, and while Ann Roe said …, a man laughed". The speaker is the
// clause's subject, even past a first verb coordinated with the cue, and the report ends at the
// comma before the main clause. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a report in an opening 'When …' clause, after a first verb: 'When Ann Roe stood up and said …, the hall cheered'", () => {
  const q = find(
    quotes("When Ilse Brandt stood at the lectern and said the toll bridge would stay open, the hall cheered."),
    "toll bridge",
  );
  assert.equal(q.text, "the toll bridge would stay open");
  assert.equal(q.speaker, "Ilse Brandt");
  assert.equal(q.cue?.text, "said");
});

test("a subordinate clause after ', and' ends its report at the comma before the main clause", () => {
  const q = find(
    quotes(
      "The crowd had grown restless, and while Ilse Brandt said the toll bridge would stay open, a heckler laughed.",
    ),
    "toll bridge",
  );
  assert.equal(q.text, "the toll bridge would stay open");
  assert.equal(q.speaker, "Ilse Brandt");
  // A subordinate clause after the main clause keeps the report to the sentence's end.
  const r = find(
    quotes("The hall went quiet when Ilse Brandt said the toll, which had stood for years, would end."),
    "toll",
  );
  assert.equal(r.text, "the toll, which had stood for years, would end");
});
