// The API's corrections (issue 17 item 8): the web UI merges, splits and renames entities, undoes
// any of those, and removes an article, through the same functions as the CLI
// (src/store/corrections.ts), so each is recorded in the store the same way and undone the same way.
import {
  CorrectionError,
  mergeEntities,
  removeArticle,
  renameEntity,
  splitEntity,
  undoOverride,
  type Correction,
} from "../store/corrections.js";
import type { CaseView } from "./case-cache.js";
import { HttpError, openCase, WithStatus, type Request, type Route, type RouteContext } from "./http.js";
import type { JsonSchema } from "./openapi.js";
import type { ServerUser } from "./users.js";

const CASE_NAME = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", description: "Case name" };
const caseParams: JsonSchema = { type: "object", required: ["case"], properties: { case: CASE_NAME } };
const noQuery: JsonSchema = {
  type: "object",
  additionalProperties: false,
  properties: { token: { type: "string", description: "API token (or Authorization: Bearer)" } },
};
const name = (description: string) => ({ type: "string", minLength: 1, maxLength: 300, description });
const reason = { type: "string", maxLength: 2000, description: "Why (kept with the correction)" };
const body = (required: string[], properties: Record<string, unknown>): JsonSchema => ({
  type: "object",
  additionalProperties: false,
  required,
  properties: { ...properties, reason },
});
const CORRECTION = {
  type: "object",
  properties: {
    override: { type: "integer", description: "The correction's number; DELETE /overrides/{id} undoes it" },
    name: { type: "string" },
    summary: { type: "string" },
    entity: { type: ["string", "null"], description: "The corrected entity's id in the rebuilt case" },
  },
};
const OVERRIDE = {
  type: "object",
  properties: {
    id: { type: "integer" },
    kind: { type: "string", enum: ["merge", "split", "rename"] },
    entities: { type: "array", items: { type: "string" } },
    reason: { type: "string" },
    createdAt: { type: "string" },
  },
};
const errors = {
  400: { description: "The correction cannot be made (the message says why)" },
  404: { description: "No such case, entity, correction or article" },
};

/** The case a correction is made in; not marked stale, as these answers come from the store, not the view. */
async function caseView(ctx: RouteContext, req: Request): Promise<CaseView> {
  return (await openCase(ctx, req)).view;
}

/** The user making a request, on a store with users (see ./users.ts). */
function madeBy(req: Request): string | undefined {
  return (req as unknown as { user?: ServerUser }).user?.name;
}

/** Runs one correction; a refusal becomes its HTTP status with the one-line reason. */
async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof CorrectionError) throw new HttpError(e.status, e.message);
    throw e;
  }
}

/** 201 with the correction and the id the entity has in the rebuilt case (ids follow names). */
async function answer(ctx: RouteContext, req: Request, done: Correction): Promise<WithStatus> {
  const fresh = await ctx.cache.get(req.params.case);
  const entity = fresh?.view.file.entities.find((e) => e.name === done.name) ?? null;
  return new WithStatus(201, {
    override: done.override.id,
    name: done.name,
    summary: done.summary,
    entity: entity?.id ?? null,
  });
}

/** POST /api/cases/:case/KIND {entity, name, reason?}: a split or a rename. */
function oneEntityRoute(
  kind: "splits" | "renames",
  summary: string,
  correct: typeof splitEntity | typeof renameEntity,
): Route {
  return {
    method: "POST",
    url: `/api/cases/:case/${kind}`,
    summary,
    tags: ["corrections"],
    params: caseParams,
    querystring: noQuery,
    body: body(["entity", "name"], {
      entity: name("Entity"),
      name: name(kind === "splits" ? "Name to take out" : "New name"),
    }),
    responses: { 201: { description: "Recorded", schema: CORRECTION }, ...errors },
    handler: async (req, ctx) => {
      const v = await caseView(ctx, req);
      const b = req.body as { entity: string; name: string; reason?: string };
      return answer(
        ctx,
        req,
        await attempt(() => correct(ctx.store, v.name, v, b.entity, b.name, { ...b, madeBy: madeBy(req) })),
      );
    },
  };
}

export function correctionRoutes(): Route[] {
  return [
    {
      method: "GET",
      url: "/api/cases/:case/overrides",
      summary: "The corrections in force (merges, splits, renames), oldest first",
      tags: ["corrections"],
      params: caseParams,
      querystring: noQuery,
      responses: { 200: { description: "Corrections", schema: { type: "array", items: OVERRIDE } } },
      handler: async (req, ctx) => ctx.store.listOverrides((await caseView(ctx, req)).name),
    },
    {
      method: "POST",
      url: "/api/cases/:case/merges",
      summary: "Merge entity `a` into entity `b` (names, aliases or ids), called `name` or else b's name",
      tags: ["corrections"],
      params: caseParams,
      querystring: noQuery,
      body: body(["a", "b"], { a: name("Entity merged in"), b: name("Entity merged into"), name: name("New name") }),
      responses: { 201: { description: "Recorded", schema: CORRECTION }, ...errors },
      handler: async (req, ctx) => {
        const v = await caseView(ctx, req);
        const b = req.body as { a: string; b: string; name?: string; reason?: string };
        return answer(
          ctx,
          req,
          await attempt(() => mergeEntities(ctx.store, v.name, v, b.a, b.b, { ...b, madeBy: madeBy(req) })),
        );
      },
    },
    oneEntityRoute("splits", "Take `name` (as the articles write it, or an article id) out of `entity`", splitEntity),
    oneEntityRoute("renames", "Give `entity` the name `name` (its other names stay as aliases)", renameEntity),
    {
      method: "DELETE",
      url: "/api/cases/:case/overrides/:id",
      summary: "Undo a merge, split or rename (its number is never reused)",
      tags: ["corrections"],
      params: {
        type: "object",
        required: ["case", "id"],
        properties: { case: CASE_NAME, id: { type: "integer", minimum: 1 } },
      },
      querystring: noQuery,
      responses: { 200: { description: "Withdrawn", schema: { type: "object" } }, ...errors },
      handler: async (req, ctx) => {
        const v = await caseView(ctx, req);
        const id = Number(req.params.id);
        await attempt(() => undoOverride(ctx.store, v.name, id, madeBy(req)));
        return { withdrawn: id };
      },
    },
    {
      method: "DELETE",
      url: "/api/cases/:case/documents/:id",
      summary: "Remove an article and its extraction; the answer holds it, to add back for an undo",
      tags: ["documents"],
      params: {
        type: "object",
        required: ["case", "id"],
        properties: { case: CASE_NAME, id: name("Document id") },
      },
      querystring: noQuery,
      responses: { 200: { description: "Removed", schema: { type: "object" } }, ...errors },
      handler: async (req, ctx) => {
        const v = await caseView(ctx, req);
        const doc = await ctx.store.getDocument(v.name, req.params.id);
        if (!doc) throw new HttpError(404, `there is no article "${req.params.id}" in case "${v.name}"`);
        await attempt(() => removeArticle(ctx.store, v.name, req.params.id, madeBy(req)));
        const { id, source, outlet, published, title, text } = doc.document;
        return { removed: id, document: { id, source, outlet, published, title, text } };
      },
    },
  ];
}
