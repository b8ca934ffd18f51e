// `casefile merge A B`: tells the case that two entities are one (a forced merge, kept in the
// store and replayed every time the case is built). `casefile merge` with no names lists every
// merge — automatic ones with their rule, and the user's overrides with their number;
// `casefile merge --undo N` withdraws override N.
import type { Command } from "commander";
import { caseOptions, findEntity, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { oneLine, printResult, renderTable, terminalWidth } from "./table.js";

interface MergeFlags extends CaseFlags {
  reason?: string;
  undo?: string;
}

export function registerMerge(program: Command): void {
  caseOptions(
    program
      .command("merge")
      .description("merge two entities into one (or, with no names, list merges and overrides)")
      .argument("[a]", "the first entity: name, alias or id")
      .argument("[b]", "the second entity")
      .option("--reason <text>", "why they are the same (kept with the override)")
      .option("--undo <n>", "withdraw override number N (see `casefile merge`)"),
  ).action((a: string | undefined, b: string | undefined, flags: MergeFlags) => {
    const write = a !== undefined || flags.undo !== undefined;
    process.exitCode = runOnCase(
      "merge",
      flags,
      (ctx) => {
        if (flags.undo !== undefined) {
          const id = Number(flags.undo);
          if (!Number.isInteger(id) || !ctx.store.removeOverride(ctx.caseName, id))
            throw new UserError(`there is no override number ${flags.undo} in case "${ctx.caseName}"`);
          console.log(`withdrew override ${id}`);
          return 0;
        }
        const c = ctx.caseFile();
        if (a === undefined) {
          const merges = c.entities.flatMap((e) => e.merges.map((m) => ({ entity: e.name, id: e.id, ...m })));
          const overrides = ctx.store.listOverrides(ctx.caseName);
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
                text += `  ${oneLine(`${o.id}. ${o.kind} ${o.entities.map((x) => `"${x}"`).join(" and ")}${o.reason ? ` — ${o.reason}` : ""} (${o.createdAt})`)}\n`;
            }
            for (const i of c.overrideIssues)
              text += `  ${oneLine(`not applied: ${i.override.action} "${i.override.a}" "${i.override.b}": ${i.problem}`)}\n`;
            return text;
          });
          return 0;
        }
        if (b === undefined) throw new UserError("give two entities to merge: casefile merge A B");
        const first = findEntity(ctx.caseIndex(), a);
        const second = findEntity(ctx.caseIndex(), b);
        if (first.id === second.id) throw new UserError(`"${a}" and "${b}" are already one entity: ${first.name}`);
        const o = ctx.store.recordMerge(ctx.caseName, {
          entities: [first.name, second.name],
          reason: flags.reason ?? "",
        });
        console.log(
          oneLine(
            `merged "${second.name}" into "${first.name}" (override ${o.id}; undo with casefile merge --undo ${o.id})`,
          ),
        );
        return 0;
      },
      write,
    );
  });
}
