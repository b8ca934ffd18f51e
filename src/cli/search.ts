// `casefile search TEXT`: full-text search over the case's articles and quotes (the store's FTS5).
import type { Command } from "commander";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

interface SearchFlags extends CaseFlags {
  limit: string;
}

export function registerSearch(program: Command): void {
  caseOptions(
    program
      .command("search")
      .description("full-text search over the case's articles and quotes")
      .argument("<text...>", "words to look for (the last one also matches as a prefix)")
      .option("--limit <n>", "at most this many hits", "20"),
  ).action(async (words: string[], flags: SearchFlags) => {
    process.exitCode = await runOnCase("search", flags, async (ctx) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit <= 0)
        throw new UserError(`--limit "${flags.limit}" is not a positive number`);
      const hits = await ctx.store.search(ctx.caseName, words.join(" "), { limit });
      printResult(flags.json, hits, () =>
        hits.length === 0
          ? "(no matches)\n"
          : renderTable(
              [
                { header: "Kind", grow: 0 },
                { header: "Document", grow: 0, min: 8 },
                { header: "Speaker", grow: 1 },
                { header: "Match", grow: 5, min: 30 },
              ],
              hits.map((h) => [h.kind, `${h.documentId}@${h.start}`, h.quote?.speaker ?? "", h.snippet]),
              { width: terminalWidth(), emphasis: true },
            ),
      );
      return 0;
    });
  });
}
