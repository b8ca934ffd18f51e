// People, organisations and places: the list, one entity's page, and the graph of who is
// connected to whom.
import { Type } from "@sinclair/typebox";
import {
  EntitiesQuery,
  EntityQuery,
  EntitySummary,
  GraphQuery,
  IdParams,
  Loose,
  PageOf,
  QuoteItem,
} from "../api-schema.js";
import { caseView, HttpError, route, storedAnswer, viewRoute, type Request, type Route } from "../http.js";
import type { CaseView } from "../case-cache.js";
import {
  entityDetail,
  entityOnPage,
  eventOnPage,
  findEntity,
  graphView,
  listEntities,
  summarizeEntity,
} from "../queries.js";
import { storedEntities, storedEntityView } from "../stored.js";
import { storedGraph } from "../case-views.js";

export function entityRoutes(): Route[] {
  return [
    viewRoute(
      {
        url: "/api/cases/:case/entities",
        summary: "People, organisations and places of the case, with aliases and roles",
        tags: ["entities"],
        querystring: EntitiesQuery,
        answer: { description: "A page of entities", schema: PageOf(EntitySummary) },
      },
      listEntities,
      (stored, query) => storedEntities(stored, query),
    ),
    route({
      method: "GET",
      url: "/api/cases/:case/entities/:id",
      summary:
        "One entity: aliases, roles, quotes, events, sources, connections (id, name or alias); " +
        "each name, role and age with its first sources and how many, unless `all` is given",
      tags: ["entities"],
      params: IdParams("Entity id (person:christopher-cash), or a name or alias"),
      querystring: EntityQuery,
      responses: {
        200: {
          description: "The entity page",
          schema: Loose({ entity: Loose(), summary: EntitySummary, quotes: Type.Array(QuoteItem) }),
        },
      },
      handler: async (req, ctx) => {
        const ref = req.params.id;
        const all = wantsAll(req.query.all);
        const stored = await storedAnswer(ctx, req as Request, async (s) =>
          entityPage(await storedEntityView(s, ref, req.params.case), ref, all),
        );
        return stored !== undefined ? stored : entityPage(await caseView(ctx, req), ref, all);
      },
    }),
    viewRoute(
      {
        url: "/api/cases/:case/graph",
        summary: "Relationship graph of people, organisations and events (the heaviest `limit` nodes)",
        tags: ["graph"],
        querystring: GraphQuery,
        answer: {
          description: "Nodes and edges",
          schema: Loose({ nodes: Type.Array(Loose()), edges: Type.Array(Loose()), total: Type.Integer() }),
        },
      },
      (v, query) => graphView(v, query.limit),
      (stored, query) => storedGraph(stored, query.limit),
    ),
  ];
}

/** `?all`, `?all=1`, `?all=true` ask for the whole entity; absent, `0`, `false` or `no` do not. */
export const wantsAll = (value: string | undefined) => value !== undefined && !/^(0|false|no)$/i.test(value);

/**
 * The page of the entity `ref` names (id, name or alias); 404 naming the candidates when it could
 * be several. Its `entity` and `events` are bounded (`entityOnPage`, `eventOnPage`) unless `all`:
 * then the whole `CaseEntity` and milestones.
 */
export function entityPage(v: CaseView, ref: string, all = false) {
  const { entity: e, candidates } = findEntity(v, ref);
  if (!e && candidates.length)
    throw new HttpError(
      404,
      `"${ref}" could be ${candidates.length} entities in case "${v.name}": ` +
        `${candidates
          .slice(0, 6)
          .map((c) => c.id)
          .join(", ")}; use the id`,
    );
  if (!e) throw new HttpError(404, `no entity "${ref}" in case "${v.name}"`);
  const detail = entityDetail(v, e);
  if (all) return { summary: summarizeEntity(v, e), ...detail };
  return { summary: summarizeEntity(v, e), ...detail, entity: entityOnPage(e), events: detail.events.map(eventOnPage) };
}
