// `casefile timeline`: one line per milestone, with the finest date any source gives, everyone
// involved, the sources, and any disagreement between them. `--reports` lists instead what was
// kept off the timeline: undated reports ("reported by … on …") and plans nobody confirmed.
import type { Command } from "commander";
import { selectReports, selectTimeline } from "../casefile/queries.js";
import type { TimelineEntry, TimelineFilter } from "../casefile/index.js";
import { disagreeingStatuses } from "../casefile/contradictions.js";
import {
  caseOptions,
  listPage,
  pageNote,
  pageOptions,
  pageOf,
  pageRows,
  printJsonRows,
  runOnCase,
  type CaseFlags,
  type PageFlags,
} from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

function disagreements(t: TimelineEntry): string {
  const parts: string[] = [];
  const list = (v: { value: string; documents: string[] }[]) =>
    v.map((x) => `${x.value} (${x.documents.join(", ")})`).join(" vs ");
  // A coarser date refines a finer one (2023 and 2023-09-06 agree); only incompatible dates disagree.
  const clash = t.dates.some((a) => t.dates.some((b) => !a.value.startsWith(b.value) && !b.value.startsWith(a.value)));
  if (clash) parts.push(`dates: ${list(t.dates)}`);
  const statuses = disagreeingStatuses(t);
  if (statuses.length) parts.push(`status: ${list(statuses)}`);
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

type TimelineFlags = CaseFlags & PageFlags & TimelineFilter & { reports?: boolean };

export function registerTimeline(program: Command): void {
  pageOptions(caseOptions(program.command("timeline").description("the case's milestones, merged across articles")))
    .option("--reports", "list the reports kept off the timeline (undated, background, or plans nobody confirmed)")
    .option("--type <type>", "only events of this type (arrest, charge, court_hearing, …)")
    .option("--entity <name>", "only events this entity (id, name or alias) takes part in")
    .option("--from <date>", "only events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "only events dated on or before")
    .action(async (flags: TimelineFlags) => {
      process.exitCode = await runOnCase("timeline", flags, async (ctx) => {
        // A slice is chosen by the query layer, as the API does; the whole timeline (or the
        // reports, with --reports) is read straight from the stored case, the other list only counted.
        const filtered = flags.type || flags.entity || flags.from || flags.to;
        const stored = filtered ? null : await ctx.stored();
        if (stored && flags.json) {
          await printJsonRows(stored.milestoneJson(flags.reports ? "reports" : "timeline", pageOf(flags)));
          return 0;
        }
        let file: { timeline: TimelineEntry[]; reports: TimelineEntry[]; reportCount: number; total: number };
        const list = listPage(flags);
        const page = list.page;
        const which = flags.reports ? "reports" : "timeline";
        if (stored) {
          file = {
            timeline: flags.reports ? [] : await stored.milestones("timeline", undefined, page),
            reports: flags.reports ? await stored.milestones("reports", undefined, page) : [],
            reportCount: flags.reports ? 0 : await stored.milestoneCount("reports"),
            total: list.terminalDefault ? await stored.milestoneCount(which) : 0,
          };
        } else {
          const index = await ctx.caseIndex();
          const reports = selectReports(index, flags);
          const timeline = selectTimeline(index, flags);
          file = {
            timeline: pageRows(timeline, page),
            reports: pageRows(reports, page),
            reportCount: reports.length,
            total: flags.reports ? reports.length : timeline.length,
          };
        }
        if (flags.reports)
          printResult(
            flags.json,
            file.reports,
            () => renderReports(file.reports) + pageNote(list, file.reports.length, file.total, "reports"),
          );
        else
          printResult(flags.json, file.timeline, () => {
            const n = file.reportCount;
            const more = n
              ? `${n} more ${n === 1 ? "report is" : "reports are"} kept off the timeline (undated, background, or plans nobody confirmed): casefile timeline --reports\n`
              : "";
            return (
              renderTimeline(file.timeline) + pageNote(list, file.timeline.length, file.total, "milestones") + more
            );
          });
        return 0;
      });
    });
}
