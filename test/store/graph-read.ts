// What every test of a store's graph checks once the case file is stored: the graph is read with
// the ids the whole case gives it (a milestone's number on its node and on the edges ending at it,
// counted when read), whole and as a drawing of its heaviest nodes, and an entity's page lists
// the connections the whole case lists.
import assert from "node:assert/strict";
import type { CaseFile } from "../../src/casefile/types.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { assertStoredAnswersEqual } from "../server/stored-answers.js";

/** `case_graph`'s columns since migration 21 (SQLite; 19 on PostgreSQL). */
export const GRAPH_COLUMNS = [
  "case_id",
  "part",
  "ord",
  "rank",
  "hash",
  "milestone",
  "source",
  "target",
  "label",
  "head_json",
  "json",
];

/** The stored graph of `file` (case `caseName`) reads as the whole case's, and so do the answers made of it. */
export async function assertGraphRead(stored: StoredCase, file: CaseFile, caseName: string): Promise<void> {
  assert.ok(
    file.graph.nodes.some((n) => n.kind === "event") && file.graph.edges.some((e) => e.target.startsWith("ev:")),
    "the case's graph has a milestone and an edge ending at it",
  );
  assert.deepEqual(await stored.graph(), JSON.parse(JSON.stringify(file.graph)), "the graph, with its ids");
  await assertStoredAnswersEqual(stored, JSON.parse(JSON.stringify(file)) as CaseFile, caseName);
}
