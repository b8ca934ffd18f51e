// The answers of the accounts page and the brief: accounts side by side as the UI draws them
// (each statement as a quote item with its date), and the brief rendered for the web UI, whose
// citations open the document view with the cited words highlighted.
import {
  accountsOf,
  GROUPING_RULE,
  type Account,
  type Accounts,
  type Statement,
  type Subject,
  type SubjectSide,
} from "../casefile/accounts.js";
import type { CaseEntity } from "../casefile/types.js";
import { buildBrief, type Brief } from "../brief/model.js";
import { renderHtml, renderMarkdown } from "../brief/render.js";
import type { Store } from "../store/types.js";
import { quoteItem, type CaseView } from "./queries.js";

const actorRef = (e: CaseEntity) => ({ id: e.id, name: e.name, type: e.type, role: e.roles[0]?.text ?? null });

/** A statement as the accounts page lists it: the quote's item with its date. */
function statementItem(view: CaseView, s: Statement) {
  return { ...quoteItem(view, s.quote), when: s.when, dated: s.dated };
}

/** One account as the accounts page lists it. */
export function accountItem(view: CaseView, a: Account) {
  return { actor: actorRef(a.actor), statements: a.statements.map((s) => statementItem(view, s)) };
}

/** One subject as the accounts page lists it. */
export function subjectItem(view: CaseView, s: Subject) {
  return { ...subjectHead(s, []), sides: s.sides.map((side) => sideItem(view, side)) };
}

/** A subject's fields before its sides, with `sides` (its last field) as given. */
export function subjectHead<T>(s: Subject, sides: T[]) {
  return { key: s.key, label: s.label, kind: s.kind, why: s.why, sides };
}

/** One actor's side of a subject as the accounts page lists it. */
export function sideItem(view: CaseView, side: SubjectSide) {
  return { actor: actorRef(side.actor), statements: side.statements.map((st) => statementItem(view, st)) };
}

/** The accounts page's answer; `a`: `accountsOf(view, { subjects })` when already computed. */
export function accountsAnswer(view: CaseView, subjects: number, a: Accounts = accountsOf(view, { subjects })) {
  return {
    rule: GROUPING_RULE,
    accounts: a.accounts.map((x) => accountItem(view, x)),
    subjects: a.subjects.map((s) => subjectItem(view, s)),
  };
}

export async function briefAnswer(view: CaseView, store: Store) {
  const texts = new Map<string, string>();
  for (const d of view.file.documents) {
    const got = await store.getDocument(view.name, d.id);
    if (got) texts.set(d.id, got.document.text);
  }
  return briefPage(buildBrief(view, texts, view.name));
}

/** The brief as the API answers it: rendered for the web UI, and as Markdown. */
export function briefPage(brief: Brief) {
  return {
    html: renderHtml(brief, { appUrl: "/" }),
    markdown: renderMarkdown(brief),
    citations: brief.citations.length,
  };
}
