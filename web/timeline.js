// The case's timeline: a horizontal axis that zooms (buttons, or Ctrl + wheel) and scrolls, one
// marker per milestone, and below it the milestones in order. Each milestone shows one report;
// the others (every article that tells it, with its date and status) open on demand. Milestones
// whose sources disagree on the date or the outcome say so; a plan overtaken by the news
// ("scheduled", then "cancelled") reads as a progression.
import { get, casePath } from "./api.js";
import { h, on, formatDate, humanize, plural } from "./dom.js";
import { eventList } from "./views.js";

const DAY = 86400000;

function toTime(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? "");
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

export async function timelineView(route) {
  const name = route.caseName;
  const entity = route.query.get("entity") ?? "";
  const [entries, offTimeline] = await Promise.all([
    get(casePath(name, "timeline"), { entity, limit: 5000 }).then((r) => r.items),
    get(casePath(name, "timeline", "reports"), { entity, limit: 5000 }).then((r) => r.items),
  ]);
  const focus = route.query.get("event");
  const byId = new Map(entries.map((e) => [`event-${e.id}`, e]));
  const dated = entries.filter((t) => toTime(t.date) !== null);
  const list = eventList(name, entries);
  for (const li of list.children) {
    const t = byId.get(li.id);
    if (!t) continue;
    // A coarser date refines a finer one (2023 and 2023-09-06 agree); only incompatible dates disagree.
    const clash = t.dates.some((a) =>
      t.dates.some((b) => !a.value.startsWith(b.value) && !b.value.startsWith(a.value)),
    );
    if (clash) {
      li.appendChild(
        h(
          "p",
          { class: "disagreement" },
          "Sources disagree on the date: ",
          t.dates.map((v) => `${v.value} (${v.documents.join(", ")})`).join(" vs "),
        ),
      );
    }
    // Statuses over time are a progression ("scheduled", then "happened" or "cancelled").
    const steps = progression(t);
    if (steps.length > 1) li.appendChild(h("p", { class: "progression" }, "Over time: ", steps.join(" → ")));
    // Milestone level: one line each; the sentence and every report open on demand.
    li.querySelector("p.evidence")?.remove();
    li.insertBefore(reportList(name, t), li.querySelector("p"));
    if (t.id === focus) li.classList.add("focused");
  }
  const page = h(
    "div",
    { class: "page timeline-page" },
    h("h1", null, "Timeline"),
    h(
      "p",
      { class: "dek" },
      `${plural(entries.length, "milestone")}, ${dated.length} dated, told by ${plural(reportCount(entries), "report")}`,
      entity
        ? [
            " in which ",
            h(
              "a",
              { href: `#/case/${encodeURIComponent(name)}/entity/${encodeURIComponent(entity)}` },
              entityName(entries, entity),
            ),
            " takes part (",
            h("a", { href: `#/case/${encodeURIComponent(name)}/timeline` }, "show all"),
            ")",
          ]
        : "",
      ".",
    ),
  );
  if (dated.length) page.appendChild(axis(dated, focus));
  page.appendChild(list);
  if (offTimeline.length) page.appendChild(offTimelineList(name, offTimeline));
  if (focus) setTimeout(() => document.getElementById(`event-${focus}`)?.scrollIntoView({ block: "center" }), 0);
  return page;
}

/** Each status change in publication order: "scheduled (kc-02) → happened (kc-05)". */
function progression(t) {
  const steps = [];
  const sorted = [...t.sources].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? ""));
  // A denial or a possibility says nothing of whether the step took place.
  for (const s of sorted.filter((x) => x.status !== "denied" && x.status !== "hypothetical")) {
    const last = steps[steps.length - 1];
    if (last && last.status === s.status) last.documents.push(s.document);
    else steps.push({ status: s.status, documents: [s.document] });
  }
  return steps.map((x) => `${x.status} (${[...new Set(x.documents)].join(", ")})`);
}

function reportCount(entries) {
  return entries.reduce((n, e) => n + e.sources.length, 0);
}

/** Every report of one milestone, oldest article first, behind a disclosure. */
function reportList(caseName, t) {
  const sources = [...t.sources].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? ""));
  const href = (s) =>
    `#/case/${encodeURIComponent(caseName)}/document/${encodeURIComponent(s.document)}` +
    (s.evidence.start != null ? `?hl=${s.evidence.start}-${s.evidence.end}` : "");
  return h(
    "details",
    { class: "reports", style: "display:inline-block;margin-left:0.6em;vertical-align:top" },
    h("summary", null, plural(sources.length, "report")),
    h(
      "ol",
      null,
      sources.map((s) =>
        h(
          "li",
          null,
          h("a", { href: href(s) }, s.document),
          s.published ? ` (${formatDate(s.published)})` : "",
          s.date && s.date !== t.date ? `, dated ${formatDate(s.date)}` : "",
          s.status !== "happened" ? `, ${s.status}` : "",
          ": “",
          s.evidence.text ?? "",
          "”",
        ),
      ),
    ),
  );
}

/**
 * The reports kept off the timeline (undated, background, possibilities, plans nobody
 * confirmed), behind one disclosure: when first reported, what, why, and the reports themselves.
 */
function offTimelineList(caseName, reports) {
  return h(
    "details",
    { class: "off-timeline" },
    h("summary", null, `${plural(reports.length, "report")} kept off the timeline`),
    h(
      "ul",
      null,
      reports.map((t) =>
        h(
          "li",
          null,
          t.reportedOn ? `${formatDate(t.reportedOn)}: ` : "",
          humanize(t.type),
          t.date ? ` ${formatDate(t.date)}` : "",
          ` (${t.offTimeline ?? "off the timeline"})`,
          t.participantNames.length ? ` — ${t.participantNames.join(", ")}` : "",
          reportList(caseName, t),
        ),
      ),
    ),
  );
}

/** The name an entity id has in the entries it takes part in. */
function entityName(entries, id) {
  for (const e of entries) {
    const i = e.participants.indexOf(id);
    if (i >= 0 && e.participantNames[i]) return e.participantNames[i];
  }
  return id;
}

/** The zoomable axis: ticks, one marker per dated milestone, and its zoom buttons. */
function axis(dated, focus) {
  const times = dated.map((t) => toTime(t.date));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = Math.max(last - first, 30 * DAY);
  const range = { from: first - span * 0.04, to: last + span * 0.04 };
  const track = h("div", { class: "axis-track" });
  const markers = dated.map((e) => axisMarker(e, focus, range));
  track.append(...markers.map((m) => m.marker));
  const inner = h("div", { class: "axis-inner" }, track, axisTicks(range));
  const scroller = h("div", { class: "axis", id: "timeline-axis" }, inner);
  const zoom = zoomControls(scroller, inner, (widthPx) => layoutMarkers(markers, track, widthPx));
  return h("div", { class: "axis-box" }, zoom, scroller);
}

/** Year and month ticks between `from` and `to`, coarser when the span is long. */
function axisTicks({ from, to }) {
  const ticks = h("div", { class: "axis-ticks" });
  const years = new Date(to).getUTCFullYear() - new Date(from).getUTCFullYear();
  const stepMonths = years > 8 ? 12 : years > 3 ? 6 : years > 1 ? 3 : 1;
  const d = new Date(from);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % stepMonths), 1);
  while (t <= to) {
    if (t >= from) {
      const iso = new Date(t).toISOString().slice(0, stepMonths === 12 ? 4 : 7);
      ticks.appendChild(
        h("span", { class: "tick", style: `left:${((t - from) / (to - from)) * 100}%` }, formatDate(iso)),
      );
    }
    const n = new Date(t);
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + stepMonths, 1);
  }
  return ticks;
}

/** A milestone's marker (a link that scrolls to it in the list) and its place on the axis, 0 to 1. */
function axisMarker(e, focus, { from, to }) {
  const marker = h(
    "a",
    {
      class: `marker event-${e.type}${e.id === focus ? " focused" : ""}${e.dates.length > 1 ? " disputed" : ""}`,
      href: `#event-${e.id}`,
      title: `${formatDate(e.date)}: ${humanize(e.type)} ${e.participantNames.join(", ")}`,
    },
    humanize(e.type),
  );
  on(marker, "click", (ev) => {
    ev.preventDefault();
    document.getElementById(`event-${e.id}`)?.scrollIntoView({ block: "center" });
  });
  return { marker, x: (toTime(e.date) - from) / (to - from), label: humanize(e.type) };
}

/**
 * Markers go in the lowest lane where they do not overlap the previous one, recomputed at each
 * zoom level since the room between two dates grows as the axis widens.
 */
function layoutMarkers(markers, track, widthPx) {
  const laneEnds = [];
  for (const m of [...markers].sort((a, b) => a.x - b.x)) {
    const px = m.x * widthPx;
    const half = (m.label.length * 6.5 + 14) / 2;
    let lane = laneEnds.findIndex((end) => end < px - half - 4);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = px + half;
    m.marker.style.left = `${m.x * 100}%`;
    m.marker.style.bottom = `${8 + lane * 22}px`;
  }
  track.style.height = `${40 + Math.max(1, laneEnds.length) * 22}px`;
}

/**
 * Zoom buttons and Ctrl + wheel for the axis: `inner` widens inside `scroller`, keeping the point
 * under the pointer (or the middle) in place, and `layout(widthPx)` places the markers again.
 */
function zoomControls(scroller, inner, layout) {
  let zoom = 1;
  const label = h("span", { class: "zoom-level" }, "100%");
  const setZoom = (z, anchor = 0.5) => {
    const before = scroller.scrollLeft + scroller.clientWidth * anchor;
    const ratio = before / (scroller.scrollWidth || 1);
    zoom = Math.min(40, Math.max(1, z));
    inner.style.width = `${zoom * 100}%`;
    label.textContent = `${Math.round(zoom * 100)}%`;
    layout(scroller.clientWidth * zoom);
    scroller.scrollLeft = ratio * scroller.scrollWidth - scroller.clientWidth * anchor;
  };
  // First layout once the axis is in the page and has a width.
  document.addEventListener("casefile:drawn", () => layout(scroller.clientWidth || 1100), { once: true });
  on(scroller, "wheel", (ev) => {
    if (!ev.ctrlKey && !ev.metaKey) return;
    ev.preventDefault();
    const rect = scroller.getBoundingClientRect();
    setZoom(zoom * (ev.deltaY < 0 ? 1.25 : 0.8), (ev.clientX - rect.left) / rect.width);
  });
  const button = (text, title, fn) =>
    on(h("button", { type: "button", class: "button small", title }, text), "click", fn);
  return h(
    "div",
    { class: "axis-controls" },
    button("−", "Zoom out", () => setZoom(zoom / 1.5)),
    label,
    button("+", "Zoom in", () => setZoom(zoom * 1.5)),
    button("Fit", "Show the whole case", () => setZoom(1)),
    h("span", { class: "muted" }, " Ctrl + scroll to zoom around the pointer"),
  );
}
