import { test } from "node:test";
import assert from "node:assert/strict";
import { oneLine, renderTable } from "../../src/cli/table.js";

const columns = [{ header: "Name", min: 8 }, { header: "Quote", grow: 4, min: 10 }, { header: "Source" }];
const rows = [
  [
    "Owen Pryce",
    "We will fight these allegations in every court that will hear us, for as long as it takes.",
    "herald-1",
  ],
  ["Marta Kell", "No comment.", "post-2"],
];

test("piped tables keep every value whole, aligned in columns", () => {
  const text = renderTable(columns, rows);
  const lines = text.trimEnd().split("\n");
  assert.equal(lines.length, 4);
  assert.ok(lines[2].includes("for as long as it takes."));
  const at = lines[0].indexOf("Source");
  assert.equal(lines[2].indexOf("herald-1"), at);
  assert.equal(lines[3].indexOf("post-2"), at);
});

test("terminal tables fit the width, cutting the widest column with an ellipsis", () => {
  const text = renderTable(columns, rows, { width: 60 });
  for (const line of text.trimEnd().split("\n")) assert.ok([...line].length <= 60, line);
  assert.match(text, /We will fight.*…/);
  assert.match(text, /herald-1/);
});

test("control characters and line breaks never break a row", () => {
  assert.equal(oneLine("a\nb\u0007c\u2028d"), "a b c d");
  assert.equal(oneLine(null), "");
  const text = renderTable([{ header: "X" }], [["line one\nline two"]]);
  assert.equal(text.trimEnd().split("\n").length, 3);
});
