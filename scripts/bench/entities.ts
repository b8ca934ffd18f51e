// Bench section "entities": the entity layer (news layer, resolution, attributes) on
// ../shared/data/dev + seed, scored by shared/eval/score.mjs per type, beside compromise's
// people/organisations/places measured in the same run; ages and roles of gold people found;
// and the layer's speed in tokens per second (documents already split into tokens).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc, type Doc } from "../../src/core/doc.js";
import type { Entity } from "../../src/core/schema.js";
import { getTagger } from "../../src/extract/default-model.js";
import { entityLayer } from "../../src/extract/entities/index.js";
import { parseConll } from "../ner/conll.js";
import { layerSpanScores } from "../ner/layer-spans.js";
import { baselineExtract } from "../baseline/compromise.js";
import { human, perSecond, timeRounds } from "../lib/measure.js";
import { runScore, stripGold, type ScoreReport } from "../lib/score.js";
import { mergeGoldDirs, sharedPath, tempDir } from "../lib/shared.js";
import { pct, table } from "../lib/table.js";

interface Input {
  id: string;
  text: string;
}

interface GoldEntity {
  type: string;
  name: string;
  mentions: string[];
  attributes?: { age?: number; roles?: string[] };
}

const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();

function readInputs(dir: string): Input[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const j = JSON.parse(readFileSync(join(dir, f), "utf8")) as { id?: string; text: string };
      return { id: f.slice(0, -5), text: j.text };
    });
}

function writePredictions(outDir: string, inputs: Input[], entitiesOf: (d: Input) => object[]): void {
  mkdirSync(outDir, { recursive: true });
  for (const d of inputs) writeFileSync(join(outDir, `${d.id}.json`), JSON.stringify({ entities: entitiesOf(d) }));
}

/** Gold people's ages and roles that our entity of the same person states (roles compared folded). */
function attributeRecall(goldDir: string, inputs: Input[], ours: Map<string, Entity[]>) {
  const tally = { ages: 0, agesFound: 0, roles: 0, rolesFound: 0, seedAges: 0, seedAgesFound: 0, seedRoles: 0 };
  let seedRolesFound = 0;
  for (const d of inputs) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${d.id}.json`), "utf8")) as { entities: GoldEntity[] };
    const pred = ours.get(d.id) ?? [];
    const seed = d.id.startsWith("seed");
    for (const g of gold.entities) {
      if (g.type !== "person") continue;
      const names = new Set([g.name, ...g.mentions].map(fold));
      const p = pred.find(
        (e) => e.type === "person" && [e.name, ...e.mentions.map((m) => m.text)].some((n) => names.has(fold(n))),
      );
      if (g.attributes?.age !== undefined) {
        tally.ages++;
        if (seed) tally.seedAges++;
        if (p?.attributes.age === g.attributes.age) {
          tally.agesFound++;
          if (seed) tally.seedAgesFound++;
        }
      }
      for (const r of g.attributes?.roles ?? []) {
        tally.roles++;
        if (seed) tally.seedRoles++;
        const hit = p?.attributes.roles.some((x) => fold(x.text) === fold(r));
        if (hit) {
          tally.rolesFound++;
          if (seed) seedRolesFound++;
        }
      }
    }
  }
  return { ...tally, seedRolesFound };
}

interface LoadCost {
  loadMs: number;
  loadCpuMs: number;
  rssMb: number;
  heapMb: number;
}

/**
 * The layer's load cost before this session's lexicon changes: scripts/bench/entity-load.ts run on
 * main at 8bba0cc, the run of median CPU time of five alternated with the new code on one machine.
 */
const LOAD_BEFORE: LoadCost & { commit: string } = {
  commit: "8bba0cc",
  loadMs: 684,
  loadCpuMs: 239,
  rssMb: 70.1,
  heapMb: 13.2,
};

/** The median of `rounds` fresh processes of scripts/bench/entity-load.ts (by CPU time of the load). */
function loadCost(rounds = 5): LoadCost {
  const script = join(dirname(fileURLToPath(import.meta.url)), "entity-load.js");
  const runs: LoadCost[] = [];
  for (let i = 0; i < rounds; i++)
    runs.push(JSON.parse(execFileSync(process.execPath, ["--expose-gc", script], { encoding: "utf8" })) as LoadCost);
  runs.sort((a, b) => a.loadCpuMs - b.loadCpuMs);
  return runs[rounds >> 1];
}

function printLoadCost(): void {
  const now = loadCost();
  const row = (label: string, c: LoadCost) => [
    label,
    c.loadMs.toFixed(0),
    c.loadCpuMs.toFixed(0),
    c.rssMb.toFixed(1),
    c.heapMb.toFixed(1),
  ];
  console.log("");
  console.log(
    table(
      ["entity layer load (own process, median of 5)", "wall ms", "CPU ms", "RSS MB over bare Node", "heap MB"],
      [row("now", now), row(`before (${LOAD_BEFORE.commit})`, LOAD_BEFORE)],
    ),
  );
}

export async function run(): Promise<void> {
  printLoadCost();
  const evalDir = sharedPath("eval");
  const dev = sharedPath("data", "dev");
  const seed = sharedPath("data", "seed");
  if (!evalDir || !dev || !seed) {
    console.log("(../shared/eval or ../shared/data/{dev,seed} is absent: entity benchmark skipped)");
    return;
  }
  const tmp = tempDir("entities");
  try {
    const inDir = join(tmp.path, "in");
    const goldDir = join(tmp.path, "gold");
    stripGold(evalDir, dev, inDir);
    stripGold(evalDir, seed, inDir);
    mergeGoldDirs([dev, seed], goldDir);
    const inputs = readInputs(inDir);

    const ours = new Map<string, Entity[]>();
    writePredictions(join(tmp.path, "ours"), inputs, (d) => {
      const es = entityLayer(buildDoc(d.text), { tagger: getTagger() });
      ours.set(d.id, es);
      return es;
    });
    writePredictions(join(tmp.path, "rules"), inputs, (d) => entityLayer(buildDoc(d.text), { tagger: false }));
    writePredictions(join(tmp.path, "compromise"), inputs, (d) => baselineExtract(d.text).entities);
    const reports: ScoreReport[] = [
      runScore(evalDir, goldDir, join(tmp.path, "ours")),
      runScore(evalDir, goldDir, join(tmp.path, "rules")),
      runScore(evalDir, goldDir, join(tmp.path, "compromise")),
    ];

    console.log(`Entities on ../shared/data/dev + seed (${inputs.length} documents), scored by shared/eval/score.mjs`);
    const rows: string[][] = [];
    for (const type of ["all", "person", "organization", "location"]) {
      for (const [k, label] of [
        ["p", "P"],
        ["r", "R"],
        ["f1", "F1"],
      ] as const)
        rows.push([`${type} ${label}`, ...reports.map((r) => pct(r.entities[type]?.[k]))]);
      rows.push([
        "  (hit/predicted/gold)",
        ...reports.map((r) => {
          const m = r.entities[type];
          return m ? `${m.tp}/${m.pred}/${m.gold}` : "—";
        }),
      ]);
    }
    console.log(table(["", "Casefile", "rules only (no tagger)", "compromise"], rows));

    const a = attributeRecall(goldDir, inputs, ours);
    console.log("");
    console.log(
      table(
        ["attributes of gold people", "found", "of", "%"],
        [
          ["ages (exact value)", a.agesFound, a.ages, pct(a.agesFound / a.ages)],
          ["roles (same text, folded)", a.rolesFound, a.roles, pct(a.rolesFound / a.roles)],
          ["seed ages", a.seedAgesFound, a.seedAges, pct(a.seedAgesFound / a.seedAges)],
          ["seed roles", a.seedRolesFound, a.seedRoles, pct(a.seedRolesFound / a.seedRoles)],
        ],
      ),
    );

    const wikigold = sharedPath("data", "ner", "wikigold", "wikigold.conll.txt");
    if (wikigold) {
      const docs = parseConll(readFileSync(wikigold, "utf8"));
      const withTagger = layerSpanScores(docs, getTagger());
      const rulesOnly = layerSpanScores(docs, false);
      console.log("");
      console.log(`Out of domain: wikigold (${docs.length} Wikipedia documents), exact PER/ORG/LOC spans, F1`);
      console.log(
        table(
          ["", "Casefile", "rules only (no tagger)"],
          (["all", "PER", "ORG", "LOC"] as const).map((k) => [k, pct(withTagger[k]), pct(rulesOnly[k])]),
        ),
      );
    } else console.log("(../shared/data/ner/wikigold is absent: out-of-domain check skipped)");

    // Speed: the entity layer alone over documents already built, and compromise's entity lookups.
    const docs: Doc[] = inputs.map((d) => buildDoc(d.text));
    const tokens = docs.reduce((n, d) => n + d.tokens.count, 0);
    entityLayer(docs[0], { tagger: getTagger() }); // loads the tagger's model outside the timed rounds
    const oursTime = timeRounds(() => {
      for (const d of docs) entityLayer(d, { tagger: getTagger() });
    });
    const rulesTime = timeRounds(() => {
      for (const d of docs) entityLayer(d, { tagger: false });
    });
    const theirsTime = timeRounds(
      () => {
        for (const d of inputs) baselineExtract(d.text);
      },
      { minRounds: 2, maxRounds: 5 },
    );
    console.log("");
    console.log(
      table(
        ["speed, one core (Doc already built)", "tokens", "best ms", "tokens/s (wall)", "tokens/s (CPU)"],
        [
          [
            "Casefile entity layer (with tagger)",
            tokens,
            oursTime.bestMs.toFixed(1),
            human(perSecond(tokens, oursTime.bestMs)),
            human(perSecond(tokens, oursTime.cpuMs)),
          ],
          [
            "  rules only (no tagger)",
            tokens,
            rulesTime.bestMs.toFixed(1),
            human(perSecond(tokens, rulesTime.bestMs)),
            human(perSecond(tokens, rulesTime.cpuMs)),
          ],
          [
            "compromise (whole baseline)",
            tokens,
            theirsTime.bestMs.toFixed(1),
            human(perSecond(tokens, theirsTime.bestMs)),
            human(perSecond(tokens, theirsTime.cpuMs)),
          ],
        ],
      ),
    );
  } finally {
    tmp.cleanup();
  }
}
