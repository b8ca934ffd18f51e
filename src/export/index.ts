// Exports of a case file. Each format is a mapping from the CaseFile type (src/casefile/types.ts);
// none reads the store or the disk. `exportCase` gives the files to write: one for most formats,
// four for CSV with a folder.

import type { CaseFile } from "../casefile/types.js";
import { CSV_TABLES, csvCombined, csvTables, csvText } from "./csv.js";
import { toFtmLines } from "./ftm.js";
import { toGraphml } from "./graphml.js";
import { toCaseJson } from "./json.js";
import { toStix } from "./stix.js";

export const EXPORT_FORMATS = ["json", "ftm", "stix", "csv", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** For CSV: one file per table (written into a folder) instead of one combined table. */
  split?: boolean;
  /** For STIX: created/modified timestamp. */
  timestamp?: string;
}

export interface ExportFile {
  /** Suggested file name ("case.json", "entities.csv"). */
  name: string;
  content: string;
}

export function isExportFormat(f: string): f is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(f);
}

export function exportCase(c: CaseFile, format: ExportFormat, options: ExportOptions = {}): ExportFile[] {
  switch (format) {
    case "json":
      return [{ name: "case.json", content: JSON.stringify(toCaseJson(c), null, 2) + "\n" }];
    case "ftm":
      return [{ name: "case.ftm.json", content: toFtmLines(c) }];
    case "stix":
      return [
        {
          name: "case.stix.json",
          content: JSON.stringify(toStix(c, { timestamp: options.timestamp }), null, 2) + "\n",
        },
      ];
    case "graphml":
      return [{ name: "case.graphml", content: toGraphml(c) }];
    case "csv": {
      if (!options.split) return [{ name: "case.csv", content: csvText(csvCombined(c)) }];
      const tables = csvTables(c);
      return CSV_TABLES.map((t) => ({ name: `${t}.csv`, content: csvText(tables[t]) }));
    }
  }
}

export { toCaseJson, toFtmLines, toGraphml, toStix, csvTables, csvCombined, csvText };
