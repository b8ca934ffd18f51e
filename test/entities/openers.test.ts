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

test("a body's name less its legal form is that body, its first word no sentence's opener", () => {
  const es = entitiesOf(
    "Assured Kettles Ltd. posted a loss on Monday. Assured Kettles said sales fell. " +
      "Busy Tolmar limited the talks. A suit named Deputy Chief AG Ona Vell.",
  );
  assert.equal(byMention(es, "Kettles"), undefined);
  const body = byMention(es, "Assured Kettles");
  assert.equal(body?.type, "organization");
  assert.equal(body?.mentions.length, 2);
  // A lower-case legal word, or a title with a name after it, marks no body.
  assert.notEqual(byMention(es, "Busy Tolmar")?.type, "organization");
  assert.notEqual(byMention(es, "Deputy Chief")?.type, "organization");
});
