// Criticism told as "lashed out at", "hit out at" or "blasted" is a telling, as is a verb of telling
// with its day before what it tells, or a threat or a pledge made on a day; every sentence is invented.
import { test } from "node:test";
import { assertDated } from "./helpers.js";

test("'lashed out at' and 'hit out at' tell criticism in words", () => {
  assertDated([
    ["The envoy on Wednesday lashed out at the embargo and said it would fail.", [["statement", "2025-09-17"]]],
    ["The mayor hit out at the rail operator on Monday.", [["statement", "2025-09-15"]]],
    // A storm that lashed the coast told nothing.
    ["A storm lashed the coast on Monday.", [["other", "2025-09-15"]]],
  ]);
});

test("'blasted' is fire when its clause names a fighter or weapon, else criticism", () => {
  assertDated([
    ["Troops blasted the ridge with mortars on Monday.", [["attack", "2025-09-15"]]],
    ["The navy blasted in May the rebel boats near the delta.", [["attack", "2025-05"]]],
    ["The mayor blasted the council on Monday.", [["statement", "2025-09-15"]]],
    // Criticism of a war or of someone as a fighter is still words.
    ["The senator blasted the mayor over the war on Tuesday.", [["statement", "2025-09-16"]]],
  ]);
});

test("a verb of telling keeps its telling when its day comes before what it tells", () => {
  assertDated([
    ["A tenants' group vowed on Monday to keep up its rent strike.", [["statement", "2025-09-15"]]],
    ["The bishop described last week the closure of the school as a mistake.", [["statement", "2025-09"]]],
    // A verb with no object after its day tells nothing: "was praised last week".
    ["The new goalkeeper was praised last week.", [["other", "2025-09"]]],
  ]);
});

test("a threat or a pledge made on a day is a telling that day; the step it names is undated", () => {
  assertDated([
    ["The kidnappers threatened on Monday to shoot the pilots.", [["statement", "2025-09-15"]]],
    ["Two neighbours promised Tuesday to sue the quarry owner.", [["statement", "2025-09-16"]]],
    ["The warlord pledged last week to arrest the deserters.", [["statement", "2025-09"]]],
    // With no infinitive after the day, no threat is told: "threatened on Monday the harvest".
    ["Hail threatened on Monday the harvest of the valley.", [["other", "2025-09-15"]]],
  ]);
});

test("a past day told after a threatened or pledged step is the threat's or the pledge's", () => {
  assertDated([
    ["The kidnappers threatened to shoot the pilots on Monday.", [["statement", "2025-09-15"]]],
    ["The two mayors pledged to widen the ring road last week.", [["statement", "2025-09"]]],
    ["A canal trust vowed to dredge the old locks on Tuesday.", [["statement", "2025-09-16"]]],
    // A day still to come is the step's: the strike is threatened for it.
    ["The drivers threatened to strike next Monday.", [["other", "2025-09-22"]]],
    // A stretch holding the day of publication may lie ahead: the step's.
    ["The council pledged to reopen the pool this summer.", [["other", "2025"]]],
    // A day in the possessive names a thing, not when the vow was made.
    ["The growers vowed to fight on regardless of Monday's ruling.", [["verdict", "2025-09-15"]]],
    // A step after "and" is a step of its own, and owns its day.
    ["The bank pledged to cut fees and closed two branches on Monday.", [["other", "2025-09-15"]]],
  ]);
});
