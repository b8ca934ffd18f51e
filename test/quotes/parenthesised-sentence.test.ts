// A sentence in parentheses after a report is the writer's aside, not more of what was said ("Ann Roe
// said the ferry would stop. (Nine crews work it.)"), and a report made inside parentheses leaves
// them out ("(On Friday she said the fare would rise.)"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a report ends before a parenthesised sentence after it", () => {
  const q = find(
    quotes("Ann Roe said the ferry to Wexport would stop in May. (Nine crews work it.) She left."),
    "ferry",
  );
  assert.equal(q.text, "the ferry to Wexport would stop in May");
});

test("a report inside parentheses leaves them out", () => {
  const qs = quotes(
    "The pier shut in May. (On Friday she said the fare would rise.) (The depot, Tom Vale said, would close.)",
  );
  assert.equal(find(qs, "fare").text, "the fare would rise");
  assert.equal(find(qs, "depot").text, "The depot, Tom Vale said, would close");
  const mixed = find(
    quotes("The pier shut. (On Friday Ann Roe said the fare was “a scandal” and would go.)"),
    "scandal",
  );
  assert.equal(mixed.text, "the fare was “a scandal” and would go");
});

test("a quotation in a parenthesised sentence after a report is a quote of its own, not more of the report", () => {
  const qs = quotes(
    "Kit Orme said the lido would reopen in June. (“We owe the swimmers that,” she said.) Nobody clapped.",
  );
  assert.equal(find(qs, "lido").text, "the lido would reopen in June");
  const q = find(qs, "swimmers");
  assert.deepEqual([q.kind, q.text, q.speaker], ["direct", "We owe the swimmers that", "Kit Orme"]);
});
