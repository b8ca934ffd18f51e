import { test } from "node:test";
import assert from "node:assert/strict";
import { lookupGazetteer } from "../../src/extract/entities/gazetteer.js";
import { COUNTRY_OF_ADJECTIVE, DEMONYMS } from "../../src/extract/entities/lexicon.js";
import { extract } from "../../src/extract/index.js";
import { givenNameGender, isGivenName } from "../../src/extract/entities/names.js";
import { byMention, entitiesOf } from "./helpers.js";

test("towns and regions from GeoNames are places, also ones no hand list names", () => {
  for (const town of ["Longueuil", "Moradabad", "Gauteng", "Eastern Cape", "Dorset"])
    assert.equal(lookupGazetteer(town)?.type, "location", town);
  // …only written as names: a lower-case word is no town.
  assert.equal(lookupGazetteer("longueuil"), null);
  const es = entitiesOf("The lorry was stopped near Moradabad on Tuesday, police in Gauteng said.");
  assert.equal(byMention(es, "Moradabad")?.type, "location");
  assert.equal(byMention(es, "Gauteng")?.type, "location");
});

test("place names that are common words, months or titles are left out of the place list", () => {
  for (const word of ["Reading", "Coast", "March", "Sens", "Independence"])
    assert.equal(lookupGazetteer(word)?.place, undefined, word);
});

test("a city of 100,000 named like a given name is the city; a family name alone is a person's", () => {
  for (const city of ["Charlotte", "Orlando"]) assert.equal(lookupGazetteer(city)?.type, "location", city);
  // A family name ("Jackson said") and a town under 100,000 people ("Ferguson") stay out of the list.
  for (const name of ["Jackson", "Ferguson"]) assert.equal(lookupGazetteer(name)?.place, undefined, name);
  const es = entitiesOf(
    "Charlotte was quiet on Monday after two nights of protests. Charlotte Vane said she stayed home.",
  );
  assert.equal(byMention(es, "Charlotte")?.type, "location");
  assert.equal(byMention(es, "Charlotte Vane")?.type, "person");
});

test("a town's name is a surname after a form of address and when a full name ends in it", () => {
  const es = entitiesOf("Mr Harlow spoke first. Later Dale Moradabad said Moradabad would appeal.");
  assert.equal(byMention(es, "Mr Harlow")?.type, "person");
  const dale = byMention(es, "Dale Moradabad");
  assert.equal(dale?.type, "person");
  assert.equal(byMention(es, "Moradabad"), dale);
});

test("a town inside a hyphenated company name is not the town", () => {
  const es = entitiesOf("Shares in Hydro-Longueuil rose sharply on Friday.");
  assert.equal(byMention(es, "Longueuil"), undefined);
});

test("given names come from a large list, with the gender they usually mark", () => {
  assert.ok(isGivenName("Irina"));
  assert.equal(givenNameGender("Irina"), "female");
  assert.equal(givenNameGender("Jeremy"), "male");
  assert.equal(givenNameGender("Sam"), null); // given to both
  // Common words are no given names, though some people bear them ("Will", "May", "Bill").
  for (const w of ["will", "may", "bill", "the"]) assert.equal(isGivenName(w), false, w);
});

test("a capital is its own place, never a mention of its country", () => {
  assert.equal(lookupGazetteer("Beijing")?.name, "Beijing");
  assert.equal(lookupGazetteer("Kiev")?.name, "Kyiv");
  assert.equal(lookupGazetteer("PRC")?.name, "China");
});

test("countries come from ISO 3166-1 with their official long forms and everyday short forms", () => {
  for (const [surface, country] of [
    ["Republic of Moldova", "Moldova"],
    ["Islamic Republic of Iran", "Iran"],
    ["Lao People's Democratic Republic", "Laos"],
    ["Eswatini", "Eswatini"],
    ["Britain", "United Kingdom"],
    ["Russian Federation", "Russia"],
  ])
    assert.equal(lookupGazetteer(surface)?.name, country, surface);
  // A name two countries share names neither ("Congo").
  assert.equal(lookupGazetteer("Congo"), null);
});

test("a possessive of a collective plural is inside the name ('the People's Republic of …')", () => {
  const es = entitiesOf("Envoys of the People's Republic of China met the Women's Rights Forum in Oslo.");
  assert.equal(byMention(es, "People's Republic of China")?.name, "China");
  assert.equal(byMention(es, "Women's Rights Forum")?.type, "organization");
  assert.equal(byMention(es, "Republic of China"), undefined);
});

test("sports teams come from a real list: a team named after its city is a body, not the city", () => {
  assert.equal(lookupGazetteer("Leicester City")?.type, "organization");
  assert.equal(lookupGazetteer("Green Bay Packers")?.type, "organization");
  const es = entitiesOf("Fans of Leicester City cheered as the squad flew to Leicester on Sunday.");
  assert.equal(byMention(es, "Leicester City")?.type, "organization");
  assert.equal(byMention(es, "Leicester")?.type, "location");
});

test("a nationality's adjective names its country from WordNet's data, not from a typed few", () => {
  assert.equal(COUNTRY_OF_ADJECTIVE.get("kenyan"), "Kenya");
  assert.equal(COUNTRY_OF_ADJECTIVE.get("north korean"), "North Korea");
  assert.equal(COUNTRY_OF_ADJECTIVE.get("chinese"), "China");
  // One WordNet synset holds two nationalities ("Mauritanian", "Mauritian") with a single pertainym;
  // the native each adjective's own noun names decides.
  assert.equal(COUNTRY_OF_ADJECTIVE.get("mauritanian"), "Mauritania");
  assert.equal(COUNTRY_OF_ADJECTIVE.get("mauritian"), "Mauritius");
  // An official or a spokesman described by a nationality speaks for the country.
  const said = extract("A Kenyan official said the ferry to the islands would sail again next month.").quotes;
  assert.equal(said.find((q) => q.text.includes("ferry"))?.speaker, "Kenya");
  const told = extract("“Nobody crossed the river that night,” a Bolivian embassy spokeswoman told reporters.").quotes;
  assert.equal(told.find((q) => q.text.includes("river"))?.speaker, "Bolivia");
});

test("nationalities and the nouns for peoples come from WordNet, with their plurals; no place's name is one", () => {
  for (const word of ["swede", "swedes", "englishmen", "croats", "czech", "zambians", "lankan"])
    assert.ok(DEMONYMS.has(word), word);
  // "Laos" (the plural of "Lao") is the country; "Sri" and "New" name a place in "Sri Lankan", "New Zealander".
  for (const word of ["laos", "sri", "new"]) assert.ok(!DEMONYMS.has(word), word);
  const es = entitiesOf("Ann Vale will meet Mayor Tom Roe and Yugoslav envoys in Tarrow, before flying home.");
  assert.equal(byMention(es, "Yugoslav"), undefined);
  const judge = byMention(entitiesOf("The court nominee, Sri Vellamuthu, spoke on Monday."), "Sri Vellamuthu");
  assert.equal(judge?.type, "person");
});
