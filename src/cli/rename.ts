// `casefile rename ENTITY NEW-NAME`: gives an entity the name the user wants (kept in the store
// and replayed every time the case is built; its other names stay as aliases). Undo with
// `casefile merge --undo N`.
import type { Command } from "commander";
import { renameEntity } from "../store/corrections.js";
import { oneLine } from "./table.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";

interface RenameFlags extends CaseFlags {
  reason?: string;
}

export function registerRename(program: Command): void {
  caseOptions(
    program
      .command("rename")
      .description("give an entity the name you want (undo with `casefile merge --undo N`)")
      .argument("<entity>", "the entity: name, alias or id")
      .argument("<name>", "its new name"),
    false,
  )
    .option("--reason <text>", "why (kept with the override)")
    .action((entity: string, name: string, flags: RenameFlags) => {
      process.exitCode = runOnCase(
        "rename",
        flags,
        (ctx) => {
          const done = renameEntity(ctx.store, ctx.caseName, ctx.caseIndex(), entity, name, { reason: flags.reason });
          console.log(oneLine(done.summary));
          return 0;
        },
        true,
      );
    });
}
