// The timeline's Disagreements column: statuses of dated reports that time does not explain.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventStatus } from "../../src/core/schema.js";
import type { EventSource, TimelineEntry } from "../../src/casefile/index.js";
import { renderTimeline } from "../../src/cli/timeline.js";

function source(document: string, published: string, date: string | null, status: EventStatus): EventSource {
  return {
    document,
    published,
    date,
    end: null,
    status,
    place: null,
    evidence: { document, start: 0, end: 5, text: "tried" },
    sentence: null,
  } as EventSource;
}

function row(sources: EventSource[]): TimelineEntry {
  const statuses = [...new Set(sources.map((s) => s.status))].map((value) => ({
    value,
    documents: sources.filter((s) => s.status === value).map((s) => s.document),
  }));
  return {
    id: "t1",
    type: "trial",
    date: "2025-03-10",
    end: null,
    status: "happened",
    participants: [],
    participantNames: [],
    dates: [{ value: "2025-03-10", documents: sources.filter((s) => s.date).map((s) => s.document) }],
    statuses,
    places: [],
    sources,
  };
}

test("an undated report's status, or a plan then what became of it, is no disagreement; a plan told after the step is", () => {
  // An undated "will stand trial" joined as evidence says nothing of how the trial went on.
  const undated = renderTimeline([
    row([source("a", "2025-03-11", "2025-03-10", "happened"), source("b", "2025-04-02", null, "scheduled")]),
  ]);
  assert.doesNotMatch(undated, /status:/);
  // Scheduled in March, held in April: the step's progress.
  const progress = renderTimeline([
    row([source("a", "2025-02-01", "2025-03-10", "scheduled"), source("b", "2025-03-11", "2025-03-10", "happened")]),
  ]);
  assert.doesNotMatch(progress, /status:/);
  // Still "scheduled" in a later article, dated, after another said it took place.
  const clash = renderTimeline([
    row([source("a", "2025-03-11", "2025-03-10", "happened"), source("b", "2025-04-02", "2025-03-10", "scheduled")]),
  ]);
  assert.match(clash, /status:/);
});
