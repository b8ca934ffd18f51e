// After a cue that reports a clause only with "that" or a short subject ("predicted", "noted",
// "denied"), a clause without "that" opens with a bare plural noun and an auxiliary or modal right
// after it ("predicted lawsuits could follow"), or with a short subject and a regular past that has
// its own object ("noted the council returned the deeds"). Not after a cue that is an adjective
// ("the alleged thieves were …"), nor with a past that a preposition follows, a participle on the
// object's noun ("denied the sums paid to the clerk"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a bare plural with an auxiliary, or a regular past with its object, opens the clause", () => {
  const reported: Array<[string, string, string]> = [
    [
      "Tom Vale predicted lawsuits could follow the closure of the pier.",
      "lawsuits could follow the closure of the pier",
      "predicted",
    ],
    ["Ann Roe noted tenants are leaving the estate in numbers.", "tenants are leaving the estate in numbers", "noted"],
    [
      "Tom Vale noted the council returned the deeds to him last spring.",
      "the council returned the deeds to him last spring",
      "noted",
    ],
    [
      "Ann Roe denied the wardens charged the stallholders for parking.",
      "the wardens charged the stallholders for parking",
      "denied",
    ],
  ];
  for (const [sentence, content, cue] of reported) {
    const q = find(quotes(sentence), content.split(" ")[1]);
    assert.deepEqual([q.text, q.speaker, q.cue?.text], [content, sentence.split(" ").slice(0, 2).join(" "), cue]);
  }
  for (const sentence of [
    "Near the pier, the alleged thieves were seen by a guard.",
    "Ann Roe denied the sums paid to the clerk in May.",
  ])
    assert.deepEqual(
      quotes(sentence).map((q) => q.text),
      [],
      sentence,
    );
});
