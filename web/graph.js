// Who connects to whom, as a cytoscape.js graph. By default people and organisations only, each
// link labelled with what it is ("charged by", "spokesperson of", "quoted about"); filters by
// type and by number of links, and a focus mode that shows one entity and its neighbours (chosen
// in the list, or from an entity's page). A click on a name opens its page.
import { get, casePath } from "./api.js";
import { h, on, plural } from "./dom.js";

const COLORS = { person: "#1f4e79", organization: "#8a3b12", location: "#3f6b2a", event: "#6b6b6b" };
const SHAPES = { person: "ellipse", organization: "round-rectangle", location: "diamond", event: "tag" };
const TYPES = { person: "People", organization: "Organisations", location: "Places", event: "Events" };
const DEFAULT_TYPES = ["person", "organization"];

/** The nodes and edges to draw under the current filters (pure: exported for tests). */
export function visible(g, { types, minDegree, focus }) {
  const allowed = new Set(g.nodes.filter((n) => types.includes(n.kind)).map((n) => n.id));
  let edges = g.edges.filter((e) => allowed.has(e.source) && allowed.has(e.target));
  if (focus && allowed.has(focus)) {
    edges = edges.filter((e) => e.source === focus || e.target === focus);
    const keep = new Set([focus, ...edges.flatMap((e) => [e.source, e.target])]);
    return { nodes: g.nodes.filter((n) => keep.has(n.id)), edges };
  }
  const degree = new Map();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const nodes = g.nodes.filter((n) => allowed.has(n.id) && (degree.get(n.id) ?? 0) >= minDegree);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

export async function graphView(route, isCurrent) {
  const name = route.caseName;
  const q = route.query;
  const g = await get(casePath(name, "graph"), { limit: 400 });
  const state = {
    types: q.get("types") ? q.get("types").split(",") : DEFAULT_TYPES,
    minDegree: Number(q.get("degree")) || 1,
    focus: q.get("focus") || null,
  };
  const holder = h("div", { class: "graph", id: "graph" });
  const button = (text, title, id) => h("button", { type: "button", class: "button small", title, id }, text);
  const zoomOut = button("−", "Zoom out");
  const zoomIn = button("+", "Zoom in");
  const showAll = button("Show all", "Fit the whole graph in view");
  const { typeBoxes, degree, focusSelect, openPage, filters } = filterControls(g, state, button);
  const count = h("p", { class: "dek", id: "graph-count" });
  const page = h(
    "div",
    { class: "page graph-page" },
    h("h1", null, "Connections"),
    count,
    filters,
    h(
      "div",
      { class: "graph-bar" },
      h("span", { class: "hint" }, "Click a name to open its page; scroll to zoom, drag to move."),
      h("div", { class: "axis-controls" }, zoomOut, zoomIn, showAll),
    ),
    holder,
  );
  if (!g.nodes.length) {
    holder.appendChild(h("p", { class: "empty" }, "Nothing to draw yet."));
    return page;
  }
  wireFilters({ typeBoxes, degree, focusSelect, openPage, filters }, state, name);

  const shown = visible(g, state);
  count.textContent =
    `${plural(shown.nodes.length, "name")} and ${plural(shown.edges.length, "link")}` +
    (state.focus ? "" : g.total > g.nodes.length ? ` (from the ${g.nodes.length} most reported of ${g.total})` : "") +
    ".";
  if (!shown.nodes.length) {
    holder.appendChild(h("p", { class: "empty" }, "Nothing matches these filters."));
    return page;
  }
  // Drawn once the holder is in the page, so cytoscape can measure it.
  document.addEventListener(
    "casefile:drawn",
    () => {
      if (isCurrent() && typeof cytoscape === "function")
        draw(holder, shown, state, { zoomIn, zoomOut, showAll }, name);
    },
    { once: true },
  );
  return page;
}

/** The filter form: kinds shown, fewest links, and the entity to focus on. */
function filterControls(g, state, button) {
  const typeBoxes = Object.entries(TYPES).map(([k, label]) => {
    const box = h("input", { type: "checkbox", name: "type", value: k, checked: state.types.includes(k) });
    return h("label", { class: `legend-item type-${k}` }, box, h("i", { class: "swatch" }), label);
  });
  const degree = h("input", {
    type: "number",
    id: "graph-degree",
    min: 0,
    max: 50,
    value: state.minDegree,
    size: 3,
    "aria-label": "Fewest links a node needs to be shown",
  });
  const focusSelect = h(
    "select",
    { id: "graph-focus", "aria-label": "Focus on one entity" },
    h("option", { value: "" }, "Everyone"),
    g.nodes
      .filter((n) => n.kind !== "event")
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((n) => h("option", { value: n.id, selected: n.id === state.focus }, n.label)),
  );
  const openPage = button("Open page", "Open the focused entity's page", "graph-open");
  const filters = h(
    "form",
    { class: "graph-filters", id: "graph-filters" },
    h("fieldset", null, h("legend", null, "Show"), typeBoxes),
    h("label", null, "with at least ", degree, " links"),
    h("label", null, "Focus on ", focusSelect),
    openPage,
  );
  return { typeBoxes, degree, focusSelect, openPage, filters };
}

function wireFilters({ typeBoxes, degree, focusSelect, openPage, filters }, state, name) {
  // The filters live in the address, so a view can be shared and the back button works.
  const go = (patch) => {
    const next = { ...state, ...patch };
    const params = new URLSearchParams();
    if (next.types.join(",") !== DEFAULT_TYPES.join(",")) params.set("types", next.types.join(","));
    if (next.minDegree !== 1) params.set("degree", String(next.minDegree));
    if (next.focus) params.set("focus", next.focus);
    const qs = params.toString();
    location.hash = `#/case/${encodeURIComponent(name)}/graph${qs ? "?" + qs : ""}`;
  };
  for (const label of typeBoxes)
    on(label.querySelector("input"), "change", () =>
      go({
        types: typeBoxes
          .map((l) => l.querySelector("input"))
          .filter((b) => b.checked)
          .map((b) => b.value),
      }),
    );
  on(degree, "change", () => go({ minDegree: Math.max(0, Number(degree.value) || 0) }));
  on(focusSelect, "change", () => go({ focus: focusSelect.value || null }));
  on(filters, "submit", (e) => e.preventDefault());
  openPage.disabled = !state.focus;
  on(openPage, "click", () => {
    if (state.focus) location.hash = `#/case/${encodeURIComponent(name)}/entity/${encodeURIComponent(state.focus)}`;
  });
}

/** Draws the graph once its holder is in the page, so cytoscape can measure it. */
function draw(holder, shown, state, { zoomIn, zoomOut, showAll }, name) {
  const small = shown.nodes.length <= 40;
  const cy = cytoscape({
    container: holder,
    elements: [
      ...shown.nodes.map((n) => ({
        data: { id: n.id, label: n.label, kind: n.kind, weight: n.weight, focus: n.id === state.focus ? 1 : 0 },
      })),
      ...shown.edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, label: e.label, kind: e.kind },
      })),
    ],
    style: graphStyle(small || !!state.focus),
    layout: graphLayout(!!state.focus),
    minZoom: 0.2,
    maxZoom: 3,
  });
  // A big graph fitted whole would shrink every label to nothing: below a legible zoom, show
  // the best-connected part at that zoom instead (scroll and drag reach the rest).
  const legible = 0.8;
  if (cy.zoom() < legible) {
    const hub = cy.nodes().max((n) => n.degree()).ele;
    cy.zoom(legible);
    cy.center(hub.closedNeighborhood());
  }
  const zoomBy = (factor) =>
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: holder.clientWidth / 2, y: holder.clientHeight / 2 },
    });
  on(zoomIn, "click", () => zoomBy(1.25));
  on(zoomOut, "click", () => zoomBy(0.8));
  on(showAll, "click", () => cy.fit(undefined, 30));
  cy.on("tap", "node", (evt) => {
    const n = evt.target;
    const id = n.id();
    if (n.data("kind") === "event")
      location.hash = `#/case/${encodeURIComponent(name)}/timeline?event=${encodeURIComponent(id)}`;
    else location.hash = `#/case/${encodeURIComponent(name)}/entity/${encodeURIComponent(id)}`;
  });
  holder.dataset.ready = "true";
  window.casefileGraph = cy;
}

/** Cytoscape's style sheet: colour and shape by kind, edge labels only when they stay legible. */
function graphStyle(labelEdges) {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-family": "system-ui, sans-serif",
        "font-size": 13,
        "font-weight": 600,
        color: "#1c1c1c",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": 130,
        "text-background-color": "#fbfaf7",
        "text-background-opacity": 0.9,
        "text-background-padding": 2,
        "min-zoomed-font-size": 7,
        "background-color": (n) => COLORS[n.data("kind")] ?? "#555",
        shape: (n) => SHAPES[n.data("kind")] ?? "ellipse",
        width: (n) => 16 + Math.min(26, 4 * Math.sqrt(n.data("weight"))),
        height: (n) => 16 + Math.min(26, 4 * Math.sqrt(n.data("weight"))),
      },
    },
    { selector: "node[kind = 'event']", style: { "font-size": 10, color: "#555", "font-weight": 400 } },
    { selector: "node[focus = 1]", style: { "border-width": 4, "border-color": "#c8102e" } },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "line-color": "#b9b4aa",
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "#b9b4aa",
        "arrow-scale": 0.8,
        opacity: 0.85,
        label: labelEdges ? "data(label)" : "",
        "font-size": 10,
        color: "#555",
        "text-rotation": "autorotate",
        "text-background-color": "#fbfaf7",
        "text-background-opacity": 0.9,
        "min-zoomed-font-size": 8,
      },
    },
    { selector: "edge[kind = 'co-participant']", style: { "target-arrow-shape": "none" } },
    {
      selector: "edge[kind = 'affiliation']",
      style: { "line-color": "#8a3b12", "target-arrow-color": "#8a3b12", width: 2 },
    },
    {
      selector: "edge[kind = 'action']",
      style: { "line-color": "#a4161a", "target-arrow-color": "#a4161a", width: 2 },
    },
    { selector: "edge[kind = 'quoted-about']", style: { "line-style": "dashed" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#c8102e" } },
  ];
}

/** Rings around the focused entity, or a force-directed layout of the whole graph. */
function graphLayout(focused) {
  return focused
    ? {
        name: "concentric",
        concentric: (n) => (n.data("focus") ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 60,
        padding: 40,
        animate: false,
      }
    : {
        name: "cose",
        animate: false,
        randomize: false,
        fit: true,
        padding: 40,
        nodeRepulsion: () => 900000,
        idealEdgeLength: () => 140,
        nodeOverlap: 40,
        componentSpacing: 80,
        gravity: 0.4,
        numIter: 1500,
      };
}
