import { test } from "node:test";
import assert from "node:assert/strict";
import { byMention, entitiesOf, names } from "./helpers.js";

test("full name, title + surname and bare surname are one person", () => {
  const es = entitiesOf(
    "Rowena Castellane, 41, was charged on Friday. Ms Castellane denies the offence. Castellane will appear in court.",
  );
  const p = byMention(es, "Rowena Castellane");
  assert.ok(p);
  assert.equal(byMention(es, "Ms Castellane"), p);
  assert.equal(byMention(es, "Castellane"), p);
  assert.equal(es.filter((e) => e.type === "person").length, 1);
});

test("two people who share a first name stay two", () => {
  const es = entitiesOf("Daniel Okoro and Daniel Vance were both questioned. Mr Okoro was released; Mr Vance was not.");
  const a = byMention(es, "Daniel Okoro");
  const b = byMention(es, "Daniel Vance");
  assert.ok(a && b);
  assert.notEqual(a, b);
  assert.equal(byMention(es, "Mr Okoro"), a);
  assert.equal(byMention(es, "Mr Vance"), b);
});

test("a surname two people share is the one the text introduced first; an address picks by gender", () => {
  const es = entitiesOf(
    "Helen Marsh runs the Copperfield Bakery. Her brother Peter Marsh joined it in May. Marsh said the accounts were in order. Mr Marsh declined to comment.",
  );
  const helen = byMention(es, "Helen Marsh");
  const peter = byMention(es, "Peter Marsh");
  assert.ok(helen && peter);
  assert.notEqual(helen, peter);
  assert.equal(byMention(es, "Marsh"), helen);
  assert.equal(byMention(es, "Mr Marsh"), peter);
  // Two men: the bare surname stays with the first, whichever was named last.
  const men = entitiesOf(
    "Governor Idris Kettering opened the bridge. Later Owen Kettering, a rival candidate, spoke. Kettering thanked the builders.",
  );
  assert.equal(byMention(men, "Kettering"), byMention(men, "Idris Kettering"));
});

test("a surname after a title is the one holder the text gave that title, not the one introduced first", () => {
  const es = entitiesOf(
    "Ann Vale opened the fair on Monday. Her husband, President Tom Vale, stood beside her. President Vale said little. Vale then cut the ribbon.",
  );
  const ann = byMention(es, "Ann Vale");
  const tom = byMention(es, "President Tom Vale");
  assert.ok(ann && tom);
  assert.notEqual(ann, tom);
  assert.equal(byMention(es, "President Vale"), tom);
  // Without the title the bare surname is still the one introduced first.
  assert.equal(byMention(es, "Vale"), ann);
});

test("a surname alone is the person named in full with a generation mark after it, unless two bear it", () => {
  const es = entitiesOf('Tom Orrin Vale Jr. spoke first. "We shall win," said Vale.');
  assert.equal(byMention(es, "Vale"), byMention(es, "Tom Orrin Vale Jr"));
  const two = entitiesOf("Tom Vale Jr. met Tom Vale Sr. at noon, and Vale left.");
  assert.equal(byMention(two, "Vale"), undefined);
  assert.notEqual(byMention(two, "Tom Vale Jr"), byMention(two, "Tom Vale Sr"));
  // A name without the mark is read first: "Vale" beside "Ann Vale" and "Tom Vale Jr." is hers.
  const plain = entitiesOf("Ann Vale met Tom Vale Jr. on Monday. Vale said she agreed.");
  assert.equal(byMention(plain, "Vale"), byMention(plain, "Ann Vale"));
});

test("an acronym and the body's full name are one entity with the full name canonical", () => {
  const es = entitiesOf("The Crown Prosecution Service said it would not appeal. The CPS had reviewed the file.");
  const cps = byMention(es, "CPS");
  assert.equal(cps, byMention(es, "Crown Prosecution Service"));
  assert.equal(cps?.name, "Crown Prosecution Service");
});

test("initials spell an acronym of a body named earlier", () => {
  const es = entitiesOf("The Harbour Pilots Association warned of delays. A HPA statement followed.");
  assert.equal(byMention(es, "HPA"), byMention(es, "Harbour Pilots Association"));
});

test("the canonical name is the fullest form, without honorifics", () => {
  const es = entitiesOf("Mr Pendleton arrived first. Later Gareth Pendleton told reporters he was innocent.");
  const p = byMention(es, "Mr Pendleton");
  assert.equal(p?.name, "Gareth Pendleton");
});

test("a peer known by one name keeps the title in the canonical name", () => {
  const es = entitiesOf("The inquiry is chaired by Lord Ashbury, who will report in June.");
  assert.equal(byMention(es, "Lord Ashbury")?.name, "Lord Ashbury");
});

test("a shorter form with the middle name left out is the same person", () => {
  const es = entitiesOf("Wen Hui Li Chan was charged. Wen Hui Chan, as court papers call him, denies it.");
  assert.equal(byMention(es, "Wen Hui Chan"), byMention(es, "Wen Hui Li Chan"));
});

test("entity ids are unique and mentions point back to their entity", () => {
  const es = entitiesOf("Mr Hollis met Sara Quint of the Electoral Commission in Bristol. Ms Quint left.");
  assert.equal(new Set(es.map((e) => e.id)).size, es.length);
  for (const e of es) for (const m of e.mentions) assert.equal(m.entity, e.id);
});

test("an unknown word coordinated with a person is a person ('Earl and Reeves')", () => {
  const es = entitiesOf("Dylan Marsh, 21, led the plot. The ringleaders - Marsh and Okonkwo - were jailed.");
  assert.equal(byMention(es, "Okonkwo")?.type, "person");
  assert.equal(byMention(es, "Marsh")?.name, "Dylan Marsh");
});

test("an unknown word next to a body is not made a person", () => {
  const es = entitiesOf("The Home Office and Quillfeather declined to comment.");
  assert.equal(byMention(es, "Quillfeather"), undefined);
});

test("a title word beside a person is not made a person; as a surname it still resolves", () => {
  const es = entitiesOf("Wayne Holt and Shadow ministers met. Later Nadia Major spoke; Major and Holt agreed.");
  assert.equal(byMention(es, "Shadow"), undefined);
  assert.equal(byMention(es, "Major")?.name, "Nadia Major");
});

test("a title word after a form of address is the surname of the person who bears it", () => {
  const es = entitiesOf("Coach Dan Bishop was blunt after the loss. Mr. Bishop said the team had played badly.");
  assert.equal(byMention(es, "Mr. Bishop")?.name, "Dan Bishop");
  // with no one of that name, the address and the title name no one
  const alone = entitiesOf("Mr. President, the committee is waiting, said Ann Hollis.");
  assert.equal(byMention(alone, "Mr. President"), undefined);
  assert.deepEqual(names(alone, "person"), ["Ann Hollis"]);
  // a peer's style before a title is an office, not a surname
  const peer = entitiesOf("Tom Chancellor met the Lord Chancellor on Monday.");
  assert.equal(byMention(peer, "Lord Chancellor"), undefined);
});

test("one word, one entity: a lone word typed as a body elsewhere is not also a person", () => {
  const es = entitiesOf(
    "Fans of the Harrowby Rovers cheered. Later Marnock said Harrowby Rovers were the better side.",
  );
  const rovers = byMention(es, "Harrowby Rovers");
  assert.equal(rovers?.type, "organization");
  assert.equal(es.filter((e) => e.name === "Harrowby Rovers").length, 1);
});

test("a name introduced as 'also known as' is the same person as the one it follows", () => {
  const es = entitiesOf(
    "Yang Tengbo was banned from the UK. The businessman, also known as Chris Yang, denies wrongdoing.",
  );
  const yang = byMention(es, "Chris Yang");
  assert.ok(yang);
  assert.equal(yang.name, "Yang Tengbo");
  assert.ok(yang.mentions.some((m) => m.text === "Yang Tengbo"));
});

test("an untyped word is the body or place the document names with the same word elsewhere", () => {
  const es = entitiesOf("She grew up in Dunmore, a small town. Later Dunmore grew.");
  const town = es.find((e) => e.name === "Dunmore");
  assert.equal(town?.type, "location");
  assert.equal(town?.mentions.length, 2);
});

test("a company named without its legal form is the company named with it", () => {
  const es = entitiesOf(
    "Shares in Corvanta Holdings Corp rose on Monday. Investors said Corvanta had doubled its profit. Later the Corvanta board met.",
  );
  const full = byMention(es, "Corvanta Holdings Corp");
  assert.ok(full);
  assert.equal(byMention(es, "Corvanta"), full);
  assert.equal(es.filter((e) => e.type === "organization").length, 1);
});

test("a nickname of the given name with the same surname names the same person in one article", () => {
  const es = entitiesOf("Ann Vale praised Pat Kennedy on Monday. Later Patrick F. Kennedy said he was grateful.");
  const people = es.filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => e.name),
    ["Ann Vale", "Patrick F. Kennedy"],
  );
  assert.ok(people[1].mentions.some((m) => m.text === "Pat Kennedy"));
});

test("a person known by a middle name after an initial is one person with that name or its nickname", () => {
  const es = entitiesOf(
    "J. Patrick Vale, the envoy, arrived on Monday. Later Pat Vale said Vale would stay; Tom Vale left.",
  );
  const people = es.filter((e) => e.type === "person");
  assert.deepEqual(
    people.map((e) => e.name),
    ["J. Patrick Vale", "Tom Vale"],
  );
  assert.ok(people[0].mentions.some((m) => m.text === "Pat Vale"));
});

test("a surname with a man's form of address is not the one full name when its given name is a woman's", () => {
  const es = entitiesOf("Michelle Vane spoke on Monday. Mr. Vane said he agreed.");
  const michelle = es.find((e) => e.name === "Michelle Vane");
  assert.ok(michelle && !michelle.mentions.some((m) => m.text === "Mr. Vane"));
  const him = es.find((e) => e.mentions.some((m) => m.text === "Mr. Vane"));
  assert.equal(him?.name, "Vane");
});

test("a name 'known as' after a noun that names no person is no one's alias", () => {
  const es = entitiesOf(
    "The base chief known as Bob spoke. Officials said a militant group known as Dalen Kovar was involved.",
  );
  assert.notEqual(byMention(es, "Dalen Kovar"), byMention(es, "Bob"));
  // After a person's noun, it is the alias of the person named before.
  const alias = entitiesOf("The envoy, Ann Roe, met them. The diplomat, also known as Annie Vell, left.");
  assert.equal(byMention(alias, "Annie Vell"), byMention(alias, "Ann Roe"));
});

test("a given name joined by 'and' to a full name shares its surname, unless it ends a list or names someone else", () => {
  const es = entitiesOf("The parents, Tom and Ann Roe, said they were shocked. Mr. Roe said he would appeal.");
  assert.deepEqual(names(es, "person").sort(), ["Ann Roe", "Tom Roe"]);
  assert.ok(byMention(es, "Mr. Roe")?.name === "Tom Roe");
  const listed = entitiesOf("Stars like Kell Dorn, Monica and Lara Vane sang.");
  assert.ok(names(listed, "person").includes("Monica"));
  const other = entitiesOf("Hillary Dunn spoke first. Later Hillary and Tim Vale left.");
  assert.deepEqual(names(other, "person").sort(), ["Hillary Dunn", "Tim Vale"]);
});

test("after a plural noun for people, a first name no list holds joined by 'and' to a full name shares its surname", () => {
  const es = entitiesOf("The parents, Khalim and Nadira Pellworth, spoke on Friday. Their son served in the navy.");
  assert.deepEqual(names(es, "person").sort(), ["Khalim Pellworth", "Nadira Pellworth"]);
  // A word before "and" with no such noun before it is left as it was: no "Vantor Pellworth".
  const firm = entitiesOf("Shares of Vantor and Ann Pellworth's firm rose.");
  assert.ok(!names(firm).includes("Vantor Pellworth"));
});

test("'Mr. Vale' never joins a person the text has called 'Mrs. Vale', whatever her given name", () => {
  const es = entitiesOf("Robin Vale spoke on Monday. Mrs. Vale said the plan would work. Mr. Vale said he agreed.");
  const her = byMention(es, "Mrs. Vale");
  assert.equal(her?.name, "Robin Vale");
  assert.notEqual(byMention(es, "Mr. Vale"), her);
});

test("'Mrs. Brandt' and 'Mr. Brandt' weigh the sex nearly all babies given a first name were when the name lists hold it for both", () => {
  // "Hillary" is listed for both sexes; US birth records give it to girls.
  const mother = entitiesOf(
    "Hillary Brandt founded the bakery in 1990. Her daughter, Chelsea Brandt, joined it in 2010.\n\nMrs. Brandt said the shop would stay open.",
  );
  assert.equal(byMention(mother, "Mrs. Brandt")?.name, "Hillary Brandt");
  const husband = entitiesOf(
    "Hillary Brandt and her husband, Bill Brandt, opened the bakery in 1990.\n\nMr. Brandt said the shop would stay open.",
  );
  assert.equal(byMention(husband, "Mr. Brandt")?.name, "Bill Brandt");
  // A brother named by his given name alone introduces no "Mr. Brandt".
  const brother = entitiesOf(
    "Mr. Brandt seldom speaks of his brother Freddy, who died in 1981.\n\nOne evening, Donald J. Brandt met his older brother, Freddy Brandt, for dinner.\n\nMr. Brandt said the dinner went badly.",
  );
  assert.equal(byMention(brother, "Mr. Brandt")?.name, "Donald J. Brandt");
});

test("a Malay name joined by 'binti' is one person, and the text refers back to the part before it", () => {
  const es = entitiesOf(
    "Nurul Adila binti Harun, 29, was charged on Monday. Nurul Adila had denied the charge, and Faizal bin Osman, 31, was freed.",
  );
  assert.deepEqual(names(es, "person"), ["Nurul Adila binti Harun", "Faizal bin Osman"]);
  assert.deepEqual(
    byMention(es, "Nurul Adila")?.mentions.map((m) => m.text),
    ["Nurul Adila binti Harun", "Nurul Adila"],
  );
  assert.equal(byMention(es, "Nurul Adila")?.attributes.age, 29);
});

test("letters in brackets after a place credit a news agency unless they are its initials or capitals ('LONDON (AFP) -')", () => {
  const es = entitiesOf(
    "LONDON (AFP) - Protests spread from KwaZulu-Natal (KZN) and the United Arab Emirates (UAE) on Monday.",
  );
  assert.equal(byMention(es, "AFP")?.type, "organization");
  assert.notEqual(byMention(es, "AFP"), byMention(es, "LONDON"));
  assert.equal(byMention(es, "KZN"), byMention(es, "KwaZulu-Natal"));
  assert.equal(byMention(es, "UAE"), byMention(es, "United Arab Emirates"));
});

test("an untyped word listed with people before a noun for a person describes the next one ('and Green candidate Lia Dorn')", () => {
  const es = entitiesOf("The poll put Ann Vale, Tom Rell and Green candidate Lia Dorn level.");
  assert.deepEqual(names(es, "person"), ["Ann Vale", "Tom Rell", "Lia Dorn"]);
  // Before a verb it is one more person, as before.
  assert.deepEqual(names(entitiesOf("Ann Vale and Reeves said they would stay."), "person"), ["Ann Vale", "Reeves"]);
});

test("a place named in capitals by a dateline and again in the prose is named as the prose writes it", () => {
  const es = entitiesOf("ORLAN, Norway — The depot in Orlan opened on Monday.");
  assert.equal(byMention(es, "ORLAN")?.name, "Orlan");
  assert.equal(byMention(es, "Orlan")?.type, "location");
});
