// "Recaptured" is an arrest of a person caught again, not ground taken back; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated as datedEvents, P } from "./helpers.js";

const dated = (text: string) => datedEvents(text, P).map((e) => [e.type, e.date]);
const types = (text: string) => dated(text).map(([type]) => type);

test("ground recaptured is no arrest; a person recaptured is one", () => {
  assert.ok(!types("The valley was held by the militia and recaptured by the army on Monday.").includes("arrest"));
  assert.ok(!types("Rebels recaptured the hill town on Tuesday.").includes("arrest"));
  assert.ok(!types("Police said the port was recaptured by the navy on Sunday.").includes("arrest"));
  assert.deepEqual(dated("The escaped inmate was recaptured on Monday near the border."), [["arrest", "2025-09-15"]]);
  assert.deepEqual(dated("Guards recaptured him on Tuesday."), [["arrest", "2025-09-16"]]);
  assert.ok(types("Two inmates who fled the jail were recaptured on Sunday.").includes("arrest"));
});
