// Who took part in an event: the subject and object of its clause, pronouns, groups, long lists.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../../src/core/schema.js";
import { extract } from "../../src/extract/index.js";
import { events, entitiesFor, eventsOfRoeAndVale } from "./helpers.js";

test("participants are the entities named in the evidence", () => {
  const text = "Police arrested Anna Kowalski in March 2023.";
  const start = text.indexOf("Anna Kowalski");
  const entity: Entity = {
    id: "e1",
    type: "person",
    name: "Anna Kowalski",
    mentions: [{ start, end: start + 13, text: "Anna Kowalski", entity: "e1" }],
    attributes: { roles: [] },
  };
  const found = events(text, null, [entity]);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].participants, ["Anna Kowalski"]);
});

test("participants: the subject and object, not the places where it happened", () => {
  const text = "Ivan Petrov was arrested in London in March 2023 by officers from Scotland Yard.";
  const entities = entitiesFor(text, [
    ["Ivan Petrov", "person"],
    ["London", "location"],
    ["Scotland Yard", "organization"],
  ]);
  const found = events(text, null, entities).filter((e) => e.date);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].participants, ["Ivan Petrov"]);
});

test("participants: conjoined subjects past their appositions, but not names inside them", () => {
  const text =
    "Tom Baker, an aide linked to Ruth Hale and Sam Ortiz, and Lee Chan, an academic, were arrested in May 2022.";
  const entities = entitiesFor(text, [
    ["Tom Baker", "person"],
    ["Ruth Hale", "person"],
    ["Sam Ortiz", "person"],
    ["Lee Chan", "person"],
  ]);
  const found = events(text, null, entities).filter((e) => e.date);
  assert.deepEqual(found[0].participants, ["Tom Baker", "Lee Chan"]);
});

test("participants: he and she refer back to the person named before", () => {
  const text = "Maria Lopez ran the charity for ten years.\n\nShe was convicted on 3 June 2024.";
  const entities = entitiesFor(text, [["Maria Lopez", "person"]]);
  const found = events(text, null, entities).filter((e) => e.date);
  assert.deepEqual(found[0].participants, ["Maria Lopez"]);
});

test("'They' after a sentence naming a group: the group's members, not the names in its modifiers", () => {
  const text =
    "Ms Ana Ruiz, an aide close to Mr Tom Hale, and Mr Leo Park, a lobbyist, were arrested in May 2024. They are due to stand trial at Leeds Crown Court from June 3.";
  const r = extract(text, { published: "2025-01-10" });
  const trial = r.events.find((e) => e.type === "trial");
  assert.ok(trial, "a trial event");
  assert.ok(
    trial.participants.includes("Ana Ruiz") && trial.participants.includes("Leo Park"),
    trial.participants.join(),
  );
  assert.ok(!trial.participants.includes("Tom Hale"), trial.participants.join());
});

test("one long sentence of dates and names: every date is an event, and each event's cast stays small", () => {
  const people = ["Anna Berg", "Tomas Brandt", "Lena Ostrova"];
  const text =
    "Police said that " +
    Array.from(
      { length: 400 },
      (_, i) => `on ${1 + (i % 28)} May ${2000 + (i % 20)} ${people[i % 3]} was arrested`,
    ).join(", ") +
    ".";
  const result = extract(text, { published: "2025-01-01" });
  const arrests = result.events.filter((e) => e.type === "arrest" && e.date);
  assert.ok(new Set(arrests.map((e) => e.date)).size >= 120, `${arrests.length} dated arrests`);
  assert.ok(result.events.every((e) => e.participants.length <= 40));
  // Each arrest names the person of its own clause.
  const first = arrests.find((e) => e.date === "2000-05-01");
  assert.ok(first?.participants.includes("Anna Berg"), JSON.stringify(first?.participants));
});

test("participants: not whom the conduct served, nor names in a relative clause on an unnamed subject", () => {
  const text = "On Thursday the former clerk was found guilty of spying for Kalmaria.";
  const found = events(text, "2025-09-19", entitiesFor(text, [["Kalmaria", "location"]])).filter((e) => e.date);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].participants, []);
  const relative =
    "The hacker who revealed that Ann Reyes used a private account was sentenced on Thursday by Judge Tom Ward.";
  const jailed = events(
    relative,
    "2025-09-19",
    entitiesFor(relative, [
      ["Ann Reyes", "person"],
      ["Tom Ward", "person"],
    ]),
  ).filter((e) => e.type === "sentence");
  assert.equal(jailed.length, 1);
  assert.deepEqual(jailed[0].participants, ["Tom Ward"]);
  // The object of a step inside the relative clause is its participant.
  const police = "Officers who arrested Ann Reyes on Monday said she was calm.";
  const arrest = events(police, "2025-09-19", entitiesFor(police, [["Ann Reyes", "person"]])).find(
    (e) => e.type === "arrest",
  );
  assert.deepEqual(arrest?.participants, ["Ann Reyes"]);
});

test("participants: the verb of a relative clause on a person is about that person", () => {
  const text = "The vigil was led by Ann Roe, the sister of Tom Roe, who was fatally stabbed in 2019 near the park.";
  const entities = entitiesFor(text, [
    ["Ann Roe", "person"],
    ["Tom Roe", "person"],
  ]);
  const found = events(text, null, entities).filter((e) => e.date);
  assert.deepEqual(
    found.map((e) => [e.type, e.participants]),
    [["attack", ["Tom Roe"]]],
  );
});

test("participants: a relative clause past a description of the person, or with no step named, is that person's", () => {
  const who = (text: string) =>
    eventsOfRoeAndVale(text)
      .filter((e) => e.date)
      .map((e) => [e.type, e.participants]);
  // The description between the name and ", who" is the name's own.
  assert.deepEqual(who("Ann Roe found an ally in Tom Vale, her former aide, who was fired on June 20."), [
    ["other", ["Tom Vale"]],
  ]);
  // A clause the date alone dates is the antecedent's too.
  assert.deepEqual(who("Ann Roe praised Tom Vale, who spent Saturday in Lisk."), [["other", ["Tom Vale"]]]);
  // A name in a relative clause of its own is read as before.
  assert.deepEqual(who("Ann Roe, who sued Tom Vale, was fired on June 20."), [["other", ["Ann Roe"]]]);
  // On someone unnamed, the clause is no named person's: not the sentence's subject, not the possessor.
  assert.deepEqual(
    who("Ann Roe spoke of claims against Tom Vale's driver, who allegedly shoved a marcher last week."),
    [["attack", []]],
  );
  assert.deepEqual(who("Tom Vale went to Lisk to mourn his mother, who died on Friday."), [["other", []]]);
});

test("participants: of an attack named by a noun, not who acts on it or speaks of it, but who carried it out", () => {
  const who = (text: string) =>
    eventsOfRoeAndVale(text)
      .filter((e) => e.type === "attack")
      .map((e) => e.participants);
  assert.deepEqual(who("Ann Roe quickly seized on the massacre."), [[]]);
  assert.deepEqual(who("Ann Roe laid flowers at a memorial for the victims of the shooting."), [[]]);
  // A name after the attack is another clause's, not its doer.
  assert.deepEqual(who("Lisk has made it too easy to buy the rifle used in the attack, Ann Roe said."), [[]]);
  // Who carried it out, or underwent it, took part.
  assert.deepEqual(who("Tom Vale carried out the bombing, Ann Roe said."), [["Tom Vale"]]);
  assert.deepEqual(who("Ann Roe survived the shooting."), [["Ann Roe"]]);
});

test("participants: who tells of an event before a verb of saying is not in it, unless a pronoun takes them up", () => {
  const who = (text: string, names: [string, Entity["type"]][], type: string) =>
    events(text, "2025-09-19", entitiesFor(text, names))
      .filter((e) => e.type === type)
      .map((e) => e.participants);
  // The teller of a shooting, and one who denounced a bombing, took no part in it.
  assert.deepEqual(
    who(
      "Ann Roe said she still thinks of the pupils who were killed in the shooting at a Vermont school in May 2019.",
      [["Ann Roe", "person"]],
      "attack",
    ),
    [[]],
  );
  assert.deepEqual(who("Tom Hale, who has denounced the bombing, met the mayor.", [["Tom Hale", "person"]], "attack"), [
    [],
  ]);
  // A telling's teller is the one who takes part in it.
  assert.deepEqual(who("Ann Roe said on Friday that she would resign.", [["Ann Roe", "person"]], "statement"), [
    ["Ann Roe"],
  ]);
  // "they" takes the teller up as the one who made the arrest; a second verb after "but" is the teller's own.
  assert.deepEqual(
    who(
      "The Vale Constabulary said they had arrested a man on Friday.",
      [["Vale Constabulary", "organization"]],
      "arrest",
    ),
    [["Vale Constabulary"]],
  );
  assert.deepEqual(
    who("Ann Roe claimed self-defence but was acquitted in May 2021.", [["Ann Roe", "person"]], "verdict"),
    [["Ann Roe"]],
  );
  // A name with a capital is no verb ("the United States"); a hearing where the telling took place has its teller.
  assert.deepEqual(
    who(
      "Tom Hale was flown to the United States and pleaded guilty in May 2021.",
      [["Tom Hale", "person"]],
      "conviction",
    ),
    [["Tom Hale"]],
  );
  assert.deepEqual(
    who("Ann Roe, a lawyer, argued the case in hearings in June 2021.", [["Ann Roe", "person"]], "court_hearing"),
    [["Ann Roe"]],
  );
});
