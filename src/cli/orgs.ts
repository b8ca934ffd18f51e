// `casefile orgs`: the case's organisations (courts, agencies, companies, parties...).
import type { Command } from "commander";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";
import { entityRows, renderEntities } from "./people.js";
import { printResult } from "./table.js";

export function registerOrgs(program: Command): void {
  caseOptions(
    program.command("orgs").description("list the organisations in the case, with aliases and sources"),
  ).action((flags: CaseFlags) => {
    process.exitCode = runOnCase("orgs", flags, (ctx) => {
      const orgs = entityRows(ctx.caseFile(), "organization");
      printResult(flags.json, orgs, () => renderEntities(orgs, false));
      return 0;
    });
  });
}
