// `casefile cases`: the cases in the store, with their article counts (a table on a terminal,
// tab-separated when piped, JSON with --json), and for a case whose articles another build of the
// extractor extracted, how many and what to run (on standard error; in the JSON, "note").
import type { Command } from "commander";
import { caseStates, openStore, StoreError, storePath } from "../store/index.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

interface CasesFlags {
  store?: string;
  json?: boolean;
}

export function registerCases(program: Command): void {
  program
    .command("cases")
    .description("list the cases in the store, with their numbers of articles")
    .option("--store <file>", "the store file (default: $CASEFILE_STORE or ./casefile.db)")
    .option("--json", "print JSON for scripts instead of a table")
    .action(async (flags: CasesFlags) => {
      process.exitCode = await runCases(flags);
    });
}

async function runCases(flags: CasesFlags): Promise<number> {
  const location = storePath(flags.store);
  let store;
  try {
    store = await openStore(location, { readonly: true });
  } catch (e) {
    console.error(`casefile cases: ${e instanceof StoreError ? e.message : `${location}: ${(e as Error).message}`}`);
    return 1;
  }
  try {
    const cases = await caseStates(store);
    printResult(flags.json, cases, () =>
      cases.length
        ? renderTable(
            [
              { header: "Case", grow: 1 },
              { header: "Articles", align: "right" },
              { header: "Independent", align: "right" },
              { header: "Created" },
            ],
            cases.map((c) => [c.name, String(c.documents), String(c.independent), c.createdAt.slice(0, 10)]),
            { width: terminalWidth() },
          )
        : `${location} holds no case yet: casefile ingest PATH... --case NAME\n`,
    );
    // Advice, on standard error: piped rows stay rows (JSON holds the same under "note").
    if (!flags.json) for (const c of cases) if (c.note) console.error(`casefile cases: case "${c.name}": ${c.note}`);
    return 0;
  } finally {
    await store.close();
  }
}
