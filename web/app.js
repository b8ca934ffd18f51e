// The single page: a hash router (#/case/NAME/VIEW/…) that draws one view at a time into <main>.
import { initToken, get, ApiError } from "./api.js";
import { h, clear } from "./dom.js";
import * as views from "./views.js";
import { undoBar } from "./views/corrections.js";
import { graphView } from "./graph.js";
import { timelineView } from "./timeline.js";
import { watchJobs } from "./jobs.js";

const TABS = [
  ["", "Overview"],
  ["quotes", "Who said what"],
  ["accounts", "Accounts"],
  ["timeline", "Timeline"],
  ["graph", "Connections"],
  ["entities", "People & organisations"],
  ["contradictions", "Contradictions"],
  ["documents", "Articles"],
  ["add", "Add article"],
  ["brief", "Brief"],
];

const ROUTES = {
  "": views.overviewView,
  quotes: views.quotesView,
  accounts: views.accountsView,
  brief: views.briefView,
  timeline: timelineView,
  graph: graphView,
  entities: views.entitiesView,
  entity: views.entityView,
  contradictions: views.contradictionsView,
  documents: views.documentsView,
  document: views.documentView,
  search: views.searchView,
  add: views.addView,
};

/** "#/case/default/entity/person%3Ax?hl=1" → { caseName, view, id, query } */
export function parseRoute(hash) {
  const raw = hash.replace(/^#\/?/, "");
  const [path, qs = ""] = raw.split("?");
  const parts = path.split("/").map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] !== "case" || !parts[1]) return { caseName: null, view: "", id: null, query: new URLSearchParams(qs) };
  return { caseName: parts[1], view: parts[2] ?? "", id: parts[3] ?? null, query: new URLSearchParams(qs) };
}

let drawing = 0;

async function draw() {
  const ticket = ++drawing;
  const main = document.getElementById("view");
  const route = parseRoute(location.hash);
  drawMasthead(route);
  main.dataset.state = "loading";
  clear(main);
  main.appendChild(h("p", { class: "loading" }, "Loading…"));
  const isCurrent = () => ticket === drawing;
  try {
    let node;
    if (!route.caseName) node = await casesView();
    else {
      const view = ROUTES[route.view];
      node = view ? await view(route, isCurrent) : h("p", { class: "error" }, `There is no "${route.view}" view.`);
    }
    if (!isCurrent()) return;
    clear(main).append(...[route.caseName ? undoBar(route.caseName) : null, node].filter(Boolean));
    main.dataset.view = route.view || (route.caseName ? "overview" : "cases");
    main.dataset.state = "ready";
    document.dispatchEvent(new CustomEvent("casefile:drawn", { detail: route }));
  } catch (e) {
    if (!isCurrent()) return;
    const message = e instanceof ApiError ? e.message : `Something went wrong: ${e?.message ?? e}`;
    clear(main).appendChild(
      h("div", { class: "error", role: "alert" }, h("h2", null, "Cannot show this"), h("p", null, message)),
    );
    main.dataset.view = "error";
    main.dataset.state = "ready";
  }
}

function drawMasthead(route) {
  const tabs = clear(document.getElementById("tabs"));
  const name = document.getElementById("case-name");
  name.textContent = route.caseName ? route.caseName : "";
  document.getElementById("search-form").hidden = !route.caseName;
  // The box shows the search being looked at, and nothing once the reader has left it.
  document.getElementById("search-input").value = route.view === "search" ? (route.query.get("q") ?? "") : "";
  if (!route.caseName) return;
  const current = route.view === "entity" ? "entities" : route.view === "document" ? "documents" : route.view;
  for (const [view, label] of TABS) {
    const href = `#/case/${encodeURIComponent(route.caseName)}${view ? "/" + view : ""}`;
    tabs.appendChild(
      h(
        "a",
        { href, class: view === current ? "tab active" : "tab", "aria-current": view === current ? "page" : null },
        label,
      ),
    );
  }
  document.title = `${route.caseName} · Casefile`;
}

async function casesView() {
  const cases = await get("/api/cases");
  if (cases.length === 1) {
    location.replace(`#/case/${encodeURIComponent(cases[0].name)}`);
    return h("p", { class: "loading" }, "Opening the case…");
  }
  return h(
    "section",
    { class: "page" },
    h("h1", null, "Cases in this store"),
    cases.length
      ? h(
          "ul",
          { class: "plain-list" },
          cases.map((c) =>
            h(
              "li",
              null,
              h("a", { href: `#/case/${encodeURIComponent(c.name)}` }, c.name),
              ` · ${c.documents} articles`,
            ),
          ),
        )
      : h(
          "p",
          null,
          "This store holds no case yet. ",
          h("a", { href: "#/case/default/add" }, "Add a first article"),
          " or run casefile ingest.",
        ),
  );
}

function init() {
  initToken();
  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    const route = parseRoute(location.hash);
    if (q && route.caseName)
      location.hash = `#/case/${encodeURIComponent(route.caseName)}/search?q=${encodeURIComponent(q)}`;
  });
  window.addEventListener("hashchange", draw);
  draw();
  watchJobs();
}

init();
