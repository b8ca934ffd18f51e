// "He" for a body's unnamed spokesman, two paragraphs on, with only background between. Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a spokesman's 'he added' two paragraphs on still speaks for the body", () => {
  const text = [
    "A spokesman for the Dover Trust said the pier was unsafe.",
    "The pier has been closed since March. Engineers found cracks in two of its legs.",
    "“We will not reopen it until it is safe,” he added.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "until it is safe").speaker, "Dover Trust");
});
