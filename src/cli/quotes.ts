// `casefile quotes [--speaker NAME] [--about TEXT]`: who said what, with the source of each quote.
import type { Command } from "commander";
import type { CaseFile, CaseQuote } from "../casefile/index.js";
import { fold } from "../casefile/names.js";
import { caseOptions, matchEntities, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

interface QuoteFlags extends CaseFlags {
  speaker?: string;
  about?: string;
}

export function selectQuotes(c: CaseFile, flags: { speaker?: string; about?: string }): CaseQuote[] {
  let quotes = c.quotes;
  if (flags.speaker !== undefined) {
    const speakers = new Set(matchEntities(c, flags.speaker).map((e) => e.id));
    if (speakers.size === 0) throw new UserError(`no speaker named "${flags.speaker}" in this case`);
    quotes = quotes.filter((q) => q.speaker !== null && speakers.has(q.speaker));
  }
  if (flags.about !== undefined) {
    const text = fold(flags.about);
    const about = new Set(matchEntities(c, flags.about).map((e) => e.id));
    // Words in the quote, or an entity the quote names.
    quotes = quotes.filter((q) => (text && fold(q.text).includes(text)) || q.about.some((a) => about.has(a)));
  }
  return quotes;
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
      const quotes = selectQuotes(ctx.caseFile(), flags);
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
