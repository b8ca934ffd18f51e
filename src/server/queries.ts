// The questions the API answers, as pure functions over a built case (`CaseView`): filtering,
// paging and the small joins the UI needs (a quote with its article's title, an entity with
// its quotes and events). No I/O here, so each answer can be tested on a case built in memory.
import {
  entityFacts,
  type CaseIndex,
  entityListRow,
  filterEntities,
  matchEntities,
  selectQuotes,
  undatedLeftOut,
  selectTimeline,
  selectReports,
  type EntityListRow,
  type QuoteFilter as CaseQuoteFilter,
  type TimelineFilter as CaseTimelineFilter,
} from "../casefile/queries.js";
import { heaviestFirst, viewEdge, type GraphViewEdge } from "../casefile/graph.js";
import type {
  CaseDocument,
  CaseEntity,
  CaseQuote,
  Contradiction,
  GraphEdge,
  GraphNode,
  TimelineEntry,
} from "../casefile/types.js";
import type { DocumentRef, EntitySummary, QuoteItem, Speaker } from "./api-schema.js";

export type { DocumentRef, EntitySummary, QuoteItem };

/** A case file, its store revision and the indexes the API answers from. */
export interface CaseView extends CaseIndex {
  name: string;
  revision: number;
}

export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

export function documentRef(view: CaseView, id: string): DocumentRef {
  const d: CaseDocument | undefined = view.documents.get(id);
  return {
    id,
    title: d?.title ?? null,
    outlet: d?.outlet ?? null,
    published: d?.published ?? null,
    source: d?.source ?? null,
  };
}

function page<T>(all: T[], offset: number, limit: number): Page<T> {
  return { total: all.length, offset, limit, items: all.slice(offset, offset + limit) };
}

/**
 * The one entity a name points at (see `matchEntities`: the same answer as the CLI's), or the
 * several it could be, or none.
 */
export function findEntity(view: CaseView, ref: string): { entity: CaseEntity | null; candidates: CaseEntity[] } {
  const found = matchEntities(view, ref);
  return { entity: found.length === 1 ? found[0] : null, candidates: found };
}

export function summarizeEntity(view: CaseView, e: CaseEntity): EntitySummary {
  return entitySummary(entityListRow(e), view.quotesBySpeaker.get(e.id)?.length ?? 0);
}

/** An entity's summary from its list row (as the stored case keeps it) and how many quotes it has. */
export function entitySummary(row: EntityListRow, quotes: number): EntitySummary {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: row.alsoWritten,
    roles: row.roles,
    sources: row.sources,
    documents: row.documents,
    mentions: row.mentions,
    quotes,
  };
}

export interface EntityFilter {
  type?: string;
  q?: string;
  offset: number;
  limit: number;
}

export function listEntities(view: CaseView, f: EntityFilter): Page<EntitySummary> {
  const p = page(filterEntities(view, f), f.offset, f.limit);
  return { ...p, items: p.items.map((e) => summarizeEntity(view, e)) };
}

function organizationsOf(view: CaseView, speaker: CaseEntity): { id: string; name: string }[] {
  const ids = speaker.type === "organization" ? [speaker.id, ...speaker.affiliations] : speaker.affiliations;
  const out: { id: string; name: string }[] = [];
  for (const id of ids) {
    const org = view.entities.get(id);
    if (org) out.push({ id, name: org.name });
  }
  return out;
}

export function quoteItem(view: CaseView, q: CaseQuote): QuoteItem {
  const speaker = q.speaker ? view.entities.get(q.speaker) : undefined;
  return {
    id: q.id,
    kind: q.kind,
    text: q.text,
    speaker: speaker ? { id: speaker.id, name: speaker.name, type: speaker.type } : null,
    speakerName: q.speakerName,
    organizations: speaker ? organizationsOf(view, speaker) : [],
    cue: q.cue,
    start: q.start,
    end: q.end,
    document: documentRef(view, q.document),
    saidAt: q.saidAt,
    role: q.role,
    addressee: q.addressee,
    channel: q.channel,
  };
}

export interface QuoteFilter extends Omit<CaseQuoteFilter, "about"> {
  offset: number;
  limit: number;
}

/** Unknown speaker or organisation names select no quotes rather than all of them. */
export function listQuotes(view: CaseView, f: QuoteFilter): Page<QuoteItem> & { undatedLeftOut?: number } {
  const p = page(selectQuotes(view, f), f.offset, f.limit);
  const items = p.items.map((q) => quoteItem(view, q));
  if (!f.from && !f.to) return { ...p, items };
  return { ...p, items, undatedLeftOut: undatedLeftOut(view, f) };
}

/** Speakers with at least one quote, most quoted first: the options of the speaker filter. */
export function listSpeakers(view: CaseView): Speaker[] {
  const out: Speaker[] = [];
  for (const [id, quotes] of view.quotesBySpeaker) {
    const e = view.entities.get(id);
    if (e) out.push({ id, name: e.name, type: e.type, quotes: quotes.length });
  }
  return rankSpeakers(out);
}

/** Speakers listed in the order of their first quote, most quoted first (ties by name, then that order). */
export function rankSpeakers(speakers: Speaker[]): Speaker[] {
  return speakers.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

export interface TimelineFilter extends CaseTimelineFilter {
  offset: number;
  limit: number;
}

export function listTimeline(view: CaseView, f: TimelineFilter): Page<TimelineEntry> {
  return page(selectTimeline(view, f), f.offset, f.limit);
}

/** The reports kept off the timeline, each with why ("undated", "background", …) and when first reported. */
export function listTimelineReports(view: CaseView, f: TimelineFilter): Page<TimelineEntry> {
  return page(selectReports(view, f), f.offset, f.limit);
}

export function listContradictions(
  view: CaseView,
  f: { subject?: string; offset: number; limit: number },
): Page<Contradiction> {
  const all = view.file.contradictions;
  return page(f.subject ? all.filter((c) => c.subjectId === f.subject) : all, f.offset, f.limit);
}

/** The `limit` heaviest nodes and the edges among them, so a big case still draws legibly. */
export function graphView(
  view: CaseView,
  limit: number,
): { nodes: GraphNode[]; edges: GraphViewEdge[]; total: number } {
  const { nodes, edges } = view.file.graph;
  const kept = nodes.length <= limit ? nodes : heaviestFirst(nodes).slice(0, limit);
  const ids = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: edges.filter((e: GraphEdge) => ids.has(e.source) && ids.has(e.target)).map(viewEdge),
    total: nodes.length,
  };
}

export interface EntityDetail {
  entity: CaseEntity;
  organizations: { id: string; name: string }[];
  members: { id: string; name: string; type: string }[];
  quotes: QuoteItem[];
  quotedAbout: QuoteItem[];
  events: TimelineEntry[];
  contradictions: Contradiction[];
  sources: DocumentRef[];
  connections: { id: string; name: string; type: string; label: string }[];
  /** Full counts; the lists above stop at `ENTITY_LIST_LIMIT` (the quotes and timeline routes page through the rest). */
  counts: { quotes: number; quotedAbout: number; events: number; sources: number; connections: number };
}

/** How many quotes, events, sources… an entity page lists, so a central figure's page stays small. */
export const ENTITY_LIST_LIMIT = 100;

/** How many sources an entity page gives of each of its names, roles and ages (the rest are counted). */
export const ENTITY_FIRST_SOURCES = 3;

/** A name, role or age on an entity page: its first sources and how many it has. */
type FirstSources<T extends { sources: unknown[] }> = Omit<T, "sources"> & {
  sources: T["sources"];
  sourceCount: number;
};

/**
 * The entity as its page gives it by default (GET …/entities/:id; `?all` gives the whole
 * `CaseEntity`): its first ENTITY_LIST_LIMIT names and roles (the case's order: most sources
 * first) each with its first ENTITY_FIRST_SOURCES sources and how many, its ages likewise, the
 * merge records without the documents and mentions they hold, and counts where the whole entity
 * lists every document and document entity, so the page of a figure named in every article
 * stays the same size as the case grows.
 */
export interface EntityOnPage {
  id: string;
  type: CaseEntity["type"];
  name: string;
  aliases: FirstSources<CaseEntity["aliases"][number]>[];
  roles: FirstSources<CaseEntity["roles"][number]>[];
  ages: FirstSources<CaseEntity["ages"][number]>[];
  affiliations: string[];
  documentCount: number;
  independentDocuments: number;
  mentionCount: number;
  merges: { rule: string; reason: string; names: [string, string] }[];
  splits: CaseEntity["splits"];
  counts: { aliases: number; roles: number; members: number; merges: number };
}

/**
 * A milestone as an entity page lists it by default (`?all`: whole): its first
 * ENTITY_FIRST_SOURCES reports and how many, with how many articles report it; each of its dates,
 * statuses and places with its first documents and how many. The whole milestone holds every
 * report, and one every article tells grows with each article.
 */
export type EventOnPage = Omit<TimelineEntry, "dates" | "statuses" | "places"> & {
  dates: (TimelineEntry["dates"][number] & { documentCount: number })[];
  statuses: (TimelineEntry["statuses"][number] & { documentCount: number })[];
  places: (TimelineEntry["places"][number] & { documentCount: number })[];
  sourceCount: number;
  documentCount: number;
};

export function eventOnPage(t: TimelineEntry): EventOnPage {
  const cut = <T extends { documents: string[] }>(v: T) => ({
    ...v,
    documents: v.documents.slice(0, ENTITY_FIRST_SOURCES),
    documentCount: v.documents.length,
  });
  return {
    ...t,
    dates: t.dates.map(cut),
    statuses: t.statuses.map(cut),
    places: t.places.map(cut),
    sources: t.sources.slice(0, ENTITY_FIRST_SOURCES),
    sourceCount: t.sources.length,
    documentCount: new Set(t.sources.map((x) => x.document)).size,
  };
}

export function entityOnPage(e: CaseEntity): EntityOnPage {
  const first = <T extends { sources: unknown[] }>(x: T): FirstSources<T> => ({
    ...x,
    sources: x.sources.slice(0, ENTITY_FIRST_SOURCES),
    sourceCount: x.sources.length,
  });
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases.slice(0, ENTITY_LIST_LIMIT).map(first),
    roles: e.roles.slice(0, ENTITY_LIST_LIMIT).map(first),
    ages: e.ages.map(first),
    affiliations: e.affiliations,
    documentCount: e.documents.length,
    independentDocuments: e.independentDocuments,
    mentionCount: e.mentionCount,
    merges: e.merges.slice(0, ENTITY_LIST_LIMIT).map((m) => ({ rule: m.rule, reason: m.reason, names: m.names })),
    splits: e.splits,
    counts: { aliases: e.aliases.length, roles: e.roles.length, members: e.members.length, merges: e.merges.length },
  };
}

export function entityDetail(view: CaseView, e: CaseEntity): EntityDetail {
  const connections = new Map<string, { id: string; name: string; type: string; label: string }>();
  for (const edge of view.file.graph.edges) {
    const other = edge.source === e.id ? edge.target : edge.target === e.id ? edge.source : null;
    if (!other || connections.has(other)) continue;
    const o = view.entities.get(other);
    if (o) connections.set(other, { id: o.id, name: o.name, type: o.type, label: edge.label });
  }
  const { quotesBy: quotes, quotesAbout: quotedAbout, events, contradictions } = entityFacts(view, e);
  return {
    entity: e,
    organizations: organizationsOf(view, e).filter((o) => o.id !== e.id),
    members: [...(view.members.get(e.id) ?? [])]
      .map((id) => view.entities.get(id))
      .filter((m): m is CaseEntity => !!m)
      .map((m) => ({ id: m.id, name: m.name, type: m.type })),
    quotes: quotes.slice(0, ENTITY_LIST_LIMIT).map((q) => quoteItem(view, q)),
    quotedAbout: quotedAbout.slice(0, ENTITY_LIST_LIMIT / 2).map((q) => quoteItem(view, q)),
    events: events.slice(0, ENTITY_LIST_LIMIT),
    contradictions,
    sources: e.documents.slice(0, ENTITY_LIST_LIMIT).map((d) => documentRef(view, d)),
    connections: [...connections.values()].slice(0, ENTITY_LIST_LIMIT),
    counts: {
      quotes: quotes.length,
      quotedAbout: quotedAbout.length,
      events: events.length,
      sources: e.documents.length,
      connections: connections.size,
    },
  };
}

export interface CaseOverview {
  name: string;
  revision: number;
  counts: {
    documents: number;
    independent: number;
    people: number;
    organizations: number;
    locations: number;
    quotes: number;
    events: number;
    contradictions: number;
  };
  dates: { first: string | null; last: string | null };
  outlets: { name: string; documents: number }[];
  people: EntitySummary[];
  organizations: EntitySummary[];
  recentEvents: TimelineEntry[];
  contradictions: Contradiction[];
}

export function caseOverview(view: CaseView): CaseOverview {
  const f = view.file;
  const count = (t: string) => f.entities.filter((e) => e.type === t).length;
  const dated = f.timeline.filter((t) => t.date).map((t) => t.date as string);
  const published = f.documents.map((d) => d.published).filter((p): p is string => !!p);
  const all = [...dated, ...published].sort();
  const outlets = new Map<string, number>();
  for (const d of f.documents) if (d.outlet) outlets.set(d.outlet, (outlets.get(d.outlet) ?? 0) + 1);
  const top = (type: string) =>
    f.entities
      .filter((e) => e.type === type)
      .slice(0, 8)
      .map((e) => summarizeEntity(view, e));
  return {
    name: view.name,
    revision: view.revision,
    counts: {
      documents: f.documents.length,
      independent: f.documents.filter((d) => !d.duplicateOf).length,
      people: count("person"),
      organizations: count("organization"),
      locations: count("location"),
      quotes: f.quotes.length,
      events: f.timeline.length,
      contradictions: f.contradictions.length,
    },
    dates: { first: all[0] ?? null, last: all[all.length - 1] ?? null },
    outlets: [...outlets].map(([name, documents]) => ({ name, documents })).sort((a, b) => b.documents - a.documents),
    people: top("person"),
    organizations: top("organization"),
    recentEvents: f.timeline.filter((t) => t.date).slice(-6),
    contradictions: f.contradictions.slice(0, 4),
  };
}
