// What every API route is made of: the handler's view of a request, the answers with another
// status, the errors a client can cause, and the route record the server registers and
// /openapi.json describes. The routes themselves are in ./routes/, one module per resource.
import type { Static, TNever, TSchema } from "@sinclair/typebox";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import type { FileDocuments } from "../ingest/sources.js";
import { readStoredCase } from "../store/case/refresh.js";
import type { StoredCase } from "../store/case/tables.js";
import type { Store } from "../store/types.js";
import type { CaseCache, CaseView } from "./case-cache.js";
import type { ExtractionRuns } from "./extractions.js";
import type { JsonSchema, RouteDoc } from "./openapi.js";
import { CaseParams, NoQuery } from "./api-schema.js";

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** An answer with a status other than 200. */
export class WithStatus {
  constructor(
    readonly statusCode: number,
    readonly body: unknown,
  ) {}
}

export interface RouteContext {
  store: Store;
  cache: CaseCache;
  /** The count of articles another build extracted, kept per revision, and the runs making them again. */
  extractions: ExtractionRuns;
  /** The extraction pipeline, in this thread or a worker's. */
  extract(text: string, options: ExtractOptions): Promise<Extraction>;
  /** An uploaded file's documents, parsed in the same place; rejects with an `InputError` for a bad file. */
  parse(bytes: Buffer, ext: string, id: string, name: string): Promise<FileDocuments>;
}

/** A request as a handler sees it, typed from the route's schemas (Fastify has validated it against them). */
export interface Request<P = Record<string, string>, Q = Record<string, unknown>, B = unknown> {
  params: P;
  query: Q;
  body: B;
  /** Set when the answer came from a case view older than the store (a rebuild is under way). */
  stale?: boolean;
}

export interface Route extends RouteDoc {
  /** Returns the JSON answer, or a `WithStatus` for a status other than 200. */
  handler(req: Request, ctx: RouteContext): unknown | Promise<unknown>;
  /**
   * The answer changes without the store's revision changing (the job queue's counts), so the
   * server never answers it from its cache of GET answers.
   */
  live?: boolean;
}

interface TypedRoute<P extends TSchema, Q extends TSchema, B extends TSchema> extends Omit<
  RouteDoc,
  "params" | "querystring" | "body"
> {
  params?: P;
  querystring: Q;
  body?: B;
  handler(req: Request<Static<P>, Static<Q>, Static<B>>, ctx: RouteContext): unknown | Promise<unknown>;
  live?: boolean;
}

/**
 * A route whose handler is typed by its own schemas. The one cast is here: Fastify validates
 * params, query string and body against these schemas before the handler runs.
 */
export function route<
  P extends TSchema = typeof CaseParams,
  Q extends TSchema = typeof NoQuery,
  B extends TSchema = TNever,
>(r: TypedRoute<P, Q, B>): Route {
  return r as unknown as Route;
}

/** What a GET route over one case's view says of itself; `viewRoute` adds the method, params and handler. */
interface ViewRouteDoc<Q extends TSchema> {
  url: string;
  summary: string;
  tags: string[];
  querystring: Q;
  /** The 200 answer. */
  answer: { description: string; schema: JsonSchema };
}

/**
 * A GET route under /api/cases/:case that answers from the case's view: most of the API. `answer`
 * gets the view (404 when there is no such case), the validated query string and the context.
 */
export function viewRoute<Q extends TSchema = typeof NoQuery>(
  doc: ViewRouteDoc<Q>,
  answer: (view: CaseView, query: Static<Q>, ctx: RouteContext) => unknown,
  stored?: StoredAnswer<Static<Q>>,
): Route {
  const { answer: ok, ...rest } = doc;
  return route<typeof CaseParams, Q>({
    ...rest,
    method: "GET",
    params: CaseParams,
    responses: { 200: ok },
    handler: async (req, ctx) => {
      const fromTables = stored
        ? await storedAnswer(ctx, req as Request, (s) => stored(s, req.query, ctx, req.params.case))
        : undefined;
      return fromTables !== undefined ? fromTables : answer(await caseView(ctx, req as Request), req.query, ctx);
    },
  });
}

/** An answer read from the case file kept in the store; undefined when the question needs the whole case. */
export type StoredAnswer<Q> = (stored: StoredCase, query: Q, ctx: RouteContext, caseName: string) => Promise<unknown>;

/**
 * The answer `read` gives from the case file kept in the store when it is up to date with the
 * case's documents; undefined when it is not (another process is ingesting, or nothing has built
 * it yet: the whole case is built, which brings it up to date) or when `read` cannot answer.
 * Every read of one answer sees one snapshot of the store (`readStoredCase`): `read` reads the
 * stored case only, never the store's other calls, which would wait for a connection of their own.
 */
export async function storedAnswer<T>(
  ctx: RouteContext,
  req: Request,
  read: (stored: StoredCase) => Promise<T>,
): Promise<T | undefined> {
  return readStoredCase(ctx.store, req.params.case, read);
}

/** The case a request names, and whether its view is older than the store; 404 when there is none. */
export async function openCase(ctx: RouteContext, req: Request): Promise<{ view: CaseView; stale: boolean }> {
  const got = await ctx.cache.get(req.params.case);
  if (!got) throw new HttpError(404, `no case named "${req.params.case}" in this store; GET /api/cases lists them`);
  return got;
}

/** The case's view for an answer drawn from it; an answer from an older view is marked stale. */
export async function caseView(ctx: RouteContext, req: Request): Promise<CaseView> {
  const got = await openCase(ctx, req);
  if (got.stale) req.stale = true;
  return got.view;
}
