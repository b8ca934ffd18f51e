// `casefile contradictions`: facts the sources disagree on (ages, dates, places, statuses), each
// value with the document and sentence that gives it.
import type { Command } from "commander";
import type { Contradiction } from "../casefile/index.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";
import { oneLine, printResult } from "./table.js";

export function renderContradictions(list: Contradiction[]): string {
  if (list.length === 0) return "(no contradictions found)\n";
  const out: string[] = [];
  for (const c of list) {
    out.push(oneLine(`${c.subject} — ${c.field}${c.note ? ` (${c.note})` : ""}`));
    for (const v of c.values)
      for (const s of v.sources) {
        const where = s.start !== null ? `${s.document}@${s.start}` : s.document;
        const said = s.sentence?.text ?? s.text ?? "";
        out.push(`  ${oneLine(`${v.value.padEnd(12)} ${where}${s.published ? ` (${s.published})` : ""}: ${said}`)}`);
      }
    out.push("");
  }
  return out.join("\n");
}

export function registerContradictions(program: Command): void {
  caseOptions(
    program.command("contradictions").description("facts the sources disagree on, with both sources and sentences"),
  ).action(async (flags: CaseFlags) => {
    process.exitCode = await runOnCase("contradictions", flags, async (ctx) => {
      const stored = await ctx.stored();
      const list = stored ? await stored.contradictions() : (await ctx.caseFile()).contradictions;
      printResult(flags.json, list, () => renderContradictions(list));
      return 0;
    });
  });
}
