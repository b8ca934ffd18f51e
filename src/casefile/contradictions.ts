// Contradictions: the same fact given different values by different sources. Differences that
// time explains are not contradictions: a man of 29 in an article of March 2023 may be 30 in
// one of February 2024, and an event "scheduled" in an early article may have "happened" in a
// later one. A coarser date is a refinement (2023 vs 2023-03), not a contradiction.

import type { EventStatus } from "../core/schema.js";
import type { DocContext } from "./context.js";
import { datesCompatible, dayNumber } from "./names.js";
import { reportingDay } from "./timeline.js";
import type {
  CaseEntity,
  Contradiction,
  ContradictionValue,
  EventSource,
  SentenceRef,
  TimelineEntry,
  ValueWithSources,
} from "./types.js";

const YEAR_DAYS = 365.2425;

/** Could one person be `a1` years old when `p1` was published and `a2` when `p2` was? */
export function agesConsistent(a1: number, p1: string | null, a2: number, p2: string | null): boolean {
  if (a1 === a2) return true;
  if (!p1 || !p2) return false;
  const d1 = dayNumber(p1);
  const d2 = dayNumber(p2);
  if (!Number.isFinite(d1) || !Number.isFinite(d2)) return false;
  const [older, newer, ageOld, ageNew] = d1 <= d2 ? [d1, d2, a1, a2] : [d2, d1, a2, a1];
  const years = (newer - older) / YEAR_DAYS;
  const grew = ageNew - ageOld;
  return grew >= Math.floor(years) && grew <= Math.floor(years) + 1;
}

function ageContradiction(entity: CaseEntity, contexts: Map<string, DocContext>): Contradiction | null {
  if (entity.ages.length < 2) return null;
  // Distinct (age, publication date) pairs: a person named in 2,000 articles has only a few.
  const seen = new Set<string>();
  const refs: { age: number; published: string | null }[] = [];
  for (const a of entity.ages)
    for (const src of a.sources) {
      const published = contexts.get(src.document)?.document.published ?? null;
      const key = `${a.value}|${published}`;
      if (!seen.has(key)) {
        seen.add(key);
        refs.push({ age: a.value, published });
      }
    }
  // Every (age, publication date) pair bounds the birth date; the ages agree when one birth
  // interval fits them all (28 in 2023 and 30 in 2025 do; 28 in 2023, 30 in 2024 and 28 in
  // 2025 do not, though each pair alone might).
  const dated = refs.filter((r) => r.published && Number.isFinite(dayNumber(r.published)));
  const undatedAges = new Set(refs.filter((r) => !dated.includes(r)).map((r) => r.age));
  let lo = -Infinity;
  let hi = Infinity;
  for (const r of dated) {
    const at = dayNumber(r.published!);
    lo = Math.max(lo, at - (r.age + 1) * YEAR_DAYS);
    hi = Math.min(hi, at - r.age * YEAR_DAYS);
  }
  const datedAges = new Set(dated.map((r) => r.age));
  // An age from an undated source fits when some dated source gives the same age, or when all are undated and agree.
  const unknownDates = [...undatedAges].some((a) => (dated.length ? !datedAges.has(a) : undatedAges.size > 1));
  const unexplained = lo > hi || unknownDates;
  if (!unexplained) return null;
  return {
    id: "",
    subject: entity.name,
    subjectId: entity.id,
    field: "age",
    values: entity.ages.map((a) => ({
      value: String(a.value),
      sources: a.sources.map((s) => withSentence(s, contexts)),
    })),
    ...(unknownDates ? { note: "a publication date is unknown, so the ages cannot be reconciled with time" } : {}),
  };
}

function withSentence(s: SentenceRef, contexts: Map<string, DocContext>): SentenceRef {
  const ctx = contexts.get(s.document);
  if (!ctx) return s;
  return { ...s, sentence: s.sentence ?? ctx.sentence(s.start), published: ctx.document.published ?? null };
}

function eventRef(
  s: EventSource,
  contexts: Map<string, DocContext>,
  at?: { start: number; end: number; text: string },
) {
  const ctx = contexts.get(s.document);
  const ref: SentenceRef = {
    document: s.document,
    start: at?.start ?? s.evidence.start,
    end: at?.end ?? s.evidence.end,
    text: at?.text ?? s.evidence.text,
    sentence: s.sentence,
    published: s.published,
  };
  return ctx && !ref.sentence ? { ...ref, sentence: ctx.sentence(ref.start) } : ref;
}

/** "arrest of Peter Lindqvist": the people involved, else the organisations, else the places. */
function describe(entry: TimelineEntry, entities: Map<string, CaseEntity>): string {
  const ofType = (t: string) => entry.participants.filter((p) => entities.get(p)?.type === t);
  const ids = [ofType("person"), ofType("organization"), entry.participants].find((l) => l.length > 0) ?? [];
  const who = ids
    .slice(0, 3)
    .map((id) => entities.get(id)?.name ?? id)
    .join(", ");
  const what = entry.type.replace(/_/g, " ");
  return who ? `${what} of ${who}` : what;
}

function dateContradiction(
  entry: TimelineEntry,
  contexts: Map<string, DocContext>,
  entities: Map<string, CaseEntity>,
): Contradiction | null {
  // A report dated the day its article came out, a day after another's date, tells when the news
  // broke ("the shooting today" in the next morning's paper), not another date of the happening.
  const told = entry.sources.flatMap((s) => (s.date ? [s.date] : []));
  const dated = entry.sources.filter((s) => s.date && !reportingDay(s, told));
  if (dated.length < 2) return null;
  // Representatives: finest first; a coarser date joins the first representative it refines.
  const sorted = [...dated].sort((a, b) => b.date!.length - a.date!.length || (a.date! < b.date! ? -1 : 1));
  const groups: { value: string; sources: EventSource[] }[] = [];
  for (const s of sorted) {
    const g = groups.find((x) => datesCompatible(x.value, s.date!));
    if (g) g.sources.push(s);
    else groups.push({ value: s.date!, sources: [s] });
  }
  if (groups.length < 2) return null;
  // Two sources disagree only when two different articles give the incompatible dates: one
  // article telling "late on Thursday" in one paragraph and "Friday's ruling" in another is that
  // article's own wording, and a reader has no second source to weigh against it.
  const docs = groups.map((g) => new Set(g.sources.map((s) => s.document)));
  const apart = docs.some((a, i) => docs.some((b, j) => j > i && [...a].some((d) => [...b].some((e) => e !== d))));
  if (!apart) return null;
  return {
    id: "",
    subject: describe(entry, entities),
    subjectId: entry.id,
    field: "date",
    values: groups.map((g) => ({
      value: g.value,
      sources: g.sources.map((s) => {
        const span = contexts
          .get(s.document)
          ?.extraction.events?.find((e) => e.evidence?.start === s.evidence.start && e.dateSpan)?.dateSpan;
        return eventRef(s, contexts, span ?? undefined);
      }),
    })),
  };
}

function placeContradiction(
  entry: TimelineEntry,
  contexts: Map<string, DocContext>,
  entities: Map<string, CaseEntity>,
): Contradiction | null {
  // Where a step was to take place may change before it does ("a trial will be set for October"
  // at one court, "the trial at Leeds Crown Court" later): once a source says it took place, only
  // such reports can disagree on where.
  const took = entry.sources.some((s) => s.place && s.status !== "scheduled");
  const told = (s: EventSource) => !took || s.status !== "scheduled";
  const places = entry.places.filter((p) => entry.sources.some((s) => s.place === p.value && told(s)));
  if (places.length < 2) return null;
  const values: ContradictionValue[] = places.map((p) => ({
    value: p.value,
    sources: entry.sources.filter((s) => s.place === p.value && told(s)).map((s) => eventRef(s, contexts)),
  }));
  return { id: "", subject: describe(entry, entities), subjectId: entry.id, field: "place", values };
}

/**
 * Two reports' statuses disagree in a way time does not explain. "denied" is someone's denial
 * ("Cash denies the charges"), not a report that the charge did not happen, so it never
 * contradicts; it stays visible in the timeline's statuses. Reports can also follow the news:
 * scheduled, then happened or cancelled; happened (a trial began), then cancelled (it collapsed).
 */
function statusesConflict(a: EventSource, b: EventSource): boolean {
  if (a.status === b.status) return false;
  // One article telling a plan and what became of it ("plans more arrests", "despite this arrest")
  // is narrative, not two sources disagreeing.
  if (a.document === b.document) return false;
  const ignored = (s: EventStatus) => s === "hypothetical" || s === "denied";
  if (ignored(a.status) || ignored(b.status)) return false;
  const order = (x: EventSource, y: EventSource) =>
    x.published && y.published ? (x.published < y.published ? -1 : x.published > y.published ? 1 : 0) : 0;
  const [earlier, later] = order(a, b) <= 0 ? [a, b] : [b, a];
  const sameTime = order(a, b) === 0;
  if (earlier.status === "scheduled") return sameTime; // the plan, then what became of it
  if (later.status === "scheduled") return true; // still "scheduled" after it was settled
  // happened vs cancelled: a trial may begin and then collapse, never the other way round.
  return sameTime || (earlier.status === "cancelled" && later.status === "happened");
}

/**
 * The statuses a reader should see as disagreeing on a timeline row: those of its dated reports
 * (undated ones joined as evidence, and say nothing of how the step went on), and only when two
 * of them conflict in a way time does not explain (`statusesConflict`): "scheduled" in one
 * article and "happened" in a later one is the step's progress. Empty when they agree.
 */
export function disagreeingStatuses(entry: TimelineEntry): ValueWithSources<EventStatus>[] {
  const dated = entry.sources.filter((s) => s.date);
  const pool = dated.length ? dated : entry.sources;
  if (!pool.some((a, i) => pool.some((b, j) => j > i && statusesConflict(a, b)))) return [];
  const out: ValueWithSources<EventStatus>[] = [];
  for (const s of pool) {
    let v = out.find((x) => x.value === s.status);
    if (!v) out.push((v = { value: s.status, documents: [] }));
    if (!v.documents.includes(s.document)) v.documents.push(s.document);
  }
  return out;
}

function statusContradiction(
  entry: TimelineEntry,
  contexts: Map<string, DocContext>,
  entities: Map<string, CaseEntity>,
): Contradiction | null {
  if (entry.statuses.length < 2) return null;
  const s = entry.sources;
  let conflict = false;
  for (let i = 0; i < s.length && !conflict; i++)
    for (let j = i + 1; j < s.length; j++)
      if (statusesConflict(s[i], s[j])) {
        conflict = true;
        break;
      }
  if (!conflict) return null;
  return {
    id: "",
    subject: describe(entry, entities),
    subjectId: entry.id,
    field: "status",
    values: entry.statuses
      .filter((v) => v.value !== "hypothetical")
      .map((v) => ({
        value: v.value,
        sources: s.filter((x) => x.status === v.value).map((x) => eventRef(x, contexts)),
      })),
  };
}

export function findContradictions(
  entities: CaseEntity[],
  timeline: TimelineEntry[],
  contexts: Map<string, DocContext>,
): Contradiction[] {
  const out: Contradiction[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities) {
    const c = ageContradiction(e, contexts);
    if (c) out.push(c);
  }
  for (const t of timeline) {
    for (const c of [
      dateContradiction(t, contexts, byId),
      placeContradiction(t, contexts, byId),
      statusContradiction(t, contexts, byId),
    ])
      if (c) out.push(c);
  }
  out.forEach((c, i) => (c.id = `c:${c.field}:${i + 1}`));
  return out;
}
