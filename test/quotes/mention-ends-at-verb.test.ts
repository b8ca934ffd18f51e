// A speaker's mention is the noun phrase of who spoke: it ends where the verb of its clause
// begins, even a verb no word list marks. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

const mention = (text: string, part: string) => find(quotes(text), part).speakerMention?.text;
const credited = (text: string, part: string) => {
  const q = find(quotes(text), part);
  return [q.speaker, q.speakerMention?.text];
};

test("'Mara Quill rents a small flat …, insisting that …': a word an article follows after a name is its verb", () => {
  const text = "Mara Quill rents a small flat above the bakery, insisting that the town needs more housing.";
  assert.equal(mention(text, "town needs more housing"), "Mara Quill");
});

test("'Several harbour pilots doubt that … and argue that …': a base form after a plural, then 'that', is the verb", () => {
  const text =
    "Several harbour pilots doubt that the new pier is safe and argue that the council ignored their advice.";
  assert.equal(mention(text, "council ignored their advice"), "Several harbour pilots");
});

test("'Pell Marine wasn’t part of the talks and warned that …': a negated auxiliary ends the subject", () => {
  const text = "Pell Marine wasn’t part of the talks and warned that the deal would fail.";
  assert.deepEqual(credited(text, "deal would fail"), ["Pell Marine", "Pell Marine"]);
});

test("'Doran Pike replied to his critics in Harbour Weekly arguing that …': the past after the name is the verb", () => {
  const text = "Doran Pike replied to his critics in Harbour Weekly arguing that the levy was fair.";
  assert.equal(mention(text, "levy was fair"), "Doran Pike");
});

test("'… answered the critics in Harbour Weekly arguing that …': a name after 'in' is where it was done, not who spoke", () => {
  const text = "Doran Pike answered the critics in Harbour Weekly arguing that the levy was fair.";
  assert.deepEqual(credited(text, "levy was fair"), ["Doran Pike", "Doran Pike"]);
});
