// `casefile accounts [--speaker NAME] [--subjects N]`: for each actor, their statements in the
// order they were said (when, in which role, to whom, how); then the subjects two or more actors
// spoke about, their statements side by side (src/casefile/accounts.ts says how they are grouped).
import type { Command } from "commander";
import { accountsOf, GROUPING_RULE, type Accounts, type Statement } from "../casefile/accounts.js";
import { matchEntities } from "../casefile/index.js";
import { caseOptions, runOnCase, UserError, type CaseFlags } from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

interface AccountFlags extends CaseFlags {
  speaker?: string;
  subjects?: string;
}

/** "2025-09-15 (said)", "2025-09-17 (published)" or "undated". */
export function whenOf(s: Statement): string {
  return s.when ? `${s.when}${s.dated === "published" ? " (published)" : ""}` : "undated";
}

/** How and to whom, in a few words: "letter to Alicia Kearns", "court". */
export function howOf(s: Statement): string {
  const q = s.quote;
  const channel = !q.channel || q.channel === "unknown" ? "" : q.channel;
  return [channel, q.addressee ? `to ${q.addressee}` : ""].filter(Boolean).join(" ");
}

export function renderAccounts(a: Accounts): string {
  if (a.accounts.length === 0) return "(no attributed statements)\n";
  const width = terminalWidth();
  const out: string[] = [];
  for (const account of a.accounts) {
    out.push(
      `${account.actor.name} (${account.statements.length} statement${account.statements.length === 1 ? "" : "s"})\n`,
    );
    out.push(
      renderTable(
        [
          { header: "When", grow: 0, min: 10 },
          { header: "Role", grow: 1 },
          { header: "How", grow: 1 },
          { header: "Statement", grow: 5, min: 30 },
          { header: "Source", grow: 0, min: 8 },
        ],
        account.statements.map((s) => [
          whenOf(s),
          s.quote.role ?? "",
          howOf(s),
          s.quote.text,
          `${s.quote.document}@${s.quote.start}`,
        ]),
        { width },
      ),
    );
    out.push("\n");
  }
  out.push(`Side by side (${GROUPING_RULE})\n\n`);
  if (a.subjects.length === 0) out.push("(no subject two actors spoke about)\n");
  for (const subject of a.subjects) {
    out.push(`${subject.label}: ${subject.why}\n`);
    out.push(
      renderTable(
        [
          { header: "Actor", grow: 1, min: 12 },
          { header: "When", grow: 0, min: 10 },
          { header: "Statement", grow: 5, min: 30 },
          { header: "Source", grow: 0, min: 8 },
        ],
        subject.sides.flatMap((side) =>
          side.statements.map((s, i) => [
            i === 0 ? side.actor.name : "",
            whenOf(s),
            s.quote.text,
            `${s.quote.document}@${s.quote.start}`,
          ]),
        ),
        { width },
      ),
    );
    out.push("\n");
  }
  return out.join("");
}

export function registerAccounts(program: Command): void {
  caseOptions(
    program
      .command("accounts")
      .description("each actor's statements in the order they were said, and accounts of one subject side by side")
      .option("--speaker <name>", "only this actor's account (a name or alias)")
      .option("--subjects <n>", "how many subjects to show side by side", "10"),
  ).action(async (flags: AccountFlags) => {
    process.exitCode = await runOnCase("accounts", flags, async (ctx) => {
      const n = Number(flags.subjects ?? 10);
      if (!Number.isInteger(n) || n < 0) throw new UserError(`--subjects "${flags.subjects}" is not a whole number`);
      const index = await ctx.caseIndex();
      const result = accountsOf(index, { subjects: n });
      if (flags.speaker !== undefined) {
        const ids = new Set(matchEntities(index, flags.speaker).map((e) => e.id));
        if (ids.size === 0) throw new UserError(`no speaker named "${flags.speaker}" in this case`);
        result.accounts = result.accounts.filter((a) => ids.has(a.actor.id));
        result.subjects = result.subjects.filter((s) => s.sides.some((side) => ids.has(side.actor.id)));
      }
      printResult(flags.json, result, () => renderAccounts(result));
      return 0;
    });
  });
}
