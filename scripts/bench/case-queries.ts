// The query commands' reads of a stored case file, timed the same way by the scale benchmark
// (how they grow with the case) and the workers benchmark (PostgreSQL against SQLite): what
// `people`, `show NAME`, `quotes --speaker`, `timeline` and `contradictions` read, whole and as the
// page a terminal shows.
import { performance } from "node:perf_hooks";
import { TERMINAL_PAGE } from "../../src/cli/case-query.js";
import { entityFacts, PROFILE_ROWS, selectQuotes } from "../../src/casefile/queries.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { entityIndex, speakerIndex, storedProfilePage } from "../../src/store/case/views.js";

export interface Latency {
  p50: number;
  p99: number;
}

/** The reads, in the order the benchmarks print them. */
export const CASE_QUERY_NAMES = [
  "people",
  "show",
  "showMiddle",
  "showAll",
  "quotes",
  "timeline",
  "contradictions",
  "peoplePage",
  "timelinePage",
  "contradictionsPage",
] as const;
export type CaseQueryName = (typeof CASE_QUERY_NAMES)[number];

/** How each read is labelled in a table. */
export const CASE_QUERY_LABELS: Record<CaseQueryName, string> = {
  people: "people (every row: --json, piped or --all)",
  show: `show NAME on a terminal (the most-named person: first ${PROFILE_ROWS} of each list and the counts)`,
  showMiddle: "show NAME on a terminal (a person from the middle of the list)",
  showAll: "show NAME --all (the most-named person, every row: --json, piped or --all)",
  quotes: "quotes --speaker",
  timeline: "timeline (every row)",
  contradictions: "contradictions (every row)",
  peoplePage: `people on a terminal (first ${TERMINAL_PAGE} and the count)`,
  timelinePage: `timeline on a terminal (first ${TERMINAL_PAGE} and the counts)`,
  contradictionsPage: `contradictions on a terminal (first ${TERMINAL_PAGE} and the count)`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** p50 and p99 of `runs` timed calls, after one untimed call that warms statements and caches. */
export async function timeIt(fn: () => Promise<unknown>, runs: number): Promise<Latency> {
  const times: number[] = [];
  await fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/**
 * What the reads ask about: the case's first person (the most-named, whose profile grows with the
 * case), a person from the middle of the list, and the first named speaker of a quote.
 */
export interface CaseQuerySubjects {
  name: string;
  middle: string;
  speaker: string;
  people: number;
}

export async function caseQuerySubjects(stored: StoredCase): Promise<CaseQuerySubjects> {
  const people = await stored.entities("person");
  const name = people[0]?.name ?? "";
  const middle = people[Math.floor(people.length / 2)]?.name ?? name;
  const speaker = (await stored.quotes()).find((q) => q.quote.speaker)?.quote.speakerName ?? name;
  return { name, middle, speaker, people: people.length };
}

/** What `casefile show NAME` reads on a terminal: the page of the profile (the first entity the name matches). */
function profilePageOf(stored: StoredCase, name: string) {
  return storedProfilePage(stored, name, PROFILE_ROWS, (found) => found[0]);
}

/** What `casefile show NAME --all` (or piped, or --json) reads and works out: the entity's slice of the stored case, and its facts. */
async function profileOf(stored: StoredCase, name: string) {
  const index = await entityIndex(stored, name);
  const e = index.file.entities[0];
  return e ? entityFacts(index, e) : null;
}

/** Each read of the stored case, as a function the benchmarks time. */
export function caseQueries(
  stored: StoredCase,
  { name, middle, speaker }: CaseQuerySubjects,
): Record<CaseQueryName, () => Promise<unknown>> {
  return {
    people: () => stored.entities("person"),
    show: () => profilePageOf(stored, name),
    showMiddle: () => profilePageOf(stored, middle),
    showAll: () => profileOf(stored, name),
    quotes: async () => selectQuotes(await speakerIndex(stored, speaker), { speaker }),
    // What `casefile timeline` reads: the milestones, and how many reports are kept off it.
    timeline: () => Promise.all([stored.milestones("timeline"), stored.milestoneCount("reports")]),
    contradictions: () => stored.contradictions(),
    // The page a terminal shows by default (or `--limit 100`), with the count its note gives.
    peoplePage: () =>
      Promise.all([stored.entityRows("person", { limit: TERMINAL_PAGE }), stored.entityCount("person")]),
    timelinePage: () =>
      Promise.all([
        stored.milestones("timeline", undefined, { limit: TERMINAL_PAGE }),
        stored.milestoneCount("timeline"),
        stored.milestoneCount("reports"),
      ]),
    contradictionsPage: () =>
      Promise.all([stored.contradictions({ limit: TERMINAL_PAGE }), stored.contradictionCount()]),
  };
}

/** Times every read; p50/p99 by name. */
export async function timeCaseQueries(
  stored: StoredCase,
  subjects: CaseQuerySubjects,
  runs: number,
): Promise<Record<CaseQueryName, Latency>> {
  const queries = caseQueries(stored, subjects);
  const out = {} as Record<CaseQueryName, Latency>;
  for (const name of CASE_QUERY_NAMES) out[name] = await timeIt(queries[name], runs);
  return out;
}
