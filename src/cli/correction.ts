// The shape `casefile split` and `casefile rename` share: ENTITY and one more argument, a
// --reason, one override recorded through src/store/corrections.ts and one line printed.
import type { Command } from "commander";
import type { Correction } from "../store/corrections.js";
import type { CaseIndex } from "../casefile/index.js";
import type { Store } from "../store/types.js";
import { oneLine } from "./table.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";

interface CorrectionFlags extends CaseFlags {
  reason?: string;
}

export interface CorrectionCommand {
  name: string;
  description: string;
  entity: string;
  second: [name: string, description: string];
  reason: string;
  correct(
    store: Store,
    caseName: string,
    index: CaseIndex,
    entity: string,
    second: string,
    options: { reason?: string },
  ): Promise<Correction>;
}

export function registerCorrection(program: Command, c: CorrectionCommand): void {
  caseOptions(
    program
      .command(c.name)
      .description(c.description)
      .argument("<entity>", c.entity)
      .argument(`<${c.second[0]}>`, c.second[1]),
    false,
  )
    .option("--reason <text>", c.reason)
    .action(async (entity: string, second: string, flags: CorrectionFlags) => {
      process.exitCode = await runOnCase(
        c.name,
        flags,
        async (ctx) => {
          const done = await c.correct(ctx.store, ctx.caseName, await ctx.caseIndex(), entity, second, {
            reason: flags.reason,
          });
          console.log(oneLine(done.summary));
          return 0;
        },
        true,
      );
    });
}
