// `casefile orgs`: the case's organisations (courts, agencies, companies, parties...).
import type { Command } from "commander";
import { caseOptions, pageOf, pageOptions, pageRows, runOnCase, type CaseFlags, type PageFlags } from "./case-query.js";
import { entityRows, renderEntities } from "./people.js";
import { printResult } from "./table.js";

export function registerOrgs(program: Command): void {
  pageOptions(
    caseOptions(program.command("orgs").description("list the organisations in the case, with aliases and sources")),
  ).action(async (flags: CaseFlags & PageFlags) => {
    process.exitCode = await runOnCase("orgs", flags, async (ctx) => {
      const page = pageOf(flags);
      const stored = await ctx.stored();
      const orgs = stored
        ? await stored.entities("organization", page)
        : pageRows(entityRows(await ctx.caseFile(), "organization"), page);
      printResult(flags.json, orgs, () => renderEntities(orgs, false));
      return 0;
    });
  });
}
