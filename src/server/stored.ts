// The API's answers read from the case file kept in the store (src/store/case/), when it is up to
// date with the case's documents: each reads only the rows its answer shows (a page of a list, one
// entity with its quotes, milestones, connections and members) through the stored reads the CLI
// uses, puts them in a small case file and asks the server's query functions (./queries.ts) the
// same question it asks of the whole case, so the JSON cannot differ. A question these reads do
// not cover cheaply (quotes filtered by words or dates alone) answers `undefined`, and the route
// asks the whole case instead.
import { indexCase, selectReports, selectTimeline, type CaseIndex } from "../casefile/queries.js";
import type { CaseEntity, CaseFile, CaseQuote, GraphEdge, TimelineEntry } from "../casefile/types.js";
import { entityStub, type Page as RowPage, type StoredCase } from "../store/case/tables.js";
import { bySeq, partialFile, speakerParts } from "../store/case/views.js";
import type { EntitySummary, QuoteItem, Speaker } from "./api-schema.js";
import type { CaseView } from "./case-cache.js";
import {
  ENTITY_LIST_LIMIT,
  entitySummary,
  listContradictions,
  listQuotes,
  listTimeline,
  listTimelineReports,
  quoteItem,
  rankSpeakers,
  type EntityFilter,
  type Page,
  type QuoteFilter,
  type TimelineFilter,
} from "./queries.js";

/** A case view over the rows read; `members` gives each body's members where they were read whole. */
function partialView(parts: Partial<CaseFile>, members: Map<string, string[]> = new Map(), name = ""): CaseView {
  const index: CaseIndex = indexCase(partialFile(parts));
  for (const [org, ids] of members) index.members.set(org, new Set(ids));
  return { ...index, name, revision: 0 };
}

/** Entities by id, the first given of each id kept (a whole entity before a stub of it). */
function distinct(lists: CaseEntity[][]): CaseEntity[] {
  const byId = new Map<string, CaseEntity>();
  for (const list of lists) for (const e of list) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}

/**
 * What a quote's item names besides the quote: its speaker (with the bodies it belongs to) and
 * those bodies by name, and its article. `known` are entities already read whole.
 */
async function quoteContext(
  stored: StoredCase,
  quotes: CaseQuote[],
  known: CaseEntity[],
): Promise<Pick<CaseFile, "entities" | "documents">> {
  const have = new Set(known.map((e) => e.id));
  const speakerIds = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => !!s && !have.has(s)))];
  const speakers = (await stored.listRows(speakerIds)).map((r) => entityStub(r));
  const orgIds = [...new Set([...known, ...speakers].flatMap((e) => e.affiliations))].filter((id) => !have.has(id));
  const [orgs, documents] = await Promise.all([
    stored.entityNames(orgIds),
    stored.documents([...new Set(quotes.map((q) => q.document))]),
  ]);
  return { entities: distinct([known, speakers, orgs]), documents };
}

/** GET …/entities: a page of list rows, each with its quote count. */
export async function storedEntities(stored: StoredCase, f: EntityFilter): Promise<Page<EntitySummary>> {
  const { rows, total } = await stored.entityPage({ type: f.type, q: f.q }, { offset: f.offset, limit: f.limit });
  const quotes = await stored.quoteCounts(rows.map((r) => r.id));
  return {
    total,
    offset: f.offset,
    limit: f.limit,
    items: rows.map((r) => entitySummary(r, quotes.get(r.id) ?? 0)),
  };
}

/**
 * GET …/entities/:id: the entities `ref` names and, when it names one, what its page shows: its
 * quotes (by it, and the first ones about it), milestones, contradictions, the bodies it belongs
 * to, its members, its connections and the articles its page lists.
 */
export async function storedEntityView(stored: StoredCase, ref: string, caseName: string): Promise<CaseView> {
  const candidates = await stored.matchEntities(ref);
  if (candidates.length !== 1) return partialView({ entities: candidates }, new Map(), caseName);
  const e = candidates[0];
  // One read for its own slice (one round trip on a server engine), then one for what it names.
  const {
    by,
    about,
    timeline,
    edges,
    members: memberIds,
    contradictions,
    documents: sources,
  } = await stored.entitySlice(e.id, {
    edges: true,
    members: true,
    documents: e.documents.slice(0, ENTITY_LIST_LIMIT),
  });
  const shown = [
    ...by.slice(0, ENTITY_LIST_LIMIT).map((q) => q.quote),
    ...about.slice(0, ENTITY_LIST_LIMIT / 2).map((q) => q.quote),
  ];
  const named = [...new Set([...edges.map((x) => x.target), ...memberIds])].filter((id) => id !== e.id);
  const [context, others] = await Promise.all([quoteContext(stored, shown, [e]), stored.entityNames(named)]);
  return partialView(
    {
      entities: distinct([context.entities, others]),
      quotes: bySeq([by, about]),
      timeline,
      contradictions,
      documents: [...sources, ...context.documents],
      // Only the ends and labels are read: the page lists whom the entity is connected to, and how.
      graph: { nodes: [], edges: edges as GraphEdge[] },
    },
    new Map([[e.id, memberIds]]),
    caseName,
  );
}

/**
 * GET …/quotes: a page of every quote, or the quotes of the speakers (and bodies with their
 * members) the filter names; undefined for words, a kind or dates alone (the whole list is read).
 */
export async function storedQuotes(
  stored: StoredCase,
  f: QuoteFilter,
): Promise<(Page<QuoteItem> & { undatedLeftOut?: number }) | undefined> {
  if (f.speaker === undefined && f.organization === undefined) {
    if (f.text || f.kind || f.from || f.to) return undefined;
    const [quotes, total] = await Promise.all([
      stored.quotePage({ offset: f.offset, limit: f.limit }),
      stored.quoteCount(),
    ]);
    const view = partialView({ quotes, ...(await quoteContext(stored, quotes, [])) });
    return { total, offset: f.offset, limit: f.limit, items: quotes.map((q) => quoteItem(view, q)) };
  }
  const speakers = f.speaker !== undefined ? await speakerParts(stored, f.speaker) : null;
  const orgs = f.organization !== undefined ? await stored.matchEntities(f.organization) : [];
  const members = new Map(await Promise.all(orgs.map(async (o) => [o.id, await stored.memberIds(o.id)] as const)));
  // With a body named, its quotes and its members' (the speaker filter then keeps some of them).
  const quotes =
    f.organization !== undefined
      ? bySeq([await stored.quotes([...new Set([...orgs.map((o) => o.id), ...[...members.values()].flat()])])])
      : (speakers?.quotes ?? []);
  const context = await quoteContext(stored, quotes, distinct([speakers?.entities ?? [], orgs]));
  return listQuotes(partialView({ ...context, quotes }, members), f);
}

/**
 * GET …/timeline and …/timeline/reports: a page of the list; the milestones of the entities a
 * name matches; or, filtered by type or dates alone, the list read a few rows at a time and only
 * the page kept.
 */
export async function storedTimeline(
  stored: StoredCase,
  list: "timeline" | "reports",
  f: TimelineFilter,
): Promise<Page<TimelineEntry>> {
  const answer = list === "timeline" ? listTimeline : listTimelineReports;
  const page: RowPage = { offset: f.offset, limit: f.limit };
  if (f.entity) {
    const who = await stored.matchEntities(f.entity);
    const entries = new Map<string, TimelineEntry>();
    for (const e of who) for (const t of await stored.milestones(list, e.id)) entries.set(t.id, t);
    // A list's ids number its rows in order (`ev:TYPE:N`).
    const ordered = [...entries.values()].sort((a, b) => milestoneNumber(a) - milestoneNumber(b));
    return answer(partialView({ entities: who, [list]: ordered }), f);
  }
  if (!f.type && !f.from && !f.to) {
    const [items, total] = await Promise.all([stored.milestones(list, undefined, page), stored.milestoneCount(list)]);
    return { total, offset: f.offset, limit: f.limit, items };
  }
  const select = list === "timeline" ? selectTimeline : selectReports;
  const items: TimelineEntry[] = [];
  let total = 0;
  let batch: TimelineEntry[] = [];
  const take = () => {
    for (const t of select(partialView({ [list]: batch }), f)) {
      if (total >= f.offset && items.length < f.limit) items.push(t);
      total++;
    }
    batch = [];
  };
  for await (const json of stored.milestoneJson(list)) {
    batch.push(JSON.parse(json) as TimelineEntry);
    if (batch.length === 500) take();
  }
  take();
  return { total, offset: f.offset, limit: f.limit, items };
}

const milestoneNumber = (t: TimelineEntry) => Number(t.id.slice(t.id.lastIndexOf(":") + 1));

/** GET …/contradictions: a page of the list, or those about one subject. */
export async function storedContradictions(
  stored: StoredCase,
  f: { subject?: string; offset: number; limit: number },
): Promise<Page<unknown>> {
  if (f.subject)
    return listContradictions(partialView({ contradictions: await stored.contradictionsAbout([f.subject]) }), f);
  const [items, total] = await Promise.all([
    stored.contradictions({ offset: f.offset, limit: f.limit }),
    stored.contradictionCount(),
  ]);
  return { total, offset: f.offset, limit: f.limit, items };
}

/** GET …/speakers: everyone quoted, from the quotes' speaker index. */
export async function storedSpeakers(stored: StoredCase): Promise<Speaker[]> {
  const counts = await stored.speakers();
  const names = new Map((await stored.entityNames(counts.map((c) => c.id))).map((e) => [e.id, e]));
  const out: Speaker[] = [];
  for (const c of counts) {
    const e = names.get(c.id);
    if (e) out.push({ id: c.id, name: e.name, type: e.type, quotes: c.quotes });
  }
  return rankSpeakers(out);
}

/** GET …/documents/:id: the document as the case lists it, and the case entity of each of its entities. */
export async function storedDocumentView(stored: StoredCase, id: string, caseName: string): Promise<CaseView> {
  const [documents, members] = await Promise.all([stored.documents([id]), stored.membersOf(id)]);
  const view = partialView({ documents }, new Map(), caseName);
  for (const m of members) view.memberOf.set(`${id}#${m.local}`, m.entity);
  return view;
}
