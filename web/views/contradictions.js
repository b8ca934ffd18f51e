// Facts the sources disagree on, each with both sources.
import { get, casePath } from "../api.js";
import { h, formatDate, humanize } from "../dom.js";
import { caseHref, entityHref, docHref, empty } from "./common.js";

export async function contradictionsView(route) {
  const name = route.caseName;
  const list = (await get(casePath(name, "contradictions"), { limit: 5000 })).items;
  const focus = route.query.get("id");
  const node = h(
    "div",
    { class: "page" },
    h("h1", null, "Where sources disagree"),
    h("p", { class: "dek" }, "Each value is shown with the sentences that state it, side by side."),
    list.length
      ? list.map((c) => contradictionCard(name, c, c.id === focus))
      : empty("The sources agree on every fact Casefile compares (ages, dates, places, outcomes)."),
  );
  if (focus) setTimeout(() => document.getElementById(`contradiction-${focus}`)?.scrollIntoView({ block: "start" }), 0);
  return node;
}

export function contradictionCard(caseName, c, focused = false) {
  const subjectHref = c.subjectId.startsWith("ev:")
    ? caseHref(caseName, "timeline") + `?event=${encodeURIComponent(c.subjectId)}`
    : entityHref(caseName, c.subjectId);
  return h(
    "article",
    { class: focused ? "contradiction focused" : "contradiction", id: `contradiction-${c.id}` },
    h("h3", null, h("a", { href: subjectHref }, c.subject), h("span", { class: "field" }, ` · ${humanize(c.field)}`)),
    c.note ? h("p", { class: "muted" }, c.note) : null,
    h(
      "div",
      { class: "side-by-side" },
      c.values.map((v) =>
        h(
          "div",
          { class: "value" },
          h("div", { class: "value-head" }, v.value),
          v.sources.map((s) =>
            h(
              "blockquote",
              { class: "claim" },
              s.sentence?.text ?? s.text ?? "",
              h(
                "footer",
                null,
                h("a", { href: docHref(caseName, s.document, s.start, s.end) }, s.document),
                s.published ? ` · ${formatDate(s.published)}` : "",
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
