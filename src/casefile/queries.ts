// The questions every reader of a case asks, answered once: which entity a typed name means,
// which quotes match a speaker, an organisation, some words or a date range, which timeline
// entries fall in a slice, and what the case says about one entity. The CLI, the HTTP API and
// the brief all call these, so a name gives the same answer in the terminal and in the browser.
// Pure functions over a built case and its lookup tables (`CaseIndex`); no I/O.
import { bodyKey, fold, personKey } from "./names.js";
import type {
  CaseDocument,
  CaseEntity,
  CaseFile,
  CaseQuote,
  Contradiction,
  SourceRef,
  SplitRecord,
  TimelineEntry,
} from "./types.js";

/** A built case with the lookup tables the queries answer from; build it once per case file. */
export interface CaseIndex {
  file: CaseFile;
  documents: Map<string, CaseDocument>;
  entities: Map<string, CaseEntity>;
  /** `document#localEntityId` → case entity id, to link a document's spans to entity pages. */
  memberOf: Map<string, string>;
  /** Case entity id → its quotes, in case order. */
  quotesBySpeaker: Map<string, CaseQuote[]>;
  /** Organisation id → ids of the entities affiliated with it. */
  members: Map<string, Set<string>>;
  /** Quote id → its index in `file.quotes` (case order). */
  quotePosition: Map<string, number>;
  /** Folded text of every quote, parallel to `file.quotes`, filled on the first text filter. */
  quoteWords: string[] | null;
}

export function indexCase(file: CaseFile): CaseIndex {
  const documents = new Map(file.documents.map((d) => [d.id, d]));
  const entities = new Map(file.entities.map((e) => [e.id, e]));
  const memberOf = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  for (const e of file.entities) {
    for (const m of e.members) memberOf.set(`${m.document}#${m.entity}`, e.id);
    for (const org of e.affiliations) {
      let set = members.get(org);
      if (!set) members.set(org, (set = new Set()));
      set.add(e.id);
    }
  }
  const quotesBySpeaker = new Map<string, CaseQuote[]>();
  for (const q of file.quotes) {
    if (!q.speaker) continue;
    let list = quotesBySpeaker.get(q.speaker);
    if (!list) quotesBySpeaker.set(q.speaker, (list = []));
    list.push(q);
  }
  const quotePosition = new Map(file.quotes.map((q, i) => [q.id, i]));
  return { file, documents, entities, memberOf, quotesBySpeaker, members, quotePosition, quoteWords: null };
}

/** `fold` keeps names short; quotes can be long, so they are folded a piece at a time, cut at spaces. */
export function foldText(text: string): string {
  const PIECE = 400;
  if (text.length <= PIECE) return fold(text);
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + PIECE);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > at) end = space;
    }
    const piece = fold(text.slice(at, end));
    if (piece) out.push(piece);
    at = end;
  }
  return out.join(" ");
}

/**
 * The entities a typed name points at, best level only: the id itself; then a name equal to it
 * once case, accents, punctuation, honorifics and a leading "the" are folded away; then an alias
 * equal to it; then (three characters or more) names and aliases containing it.
 */
export function matchEntities(index: CaseIndex, query: string): CaseEntity[] {
  const q = query.trim();
  if (!q) return [];
  const byId = index.entities.get(q);
  if (byId) return [byId];
  const f = fold(q);
  const keys = new Set([personKey(q), bodyKey(q), f]);
  const all = index.file.entities;
  const levels: ((e: CaseEntity) => boolean)[] = [
    (e) => keys.has(fold(e.name)) || keys.has(personKey(e.name)) || keys.has(bodyKey(e.name)),
    (e) => e.aliases.some((a) => keys.has(fold(a.text)) || keys.has(personKey(a.text))),
    (e) => f.length >= 3 && nameContains(e, f),
  ];
  for (const level of levels) {
    const found = all.filter(level);
    if (found.length) return found;
  }
  return [];
}

function nameContains(e: CaseEntity, folded: string): boolean {
  return fold(e.name).includes(folded) || e.aliases.some((a) => fold(a.text).includes(folded));
}

/**
 * An entity as a list of entities shows it (`casefile people`, `orgs`): a few short fields. The
 * entity itself carries every mention and member, which for a case's main character grows with
 * each article naming them; a page of a hundred people reads these rows instead.
 */
export interface EntityListRow {
  id: string;
  type: CaseEntity["type"];
  name: string;
  /** The other names it is written under, in the entity's alias order. */
  alsoWritten: string[];
  roles: string[];
  ages: number[];
  documents: number;
  independentDocuments: number;
  /** The first LIST_ROW_SOURCES documents naming it, in case order (an API summary lists them). */
  sources: string[];
  mentions: number;
  /** The bodies it belongs to (ids): a quote's item names its speaker's organisations. */
  affiliations: string[];
}

/** How many of an entity's documents its list row keeps. */
export const LIST_ROW_SOURCES = 20;

export function entityListRow(e: CaseEntity): EntityListRow {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    alsoWritten: e.aliases.map((a) => a.text).filter((a) => a !== e.name),
    roles: e.roles.map((r) => r.text),
    ages: e.ages.map((a) => a.value),
    documents: e.documents.length,
    independentDocuments: e.independentDocuments,
    sources: e.documents.slice(0, LIST_ROW_SOURCES),
    mentions: e.mentionCount,
    affiliations: e.affiliations,
  };
}

/** Entities of a type whose name or an alias contains the words (folded); all of them without words. */
export function filterEntities(index: CaseIndex, f: { type?: string; q?: string }): CaseEntity[] {
  const q = f.q ? fold(f.q) : "";
  return index.file.entities.filter((e) => (!f.type || e.type === f.type) && (!q || nameContains(e, q)));
}

export interface QuoteFilter {
  /** A name, alias or id (see `matchEntities`); every entity it matches counts. */
  speaker?: string;
  /** An organisation's name or id: quotes by it or by its members. */
  organization?: string;
  /** Words the quote contains (folded). */
  text?: string;
  /** Words the quote contains, or an entity the quote names. */
  about?: string;
  kind?: string;
  /** Publication dates of the quoting article, inclusive, `YYYY-MM-DD` or a prefix of one. */
  from?: string;
  to?: string;
}

/** Quotes matching every filter given, in case order. A speaker or organisation that names nobody selects none. */
export function selectQuotes(index: CaseIndex, f: QuoteFilter): CaseQuote[] {
  let speakers: Set<string> | null = null;
  if (f.speaker !== undefined) speakers = new Set(matchEntities(index, f.speaker).map((e) => e.id));
  if (f.organization !== undefined) {
    const ids = new Set<string>();
    for (const org of matchEntities(index, f.organization)) {
      ids.add(org.id);
      for (const id of index.members.get(org.id) ?? []) ids.add(id);
    }
    speakers = speakers ? new Set([...speakers].filter((id) => ids.has(id))) : ids;
  }
  const text = f.text ? fold(f.text) : "";
  const about = f.about !== undefined ? fold(f.about) : null;
  const aboutIds = f.about !== undefined ? new Set(matchEntities(index, f.about).map((e) => e.id)) : null;
  const from = f.from ?? "";
  const to = f.to ? f.to + "\uffff" : "";
  const positions = speakers
    ? [...speakers].flatMap((id) => (index.quotesBySpeaker.get(id) ?? []).map(position(index)))
    : null;
  if (positions && speakers && speakers.size > 1) positions.sort((a, b) => a - b);
  const words = text || about ? (index.quoteWords ??= index.file.quotes.map((q) => foldText(q.text))) : null;
  const out: CaseQuote[] = [];
  const consider = (i: number) => {
    const q = index.file.quotes[i];
    if (f.kind && q.kind !== f.kind) return;
    if (text && !(words as string[])[i].includes(text)) return;
    if (aboutIds && !((about && (words as string[])[i].includes(about)) || q.about.some((a) => aboutIds.has(a))))
      return;
    if (from || to) {
      const published = index.documents.get(q.document)?.published;
      if (!published || (from && published < from) || (to && published > to)) return;
    }
    out.push(q);
  };
  if (positions) for (const i of positions) consider(i);
  else for (let i = 0; i < index.file.quotes.length; i++) consider(i);
  return out;
}

/** How many quotes a date filter leaves out only because their article has no date (issue 17 item 13). */
export function undatedLeftOut(index: CaseIndex, f: QuoteFilter): number {
  if (!f.from && !f.to) return 0;
  return selectQuotes(index, { ...f, from: undefined, to: undefined }).filter(
    (q) => !index.documents.get(q.document)?.published,
  ).length;
}

const position = (index: CaseIndex) => (q: CaseQuote) => index.quotePosition.get(q.id) ?? 0;

export interface TimelineFilter {
  type?: string;
  /** A name, alias or id: only events one of the entities it matches takes part in. */
  entity?: string;
  /** Dates of the events, inclusive, `YYYY-MM-DD` or a prefix of one; undated events fall outside any range. */
  from?: string;
  to?: string;
}

/** The timeline entries in a slice, in timeline order. */
export function selectTimeline(index: CaseIndex, f: TimelineFilter): TimelineEntry[] {
  return filterEntries(index, index.file.timeline, f);
}

/** The reports kept off the timeline (undated, background, plans nobody confirmed) in a slice. */
export function selectReports(index: CaseIndex, f: TimelineFilter): TimelineEntry[] {
  return filterEntries(index, index.file.reports ?? [], f);
}

function filterEntries(index: CaseIndex, all: TimelineEntry[], f: TimelineFilter): TimelineEntry[] {
  const to = f.to ? f.to + "\uffff" : "";
  const who = f.entity ? new Set(matchEntities(index, f.entity).map((e) => e.id)) : null;
  if (!f.type && !who && !f.from && !to) return all;
  return all.filter(
    (t) =>
      (!f.type || t.type === f.type) &&
      (!who || t.participants.some((p) => who.has(p))) &&
      (!f.from || (t.date !== null && t.date >= f.from)) &&
      (!to || (t.date !== null && t.date <= to)),
  );
}

/** What the case says about one entity, each list in case order. */
export interface EntityFacts {
  quotesBy: CaseQuote[];
  quotesAbout: CaseQuote[];
  events: TimelineEntry[];
  documents: CaseDocument[];
  /** About the entity itself, or about an event it takes part in. */
  contradictions: Contradiction[];
}

export function entityFacts(index: CaseIndex, entity: CaseEntity): EntityFacts {
  const c = index.file;
  const events = c.timeline.filter((t) => t.participants.includes(entity.id));
  const eventIds = new Set(events.map((t) => t.id));
  const docs = new Set(entity.documents);
  return {
    quotesBy: index.quotesBySpeaker.get(entity.id) ?? [],
    quotesAbout: c.quotes.filter((q) => q.about.includes(entity.id)),
    events,
    documents: c.documents.filter((d) => docs.has(d.id)),
    contradictions: c.contradictions.filter((x) => x.subjectId === entity.id || eventIds.has(x.subjectId)),
  };
}

/**
 * How many rows of each long part of an entity's profile a page of it shows (`casefile show` on a
 * terminal); the rest are counted. A case's main character is named in every article, so their
 * documents, quotes and events grow with the case, and a page must not.
 */
export const PROFILE_ROWS = 100;

/** A name, role or age as a profile page shows it: the first documents it is written in, and how many. */
export interface SourcedValue {
  text: string;
  documents: string[];
  documentCount: number;
}

/** How many rows each long part of an entity's profile holds. */
export interface ProfileCounts {
  quotesBy: number;
  quotesAbout: number;
  events: number;
  contradictions: number;
}

/**
 * What a page of an entity's profile shows of the entity itself, each list of documents cut to
 * its first rows and counted: the whole entity holds every mention and member, which for a case's
 * main character grows with every article naming them. The store keeps it beside the entity
 * (`case_entities.head_json`) with at most PROFILE_ROWS documents per list.
 */
export interface EntityHead {
  id: string;
  type: CaseEntity["type"];
  name: string;
  aliases: SourcedValue[];
  roles: SourcedValue[];
  ages: SourcedValue[];
  affiliations: string[];
  documents: string[];
  documentCount: number;
  merges: { rule: string; reason: string }[];
  splits: SplitRecord[];
  counts: ProfileCounts;
}

/** The first `limit` distinct documents of `sources`, in order, and how many there are. */
function sourcedValue(text: string, sources: readonly Pick<SourceRef, "document">[], limit: number): SourcedValue {
  const docs = [...new Set(sources.map((s) => s.document))];
  return { text, documents: docs.slice(0, limit), documentCount: docs.length };
}

/** The entity's head (see `EntityHead`), its document lists cut to `limit`. */
export function entityHead(e: CaseEntity, counts: ProfileCounts, limit = PROFILE_ROWS): EntityHead {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases.map((a) => sourcedValue(a.text, a.sources, limit)),
    roles: e.roles.map((r) => sourcedValue(r.text, r.sources, limit)),
    ages: e.ages.map((a) => sourcedValue(String(a.value), a.sources, limit)),
    affiliations: e.affiliations,
    documents: e.documents.slice(0, limit),
    documentCount: e.documents.length,
    merges: e.merges.map((m) => ({ rule: m.rule, reason: m.reason })),
    splits: e.splits,
    counts,
  };
}

/** `v` with its documents cut further, to the first `limit`. */
const cutSourced = <T extends { documents: string[] }>(v: T, limit: number): T => ({
  ...v,
  documents: v.documents.slice(0, limit),
});

/** A head with its document lists cut further, to `limit` (a head keeps the first documents of each, in order). */
export function limitHead(head: EntityHead, limit: number): EntityHead {
  const cut = (v: SourcedValue) => cutSourced(v, limit);
  return {
    ...cutSourced(head, limit),
    aliases: head.aliases.map(cut),
    roles: head.roles.map(cut),
    ages: head.ages.map(cut),
  };
}

/**
 * A milestone as a page of a profile lists it: its date, type and status, and the first
 * documents of its reports with how many there are. The whole milestone holds every report,
 * which for a happening every article tells grows with each article; the store keeps its head
 * beside it (`case_milestones.head_json`) with at most PROFILE_ROWS documents.
 */
export interface EventHead {
  id: string;
  type: TimelineEntry["type"];
  date: string | null;
  status: TimelineEntry["status"];
  documents: string[];
  documentCount: number;
}

/** The milestone's head (see `EventHead`), its documents cut to `limit`. */
export function eventHead(t: TimelineEntry, limit = PROFILE_ROWS): EventHead {
  const { documents, documentCount } = sourcedValue(t.id, t.sources, limit);
  return { id: t.id, type: t.type, date: t.date, status: t.status, documents, documentCount };
}

/** An event head with its documents cut further, to `limit`. */
export const limitEventHead = (head: EventHead, limit: number): EventHead => cutSourced(head, limit);

/**
 * A contradiction as a page of a profile lists it: each value with the first documents giving it
 * and how many (the whole contradiction holds every source's sentence). Kept beside it in the
 * store (`case_contradictions.head_json`) with at most PROFILE_ROWS documents per value.
 */
export interface ContradictionHead {
  id: string;
  subject: string;
  field: Contradiction["field"];
  values: SourcedValue[];
}

/** The contradiction's head (see `ContradictionHead`), its documents cut to `limit`. */
export function contradictionHead(x: Contradiction, limit = PROFILE_ROWS): ContradictionHead {
  return {
    id: x.id,
    subject: x.subject,
    field: x.field,
    values: x.values.map((v) => sourcedValue(v.value, v.sources, limit)),
  };
}

/** A contradiction head with each value's documents cut further, to `limit`. */
export const limitContradictionHead = (head: ContradictionHead, limit: number): ContradictionHead => ({
  ...head,
  values: head.values.map((v) => cutSourced(v, limit)),
});

/**
 * The entities each contradiction is about, in the case's contradiction order: its subject when
 * that is an entity, and every participant of the timeline milestone it is about (`entityFacts`
 * lists a contradiction under exactly these entities).
 */
export function contradictionEntities(file: CaseFile): string[][] {
  const participants = new Map(file.timeline.map((t) => [t.id, t.participants]));
  return file.contradictions.map((x) => [...new Set([...(participants.get(x.subjectId) ?? [x.subjectId])])]);
}

/** Every entity's `ProfileCounts` (entities with none of a list count 0), counted in one pass over each list. */
export function profileCounts(file: CaseFile): Map<string, ProfileCounts> {
  const counts = new Map<string, ProfileCounts>(
    file.entities.map((e) => [e.id, { quotesBy: 0, quotesAbout: 0, events: 0, contradictions: 0 }]),
  );
  const add = (ids: Iterable<string | null>, field: keyof ProfileCounts) => {
    for (const id of ids) {
      const c = id === null ? undefined : counts.get(id);
      if (c) c[field]++;
    }
  };
  for (const q of file.quotes) {
    add([q.speaker], "quotesBy");
    add(new Set(q.about), "quotesAbout");
  }
  for (const t of file.timeline) add(new Set(t.participants), "events");
  for (const ids of contradictionEntities(file)) add(ids, "contradictions");
  return counts;
}

/**
 * A page of an entity's profile: its head and the first `limit` rows of each long part, in case
 * order, the milestones and contradictions as their heads show them.
 */
export interface ProfilePage extends Omit<EntityFacts, "events" | "contradictions"> {
  entity: EntityHead;
  events: EventHead[];
  contradictions: ContradictionHead[];
  /** The names of the bodies it belongs to, in its affiliations' order. */
  belongsTo: string[];
}

/** The page of `entity`'s profile that shows `limit` rows of each long part (Infinity: the whole profile). */
export function profilePage(index: CaseIndex, entity: CaseEntity, limit = PROFILE_ROWS): ProfilePage {
  const facts = entityFacts(index, entity);
  const counts: ProfileCounts = {
    quotesBy: facts.quotesBy.length,
    quotesAbout: facts.quotesAbout.length,
    events: facts.events.length,
    contradictions: facts.contradictions.length,
  };
  return {
    entity: entityHead(entity, counts, limit),
    belongsTo: entity.affiliations.map((a) => index.entities.get(a)?.name ?? a),
    quotesBy: facts.quotesBy.slice(0, limit),
    quotesAbout: facts.quotesAbout.slice(0, limit),
    events: facts.events.slice(0, limit).map((t) => eventHead(t, limit)),
    documents: facts.documents.slice(0, limit),
    contradictions: facts.contradictions.slice(0, limit).map((x) => contradictionHead(x, limit)),
  };
}
