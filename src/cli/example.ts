// `casefile example [--store FILE]` (what `npm start` runs): ingests the bundled example article
// into the store in the working directory and prints the case's summary. Running it again adds
// nothing; it only prints the summary again.
import type { Command } from "commander";
import { projectPath } from "../core/paths.js";
import { ingestPaths } from "../ingest/ingest.js";
import { DEFAULT_CASE, loadCase, openStore, type Store, storePath } from "../store/index.js";
import { refreshCase } from "../store/case/refresh.js";

/**
 * The example with its publication date, so that "on Monday" and "this week" are dated: the same
 * text as examples/seed-article.txt. 2025-09-17 is the date the timeline bench has used for this
 * article (the shared gold leaves `published` empty); the article says the case was dropped
 * "earlier this week" and the CPS spoke "on Monday".
 */
export const EXAMPLE_FILE = ["examples", "seed-article.json"];

interface ExampleFlags {
  store?: string;
}

export function registerExample(program: Command): void {
  program
    .command("example")
    .description("build the bundled example's case into the store and print its summary")
    .option("--store <file>", "the store file (default: $CASEFILE_STORE or ./casefile.db)")
    .action(async (flags: ExampleFlags) => {
      process.exitCode = await runExample(flags);
    });
}

export async function runExample(flags: ExampleFlags): Promise<number> {
  const location = storePath(flags.store);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (e) {
    console.error(`casefile example: ${(e as Error).message}`);
    return 1;
  }
  try {
    const file = projectPath(...EXAMPLE_FILE);
    const summary = await ingestPaths(store, [file], {
      caseName: DEFAULT_CASE,
      onError: (e) => console.error(`casefile example: ${e.message}`),
    });
    if (summary.storeError) {
      console.error(`casefile example: ${summary.storeError.message}`);
      return 1;
    }
    // The stored case file kept up to date, as `casefile ingest` keeps it.
    if (summary.added) await refreshCase(store, DEFAULT_CASE);
    const what = summary.added ? "Added the example article to" : "The example article is already in";
    process.stdout.write(`${what} ${location} (case "${DEFAULT_CASE}").\n\n`);
    process.stdout.write(await caseSummary(store, DEFAULT_CASE));
    return summary.failed ? 1 : 0;
  } catch (e) {
    console.error(`casefile example: ${(e as Error).message}`);
    return 1;
  } finally {
    await store.close();
  }
}

/**
 * A short plain-text summary of a case, from the case builder: its documents, people with their
 * roles, organisations, who said what, the merged timeline and where the sources disagree.
 */
export async function caseSummary(store: Store, caseName: string): Promise<string> {
  const c = await loadCase(store, caseName);
  const documents = c.documents.length;
  const independent = c.documents.filter((d) => !d.duplicateOf).length;
  const people = c.entities.filter((e) => e.type === "person");
  const organisations = c.entities.filter((e) => e.type === "organization");
  const lines: string[] = [];
  lines.push(
    `Documents: ${documents}${independent !== documents ? ` (${independent} independent, the rest syndicated copies)` : ""}`,
  );
  lines.push(`People (${people.length}): ${people.map((p) => p.name).join(", ") || "none found"}`);
  for (const p of people) {
    const age = p.ages.length ? `, ${p.ages.map((a) => a.value).join("/")}` : "";
    const roles = p.roles.map((r) => oneLine(r.text)).join("; ");
    if (age || roles) lines.push(`  ${p.name}${age}${roles ? ` — ${clip(roles, 140)}` : ""}`);
  }
  lines.push(`Organisations (${organisations.length}): ${organisations.map((o) => o.name).join(", ") || "none found"}`);
  lines.push("", `Who said what (${c.quotes.length}):`);
  for (const q of c.quotes) lines.push(`  ${q.speakerName ?? "(unattributed)"} — “${clip(oneLine(q.text), 140)}”`);
  const dated = c.timeline.filter((t) => t.date);
  const off = c.reports.length
    ? `; ${c.reports.length} undated or unconfirmed reports: \`casefile timeline --reports\``
    : "";
  lines.push("", `Timeline (${dated.length} milestones${off}):`);
  for (const t of dated) {
    const who = t.participantNames.length ? ` — ${clip(t.participantNames.join(", "), 100)}` : "";
    const status = t.status === "happened" ? "" : ` (${t.status})`;
    lines.push(`  ${t.date!.padEnd(10)}  ${t.type.replace(/_/g, " ")}${status}${who}`);
  }
  if (c.contradictions.length) {
    lines.push("", `Where the sources disagree (${c.contradictions.length}):`);
    for (const x of c.contradictions)
      lines.push(
        `  ${x.subject}, ${x.field}: ${x.values.map((v) => `${v.value} (${v.sources.map((s) => s.document).join(", ")})`).join(" vs ")}`,
      );
  }
  return lines.join("\n") + "\n";
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…";
}
