// `casefile example [--store FILE]` (what `npm start` runs): ingests the bundled example article
// into the store in the working directory and prints the case's summary. Running it again adds
// nothing; it only prints the summary again.
import type { Command } from "commander";
import { projectPath } from "../core/paths.js";
import { ingestPaths } from "../ingest/ingest.js";
import { DEFAULT_CASE, openStore, type Store, storePath } from "../store/index.js";
import { busyTimeoutMs } from "./ingest.js";

export const EXAMPLE_FILE = ["examples", "seed-article.txt"];

interface ExampleFlags {
  store?: string;
}

export function registerExample(program: Command): void {
  program
    .command("example")
    .description("build the bundled example's case into the store and print its summary")
    .option("--store <file>", "the store file (default: $CASEFILE_STORE or ./casefile.db)")
    .action((flags: ExampleFlags) => {
      process.exitCode = runExample(flags);
    });
}

export function runExample(flags: ExampleFlags): number {
  const location = storePath(flags.store);
  let store: Store;
  try {
    store = openStore(location, { busyTimeoutMs: busyTimeoutMs() });
  } catch (e) {
    console.error(`casefile example: ${(e as Error).message}`);
    return 1;
  }
  try {
    const file = projectPath(...EXAMPLE_FILE);
    const summary = ingestPaths(store, [file], {
      caseName: DEFAULT_CASE,
      onError: (e) => console.error(`casefile example: ${e.message}`),
    });
    if (summary.storeError) {
      console.error(`casefile example: ${summary.storeError.message}`);
      return 1;
    }
    const what = summary.added ? "Added the example article to" : "The example article is already in";
    process.stdout.write(`${what} ${location} (case "${DEFAULT_CASE}").\n\n`);
    process.stdout.write(caseSummary(store, DEFAULT_CASE));
    return summary.failed ? 1 : 0;
  } catch (e) {
    console.error(`casefile example: ${(e as Error).message}`);
    return 1;
  } finally {
    store.close();
  }
}

/**
 * A short plain-text summary of a case: its documents, people, organisations and who said
 * what. Read straight from the stored extractions; the case builder can replace the lists with
 * merged entities.
 */
export function caseSummary(store: Store, caseName: string): string {
  const people = new Map<string, number>();
  const organisations = new Map<string, number>();
  const quotes: { speaker: string; text: string }[] = [];
  let documents = 0;
  let independent = 0;
  for (const { document, extraction } of store.iterateExtractions(caseName)) {
    documents++;
    if (!document.duplicateOf) independent++;
    for (const e of extraction.entities) {
      const into = e.type === "person" ? people : e.type === "organization" ? organisations : null;
      if (into) into.set(e.name, (into.get(e.name) ?? 0) + e.mentions.length);
    }
    for (const q of extraction.quotes) quotes.push({ speaker: q.speaker ?? "(unattributed)", text: q.text });
  }
  const names = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const lines: string[] = [];
  lines.push(
    `Documents: ${documents}${independent !== documents ? ` (${independent} independent, the rest syndicated copies)` : ""}`,
  );
  const peopleNames = names(people);
  const orgNames = names(organisations);
  lines.push(`People (${peopleNames.length}): ${peopleNames.join(", ") || "none found"}`);
  lines.push(`Organisations (${orgNames.length}): ${orgNames.join(", ") || "none found"}`);
  lines.push("", `Who said what (${quotes.length}):`);
  for (const q of quotes) lines.push(`  ${q.speaker} — “${clip(oneLine(q.text), 140)}”`);
  return lines.join("\n") + "\n";
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…";
}
