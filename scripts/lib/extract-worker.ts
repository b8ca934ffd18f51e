// One extractor over one folder of stripped inputs, in a process of its own so that its peak
// memory and timings are its own:
//   node extract-worker.js --system ours|baseline --in DIR --out DIR
// Writes DIR/<id>.json predictions and prints one JSON line of measurements on stdout.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDoc } from "../../src/core/doc.js";
import { peakRssMb, timeRounds, type Timing } from "./measure.js";

export interface WorkerReport {
  system: string;
  documents: number;
  tokens: number;
  chars: number;
  /** One pass over every input, best of several rounds. */
  full: Timing;
  /** Quotes and speakers alone (given the Doc and the entities), when the stages can be called apart. */
  quotesOnly: Timing | null;
  /** The stages quotes depend on (buildDoc + entities) and quotes together. */
  docEntitiesQuotes: Timing | null;
  stageNote: string | null;
  peakRssMb: number;
}

interface Input {
  id: string;
  text: string;
  published: string | null;
  source: string | null;
}

type Stage = (...args: unknown[]) => unknown;

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (!v) throw new Error(`extract-worker: missing ${name}`);
  return v;
}

/** The entity and quote stages of the pipeline, typed loosely so a signature change elsewhere cannot break this build. */
async function loadStages(): Promise<{ entities: Stage; quotes: Stage } | null> {
  try {
    const e = (await import("../../src/extract/entities/index.js")) as unknown as Record<string, unknown>;
    const q = (await import("../../src/extract/quotes/index.js")) as unknown as Record<string, unknown>;
    if (typeof e.extractEntities !== "function" || typeof q.extractQuotes !== "function") return null;
    return { entities: e.extractEntities as Stage, quotes: q.extractQuotes as Stage };
  } catch {
    return null;
  }
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

  let quotesOnly: Timing | null = null;
  let docEntitiesQuotes: Timing | null = null;
  let stageNote: string | null = null;
  if (system === "ours") {
    const stages = await loadStages();
    if (!stages) stageNote = "the entity and quote stages could not be called apart";
    else {
      try {
        const prepared = inputs.map((d) => {
          const doc = buildDoc(d.text);
          return { doc, entities: stages.entities(doc) };
        });
        quotesOnly = timeRounds(() => {
          for (const p of prepared) stages.quotes(p.doc, p.entities);
        });
        docEntitiesQuotes = timeRounds(() => {
          for (const d of inputs) {
            const doc = buildDoc(d.text);
            stages.quotes(doc, stages.entities(doc));
          }
        });
      } catch (e) {
        stageNote = `calling the stages apart failed: ${(e as Error).message}`;
      }
    }
  }

  const report: WorkerReport = {
    system,
    documents: inputs.length,
    tokens,
    chars,
    full,
    quotesOnly,
    docEntitiesQuotes,
    stageNote,
    peakRssMb: peakRssMb(),
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
