// A lower-case noun for people who hold no post, then what modifies it, then a person's name:
// "Nurses tending to Ann Roe", "backers of Senator Ann Roe". The head noun speaks, and the phrase
// does not name its people: the quotation has no named speaker, not the person in the modifier
// (a participle opens the modifier as a preposition does; a titled name is read whole). A name
// closing a title is still the speaker ("master of ceremonies Tom Vale"). Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotes } from "./find.js";

const opening = "Senator Ann Roe fell ill at a rally in Kelby on Friday, and Tom Vale took her place.";

test("'Nurses tending to Ann Roe said': nobody named speaks, not Roe", () => {
  const all = quotes(
    [opening, "Nurses tending to Ann Roe at the county clinic said on Sunday that she was sitting up again."].join(
      "\n\n",
    ),
  );
  const q = all.find((x) => x.text.includes("sitting up"));
  assert.ok(q, "the quotation is found");
  assert.equal(q.speaker, null);
});

test("'Volunteers cheering Tom Vale said': nobody named speaks, not Vale", () => {
  const all = quotes(
    [opening, "Volunteers cheering Tom Vale at the gates said the crowd was the largest in years."].join("\n\n"),
  );
  const q = all.find((x) => x.text.includes("largest in years"));
  assert.ok(q, "the quotation is found");
  assert.equal(q.speaker, null);
});

test("'Backers of Senator Ann Roe said': nobody named speaks, not Roe", () => {
  const all = quotes([opening, "Backers of Senator Ann Roe said the rally had been cut short too soon."].join("\n\n"));
  const q = all.find((x) => x.text.includes("cut short"));
  assert.ok(q, "the quotation is found");
  assert.equal(q.speaker, null);
});

test("'master of ceremonies Tom Vale said': the name closing the title speaks", () => {
  const all = quotes(
    [opening, "Master of ceremonies Tom Vale said the crowd had waited in the rain for hours."].join("\n\n"),
  );
  const q = all.find((x) => x.text.includes("waited in the rain"));
  assert.ok(q, "the quotation is found");
  assert.equal(q.speaker, "Tom Vale");
});
