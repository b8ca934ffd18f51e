// The extraction build's identity: one sha256 over everything that decides what `extract` returns
// for a text, so that a store can say which stored extractions another build made (an older
// release, or this one before an upgrade) and `casefile rebuild --extract` can make them again.
//
// What is hashed, found from this module's own folder (the compiled extractor: dist/src/extract,
// or wherever the package is installed) and from the package's models/ folder:
// - the compiled code of the extractor and of the core it runs on (src/extract, src/core);
// - the lexicons (src/lexicon, JSON imported by the rules);
// - every file of models/ but its notes (*.md): a model added there later (a ranker, a typer)
//   joins the hash without a change here;
// - the version of each package the extractor imports (chrono-node reads the dates).
// Each file is hashed with its path relative to its folder, in a fixed order, so two processes of
// one build (or two copies of it in different folders) give the same id. Source maps and type
// declarations are left out: they decide nothing.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { projectPath } from "../core/paths.js";

/** The folders of compiled code and data the extractor runs on, relative to this module's folder's parent. */
const CODE_FOLDERS = ["extract", "core", "lexicon"];
/** Packages the extractor imports whose version decides an extraction. */
const PACKAGES = ["chrono-node"];

/** Where a build's hashed files are: the compiled source folder (holding extract/, core/, lexicon/) and models/. */
export interface BuildFolders {
  src: string;
  models: string;
}

/** The folders of the running build. */
export function runningBuildFolders(): BuildFolders {
  return { src: dirname(dirname(fileURLToPath(import.meta.url))), models: projectPath("models") };
}

const hashedCode = (name: string) => name.endsWith(".js") || name.endsWith(".json");
const hashedModel = (name: string) => !name.endsWith(".md");

/** Every file under `dir` that `keep` accepts, as paths relative to `dir` with "/" separators, sorted. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return out.sort();
}

/** The installed version of `name` as the build at `src` resolves it, or "none". */
function packageVersion(src: string, name: string): string {
  try {
    let dir = dirname(createRequire(join(src, "index.js")).resolve(name));
    for (;;) {
      const file = join(dir, "package.json");
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? "none";
      }
      const up = dirname(dir);
      if (up === dir) return "none";
      dir = up;
    }
  } catch {
    return "none";
  }
}

/** The build id of the extractor in `folders`: 16 hex digits of a sha256 (see the top of this file). */
export function buildIdOf(folders: BuildFolders): string {
  const hash = createHash("sha256");
  const add = (label: string, root: string, keep: (name: string) => boolean) => {
    for (const file of filesUnder(root, keep)) {
      hash.update(`${label}/${file}\0`);
      hash.update(readFileSync(join(root, file)));
      hash.update("\0");
    }
  };
  for (const folder of CODE_FOLDERS) add(folder, join(folders.src, folder), hashedCode);
  add("models", folders.models, hashedModel);
  for (const name of PACKAGES) hash.update(`package ${name}@${packageVersion(folders.src, name)}\0`);
  return hash.digest("hex").slice(0, 16);
}

let cached: string | null = null;

/**
 * The id of the running extractor's build, computed once per process (about 8 MB read and hashed:
 * tens of milliseconds, paid only by a command that stores or compares extractions).
 */
export function extractionBuild(): string {
  return (cached ??= buildIdOf(runningBuildFolders()));
}
