// `casefile contradictions`: facts the sources disagree on (ages, dates, places, statuses), each
// value with the document and sentence that gives it.
import type { Command } from "commander";
import type { Contradiction } from "../casefile/index.js";
import {
  caseOptions,
  listPage,
  pageNote,
  pageOptions,
  pageRows,
  printJsonRows,
  runOnCase,
  type CaseFlags,
  type PageFlags,
} from "./case-query.js";
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
  pageOptions(
    caseOptions(
      program.command("contradictions").description("facts the sources disagree on, with both sources and sentences"),
    ),
  ).action(async (flags: CaseFlags & PageFlags) => {
    process.exitCode = await runOnCase("contradictions", flags, async (ctx) => {
      const list = listPage(flags);
      const stored = await ctx.stored();
      if (stored && flags.json) {
        await printJsonRows(stored.contradictionJson(list.page));
        return 0;
      }
      let rows: Contradiction[];
      let total: number;
      if (stored) {
        rows = await stored.contradictions(list.page);
        total = list.terminalDefault ? await stored.contradictionCount() : rows.length;
      } else {
        const all = (await ctx.caseFile()).contradictions;
        rows = pageRows(all, list.page);
        total = all.length;
      }
      printResult(
        flags.json,
        rows,
        () => renderContradictions(rows) + pageNote(list, rows.length, total, "contradictions"),
      );
      return 0;
    });
  });
}
