// The merged timeline: every source's report of an event is grouped with the others that tell
// the same real-world event (same type, compatible dates, overlapping participants), keeping
// each source's date, status and place side by side.
//
// Dates are compatible when one refines the other (2023 ⊂ 2023-03 ⊂ 2023-03-15). Events that
// happen once to a person (an arrest, a charge, a verdict...) whose reports disagree by up to
// a month are still one event with a date disagreement; two court hearings a week apart are two.
// Participants that tie reports together are people and organisations: countries and cities
// are named in too many unrelated events. "other" events merge only on the same exact date.

import type { CaseEvent, EventStatus, EventType } from "../core/schema.js";
import type { DocContext } from "./context.js";
import type { EntityResolution } from "./entities.js";
import { datesCompatible, dayNumber } from "./names.js";
import type { EventSource, TimelineEntry, ValueWithSources } from "./types.js";

const ONCE_TYPES: ReadonlySet<EventType> = new Set([
  "arrest",
  "charge",
  "trial",
  "case_dropped",
  "verdict",
  "conviction",
  "sentence",
]);
const COURT_TYPES: ReadonlySet<EventType> = new Set(["court_hearing", "trial", "verdict", "conviction", "sentence"]);
const COURT_NAME = /\b(?:court|bailey|tribunal|magistrates)\b/i;
const DISAGREEMENT_DAYS = 31;
/** Co-participant edges and participant lists are capped so that one crowded event stays cheap. */
export const MAX_PARTICIPANTS = 40;

interface Occurrence {
  ctx: DocContext;
  docIndex: number;
  event: CaseEvent;
  participants: string[];
  /** The people and organisations among the participants. */
  actors: string[];
  /** The people among them. */
  people: string[];
  date: string | null;
  source: EventSource;
}

interface Draft {
  type: EventType;
  anchor: string | null;
  participants: Set<string>;
  actors: Set<string>;
  people: Set<string>;
  occurrences: Occurrence[];
  /** Creation order, for deterministic choices among candidates. */
  seq: number;
  /** Index keys this draft is already filed under. */
  filed: Set<string>;
}

function validDate(d: unknown): string | null {
  return typeof d === "string" && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d) ? d : null;
}

/** Courts named in a document, by mention offset, resolved to case entity names. */
function courtMentions(ctx: DocContext, resolution: EntityResolution): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const e of ctx.extraction.entities ?? []) {
    if (e.type === "person") continue;
    const id = ctx.entityFor(e.id, e.name, resolution);
    const entity = id ? resolution.byId.get(id) : undefined;
    const name = entity?.name ?? e.name;
    if (!COURT_NAME.test(name) && !(e.mentions ?? []).some((m) => COURT_NAME.test(m.text ?? ""))) continue;
    for (const m of e.mentions ?? []) out.push({ start: m.start, end: m.end, name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function occurrencesOf(ctx: DocContext, docIndex: number, resolution: EntityResolution): Occurrence[] {
  const events = ctx.extraction.events ?? [];
  if (events.length === 0) return [];
  let courts: ReturnType<typeof courtMentions> | null = null;
  const out: Occurrence[] = [];
  for (const event of events) {
    if (!event || typeof event.type !== "string") continue;
    const participants: string[] = [];
    for (const p of participantRefs(event)) {
      const id = ctx.entityFor(p.id, p.name, resolution);
      if (id && !participants.includes(id) && participants.length < MAX_PARTICIPANTS) participants.push(id);
    }
    const date = validDate(event.date);
    const evidence = event.evidence ?? event.trigger;
    const at = evidence?.start ?? event.trigger?.start ?? null;
    const sentence = ctx.sentence(at);
    let place: string | null = null;
    if (COURT_TYPES.has(event.type) && sentence) {
      courts ??= courtMentions(ctx, resolution);
      let best = Infinity;
      for (const c of courts) {
        if (c.start < sentence.start || c.end > sentence.end) continue;
        const dist = Math.abs(c.start - (at ?? c.start));
        if (dist < best) {
          best = dist;
          place = c.name;
        }
      }
    }
    out.push({
      ctx,
      docIndex,
      event,
      participants,
      actors: participants.filter((id) => resolution.byId.get(id)?.type !== "location"),
      people: participants.filter((id) => resolution.byId.get(id)?.type === "person"),
      date,
      source: {
        document: ctx.document.id,
        published: ctx.document.published ?? null,
        date,
        end: validDate(event.end),
        status: event.status ?? "happened",
        place,
        evidence: {
          document: ctx.document.id,
          start: evidence?.start ?? null,
          end: evidence?.end ?? null,
          text: evidence?.text ?? null,
        },
        sentence,
      },
    });
  }
  return out;
}

function overlap(a: Set<string>, b: string[]): number {
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n;
}

function candidateFits(d: Draft, o: Occurrence): { overlap: number; compatible: boolean; near: boolean } | null {
  if (d.type !== o.event.type) return null;
  // When both reports name people, the people must overlap: two hearings at one court are two events.
  const shared = d.people.size && o.people.length ? overlap(d.people, o.people) : overlap(d.actors, o.actors);
  if (shared === 0) {
    // Without people or organisations only an identical full date (and the same places, if any) ties two reports.
    const anonymous = d.actors.size === 0 && o.actors.length === 0;
    const samePlaces =
      (d.participants.size === 0 && o.participants.length === 0) || overlap(d.participants, o.participants) > 0;
    if (!(anonymous && samePlaces && o.date && o.date.length === 10 && d.anchor === o.date)) return null;
  }
  if (d.type === "other" && (!o.date || o.date !== d.anchor)) return null;
  if (!o.date || !d.anchor) return { overlap: shared, compatible: true, near: false };
  if (datesCompatible(o.date, d.anchor)) return { overlap: shared, compatible: true, near: false };
  const near =
    ONCE_TYPES.has(d.type) && Math.abs(dayNumber(o.date) - dayNumber(d.anchor)) <= DISAGREEMENT_DAYS && shared > 0;
  return { overlap: shared, compatible: false, near };
}

function place(drafts: Draft[], o: Occurrence, allowNear: boolean, requireUnique: boolean): Draft | null {
  let best: Draft | null = null;
  let bestScore = -1;
  let ties = 0;
  for (const d of drafts) {
    const fit = candidateFits(d, o);
    if (!fit || (!fit.compatible && !(allowNear && fit.near))) continue;
    const score = fit.overlap * 2 + (fit.compatible ? 1 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
      ties = 0;
    } else if (score === bestScore) ties++;
  }
  if (ties > 0 && requireUnique && !ONCE_TYPES.has(o.event.type)) return null;
  // A report naming no one that fits several people's events cannot say whose it is.
  if (ties > 0 && o.people.length === 0 && best && best.people.size > 0) return null;
  return best;
}

function tally<T extends string>(pairs: [T, string][]): ValueWithSources<T>[] {
  const map = new Map<T, string[]>();
  for (const [v, doc] of pairs) {
    const list = map.get(v);
    if (!list) map.set(v, [doc]);
    else if (!list.includes(doc)) list.push(doc);
  }
  return [...map].map(([value, documents]) => ({ value, documents }));
}

/** The finest date that the most sources agree with. */
function consensusDate(dates: string[]): string | null {
  const distinct = [...new Set(dates)];
  let best: string | null = null;
  let bestScore = -1;
  for (const d of distinct) {
    const support = dates.filter((x) => datesCompatible(x, d)).length;
    const score = support * 100 + d.length;
    if (score > bestScore || (score === bestScore && best !== null && d < best)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function majorityStatus(sources: EventSource[]): EventStatus {
  const count = new Map<EventStatus, { n: number; latest: string }>();
  for (const s of sources) {
    const c = count.get(s.status) ?? { n: 0, latest: "" };
    c.n++;
    if ((s.published ?? "") > c.latest) c.latest = s.published ?? "";
    count.set(s.status, c);
  }
  return [...count].sort((a, b) => b[1].n - a[1].n || (b[1].latest > a[1].latest ? 1 : -1))[0][0];
}

export function buildTimeline(contexts: DocContext[], resolution: EntityResolution): TimelineEntry[] {
  const all: Occurrence[] = [];
  contexts.forEach((ctx, i) => all.push(...occurrencesOf(ctx, i, resolution)));

  // Finest dates first, so that each group is anchored on the most precise report.
  const dated = all.filter((o) => o.date !== null);
  dated.sort(
    (a, b) =>
      (a.event.type < b.event.type ? -1 : a.event.type > b.event.type ? 1 : 0) ||
      b.date!.length - a.date!.length ||
      (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0) ||
      a.docIndex - b.docIndex,
  );
  const drafts: Draft[] = [];
  // Drafts by type and actor (and, for reports naming no one, by type and day), so that each
  // report is compared with the few drafts it could join, not with the whole timeline.
  const index = new Map<string, Draft[]>();
  const indexAdd = (key: string, d: Draft) => {
    if (d.filed.has(key)) return;
    d.filed.add(key);
    const list = index.get(key);
    if (!list) index.set(key, [d]);
    else list.push(d);
  };
  const candidates = (o: Occurrence): Draft[] => {
    const t = o.event.type;
    // Reports naming people look among drafts with those people, and drafts that name no one
    // but share an organisation; the others look by organisation, or by day.
    const keys = o.people.length
      ? [...o.people.map((p) => `${t}|p|${p}`), ...o.actors.map((a) => `${t}|o|${a}`)]
      : o.actors.length
        ? o.actors.map((a) => `${t}|a|${a}`)
        : [`${t}|d|${o.date}`];
    const found = new Set<Draft>();
    for (const k of keys) for (const d of index.get(k) ?? []) found.add(d);
    return [...found].sort((a, b) => a.seq - b.seq);
  };
  const add = (o: Occurrence, d: Draft | null) => {
    if (!d) {
      d = {
        type: o.event.type,
        anchor: o.date,
        participants: new Set(o.participants),
        actors: new Set(o.actors),
        people: new Set(o.people),
        occurrences: [o],
        seq: drafts.length,
        filed: new Set(),
      };
      drafts.push(d);
    } else {
      d.occurrences.push(o);
      for (const p of o.participants) if (d.participants.size < MAX_PARTICIPANTS) d.participants.add(p);
      for (const p of o.actors) if (d.actors.size < MAX_PARTICIPANTS) d.actors.add(p);
      for (const p of o.people) if (d.people.size < MAX_PARTICIPANTS) d.people.add(p);
      d.anchor ??= o.date;
    }
    for (const p of d.people) indexAdd(`${d.type}|p|${p}`, d);
    for (const a of d.actors) indexAdd(`${d.type}|a|${a}`, d);
    if (d.people.size === 0) for (const a of d.actors) indexAdd(`${d.type}|o|${a}`, d);
    if (d.actors.size === 0 && d.anchor) indexAdd(`${d.type}|d|${d.anchor}`, d);
  };
  for (const o of dated) add(o, place(candidates(o), o, true, false));
  for (const o of all) if (o.date === null) add(o, place(candidates(o), o, false, true));

  const entries: TimelineEntry[] = drafts.map((d) => {
    const sources = d.occurrences.map((o) => o.source);
    const dates = tally(sources.filter((s) => s.date).map((s) => [s.date!, s.document] as [string, string]));
    const date = consensusDate(sources.flatMap((s) => (s.date ? [s.date] : [])));
    const ends = sources.map((s) => s.end).filter((e): e is string => !!e);
    const participants = [...d.participants];
    return {
      id: "",
      type: d.type,
      date,
      end: ends.sort((a, b) => b.length - a.length)[0] ?? null,
      status: majorityStatus(sources),
      participants,
      participantNames: participants.map((p) => resolution.byId.get(p)?.name ?? p),
      dates,
      statuses: tally(sources.map((s) => [s.status, s.document] as [EventStatus, string])),
      places: tally(sources.filter((s) => s.place).map((s) => [s.place!, s.document] as [string, string])),
      sources,
    };
  });
  // Chronological; undated events last, in the order their first source tells them.
  const firstSeen = new Map(entries.map((e, i) => [e, i]));
  entries.sort((a, b) => {
    if (a.date && b.date) {
      const da = dayNumber(a.date);
      const db = dayNumber(b.date);
      if (da !== db) return da - db;
      if (a.date.length !== b.date.length) return a.date.length - b.date.length;
    } else if (a.date || b.date) return a.date ? -1 : 1;
    return firstSeen.get(a)! - firstSeen.get(b)!;
  });
  entries.forEach((e, i) => (e.id = `ev:${e.type}:${i + 1}`));
  return entries;
}

/**
 * An event's participants as local ids; extractions stored before events carried ids give only
 * names, which the document's entities resolve.
 */
function participantRefs(event: CaseEvent): { id: string | null; name: string | null }[] {
  const ids = Array.isArray(event.participantIds) ? event.participantIds : null;
  if (ids) return ids.map((id) => ({ id, name: null }));
  return (Array.isArray(event.participants) ? event.participants : []).map((name) => ({ id: null, name }));
}
