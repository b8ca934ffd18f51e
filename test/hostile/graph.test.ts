// Issue 17 item 14: the graph's links say what they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { affiliationLabel } from "../../src/casefile/graph.js";
import { buildCase } from "../../src/casefile/index.js";
import { article } from "../casefile/fixtures.js";

test("a role names the link to its body; without one it is 'member of'", () => {
  assert.equal(affiliationLabel(["a spokeswoman for the council"]), "spokesperson of");
  assert.equal(affiliationLabel(["head of the CPS's special crime division"]), "head of");
  assert.equal(affiliationLabel(["chairman of the trust"]), "chair of");
  assert.equal(affiliationLabel(["a veteran of the force"]), "member of");
});

test("a body that charged a person is linked to them as 'charged by'; quotes as 'quoted about'", () => {
  // Invented article.
  const text =
    "The Harbour Board charged Ann Lee with fraud on Monday. Tom Reed, a spokesman for the Harbour Board, said: “Ann Lee knew the rules.”";
  const a = article("g-1", "2024-03-04", text, {
    entities: [
      { id: "e1", type: "organization", name: "Harbour Board", mentions: ["Harbour Board"] },
      { id: "e2", type: "person", name: "Ann Lee", mentions: ["Ann Lee"] },
      {
        id: "e3",
        type: "person",
        name: "Tom Reed",
        mentions: ["Tom Reed"],
        roles: ["a spokesman for the Harbour Board"],
        affiliations: ["e1"],
      },
    ],
    events: [
      { type: "charge", date: "2024-03-04", participants: ["e1", "e2"], evidence: "charged Ann Lee with fraud" },
    ],
    quotes: [{ text: "Ann Lee knew the rules.", speaker: "e3" }],
  });
  const c = buildCase([a], []);
  const id = (name: string) => c.entities.find((e) => e.name === name)!.id;
  const label = (source: string, target: string) =>
    c.graph.edges.filter((e) => e.source === id(source) && e.target === id(target)).map((e) => e.label);
  assert.deepEqual(label("Ann Lee", "Harbour Board"), ["charged by"]);
  assert.ok(label("Tom Reed", "Harbour Board").includes("spokesperson of"), label("Tom Reed", "Harbour Board").join());
  assert.ok(label("Tom Reed", "Ann Lee").includes("quoted about"));
  assert.ok(!c.graph.edges.some((e) => /\bother\b/.test(e.label)));
});
