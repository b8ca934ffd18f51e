import { test } from "node:test";
import assert from "node:assert/strict";
import { byMention, entitiesOf } from "./helpers.js";

test("a common word opening a sentence is a name's first word where the text writes that name mid-sentence", () => {
  const es = entitiesOf(
    "Shares fell after a merger with Assured Freight Lines was called off. " +
      "Assured Freight Lines said it would pay a fee.",
  );
  assert.equal(byMention(es, "Freight Lines"), undefined);
  assert.equal(byMention(es, "Assured Freight Lines")?.mentions.length, 2);
});

test("a capitalised function word after a lower-case word is a bank's first word", () => {
  const es = entitiesOf("Loans at First Harbor National Bank of Ohio rose in May.");
  assert.equal(byMention(es, "First Harbor National Bank of Ohio")?.type, "organization");
  assert.equal(byMention(es, "Harbor National Bank of Ohio"), undefined);
});
