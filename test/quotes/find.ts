// Shared by the quote tests: the quotes Casefile extracts from a text, and the one holding some words.
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import type { Quote } from "../../src/core/schema.js";

export const quotes = (text: string): Quote[] => extract(text).quotes;

export function find(qs: Quote[], part: string): Quote {
  const q = qs.find((x) => x.text.includes(part));
  assert.ok(q, `no quote containing ${JSON.stringify(part)} in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
}
