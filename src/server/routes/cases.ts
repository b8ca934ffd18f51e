// The store's cases, and the answers about a whole case: its overview, its brief and full-text
// search over it.
import { Type } from "@sinclair/typebox";
import { EntitySummary, Loose, NoQuery, SearchQuery } from "../api-schema.js";
import { briefAnswer } from "../accounts.js";
import { route, viewRoute, type Route, type RouteContext } from "../http.js";
import { caseOverview, listEntities } from "../queries.js";
import { storedEntities } from "../stored.js";

const Case = Type.Object({ name: Type.String(), documents: Type.Integer() });

/** How many entities a search lists beside its text hits. */
const SEARCH_ENTITIES = 20;

async function searchHits(ctx: RouteContext, caseName: string, q: string, limit: number) {
  return q.trim() ? ctx.store.search(caseName, q, { limit }) : [];
}

export function caseRoutes(): Route[] {
  return [
    route({
      method: "GET",
      url: "/api/cases",
      summary: "The cases in this store, with their document counts",
      tags: ["cases"],
      querystring: NoQuery,
      responses: { 200: { description: "Cases", schema: Type.Array(Case) } },
      handler: (_req, ctx) => ctx.store.listCases(),
    }),
    viewRoute(
      {
        url: "/api/cases/:case",
        summary: "Overview of a case: counts, main people and organisations, recent events, contradictions",
        tags: ["cases"],
        querystring: NoQuery,
        answer: { description: "Case overview", schema: Loose({ name: Type.String(), counts: Loose() }) },
      },
      caseOverview,
    ),
    viewRoute(
      {
        url: "/api/cases/:case/brief",
        summary: "The cited brief of the case, as an HTML page and as Markdown",
        tags: ["cases"],
        querystring: NoQuery,
        answer: {
          description: "The brief; in the HTML each citation opens its sentence in the document view",
          schema: Type.Object({ html: Type.String(), markdown: Type.String(), citations: Type.Integer() }),
        },
      },
      (v, _query, ctx) => briefAnswer(v, ctx.store),
    ),
    viewRoute(
      {
        url: "/api/cases/:case/search",
        summary: "Full-text search over entities, articles and quotes",
        tags: ["search"],
        querystring: SearchQuery,
        answer: {
          description: "Matching entities and text hits",
          schema: Loose({ entities: Type.Array(EntitySummary), hits: Type.Array(Loose()) }),
        },
      },
      async (v, { q, limit }, ctx) => ({
        entities: listEntities(v, { q, offset: 0, limit: SEARCH_ENTITIES }).items,
        hits: await searchHits(ctx, v.name, q, limit),
      }),
      async (stored, { q, limit }, ctx, caseName) => ({
        entities: (await storedEntities(stored, { q, offset: 0, limit: SEARCH_ENTITIES })).items,
        hits: await searchHits(ctx, caseName, q, limit),
      }),
    ),
  ];
}
