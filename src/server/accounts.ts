// The answers of the accounts page and the brief: accounts side by side as the UI draws them
// (each statement as a quote item with its date), and the brief rendered for the web UI, whose
// citations open the document view with the cited words highlighted.
import { accountsOf, GROUPING_RULE, type Accounts, type Statement } from "../casefile/accounts.js";
import type { CaseEntity } from "../casefile/types.js";
import { buildBrief, type Brief } from "../brief/model.js";
import { renderHtml, renderMarkdown } from "../brief/render.js";
import type { Store } from "../store/types.js";
import { quoteItem, type CaseView } from "./queries.js";

const actorRef = (e: CaseEntity) => ({ id: e.id, name: e.name, type: e.type, role: e.roles[0]?.text ?? null });

/** The accounts page's answer; `a`: `accountsOf(view, { subjects })` when already computed. */
export function accountsAnswer(view: CaseView, subjects: number, a: Accounts = accountsOf(view, { subjects })) {
  const item = (s: Statement) => ({ ...quoteItem(view, s.quote), when: s.when, dated: s.dated });
  return {
    rule: GROUPING_RULE,
    accounts: a.accounts.map((x) => ({ actor: actorRef(x.actor), statements: x.statements.map(item) })),
    subjects: a.subjects.map((s) => ({
      key: s.key,
      label: s.label,
      kind: s.kind,
      why: s.why,
      sides: s.sides.map((side) => ({ actor: actorRef(side.actor), statements: side.statements.map(item) })),
    })),
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
