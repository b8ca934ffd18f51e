// Rule name-variant finds its pairs through shared keys instead of comparing every two people of a
// bucket. These properties hold it to the comparison of every pair: on random names with typos,
// nicknames, middle initials and shared surnames, the keyed pairs are exactly the pairs
// `nameVariant` accepts, and the groups and merge records are those of the all-pairs rule kept
// here as the reference.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { type EntityNode, Groups, collectNodes, record } from "../../src/casefile/groups.js";
import { fold, nameVariant } from "../../src/casefile/names.js";
import type { CaseInput } from "../../src/casefile/types.js";
import { nameVariants, nodeRoles, variantKeys, variantPairs } from "../../src/casefile/variants.js";

// Given names with their nicknames in the lexicon, and invented surnames close to each other.
const GIVEN = ["Samuel", "Sam", "Margaret", "Peggy", "Robert", "Bob", "Thomas", "Tom", "Wilhelmina", "Orla", "Pieter"];
const SURNAMES = ["Quillfeather", "Brannock", "Osterhaut", "Velloway", "Brannack", "Vellowey", "Tarn"];
const ROLES = ["harbour master", "treasurer", "ferry pilot", "Treasurer"];
const BODIES = ["Lantern Guild", "Saltmarsh Ferries", "Kestrel Mills"];

/** One letter of `w` added, dropped or changed at `at`, or nothing. */
function typo(w: string, kind: number, at: number): string {
  const i = at % (w.length + 1);
  if (kind === 1) return w.slice(0, i) + "e" + w.slice(i);
  if (kind === 2 && w.length > 1) return w.slice(0, Math.min(i, w.length - 1)) + w.slice(Math.min(i, w.length - 1) + 1);
  if (kind === 3 && i < w.length) return w.slice(0, i) + (w[i] === "a" ? "o" : "a") + w.slice(i + 1);
  return w;
}

interface Person {
  given: string;
  givenTypo: [number, number];
  middle: string;
  surname: string;
  surnameTypo: [number, number];
  roles: string[];
}

const person: fc.Arbitrary<Person> = fc.record({
  given: fc.constantFrom(...GIVEN),
  givenTypo: fc.tuple(fc.integer({ min: 0, max: 12 }), fc.nat(20)),
  middle: fc.constantFrom("", "", "", "J.", "K", "Ann"),
  surname: fc.constantFrom(...SURNAMES),
  surnameTypo: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(20)),
  roles: fc.array(fc.constantFrom(...ROLES), { maxLength: 2 }),
});
const doc: fc.Arbitrary<{ people: Person[]; bodies: string[] }> = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 3 }),
  bodies: fc.array(fc.constantFrom(...BODIES), { maxLength: 1 }),
});

function nameOf(p: Person): string {
  const given = typo(p.given, p.givenTypo[0], p.givenTypo[1]);
  return [given, p.middle, typo(p.surname, p.surnameTypo[0], p.surnameTypo[1])].filter(Boolean).join(" ");
}

function inputsOf(docs: { people: Person[]; bodies: string[] }[]): CaseInput[] {
  return docs.map((d, i) => {
    const entities = [
      ...d.people.map((p, k) => ({
        id: `p${k}`,
        type: "person" as const,
        name: nameOf(p),
        mentions: [{ text: nameOf(p), start: 0, end: 1 }],
        attributes: { roles: p.roles.map((text) => ({ text, start: 0, end: 1 })) },
      })),
      ...d.bodies.map((name, k) => ({
        id: `o${k}`,
        type: "organization" as const,
        name,
        mentions: [{ text: name, start: 0, end: 1 }],
      })),
    ];
    return {
      document: { id: `doc-${i}`, title: "", text: "", published: null, outlet: null, source: null },
      extraction: { entities, quotes: [], events: [] },
    } as unknown as CaseInput;
  });
}

/** One node per name, the others of the name joined to it (as rule same-name leaves them). */
function sameNamed(nodes: EntityNode[], g: Groups): EntityNode[] {
  const first = new Map<string, EntityNode>();
  for (const n of nodes) {
    const k = `${n.type}|${n.key}`;
    const f = first.get(k);
    if (f) g.union(f.index, n.index, null);
    else first.set(k, n);
  }
  return [...first.values()];
}

/** The rule as it compared every two people of a bucket: the reference. */
function allPairsNameVariants(nodes: EntityNode[], reps: EntityNode[], g: Groups): void {
  const people = reps.filter((n) => n.type === "person" && n.words.length >= 2);
  const keysOf = (n: EntityNode) => {
    const last = n.words[n.words.length - 1];
    return [`${n.words.length}|${last[0]}`, `l|${last}`];
  };
  const buckets = new Map<string, EntityNode[]>();
  for (const n of people)
    for (const k of keysOf(n)) {
      const list = buckets.get(k);
      if (list) list.push(n);
      else buckets.set(k, [n]);
    }
  const byDoc = new Map<string, EntityNode[]>();
  for (const n of nodes) byDoc.set(n.doc, [...(byDoc.get(n.doc) ?? []), n]);
  const rolesOf = (root: number) => {
    const out = new Set<string>();
    for (const n of nodes) if (g.find(n.index) === root) for (const r of nodeRoles(n)) out.add(r);
    return out;
  };
  // Groups named in the group's articles, each at its first place with the last name given it.
  const neighbours = (root: number) =>
    new Map(
      [...g.docs[root]]
        .flatMap((d) => byDoc.get(d) ?? [])
        .filter((n) => n.type !== "location" && g.find(n.index) !== root)
        .map((n) => [g.find(n.index), n.name] as const),
    );
  const shared = (a: number, b: number): string | null => {
    const ra = rolesOf(a);
    for (const r of rolesOf(b)) if (ra.has(r)) return `both are called "${r}"`;
    const na = neighbours(a);
    const common: string[] = [];
    for (const [r, name] of neighbours(b)) if (r !== a && na.has(r)) common.push(na.get(r) ?? name);
    return common.length ? `both articles name ${common.slice(0, 3).join(", ")}` : null;
  };
  for (const [key, list] of buckets) {
    const sameLength = !key.startsWith("l|");
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if ((a.words.length === b.words.length) !== sameLength) continue;
        const ra = g.find(a.index);
        const rb = g.find(b.index);
        if (ra === rb || g.shareDocument(ra, rb) || !nameVariant(a.words, b.words)) continue;
        const near = new Set([...keysOf(a), ...keysOf(b)].flatMap((k) => buckets.get(k) ?? []));
        const rivals = [...near].filter(
          (c) =>
            c !== a &&
            c !== b &&
            g.find(c.index) !== ra &&
            g.find(c.index) !== rb &&
            (nameVariant(a.words, c.words) || nameVariant(b.words, c.words)),
        );
        if (rivals.length) continue;
        const why = shared(ra, rb);
        if (!why) continue;
        const how = sameLength ? "are one spelling or nickname apart" : "are one name, the shorter with a nickname";
        const reason = `"${a.name}" (${a.doc}) and "${b.name}" (${b.doc}) ${how}, and their articles agree: ${why}`;
        g.union(ra, rb, record("name-variant", reason, [a], [b]));
      }
  }
}

const grouping = (nodes: EntityNode[], g: Groups) =>
  nodes.map((n) => ({ root: g.find(n.index), records: g.records.get(n.index) ?? [] }));

test("the keyed pairs are every pair of names nameVariant accepts, and no other", () => {
  fc.assert(
    fc.property(fc.array(person, { minLength: 2, maxLength: 40 }), (list) => {
      const seen = new Set<string>();
      const people = list
        .map((p) => ({ words: fold(nameOf(p)).split(" ") }))
        .filter((p) => p.words.length >= 2 && !seen.has(p.words.join(" ")) && seen.add(p.words.join(" ")));
      const expected: string[] = [];
      for (let i = 0; i < people.length; i++)
        for (let j = i + 1; j < people.length; j++)
          if (nameVariant(people[i].words, people[j].words)) expected.push(`${i},${j}`);
      const got = variantPairs(people).map(([i, j]) => `${i},${j}`);
      assert.deepEqual(got.sort(), expected.sort());
    }),
    { seed: 4513, numRuns: 400 },
  );
});

test("names one letter or a nickname apart share a key; names of another initial, length or two words apart do not", () => {
  const shares = (a: string, b: string) => {
    const ka = new Set(variantKeys(a.split(" ")));
    return variantKeys(b.split(" ")).some((k) => ka.has(k));
  };
  assert.ok(shares("orla quillfeather", "orla quilfeather"));
  assert.ok(shares("orla quillfeather", "orla quillfeathar"));
  assert.ok(shares("peggy tarn", "margaret tarn"));
  assert.ok(shares("tom velloway", "thomas k velloway"));
  assert.ok(!shares("orla quillfeather", "orla pillfeather"));
  assert.ok(!shares("orla quillfeather", "orla quillfeathered"));
  assert.ok(!shares("pieter tarn", "pieter brannock"));
  assert.ok(!shares("orla tarn", "pieter tarns"));
});

test("the rule's groups and merge records are those of the all-pairs reference, in the same order", () => {
  let merged = 0;
  fc.assert(
    fc.property(fc.array(doc, { minLength: 2, maxLength: 16 }), (docs) => {
      const nodes = collectNodes(inputsOf(docs));
      const g = new Groups(nodes);
      nameVariants(nodes, sameNamed(nodes, g), g);
      const ref = new Groups(nodes);
      allPairsNameVariants(nodes, sameNamed(nodes, ref), ref);
      assert.deepEqual(grouping(nodes, g), grouping(nodes, ref));
      merged += [...ref.records.values()].flat().filter((r) => r?.rule === "name-variant").length;
    }),
    { seed: 4514, numRuns: 400 },
  );
  // The random cases must exercise the merges, not only the refusals.
  assert.ok(merged > 50, `only ${merged} merges`);
});
