// The overview: counts, the main people and organisations, the latest events, contradictions.
import { get, casePath } from "../api.js";
import { h, plural, formatDate, humanize } from "../dom.js";
import { caseHref, dataTable, entityLink, section, empty } from "./common.js";
import { eventList } from "./events.js";
import { staleNotice } from "./stale.js";

export async function overviewView(route) {
  const [o, stale] = await Promise.all([get(casePath(route.caseName)), staleNotice(route.caseName)]);
  const c = o.counts;
  const name = route.caseName;
  const stat = (n, label, href) =>
    h("a", { class: "stat", href }, h("strong", null, n.toLocaleString("en-GB")), h("span", null, label));
  return h(
    "div",
    { class: "page overview" },
    h(
      "div",
      { class: "lede" },
      h("h1", null, `The case file: ${name}`),
      h(
        "p",
        { class: "dek" },
        `${plural(c.documents, "article")} (${c.independent.toLocaleString("en-GB")} independent)`,
        o.dates.first ? `, from ${formatDate(o.dates.first)} to ${formatDate(o.dates.last)}` : "",
        o.outlets.length ? `, from ${plural(o.outlets.length, "outlet")}` : "",
        ".",
      ),
    ),
    stale,
    h(
      "div",
      { class: "stats" },
      stat(c.people, "people", caseHref(name, "entities") + "?type=person"),
      stat(c.organizations, "organisations", caseHref(name, "entities") + "?type=organization"),
      stat(c.quotes, "quotes", caseHref(name, "quotes")),
      stat(c.events, "events", caseHref(name, "timeline")),
      stat(c.contradictions, "contradictions", caseHref(name, "contradictions")),
      stat(c.documents, "articles", caseHref(name, "documents")),
    ),
    h(
      "div",
      { class: "columns" },
      section("People", o.people.length ? entityTable(name, o.people) : empty("No people found yet.")),
      section(
        "Organisations",
        o.organizations.length ? entityTable(name, o.organizations) : empty("No organisations found yet."),
      ),
    ),
    h(
      "div",
      { class: "columns" },
      section(
        "Latest events",
        o.recentEvents.length ? eventList(name, [...o.recentEvents].reverse()) : empty("No dated events."),
      ),
      section(
        "Where sources disagree",
        o.contradictions.length
          ? h(
              "ul",
              { class: "plain-list" },
              o.contradictions.map((x) =>
                h(
                  "li",
                  null,
                  h("a", { href: caseHref(name, "contradictions") + `?id=${encodeURIComponent(x.id)}` }, x.subject),
                  ` · ${humanize(x.field)}: `,
                  x.values.map((v) => v.value).join(" vs "),
                ),
              ),
            )
          : empty("No contradictions found."),
      ),
    ),
  );
}

function entityTable(caseName, entities) {
  return dataTable(
    { class: "entity-table" },
    [
      {
        label: "Name",
        cell: (e) => [
          entityLink(caseName, e),
          e.aliases.length ? h("span", { class: "aka" }, ` also “${e.aliases.slice(0, 2).join("”, “")}”`) : null,
        ],
      },
      { label: "Role", className: "role", cell: (e) => e.roles[0] ?? "" },
      { label: "Articles", num: true, cell: (e) => String(e.documents) },
      { label: "Quotes", num: true, cell: (e) => String(e.quotes) },
    ],
    entities,
  );
}
