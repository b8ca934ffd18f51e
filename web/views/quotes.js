// Who said what: quotes with their speakers and sources, filtered and paged.
import { get, casePath } from "../api.js";
import { h, on, plural } from "../dom.js";
import { caseHref, entityHref, entityLink, sourceLine, empty, pagerLinks, statementFacts } from "./common.js";

/**
 * A quote between marks. A partly quoted sentence already holds its own marks (the CPS
 * "simply cannot continue"): it is shown as written, not wrapped in a second pair.
 */
export function quoted(text) {
  return /["“”«»]/.test(text) ? text : `“${text}”`;
}

/** A labelled drop-down of entities (`anyLabel` first, for no filter), `selected` chosen. */
function choice(label, name, anyLabel, entities, text, selected) {
  return h(
    "label",
    null,
    label,
    h(
      "select",
      { name, id: `filter-${name}` },
      h("option", { value: "" }, anyLabel),
      entities.map((e) => h("option", { value: e.id, selected: e.id === selected }, text(e))),
    ),
  );
}

function dateField(name, value) {
  return h("input", {
    type: "text",
    name,
    value,
    inputmode: "numeric",
    pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
    placeholder: "YYYY-MM-DD",
    size: 10,
    title: "a year, YYYY-MM or YYYY-MM-DD",
  });
}

export async function quotesView(route) {
  const name = route.caseName;
  const q = route.query;
  const filters = {
    speaker: q.get("speaker") ?? "",
    organization: q.get("organization") ?? "",
    text: q.get("text") ?? "",
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
    offset: q.get("offset") ?? "",
  };
  const [speakers, orgs, page] = await Promise.all([
    get(casePath(name, "speakers")),
    get(casePath(name, "entities"), { type: "organization", limit: 500 }),
    get(casePath(name, "quotes"), { ...filters, limit: 100 }),
  ]);
  const offset = Number(filters.offset) || 0;
  const pager = page.total > page.items.length ? pagerLinks(name, "quotes", q, offset, page.limit, page.total) : null;
  return h(
    "div",
    { class: "page" },
    h("h1", null, "Who said what"),
    filterForm(name, filters, speakers, orgs.items),
    h("p", { class: "result-count", id: "quote-count" }, `${plural(page.total, "quote")}`),
    page.undatedLeftOut
      ? h(
          "p",
          { class: "note", id: "undated-note" },
          `${plural(page.undatedLeftOut, "quote")} from undated articles left out: the date filter reads each article's publication date, and they have none.`,
        )
      : null,
    page.items.length
      ? h(
          "ol",
          { class: "quote-list", id: "quote-list" },
          page.items.map((item) => quoteCard(name, item)),
        )
      : empty("No quote matches these filters."),
    pager,
  );
}

/** The filters (speaker, organisation, words, dates); a change opens the filtered list's address. */
function filterForm(name, filters, speakers, orgs) {
  const form = h(
    "form",
    { class: "filters", id: "quote-filters" },
    choice("Speaker", "speaker", "Anyone", speakers, (s) => `${s.name} (${s.quotes})`, filters.speaker),
    choice("Organisation", "organization", "Any", orgs, (o) => o.name, filters.organization),
    h(
      "label",
      null,
      "Words",
      h("input", { type: "search", name: "text", value: filters.text, placeholder: "in the quote" }),
    ),
    // Dates are written YYYY-MM-DD whatever the browser's locale (a date picker follows it).
    h("label", null, "From", dateField("from", filters.from)),
    h("label", null, "To", dateField("to", filters.to)),
  );
  const apply = () => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) params.set(k, String(v));
    location.hash = caseHref(name, "quotes") + (params.toString() ? "?" + params : "");
  };
  on(form, "change", apply);
  on(form, "submit", (e) => {
    e.preventDefault();
    apply();
  });
  return form;
}

export function quoteCard(caseName, q) {
  return h(
    "li",
    { class: `quote kind-${q.kind}`, dataset: { quote: q.id } },
    h(
      "div",
      { class: "quote-speaker" },
      q.speaker ? entityLink(caseName, q.speaker) : h("span", { class: "unknown" }, q.speakerName ?? "Unattributed"),
      q.organizations
        .filter((o) => o.id !== q.speaker?.id)
        .map((o) => h("a", { class: "chip", href: entityHref(caseName, o.id) }, o.name)),
      q.kind !== "direct" ? h("span", { class: "kind" }, q.kind === "indirect" ? "reported" : "partly quoted") : null,
    ),
    statementFacts(q),
    h("blockquote", null, q.kind === "indirect" ? q.text : quoted(q.text)),
    h("div", { class: "quote-source" }, sourceLine(caseName, q.document, q.start, q.end)),
  );
}
