// One entity's page: aliases, roles, quotes, events, connections and sources. The API gives the
// entity bounded (each name, role and age with its first sources and `sourceCount`, counts where
// the whole entity lists every document), so a figure named in every article loads as fast as any.
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
  return h(
    "div",
    { class: "page entity-page", dataset: { entity: e.id } },
    entityLede(name, d),
    h(
      "div",
      { class: "columns" },
      section(
        "Also called",
        sourcedList(name, e.aliases, {
          label: (a) => h("strong", null, a.text),
          unit: "mention",
          none: "No other names.",
          className: "aliases",
        }),
        moreNote(e.counts.aliases, e.aliases.length, "other name"),
      ),
      section(
        "Roles",
        sourcedList(name, e.roles, { label: (r) => r.text, unit: "source", none: "No role stated." }),
        moreNote(e.counts.roles, e.roles.length, "other role"),
      ),
      connectionsPanel(name, e, d.connections),
    ),
    d.contradictions.length
      ? section(
          "Sources disagree",
          d.contradictions.map((c) => contradictionCard(name, c)),
        )
      : null,
    quotesPanel(name, e, d),
    eventsPanel(name, e, d),
    d.quotedAbout.length ? section(`Quoted about (${d.counts.quotedAbout})`, quoteList(name, d.quotedAbout)) : null,
    d.members.length
      ? section(
          "Members",
          plainList(d.members, (m) => entityLink(name, m)),
        )
      : null,
    section(
      `Sources (${d.counts.sources})`,
      plainList(d.sources, (s) => sourceLine(name, s), "sources"),
    ),
    entityCorrections(name, e),
    e.merges.length
      ? section(
          "Why these names are one entity",
          plainList(e.merges, (m) => [h("span", { class: "badge" }, humanize(m.rule)), " ", m.reason], "merges"),
        )
      : null,
  );
}

/** The heading: type, name, first role, ages, organisations and how often the articles name it. */
function entityLede(name, d) {
  const e = d.entity;
  const ages = e.ages ?? [];
  return h(
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
    h("p", { class: "meta" }, `Named in ${plural(e.documentCount, "article")}, ${plural(e.mentionCount, "mention")}.`),
  );
}

/** "… and 3 other names" under a list the page cuts, or nothing. */
function moreNote(total, shown, unit) {
  return total > shown ? h("p", { class: "muted more-note" }, `… and ${plural(total - shown, unit)}`) : null;
}

function plainList(items, line, extraClass = "") {
  return h(
    "ul",
    { class: extraClass ? `plain-list ${extraClass}` : "plain-list" },
    items.map((item) => h("li", null, line(item))),
  );
}

/**
 * Names or roles, each with a link to the first sentence that gives it ("3 mentions"), or the
 * note `none` when there are none.
 */
function sourcedList(name, items, { label, unit, none, className = "" }) {
  if (!items.length) return empty(none);
  return plainList(
    items,
    (item) => {
      const first = item.sources[0];
      return [
        label(item),
        " ",
        first
          ? h(
              "a",
              { href: docHref(name, first.document, first.start, first.end), class: "source-count" },
              plural(item.sourceCount, unit),
            )
          : null,
      ];
    },
    className,
  );
}

function connectionsPanel(name, e, connections) {
  if (!connections.length) return section("Connections", empty("No connections."));
  return section(
    "Connections",
    plainList(connections, (c) => [entityLink(name, c), h("span", { class: "muted" }, ` · ${c.label}`)]),
    h(
      "p",
      null,
      h(
        "a",
        { href: caseHref(name, "graph") + `?focus=${encodeURIComponent(e.id)}`, id: "focus-graph" },
        "See them in the graph",
      ),
    ),
  );
}

function quoteList(name, quotes) {
  return h(
    "ol",
    { class: "quote-list" },
    quotes.map((q) => quoteCard(name, q)),
  );
}

/** The first of its quotes, with a link to all of them when there are more. */
function quotesPanel(name, e, d) {
  return section(
    `Quotes (${d.counts.quotes})`,
    d.quotes.length ? quoteList(name, d.quotes) : empty("Not quoted."),
    d.counts.quotes > d.quotes.length
      ? h(
          "a",
          { href: caseHref(name, "quotes") + `?speaker=${encodeURIComponent(e.id)}`, class: "more" },
          `All ${d.counts.quotes} quotes →`,
        )
      : null,
  );
}

function eventsPanel(name, e, d) {
  return section(
    `Events (${d.counts.events})`,
    d.events.length ? eventList(name, d.events) : empty("Takes part in no dated event."),
    d.events.length
      ? h(
          "a",
          { href: caseHref(name, "timeline") + `?entity=${encodeURIComponent(e.id)}`, class: "more" },
          "On the timeline →",
        )
      : null,
  );
}
