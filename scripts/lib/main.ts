// Whether a module is the script Node was started with (not imported), even through a symlink.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function isMain(importMetaUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(importMetaUrl));
  } catch {
    return false;
  }
}
