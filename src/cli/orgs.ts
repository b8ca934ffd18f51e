// `casefile orgs`: the case's organisations (courts, agencies, companies, parties...).
import type { Command } from "commander";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";
import { entityRows, renderEntities } from "./people.js";
import { printResult } from "./table.js";

export function registerOrgs(program: Command): void {
  caseOptions(
    program.command("orgs").description("list the organisations in the case, with aliases and sources"),
  ).action(async (flags: CaseFlags) => {
    process.exitCode = await runOnCase("orgs", flags, async (ctx) => {
      const stored = await ctx.stored();
      const orgs = stored ? await stored.entities("organization") : entityRows(await ctx.caseFile(), "organization");
      printResult(flags.json, orgs, () => renderEntities(orgs, false));
      return 0;
    });
  });
}
