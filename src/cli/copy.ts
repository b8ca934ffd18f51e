// `casefile copy --from A --to B [--case NAME] [--to-case NAME]`: moves a case (or every case)
// between stores, SQLite file ↔ PostgreSQL, documents and extractions as stored (nothing is
// extracted again) and the overrides in force. The source is only read.
import type { Command } from "commander";
import { copyCase, CopyError } from "../store/copy.js";
import { openStore, type Store } from "../store/index.js";
import { Progress } from "./progress.js";

interface CopyFlags {
  from: string;
  to: string;
  case?: string;
  toCase?: string;
}

export async function runCopy(flags: CopyFlags): Promise<number> {
  if (flags.toCase && !flags.case) {
    console.error("casefile copy: --to-case needs --case (which case to copy)");
    return 2;
  }
  let from: Store | null = null;
  let to: Store | null = null;
  try {
    from = await openStore(flags.from, { readonly: true });
    to = await openStore(flags.to);
    const names = flags.case ? [flags.case] : (await from.listCases()).map((c) => c.name);
    for (const name of names) {
      const progress = new Progress({ label: `copy ${name}`, unit: "docs", total: 0 });
      const started = performance.now();
      try {
        const done = await copyCase(from, to, name, { toCase: flags.toCase, onDocument: () => progress.tick() });
        progress.finish();
        console.log(
          `case "${name}" → ${to.location} (case "${done.case}"): ${done.documents} articles, ${done.overrides} corrections in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      } finally {
        progress.finish();
      }
    }
    return 0;
  } catch (e) {
    console.error(`casefile copy: ${e instanceof CopyError || e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await from?.close();
    await to?.close();
  }
}

export function registerCopy(program: Command): void {
  program
    .command("copy")
    .description("copy a case (or every case) from one store to another: SQLite file ↔ PostgreSQL (postgres://…)")
    .requiredOption("--from <store>", "the store to read (a file, or postgres://…)")
    .requiredOption("--to <store>", "the store to write (created if needed)")
    .option("--case <name>", "copy only this case (default: every case)")
    .option("--to-case <name>", "the name the case gets in the destination (with --case)")
    .action(async (flags: CopyFlags) => {
      process.exitCode = await runCopy(flags);
    });
}
