// A quoted title set in the apposition of a reported clause's subject does not hide that subject:
// 'Ann Vale, the author of “Quiet Waters,” about the harbour, said …'. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a quoted title in the subject's apposition leaves the subject the speaker", () => {
  const q = find(
    quotes("Ann Vale, the author of “Quiet Waters,” about the harbour, said the city had “lost its nerve” long ago."),
    "lost its nerve",
  );
  assert.deepEqual([q.kind, q.speaker, q.cue?.text], ["mixed", "Ann Vale", "said"]);
  const s = find(
    quotes('Piet Orr, host of "The Night Desk," a late radio show, said the locks were "never safe" in winter.'),
    "never safe",
  );
  assert.deepEqual([s.kind, s.speaker], ["mixed", "Piet Orr"]);
});
