// `casefile extract FILE... [--published YYYY-MM-DD] [--out DIR]`: the extraction contract of
// shared/eval/README.md. One bad input gets one error line and a non-zero exit; the others are
// still extracted and written.
import { mkdirSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { extract } from "../extract/index.js";
import { InputError, isIsoDate, readInput } from "../ingest/input.js";

interface ExtractFlags {
  published?: string;
  out?: string;
  format: string;
  pretty?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities, quotes and events from articles (.txt, .html, .json) as JSON")
    .argument("<files...>", "input files")
    .option("--published <date>", "publication date YYYY-MM-DD, the anchor for relative dates")
    .option("--out <dir>", "write DIR/<name>.json for each input instead of printing")
    .option("--format <format>", "output format (json)", "json")
    .option("--pretty", "indent the JSON")
    .action((files: string[], flags: ExtractFlags) => {
      process.exitCode = runExtract(files, flags);
    });
}

export function runExtract(files: string[], flags: ExtractFlags): number {
  if (flags.format !== "json") {
    console.error(`casefile extract: --format ${flags.format} is not supported; use --format json`);
    return 2;
  }
  if (flags.published !== undefined && !isIsoDate(flags.published)) {
    console.error(`casefile extract: --published "${flags.published}" is not a date; write it as YYYY-MM-DD`);
    return 2;
  }
  if (flags.out) {
    // Two inputs with one base name (a/x.txt, b/x.html) would both become OUT/x.json: the second
    // would silently replace the first, so nothing is written and both are named.
    const byTarget = new Map<string, string>();
    for (const file of files) {
      const name = `${basenameNoExt(file)}.json`;
      const first = byTarget.get(name);
      if (first !== undefined && first !== file) {
        console.error(
          `casefile extract: ${first} and ${file} would both be written to ${join(flags.out, name)}; ` +
            "rename one, or extract them with separate --out folders",
        );
        return 2;
      }
      byTarget.set(name, file);
    }
    try {
      mkdirSync(flags.out, { recursive: true });
    } catch (e) {
      console.error(`casefile extract: cannot create output folder ${flags.out} (${(e as Error).message})`);
      return 2;
    }
  }
  let failed = 0;
  for (const file of files) {
    try {
      const input = readInput(file);
      const result = extract(input.text, {
        id: input.id,
        source: input.source,
        published: flags.published ?? input.published,
      });
      // Several inputs without --out print one JSON document a line.
      const indent = flags.pretty && files.length === 1 ? 2 : undefined;
      const json = JSON.stringify(result, null, indent) + "\n";
      if (flags.out) {
        const target = join(flags.out, `${basenameNoExt(file)}.json`);
        const tmp = `${target}.tmp-${process.pid}`;
        writeFileSync(tmp, json);
        renameSync(tmp, target); // never leave a half-written output behind
      } else {
        process.stdout.write(json);
      }
    } catch (e) {
      failed++;
      if (e instanceof InputError) console.error(`casefile extract: ${e.message}`);
      else console.error(`casefile extract: ${file}: extraction failed (${(e as Error).message})`);
    }
  }
  return failed ? 1 : 0;
}

function basenameNoExt(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
