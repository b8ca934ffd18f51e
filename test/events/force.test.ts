// Blows to a person, a blast that destroys, attacks in words, a charge dropped, a step that should
// have happened, what is admitted; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, eventsOfRoeAndVale, P } from "./helpers.js";

const typed = (text: string) => events(text, P).map((e) => [e.type, e.date, e.status]);

test("a blow or a hold done to a person is an attack; done to a thing it is none", () => {
  assert.deepEqual(typed("A steward punched a marcher in the face on Friday."), [["attack", "2025-09-12", "happened"]]);
  assert.deepEqual(typed("Tom Vale was punched by a fan on Monday."), [["attack", "2025-09-15", "happened"]]);
  assert.deepEqual(typed("The guard grabbed Ann Roe by the arm last week."), [["attack", "2025-09", "happened"]]);
  assert.deepEqual(typed("Police roughed up two marchers on Sunday."), [["attack", "2025-09-14", "happened"]]);
  // A thing held, tears held back, headlines won: no one was harmed.
  assert.deepEqual(typed("Ann Roe grabbed the microphone on Monday."), [["other", "2025-09-15", "happened"]]);
  assert.deepEqual(typed("Tom Vale choked back tears on Friday."), [["other", "2025-09-12", "happened"]]);
  assert.deepEqual(typed("The mill grabbed headlines in May."), [["other", "2025-05", "happened"]]);
});

test("a thing or a person blown up is an attack; a quarrel that blew up is none", () => {
  assert.deepEqual(typed("Two men blew up a grain silo near the harbour on Sunday."), [
    ["attack", "2025-09-14", "happened"],
  ]);
  assert.deepEqual(typed("The old rail bridge was blown up in May."), [["attack", "2025-05", "happened"]]);
  assert.deepEqual(typed("The quarrel between the brothers blew up on Monday."), [["other", "2025-09-15", "happened"]]);
});

test("a person who did one thing and was blown up is the target of an attack", () => {
  assert.deepEqual(typed("A mayor who sought a truce with the smugglers and was blown up in May is buried here."), [
    ["attack", "2025-05", "happened"],
  ]);
  // A rumour that spread and was blown up is none.
  assert.deepEqual(typed("A rumour that spread and was blown up in May faded."), [["other", "2025-05", "happened"]]);
});

test("a noun of harm before a noun of a body, a thing or a state names a kind, no attack", () => {
  assert.deepEqual(typed("Officers from the bomb squad searched the depot on Monday."), [
    ["investigation", "2025-09-15", "happened"],
  ]);
  assert.deepEqual(typed("The ferry turned back on Tuesday after a bomb threat."), [
    ["other", "2025-09-16", "happened"],
  ]);
  assert.deepEqual(typed("The town's shooting club elected a new chair on Friday."), [
    ["other", "2025-09-12", "happened"],
  ]);
  // Before an act or a person it is still one.
  assert.deepEqual(typed("The bombing victims were named on Friday."), [["attack", "2025-09-12", "happened"]]);
});

test("a single charge dropped, and a prosecution declined, end the case", () => {
  assert.deepEqual(typed("Prosecutors dropped the battery charge against Tom Vale on Thursday."), [
    ["case_dropped", "2025-09-11", "happened"],
  ]);
  assert.deepEqual(typed("The charge was dropped on Thursday."), [["case_dropped", "2025-09-11", "happened"]]);
  assert.deepEqual(typed("Prosecutors declined to prosecute Tom Vale on Thursday."), [
    ["case_dropped", "2025-09-11", "happened"],
  ]);
  assert.deepEqual(typed("The council decided not to prosecute the firm in May."), [
    ["case_dropped", "2025-05", "happened"],
  ]);
});

test("a step that should have happened did not, and a telling of it announces no step", () => {
  assert.deepEqual(typed("He should have been arrested, the mayor said on Friday."), [
    ["arrest", null, "hypothetical"],
    ["statement", "2025-09-12", "happened"],
  ]);
  assert.deepEqual(typed("The bridge should have opened in 2031."), []);
  // A step just completed, announced with its day, still takes it.
  assert.deepEqual(typed("A man has been arrested, officers said on Sunday."), [["arrest", "2025-09-14", "happened"]]);
});

test("an admission is a guilty plea only when an offence follows it, named before the court or place", () => {
  assert.deepEqual(typed("Tom Vale admitted fraud at Lisk Crown Court on Friday."), [
    ["conviction", "2025-09-12", "happened"],
  ]);
  assert.deepEqual(typed("Tom Vale admitted assault in Lisk on Friday."), [["conviction", "2025-09-12", "happened"]]);
  // Words admitted, after a quotation or before a colon, are no plea.
  assert.deepEqual(typed("\u201cThere is no plan,\u201d Ann Roe admitted."), []);
  assert.deepEqual(typed("Ann Roe admitted: the plan failed."), []);
});

test("a person's attack with no target, in an article that tells of no other harm, is made in words", () => {
  const attacks = (text: string) =>
    eventsOfRoeAndVale(text)
      .filter((e) => e.type === "attack")
      .map((e) => e.trigger.text);
  // A war named elsewhere in the article is no harm told in these sentences.
  assert.deepEqual(attacks("Ann Roe backed the war. Later she pressed her attack as the debate went on."), []);
  assert.deepEqual(attacks("Tom Vale opposed the war. Tom Vale's attacks grew sharper."), []);
  // With a target, or where harm is told, it stays an attack.
  assert.deepEqual(attacks("Ann Roe's attack on the depot was filmed."), ["attack"]);
  assert.deepEqual(attacks("Two guards were shot dead. During his attack, Tom Vale posted online."), [
    "shot dead",
    "attack",
  ]);
});

test("a decision not to prosecute is a dropped case on the day it is told", () => {
  const cases: [string, [string, string, string]][] = [
    [
      "Prosecutors said on Monday that the ferry captain will not be prosecuted.",
      ["case_dropped", "2025-09-15", "happened"],
    ],
    [
      "The ferry captain will not face charges, the harbour office announced on Tuesday.",
      ["case_dropped", "2025-09-16", "happened"],
    ],
    [
      "The harbour office said on Tuesday it would not prosecute the captain.",
      ["case_dropped", "2025-09-16", "happened"],
    ],
    ["Charges against the ferry captain were dropped on Monday.", ["case_dropped", "2025-09-15", "happened"]],
    // A condition's outcome is no decision.
    [
      "He said on Monday the captain would not be charged if he paid the fine.",
      ["case_dropped", "2025-09-15", "hypothetical"],
    ],
    // Charges filed, told in the perfect under a dated telling, take its day.
    [
      "Harbour prosecutors said on Tuesday they had filed charges against two boatmen.",
      ["charge", "2025-09-16", "happened"],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(typed(text), [expected], text);
});
