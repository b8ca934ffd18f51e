// Deaths told as accidents are no attacks, however far the cause follows; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated as datedEvents, P } from "./helpers.js";

const dated = (text: string) => datedEvents(text, P).map((e) => [e.type, e.date]);
const types = (text: string) => dated(text).map(([type]) => type);

test("a death with its cause in a following 'when' clause: a misfortune or a vehicle is an accident, a weapon is not", () => {
  assert.ok(
    !types("Nine hikers were killed and four hurt on Sunday when lightning struck their camp.").includes("attack"),
  );
  assert.ok(
    !types("Two riders were killed and six others hurt on Monday when their bus collided with a lorry.").includes(
      "attack",
    ),
  );
  assert.ok(!types("A farmer was killed on Tuesday when his tractor rolled into a deep ditch.").includes("attack"));
  // A weapon or a fighter in the clause, or a vehicle struck rather than its subject, keeps the attack.
  assert.deepEqual(dated("Three guards were killed on Tuesday when a bomb went off in a bus near the market."), [
    ["attack", "2025-09-16"],
  ]);
  assert.deepEqual(dated("Four farmers were killed on Monday when gunmen stopped their truck outside the village."), [
    ["attack", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Two guards were killed on Sunday when a rocket hit their car."), [["attack", "2025-09-14"]]);
});

test("a misfortune after a second participle joined by 'and' is told of the deaths too", () => {
  assert.deepEqual(dated("At least 20 people were killed and about 40 hurt in the storm-battered port on Monday."), [
    ["other", "2025-09-15"],
  ]);
  // Without a misfortune it stays an attack.
  assert.deepEqual(dated("At least 20 people were killed and about 40 hurt in the port on Monday."), [
    ["attack", "2025-09-15"],
  ]);
});
