// Who connects to whom: people, organisations and events as a cytoscape.js graph. A click on a
// person or organisation opens its page; on an event, its place in the timeline.
import { get, casePath } from "./api.js";
import { h, on, plural } from "./dom.js";

const COLORS = { person: "#1f4e79", organization: "#8a3b12", location: "#3f6b2a", event: "#6b6b6b" };
const SHAPES = { person: "ellipse", organization: "round-rectangle", location: "diamond", event: "tag" };

export async function graphView(route, isCurrent) {
  const name = route.caseName;
  const g = await get(casePath(name, "graph"), { limit: 150 });
  const holder = h("div", { class: "graph", id: "graph" });
  const zoomButton = (text, title) => h("button", { type: "button", class: "button small", title }, text);
  const zoomOut = zoomButton("−", "Zoom out");
  const zoomIn = zoomButton("+", "Zoom in");
  const showAll = zoomButton("Show all", "Fit the whole graph in view");
  const controls = h("div", { class: "axis-controls" }, zoomOut, zoomIn, showAll);
  const legend = h(
    "div",
    { class: "legend" },
    Object.entries({ person: "Person", organization: "Organisation", location: "Place", event: "Event" }).map(
      ([k, label]) => h("span", { class: `legend-item type-${k}` }, h("i", { class: "swatch" }), label),
    ),
  );
  const page = h(
    "div",
    { class: "page graph-page" },
    h("h1", null, "Connections"),
    h(
      "p",
      { class: "dek" },
      `${plural(g.nodes.length, "node")} and ${plural(g.edges.length, "link")}`,
      g.total > g.nodes.length ? ` (the ${g.nodes.length} most reported of ${g.total})` : "",
      ". Click a name to open its page; scroll to zoom, drag to move.",
    ),
    h("div", { class: "graph-bar" }, legend, controls),
    holder,
  );
  if (!g.nodes.length) {
    holder.appendChild(h("p", { class: "empty" }, "Nothing to draw yet."));
    return page;
  }
  // Drawn once the holder is in the page, so cytoscape can measure it.
  document.addEventListener(
    "casefile:drawn",
    () => {
      if (!isCurrent() || typeof cytoscape !== "function") return;
      const cy = cytoscape({
        container: holder,
        elements: [
          ...g.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, weight: n.weight } })),
          ...g.edges.map((e) => ({
            data: { id: e.id, source: e.source, target: e.target, label: e.label, kind: e.kind },
          })),
        ],
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "font-family": "system-ui, sans-serif",
              "font-size": 11,
              color: "#1c1c1c",
              "text-valign": "bottom",
              "text-margin-y": 4,
              "text-wrap": "ellipsis",
              "text-max-width": 140,
              "text-background-color": "#fbfaf7",
              "text-background-opacity": 0.8,
              "background-color": (n) => COLORS[n.data("kind")] ?? "#555",
              shape: (n) => SHAPES[n.data("kind")] ?? "ellipse",
              width: (n) => 14 + Math.min(26, 4 * Math.sqrt(n.data("weight"))),
              height: (n) => 14 + Math.min(26, 4 * Math.sqrt(n.data("weight"))),
            },
          },
          { selector: "node[kind = 'event']", style: { "font-size": 9, color: "#555" } },
          {
            selector: "edge",
            style: {
              width: 1.2,
              "line-color": "#b9b4aa",
              "curve-style": "haystack",
              opacity: 0.8,
            },
          },
          { selector: "edge[kind = 'affiliation']", style: { "line-color": "#8a3b12", width: 2 } },
          { selector: "edge[kind = 'quoted-about']", style: { "line-style": "dashed" } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": "#c8102e" } },
        ],
        layout: {
          name: "cose",
          animate: false,
          randomize: true,
          fit: true,
          padding: 30,
          nodeRepulsion: () => 400000,
          idealEdgeLength: () => 100,
          nodeOverlap: 20,
          componentSpacing: 60,
          gravity: 0.5,
          numIter: 1500,
        },
        minZoom: 0.2,
        maxZoom: 3,
      });
      // A big case fitted whole would shrink every label to nothing: below a legible zoom, show
      // the best-connected part at that zoom instead (scroll and drag reach the rest).
      const legible = 0.85;
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
    },
    { once: true },
  );
  return page;
}
