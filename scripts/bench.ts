// `npm run bench`: prints Casefile's quality and speed figures. Each section is a module
// scripts/bench/<name>.ts exporting `run(): Promise<void>`; they run in a fixed order, and a
// section that is not written yet or fails is reported and skipped so the others still print.
//   node dist/scripts/bench.js [--only quotes,ner]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { projectRoot } from "../src/core/paths.js";
import { isMain } from "./lib/main.js";

export const SECTIONS = [
  "quotes",
  "entities",
  "ner",
  "timeline",
  "statements",
  "ingest",
  "api",
  "formats",
  "scale",
  "workers",
] as const;

interface Section {
  run: () => Promise<void>;
}

export function parseOnly(argv: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--only") names.push(...(argv[++i] ?? "").split(","));
    else if (a.startsWith("--only=")) names.push(...a.slice(7).split(","));
    // The workers section's corpus size (scripts/bench/workers.ts reads it from the environment).
    else if (a === "--articles") process.env.CASEFILE_BENCH_ARTICLES = argv[++i] ?? "";
    else if (a === "--workers") process.env.CASEFILE_BENCH_WORKERS = argv[++i] ?? "";
    else if (a === "--help" || a === "-h") {
      console.log(
        `usage: node dist/scripts/bench.js [--only SECTION[,SECTION]] [--articles N] [--workers 1,2,4] (workers)\nsections: ${SECTIONS.join(", ")}`,
      );
      process.exit(0);
    } else throw new Error(`unknown argument "${a}"; use --only SECTION[,SECTION]`);
  }
  const picked = names.map((n) => n.trim()).filter(Boolean);
  for (const n of picked)
    if (!(SECTIONS as readonly string[]).includes(n))
      throw new Error(`unknown section "${n}"; the sections are ${SECTIONS.join(", ")}`);
  return picked.length ? picked : [...SECTIONS];
}

function commit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot(), encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  let wanted: string[];
  try {
    wanted = parseOnly(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Casefile benchmark — commit ${commit()}, Node ${process.version}, ${cpu} (${cpus().length} cores)`);
  console.log(`${new Date().toISOString()}\n`);
  const outcome: [string, string][] = [];
  for (const name of wanted) {
    const url = new URL(`./bench/${name}.js`, import.meta.url);
    console.log(`=== ${name} ${"=".repeat(Math.max(0, 90 - name.length))}`);
    if (!existsSync(fileURLToPath(url))) {
      console.log(`(section "${name}" is not written yet: scripts/bench/${name}.ts; skipped)\n`);
      outcome.push([name, "missing"]);
      continue;
    }
    const t0 = performance.now();
    try {
      const section = (await import(url.href)) as Partial<Section>;
      if (typeof section.run !== "function") throw new Error(`scripts/bench/${name}.ts exports no run()`);
      await section.run();
      outcome.push([name, `ok (${((performance.now() - t0) / 1000).toFixed(1)} s)`]);
    } catch (e) {
      const err = e as Error;
      console.log(`(section "${name}" failed and was skipped: ${err.stack ?? err.message})`);
      outcome.push([name, "FAILED"]);
    }
    console.log("");
  }
  console.log(`sections: ${outcome.map(([n, s]) => `${n} ${s}`).join(", ")}`);
  if (outcome.some(([, s]) => s === "FAILED")) process.exitCode = 1;
}

if (isMain(import.meta.url)) await main();
