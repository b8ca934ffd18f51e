// The answers about the whole case (the overview, the brief, each actor's account) kept in the
// store beside the case file (`case_views`, src/store/case/schema.ts): the refresh computes them
// with the same functions the server would run on the whole case, from the case file it has just
// built, and writes them in the same transaction; a request then reads a row or a few instead of
// building the case. What a request may vary is kept so that its answer is a read: the accounts
// with the most subjects asked for (a shorter list is its first rows). The graph's heaviest nodes
// are read from the case file's own graph rows, which keep each node's rank by weight and each
// edge's larger rank of its two ends (`graphOrderKeys`, src/store/case/tables.ts).
import { accountsOf, GROUPING_RULE, type Accounts } from "../casefile/accounts.js";
import { indexCase } from "../casefile/queries.js";
import type { CaseFile } from "../casefile/types.js";
import type { SentenceCache } from "../core/doc.js";
import { buildBrief, type Texts } from "../brief/model.js";
import { append, viewParts, type StoredCase, type ViewRow } from "../store/case/tables.js";
import { accountItem, subjectItem } from "./accounts.js";
import { caseOverview, type CaseOverview, type CaseView } from "./queries.js";

/** The most subjects `GET …/accounts` lists (AccountsQuery's maximum). */
export const SUBJECTS_KEPT = 50;

/**
 * The `case_views` rows of a case file: what the overview, the brief and the accounts answer,
 * computed once. `texts` are the documents' stored texts (the brief cites their sentences), and
 * `sentences` those the case build split, which the brief takes instead of splitting them again.
 */
export function caseViewRows(file: CaseFile, texts: Texts, caseName: string, sentences?: SentenceCache): ViewRow[] {
  const view: CaseView = { ...indexCase(file), name: caseName, revision: 0 };
  const rows: ViewRow[] = viewParts("overview", JSON.stringify(caseOverview(view)));
  // Computed once for the accounts and the brief (its subjects are the first BRIEF_SUBJECTS).
  const computed = accountsOf(view, { subjects: SUBJECTS_KEPT });
  rows.push(...accountRows(view, computed));
  // The brief's model (it cites the texts, which the refresh has at hand); its rendered page is
  // made on the first request and kept beside it (`keptBrief`). Rendering it here made the
  // refresh's peak memory several times the case's. "brief-model", not "brief": stores refreshed
  // at 3211659 kept a model under "brief" that had no page kept with it.
  rows.push(
    ...viewParts("brief-model", JSON.stringify(buildBrief(view, texts, caseName, { accounts: computed, sentences }))),
  );
  return rows;
}

/** The name of the view holding one actor's account (`accountRows`). */
const ACCOUNT = "account:";

/**
 * The accounts' rows: each account a view of its own named by its actor (its JSON, `accountItem`,
 * in parts as `viewParts` cuts a view), the actors in the accounts' order ("account-order"), and
 * each of the subjects. An account is keyed by whose it is, not by its place, so a refresh writes
 * again only the accounts that changed: one actor's new statement moves every account after it
 * in the order (most statements first), but leaves their text as it was. Each account and
 * subject is made into JSON on its own and let go, so the refresh never holds every statement of
 * the case as an item of the answer at once.
 */
function accountRows(view: CaseView, computed: Accounts): ViewRow[] {
  const rows = viewParts("account-order", JSON.stringify(computed.accounts.map((a) => a.actor.id)));
  for (const a of computed.accounts)
    rows.push(...viewParts(ACCOUNT + a.actor.id, JSON.stringify(accountItem(view, a))));
  for (const [i, s] of computed.subjects.entries())
    rows.push(["accounts-subject", i, i, JSON.stringify(subjectItem(view, s))]);
  return rows;
}

/** GET /api/cases/:case: the overview kept, with the store's revision now. */
export async function storedOverview(stored: StoredCase, revision: number): Promise<CaseOverview | undefined> {
  const json = await stored.view("overview");
  return json === undefined ? undefined : { ...(JSON.parse(json) as CaseOverview), revision };
}

/** An answer already serialised (text, or its UTF-8 bytes): the server writes its bytes as they are. */
export class RawJson {
  constructor(readonly json: string | Buffer) {}

  /** The bytes the server writes. */
  bytes(): Buffer {
    return typeof this.json === "string" ? Buffer.from(this.json) : this.json;
  }

  /** The JSON as text. */
  text(): string {
    return typeof this.json === "string" ? this.json : this.json.toString("utf8");
  }
}

/**
 * GET …/accounts: every account and the first `subjects` subjects, as `accountsAnswer` writes them,
 * made of the stored rows' bytes in the accounts' order (one copy of 64 MB at 10,000 articles).
 */
export async function storedAccounts(stored: StoredCase, subjects: number): Promise<RawJson | undefined> {
  // A case refreshed before the accounts were kept by actor has no order: built instead.
  const order = await stored.view("account-order");
  if (order === undefined) return undefined;
  const accounts = await stored.viewsNamed(ACCOUNT);
  const sides = subjects > 0 ? await stored.viewRows("accounts-subject", { limit: subjects }) : [];
  const comma = Buffer.from(",");
  const parts: Buffer[] = [Buffer.from(`{"rule":${JSON.stringify(GROUPING_RULE)},"accounts":[`)];
  for (const [i, id] of (JSON.parse(order) as string[]).entries()) {
    if (i > 0) parts.push(comma);
    append(parts, accounts.get(ACCOUNT + id)!);
  }
  parts.push(Buffer.from(`],"subjects":[`));
  for (const [i, side] of sides.entries()) parts.push(...(i > 0 ? [comma, side] : [side]));
  parts.push(Buffer.from("]}"));
  return new RawJson(Buffer.concat(parts));
}

/**
 * GET …/graph: the `limit` heaviest nodes and the edges among them, as `graphView` draws them
 * and the API writes them, read from the case file's graph rows by rank (each edge as drawn, its
 * sentences counted when written: `case_graph.head_json`). The rows are the JSON the answer is made
 * of, so they go into it as they are (a milestone's number put into their text), not parsed and
 * written again.
 */
export async function storedGraph(stored: StoredCase, limit: number): Promise<RawJson | undefined> {
  if ((await stored.view("overview")) === undefined) return undefined;
  const total = await stored.graphCount("node");
  const { nodes, edges } = await stored.graphDrawing(limit, total);
  return new RawJson(`{"nodes":[${nodes.join(",")}],"edges":[${edges.join(",")}],"total":${total}}`);
}
