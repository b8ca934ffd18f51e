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

/** An edge's id: its kind and its two ends. */
export const edgeId = (kind: GraphEdgeKind, source: string, target: string): string => `${kind}:${source}->${target}`;

/**
 * Where a link of the graph is stated: the pass of `graphLinks` (0 affiliations, 1 what bodies
 * did to people, 2 quotes, 3 taking part in events), the position in that pass's list (an
 * entity's, a timeline milestone's, a quote's) and the link's rank among those stated there.
 */
export interface LinkOrigin {
  pass: 0 | 1 | 2 | 3;
  of: number;
  at: number;
}

/** One statement of a link: what `buildGraph` makes an edge of (or adds sentences to). */
export interface GraphLink {
  kind: GraphEdgeKind;
  label: string;
  source: string;
  target: string;
  evidence: SourceRef[];
  from: LinkOrigin;
}

/**
 * The links of the graph in the order they are stated, each with where (`LinkOrigin`): an edge is
 * the first link of its id and takes the sentences of those after it. The most telling links
 * first: an entity page lists each connection once, by its first link.
 */
export function* graphLinks(
  entities: CaseEntity[],
  timeline: TimelineEntry[],
  quotes: CaseQuote[],
): Generator<GraphLink> {
  for (const [of, e] of entities.entries()) {
    let at = 0;
    for (const org of e.affiliations) {
      const roles = e.roles.filter((r) => r.affiliation === org);
      const evidence = roles.flatMap((r) => r.sources).slice(0, MAX_EVIDENCE);
      const label = affiliationLabel(roles.map((r) => r.text));
      yield { kind: "affiliation", label, source: e.id, target: org, evidence, from: { pass: 0, of, at: at++ } };
    }
  }

  const kindOf = new Map(entities.map((e) => [e.id, e.type]));
  for (const [of, t] of timeline.entries()) {
    const label = ACTION_LABELS[t.type];
    if (!label) continue;
    const people = t.participants.filter((p) => kindOf.get(p) === "person");
    const bodies = t.participants.filter((p) => kindOf.get(p) === "organization");
    if (!people.length || !bodies.length || people.length * bodies.length > MAX_CO_PARTICIPANTS) continue;
    const evidence = t.sources.map((s) => s.evidence);
    let at = 0;
    for (const p of people)
      for (const o of bodies)
        yield { kind: "action", label, source: p, target: o, evidence, from: { pass: 1, of, at: at++ } };
  }

  for (const [of, q] of quotes.entries()) {
    if (!q.speaker) continue;
    const evidence: SourceRef = { document: q.document, start: q.start, end: q.end, text: q.text.slice(0, 300) };
    for (const [at, about] of q.about.entries())
      yield {
        kind: "quoted-about",
        label: "quoted about",
        source: q.speaker,
        target: about,
        evidence: [evidence],
        from: { pass: 2, of, at },
      };
  }

  for (const [of, t] of timeline.entries()) {
    const type = t.type.replace(/_/g, " ");
    const evidence = t.sources.map((s) => s.evidence);
    const people = t.participants.slice(0, MAX_PARTICIPANTS);
    let at = 0;
    for (const p of people)
      yield {
        kind: "participant",
        label: "took part in",
        source: p,
        target: t.id,
        evidence,
        from: { pass: 3, of, at: at++ },
      };
    if (people.length <= MAX_CO_PARTICIPANTS) {
      // Sorted pairs so that A–B and B–A are one edge.
      const sorted = [...people].sort();
      const together = t.type === "other" || t.type === "statement" ? "named in one event" : `both in the ${type}`;
      for (let i = 0; i < sorted.length; i++)
        for (let j = i + 1; j < sorted.length; j++)
          yield {
            kind: "co-participant",
            label: together,
            source: sorted[i],
            target: sorted[j],
            evidence,
            from: { pass: 3, of, at: at++ },
          };
    }
  }
}

export function buildGraph(entities: CaseEntity[], timeline: TimelineEntry[], quotes: CaseQuote[]): CaseGraph {
  const nodes: GraphNode[] = entities.map((e) => ({
    id: e.id,
    kind: e.type,
    label: e.name,
    weight: e.documents.length,
  }));
  for (const t of timeline)
    nodes.push({
      id: t.id,
      kind: "event",
      label:
        t.type === "other"
          ? `event${t.date ? ` ${t.date}` : ""}`
          : `${t.type.replace(/_/g, " ")}${t.date ? ` ${t.date}` : ""}`,
      weight: new Set(t.sources.map((s) => s.document)).size,
    });
  const edges = new Map<string, GraphEdge>();
  for (const { kind, label, source, target, evidence } of graphLinks(entities, timeline, quotes)) {
    if (source === target) continue;
    const id = edgeId(kind, source, target);
    let edge = edges.get(id);
    if (!edge) edges.set(id, (edge = { id, source, target, kind, label, evidence: [] }));
    for (const ev of evidence) {
      if (edge.evidence.length >= MAX_EVIDENCE) break;
      if (!edge.evidence.some((x) => x.document === ev.document && x.start === ev.start)) edge.evidence.push(ev);
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
