// A belief inside the clause of a verb of saying: "said he thought …", "told reporters she believes
// …". The verb of saying reports the quoted fragment, the belief is part of what was said. Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Tom Vale said he thought Ann Roe had “made up the figures”': the verb of saying is the cue", () => {
  const said = find(quotes("Tom Vale said he thought Ann Roe had “made up the figures.”"), "figures");
  assert.equal(said.kind, "mixed");
  assert.equal(said.cue?.text, "said");
  assert.equal(said.speaker, "Tom Vale");
  assert.ok(said.text.startsWith("he thought Ann Roe"), said.text);
  const told = find(
    quotes("Ann Roe told reporters she believes the harbour levy is “a tax on every fisherman.”"),
    "fisherman",
  );
  assert.equal(told.cue?.text, "told");
  assert.equal(told.speaker, "Ann Roe");
  assert.ok(told.text.startsWith("she believes the harbour levy"), told.text);
});
