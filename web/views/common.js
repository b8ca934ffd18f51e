// What the views share: links into the page, type badges, source lines, panels and pagers.
import { h, clear, formatDate, humanize } from "../dom.js";

export const caseHref = (name, ...rest) =>
  `#/case/${encodeURIComponent(name)}` + rest.map((p) => "/" + encodeURIComponent(p)).join("");

export const entityHref = (name, id) => caseHref(name, "entity", id);

export const docHref = (name, id, start, end) =>
  caseHref(name, "document", id) + (start != null ? `?hl=${start}-${end}` : "");

export const TYPE_LABEL = { person: "Person", organization: "Organisation", location: "Place", event: "Event" };

export function typeBadge(type) {
  return h("span", { class: `badge type-${type}` }, TYPE_LABEL[type] ?? humanize(type));
}

export function entityLink(caseName, e) {
  return h("a", { href: entityHref(caseName, e.id), class: `entity-link type-${e.type ?? "person"}` }, e.name);
}

export function sourceLine(caseName, doc, start, end) {
  const bits = [doc.outlet, doc.published ? formatDate(doc.published) : null].filter(Boolean).join(" · ");
  return h(
    "a",
    { href: docHref(caseName, doc.id, start, end), class: "source" },
    h("span", { class: "source-title" }, doc.title || doc.id),
    bits ? h("span", { class: "source-meta" }, bits) : null,
  );
}

/**
 * A table with one row per item. Each column is {label, cell(item), num?, className?}: a `num`
 * column is right-aligned (class "num" on its header and cells), `className` goes on its cells.
 */
export function dataTable(attrs, columns, items) {
  return h(
    "table",
    attrs,
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        columns.map((c) => h("th", c.num ? { class: "num" } : null, c.label)),
      ),
    ),
    h(
      "tbody",
      null,
      items.map((item) =>
        h(
          "tr",
          null,
          columns.map((c) =>
            h("td", c.num || c.className ? { class: c.num ? "num" : c.className } : null, c.cell(item)),
          ),
        ),
      ),
    ),
  );
}

export function section(title, ...children) {
  return h("section", { class: "panel" }, h("h2", null, title), ...children);
}

export function empty(text) {
  return h("p", { class: "empty" }, text);
}

export function pagerLinks(name, view, query, offset, limit, total) {
  const link = (o, label) => {
    const p = new URLSearchParams(query);
    p.set("offset", String(o));
    return h("a", { href: caseHref(name, view) + "?" + p, class: "button" }, label);
  };
  return h(
    "nav",
    { class: "pager" },
    offset > 0 ? link(Math.max(0, offset - limit), "← Previous") : null,
    h("span", null, `${offset + 1}–${Math.min(total, offset + limit)} of ${total}`),
    offset + limit < total ? link(offset + limit, "Next →") : null,
  );
}

/** "said 15 Sep 2025" when the text dates the statement, "reported …" when only the article is dated. */
function whenLabel(s) {
  if (!s.when) return "undated";
  return `${s.dated === "said" ? "said" : "reported"} ${formatDate(s.when)}`;
}

/** When, in which role, how and to whom: the statement's facts in one line. */
export function statementFacts(s) {
  const bits = [
    s.when !== undefined ? whenLabel(s) : s.saidAt ? `said ${formatDate(s.saidAt)}` : null,
    s.role ? `as ${s.role}` : null,
    s.channel && s.channel !== "unknown" ? s.channel : null,
    s.addressee ? `to ${s.addressee}` : null,
  ].filter(Boolean);
  return bits.length ? h("p", { class: "statement-facts" }, bits.join(" · ")) : null;
}

/** Writes a status line's message: `kind` is ok, error or busy. */
export function showStatus(el, kind, ...content) {
  clear(el);
  el.className = `status-line ${kind}`;
  for (const c of content) el.append(c);
}
