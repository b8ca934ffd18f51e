// The relationship graph: people, organisations, places and events as nodes; edges for taking
// part in an event, taking part together, speaking about someone in a quote, and belonging to an
// organisation (stated affiliations and roles that name one: "head of the CPS" → "head of"), and
// what a body did to a person in an event ("charged by", "arrested by"). Every edge keeps the
// sources that support it, and a label a reader can take in at a glance.

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

/** What a body did to a person, by the type of the event both took part in. */
const ACTION_LABELS: Partial<Record<string, string>> = {
  arrest: "arrested by",
  charge: "charged by",
  investigation: "investigated by",
  sanction: "sanctioned by",
  conviction: "convicted by",
  sentence: "sentenced by",
  case_dropped: "case dropped by",
  trial: "tried by",
};

/** The word of a role that says how a person belongs to a body. */
const ROLE_WORD =
  /\b(spokes(?:wo)?man|spokesperson|chair(?:wo)?man|chairperson|chair|chief executive|director|head|leader|president|founder|secretary|minister|lawyer|solicitor|barrister|officer|prosecutor|judge|member)\b/i;

/** "member of" unless a role says more: "spokesperson of", "director of", "lawyer of"… */
export function affiliationLabel(roles: string[]): string {
  for (const r of roles) {
    const m = ROLE_WORD.exec(r);
    if (!m) continue;
    const word = m[1].toLowerCase();
    return `${/^spokes/.test(word) ? "spokesperson" : /^chair/.test(word) ? "chair" : word} of`;
  }
  return "member of";
}

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

  // The most telling links first: an entity page lists each connection once, by its first link.
  for (const e of entities) {
    for (const org of e.affiliations) {
      const roles = e.roles.filter((r) => r.affiliation === org);
      const evidence = roles.flatMap((r) => r.sources).slice(0, MAX_EVIDENCE);
      link("affiliation", affiliationLabel(roles.map((r) => r.text)), e.id, org, evidence);
    }
  }

  const kindOf = new Map(entities.map((e) => [e.id, e.type]));
  for (const t of timeline) {
    const label = ACTION_LABELS[t.type];
    if (!label) continue;
    const people = t.participants.filter((p) => kindOf.get(p) === "person");
    const bodies = t.participants.filter((p) => kindOf.get(p) === "organization");
    if (!people.length || !bodies.length || people.length * bodies.length > MAX_CO_PARTICIPANTS) continue;
    const evidence = t.sources.map((s) => s.evidence);
    for (const p of people) for (const o of bodies) link("action", label, p, o, evidence);
  }

  for (const q of quotes) {
    if (!q.speaker) continue;
    const evidence: SourceRef = { document: q.document, start: q.start, end: q.end, text: q.text.slice(0, 300) };
    for (const about of q.about) link("quoted-about", "quoted about", q.speaker, about, [evidence]);
  }

  for (const t of timeline) {
    const type = t.type.replace(/_/g, " ");
    nodes.push({
      id: t.id,
      kind: "event",
      label: t.type === "other" ? `event${t.date ? ` ${t.date}` : ""}` : `${type}${t.date ? ` ${t.date}` : ""}`,
      weight: new Set(t.sources.map((s) => s.document)).size,
    });
    const evidence = t.sources.map((s) => s.evidence);
    const people = t.participants.slice(0, MAX_PARTICIPANTS);
    for (const p of people) link("participant", "took part in", p, t.id, evidence);
    if (people.length <= MAX_CO_PARTICIPANTS) {
      // Sorted pairs so that A–B and B–A are one edge.
      const sorted = [...people].sort();
      const together = t.type === "other" || t.type === "statement" ? "named in one event" : `both in the ${type}`;
      for (let i = 0; i < sorted.length; i++)
        for (let j = i + 1; j < sorted.length; j++) link("co-participant", together, sorted[i], sorted[j], evidence);
    }
  }

  return { nodes, edges: [...edges.values()] };
}

/** The graph's nodes, heaviest first (nodes of one weight in the graph's order). */
export function heaviestFirst(nodes: GraphNode[]): GraphNode[] {
  return [...nodes].sort((a, b) => b.weight - a.weight);
}

/** An edge as a drawing of the graph shows it: its sentences counted, not listed. */
export interface GraphViewEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  label: string;
  /** How many sentences state the link (the sentences themselves are on the entity pages). */
  weight: number;
}

/** An edge as the graph view draws it (`GraphViewEdge`). */
export function viewEdge(e: GraphEdge): GraphViewEdge {
  return { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.label, weight: e.evidence.length };
}

/** The rank of an edge with an end that is not a node: never among the heaviest. */
const NOWHERE = 2 ** 31 - 1;

/**
 * What a drawing of the heaviest N nodes selects the graph's parts by: each node's rank by weight
 * (`heaviestFirst`) and each edge's larger rank of its two ends, so the heaviest N are the nodes
 * ranked below N and the edges among them those ranked below N. Positions as in `graph`.
 */
export function graphRanks(graph: CaseGraph): { nodes: number[]; edges: number[] } {
  const rankOf = new Map<string, number>();
  const ranks = new Map<GraphNode, number>();
  for (const [r, n] of heaviestFirst(graph.nodes).entries()) {
    ranks.set(n, r);
    if (!rankOf.has(n.id)) rankOf.set(n.id, r);
  }
  return {
    nodes: graph.nodes.map((n, i) => ranks.get(n) ?? i),
    edges: graph.edges.map((e) => Math.max(rankOf.get(e.source) ?? NOWHERE, rankOf.get(e.target) ?? NOWHERE)),
  };
}
