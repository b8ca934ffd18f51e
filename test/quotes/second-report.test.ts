// A sentence may hold two reports joined by "and" or "but", each with its own subject and verb of
// saying. The second is no part of what the first speaker said, whether the first attribution
// trails its clause ("The ferry will stop in May, the harbour board said, and Tom Ilsley said …")
// or leads it ("Vexa Foods says the plant is safe, and Ona Pask said …"), and whether the second
// clause opens with a determiner or a bare plural. A clause after the attribution that reports
// nothing goes on with what was said. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'…, the harbour board said, and Tom Ilsley said …': the trailing attribution's clause ends at its comma", () => {
  const qs = quotes(
    "The ferry will stop in May, the harbour board said, and Tom Ilsley said the crews would be moved.",
  );
  assert.equal(qs.length, 2);
  const board = find(qs, "ferry");
  assert.equal(board.text, "The ferry will stop in May");
  assert.equal(board.speakerMention?.text, "the harbour board");
  const chair = find(qs, "crews");
  assert.equal(chair.text, "the crews would be moved");
  assert.equal(chair.speaker, "Tom Ilsley");
  // A clause after the attribution that reports nothing is still what was said.
  const one = quotes("The ferry will stop in May, the harbour board said, and it would sail again in June.");
  assert.equal(one.length, 1);
  assert.equal(one[0].text, "The ferry will stop in May, the harbour board said, and it would sail again in June");
});

test("'Vexa Foods says the plant is safe, and Ona Pask said inspections were routine': two reports", () => {
  const qs = quotes("Vexa Foods says the plant is safe, and Ona Pask said inspections were routine.");
  assert.equal(qs.length, 2);
  assert.equal(find(qs, "plant").text, "the plant is safe");
  assert.equal(find(qs, "inspections").speaker, "Ona Pask");
});
