// Who said what: quotes with their speakers and sources, filtered and paged.
import { get, casePath } from "../api.js";
import { h, on, plural } from "../dom.js";
import { caseHref, entityHref, entityLink, sourceLine, empty, pagerLinks } from "./common.js";

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
  const form = h(
    "form",
    { class: "filters", id: "quote-filters" },
    h(
      "label",
      null,
      "Speaker",
      h(
        "select",
        { name: "speaker", id: "filter-speaker" },
        h("option", { value: "" }, "Anyone"),
        speakers.map((s) =>
          h("option", { value: s.id, selected: s.id === filters.speaker }, `${s.name} (${s.quotes})`),
        ),
      ),
    ),
    h(
      "label",
      null,
      "Organisation",
      h(
        "select",
        { name: "organization", id: "filter-organization" },
        h("option", { value: "" }, "Any"),
        orgs.items.map((o) => h("option", { value: o.id, selected: o.id === filters.organization }, o.name)),
      ),
    ),
    h(
      "label",
      null,
      "Words",
      h("input", { type: "search", name: "text", value: filters.text, placeholder: "in the quote" }),
    ),
    h("label", null, "From", h("input", { type: "date", name: "from", value: filters.from })),
    h("label", null, "To", h("input", { type: "date", name: "to", value: filters.to })),
  );
  const apply = () => {
    const data = new FormData(form);
    const params = new URLSearchParams();
    for (const [k, v] of data) if (v) params.set(k, String(v));
    location.hash = caseHref(name, "quotes") + (params.toString() ? "?" + params : "");
  };
  on(form, "change", apply);
  on(form, "submit", (e) => {
    e.preventDefault();
    apply();
  });
  const offset = Number(filters.offset) || 0;
  const pager = page.total > page.items.length ? pagerLinks(name, "quotes", q, offset, page.limit, page.total) : null;
  return h(
    "div",
    { class: "page" },
    h("h1", null, "Who said what"),
    form,
    h("p", { class: "result-count", id: "quote-count" }, `${plural(page.total, "quote")}`),
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
    h("blockquote", null, q.kind === "indirect" ? q.text : `“${q.text}”`),
    h("div", { class: "quote-source" }, sourceLine(caseName, q.document, q.start, q.end)),
  );
}
