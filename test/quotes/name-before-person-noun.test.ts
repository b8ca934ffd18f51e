// A person's name written before a lower-case noun for a person ("a longtime Roe ally", "one senior
// Vale adviser", "Roe's oldest friend") describes someone else, whom the phrase does not name: the
// quotation has no named speaker, as "Vale supporters" already had none. A spokesperson still speaks
// for the one named ("a Roe spokesman"), and a name closing the phrase is the speaker ("Roe adviser
// Tim Ash"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

const opening = "Senator Ann Roe toured the ferry terminal in Kelby on Monday.";

test("'one senior Roe adviser said', 'a longtime Roe confidant': nobody named speaks, not Roe", () => {
  const all = quotes(
    [
      opening,
      "“The terminal will be rebuilt before the winter storms,” one senior Roe adviser said.",
      "“She has wanted this for years,” said a longtime Roe confidant, who asked not to be named.",
      "A Roe ally said the toll would be cut in half.",
    ].join("\n\n"),
  );
  assert.equal(find(all, "winter storms").speaker, null);
  assert.equal(find(all, "wanted this").speaker, null);
  assert.equal(find(all, "cut in half").speaker, null);
});

test("a spokesperson of the person, and a name closing the phrase, still speak as before", () => {
  const all = quotes(
    [
      opening,
      "“The senator will vote against the toll,” one senior Roe spokesman said.",
      "Roe adviser Tim Ash said the ferry fares would stay the same.",
    ].join("\n\n"),
  );
  assert.equal(find(all, "vote against").speaker, "Ann Roe");
  assert.equal(find(all, "fares would stay").speaker, "Tim Ash");
});
