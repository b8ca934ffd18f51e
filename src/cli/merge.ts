// `casefile merge A B [--name NAME]`: tells the case that two entities are one (a forced merge,
// kept in the store and replayed every time the case is built), called NAME or else B's name. `casefile merge` with no names lists every
// merge — automatic ones with their rule, and the user's overrides with their number;
// `casefile merge --undo N` withdraws override N (merge, split or rename; numbers are never reused).
import type { Command } from "commander";
import { mergeEntities, undoOverride } from "../store/corrections.js";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { oneLine, printResult, renderTable, terminalWidth } from "./table.js";

interface MergeFlags extends CaseFlags {
  reason?: string;
  undo?: string;
  name?: string;
}

export function registerMerge(program: Command): void {
  caseOptions(
    program
      .command("merge")
      .description("merge two entities into one (or, with no names, list merges and overrides)")
      .argument("[a]", "the first entity: name, alias or id")
      .argument("[b]", "the second entity")
      .option("--reason <text>", "why they are the same (kept with the override)")
      .option("--name <name>", "what to call the merged entity (default: B's name)")
      .option("--undo <n>", "withdraw override number N (see `casefile merge`)"),
  ).action(async (a: string | undefined, b: string | undefined, flags: MergeFlags) => {
    const write = a !== undefined || flags.undo !== undefined;
    process.exitCode = await runOnCase(
      "merge",
      flags,
      async (ctx) => {
        if (flags.undo !== undefined) {
          const id = Number(flags.undo);
          await undoOverride(ctx.store, ctx.caseName, id);
          console.log(`withdrew override ${id}`);
          return 0;
        }
        const c = await ctx.caseFile();
        if (a === undefined) {
          const merges = c.entities.flatMap((e) => e.merges.map((m) => ({ entity: e.name, id: e.id, ...m })));
          const overrides = await ctx.store.listOverrides(ctx.caseName);
          printResult(flags.json, { merges, overrides, issues: c.overrideIssues }, () => {
            let text = merges.length
              ? renderTable(
                  [
                    { header: "Entity", grow: 1, min: 12 },
                    { header: "Rule", grow: 0 },
                    { header: "Why", grow: 4, min: 30 },
                    { header: "Documents", grow: 1 },
                  ],
                  merges.map((m) => [m.entity, m.rule, m.reason, m.documents.join(", ")]),
                  { width: terminalWidth() },
                )
              : "(no merges)\n";
            if (overrides.length) {
              text += "\nYour overrides (undo with `casefile merge --undo N`):\n";
              for (const o of overrides)
                text += `  ${oneLine(`${o.id}. ${o.kind} ${o.entities.map((x) => `"${x}"`).join(o.kind === "rename" ? " to " : " and ")}${o.reason ? ` — ${o.reason}` : ""} (${o.createdAt})`)}\n`;
            }
            for (const i of c.overrideIssues)
              text += `  ${oneLine(`not applied: ${i.override.action} "${i.override.a}" "${i.override.b}": ${i.problem}`)}\n`;
            return text;
          });
          return 0;
        }
        if (b === undefined) throw new UserError("give two entities to merge: casefile merge A B");
        const done = await mergeEntities(ctx.store, ctx.caseName, await ctx.caseIndex(), a, b, {
          reason: flags.reason,
          name: flags.name,
        });
        console.log(oneLine(done.summary));
        return 0;
      },
      write,
    );
  });
}
