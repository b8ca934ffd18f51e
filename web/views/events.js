// A list of events with their dates, people and sources (the overview, an entity's page and the timeline).
import { h, plural, formatDate, humanize } from "../dom.js";
import { entityHref, docHref } from "./common.js";

export function eventList(caseName, events) {
  return h(
    "ol",
    { class: "event-list" },
    events.map((t) =>
      h(
        "li",
        { class: `event status-${t.status}`, id: `event-${t.id}` },
        h("time", null, formatDate(t.date)),
        h("span", { class: `badge event-${t.type}` }, humanize(t.type)),
        t.status !== "happened" ? h("span", { class: "status" }, t.status) : null,
        h(
          "span",
          { class: "participants" },
          t.participants.map((id, i) => [
            i ? ", " : "",
            h("a", { href: entityHref(caseName, id) }, t.participantNames[i] ?? id),
          ]),
        ),
        t.sources[0]
          ? h(
              "p",
              { class: "evidence" },
              "“",
              t.sources[0].sentence?.text ?? t.sources[0].evidence.text ?? "",
              "” ",
              h(
                "a",
                {
                  href: docHref(
                    caseName,
                    t.sources[0].document,
                    t.sources[0].evidence.start,
                    t.sources[0].evidence.end,
                  ),
                  class: "source-count",
                },
                // Sources are articles: two passages of one article are one source. An entity's page
                // gives each milestone's first reports and how many articles report it.
                plural(t.documentCount ?? new Set(t.sources.map((s) => s.document)).size, "source"),
              ),
            )
          : null,
      ),
    ),
  );
}
