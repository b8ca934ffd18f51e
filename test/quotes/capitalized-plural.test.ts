// "the Spaniard said" stands for the person the story is about; a capitalised plural ("the Danes
// said", "the Tigers said") stands for a people, a party or a team: the person last named is not
// its speaker. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'the Dravians said', 'the Falcons said': not the person named before", () => {
  const all = quotes(
    [
      "Rebel commander Ida Marsh met the envoy in the hill town on Sunday.",
      "The Dravians said the ceasefire would hold until the spring.",
      "Coach Ned Quill signed a new contract with the club on Friday.",
      "“We will rebuild the stand before the new season,” the Falcons said.",
    ].join("\n\n"),
  );
  assert.notEqual(find(all, "ceasefire would hold").speaker, "Ida Marsh");
  assert.notEqual(find(all, "rebuild the stand").speaker, "Ned Quill");
});

test("a singular demonym still stands for the person the story is about", () => {
  const all = quotes(
    ["Ida Marsh won the final in straight sets on Sunday.", "The Dravian said her serve had never been better."].join(
      "\n\n",
    ),
  );
  assert.equal(find(all, "serve had never").speaker, "Ida Marsh");
});
