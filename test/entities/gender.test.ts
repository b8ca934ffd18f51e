import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { genderOf, nounGender } from "../../src/extract/entities/gender.js";
import { entityLayer } from "../../src/extract/entities/index.js";

function genderOfMention(text: string, surface: string) {
  const doc = buildDoc(text);
  const e = entityLayer(doc, { tagger: false }).find((x) => x.mentions.some((m) => m.text === surface));
  assert.ok(e, `no entity for ${surface}`);
  return genderOf(e, doc);
}

test("a form of address decides the gender", () => {
  assert.equal(genderOfMention("Mr Calloway was charged.", "Mr Calloway"), "male");
  assert.equal(genderOfMention("Dame Ottilie Ruskin spoke.", "Dame Ottilie Ruskin"), "female");
  assert.equal(genderOfMention("The motion was moved by Baroness Trent.", "Baroness Trent"), "female");
});

test("a given name that is also an ordinary word keeps the gender it marks as a name", () => {
  // "Bob", "Mark", "Sue" are also verbs and nouns, but as a person's first name they mark a gender.
  assert.equal(genderOfMention("Bob Tarrant said it was unfair.", "Bob Tarrant"), "male");
  assert.equal(genderOfMention("Mark Tarrant said it was unfair.", "Mark Tarrant"), "male");
  assert.equal(genderOfMention("Sue Tarrant said it was unfair.", "Sue Tarrant"), "female");
});

test("without one, the first name decides; an unknown or shared first name gives null", () => {
  assert.equal(genderOfMention("Margaret Oduya said it was unfair.", "Margaret Oduya"), "female");
  assert.equal(genderOfMention("Stephen Ballard said it was unfair.", "Stephen Ballard"), "male");
  assert.equal(genderOfMention("Alex Morrow said it was unfair.", "Alex Morrow"), null);
});

test("a '-woman' role the text gives decides over the first name; a '-man' role where the first name says nothing, and nothing where they disagree", () => {
  assert.equal(genderOfMention("Club spokeswoman Alex Morrow said it was unfair.", "Alex Morrow"), "female");
  assert.equal(genderOfMention("Alex Morrow, the club's chairman, said it was unfair.", "Alex Morrow"), "male");
  assert.equal(genderOfMention("Alex Morrow, a congressman from Ohio, said it was unfair.", "Alex Morrow"), "male");
  // "spokesman" is said of women too, and a first name marks a gender only usually: no guess.
  assert.equal(genderOfMention("Club spokesman Margaret Oduya said it was unfair.", "Margaret Oduya"), null);
  assert.equal(genderOfMention("Club spokesman Stephen Ballard said it was unfair.", "Stephen Ballard"), "male");
  // A role with no gendered head, or roles that disagree, leave the first name to decide.
  assert.equal(genderOfMention("Alex Morrow, the club's manager, said it was unfair.", "Alex Morrow"), null);
});

test("nounGender: '-woman' marks a woman, '-man' a man only when WordNet knows its '-woman' form", () => {
  assert.equal(nounGender("spokeswoman"), "female");
  assert.equal(nounGender("Congresswomen"), "female");
  assert.equal(nounGender("chairman"), "male");
  assert.equal(nounGender("businessmen"), "male");
  for (const w of ["human", "shaman", "german", "roman", "manager", "woman-hater", "ottoman"])
    assert.equal(nounGender(w), null, w);
});

test("organisations have no gender", () => {
  const doc = buildDoc("The Home Office said nothing.");
  const e = entityLayer(doc, { tagger: false })[0];
  assert.equal(genderOf(e, doc), null);
});

test("where the name lists and the US birth records disagree, the records give the gender", () => {
  // "Sloane" is listed as a man's name; nearly all babies so named are girls.
  assert.equal(genderOfMention("Sloane Pellor said it was unfair.", "Sloane Pellor"), "female");
  assert.equal(genderOfMention("Ajay Morrow said it was unfair.", "Ajay Morrow"), "male");
  // So "Mrs Pellor" is the same woman.
  const doc = buildDoc("“People are upset,” said Sloane Pellor, of Dunmore. “We have moved,” said Mrs Pellor.");
  const people = entityLayer(doc, { tagger: false }).filter((e) => e.type === "person");
  assert.equal(people.length, 1);
  assert.ok(people[0].mentions.some((m) => m.text === "Mrs Pellor"));
});
