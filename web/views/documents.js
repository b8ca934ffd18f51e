// The case's articles.
import { get, casePath } from "../api.js";
import { h, plural, formatDate } from "../dom.js";
import { dataTable, docHref, pagerLinks } from "./common.js";

export async function documentsView(route) {
  const name = route.caseName;
  const offset = Number(route.query.get("offset")) || 0;
  const page = await get(casePath(name, "documents"), { offset, limit: 500 });
  return h(
    "div",
    { class: "page" },
    h("h1", null, "Articles"),
    h("p", { class: "result-count" }, plural(page.total, "article")),
    page.total > page.limit ? pagerLinks(name, "documents", route.query, offset, page.limit, page.total) : null,
    dataTable({ class: "entity-table wide", id: "document-table" }, DOCUMENT_COLUMNS(name), page.items),
  );
}

const DOCUMENT_COLUMNS = (name) => [
  { label: "Title", cell: (d) => h("a", { href: docHref(name, d.id) }, d.title || d.id) },
  { label: "Outlet", cell: (d) => d.outlet ?? "" },
  { label: "Published", cell: (d) => (d.published ? formatDate(d.published) : "") },
  { label: "Note", className: "muted", cell: (d) => (d.duplicateOf ? `copy of ${d.duplicateOf}` : "") },
];
