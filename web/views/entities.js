// People, organisations and places of the case, filtered and paged.
import { get, casePath } from "../api.js";
import { h, plural } from "../dom.js";
import { caseHref, typeBadge, entityLink, pagerLinks } from "./common.js";
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
    h(
      "table",
      { class: "entity-table wide" },
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          h("th", null, "Name"),
          h("th", null, "Type"),
          h("th", null, "Also called"),
          h("th", null, "Roles"),
          h("th", { class: "num" }, "Articles"),
          h("th", { class: "num" }, "Quotes"),
        ),
      ),
      h(
        "tbody",
        null,
        page.items.map((e) =>
          h(
            "tr",
            null,
            h("td", null, entityLink(name, e)),
            h("td", null, typeBadge(e.type)),
            h("td", { class: "aka" }, e.aliases.slice(0, 4).join(", ")),
            h("td", { class: "role" }, e.roles.slice(0, 3).join("; ")),
            h("td", { class: "num" }, String(e.documents)),
            h("td", { class: "num" }, String(e.quotes)),
          ),
        ),
      ),
    ),
    corrections,
  );
}
