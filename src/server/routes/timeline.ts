// What happened when, and where the sources disagree: the merged timeline, the reports kept off
// it, and the contradictions.
import { ContradictionsQuery, Loose, PageOf, TimelineQuery } from "../api-schema.js";
import { viewRoute, type Route } from "../http.js";
import { listContradictions, listTimeline, listTimelineReports } from "../queries.js";
import { storedContradictions, storedTimeline } from "../stored.js";

export function timelineRoutes(): Route[] {
  return [
    viewRoute(
      {
        url: "/api/cases/:case/timeline",
        summary: "The merged timeline: one entry per event with every source and any disagreement",
        tags: ["timeline"],
        querystring: TimelineQuery,
        answer: { description: "A page of timeline entries, in date order", schema: PageOf(Loose()) },
      },
      listTimeline,
      (stored, query) => storedTimeline(stored, "timeline", query),
    ),
    viewRoute(
      {
        url: "/api/cases/:case/timeline/reports",
        summary: "Reports kept off the timeline: undated, background, possibilities and plans nobody confirmed",
        tags: ["timeline"],
        querystring: TimelineQuery,
        answer: { description: "A page of reports, in date order, undated last", schema: PageOf(Loose()) },
      },
      listTimelineReports,
      (stored, query) => storedTimeline(stored, "reports", query),
    ),
    viewRoute(
      {
        url: "/api/cases/:case/contradictions",
        summary: "Facts on which sources disagree, each value with its sources and sentences",
        tags: ["contradictions"],
        querystring: ContradictionsQuery,
        answer: { description: "A page of contradictions", schema: PageOf(Loose()) },
      },
      listContradictions,
      (stored, query) => storedContradictions(stored, query),
    ),
  ];
}
