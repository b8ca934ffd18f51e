// A news outlet telling the story is its reporting, not a statement of the case; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dated as datedEvents, P } from "./helpers.js";

const dated = (text: string) => datedEvents(text, P).map((e) => [e.type, e.date]);

test("an outlet reporting on a day is no statement of the case", () => {
  assert.deepEqual(dated("The harbour was closed for a week, the evening newspaper Vesna reported on Monday."), []);
  assert.deepEqual(dated("Two ferries were held at the port, state radio said on Tuesday."), []);
  assert.deepEqual(dated("A regional daily on Monday quoted the mayor as saying the bridge would reopen."), []);
  assert.deepEqual(dated("A local paper on Sunday put the number of lost boats at nine."), []);
  // An official's telling, or one made on the radio, stays a statement.
  assert.deepEqual(dated("The harbour master said on Monday that the port was closed."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("The mayor, speaking on local radio on Tuesday, defended the plan."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("A local news agency quoted the mayor as saying on Monday that the bridge was safe."), [
    ["statement", "2025-09-15"],
  ]);
});

test("newspapers in the plural report the story too; court papers are a filing", () => {
  assert.deepEqual(dated("Two ferries were held at the port, newspapers reported on Tuesday."), []);
  // A place's name before the comma is no preposition's object of the outlet.
  assert.deepEqual(dated("Ten boats sank in the harbour of Vesk, newspapers reported on Tuesday."), []);
  assert.deepEqual(dated("The mayor knew of the leak, court papers said on Tuesday."), [["statement", "2025-09-16"]]);
});
