// `casefile orgs`: the case's organisations (courts, agencies, companies, parties...).
import type { Command } from "commander";
import { caseOptions, pageOptions, runOnCase, type CaseFlags, type PageFlags } from "./case-query.js";
import { printEntities } from "./people.js";

export function registerOrgs(program: Command): void {
  pageOptions(
    caseOptions(program.command("orgs").description("list the organisations in the case, with aliases and sources")),
  ).action(async (flags: CaseFlags & PageFlags) => {
    process.exitCode = await runOnCase("orgs", flags, (ctx) =>
      printEntities(ctx, flags, "organization", "organisations"),
    );
  });
}
