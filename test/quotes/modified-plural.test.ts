// A form in -s after a hyphenated modifier and before a participle in -ing is a plural noun with a
// clause of its own ("hand-written notes listing the moorings"), no verb of saying: the sentence's
// own report holds it whole. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'hand-written notes listing …', 'mid-week tweets mocking …': a noun and its participle, no report", () => {
  const qs = quotes("Tom Vale said the harbour master’s hand-written notes listing the moorings were “a plain mess.”");
  assert.equal(qs.filter((q) => q.cue?.text === "notes").length, 0);
  const q = find(qs, "hand-written notes");
  assert.equal(q.cue?.text, "said");
  assert.equal(q.speaker, "Tom Vale");
  assert.equal(q.kind, "mixed");
  const t = quotes(
    "Ann Roe told the council that two mid-week tweets mocking the ferry crews had been “a cheap shot.”",
  );
  assert.deepEqual(
    t.map((x) => x.cue?.text),
    ["told"],
  );
});
