// "-man" roles are said of women too ("spokesman Hope Vale"): a first name that the name lists
// leave unsexed but that nearly all babies given it were girls is not overruled by the role, so
// "she" after the quotation finds her. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Harbour spokesman Hope Vale confirmed …. “…,” she said': she is Hope Vale; a man's name keeps 'he'", () => {
  const text =
    "Harbour spokesman Hope Vale confirmed that the ferry would be late. “The crew did nothing wrong,” she said.";
  assert.equal(find(quotes(text), "crew did nothing").speaker, "Hope Vale");
  const his =
    "Harbour spokesman Tom Vale confirmed that the ferry would be late. “The crew did nothing wrong,” he said.";
  assert.equal(find(quotes(his), "crew did nothing").speaker, "Tom Vale");
});
