// A description of a person opening a statement ("the Harbour Party nominee told …") goes on with
// the person whose name, with "'s", opened the subject of the sentence before ("Tom Vale's claim …
// drew rebukes"): that sentence was about them. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'X's claim drew rebukes. “…,” the party nominee told …' credits X", () => {
  const text =
    "Tom Vale's claim on Monday that more dams are needed drew rebukes from engineers. " +
    '"We have to build more," the Harbour Party nominee told a radio show.';
  assert.equal(find(quotes(text), "build more").speaker, "Tom Vale");
});
