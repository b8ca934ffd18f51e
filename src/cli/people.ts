// `casefile people` and `casefile orgs`: the case's people (or organisations) with their other
// names, roles, stated ages and how many sources name them.
import type { Command } from "commander";
import { entityListRow } from "../casefile/queries.js";
import type { CaseEntity, CaseFile, EntityListRow } from "../casefile/index.js";
import {
  caseOptions,
  listPage,
  pageNote,
  pageOptions,
  pageRows,
  printJsonRows,
  runOnCase,
  type CaseContext,
  type CaseFlags,
  type PageFlags,
} from "./case-query.js";
import { printResult, renderTable, terminalWidth } from "./table.js";

export function entityRows(c: CaseFile, type: CaseEntity["type"]): CaseEntity[] {
  return c.entities.filter((e) => e.type === type);
}

export function renderEntities(entities: EntityListRow[], withAge: boolean): string {
  if (entities.length === 0) return "(none)\n";
  const columns = [
    { header: "Name", grow: 1, min: 14 },
    { header: "Also written", grow: 2 },
    { header: "Roles", grow: 3 },
    ...(withAge ? [{ header: "Age", grow: 0, min: 3 }] : []),
    { header: "Sources", grow: 0, align: "right" as const },
  ];
  const rows = entities.map((e) => [
    e.name,
    e.alsoWritten.join(", "),
    e.roles.join("; "),
    ...(withAge ? [e.ages.join("/")] : []),
    e.independentDocuments === e.documents
      ? e.documents
      : `${e.independentDocuments} (+${e.documents - e.independentDocuments} copies)`,
  ]);
  return renderTable(columns, rows, { width: terminalWidth() });
}

/**
 * Lists the case's entities of one type (`people`, `orgs`): a page of the stored case when it is
 * up to date, else of the case built in memory; under a table cut to the terminal's page, a note.
 */
export async function printEntities(
  ctx: CaseContext,
  flags: CaseFlags & PageFlags,
  type: CaseEntity["type"],
  noun: string,
): Promise<number> {
  const list = listPage(flags);
  const stored = await ctx.stored();
  if (stored && flags.json) {
    await printJsonRows(stored.entityJson(type, list.page));
    return 0;
  }
  const withAge = type === "person";
  if (stored) {
    // A table of the stored case reads each entity's list row, not the whole entity.
    const rows = await stored.entityRows(type, list.page);
    const total = list.terminalDefault ? await stored.entityCount(type) : rows.length;
    printResult(false, rows, () => renderEntities(rows, withAge) + pageNote(list, rows.length, total, noun));
    return 0;
  }
  const all = entityRows(await ctx.caseFile(), type);
  const rows = pageRows(all, list.page);
  printResult(
    flags.json,
    rows,
    () => renderEntities(rows.map(entityListRow), withAge) + pageNote(list, rows.length, all.length, noun),
  );
  return 0;
}

export function registerPeople(program: Command): void {
  pageOptions(
    caseOptions(program.command("people").description("list the people in the case, with aliases, roles and sources")),
  ).action(async (flags: CaseFlags & PageFlags) => {
    process.exitCode = await runOnCase("people", flags, (ctx) => printEntities(ctx, flags, "person", "people"));
  });
}
