// A participle of saying right after a name that "to" or "for" brings in: the name is where the
// words went, and the participle reports the clause's subject. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'wrote a letter to the Gazette explaining that …' is the writer's report, not the paper's", () => {
  const text = "Tom Reed wrote a letter to the Harbour Gazette explaining that the port is in trouble.";
  assert.equal(find(quotes(text), "port is in trouble").speaker, "Tom Reed");
});

test("'an essay for the Gazette arguing that …' is the essayist's", () => {
  const text = "Tom Reed wrote an essay for the Harbour Gazette arguing that the port should close.";
  assert.equal(find(quotes(text), "port should close").speaker, "Tom Reed");
});

test("'took a taxi back to Dover saying that …' is the traveller's, not the town's", () => {
  const text = "Ann Vale took a taxi back to Dover saying that she was unwell.";
  assert.equal(find(quotes(text), "she was unwell").speaker, "Ann Vale");
});
