// `casefile split ENTITY NAME`: takes the documents' entities called NAME out of ENTITY (undoing
// an automatic or forced merge). Kept in the store and replayed every time the case is built.
import type { Command } from "commander";
import type { MergeOverride } from "../casefile/index.js";
import { loadCase } from "../store/index.js";
import { oneLine } from "./table.js";
import { caseOptions, findEntity, runOnCase, UserError, type CaseFlags } from "./case-query.js";

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
          const target = findEntity(ctx.caseIndex(), entity);
          // Try the split before recording it, so a split that would do nothing is refused.
          const split: MergeOverride = { action: "split", a: target.name, b: name };
          const trial = loadCase(ctx.store, ctx.caseName, { extraOverrides: [split] });
          const problem = trial.overrideIssues.find((i) => i.override === split);
          if (problem) throw new UserError(problem.problem);
          const o = ctx.store.recordSplit(ctx.caseName, { entities: [target.name, name], reason: flags.reason ?? "" });
          console.log(
            oneLine(
              `split "${name}" out of "${target.name}" (override ${o.id}; undo with casefile merge --undo ${o.id})`,
            ),
          );
          return 0;
        },
        true,
      );
    });
}
