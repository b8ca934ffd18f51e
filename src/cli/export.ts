// `casefile export --format json|ftm|stix|csv|graphml [--out PATH]`: the case file in a format
// other tools read (see src/export/). Standard output by default; with --out, a file — or for
// CSV a folder of four tables (entities.csv, quotes.csv, timeline.csv, contradictions.csv), unless
// the path ends in .csv: then one file holding the four tables one after another.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { EXPORT_FORMATS, exportCase, isExportFormat } from "../export/index.js";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";

interface ExportFlags extends CaseFlags {
  format: string;
  out?: string;
}

function writeAtomically(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function registerExport(program: Command): void {
  caseOptions(
    program
      .command("export")
      .description("export the case file as JSON, FollowTheMoney, STIX 2.1, CSV or GraphML")
      .requiredOption("--format <format>", `one of ${EXPORT_FORMATS.join(", ")}`)
      .option(
        "--out <path>",
        "write to this file instead of standard output (for csv: a folder of four tables, or one file if PATH ends in .csv)",
      ),
    false,
  ).action(async (flags: ExportFlags) => {
    process.exitCode = await runOnCase("export", flags, async (ctx) => {
      const format = flags.format.toLowerCase();
      if (!isExportFormat(format))
        throw new UserError(`--format ${flags.format} is not supported; use one of ${EXPORT_FORMATS.join(", ")}`);
      const folder = format === "csv" && !!flags.out && !/\.csv$/i.test(flags.out);
      const files = exportCase(await ctx.caseFile(), format, { split: folder });
      if (!flags.out) {
        process.stdout.write(files[0].content);
        return 0;
      }
      try {
        if (folder) {
          mkdirSync(flags.out, { recursive: true });
          for (const f of files) writeAtomically(join(flags.out, f.name), f.content);
        } else writeAtomically(flags.out, files[0].content);
      } catch (e) {
        throw new UserError(`cannot write ${flags.out} (${(e as Error).message})`);
      }
      console.error(`wrote ${folder ? files.map((f) => join(flags.out!, f.name)).join(", ") : flags.out}`);
      return 0;
    });
  });
}
