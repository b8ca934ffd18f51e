// `casefile timeline`: one line per real-world event, with the finest date any source gives,
// everyone involved, the sources, and any disagreement between them.
import type { Command } from "commander";
import type { TimelineEntry } from "../casefile/index.js";
import { caseOptions, runOnCase, type CaseFlags } from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

function disagreements(t: TimelineEntry): string {
  const parts: string[] = [];
  const list = (v: { value: string; documents: string[] }[]) =>
    v.map((x) => `${x.value} (${x.documents.join(", ")})`).join(" vs ");
  if (t.dates.length > 1) parts.push(`dates: ${list(t.dates)}`);
  if (t.statuses.length > 1) parts.push(`status: ${list(t.statuses)}`);
  if (t.places.length > 1) parts.push(`place: ${list(t.places)}`);
  return parts.join("; ");
}

export function renderTimeline(timeline: TimelineEntry[]): string {
  if (timeline.length === 0) return "(no events)\n";
  return renderTable(
    [
      { header: "Date", grow: 0, min: 10 },
      { header: "Event", grow: 0 },
      { header: "Status", grow: 0 },
      { header: "Who", grow: 2 },
      { header: "Sources", grow: 1 },
      { header: "Disagreements", grow: 2 },
    ],
    timeline.map((t) => [
      t.date ?? "undated",
      t.type.replace(/_/g, " "),
      t.status,
      t.participantNames.join(", "),
      [...new Set(t.sources.map((s) => s.document))].join(", "),
      disagreements(t),
    ]),
    { width: terminalWidth() },
  );
}

export function registerTimeline(program: Command): void {
  caseOptions(program.command("timeline").description("the merged timeline of the case's events")).action(
    (flags: CaseFlags) => {
      process.exitCode = runOnCase("timeline", flags, (ctx) => {
        const timeline = ctx.caseFile().timeline;
        printResult(flags.json, timeline, () => renderTimeline(timeline));
        return 0;
      });
    },
  );
}
