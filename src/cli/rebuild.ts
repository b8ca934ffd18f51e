// `casefile rebuild`: builds the case file kept in the store again from every stored extraction
// and the user's corrections, and writes it in one transaction. The same fold brings the stored
// case up to date after an ingest or a correction, so a rebuild changes nothing unless the store
// was written by something that did not update it (an older Casefile, a killed ingest).
import type { Command } from "commander";
import { refreshCase } from "../store/case/refresh.js";
import { StoredCase } from "../store/case/tables.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";

export function registerRebuild(program: Command): void {
  caseOptions(
    program.command("rebuild").description("build the case file kept in the store again from the stored articles"),
    false,
  ).action(async (flags: CaseFlags) => {
    process.exitCode = await runOnCase(
      "rebuild",
      flags,
      async (ctx) => {
        const { ms } = await refreshCase(ctx.store, ctx.caseName, { force: true });
        const caseId = (await ctx.store.caseId(ctx.caseName)) as number;
        const stored = new StoredCase(ctx.store.sql, caseId);
        // The counts kept with the case, not its lists read back (the whole case file again).
        const [entities, quotes, timeline] = await Promise.all([
          stored.entityCount(),
          stored.quoteCount(),
          stored.milestoneCount("timeline"),
        ]);
        console.log(
          `rebuilt case "${ctx.caseName}" in ${(ms / 1000).toFixed(1)} s: ${entities} entities, ` +
            `${quotes} quotes, ${timeline} milestones`,
        );
        return 0;
      },
      true,
    );
  });
}
