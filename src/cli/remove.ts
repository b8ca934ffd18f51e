// `casefile remove DOCUMENT-ID`: deletes one article and its extraction from the case; the case is
// rebuilt from what remains. (Add it back with `casefile ingest FILE`.)
import type { Command } from "commander";
import { removeArticle } from "../store/corrections.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";

export function registerRemove(program: Command): void {
  caseOptions(
    program
      .command("remove")
      .description("remove an article and its extraction from the case (see `casefile export` for ids)")
      .argument("<document>", "the article's id"),
    false,
  ).action(async (id: string, flags: CaseFlags) => {
    process.exitCode = await runOnCase(
      "remove",
      flags,
      async (ctx) => {
        await removeArticle(ctx.store, ctx.caseName, id);
        console.log(`removed the article "${id}" from case "${ctx.caseName}"; add it back with casefile ingest FILE`);
        return 0;
      },
      true,
    );
  });
}
