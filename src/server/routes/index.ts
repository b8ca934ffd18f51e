// The API's routes, one module per resource: URL, input schemas (validated by Fastify's Ajv
// before a handler runs), what the answer looks like (for /openapi.json), and the handler.
import type { Route } from "../http.js";
import { caseRoutes } from "./cases.js";
import { documentRoutes } from "./documents.js";
import { entityRoutes } from "./entities.js";
import { extractionRoutes } from "./extractions.js";
import { jobRoutes } from "./jobs.js";
import { quoteRoutes } from "./quotes.js";
import { timelineRoutes } from "./timeline.js";

/** Every route but the corrections (../corrections.ts), in the order /openapi.json lists them. */
export function apiRoutes(): Route[] {
  return [
    ...caseRoutes(),
    ...entityRoutes(),
    ...quoteRoutes(),
    ...timelineRoutes(),
    ...documentRoutes(),
    ...extractionRoutes(),
    ...jobRoutes(),
  ];
}
