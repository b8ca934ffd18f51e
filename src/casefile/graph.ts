// The relationship graph: people, organisations, places and events as nodes; edges for taking
// part in an event, taking part together, speaking about someone in a quote, and belonging to an
// organisation (stated affiliations and roles that name one: "head of the CPS"). Every edge keeps
// the sources that support it.

import { MAX_PARTICIPANTS } from "./timeline.js";
import type {
  CaseEntity,
  CaseGraph,
  CaseQuote,
  GraphEdge,
  GraphEdgeKind,
  GraphNode,
  SourceRef,
  TimelineEntry,
} from "./types.js";

const MAX_EVIDENCE = 20;
/** Co-participation is pairwise; beyond this many people an event only links each to itself. */
const MAX_CO_PARTICIPANTS = 12;

export function buildGraph(entities: CaseEntity[], timeline: TimelineEntry[], quotes: CaseQuote[]): CaseGraph {
  const nodes: GraphNode[] = entities.map((e) => ({
    id: e.id,
    kind: e.type,
    label: e.name,
    weight: e.documents.length,
  }));
  const edges = new Map<string, GraphEdge>();
  const link = (kind: GraphEdgeKind, label: string, source: string, target: string, evidence: SourceRef[]) => {
    if (source === target) return;
    const id = `${kind}:${source}->${target}`;
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source, target, kind, label, evidence: [] }));
    for (const ev of evidence) {
      if (edge.evidence.length >= MAX_EVIDENCE) break;
      if (!edge.evidence.some((x) => x.document === ev.document && x.start === ev.start)) edge.evidence.push(ev);
    }
  };

  for (const t of timeline) {
    nodes.push({
      id: t.id,
      kind: "event",
      label: `${t.type.replace(/_/g, " ")}${t.date ? ` ${t.date}` : ""}`,
      weight: new Set(t.sources.map((s) => s.document)).size,
    });
    const evidence = t.sources.map((s) => s.evidence);
    const people = t.participants.slice(0, MAX_PARTICIPANTS);
    for (const p of people) link("participant", "took part in", p, t.id, evidence);
    if (people.length <= MAX_CO_PARTICIPANTS) {
      // Sorted pairs so that A–B and B–A are one edge.
      const sorted = [...people].sort();
      for (let i = 0; i < sorted.length; i++)
        for (let j = i + 1; j < sorted.length; j++)
          link("co-participant", `both in ${t.type.replace(/_/g, " ")}`, sorted[i], sorted[j], evidence);
    }
  }

  for (const q of quotes) {
    if (!q.speaker) continue;
    const evidence: SourceRef = { document: q.document, start: q.start, end: q.end, text: q.text.slice(0, 300) };
    for (const about of q.about) link("quoted-about", "spoke about", q.speaker, about, [evidence]);
  }

  for (const e of entities) {
    for (const org of e.affiliations) {
      const evidence = e.roles
        .filter((r) => r.affiliation === org)
        .flatMap((r) => r.sources)
        .slice(0, MAX_EVIDENCE);
      link("affiliation", "member of", e.id, org, evidence);
    }
  }

  return { nodes, edges: [...edges.values()] };
}
