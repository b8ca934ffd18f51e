// Cross-document resolution of people through the name kernel: nicknames, one-letter spellings,
// bare surnames. Every article here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildCase } from "../../src/casefile/index.js";
import type { CaseFile } from "../../src/casefile/types.js";
import {
  acronymKeys,
  isAcronymOf,
  nameVariant,
  oneLetterApart,
  sameGivenName,
  spellingVariant,
} from "../../src/core/names.js";
import { article } from "../casefile/fixtures.js";

const people = (c: CaseFile) => c.entities.filter((e) => e.type === "person");

test("the kernel: nicknames, one-letter spellings and their limits", () => {
  assert.ok(sameGivenName("chris", "christopher"));
  assert.ok(sameGivenName("william", "bill"));
  assert.ok(!sameGivenName("chris", "william"));
  assert.ok(oneLetterApart("hussain", "hussein"));
  assert.ok(oneLetterApart("khalif", "khalife"));
  assert.ok(!oneLetterApart("lee", "lea"), "short names differ by one letter too often");
  assert.ok(!oneLetterApart("hussain", "russain"), "the first letter must agree");
  assert.ok(spellingVariant(["gul", "hussain"], ["gul", "hussein"]));
  assert.ok(spellingVariant(["sam", "fielding"], ["samuel", "fielding"]));
  assert.ok(!spellingVariant(["sam", "fielding"], ["samuel", "fielden"]), "one change at most");
  assert.ok(!spellingVariant(["anna", "kowalski"], ["maria", "kowalski"]));
});

const withPartner = (id: string, name: string, role: string, partner = "Harbour Trust") =>
  article(id, null, `${name}, the ${role}, spoke for the ${partner} on Monday.`, {
    entities: [
      { id: "e1", type: "person", name, mentions: [name], roles: [role] },
      { id: "e2", type: "organization", name: partner, mentions: [partner] },
    ],
  });

test("one spelling apart in two articles that agree (same body named beside): one person, with the evidence", () => {
  const c = buildCase([withPartner("a", "Gul Hussain", "treasurer"), withPartner("b", "Gul Hussein", "chair")], []);
  assert.equal(people(c).length, 1);
  const merge = people(c)[0].merges.find((m) => m.rule === "name-variant");
  assert.ok(merge, JSON.stringify(people(c)[0].merges));
  assert.match(merge.reason, /Harbour Trust/);
});

test("a nickname in one article and the full given name in another are one person when the role agrees", () => {
  const c = buildCase(
    [
      withPartner("a", "Sam Fielding", "club secretary", "Quay Rowing Club"),
      withPartner("b", "Samuel Fielding", "club secretary", "Northgate Council"),
    ],
    [],
  );
  assert.equal(people(c).length, 1);
  assert.match(people(c)[0].merges[0].reason, /club secretary/);
});

test("one spelling apart with nothing in common stays two people, and the merge can be undone", () => {
  const apart = buildCase(
    [
      withPartner("a", "Gul Hussain", "treasurer", "Harbour Trust"),
      withPartner("b", "Gul Hussein", "chair", "Moor Lane School"),
    ],
    [],
  );
  assert.equal(people(apart).length, 2);
  const inputs = [withPartner("a", "Gul Hussain", "treasurer"), withPartner("b", "Gul Hussein", "chair")];
  const undone = buildCase(inputs, [{ action: "split", a: "Gul Hussain", b: "Gul Hussein" }]);
  assert.equal(people(undone).length, 2);
});

test("a familiar name in one article and the formal one with a middle initial in another are one person when they agree", () => {
  assert.ok(nameVariant(["joe", "vance"], ["joseph", "r", "vance"]));
  assert.ok(!nameVariant(["joseph", "vance"], ["joseph", "r", "vance"]), "the same given name: name-subset's");
  assert.ok(!nameVariant(["bill", "harrow"], ["william", "tate", "harrow"]), "a middle name in full is not left out");
  const c = buildCase(
    [
      withPartner("a", "Joe Vance", "deputy mayor", "Quay Rowing Club"),
      withPartner("b", "Joseph R. Vance", "deputy mayor", "Northgate Council"),
    ],
    [],
  );
  assert.equal(people(c).length, 1);
  const merge = people(c)[0].merges.find((m) => m.rule === "name-variant");
  assert.ok(merge, JSON.stringify(people(c)[0].merges));
  assert.match(merge.reason, /deputy mayor/);
  // With nothing in common, or with a middle name in full, they stay two.
  const apart = buildCase(
    [
      withPartner("a", "Joe Vance", "deputy mayor", "Quay Rowing Club"),
      withPartner("b", "Joseph R. Vance", "goalkeeper", "Northgate Council"),
    ],
    [],
  );
  assert.equal(people(apart).length, 2);
  const middle = buildCase(
    [withPartner("a", "Bill Harrow", "treasurer"), withPartner("b", "William Tate Harrow", "treasurer")],
    [],
  );
  assert.equal(people(middle).length, 2);
});

test("a hyphenated surname alone joins the one full name that ends with it", () => {
  const a = article("a", null, "Judge Bobbie Vance-Holt opened the hearing.", {
    entities: [{ id: "e1", type: "person", name: "Bobbie Vance-Holt", mentions: ["Bobbie Vance-Holt"] }],
  });
  const b = article("b", null, "Mrs Justice Vance-Holt adjourned the trial.", {
    entities: [{ id: "e1", type: "person", name: "Vance-Holt", mentions: ["Vance-Holt"] }],
  });
  const c = buildCase([a, b], []);
  assert.deepEqual(
    people(c).map((p) => p.name),
    ["Bobbie Vance-Holt"],
  );
  assert.equal(people(c)[0].merges[0].rule, "surname-unique");
});

test("the kernel: an acronym and its long form share a blocking key across articles", () => {
  assert.deepEqual(acronymKeys("HSA"), ["hsa"]);
  assert.deepEqual(acronymKeys("H.S.A."), ["hsa"]);
  assert.deepEqual(acronymKeys("the Harbour Safety Agency"), ["hsa"]);
  assert.deepEqual(acronymKeys("Ministry of Coastal Defence"), ["mcd", "mocd"]);
  assert.ok(isAcronymOf("HSA", "Harbour Safety Agency"));
  assert.ok(isAcronymOf("MoCD", "Ministry of Coastal Defence"));
  assert.ok(!isAcronymOf("HSA", "Home Safety Board"));
  // One significant word, a number, or a person's shape gives no long-form key.
  assert.deepEqual(acronymKeys("the Agency"), []);
  assert.deepEqual(acronymKeys("Unit 29155"), []);
  assert.ok(!isAcronymOf("Hsa", "Harbour Safety Agency"));
});

test("a peer named by title and one name is no bare surname of another person", () => {
  const a = article("a", null, "Anne Hughes, the treasurer, spoke on Monday.", {
    entities: [{ id: "e1", type: "person", name: "Anne Hughes", mentions: ["Anne Hughes"] }],
  });
  const b = article("b", null, "The bill was opposed by Lord Hughes in the upper house.", {
    entities: [{ id: "e1", type: "person", name: "Lord Hughes", mentions: ["Lord Hughes"] }],
  });
  assert.deepEqual(
    people(buildCase([a, b], []))
      .map((p) => p.name)
      .sort(),
    ["Anne Hughes", "Lord Hughes"],
  );
});

test("a nickname and a letter apart are two changes: two names, two people", () => {
  assert.ok(spellingVariant(["aron", "vellan"], ["ron", "vellan"]));
  assert.ok(spellingVariant(["aron", "vellan"], ["aron", "vallan"]));
  assert.ok(!spellingVariant(["aron", "vellan"], ["ron", "vallan"]));
  const c = buildCase([withPartner("a", "Aron Vellan", "treasurer"), withPartner("b", "Ron Vallan", "treasurer")], []);
  assert.equal(people(c).length, 2);
});
