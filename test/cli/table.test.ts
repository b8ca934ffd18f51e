import { test } from "node:test";
import assert from "node:assert/strict";
import { oneLine, renderTable, wrap } from "../../src/cli/table.js";

const columns = [{ header: "Name", min: 8 }, { header: "Quote", grow: 4, min: 10 }, { header: "Source" }];
const rows = [
  [
    "Owen Pryce",
    "We will fight these allegations in every court that will hear us, for as long as it takes.",
    "herald-1",
  ],
  ["Marta Kell", "No comment.", "post-2"],
];

test("piped tables are tab-separated: a header line, then one whole row a line (item 12)", () => {
  const text = renderTable(columns, rows);
  const lines = text.trimEnd().split("\n");
  assert.deepEqual(lines[0].split("\t"), ["Name", "Quote", "Source"]);
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[1].split("\t"), rows[0]);
  assert.deepEqual(lines[2].split("\t"), rows[1]);
});

test("terminal tables fit the width and wrap long cells instead of cutting them (item 12)", () => {
  const text = renderTable(columns, rows, { width: 60 });
  const lines = text.trimEnd().split("\n");
  for (const line of lines) assert.ok([...line].length <= 60, line);
  assert.doesNotMatch(text, /…/);
  // Every word of the quote is there, in order, over several lines of the Quote column.
  const at = lines[0].indexOf("Quote");
  const quote = lines
    .slice(2)
    .map((l) => l.slice(at, lines[0].indexOf("Source")).trim())
    .join(" ");
  assert.ok(quote.includes(rows[0][1]), quote);
  assert.match(text, /herald-1/);
  assert.ok(lines.length > 4, "the long quote takes more than one line");
});

test("a word longer than its column is broken, not lost", () => {
  assert.deepEqual(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
  assert.deepEqual(wrap("we will fight on", 8), ["we will", "fight on"]);
});

test("control characters and line breaks never break a row", () => {
  assert.equal(oneLine("a\nb\u0007c\u2028d"), "a b c d");
  assert.equal(oneLine(null), "");
  const text = renderTable([{ header: "X" }], [["line one\nline two"]]);
  assert.equal(text.trimEnd().split("\n").length, 2);
  assert.equal(renderTable([{ header: "X" }, { header: "Y" }], [["a\tb", "c"]]), "X\tY\na b\tc\n");
});
