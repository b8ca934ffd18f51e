import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import { genderOf } from "../../src/extract/entities/gender.js";
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

test("without one, the first name decides; an unknown or shared first name gives null", () => {
  assert.equal(genderOfMention("Margaret Oduya said it was unfair.", "Margaret Oduya"), "female");
  assert.equal(genderOfMention("Stephen Ballard said it was unfair.", "Stephen Ballard"), "male");
  assert.equal(genderOfMention("Alex Morrow said it was unfair.", "Alex Morrow"), null);
});

test("organisations have no gender", () => {
  const doc = buildDoc("The Home Office said nothing.");
  const e = entityLayer(doc, { tagger: false })[0];
  assert.equal(genderOf(e, doc), null);
});
