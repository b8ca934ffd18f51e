// What the query commands (people, orgs, quotes, timeline, contradictions, search, show, merge,
// split, export) share: opening the store a user named, checking the case exists, building the
// case file from its stored extractions and overrides, finding an entity by the name a user
// typed, and turning the errors a user can meet into one line and a non-zero exit.

import { existsSync } from "node:fs";
import type { Command } from "commander";
import { indexCase } from "../casefile/queries.js";
import type { CaseEntity, CaseFile, CaseIndex } from "../casefile/index.js";
import { CorrectionError, pickEntity, pickOne } from "../store/corrections.js";
import { freshStoredCase, loadCaseFile, refreshCase } from "../store/case/refresh.js";
import type { Page, StoredCase } from "../store/case/tables.js";
import { DEFAULT_CASE, isPostgresLocation, openStore, StoreError, storePath, type Store } from "../store/index.js";

/** A failure the user can act on: printed as one line after the command's name. */
export class UserError extends Error {}

export interface CaseFlags {
  store?: string;
  case: string;
  json?: boolean;
}

export interface CaseContext {
  store: Store;
  caseName: string;
  location: string;
  /** Built on first use. */
  caseFile(): Promise<CaseFile>;
  /** The case file with its lookup tables, for the queries of src/casefile/queries.ts; built on first use. */
  caseIndex(): Promise<CaseIndex>;
  /** The case file kept in the store, when it is up to date (null: build it with `caseFile()`). */
  stored(): Promise<StoredCase | null>;
}

/** Adds the options every query command takes. */
export function caseOptions(cmd: Command, json = true): Command {
  cmd
    .option("--store <file>", "the store file (default: $CASEFILE_STORE or ./casefile.db)")
    .option("--case <name>", "which case in the store", DEFAULT_CASE);
  if (json) cmd.option("--json", "print JSON for scripts instead of a table");
  return cmd;
}

export interface PageFlags {
  limit?: string;
  offset?: string;
  all?: boolean;
  json?: boolean;
}

/**
 * Rows a table printed on a terminal shows when no --limit is given. A case that grew for a year
 * holds tens of thousands of people or milestones, more than anyone reads on a screen; JSON and
 * piped output (scripts, `grep`, spreadsheets) keep every row.
 */
export const TERMINAL_PAGE = 100;

/** Adds --limit, --offset and --all to a command that lists rows (a long case lists thousands). */
export function pageOptions(cmd: Command): Command {
  return cmd
    .option("--limit <n>", `list at most N rows (default: all; a table on a terminal shows ${TERMINAL_PAGE})`)
    .option("--offset <n>", "skip the first N rows (with --limit, the next page)")
    .option("--all", "list every row, on a terminal too");
}

/** The page a list command shows, and whether it is the terminal's default page (not one the user asked for). */
export interface ListPage {
  page: Page;
  terminalDefault: boolean;
}

/**
 * The page --limit and --offset ask for; with neither --limit nor --all, a table printed on a
 * terminal (`terminal`) shows the first TERMINAL_PAGE rows from --offset.
 */
export function listPage(flags: PageFlags, terminal: boolean = process.stdout.isTTY === true): ListPage {
  const page = pageOf(flags);
  if (page.limit !== undefined || flags.all || flags.json || !terminal) return { page, terminalDefault: false };
  return { page: { ...page, limit: TERMINAL_PAGE }, terminalDefault: true };
}

/**
 * The line under a table cut to the terminal's default page: which rows it shows of how many, and
 * how to see the rest. Empty when the page holds every row from its offset on.
 */
export function pageNote(list: ListPage, shown: number, total: number, noun: string): string {
  const from = list.page.offset ?? 0;
  if (!list.terminalDefault || from + shown >= total) return "";
  const n = (x: number) => x.toLocaleString("en-GB");
  return (
    `showing ${noun} ${n(from + 1)}–${n(from + shown)} of ${n(total)} (a terminal shows ${TERMINAL_PAGE} at a time): ` +
    `--offset ${from + shown} for the next ${TERMINAL_PAGE}, --all for every row, --json for scripts\n`
  );
}

/** The page --limit and --offset ask for; anything but a whole number of rows is a UserError. */
export function pageOf(flags: PageFlags): Page {
  const count = (flag: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v.trim())) throw new UserError(`${flag} "${v}" is not a number of rows; write e.g. ${flag} 50`);
    return Number(v);
  };
  return { offset: count("--offset", flags.offset) ?? 0, limit: count("--limit", flags.limit) };
}

/**
 * Prints rows kept as JSON text as `--json` prints a list (`JSON.stringify(list, null, 2)` and a
 * line break), one row at a time and waiting for the reader when it is slower: a list of tens of
 * thousands of rows never sits in memory whole.
 */
export async function printJsonRows(rows: AsyncIterable<string>, out: NodeJS.WritableStream = process.stdout) {
  const write = async (text: string) => {
    if (!out.write(text)) await new Promise((resolve) => out.once("drain", resolve));
  };
  let first = true;
  for await (const json of rows) {
    // Each row as JSON.stringify(row, null, 2) writes it inside a list: every line two spaces in.
    const row = JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, "\n  ");
    await write(`${first ? "[\n" : ",\n"}  ${row}`);
    first = false;
  }
  await write(first ? "[]\n" : "\n]\n");
}

/** The rows of `list` a page holds. */
export function pageRows<T>(list: T[], page: Page): T[] {
  const from = page.offset ?? 0;
  return page.limit === undefined ? list.slice(from) : list.slice(from, from + page.limit);
}

export async function openCase(flags: CaseFlags, write = false): Promise<CaseContext> {
  const location = storePath(flags.store);
  const caseName = (flags.case ?? DEFAULT_CASE).trim() || DEFAULT_CASE;
  if (!isPostgresLocation(location) && !existsSync(location))
    throw new UserError(`no store at ${location}: run "casefile ingest PATH..." first, or give --store FILE`);
  let store: Store;
  try {
    store = await openStore(location, { readonly: !write });
  } catch (e) {
    throw new UserError(e instanceof Error ? e.message : String(e));
  }
  try {
    const cases = await store.listCases();
    if (!cases.some((c) => c.name === caseName)) {
      const names = cases.map((c) => c.name);
      throw new UserError(
        `${location} has no case "${caseName}"` +
          (names.length
            ? `; its cases: ${names.join(", ")} (choose with --case NAME)`
            : "; ingest articles into it first"),
      );
    }
  } catch (e) {
    await store.close();
    throw e;
  }
  let built: Promise<CaseIndex> | null = null;
  let stored: Promise<StoredCase | null> | null = null;
  const caseIndex = () => (built ??= loadCaseFile(store, caseName).then(indexCase));
  return {
    store,
    caseName,
    location,
    caseIndex,
    caseFile: async () => (await caseIndex()).file,
    stored: () => (stored ??= freshStoredCase(store, caseName)),
  };
}

/** Runs a command body against the case; every error a user can meet becomes one line and exit code 1. */
export async function runOnCase(
  command: string,
  flags: CaseFlags,
  body: (ctx: CaseContext) => number | Promise<number>,
  write = false,
): Promise<number> {
  quietOnClosedPipe();
  let ctx: CaseContext | null = null;
  try {
    ctx = await openCase(flags, write);
    const status = await body(ctx);
    // A correction changed the case: bring the stored case file up to date before exiting.
    if (write) await refreshCase(ctx.store, ctx.caseName);
    return status;
  } catch (e) {
    if (e instanceof UserError || e instanceof StoreError) {
      console.error(`casefile ${command}: ${e.message}`);
      return 1;
    }
    console.error(`casefile ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await ctx?.store.close();
  }
}

let pipeGuarded = false;

/** `casefile timeline | head` closes the pipe early: that is the reader's choice, not an error. */
function quietOnClosedPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}

/** The one entity a name points at, or a UserError that says why not. */
export function findEntity(c: CaseIndex, query: string): CaseEntity {
  return userFacing(() => pickEntity(c, query));
}

/** The one of the entities `query` matched (`found`, as `matchEntities` finds them), or the error `findEntity` gives. */
export function findOne<T extends { id: string; name: string }>(found: T[], query: string): T {
  return userFacing(() => pickOne(found, query));
}

function userFacing<T>(pick: () => T): T {
  try {
    return pick();
  } catch (e) {
    if (!(e instanceof CorrectionError)) throw e;
    throw new UserError(e.status === 404 ? `${e.message} (see "casefile people")` : e.message);
  }
}
