// CSV tables (RFC 4180: CRLF line ends, fields with a comma, quote or line break in double
// quotes, quotes doubled; cells a spreadsheet would run as formulas neutralised). Four tables: entities, quotes, timeline, contradictions.
//   `casefile export --format csv --out DIR`  writes DIR/entities.csv, quotes.csv, timeline.csv,
//                                             contradictions.csv
//   `casefile export --format csv`            prints one table whose first column, `table`,
//                                             names the table each row belongs to (columns are the
//                                             union of the four tables', empty where unused)

import type { CaseFile } from "../casefile/types.js";

export type CsvTableName = "entities" | "quotes" | "timeline" | "contradictions";
export const CSV_TABLES: CsvTableName[] = ["entities", "quotes", "timeline", "contradictions"];

export interface CsvTable {
  columns: string[];
  rows: (string | number | null)[][];
}

const LIST = "; ";

/**
 * A cell a spreadsheet would run as a formula: one whose first character, after any white space,
 * is =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection"), including the full-width
 * forms some spreadsheets also accept. Quoted text is hostile: a quote that opens "=HYPERLINK(…"
 * or "@SUM(…" must reach the spreadsheet as text.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One RFC 4180 field. A string that a spreadsheet would take for a formula is prefixed with a
 * single quote (OWASP's neutralisation: the cell is shown as text, the quote mark visibly added)
 * and then quoted like any other field. Numbers are written as numbers.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((r) => r.map(csvField).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function csvTables(c: CaseFile): Record<CsvTableName, CsvTable> {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return {
    entities: entitiesTable(c, nameOf),
    quotes: quotesTable(c, nameOf),
    timeline: timelineTable(c),
    contradictions: contradictionsTable(c),
  };
}

/** An entity id's name in the case (the id itself when the case has no such entity). */
type NameOf = (id: string) => string;

function entitiesTable(c: CaseFile, nameOf: NameOf): CsvTable {
  return {
    columns: ["id", "name", "type", "aliases", "roles", "ages", "affiliations", "documents", "mentions"],
    rows: c.entities.map((e) => [
      e.id,
      e.name,
      e.type,
      e.aliases.map((a) => a.text).join(LIST),
      e.roles.map((r) => r.text).join(LIST),
      e.ages.map((a) => a.value).join(LIST),
      e.affiliations.map(nameOf).join(LIST),
      e.documents.join(LIST),
      e.mentionCount,
    ]),
  };
}

function quotesTable(c: CaseFile, nameOf: NameOf): CsvTable {
  return {
    columns: [
      "id",
      "document",
      "start",
      "end",
      "kind",
      "speaker",
      "text",
      "cue",
      "about",
      "said_at",
      "role",
      "addressee",
      "channel",
    ],
    rows: c.quotes.map((q) => [
      q.id,
      q.document,
      q.start,
      q.end,
      q.kind,
      q.speakerName,
      q.text,
      q.cue,
      q.about.map(nameOf).join(LIST),
      q.saidAt,
      q.role,
      q.addressee,
      q.channel,
    ]),
  };
}

/** "2023-04-12 (kc-01, kc-03); 2023-04-13 (kc-02)": each value the sources give, with its sources. */
function sourcedValues(values: { value: string; documents: string[] }[]): string {
  return values.map((d) => `${d.value} (${d.documents.join(", ")})`).join(LIST);
}

function timelineTable(c: CaseFile): CsvTable {
  return {
    columns: ["id", "type", "date", "end", "status", "participants", "documents", "dates", "statuses", "places"],
    rows: c.timeline.map((t) => [
      t.id,
      t.type,
      t.date,
      t.end,
      t.status,
      t.participantNames.join(LIST),
      [...new Set(t.sources.map((s) => s.document))].join(LIST),
      sourcedValues(t.dates),
      sourcedValues(t.statuses),
      sourcedValues(t.places),
    ]),
  };
}

/** One row per source of each value of each contradiction. */
function contradictionsTable(c: CaseFile): CsvTable {
  return {
    columns: ["id", "subject", "field", "value", "document", "start", "end", "words", "sentence"],
    rows: c.contradictions.flatMap((x) =>
      x.values.flatMap((v) =>
        v.sources.map((s) => [
          x.id,
          x.subject,
          x.field,
          v.value,
          s.document,
          s.start,
          s.end,
          s.text,
          s.sentence?.text ?? null,
        ]),
      ),
    ),
  };
}

/** All four tables in one, with a leading `table` column. */
export function csvCombined(c: CaseFile): CsvTable {
  const tables = csvTables(c);
  const columns: string[] = ["table"];
  for (const name of CSV_TABLES) for (const col of tables[name].columns) if (!columns.includes(col)) columns.push(col);
  const rows: CsvTable["rows"] = [];
  for (const name of CSV_TABLES) {
    const t = tables[name];
    const at = t.columns.map((col) => columns.indexOf(col));
    for (const r of t.rows) {
      const row: CsvTable["rows"][number] = new Array(columns.length).fill(null);
      row[0] = name;
      r.forEach((v, i) => (row[at[i]] = v));
      rows.push(row);
    }
  }
  return { columns, rows };
}
