// Corrections from the web page, as in the CLI: rename an entity, merge another into it, split a
// name out of it, remove an article, and undo. Each goes through the API, which records it in the
// store (merges, splits and renames as numbered corrections, replayed whenever the case is
// built); the last one done stays offered for undo in a bar at the top of the page.
import { ApiError, casePath, del, get, post } from "../api.js";
import { h, on } from "../dom.js";
import { caseHref, entityHref, section } from "./common.js";

/** The last correction of this tab: { caseName, summary, undo: async () => href } */
let last = null;

function remember(caseName, summary, undo) {
  last = { caseName, summary, undo };
}

/** The bar offering to undo the last correction (empty when there is none for this case). */
export function undoBar(caseName) {
  if (!last || last.caseName !== caseName) return null;
  const { summary, undo } = last;
  const status = h("span", { class: "correction-error", role: "alert" });
  const button = h("button", { type: "button", class: "undo", id: "undo-correction" }, "Undo");
  on(button, "click", async () => {
    button.disabled = true;
    try {
      const href = await undo();
      last = null;
      go(href);
    } catch (e) {
      status.textContent = e instanceof ApiError ? e.message : String(e?.message ?? e);
      button.disabled = false;
    }
  });
  return h(
    "div",
    { class: "correction-bar", id: "correction-bar", role: "status" },
    h("span", null, summary),
    " ",
    button,
    status,
  );
}

function go(href) {
  if (location.hash === href) window.dispatchEvent(new window.Event("hashchange"));
  else location.hash = href;
}

const undoOverride = (caseName, id) => del(casePath(caseName, "overrides", String(id)));

/** One small form: a label, a field (input or select), a button; runs `act(value)` on submit. */
function correctionForm(id, label, field, buttonText, act) {
  const error = h("p", { class: "correction-error", role: "alert" });
  const button = h("button", { type: "submit" }, buttonText);
  const form = h("form", { class: "correction", id }, h("label", null, label, " ", field), " ", button, error);
  on(form, "submit", async (ev) => {
    ev.preventDefault();
    const value = field.value.trim();
    if (!value) return;
    button.disabled = true;
    error.textContent = "";
    try {
      go(await act(value));
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : String(e?.message ?? e);
      button.disabled = false;
    }
  });
  return form;
}

/** The entity page's "Correct this entity" panel. */
export function entityCorrections(caseName, e) {
  const here = (id) => entityHref(caseName, id ?? e.id);
  const done = (data, undoTo) => {
    remember(caseName, data.summary.replace(/ \(override (\d+);.*\)$/, " (correction $1)"), async () => {
      await undoOverride(caseName, data.override);
      return undoTo;
    });
    return here(data.entity);
  };
  const renameField = h("input", { type: "text", name: "name", value: e.name, "aria-label": "New name" });
  const mergeField = h("input", {
    type: "text",
    name: "other",
    placeholder: "a name or id",
    "aria-label": "Entity to merge into this one",
  });
  const aliases = e.aliases.map((a) => a.text).filter((t) => t !== e.name);
  const splitField = h(
    "select",
    { name: "alias", "aria-label": "Name to split out" },
    aliases.map((t) => h("option", { value: t }, t)),
  );
  return section(
    "Correct this entity",
    correctionForm("rename-form", "Call it", renameField, "Rename", async (to) => {
      const { data } = await post(casePath(caseName, "renames"), { entity: e.id, name: to });
      return done(data, here());
    }),
    correctionForm("merge-form", "Merge", mergeField, "into this one", async (other) => {
      const { data } = await post(casePath(caseName, "merges"), { a: other, b: e.id });
      return done(data, caseHref(caseName, "entities"));
    }),
    aliases.length
      ? correctionForm("split-form", "Take", splitField, "out of this entity", async (alias) => {
          const { data } = await post(casePath(caseName, "splits"), { entity: e.id, name: alias });
          return done(data, here());
        })
      : null,
  );
}

/** The article page's "Remove this article" button; undo adds it back as it was. */
export function removeArticleButton(caseName, documentId) {
  const error = h("span", { class: "correction-error", role: "alert" });
  const button = h("button", { type: "button", id: "remove-article", class: "danger" }, "Remove this article");
  on(button, "click", async () => {
    if (!window.confirm("Remove this article and everything extracted from it from the case?")) return;
    button.disabled = true;
    try {
      const { data } = await del(casePath(caseName, "documents", documentId));
      const doc = Object.fromEntries(Object.entries(data.document).filter(([, v]) => v !== null && v !== ""));
      remember(caseName, `removed the article "${doc.title ?? doc.id}"`, async () => {
        await post(casePath(caseName, "documents"), doc);
        return caseHref(caseName, "document", doc.id);
      });
      go(caseHref(caseName, "documents"));
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : String(e?.message ?? e);
      button.disabled = false;
    }
  });
  return h("p", { class: "remove-article" }, button, " ", error);
}

/** The corrections in force, each with its own undo (the entities page). */
export async function correctionsList(caseName) {
  const list = await get(casePath(caseName, "overrides"));
  if (!list.length) return null;
  const describe = (o) =>
    o.kind === "rename"
      ? `renamed "${o.entities[0]}" to "${o.entities[1]}"`
      : o.kind === "split"
        ? `split "${o.entities[1]}" out of "${o.entities[0]}"`
        : `merged "${o.entities[0]}" into "${o.entities[1]}"`;
  return section(
    "Your corrections",
    h(
      "ol",
      { class: "plain-list corrections" },
      list.map((o) => {
        const button = h("button", { type: "button", class: "undo", dataset: { override: o.id } }, "Undo");
        on(button, "click", async () => {
          button.disabled = true;
          await undoOverride(caseName, o.id);
          go(caseHref(caseName, "entities"));
        });
        return h("li", null, `${o.id}. ${describe(o)}${o.reason ? ` — ${o.reason}` : ""} `, button);
      }),
    ),
  );
}
