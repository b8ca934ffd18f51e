// The query commands' reads of a stored case file, timed the same way by the scale benchmark
// (how they grow with the case) and the workers benchmark (PostgreSQL against SQLite): what
// `people`, `show NAME`, `quotes --speaker`, `timeline` and `contradictions` read as a user gets
// them by default (a page, timed against the bar), and the whole lists (rows and rows/s).
import { performance } from "node:perf_hooks";
import { TERMINAL_PAGE } from "../../src/cli/case-query.js";
import { entityFacts, PROFILE_ROWS, selectQuotes } from "../../src/casefile/queries.js";
import type { StoredCase } from "../../src/store/case/tables.js";
import { entityIndex, speakerIndex, storedProfilePage } from "../../src/store/case/views.js";

export interface Latency {
  p50: number;
  p99: number;
}

/**
 * The reads a user gets by default, timed against the bar (p50/p99), in the order the
 * benchmarks print them: a profile's page, a speaker's quotes, the page a terminal shows of each
 * list and the first JSON_PAGE rows `--json --limit` prints.
 */
export const CASE_QUERY_NAMES = [
  "show",
  "showMiddle",
  "quotes",
  "peoplePage",
  "timelinePage",
  "contradictionsPage",
  "peopleJson",
  "timelineJson",
  "contradictionsJson",
] as const;
export type CaseQueryName = (typeof CASE_QUERY_NAMES)[number];

/** The rows `--json --limit` asks for in the benchmarks. */
const JSON_PAGE = 100;

/** How each read is labelled in a table. */
export const CASE_QUERY_LABELS: Record<CaseQueryName, string> = {
  show: `show NAME on a terminal (the most-named person: first ${PROFILE_ROWS} of each list and the counts)`,
  showMiddle: "show NAME on a terminal (a person from the middle of the list)",
  quotes: "quotes --speaker",
  peoplePage: `people on a terminal (first ${TERMINAL_PAGE} and the count)`,
  timelinePage: `timeline on a terminal (first ${TERMINAL_PAGE} and the counts)`,
  contradictionsPage: `contradictions on a terminal (first ${TERMINAL_PAGE} and the count)`,
  peopleJson: `people --json --limit ${JSON_PAGE}`,
  timelineJson: `timeline --json --limit ${JSON_PAGE}`,
  contradictionsJson: `contradictions --json --limit ${JSON_PAGE}`,
};

/**
 * The whole lists (`--json`, piped or `--all`, without --limit), reported as how many rows and
 * rows/s rather than against the bar: each grows with the case by what it prints. The lists are
 * streamed from their stored rows in order, as the commands print them.
 */
export const WHOLE_LIST_NAMES = ["people", "timeline", "contradictions", "showAll"] as const;
export type WholeListName = (typeof WHOLE_LIST_NAMES)[number];

export const WHOLE_LIST_LABELS: Record<WholeListName, string> = {
  people: "people --json (every row)",
  timeline: "timeline --json (every row)",
  contradictions: "contradictions --json (every row)",
  showAll: "show NAME --all (the most-named person, every row of the profile's lists)",
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

/** Rows of a stream of stored JSON, each parsed as the commands that print it do. */
async function countRows(rows: AsyncIterable<string>): Promise<number> {
  let n = 0;
  for await (const json of rows) {
    JSON.parse(json);
    n++;
  }
  return n;
}

/** Each read of the stored case that a user gets by default, as a function the benchmarks time. */
export function caseQueries(
  stored: StoredCase,
  { name, middle, speaker }: CaseQuerySubjects,
): Record<CaseQueryName, () => Promise<unknown>> {
  return {
    show: () => profilePageOf(stored, name),
    showMiddle: () => profilePageOf(stored, middle),
    quotes: async () => selectQuotes(await speakerIndex(stored, speaker), { speaker }),
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
    peopleJson: () => countRows(stored.entityJson("person", { limit: JSON_PAGE })),
    timelineJson: () => countRows(stored.milestoneJson("timeline", { limit: JSON_PAGE })),
    contradictionsJson: () => countRows(stored.contradictionJson({ limit: JSON_PAGE })),
  };
}

/** Each whole list, as a function that reads it and gives how many rows it holds. */
export function wholeLists(
  stored: StoredCase,
  { name }: CaseQuerySubjects,
): Record<WholeListName, () => Promise<number>> {
  return {
    people: () => countRows(stored.entityJson("person")),
    timeline: () => countRows(stored.milestoneJson("timeline")),
    contradictions: () => countRows(stored.contradictionJson()),
    showAll: async () => {
      const f = await profileOf(stored, name);
      return f
        ? f.quotesBy.length + f.quotesAbout.length + f.events.length + f.documents.length + f.contradictions.length
        : 0;
    },
  };
}

/** A whole list read: its rows, the p50 of the reads' time, and rows per second at that p50. */
export interface Throughput {
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

/** Times each whole list `runs` times (after one untimed read). */
export async function timeWholeLists(
  stored: StoredCase,
  subjects: CaseQuerySubjects,
  runs: number,
): Promise<Record<WholeListName, Throughput>> {
  const lists = wholeLists(stored, subjects);
  const out = {} as Record<WholeListName, Throughput>;
  for (const name of WHOLE_LIST_NAMES) {
    const rows = await lists[name]();
    const { p50 } = await timeIt(lists[name], runs);
    out[name] = { rows, ms: p50, rowsPerSecond: rows / Math.max(p50 / 1000, 1e-6) };
  }
  return out;
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
