// Search results: entities, quotes and articles.
import { get, casePath } from "../api.js";
import { h } from "../dom.js";
import { docHref, typeBadge, entityLink, section, empty } from "./common.js";

export async function searchView(route) {
  const name = route.caseName;
  const q = route.query.get("q") ?? "";
  const input = document.getElementById("search-input");
  if (input && input.value !== q) input.value = q;
  if (!q.trim())
    return h("div", { class: "page" }, h("h1", null, "Search"), empty("Type a name or words in the search box."));
  const r = await get(casePath(name, "search"), { q });
  return h(
    "div",
    { class: "page" },
    h("h1", null, "Search: ", h("span", { class: "query" }, q)),
    section(
      "People and organisations",
      r.entities.length
        ? h(
            "ul",
            { class: "plain-list" },
            r.entities.map((e) =>
              h(
                "li",
                null,
                entityLink(name, e),
                " ",
                typeBadge(e.type),
                e.roles[0] ? h("span", { class: "muted" }, ` · ${e.roles[0]}`) : null,
              ),
            ),
          )
        : empty("No entity by that name."),
    ),
    section(
      "In the articles and quotes",
      r.hits.length
        ? h(
            "ol",
            { class: "hits", id: "search-hits" },
            r.hits.map((hit) =>
              h(
                "li",
                null,
                h(
                  "a",
                  { href: docHref(name, hit.documentId, hit.end > hit.start ? hit.start : null, hit.end) },
                  hit.kind === "quote"
                    ? `${hit.quote?.speaker ?? "Unattributed"}, quoted in ${hit.title || hit.documentId}`
                    : hit.title || hit.documentId,
                ),
                h("p", { class: "snippet" }, snippet(hit.snippet)),
              ),
            ),
          )
        : empty("No article or quote contains these words."),
    ),
  );
}

/** The store marks matches as «word»: show them as <mark>, everything as text. */
function snippet(s) {
  const out = [];
  const re = /«([^«»]*)»/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(last, m.index), h("mark", null, m[1]));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out;
}
