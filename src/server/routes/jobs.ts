// GET /api/jobs: how far the store's job queue is, for the web UI's progress indicator. Only a
// PostgreSQL store has a queue (`casefile ingest --queue` and articles to extract again fill it,
// `casefile worker`s drain it); a SQLite store stores each article as it is added and answers
// that it has none.
import { Type } from "@sinclair/typebox";
import { NoQuery } from "../api-schema.js";
import { queueHost, storeQueueCounts } from "../../ingest/queue-counts.js";
import { route, type Route } from "../http.js";

const count = (description: string) => Type.Integer({ minimum: 0, description });

export const JobsAnswer = Type.Union([
  Type.Object({
    queue: Type.Literal(true),
    queued: count("Waiting to run: a first try, or another after a failed one"),
    active: count("Running in a worker now"),
    completed: count("Done: the document is stored (or was already)"),
    failed: count("Failed a try and waiting for another (counted in `queued` too)"),
    dead: count("Failed after every try: the dead-letter list (casefile jobs --retry-dead)"),
  }),
  Type.Object({ queue: Type.Literal(false), message: Type.String() }),
]);

const NO_QUEUE =
  "This store has no job queue: it is a SQLite file, and each article is stored as it is added. " +
  "A PostgreSQL store has one (casefile ingest --queue, casefile worker).";

export function jobRoutes(): Route[] {
  return [
    route({
      method: "GET",
      url: "/api/jobs",
      summary:
        "The job queue's jobs (ingest, extract again) by state (PostgreSQL stores; a SQLite store answers that it has none)",
      tags: ["jobs"],
      querystring: NoQuery,
      responses: { 200: { description: "Job counts, or why there is no queue", schema: JobsAnswer } },
      // Jobs start and fail without the store's revision changing: never answered from the cache.
      live: true,
      handler: async (_req, ctx) => {
        const host = queueHost(ctx.store);
        if (!host) return { queue: false, message: NO_QUEUE };
        const c = await storeQueueCounts((text, values) => host.connectionPool.query(text, values), host.schema);
        return {
          queue: true,
          queued: c.waiting,
          active: c.active,
          completed: c.completed,
          failed: c.retrying,
          dead: c.failed,
        };
      },
    }),
  ];
}
