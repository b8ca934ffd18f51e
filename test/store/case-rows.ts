// Every stored row of a case's case tables, as comparable text: what a refresh that writes only the
// rows that changed must leave exactly as a write of the whole case does (the digests included;
// the time of the build excepted).
import { CASE_TABLES } from "../../src/store/case/schema.js";
import type { Store } from "../../src/store/index.js";

/** Each case table's rows of `caseName` (each row's columns in name order), sorted, by table. */
export async function caseRows(store: Store, caseName: string): Promise<Record<string, string[]>> {
  const caseId = await store.caseId(caseName);
  const out: Record<string, string[]> = {};
  for (const table of CASE_TABLES) {
    const rows = await store.sql.all<Record<string, unknown>>(`SELECT * FROM ${table} WHERE case_id = ?`, [caseId]);
    out[table] = rows
      .map((r) =>
        JSON.stringify(
          Object.keys(r)
            .filter((k) => !(table === "case_state" && k === "built_at"))
            .sort()
            .map((k) => [k, r[k] === null ? null : String(r[k])]),
        ),
      )
      .sort();
  }
  return out;
}
