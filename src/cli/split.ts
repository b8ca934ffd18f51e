// `casefile split ENTITY NAME`: takes the documents' entities called NAME out of ENTITY (undoing
// an automatic or forced merge). Kept in the store and replayed every time the case is built.
import type { Command } from "commander";
import { splitEntity } from "../store/corrections.js";
import { oneLine } from "./table.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";

interface SplitFlags extends CaseFlags {
  reason?: string;
}

export function registerSplit(program: Command): void {
  caseOptions(
    program
      .command("split")
      .description("take a name back out of an entity it was merged into")
      .argument("<entity>", "the merged entity: name, alias or id")
      .argument("<name>", "the name (as the documents write it) to take out, or a document id"),
    false,
  )
    .option("--reason <text>", "why they are different (kept with the override)")
    .action((entity: string, name: string, flags: SplitFlags) => {
      process.exitCode = runOnCase(
        "split",
        flags,
        (ctx) => {
          const done = splitEntity(ctx.store, ctx.caseName, ctx.caseIndex(), entity, name, { reason: flags.reason });
          console.log(oneLine(done.summary));
          return 0;
        },
        true,
      );
    });
}
