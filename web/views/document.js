// One article with its spans (mentions, quotes, events, dates) highlighted.
import { get, casePath } from "../api.js";
import { h, on, formatDate, humanize, layeredText } from "../dom.js";
import { entityHref, docHref, empty } from "./common.js";
import { removeArticleButton } from "./corrections.js";

/**
 * Where the article came from: a web address links to the original; a path on the disk of the
 * machine that ingested it would be a dead link in the browser, so it is named and the stored
 * text is offered instead (issue 17 item 9).
 */
function originLink(doc, text) {
  if (!doc.source) return null;
  if (/^https?:\/\//i.test(doc.source))
    return [" · ", h("a", { href: doc.source, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")];
  const file = doc.source.split(/[\\/]/).pop();
  const stored = h("pre", { class: "stored-text", id: "stored-text", hidden: true }, text);
  const button = h(
    "button",
    { type: "button", class: "link-button", id: "show-stored-text", title: doc.source },
    "stored text",
  );
  on(button, "click", () => {
    stored.hidden = !stored.hidden;
    button.setAttribute("aria-expanded", String(!stored.hidden));
  });
  return [
    " · from the file ",
    h("span", { class: "file-name", title: doc.source }, file),
    fileOrigin(doc),
    " · ",
    button,
    stored,
  ];
}

/**
 * Which part of its original file the text was read from: the format ("PDF"), the part of a
 * mailbox or message ("message 2", "attachment letter.pdf") and how many pages a PDF had, so a
 * reader can find a quote's page in the file they hold.
 */
function fileOrigin(doc) {
  const o = doc.origin;
  if (!o) return null;
  const pages = o.pageStarts?.length ? `${o.pageStarts.length} page${o.pageStarts.length === 1 ? "" : "s"}` : null;
  return h(
    "span",
    { class: "file-origin" },
    ` (${[o.format.toUpperCase(), o.part, pages].filter(Boolean).join(", ")})`,
  );
}

/** "page 3" for a quote read from a paged file (a PDF); nothing otherwise. */
function quotePage(q) {
  return q.page ? h("span", { class: "quote-page" }, ` (page ${q.page})`) : null;
}

export async function documentView(route) {
  const name = route.caseName;
  const d = await get(casePath(name, "documents", route.id));
  const hl = /^(\d+)-(\d+)$/.exec(route.query.get("hl") ?? "");
  const focus = hl ? { start: Number(hl[1]), end: Number(hl[2]) } : null;
  // the quote the highlight starts (the last one when two start there, as the side list marks it)
  const focused = focus ? (d.quotes.findLast((q) => q.start === focus.start) ?? null) : null;
  const layers = spanLayers(name, d, focus);
  const node = h(
    "div",
    { class: "page document-page" },
    documentHead(name, d, focused),
    h(
      "div",
      { class: "document-layout" },
      h(
        "article",
        { class: "article-text", id: "article-text" },
        paragraphSpans(d.text).map(([s, e]) => h("p", null, layeredText(d.text, s, e, layers))),
      ),
      h("aside", { class: "document-side" }, sideQuotes(name, d, focused), sideEvents(name, d)),
    ),
  );
  if (focus) {
    setTimeout(() => document.getElementById("highlight")?.scrollIntoView({ block: "center" }), 0);
  }
  return node;
}

/**
 * What is marked in the text, outermost first: the sentence(s) the highlighted words sit in, the
 * words themselves, and every mention of a case entity as a link to its page.
 */
function spanLayers(name, d, focus) {
  const sentenceLayer = [];
  const quoteLayer = [];
  if (focus) {
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
  return [sentenceLayer, quoteLayer, mentionLayer];
}

/** [start, end) of each paragraph: text between blank lines. */
function paragraphSpans(text) {
  const paragraphs = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    if (end > start) paragraphs.push([start, end]);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return paragraphs;
}

/** Title, outlet, date, where it came from, the highlighted quote's page, and the remove button. */
function documentHead(name, d, focused) {
  const doc = d.document;
  return h(
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
      originLink(doc, d.text),
      focused?.page ? h("span", { class: "focus-page" }, ` · the highlighted quote is on page ${focused.page}`) : null,
    ),
    removeArticleButton(name, doc.id),
  );
}

function sideQuotes(name, d, focused) {
  return [
    h("h2", null, `Quotes (${d.quotes.length})`),
    d.quotes.length
      ? h(
          "ol",
          { class: "side-quotes" },
          d.quotes.map((q) =>
            h(
              "li",
              { class: focused === q ? "current" : null },
              h("a", { href: docHref(name, d.document.id, q.start, q.end) }, q.speakerName ?? "Unattributed"),
              quotePage(q),
              ": ",
              q.text.length > 140 ? q.text.slice(0, 140) + "…" : q.text,
            ),
          ),
        )
      : empty("No quotes."),
  ];
}

function sideEvents(name, d) {
  if (!d.events.length) return null;
  return [
    h("h2", null, "Events"),
    h(
      "ul",
      { class: "plain-list" },
      d.events.map((e) =>
        h(
          "li",
          null,
          h("a", { href: docHref(name, d.document.id, e.start, e.end) }, humanize(e.type)),
          ` · ${formatDate(e.date)}`,
        ),
      ),
    ),
  ];
}
