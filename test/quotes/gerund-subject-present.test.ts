// A reported clause whose subject is a gerund with an object, and whose verb is a present in -s:
// "says taxing fuel hurts small farms", "said keeping both ferries afloat costs too much". A word in
// -s right after a determiner, or before a preposition or a stop, is the object's plural noun, and a
// gerund phrase with no verb of its own reports nothing. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("a gerund subject with its object before a verb in -s: 'say taxing fuel hurts small farms'", () => {
  const a = find(quotes("The beekeepers say spraying the orchards harms wild bees and their hives."), "spraying");
  assert.equal(a.text, "spraying the orchards harms wild bees and their hives");
  assert.equal(a.cue?.text, "say");
  // A long object, past a name, before the verb.
  const b = find(
    quotes(
      "Ines Valdt, who chairs the beekeepers' guild, said keeping Orlo Farms on the panel makes the guild look careless.",
    ),
    "keeping",
  );
  assert.equal(b.text, "keeping Orlo Farms on the panel makes the guild look careless");
  assert.equal(b.speaker, "Ines Valdt");
  // A plural noun before a preposition, or after a determiner, is no verb: nothing is reported.
  const q = quotes("Ines Valdt said hiring more wardens at the hives.");
  assert.equal(q.filter((x) => x.text.startsWith("hiring")).length, 0);
  const r = quotes("Ines Valdt said cutting the costs.");
  assert.equal(r.filter((x) => x.text.startsWith("cutting")).length, 0);
});
