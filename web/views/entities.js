// People, organisations and places of the case, filtered and paged.
import { get, casePath } from "../api.js";
import { h, plural } from "../dom.js";
import { caseHref, dataTable, typeBadge, entityLink, pagerLinks } from "./common.js";
import { correctionsList } from "./corrections.js";

export async function entitiesView(route) {
  const name = route.caseName;
  const type = route.query.get("type") ?? "";
  const offset = Number(route.query.get("offset")) || 0;
  const page = await get(casePath(name, "entities"), { type, offset, limit: 500 });
  const corrections = await correctionsList(name);
  const filter = (t, label) =>
    h(
      "a",
      { href: caseHref(name, "entities") + (t ? `?type=${t}` : ""), class: t === type ? "chip active" : "chip" },
      label,
    );
  return h(
    "div",
    { class: "page" },
    h("h1", null, "People, organisations and places"),
    h(
      "nav",
      { class: "chips" },
      filter("", "All"),
      filter("person", "People"),
      filter("organization", "Organisations"),
      filter("location", "Places"),
    ),
    h("p", { class: "result-count" }, plural(page.total, "entity", "entities")),
    page.total > page.limit ? pagerLinks(name, "entities", route.query, offset, page.limit, page.total) : null,
    dataTable({ class: "entity-table wide" }, ENTITY_COLUMNS(name), page.items),
    corrections,
  );
}

const ENTITY_COLUMNS = (name) => [
  { label: "Name", cell: (e) => entityLink(name, e) },
  { label: "Type", cell: (e) => typeBadge(e.type) },
  { label: "Also called", className: "aka", cell: (e) => e.aliases.slice(0, 4).join(", ") },
  { label: "Roles", className: "role", cell: (e) => e.roles.slice(0, 3).join("; ") },
  { label: "Articles", num: true, cell: (e) => String(e.documents) },
  { label: "Quotes", num: true, cell: (e) => String(e.quotes) },
];
