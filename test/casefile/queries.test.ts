// The query layer behind the CLI and the API: one answer for a typed name, one folding rule for
// words, the same slices of quotes and timeline whoever asks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildCase } from "../../src/casefile/build.js";
import {
  entityFacts,
  filterEntities,
  indexCase,
  matchEntities,
  selectQuotes,
  selectTimeline,
} from "../../src/casefile/queries.js";
import { article } from "./fixtures.js";

function invented() {
  const a = article(
    "a1",
    "2024-03-02",
    "Détective Ana Müller of the Harbour Police said the ferry was late. “We found the café closed,” Müller said. Tomas Reyes was arrested on 1 March.",
    {
      entities: [
        { id: "e1", type: "person", name: "Ana Müller", mentions: ["Ana Müller", "Müller"] },
        { id: "e2", type: "organization", name: "Harbour Police", mentions: ["Harbour Police"] },
        { id: "e3", type: "person", name: "Tomas Reyes", mentions: ["Tomas Reyes"] },
      ],
      quotes: [{ text: "We found the café closed,", speaker: "e1" }],
      events: [
        { type: "arrest", date: "2024-03-01", participants: ["e3"], evidence: "Tomas Reyes was arrested on 1 March" },
      ],
    },
  );
  const b = article(
    "b1",
    "2024-04-10",
    "Mr Reyes told reporters: “I never saw the ferry.” Ana Muller declined to comment.",
    {
      entities: [
        { id: "e1", type: "person", name: "Tomas Reyes", mentions: ["Mr Reyes"] },
        { id: "e2", type: "person", name: "Ana Muller", mentions: ["Ana Muller"] },
      ],
      quotes: [{ text: "I never saw the ferry.", speaker: "e1" }],
    },
  );
  return indexCase(buildCase([a, b], []));
}

test("a typed name finds the same entity by id, folded name, alias or part of a name", () => {
  const c = invented();
  const muller = c.file.entities.find((e) => e.name.startsWith("Ana M"));
  assert.ok(muller);
  for (const typed of [muller.id, "ana muller", "ANA MÜLLER", "Müller", "  Ana Müller ", "Mr Müller"])
    assert.deepEqual(
      matchEntities(c, typed).map((e) => e.id),
      [muller.id],
      typed,
    );
  assert.deepEqual(
    matchEntities(c, "harb").map((e) => e.name),
    ["Harbour Police"],
  );
  assert.deepEqual(matchEntities(c, "xy"), [], "two letters are too few to match part of a name");
  assert.deepEqual(matchEntities(c, "Nobody Atall"), []);
  assert.deepEqual(
    filterEntities(c, { type: "person", q: "reye" }).map((e) => e.name),
    ["Tomas Reyes"],
  );
});

test("quote filters fold words the same way for speaker, text and about, and bound by publication date", () => {
  const c = invented();
  assert.deepEqual(
    selectQuotes(c, { speaker: "muller" }).map((q) => q.document),
    ["a1"],
  );
  assert.deepEqual(
    selectQuotes(c, { text: "CAFE" }).map((q) => q.document),
    ["a1"],
    "accents and case are folded in the quote's words",
  );
  assert.deepEqual(
    selectQuotes(c, { about: "ferry" }).map((q) => q.document),
    ["b1"],
  );
  assert.deepEqual(selectQuotes(c, { speaker: "Nobody Atall" }), [], "an unknown speaker selects none");
  assert.deepEqual(
    selectQuotes(c, { from: "2024-04" }).map((q) => q.document),
    ["b1"],
  );
  assert.deepEqual(
    selectQuotes(c, { to: "2024-03" }).map((q) => q.document),
    ["a1"],
  );
  assert.deepEqual(
    selectQuotes(c, { organization: "Harbour Police" }),
    [],
    "nobody is affiliated with the police in this case",
  );
});

test("timeline slices by entity name, type and date; entity facts gather quotes and events", () => {
  const c = invented();
  assert.equal(selectTimeline(c, { entity: "Reyes" }).length, 1);
  assert.equal(selectTimeline(c, { entity: "Reyes", from: "2024-04" }).length, 0);
  assert.equal(selectTimeline(c, { type: "charge" }).length, 0);
  const reyes = matchEntities(c, "Tomas Reyes")[0];
  const facts = entityFacts(c, reyes);
  assert.equal(facts.events.length, 1);
  assert.deepEqual(
    facts.quotesBy.map((q) => q.text),
    ["I never saw the ferry."],
  );
  assert.deepEqual(
    facts.documents.map((d) => d.id),
    ["a1", "b1"],
  );
});
