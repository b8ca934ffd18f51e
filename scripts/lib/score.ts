// Runs the shared scorer and gold stripper (shared/eval) as child processes, exactly as a user
// would, so the benchmark's figures are the scorer's own.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export interface PRF {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

export interface ScoreReport {
  documents: number;
  entities: Record<string, PRF>;
  quotes: PRF;
  attribution: { right: number; of: number; accuracy: number };
  whoSaidWhat: PRF;
  indirect: PRF;
  events: PRF;
}

/** `node strip-gold.mjs GOLD OUT`: the inputs a system is given, without the answers. */
export function stripGold(evalDir: string, goldDir: string, outDir: string): void {
  execFileSync(process.execPath, [join(evalDir, "strip-gold.mjs"), goldDir, outDir], { stdio: "pipe" });
}

/** `node score.mjs --gold GOLD --pred PRED --json`, parsed. */
export function runScore(evalDir: string, goldDir: string, predDir: string): ScoreReport {
  const out = execFileSync(
    process.execPath,
    [join(evalDir, "score.mjs"), "--gold", goldDir, "--pred", predDir, "--json"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as ScoreReport;
}
