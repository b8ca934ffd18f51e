// `casefile timeline`: one line per milestone, with the finest date any source gives, everyone
// involved, the sources, and any disagreement between them. `--reports` lists instead what was
// kept off the timeline: undated reports ("reported by … on …") and plans nobody confirmed.
import type { Command } from "commander";
import type { TimelineEntry } from "../casefile/index.js";
import { timelineFile } from "../store/case/views.js";
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

/** Reports kept off the timeline: why, and who reported them when. */
export function renderReports(reports: TimelineEntry[]): string {
  if (reports.length === 0) return "(no reports kept off the timeline)\n";
  return renderTable(
    [
      { header: "Reported", grow: 0, min: 10 },
      { header: "Event", grow: 0 },
      { header: "Why not on the timeline", grow: 0 },
      { header: "Who", grow: 2 },
      { header: "Sources", grow: 1 },
    ],
    reports.map((t) => [
      t.reportedOn ?? "undated",
      t.type.replace(/_/g, " ") + (t.date ? ` ${t.date}` : ""),
      t.offTimeline ?? "",
      t.participantNames.join(", "),
      [...new Set(t.sources.map((s) => s.document))].join(", "),
    ]),
    { width: terminalWidth() },
  );
}

export function registerTimeline(program: Command): void {
  caseOptions(program.command("timeline").description("the case's milestones, merged across articles"))
    .option("--reports", "list the reports kept off the timeline (undated, or plans nobody confirmed)")
    .action(async (flags: CaseFlags & { reports?: boolean }) => {
      process.exitCode = await runOnCase("timeline", flags, async (ctx) => {
        const stored = await ctx.stored();
        const file = stored ? await timelineFile(stored) : await ctx.caseFile();
        if (flags.reports) printResult(flags.json, file.reports, () => renderReports(file.reports));
        else
          printResult(flags.json, file.timeline, () => {
            const more = file.reports.length
              ? `${file.reports.length} more reports are kept off the timeline (undated, or plans nobody confirmed): casefile timeline --reports\n`
              : "";
            return renderTimeline(file.timeline) + more;
          });
        return 0;
      });
    });
}
