// The store's cases, and the answers about a whole case: its overview, its brief and full-text
// search over it.
import { Type } from "@sinclair/typebox";
import { CaseParams, EntitySummary, Loose, NoQuery, SearchQuery } from "../api-schema.js";
import { briefAnswer } from "../accounts.js";
import { storedOverview } from "../case-views.js";
import { keptBrief } from "../kept-brief.js";
import { caseView, route, storedAnswer, type Request, type Route, type RouteContext } from "../http.js";
import { caseOverview, listEntities } from "../queries.js";
import { storedEntities } from "../stored.js";
import { caseStates } from "../../store/index.js";

const Case = Type.Object({
  name: Type.String(),
  documents: Type.Integer(),
  otherBuild: Type.Integer({ description: "Articles another build of the extractor extracted" }),
  note: Type.Union([Type.String(), Type.Null()], {
    description:
      'What to do about them ("2 articles extracted by another build; casefile rebuild --extract", with --queue on a PostgreSQL store), or null',
  }),
});

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
      summary: "The cases in this store, with their document counts and their articles another build extracted",
      tags: ["cases"],
      querystring: NoQuery,
      responses: { 200: { description: "Cases", schema: Type.Array(Case) } },
      // Each case's count is the one kept per revision with the runs (GET …/extractions reads it too).
      handler: (_req, ctx) => caseStates(ctx.store, (name) => ctx.extractions.otherBuild(name)),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case",
      summary: "Overview of a case: counts, main people and organisations, recent events, contradictions",
      tags: ["cases"],
      params: CaseParams,
      querystring: NoQuery,
      responses: { 200: { description: "Case overview", schema: Loose({ name: Type.String(), counts: Loose() }) } },
      handler: async (req, ctx) => {
        // Read first: the stored answer's reads are one snapshot and make no other call.
        const revision = await ctx.store.revision();
        const stored = await storedAnswer(ctx, req as Request, (s) => storedOverview(s, revision));
        return stored !== undefined ? stored : caseOverview(await caseView(ctx, req as Request));
      },
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/brief",
      summary: "The cited brief of the case, as an HTML page and as Markdown",
      tags: ["cases"],
      params: CaseParams,
      querystring: NoQuery,
      responses: {
        200: {
          description: "The brief; in the HTML each citation opens its sentence in the document view",
          schema: Type.Object({ html: Type.String(), markdown: Type.String(), citations: Type.Integer() }),
        },
      },
      // The page kept in the store (rendered and kept by the first request after a refresh).
      handler: async (req, ctx) =>
        (await keptBrief(ctx.store, req.params.case, ctx.store)) ??
        briefAnswer(await caseView(ctx, req as Request), ctx.store),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/search",
      summary: "Full-text search over entities, articles and quotes",
      tags: ["search"],
      params: CaseParams,
      querystring: SearchQuery,
      responses: {
        200: {
          description: "Matching entities and text hits",
          schema: Loose({ entities: Type.Array(EntitySummary), hits: Type.Array(Loose()) }),
        },
      },
      handler: async (req, ctx) => {
        const { q, limit } = req.query;
        const page = { q, offset: 0, limit: SEARCH_ENTITIES };
        const stored = await storedAnswer(ctx, req as Request, async (s) => (await storedEntities(s, page)).items);
        const entities = stored !== undefined ? stored : listEntities(await caseView(ctx, req as Request), page).items;
        // The text search runs outside the stored answer's snapshot (on a connection of its own).
        return { entities, hits: await searchHits(ctx, req.params.case, q, limit) };
      },
    }),
  ];
}
