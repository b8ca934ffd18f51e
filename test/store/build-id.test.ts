// The extraction build's id (src/extract/build-id.ts): the same in every process of one build and
// in a copy of it elsewhere, and another one when a file that decides an extraction changes: a
// lexicon, the compiled code, or a model file added to models/ (not a fixed list). A change to the
// models' notes or a source map decides nothing and leaves it. The changes are made in a copy.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { projectPath } from "../../src/core/paths.js";
import { buildIdOf, extractionBuild, runningBuildFolders } from "../../src/extract/build-id.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** The build id as a new process of the build whose build-id module is `module` computes it. */
function idInProcess(module: string): string {
  const script = `const m = await import(${JSON.stringify(new URL(`file://${module}`).href)}); console.log(m.extractionBuild());`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).trim();
}

test("the build id is the same in two processes of one build, and cached in one", () => {
  const id = extractionBuild();
  assert.match(id, /^[0-9a-f]{16}$/);
  assert.equal(extractionBuild(), id);
  const module = join(SRC, "extract", "build-id.js");
  assert.equal(idInProcess(module), id);
  assert.equal(idInProcess(module), id);
  assert.equal(buildIdOf(runningBuildFolders()), id);
});

test("a copy of the build has its id; a changed lexicon, compiled file or new model file changes it", () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-build-"));
  try {
    // The parts of a package the id reads: its package.json (found from the module), its compiled
    // extractor, core and lexicons, its models and the packages it resolves.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "casefile" }));
    for (const part of ["extract", "core", "lexicon"])
      cpSync(join(SRC, part), join(dir, "dist", "src", part), { recursive: true });
    cpSync(projectPath("models"), join(dir, "models"), { recursive: true });
    symlinkSync(projectPath("node_modules"), join(dir, "node_modules"), "dir");
    const folders = { src: join(dir, "dist", "src"), models: join(dir, "models") };
    const id = extractionBuild();
    assert.equal(idInProcess(join(dir, "dist", "src", "extract", "build-id.js")), id, "the copy's own process");
    assert.equal(buildIdOf(folders), id);

    appendFileSync(join(dir, "models", "README.md"), "\nA note.\n");
    writeFileSync(join(dir, "dist", "src", "core", "doc.js.map"), "{}");
    assert.equal(buildIdOf(folders), id, "notes and source maps decide nothing");

    const changes: [string, () => void][] = [
      ["a lexicon", () => appendFileSync(join(dir, "dist", "src", "lexicon", "calendar.json"), " ")],
      ["the compiled extractor", () => appendFileSync(join(dir, "dist", "src", "extract", "pipeline.js"), "\n")],
      ["a new model file", () => writeFileSync(join(dir, "models", "speaker-ranker.json"), "{}")],
      ["a model file", () => appendFileSync(join(dir, "models", "ner.bin"), "\0")],
    ];
    const seen = new Set([id]);
    for (const [what, change] of changes) {
      change();
      const next = buildIdOf(folders);
      assert.ok(!seen.has(next), `${what} changed gives a new id`);
      seen.add(next);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
