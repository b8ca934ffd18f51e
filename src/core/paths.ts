// Locates files shipped with the package (models, the web UI, the bundled example) from any
// build output folder, so the same code runs from dist/, from a helper's build folder or from
// an installed package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | null = null;

/** The folder holding Casefile's own package.json. */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "casefile") return (cached = dir);
      } catch {
        // not ours: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("casefile: cannot find the package folder (package.json named casefile)");
    dir = up;
  }
}

export function projectPath(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
