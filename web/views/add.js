// Adding an article: pasted text or an uploaded file.
import { post, casePath } from "../api.js";
import { h, on, plural } from "../dom.js";
import { docHref, showStatus } from "./common.js";

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
  on(form, "submit", (e) => submitArticle(e, name, form, status));
  return h(
    "div",
    { class: "page narrow" },
    h("h1", null, "Add an article"),
    h("p", { class: "dek" }, "Casefile reads the text, finds who is named and who said what, and adds it to the case."),
    form,
  );
}

/** Sends the pasted text or the chosen file, and says what was added. */
async function submitArticle(e, name, form, status) {
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
}
