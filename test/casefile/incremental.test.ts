// The incremental entity grouping (src/casefile/incremental.ts): after any sequence of added and
// removed articles, with any merges, splits, renames and undone overrides, the case entities it
// gives equal a full `resolveEntities` over the same articles, and it grouped again only the
// components an update touched (and, for spelling-variant pairs, their articles).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { resolveEntities, type EntityResolution } from "../../src/casefile/entities.js";
import { IncrementalEntities } from "../../src/casefile/incremental.js";
import type { CaseInput, MergeOverride } from "../../src/casefile/types.js";
import { article, type EntitySpec } from "./fixtures.js";

// Invented people and bodies whose names meet every rule: same name, alias, plural, name suffix,
// acronym, shorter forms, bare surnames (unique and not), nicknames and spelling variants.
const PEOPLE: Omit<EntitySpec, "id">[] = [
  { type: "person", name: "Mark Kell", mentions: ["Mark Kell", "Kell"], roles: ["harbour master"] },
  { type: "person", name: "M. Kell", mentions: ["M. Kell"] },
  { type: "person", name: "Mark Anthony Kell", mentions: ["Mark Anthony Kell"] },
  { type: "person", name: "Kell", mentions: ["Kell"] },
  { type: "person", name: "Rita Okafor", mentions: ["Rita Okafor", "Ms Okafor"], roles: ["prosecutor"] },
  { type: "person", name: "Okafor", mentions: ["Okafor"] },
  { type: "person", name: "Tom Okafor", mentions: ["Tom Okafor"] },
  { type: "person", name: "Jo Park", mentions: ["Jo Park", "Park"], roles: ["lawyer"] },
  { type: "person", name: "Dale Brennan", mentions: ["Dale Brennan"] },
  { type: "person", name: "Brennan", mentions: ["Brennan"] },
];
const VARIANTS: Omit<EntitySpec, "id">[] = [
  { type: "person", name: "Gul Hussain", mentions: ["Gul Hussain"], roles: ["captain"] },
  { type: "person", name: "Gul Hussein", mentions: ["Gul Hussein"], roles: ["captain"] },
  { type: "person", name: "Sam Tulley", mentions: ["Sam Tulley"] },
  { type: "person", name: "Samuel Tulley", mentions: ["Samuel Tulley"] },
];
/** A familiar name and the formal one, with a middle initial (rule name-variant, words of two lengths). */
const FORMAL: Omit<EntitySpec, "id">[] = [
  { type: "person", name: "Joe Vance", mentions: ["Joe Vance"] },
  { type: "person", name: "Joseph R. Vance", mentions: ["Joseph R. Vance"] },
];
const BODIES: Omit<EntitySpec, "id">[] = [
  { type: "organization", name: "National Crime Agency", mentions: ["National Crime Agency"] },
  { type: "organization", name: "NCA", mentions: ["NCA"] },
  { type: "organization", name: "Crown Prosecution Service", mentions: ["Crown Prosecution Service", "CPS"] },
  { type: "organization", name: "CPS", mentions: ["CPS"] },
  { type: "organization", name: "Counter Terrorism Command", mentions: ["Counter Terrorism Command"] },
  {
    type: "organization",
    name: "Metropolitan Police Counter Terrorism Command",
    mentions: ["Metropolitan Police Counter Terrorism Command"],
  },
  { type: "organization", name: "Calder Trade Offices", mentions: ["Calder Trade Offices"] },
  { type: "organization", name: "Calder Trade Office", mentions: ["Calder Trade Office"] },
  // One body's surface form is another's name: rule alias.
  { type: "organization", name: "Calder Lines", mentions: ["Calder Lines", "Calder Ferries"] },
  { type: "organization", name: "Calder Ferries", mentions: ["Calder Ferries"] },
  { type: "location", name: "Port Calder", mentions: ["Port Calder"] },
  { type: "location", name: "Britain", mentions: ["Britain"] },
  { type: "location", name: "United Kingdom", mentions: ["United Kingdom"] },
];

/** An invented article naming `picks` of `pool`, one sentence each. */
function makeArticle(n: number, pool: Omit<EntitySpec, "id">[], picks: number[], copyOf: string | null): CaseInput {
  const specs = [...new Set(picks)].map((p, i): EntitySpec => ({ ...pool[p % pool.length], id: `e${i + 1}` }));
  // One sentence per entity, its roles beside its name; a bare surname after its full name.
  const text = specs
    .map((e) => `${e.mentions.join(" met ")}${(e.roles ?? []).map((r) => `, the ${r},`).join("")} spoke.`)
    .join(" ");
  const input = article(`doc-${n}`, `2025-03-${String((n % 27) + 1).padStart(2, "0")}`, text, { entities: specs });
  return copyOf ? { ...input, document: { ...input.document, duplicateOf: copyOf } } : input;
}

const OVERRIDE_NAMES = ["Mark Kell", "Kell", "Rita Okafor", "Okafor", "NCA", "Crown Prosecution Service", "Jo Park"];

type Step =
  | { kind: "add"; picks: number[]; copy: boolean }
  | { kind: "batch"; articles: number[][] }
  | { kind: "remove"; which: number }
  | { kind: "override"; action: MergeOverride["action"]; a: number; b: number }
  | { kind: "undo" };

const stepOf = (maxPicks: number): fc.Arbitrary<Step> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant("add" as const),
        picks: fc.array(fc.nat(40), { minLength: 1, maxLength: maxPicks }),
        copy: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("batch" as const),
        articles: fc.array(fc.array(fc.nat(40), { minLength: 1, maxLength: maxPicks }), { minLength: 1, maxLength: 4 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), which: fc.nat(100) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("override" as const),
        action: fc.constantFrom("merge", "split", "rename") as fc.Arbitrary<MergeOverride["action"]>,
        a: fc.nat(OVERRIDE_NAMES.length - 1),
        b: fc.nat(OVERRIDE_NAMES.length - 1),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "undo" as const }) },
  );

/** A resolution as comparable JSON (its maps as sorted entries). */
function plain(r: EntityResolution): unknown {
  return JSON.parse(
    JSON.stringify({
      entities: r.entities,
      issues: r.issues,
      memberOf: [...r.memberOf].sort(),
      ids: [...r.byId.keys()],
    }),
  );
}

function run(pool: Omit<EntitySpec, "id">[], steps: Step[]) {
  const engine = new IncrementalEntities();
  const inputs: CaseInput[] = [];
  const overrides: MergeOverride[] = [];
  let n = 0;
  for (const s of steps) {
    if (s.kind === "add") {
      const copyOf = s.copy && inputs.length ? inputs[0].document.id : null;
      const input = makeArticle(n++, pool, s.picks, copyOf);
      inputs.push(input);
      engine.add(input.document, input.extraction!);
    } else if (s.kind === "batch") {
      // Several articles grouped in one pass, as a store refresh loads a case or a large batch.
      const batch = s.articles.map((picks) => makeArticle(n++, pool, picks, null));
      inputs.push(...batch);
      engine.addAll(batch.map((i) => ({ document: i.document, extraction: i.extraction! })));
    } else if (s.kind === "remove") {
      if (inputs.length === 0) continue;
      const [gone] = inputs.splice(s.which % inputs.length, 1);
      assert.equal(engine.remove(gone.document.id), true);
    } else if (s.kind === "override") {
      const [a, b] = [OVERRIDE_NAMES[s.a], OVERRIDE_NAMES[s.b]];
      overrides.push({
        action: s.action,
        a,
        b: s.action === "rename" ? `${b} (renamed)` : b,
        at: `2025-04-0${(overrides.length % 9) + 1}`,
      });
    } else overrides.pop();
    const want = resolveEntities(
      inputs.map((i) => ({ document: i.document, extraction: i.extraction! })),
      overrides,
    );
    assert.deepEqual(plain(engine.resolution(overrides)), plain(want));
    assert.deepEqual(
      engine.documents().map((d) => d.id),
      inputs.map((i) => i.document.id),
    );
  }
  return engine.stats;
}

test("incremental grouping equals a full resolution after every step (no spelling variants: only touched components)", () => {
  const pool = [...PEOPLE, ...BODIES];
  let incremental = 0;
  fc.assert(
    fc.property(fc.array(stepOf(5), { minLength: 1, maxLength: 25 }), (steps) => {
      const stats = run(pool, steps);
      assert.equal(stats.widened, 0, "no update was widened for spelling variants");
      incremental += stats.updates;
    }),
    { numRuns: 120, seed: 1303 },
  );
  assert.ok(incremental > 500, `${incremental} incremental updates were checked`);
});

/** Updates widened for name-variant pairs over `numRuns` random sequences of steps on `pool` (each checked by `run`). */
function widenedOver(pool: Omit<EntitySpec, "id">[], numRuns: number, seed: number): number {
  let widened = 0;
  fc.assert(
    fc.property(fc.array(stepOf(5), { minLength: 1, maxLength: 25 }), (steps) => {
      widened += run(pool, steps).widened;
    }),
    { numRuns, seed },
  );
  return widened;
}

test("incremental grouping equals a full resolution with spelling variants and nicknames in the case", () => {
  const widened = widenedOver([...PEOPLE, ...VARIANTS, ...BODIES], 150, 1313);
  assert.ok(widened > 50, `${widened} updates widened for spelling variants were checked`);
});

test("incremental grouping equals a full resolution with a familiar and a formal name of one person in the case", () => {
  const widened = widenedOver([...PEOPLE, ...FORMAL, ...BODIES], 100, 1317);
  assert.ok(widened > 20, `${widened} updates widened for the pair were checked`);
});

test("a story that keeps naming the same few people and bodies: most articles join their names' groups, exactly", () => {
  // Bare surnames, a shorter form, a spelling variant and a nickname among them; some written with
  // fewer forms or no role in some articles (a new form or role can change the groups).
  const pool: Omit<EntitySpec, "id">[] = [
    PEOPLE[0],
    PEOPLE[3],
    PEOPLE[1],
    PEOPLE[4],
    { type: "person", name: "Rita Okafor", mentions: ["Rita Okafor"] },
    VARIANTS[0],
    { type: "person", name: "Gul Hussain", mentions: ["Gul Hussain"] },
    VARIANTS[1],
    VARIANTS[2],
    BODIES[2],
    { type: "organization", name: "Crown Prosecution Service", mentions: ["Crown Prosecution Service"] },
    BODIES[3],
  ];
  let joined = 0;
  fc.assert(
    fc.property(fc.array(stepOf(2), { minLength: 20, maxLength: 40 }), (steps) => {
      joined += run(pool, steps).joined;
    }),
    { numRuns: 200, seed: 1323 },
  );
  assert.ok(joined > 300, `${joined} entities added by joining their names' groups were checked`);
});

test("an update groups again only the components its document entities touch", () => {
  const engine = new IncrementalEntities();
  const pool = [...PEOPLE, ...BODIES];
  const a = makeArticle(1, pool, [0, 3, 11], null); // Mark Kell, Kell, NCA
  const b = makeArticle(2, pool, [4, 5], null); // Rita Okafor, Okafor
  const c = makeArticle(3, pool, [8], null); // Dale Brennan
  engine.add(a.document, a.extraction!);
  engine.add(b.document, b.extraction!);
  const before = engine.stats.regrouped;
  engine.add(c.document, c.extraction!);
  assert.equal(engine.stats.regrouped - before, 1, "Dale Brennan shares no key with the others: one entity grouped");
  const d = makeArticle(4, pool, [6], null); // Tom Okafor: meets Rita Okafor and Okafor by the last word
  engine.add(d.document, d.extraction!);
  assert.equal(engine.stats.regrouped - before, 1 + 3);
  assert.equal(engine.remove("doc-2"), true);
  assert.equal(engine.stats.regrouped - before, 1 + 3 + 1, "only Tom Okafor is left in that component");
  assert.equal(engine.stats.widened, 0);
});
