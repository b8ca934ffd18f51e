// Where the shared evaluation material lives (gold sets, scorer, PolNeAR). The benchmark reads it
// and never writes there; when it is absent every section that needs it says so and skips.
import { existsSync, mkdtempSync, rmSync, readdirSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { projectRoot } from "../../src/core/paths.js";

/** `$CASEFILE_SHARED` when set, else `../shared` beside the project; null when it does not exist. */
export function sharedDir(): string | null {
  const d = process.env.CASEFILE_SHARED || join(projectRoot(), "..", "shared");
  return existsSync(join(d, "eval", "score.mjs")) ? resolve(d) : null;
}

export function sharedPath(...parts: string[]): string | null {
  const d = sharedDir();
  if (!d) return null;
  const p = join(d, ...parts);
  return existsSync(p) ? p : null;
}

/** A fresh temporary folder; `cleanup()` removes it. */
export function tempDir(prefix: string): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), `casefile-${prefix}-`));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Copies the gold `.json` files of several folders into one, so a single scorer run covers them all. */
export function mergeGoldDirs(dirs: string[], into: string): string[] {
  mkdirSync(into, { recursive: true });
  const ids: string[] = [];
  for (const dir of dirs)
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith(".json") && x !== "case.json")
      .sort()) {
      copyFileSync(join(dir, f), join(into, f));
      ids.push(f.slice(0, -5));
    }
  return ids;
}
