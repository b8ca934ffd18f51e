// The case's articles.
import { get, casePath } from "../api.js";
import { h, plural, formatDate } from "../dom.js";
import { docHref, pagerLinks } from "./common.js";

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
    h(
      "table",
      { class: "entity-table wide", id: "document-table" },
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          h("th", null, "Title"),
          h("th", null, "Outlet"),
          h("th", null, "Published"),
          h("th", null, "Note"),
        ),
      ),
      h(
        "tbody",
        null,
        page.items.map((d) =>
          h(
            "tr",
            null,
            h("td", null, h("a", { href: docHref(name, d.id) }, d.title || d.id)),
            h("td", null, d.outlet ?? ""),
            h("td", null, d.published ? formatDate(d.published) : ""),
            h("td", { class: "muted" }, d.duplicateOf ? `copy of ${d.duplicateOf}` : ""),
          ),
        ),
      ),
    ),
  );
}
