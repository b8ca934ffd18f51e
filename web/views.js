// The case's views: overview, who said what, people and organisations, an entity's page,
// contradictions, articles, one article with its spans, search, and adding an article.
import { get, post, casePath } from "./api.js";
import { h, on, clear, plural, formatDate, humanize, layeredText } from "./dom.js";

const caseHref = (name, ...rest) =>
  `#/case/${encodeURIComponent(name)}` + rest.map((p) => "/" + encodeURIComponent(p)).join("");
const entityHref = (name, id) => caseHref(name, "entity", id);
const docHref = (name, id, start, end) => caseHref(name, "document", id) + (start != null ? `?hl=${start}-${end}` : "");

const TYPE_LABEL = { person: "Person", organization: "Organisation", location: "Place", event: "Event" };

function typeBadge(type) {
  return h("span", { class: `badge type-${type}` }, TYPE_LABEL[type] ?? humanize(type));
}

function entityLink(caseName, e) {
  return h("a", { href: entityHref(caseName, e.id), class: `entity-link type-${e.type ?? "person"}` }, e.name);
}

function sourceLine(caseName, doc, start, end) {
  const bits = [doc.outlet, doc.published ? formatDate(doc.published) : null].filter(Boolean).join(" · ");
  return h(
    "a",
    { href: docHref(caseName, doc.id, start, end), class: "source" },
    h("span", { class: "source-title" }, doc.title || doc.id),
    bits ? h("span", { class: "source-meta" }, bits) : null,
  );
}

function section(title, ...children) {
  return h("section", { class: "panel" }, h("h2", null, title), ...children);
}

function empty(text) {
  return h("p", { class: "empty" }, text);
}

// ---------------------------------------------------------------- overview

export async function overviewView(route) {
  const o = await get(casePath(route.caseName));
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
      section("Latest events", o.recentEvents.length ? eventList(name, o.recentEvents) : empty("No dated events.")),
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
  return h(
    "table",
    { class: "entity-table" },
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", null, "Name"),
        h("th", null, "Role"),
        h("th", { class: "num" }, "Articles"),
        h("th", { class: "num" }, "Quotes"),
      ),
    ),
    h(
      "tbody",
      null,
      entities.map((e) =>
        h(
          "tr",
          null,
          h(
            "td",
            null,
            entityLink(caseName, e),
            e.aliases.length ? h("span", { class: "aka" }, ` also “${e.aliases.slice(0, 2).join("”, “")}”`) : null,
          ),
          h("td", { class: "role" }, e.roles[0] ?? ""),
          h("td", { class: "num" }, String(e.documents)),
          h("td", { class: "num" }, String(e.quotes)),
        ),
      ),
    ),
  );
}

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
                plural(t.sources.length, "source"),
              ),
            )
          : null,
      ),
    ),
  );
}

// ---------------------------------------------------------------- who said what

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

function pagerLinks(name, view, query, offset, limit, total) {
  const link = (o, label) => {
    const p = new URLSearchParams(query);
    p.set("offset", String(o));
    return h("a", { href: caseHref(name, view) + "?" + p, class: "button" }, label);
  };
  return h(
    "nav",
    { class: "pager" },
    offset > 0 ? link(Math.max(0, offset - limit), "← Previous") : null,
    h("span", null, `${offset + 1}–${Math.min(total, offset + limit)} of ${total}`),
    offset + limit < total ? link(offset + limit, "Next →") : null,
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

// ---------------------------------------------------------------- entities

export async function entitiesView(route) {
  const name = route.caseName;
  const type = route.query.get("type") ?? "";
  const offset = Number(route.query.get("offset")) || 0;
  const page = await get(casePath(name, "entities"), { type, offset, limit: 500 });
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
  );
}

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

// ---------------------------------------------------------------- contradictions

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

function contradictionCard(caseName, c, focused = false) {
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

// ---------------------------------------------------------------- documents

export async function documentsView(route) {
  const name = route.caseName;
  const offset = Number(route.query.get("offset")) || 0;
  const page = await get(casePath(name, "documents"), { offset, limit: 500 });
  return h(
    "div",
    { class: "page" },
    h("h1", null, "Articles"),
    h("p", { class: "result-count" }, plural(page.total, "article")),
    page.total > page.limit ? pagerLinks(name, "documents", route.query, offset, page.limit, page.total) : null,
    h(
      "table",
      { class: "entity-table wide", id: "document-table" },
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          h("th", null, "Title"),
          h("th", null, "Outlet"),
          h("th", null, "Published"),
          h("th", null, "Note"),
        ),
      ),
      h(
        "tbody",
        null,
        page.items.map((d) =>
          h(
            "tr",
            null,
            h("td", null, h("a", { href: docHref(name, d.id) }, d.title || d.id)),
            h("td", null, d.outlet ?? ""),
            h("td", null, d.published ? formatDate(d.published) : ""),
            h("td", { class: "muted" }, d.duplicateOf ? `copy of ${d.duplicateOf}` : ""),
          ),
        ),
      ),
    ),
  );
}

export async function documentView(route) {
  const name = route.caseName;
  const d = await get(casePath(name, "documents", route.id));
  const hl = /^(\d+)-(\d+)$/.exec(route.query.get("hl") ?? "");
  const focus = hl ? { start: Number(hl[1]), end: Number(hl[2]) } : null;
  const text = d.text;
  const sentenceLayer = [];
  const quoteLayer = [];
  if (focus) {
    // The whole sentence (or sentences) the quoted words sit in, and the words themselves.
    const sentences = d.sentences.filter(([s, e]) => e > focus.start && s < Math.max(focus.end, focus.start + 1));
    if (sentences.length) {
      sentenceLayer.push({
        start: sentences[0][0],
        end: sentences[sentences.length - 1][1],
        className: "hl-sentence",
        id: "highlight",
      });
    }
    quoteLayer.push({ start: focus.start, end: focus.end, className: "hl-quote" });
  }
  const mentionLayer = d.mentions
    .filter((m) => m.entity)
    .map((m) => ({
      start: m.start,
      end: m.end,
      className: `mention type-${m.type}`,
      href: entityHref(name, m.entity),
      title: m.name,
    }));
  const layers = [sentenceLayer, quoteLayer, mentionLayer];
  const quoteAt = new Map(d.quotes.map((q) => [q.start, q]));
  const paragraphs = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > start) paragraphs.push([start, end]);
    if (!m) break;
    start = m.index + m[0].length;
  }
  const doc = d.document;
  const node = h(
    "div",
    { class: "page document-page" },
    h(
      "div",
      { class: "document-head" },
      h("h1", { id: "document-title" }, doc.title || doc.id),
      h(
        "p",
        { class: "meta" },
        [
          doc.outlet,
          doc.published ? formatDate(doc.published) : "date unknown",
          doc.duplicateOf ? `copy of ${doc.duplicateOf}` : null,
        ]
          .filter(Boolean)
          .join(" · "),
        doc.source
          ? [" · ", h("a", { href: doc.source, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")]
          : null,
      ),
    ),
    h(
      "div",
      { class: "document-layout" },
      h(
        "article",
        { class: "article-text", id: "article-text" },
        paragraphs.map(([s, e]) => h("p", null, layeredText(text, s, e, layers))),
      ),
      h(
        "aside",
        { class: "document-side" },
        h("h2", null, `Quotes (${d.quotes.length})`),
        d.quotes.length
          ? h(
              "ol",
              { class: "side-quotes" },
              d.quotes.map((q) =>
                h(
                  "li",
                  { class: focus && quoteAt.get(focus.start) === q ? "current" : null },
                  h("a", { href: docHref(name, doc.id, q.start, q.end) }, q.speakerName ?? "Unattributed"),
                  ": ",
                  q.text.length > 140 ? q.text.slice(0, 140) + "…" : q.text,
                ),
              ),
            )
          : empty("No quotes."),
        d.events.length
          ? [
              h("h2", null, "Events"),
              h(
                "ul",
                { class: "plain-list" },
                d.events.map((e) =>
                  h(
                    "li",
                    null,
                    h("a", { href: docHref(name, doc.id, e.start, e.end) }, humanize(e.type)),
                    ` · ${formatDate(e.date)}`,
                  ),
                ),
              ),
            ]
          : null,
      ),
    ),
  );
  if (focus) {
    setTimeout(() => document.getElementById("highlight")?.scrollIntoView({ block: "center" }), 0);
  }
  return node;
}

// ---------------------------------------------------------------- search

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

// ---------------------------------------------------------------- add an article

export async function addView(route) {
  const name = route.caseName;
  const status = h("div", { class: "status-line", id: "add-status", role: "status" });
  const form = h(
    "form",
    { class: "add-form", id: "add-form" },
    h("label", null, "Title", h("input", { name: "title", maxlength: "500", placeholder: "Headline (optional)" })),
    h(
      "div",
      { class: "row" },
      h("label", null, "Outlet", h("input", { name: "outlet", maxlength: "200", placeholder: "e.g. The Guardian" })),
      h("label", null, "Published", h("input", { name: "published", type: "date" })),
      h(
        "label",
        null,
        "Source URL",
        h("input", { name: "source", type: "url", maxlength: "2000", placeholder: "https://…" }),
      ),
    ),
    h(
      "label",
      null,
      "Article text",
      h("textarea", {
        name: "text",
        rows: "14",
        id: "add-text",
        placeholder: "Paste the article here. Paragraphs separated by blank lines.",
      }),
    ),
    h("p", { class: "or" }, "or"),
    h(
      "label",
      null,
      "Upload a file (.txt, .html, .json)",
      h("input", {
        name: "file",
        type: "file",
        id: "add-file",
        accept: ".txt,.html,.htm,.json,text/plain,text/html,application/json",
      }),
    ),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button primary" }, "Add to the case")),
    status,
  );
  on(form, "submit", async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const file = data.get("file");
    const body = {};
    for (const key of ["title", "outlet", "published", "source"]) {
      const v = String(data.get(key) ?? "").trim();
      if (v) body[key] = v;
    }
    if (file && typeof file === "object" && file.size > 0) {
      if (file.size > 2_000_000) return showStatus(status, "error", `${file.name} is larger than 2 MB.`);
      body.filename = file.name;
      body.content = await file.text();
    } else {
      const text = String(data.get("text") ?? "");
      if (!text.trim()) return showStatus(status, "error", "Paste an article or choose a file first.");
      body.text = text;
    }
    showStatus(status, "busy", "Reading the article…");
    try {
      const res = await post(casePath(name, "documents"), body);
      const r = res.data;
      if (r.status === "duplicate") {
        showStatus(
          status,
          "ok",
          "This article is already in the case: ",
          h("a", { href: docHref(name, r.id) }, "open it"),
        );
      } else {
        showStatus(
          status,
          "ok",
          `Added: ${plural(r.counts.entities, "name")}, ${plural(r.counts.quotes, "quote")}, ${plural(r.counts.events, "event")}`,
          r.status === "near-duplicate" ? ` (a copy of ${r.duplicateOf})` : "",
          ". ",
          h("a", { href: docHref(name, r.id), id: "added-link" }, "Open the article"),
        );
        form.reset();
      }
    } catch (err) {
      showStatus(status, "error", err.message);
    }
  });
  return h(
    "div",
    { class: "page narrow" },
    h("h1", null, "Add an article"),
    h("p", { class: "dek" }, "Casefile reads the text, finds who is named and who said what, and adds it to the case."),
    form,
  );
}

function showStatus(el, kind, ...content) {
  clear(el);
  el.className = `status-line ${kind}`;
  for (const c of content) el.append(c);
}
