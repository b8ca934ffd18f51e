// A trailing attribution whose subject is a name set beside a description, in either order,
// closing the sentence: "…, a spokeswoman, Ann Roe, said." / "…, Ann Roe, the trust's
// chairwoman, said." Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'…, a spokeswoman, Ann Roe, said.' ends the report at the description", () => {
  const q = find(quotes("The pier will stay shut, a spokeswoman, Ann Roe, said."), "pier will stay shut");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.text, "The pier will stay shut");
});

test("'…, Ann Roe, the trust chairwoman, said.' credits the name before its description", () => {
  const q = find(quotes("The pier will stay shut, Ann Roe, the trust chairwoman, said."), "pier will stay shut");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.text, "The pier will stay shut");
});

test("'…, Ann Roe, the head of the Dover Trust, said on Monday.' too", () => {
  const q = find(
    quotes("The pier will stay shut until the spring, Ann Roe, the head of the Dover Trust, said on Monday."),
    "until the spring",
  );
  assert.equal(q.speaker, "Ann Roe");
});

test("'…, Ann Roe, the trust chairwoman, told reporters.': the words after 'told' are the hearer", () => {
  const q = find(
    quotes("The pier will stay shut until the spring, Ann Roe, the trust chairwoman, told reporters."),
    "until the spring",
  );
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.text, "The pier will stay shut until the spring");
});

test("'…, his top aide, Tom Vale, told the Dover Courier.' credits the aide, not the paper", () => {
  const q = find(
    quotes("Ann Roe will stay in the race to the end, her top aide, Tom Vale, told the Dover Courier."),
    "stay in the race",
  );
  assert.equal(q.speaker, "Tom Vale");
});

test("'Tom Vale of Dover, a harbour pilot who once opposed the plan, said the family deserved …': the name is the subject, no inverted speaker", () => {
  const q = find(
    quotes(
      "Tom Vale of Dover, a harbour pilot who once opposed the plan, said the Hollin family deserved a fairer hearing.",
    ),
    "fairer hearing",
  );
  assert.equal(q.text, "the Hollin family deserved a fairer hearing");
  assert.equal(q.speaker, "Tom Vale");
  // Content opening with a place keeps its inverted speaker.
  const inverted = find(
    quotes("In Dover, the tenants who rent flats by the harbour were hit hardest, said the mayor, Ann Roe."),
    "hit hardest",
  );
  assert.equal(inverted.speaker, "Ann Roe");
});
