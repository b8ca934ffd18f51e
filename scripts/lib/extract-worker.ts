// One extractor over one folder of stripped inputs, in a process of its own so that its peak
// memory and timings are its own:
//   node extract-worker.js --system ours|baseline --in DIR --out DIR
// Writes DIR/<id>.json predictions and prints one JSON line of measurements on stdout.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildDoc } from "../../src/core/doc.js";
import { peakRssMb, timeRounds, type Timing } from "./measure.js";
import { isMain } from "./main.js";

/** Time spent in one pipeline stage over every input: the best of several rounds. */
export interface StageTiming {
  stage: string;
  /** Best pass. */
  wallMs: number;
  cpuMs: number;
  /** Median pass, CPU. */
  medianCpuMs: number;
}

export interface WorkerReport {
  system: string;
  documents: number;
  tokens: number;
  chars: number;
  /** One pass over every input, best of several rounds. */
  full: Timing;
  /** Casefile's pipeline stage by stage (buildDoc, entities, times, quotes, events), when they can be called apart. */
  stages: StageTiming[] | null;
  stageNote: string | null;
  peakRssMb: number;
}

interface Input {
  id: string;
  text: string;
  published: string | null;
  source: string | null;
}

export type StageFn = (...args: unknown[]) => unknown;

export const STAGE_NAMES = ["buildDoc", "entities", "times", "quotes", "events"] as const;

/** One run of the pipeline stage by stage over one text; CPU ms of each stage, in STAGE_NAMES order. */
export function stagedCpu(s: Record<string, StageFn>, text: string, published: string | null): number[] {
  const cpu: number[] = [];
  const timed = <T>(f: () => T): T => {
    const c0 = process.cpuUsage();
    const r = f();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    return r;
  };
  const doc = timed(() => buildDoc(text));
  const entities = timed(() => s.extractEntities(doc));
  const times = timed(() => s.extractTimes(doc, { published }));
  const quotes = timed(() => s.extractQuotes(doc, entities));
  timed(() => s.extractEvents({ doc, entities, times, quotes, published }));
  return cpu;
}

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) throw new Error(`extract-worker: missing ${name}`);
  return v;
}

/**
 * The stages of src/extract/index.ts, typed loosely so that a signature change elsewhere cannot
 * break this build; a stage that no longer takes these arguments throws and the breakdown is
 * reported as unavailable.
 */
export async function loadStages(): Promise<Record<string, StageFn> | null> {
  const wanted: [string, string][] = [
    ["../../src/extract/entities/index.js", "extractEntities"],
    ["../../src/extract/time/index.js", "extractTimes"],
    ["../../src/extract/quotes/index.js", "extractQuotes"],
    ["../../src/extract/events/index.js", "extractEvents"],
  ];
  const out: Record<string, StageFn> = {};
  for (const [path, name] of wanted) {
    const mod = (await import(path)) as Record<string, unknown>;
    if (typeof mod[name] !== "function") return null;
    out[name] = mod[name] as StageFn;
  }
  // The entity layer takes the shipped tagger from its caller (src/extract/default-model.ts).
  const model = (await import("../../src/extract/default-model.js").catch(() => null)) as {
    getTagger?: () => unknown;
  } | null;
  if (model?.getTagger) {
    const layer = out.extractEntities;
    const tagger = model.getTagger();
    out.extractEntities = (doc: unknown) => layer(doc, { tagger });
  }
  return out;
}

/**
 * CPU and wall time of each stage over all inputs: `warmup` passes first, then the best and the
 * median of `rounds` passes. The inputs are small (dev + seed, about 10k tokens), so one pass takes
 * tens of milliseconds and the compiler is still optimising after a few: the quote stage's pass
 * settles after about 20 (CPU ms per pass on this machine, from one run: 188, 84, 135, 76, 48, …,
 * 18, 30, 34, 62, 18, 23, …, 14, 12, 17), and a stage's throughput is the one a long ingest runs at.
 */
export const STAGE_PASSES = { warmup: 15, rounds: 20 };

function stageBreakdown(inputs: Input[], s: Record<string, StageFn>, { warmup, rounds } = STAGE_PASSES): StageTiming[] {
  const names = ["buildDoc", "entities", "times", "quotes", "events"];
  const walls: number[][] = names.map(() => []);
  const cpus: number[][] = names.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    const wall = names.map(() => 0);
    const cpu = names.map(() => 0);
    const timed = <T>(i: number, f: () => T): T => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = f();
      wall[i] += performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpu[i] += (c.user + c.system) / 1000;
      return r;
    };
    for (const d of inputs) {
      const published = d.published;
      const doc = timed(0, () => buildDoc(d.text));
      const entities = timed(1, () => s.extractEntities(doc));
      const times = timed(2, () => s.extractTimes(doc, { published }));
      const quotes = timed(3, () => s.extractQuotes(doc, entities));
      timed(4, () => s.extractEvents({ doc, entities, times, quotes, published }));
    }
    if (round < warmup) continue;
    names.forEach((_, i) => {
      walls[i].push(wall[i]);
      cpus[i].push(cpu[i]);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return names.map((stage, i) => ({
    stage,
    wallMs: Math.min(...walls[i]),
    cpuMs: Math.min(...cpus[i]),
    medianCpuMs: median(cpus[i]),
  }));
}

async function main(): Promise<void> {
  const system = arg("--system");
  const inDir = arg("--in");
  const outDir = arg("--out");
  mkdirSync(outDir, { recursive: true });
  const inputs: Input[] = readdirSync(inDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const o = JSON.parse(readFileSync(join(inDir, f), "utf8")) as Partial<Input>;
      return {
        id: o.id ?? f.slice(0, -5),
        text: o.text ?? "",
        published: o.published ?? null,
        source: o.source ?? null,
      };
    });
  const tokens = inputs.reduce((n, d) => n + buildDoc(d.text).tokens.count, 0);
  const chars = inputs.reduce((n, d) => n + d.text.length, 0);

  // Each system is loaded only in its own process, so neither one's models count against the other's memory.
  let runOne: (d: Input) => unknown;
  if (system === "ours") {
    const { extract } = await import("../../src/extract/index.js");
    runOne = (d) => extract(d.text, { id: d.id, published: d.published, source: d.source });
  } else if (system === "baseline") {
    const { baselineExtract } = await import("../baseline/compromise.js");
    runOne = (d) => ({ id: d.id, ...baselineExtract(d.text) });
  } else throw new Error(`extract-worker: unknown --system ${system}`);

  for (const d of inputs) writeFileSync(join(outDir, `${d.id}.json`), JSON.stringify(runOne(d)) + "\n");
  const full = timeRounds(() => {
    for (const d of inputs) runOne(d);
  });

  let stages: StageTiming[] | null = null;
  let stageNote: string | null = null;
  if (system === "ours") {
    try {
      const fns = await loadStages();
      if (!fns) stageNote = "the pipeline stages could not be called apart";
      else stages = stageBreakdown(inputs, fns);
    } catch (e) {
      stageNote = `calling the stages apart failed: ${(e as Error).message}`;
    }
  }

  const report: WorkerReport = {
    system,
    documents: inputs.length,
    tokens,
    chars,
    full,
    stages,
    stageNote,
    peakRssMb: peakRssMb(),
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}

if (isMain(import.meta.url)) await main();
