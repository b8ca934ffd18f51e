// `casefile quotes [--speaker NAME] [--about TEXT]`: who said what, with the source of each quote.
import type { Command } from "commander";
import { matchEntities, selectQuotes as select, undatedLeftOut } from "../casefile/queries.js";
import type { CaseIndex, CaseQuote } from "../casefile/index.js";
import { speakerIndex } from "../store/case/views.js";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

interface QuoteFlags extends CaseFlags {
  speaker?: string;
  about?: string;
  from?: string;
  to?: string;
}

/** The quotes `--speaker` and `--about` select (src/casefile/queries.ts); a speaker that names nobody is an error. */
export function selectQuotes(
  c: CaseIndex,
  flags: { speaker?: string; about?: string; from?: string; to?: string },
): CaseQuote[] {
  if (flags.speaker !== undefined && matchEntities(c, flags.speaker).length === 0)
    throw new UserError(`no speaker named "${flags.speaker}" in this case`);
  for (const [flag, v] of [
    ["--from", flags.from],
    ["--to", flags.to],
  ] as const)
    if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v))
      throw new UserError(`${flag} "${v}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`);
  return select(c, { speaker: flags.speaker, about: flags.about, from: flags.from, to: flags.to });
}

/** The note a date filter owes the reader: quotes it left out only because their article is undated. */
export function undatedNote(
  c: CaseIndex,
  flags: { speaker?: string; about?: string; from?: string; to?: string },
): string | null {
  const n = undatedLeftOut(c, { speaker: flags.speaker, about: flags.about, from: flags.from, to: flags.to });
  return n
    ? `${n} quote${n === 1 ? "" : "s"} from undated articles left out: the date filter reads each article's publication date, and they have none`
    : null;
}

export function registerQuotes(program: Command): void {
  caseOptions(
    program
      .command("quotes")
      .description("who said what: quotes with their speaker and source")
      .option("--speaker <name>", "only quotes by this person or body (a name or alias)")
      .option("--about <text>", "only quotes containing these words or naming this entity")
      .option("--from <date>", "only quotes from articles published on or after this date (YYYY[-MM[-DD]])")
      .option("--to <date>", "only quotes from articles published on or before this date"),
  ).action(async (flags: QuoteFlags) => {
    process.exitCode = await runOnCase("quotes", flags, async (ctx) => {
      // A speaker alone is answered from the stored case's speaker index; other filters read the whole case.
      const stored = flags.speaker !== undefined && flags.about === undefined ? await ctx.stored() : null;
      const index = stored ? await speakerIndex(stored, flags.speaker as string) : await ctx.caseIndex();
      const quotes = selectQuotes(index, flags);
      const note = undatedNote(index, flags);
      if (note) console.error(`casefile quotes: ${note}`);
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
