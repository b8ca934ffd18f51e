import { test } from "node:test";
import assert from "node:assert/strict";
import { givenNameGender, isGivenName } from "../../src/extract/entities/names.js";
import { byMention, entitiesOf } from "./helpers.js";

test("an abbreviated US state is a place after a town, after a party letter and alone in brackets", () => {
  const es = entitiesOf(
    "Sen. Jane Roe (R-Miss.) and Rep. Tom Lee (Ariz.) wrote to the mayor of Salem, Ore., on Friday.",
  );
  assert.equal(byMention(es, "Miss.")?.name, "Mississippi");
  assert.equal(byMention(es, "Miss.")?.type, "location");
  assert.equal(byMention(es, "Ariz.")?.name, "Arizona");
  assert.equal(byMention(es, "Ore.")?.name, "Oregon");
  assert.equal(byMention(es, "Jane Roe")?.type, "person");
});

test("West Virginia's AP abbreviation, written with both its stops, is the state after a town", () => {
  const es = entitiesOf("The miners met in Corbin Hollow, W.Va., on Tuesday.");
  assert.equal(byMention(es, "W.Va.")?.name, "West Virginia");
  assert.equal(byMention(es, "W.Va.")?.type, "location");
});

test("the same abbreviation elsewhere is read as usual", () => {
  const es = entitiesOf("Later Miss. Ada Vale arrived, and the Ind. candidate spoke.");
  assert.equal(byMention(es, "Miss."), undefined);
  assert.equal(byMention(es, "Ind."), undefined);
});

test("a given name written with its accents is the listed name", () => {
  assert.ok(isGivenName("Seán"));
  assert.ok(isGivenName("Zoë"));
  assert.equal(givenNameGender("Zoë"), "female");
  assert.equal(isGivenName("Élan"), isGivenName("elan"));
  // A title before a name with accents is no part of it.
  const es = entitiesOf("The minister met Tánaiste Seán Byrne in the capital on Monday.");
  assert.equal(byMention(es, "Seán Byrne")?.type, "person");
});

test("a state abbreviation read as one word ('N.Y.') is the state, and the word before its comma is a town", () => {
  const es = entitiesOf("She lives in Lakeview, N.Y., and he spoke in Orlando, Fla., and in Marion, S.C., on Monday.");
  assert.equal(byMention(es, "N.Y.")?.name, "New York");
  assert.equal(byMention(es, "S.C.")?.name, "South Carolina");
  assert.equal(byMention(es, "Orlando")?.type, "location", "a town, though Orlando is also a given name");
  assert.equal(byMention(es, "Marion")?.type, "location");
  assert.equal(byMention(es, "Lakeview")?.type, "location");
});

test("a US state's nickname ('the Hoosier State') is the state, not a body, and joins the state's own name", () => {
  const es = entitiesOf(
    "Dana Kell toured three county fairs in Indiana this week. Turnout in the Hoosier State has lagged, she said, and the Lone Star State votes later.",
  );
  const indiana = byMention(es, "Hoosier State");
  assert.equal(indiana?.type, "location");
  assert.equal(indiana?.name, "Indiana");
  assert.equal(byMention(es, "Indiana"), indiana);
  assert.equal(byMention(es, "Lone Star State")?.name, "Texas");
  assert.ok(!es.some((e) => e.type === "organization"));
});

test("a state's postal code after a town and a comma, ending its clause, is the state, no body's initials", () => {
  const es = entitiesOf("Ann Vell, of Dover, NH, spoke first. Her brother wrote from Tarrow Falls, OR.");
  assert.equal(byMention(es, "NH")?.name, "New Hampshire");
  assert.equal(byMention(es, "NH")?.type, "location");
  assert.equal(byMention(es, "OR")?.name, "Oregon");
  // Before a further word of its sentence the capitals are read as usual.
  assert.notEqual(byMention(entitiesOf("Tom Rell, VA spokesman, said the wait was long."), "VA")?.type, "location");
});
