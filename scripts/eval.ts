// The quality figures the README quotes, by the command a user runs: each annotated split's
// articles are stripped of their answers (`strip-gold.mjs`), extracted by `casefile extract --out`
// as a user would extract them, and scored by the shared scorer (`score.mjs --json`); one line
// of figures per split, never a text or an article's detail (the check split is read for its
// numbers only). `--case` builds the khalife development case instead (its articles ingested
// twice into a fresh store, as a user adding the same folder again would) and scores its export
// with `case-score.mjs --bars`.
//
//   npm run eval                 dev + seed, devb/tune, the khalife case's articles, devb/check
//   npm run eval -- --case       the khalife case file
//   npm run eval -- --renamed 1  the tuned splits with their people renamed to names from other
//                                languages (seed 1; scripts/lib/rename.ts), beside the splits as
//                                they are; the check split is never renamed
//   npm run eval -- --reworded 1 the tuned splits with every "said"/"says" rewritten as another
//                                verb of saying (seed 1; scripts/lib/reword.ts), beside them
//
// The shared material is `$CASEFILE_SHARED` or `../shared` beside the project; without it the
// script says so and exits 0.
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/core/paths.js";
import { renameGoldDir } from "./lib/rename.js";
import { rewordGoldDir } from "./lib/reword.js";
import { runScore, stripGold, type ScoreReport } from "./lib/score.js";
import { mergeGoldDirs, sharedDir, tempDir } from "./lib/shared.js";

const CLI = join(projectRoot(), "dist", "src", "cli", "main.js");

function node(args: string[]): string {
  return execFileSync(process.execPath, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
}

/** One line of a split's figures. */
export function scoreLine(name: string, r: ScoreReport): string {
  const f = (x: number) => x.toFixed(3);
  const e = r.entities;
  return (
    `${name.padEnd(8)} who-said-what ${f(r.whoSaidWhat.f1)}  attribution ${f(r.attribution.accuracy)} ` +
    `(${r.attribution.right}/${r.attribution.of})  quotes ${f(r.quotes.f1)}  indirect ${f(r.indirect.f1)}  |  ` +
    `entities ${f(e.all.f1)} (person ${f(e.person.f1)}, organization ${f(e.organization.f1)}, ` +
    `location ${f(e.location.f1)})  |  events ${f(r.events.f1)} (P ${f(r.events.p)}, R ${f(r.events.r)})`
  );
}

/** A rewritten copy of each tuned split, scored beside it: `--renamed SEED` or `--reworded SEED`. */
interface Variant {
  mark: string;
  write: (from: string, into: string, seed: number) => void;
  seed: number;
}

const VARIANTS: Record<string, (seed: number) => Variant> = {
  "--renamed": (seed) => ({ mark: "~", write: renameGoldDir, seed }),
  "--reworded": (seed) => ({ mark: "^", write: rewordGoldDir, seed }),
};

function splits(shared: string, work: string, variant: Variant | null): void {
  const evalDir = join(shared, "eval");
  // dev and the seed article are one split, as the README reports them.
  const devSeed = join(work, "dev-seed-gold");
  mergeGoldDirs([join(shared, "data", "dev"), join(shared, "data", "seed")], devSeed);
  // The khalife case's 15 articles carry per-article answers too (tuned on, like dev and tune).
  const khalifeArticles = join(work, "khalife-gold");
  mergeGoldDirs([join(shared, "data", "cases", "khalife")], khalifeArticles);
  const all: [string, string][] = [
    ["dev+seed", devSeed],
    ["tune", join(shared, "data", "devb", "tune")],
    ["khalife", khalifeArticles],
    ["check", join(shared, "data", "devb", "check")],
  ];
  // Each tuned split as it is, then its rewritten copy; never the check split.
  const runs =
    variant === null
      ? all
      : all
          .filter(([name]) => name !== "check")
          .flatMap(([name, gold]): [string, string][] => {
            const copy = join(work, `${name}-variant-gold`);
            variant.write(gold, copy, variant.seed);
            return [
              [name, gold],
              [`${name}${variant.mark}`, copy],
            ];
          });
  for (const [name, gold] of runs) {
    const input = join(work, `${name}-in`);
    const pred = join(work, `${name}-pred`);
    stripGold(evalDir, gold, input);
    const files = readdirSync(input)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => join(input, f));
    node([CLI, "extract", "--out", pred, ...files]);
    console.log(scoreLine(name, runScore(evalDir, gold, pred)));
  }
}

function khalife(shared: string, work: string): void {
  const gold = join(shared, "data", "cases", "khalife");
  const input = join(work, "khalife-in");
  stripGold(join(shared, "eval"), gold, input);
  rmSync(join(input, "case.json"), { force: true });
  const store = join(work, "khalife.db");
  for (let i = 0; i < 2; i++) node([CLI, "ingest", input, "--store", store]);
  const exported = join(work, "khalife.json");
  node([CLI, "export", "--store", store, "--format", "json", "--out", exported]);
  try {
    process.stdout.write(node([join(shared, "eval", "case-score.mjs"), join(gold, "case.json"), exported, "--bars"]));
  } catch (e) {
    // --bars exits 1 when a figure misses its bar; the figures are still what it printed.
    process.stdout.write(String((e as { stdout?: string }).stdout ?? ""));
    process.exitCode = 1;
  }
}

function main(): void {
  const shared = sharedDir();
  if (!shared) {
    console.log("eval: skipped, no shared evaluation data (set CASEFILE_SHARED or put it at ../shared)");
    return;
  }
  const work = tempDir("eval");
  try {
    if (process.argv.includes("--case")) khalife(shared, work.path);
    else {
      const flag = Object.keys(VARIANTS).find((f) => process.argv.includes(f));
      const seed = flag ? Number(process.argv[process.argv.indexOf(flag) + 1] ?? "1") : null;
      if (flag && !Number.isInteger(seed)) throw new Error(`${flag} takes an integer seed`);
      splits(shared, work.path, flag ? VARIANTS[flag](seed!) : null);
    }
  } finally {
    work.cleanup();
  }
}

main();
