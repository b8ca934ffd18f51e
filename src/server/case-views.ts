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
import { accountItem, sideItem, subjectHead } from "./accounts.js";
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

/** The view holding the subjects' heads, a row each in their order (`accountRows`). */
const SUBJECT = "subject";

/** The name of the view holding one actor's side of one subject (`accountRows`). */
const sideView = (subject: string, actor: string) => `subject-side:${JSON.stringify([subject, actor])}`;

/**
 * The accounts' rows: each account a view of its own named by its actor (its JSON, `accountItem`,
 * in parts as `viewParts` cuts a view), the actors in the accounts' order ("account-order"), and
 * each of the subjects: its head (its JSON up to its sides, with its key and its sides' actors)
 * a row of "subject" in the subjects' order, and each actor's side a view of its own named by the
 * subject's key and the actor. An account or a side is keyed by whose it is, not by its place, so
 * a refresh writes again only those that changed: one actor's new statement moves every account
 * after it in the order (most statements first) and every subject after one it joins, but leaves
 * their text as it was (after a batch of 100 at 10,000 articles, 9,201 of the 9,753 sides of the
 * fifty subjects, 15.9 of their 23.5 M characters). Each account and side is made into JSON on its
 * own and let go, so the refresh never holds every statement of the case as an item of the answer
 * at once.
 */
function accountRows(view: CaseView, computed: Accounts): ViewRow[] {
  const rows = viewParts("account-order", JSON.stringify(computed.accounts.map((a) => a.actor.id)));
  for (const a of computed.accounts)
    append(rows, viewParts(ACCOUNT + a.actor.id, JSON.stringify(accountItem(view, a))));
  for (const [i, s] of computed.subjects.entries()) {
    const head = JSON.stringify(subjectHead(s, []));
    const actors = s.sides.map((side) => side.actor.id);
    rows.push([SUBJECT, i, i, JSON.stringify([s.key, head.slice(0, -"]}".length), actors])]);
    for (const side of s.sides)
      append(rows, viewParts(sideView(s.key, side.actor.id), JSON.stringify(sideItem(view, side))));
  }
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
  const heads = subjects > 0 ? await stored.viewRows(SUBJECT, { limit: subjects }) : [];
  // A case refreshed before the subjects were kept by side has them whole: built instead.
  if (heads.length === 0 && subjects > 0 && (await stored.viewCount("accounts-subject")) > 0) return undefined;
  const accounts = await stored.viewsNamed(ACCOUNT);
  const sides = heads.length > 0 ? await stored.viewsNamed("subject-side:") : new Map<string, Buffer[]>();
  const comma = Buffer.from(",");
  const parts: Buffer[] = [Buffer.from(`{"rule":${JSON.stringify(GROUPING_RULE)},"accounts":[`)];
  const list = (items: Buffer[][]) => {
    for (const [i, item] of items.entries()) {
      if (i > 0) parts.push(comma);
      append(parts, item);
    }
  };
  list((JSON.parse(order) as string[]).map((id) => accounts.get(ACCOUNT + id)!));
  parts.push(Buffer.from(`],"subjects":[`));
  list(
    heads.map((row) => {
      const [key, head, actors] = JSON.parse(row.toString("utf8")) as [string, string, string[]];
      const subject = [Buffer.from(head)];
      for (const [i, actor] of actors.entries()) {
        if (i > 0) subject.push(comma);
        append(subject, sides.get(sideView(key, actor))!);
      }
      subject.push(Buffer.from("]}"));
      return subject;
    }),
  );
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
