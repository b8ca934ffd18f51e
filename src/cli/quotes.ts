// `casefile quotes [--speaker NAME] [--about TEXT]`: who said what, with the source of each quote.
import type { Command } from "commander";
import { matchEntities, selectQuotes as select, type CaseIndex, type CaseQuote } from "../casefile/index.js";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

interface QuoteFlags extends CaseFlags {
  speaker?: string;
  about?: string;
}

/** The quotes `--speaker` and `--about` select (src/casefile/queries.ts); a speaker that names nobody is an error. */
export function selectQuotes(c: CaseIndex, flags: { speaker?: string; about?: string }): CaseQuote[] {
  if (flags.speaker !== undefined && matchEntities(c, flags.speaker).length === 0)
    throw new UserError(`no speaker named "${flags.speaker}" in this case`);
  return select(c, { speaker: flags.speaker, about: flags.about });
}

export function registerQuotes(program: Command): void {
  caseOptions(
    program
      .command("quotes")
      .description("who said what: quotes with their speaker and source")
      .option("--speaker <name>", "only quotes by this person or body (a name or alias)")
      .option("--about <text>", "only quotes containing these words or naming this entity"),
  ).action((flags: QuoteFlags) => {
    process.exitCode = runOnCase("quotes", flags, (ctx) => {
      const quotes = selectQuotes(ctx.caseIndex(), flags);
      printResult(flags.json, quotes, () =>
        quotes.length === 0
          ? "(no quotes)\n"
          : renderTable(
              [
                { header: "Speaker", grow: 1, min: 12 },
                { header: "Kind", grow: 0 },
                { header: "Quote", grow: 5, min: 30 },
                { header: "Source", grow: 0, min: 8 },
              ],
              quotes.map((q) => [q.speakerName ?? "(unattributed)", q.kind, q.text, `${q.document}@${q.start}`]),
              { width: terminalWidth() },
            ),
      );
      return 0;
    });
  });
}
