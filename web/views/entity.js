// One entity's page: aliases, roles, quotes, events, connections and sources.
import { get, casePath } from "../api.js";
import { h, plural, humanize } from "../dom.js";
import { caseHref, entityHref, docHref, typeBadge, entityLink, sourceLine, section, empty } from "./common.js";
import { contradictionCard } from "./contradictions.js";
import { eventList } from "./events.js";
import { entityCorrections } from "./corrections.js";
import { quoteCard } from "./quotes.js";

export async function entityView(route) {
  const name = route.caseName;
  const d = await get(casePath(name, "entities", route.id));
  const e = d.entity;
  const ages = e.ages ?? [];
  return h(
    "div",
    { class: "page entity-page", dataset: { entity: e.id } },
    h(
      "div",
      { class: "lede" },
      typeBadge(e.type),
      h("h1", { id: "entity-name" }, e.name),
      h(
        "p",
        { class: "dek" },
        [e.roles[0]?.text, ages.length ? `aged ${ages.map((a) => a.value).join(" or ")}` : null]
          .filter(Boolean)
          .join(", ") || null,
        d.organizations.length
          ? [" · ", d.organizations.map((o, i) => [i ? ", " : "", h("a", { href: entityHref(name, o.id) }, o.name)])]
          : null,
      ),
      h(
        "p",
        { class: "meta" },
        `Named in ${plural(e.documents.length, "article")}, ${plural(e.mentionCount, "mention")}.`,
      ),
    ),
    h(
      "div",
      { class: "columns" },
      section(
        "Also called",
        e.aliases.length
          ? h(
              "ul",
              { class: "plain-list aliases" },
              e.aliases.map((a) =>
                h(
                  "li",
                  null,
                  h("strong", null, a.text),
                  " ",
                  a.sources[0]
                    ? h(
                        "a",
                        {
                          href: docHref(name, a.sources[0].document, a.sources[0].start, a.sources[0].end),
                          class: "source-count",
                        },
                        plural(a.sources.length, "mention"),
                      )
                    : null,
                ),
              ),
            )
          : empty("No other names."),
      ),
      section(
        "Roles",
        e.roles.length
          ? h(
              "ul",
              { class: "plain-list" },
              e.roles.map((r) =>
                h(
                  "li",
                  null,
                  r.text,
                  " ",
                  r.sources[0]
                    ? h(
                        "a",
                        {
                          href: docHref(name, r.sources[0].document, r.sources[0].start, r.sources[0].end),
                          class: "source-count",
                        },
                        plural(r.sources.length, "source"),
                      )
                    : null,
                ),
              ),
            )
          : empty("No role stated."),
      ),
      section(
        "Connections",
        d.connections.length
          ? h(
              "ul",
              { class: "plain-list" },
              d.connections.map((c) =>
                h("li", null, entityLink(name, c), h("span", { class: "muted" }, ` · ${c.label}`)),
              ),
            )
          : empty("No connections."),
        d.connections.length
          ? h(
              "p",
              null,
              h(
                "a",
                { href: caseHref(name, "graph") + `?focus=${encodeURIComponent(e.id)}`, id: "focus-graph" },
                "See them in the graph",
              ),
            )
          : null,
      ),
    ),
    d.contradictions.length
      ? section(
          "Sources disagree",
          d.contradictions.map((c) => contradictionCard(name, c)),
        )
      : null,
    section(
      `Quotes (${d.counts.quotes})`,
      d.quotes.length
        ? h(
            "ol",
            { class: "quote-list" },
            d.quotes.map((q) => quoteCard(name, q)),
          )
        : empty("Not quoted."),
      d.counts.quotes > d.quotes.length
        ? h(
            "a",
            { href: caseHref(name, "quotes") + `?speaker=${encodeURIComponent(e.id)}`, class: "more" },
            `All ${d.counts.quotes} quotes →`,
          )
        : null,
    ),
    section(
      `Events (${d.counts.events})`,
      d.events.length ? eventList(name, d.events) : empty("Takes part in no dated event."),
      d.events.length
        ? h(
            "a",
            { href: caseHref(name, "timeline") + `?entity=${encodeURIComponent(e.id)}`, class: "more" },
            "On the timeline →",
          )
        : null,
    ),
    d.quotedAbout.length
      ? section(
          `Quoted about (${d.counts.quotedAbout})`,
          h(
            "ol",
            { class: "quote-list" },
            d.quotedAbout.map((q) => quoteCard(name, q)),
          ),
        )
      : null,
    d.members.length
      ? section(
          "Members",
          h(
            "ul",
            { class: "plain-list" },
            d.members.map((m) => h("li", null, entityLink(name, m))),
          ),
        )
      : null,
    section(
      `Sources (${d.counts.sources})`,
      h(
        "ul",
        { class: "plain-list sources" },
        d.sources.map((s) => h("li", null, sourceLine(name, s))),
      ),
    ),
    entityCorrections(name, e),
    e.merges.length
      ? section(
          "Why these names are one entity",
          h(
            "ul",
            { class: "plain-list merges" },
            e.merges.map((m) => h("li", null, h("span", { class: "badge" }, humanize(m.rule)), " ", m.reason)),
          ),
        )
      : null,
  );
}
