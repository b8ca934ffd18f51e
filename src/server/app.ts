// The HTTP server of `casefile serve`: the JSON API under /api, its description at
// /openapi.json and the web UI's static files, on Fastify. Every failure a client can cause
// (bad JSON, too large, unknown id, invalid parameter, missing token) is a 4xx JSON answer
// `{statusCode, error, message}` and the server carries on.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { projectPath } from "../core/paths.js";
import { StoreError, type Store } from "../store/types.js";
import type { ExtractPool } from "../ingest/pool.js";
import { RawJson } from "./case-views.js";
import { CaseCache, inThreadBuilder, workerBuilder, type BuildCase, type CaseBuilder } from "./case-cache.js";
import { correctionRoutes } from "./corrections.js";
import { ExtractionRuns, storeRunQueue } from "./extractions.js";
import { openApiDocument, type JsonSchema } from "./openapi.js";
import { HttpError, WithStatus, type Request, type Route, type RouteContext } from "./http.js";
import { apiRoutes } from "./routes/index.js";
import { SECURITY_HEADERS, hostName, isLoopbackHost, requestToken, tokenMatches } from "./security.js";
import { type ServerUser, UserGate, userDirectoryOf } from "./users.js";
import { loadStaticFiles } from "./static.js";

export interface ServerOptions {
  store: Store;
  /** The case builder (default: src/casefile's buildCase). */
  buildCase?: BuildCase;
  /**
   * Build case files in a worker thread with its own read-only connection to the store, so the
   * server keeps answering during a long build (default false: build in this thread).
   */
  buildInWorker?: boolean;
  /**
   * Extract added articles in a worker thread (started on the first one), so a long article
   * does not hold up other requests (default false: extract in this thread).
   */
  extractInWorker?: boolean;
  /** When set, every /api request must carry it (Authorization: Bearer, or ?token=). */
  token?: string | null;
  /**
   * Whether the server listens on loopback only; then requests must name a loopback host (so a
   * web page cannot reach the API through DNS rebinding).
   */
  loopbackOnly?: boolean;
  /** Largest request body in bytes (default 2 MB). */
  bodyLimit?: number;
  /** Folder of the web UI (default: the package's web/). */
  webRoot?: string;
  version?: string;
  logger?: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  503: "Service Unavailable",
  500: "Internal Server Error",
};

export function createServer(options: ServerOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = newFastify(bodyLimit, options.logger ?? false);
  const ctx = routeContext(app, options);
  const token = options.token ?? null;
  const routes = [...apiRoutes(), ...correctionRoutes()];
  const openapi = JSON.stringify(openApiDocument(routes, options.version ?? "0.1.0", token !== null));
  app.addHook("onRequest", accessCheck(options.store, token, options.loopbackOnly ?? false));
  app.setErrorHandler(errorHandler(bodyLimit));
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0];
    void reply
      .status(404)
      .type("application/json; charset=utf-8")
      .send({ statusCode: 404, error: "Not Found", message: `nothing at ${req.method} ${path}` });
  });
  const answers = new AnswerCache(options.store);
  for (const route of routes) registerRoute(app, route, ctx, answers);
  app.get("/openapi.json", async (_req, reply) => {
    reply.type("application/json; charset=utf-8");
    return openapi;
  });
  const statics = loadStaticFiles(options.webRoot ?? projectPath("web"));
  app.get("/*", async (req, reply) => {
    const path = decodeURIComponentSafe(req.url.split("?")[0]);
    const file = statics.get(path);
    if (!file) throw new HttpError(404, `nothing at ${path}`);
    if (req.headers["if-none-match"] === file.etag) return reply.status(304).send();
    reply.type(file.type).header("etag", file.etag).header("cache-control", "no-cache");
    return file.body;
  });
  return app;
}

/** Fastify as the API wants it: strict query strings, JSON bodies only, errors in one JSON shape. */
function newFastify(bodyLimit: number, logger: boolean): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit,
    // Unknown query parameters are refused rather than silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
    routerOptions: { maxParamLength: 400 },
    // Requests the router cannot even parse (bad percent-encoding…) get the same JSON shape.
    frameworkErrors: (error, _req, res) => {
      void (res as unknown as FastifyReply)
        .status(400)
        .type("application/json; charset=utf-8")
        .send({ statusCode: 400, error: "Bad Request", message: `the address cannot be read: ${error.message}` });
    },
  });
  // Only JSON bodies: a cross-site HTML form cannot send one without a CORS preflight.
  app.removeContentTypeParser("text/plain");
  return app;
}

/** What the handlers work with: the store, the case cache, and where cases are built and articles extracted. */
function routeContext(app: FastifyInstance, options: ServerOptions): RouteContext {
  let builder: CaseBuilder;
  if (options.buildInWorker) {
    const worker = workerBuilder(options.store.location);
    builder = worker.builder;
    app.addHook("onClose", async () => worker.close());
  } else {
    builder = inThreadBuilder(options.store, options.buildCase);
  }
  const extractor = options.extractInWorker ? workerExtractor(app) : inThreadExtractor();
  // On a PostgreSQL store the runs are jobs of its queue, made by its `casefile worker`s.
  const extractions = new ExtractionRuns(options.store, extractor.extract, storeRunQueue(options.store));
  // Before the onClose hooks stop the extractor's thread: the runs store the article in hand and stop.
  app.addHook("preClose", async () => extractions.close());
  return { store: options.store, cache: new CaseCache(options.store, builder), extractions, ...extractor };
}

/**
 * The check every request passes first: security headers; on loopback, a loopback host name; a
 * write only from this page's origin; and the token (the server's, or a user's on a team store).
 */
function accessCheck(store: Store, token: string | null, loopbackOnly: boolean) {
  // A team store's users (PostgreSQL): once it has any, their tokens replace the server's one.
  const directory = userDirectoryOf(store);
  const users = directory ? new UserGate(directory) : null;
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (loopbackOnly && !isLoopbackHost(hostName(req.headers.host)))
      throw new HttpError(403, "this server only answers requests addressed to localhost or 127.0.0.1");
    if (req.method !== "GET" && req.method !== "HEAD") checkOrigin(req.headers.origin, req.headers.host);
    // Decided on the route the router matched, never on the raw URL: the router decodes
    // percent-escapes ("/%61pi/cases" is "/api/cases"), so a prefix test on the URL can be walked
    // around. Only the page's static files and the API description are public; everything else,
    // including a path that matched nothing, needs the token.
    const isPublic = PUBLIC_ROUTES.has(req.routeOptions.url ?? "");
    if (users && !isPublic && (await users.active())) {
      (req as unknown as { user?: ServerUser }).user = await users.authorize(
        requestToken(req.headers.authorization, req.url),
        req.method,
      );
      return;
    }
    if (token && !isPublic && !tokenMatches(token, requestToken(req.headers.authorization, req.url)))
      throw new HttpError(
        401,
        "this server needs its token: send Authorization: Bearer TOKEN (printed by casefile serve)",
      );
  };
}

/** A write must come from this server's own page, when the browser says where it comes from. */
function checkOrigin(origin: string | undefined, host: string | undefined): void {
  if (origin === undefined) return;
  // "Origin: null" comes from sandboxed frames, data: URLs and file: pages: never this UI.
  let originHost = "";
  try {
    originHost = new URL(origin).host;
  } catch {
    // unparsable origin: refused below
  }
  if (originHost !== host) throw new HttpError(403, `requests from ${origin} are not allowed`);
}

/** Every error as `{statusCode, error, message}`: a client's mistake named in one line, a crash logged. */
function errorHandler(bodyLimit: number) {
  return (error: FastifyError, req: FastifyRequest, reply: FastifyReply): void => {
    let status = error instanceof HttpError ? error.statusCode : (error.statusCode ?? 500);
    // The store is busy (another process writing) or unusable: say so, the request may be retried.
    if ((error as unknown) instanceof StoreError) status = 503;
    if (error.validation) status = 400;
    let message = clientErrorMessage(error, bodyLimit);
    if (status >= 500 && status !== 503) {
      req.log.error(error);
      process.stderr.write(`casefile serve: ${req.method} ${req.url}: ${error.stack ?? error.message}\n`);
      message = "internal error; the server is still running, see its output";
    }
    void reply
      .status(status)
      .type("application/json; charset=utf-8")
      .send({ statusCode: status, error: REASONS[status] ?? "Error", message });
  };
}

/** What went wrong with the request, in the client's terms. */
function clientErrorMessage(error: FastifyError, bodyLimit: number): string {
  if (error.validation) return validationMessage(error);
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || (error instanceof SyntaxError && error.statusCode === 400))
    return `the request body is not valid JSON (${error.message})`;
  if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") return "the request body is empty; send a JSON object";
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return `the request body is larger than ${bodyLimit} bytes; send a shorter article`;
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return "send the request body as application/json";
  return error.message;
}

/**
 * One API route: its schemas for Fastify's validation, a body's JSON types checked first, and a
 * GET answer kept in `answers` until the store changes (unless the route is live).
 */
function registerRoute(app: FastifyInstance, route: Route, ctx: RouteContext, answers: AnswerCache): void {
  app.route({
    method: route.method,
    url: route.url,
    schema: {
      ...(route.params ? { params: route.params } : {}),
      ...(route.querystring ? { querystring: route.querystring } : {}),
      ...(route.body ? { body: route.body } : {}),
    },
    // Query strings are text and are coerced to their types; a JSON body is not: {"text": 5}
    // is refused, not stored as "5". A request with no body at all (no Content-Type, nothing
    // sent: `curl -X POST`) to a route whose body has no required field is read as `{}`; the
    // origin and token checks ran before, as for any write.
    ...(route.body
      ? {
          preValidation: async (req: { body: unknown }) => {
            if (req.body === undefined && !hasRequiredField(route.body as JsonSchema)) req.body = {};
            const wrong = wrongBodyType(route.body as JsonSchema, req.body);
            if (wrong) throw new HttpError(400, wrong);
          },
        }
      : {}),
    handler: async (req, reply) => {
      reply.header("cache-control", "no-store").type("application/json; charset=utf-8");
      const key = route.method === "GET" && !route.live ? answerKey(req.url) : null;
      const seen = key ? await answers.get(key) : null;
      if (seen?.answer !== undefined) return seen.answer;
      const request = req as unknown as Request;
      const answer = await route.handler(request, ctx);
      if (answer instanceof WithStatus) {
        reply.status(answer.statusCode);
        return JSON.stringify(answer.body);
      }
      // Kept as bytes, so a repeated answer is written out without encoding it again.
      const json = answer instanceof RawJson ? answer.bytes() : Buffer.from(JSON.stringify(answer));
      // An answer from an older view is not kept: the next request may find the rebuild done.
      if (request.stale) reply.header("x-casefile-stale", "rebuilding");
      else if (key && seen) answers.set(key, json, seen.revision);
      return json;
    },
  });
}

const JSON_TYPE = (v: unknown): string =>
  v === null
    ? "null"
    : Array.isArray(v)
      ? "array"
      : typeof v === "number" && Number.isInteger(v)
        ? "integer"
        : typeof v;

/** Whether a body schema names a field that must be sent (itself, or in one of its alternatives). */
function hasRequiredField(schema: JsonSchema): boolean {
  const s = schema as { required?: unknown[]; oneOf?: unknown; anyOf?: unknown };
  return (Array.isArray(s.required) && s.required.length > 0) || s.oneOf !== undefined || s.anyOf !== undefined;
}

/** The first top-level field of `body` whose JSON type is not its schema's, as a message; else null. */
export function wrongBodyType(schema: JsonSchema, body: unknown): string | null {
  const props = (schema as { properties?: Record<string, { type?: string }> }).properties;
  if (!props || body === null || typeof body !== "object" || Array.isArray(body)) return null;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const want = props[key]?.type;
    if (!want || value === undefined) continue;
    const got = JSON_TYPE(value);
    if (got === want || (want === "number" && got === "integer")) continue;
    return `"${key}" must be ${want === "integer" || want === "array" || want === "object" ? "an" : "a"} ${want}, not ${got === "integer" ? "a number" : got === "null" ? "null" : `a ${got}`}`;
  }
  return null;
}

/** Routes that hold no case data: the web page's static files and the OpenAPI description. */
const PUBLIC_ROUTES = new Set(["/*", "/openapi.json"]);

/**
 * Every GET answer is a pure function of the store's contents and the URL, so the serialised
 * answer is kept until the store's revision changes: a page the UI asks for again (or fifty
 * clients asking for the same page) costs a map lookup, not a query and a JSON.stringify.
 */
class AnswerCache {
  private revision = -1;
  private readonly answers = new Map<string, Buffer>();
  private static readonly MAX_ANSWERS = 2000;
  private static readonly MAX_BYTES = 64 * 1024 * 1024;
  private bytes = 0;

  constructor(private readonly store: Store) {}

  /** The kept answer, if any, and the revision an answer computed now may be kept under. */
  async get(key: string): Promise<{ answer: Buffer | undefined; revision: number }> {
    const revision = await this.store.revision();
    if (revision !== this.revision) {
      this.answers.clear();
      this.bytes = 0;
      this.revision = revision;
      return { answer: undefined, revision };
    }
    return { answer: this.answers.get(key), revision };
  }

  /** Keeps an answer computed at `revision`, unless the store has moved on since. */
  set(key: string, json: Buffer, revision: number): void {
    if (revision !== this.revision) return;
    // Oldest first out when full (a Map iterates in insertion order).
    while (
      this.answers.size &&
      (this.answers.size >= AnswerCache.MAX_ANSWERS || this.bytes + json.length > AnswerCache.MAX_BYTES)
    ) {
      const [oldest, value] = this.answers.entries().next().value as [string, Buffer];
      this.answers.delete(oldest);
      this.bytes -= value.length;
    }
    if (json.length > AnswerCache.MAX_BYTES / 4) return;
    this.answers.set(key, json);
    this.bytes += json.length;
  }
}

/** The URL without its token, so a token never becomes part of a cache key. */
function answerKey(url: string): string {
  return url.includes("token=") ? url.replace(/([?&])token=[^&]*&?/, "$1").replace(/[?&]$/, "") : url;
}

/** "querystring: limit must be <= 1000", "body: unknown property "foo"" — one line naming the field. */
function validationMessage(error: FastifyError): string {
  const where = error.validationContext ?? "input";
  const first = error.validation?.[0];
  if (!first) return `invalid ${where}: ${error.message}`;
  const field = first.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const params = first.params as Record<string, unknown>;
  if (first.keyword === "additionalProperties")
    return `invalid ${where}: unknown ${where === "body" ? "field" : "parameter"} "${String(params.additionalProperty)}"`;
  if (first.keyword === "required") return `invalid ${where}: "${String(params.missingProperty)}" is required`;
  if (first.keyword === "oneOf") return `invalid ${where}: send either "text", or "filename" and "content"`;
  return `invalid ${where}: ${field ? `"${field}" ` : ""}${first.message ?? "is not valid"}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type Extractor = Pick<RouteContext, "extract" | "parse">;

/** Parsing and extraction in this thread; the pipeline is loaded on the first article. */
function inThreadExtractor(): Extractor {
  return {
    extract: async (text, options) => (await import("../extract/index.js")).extract(text, options),
    parse: async (bytes, ext, id, name) => (await import("../ingest/read.js")).parseFileAsync(bytes, ext, id, name),
  };
}

/**
 * Parsing and extraction in one worker thread, started on the first upload and stopped with the
 * server: an upload's parse (a hostile web page, a PDF) never holds up other requests.
 */
function workerExtractor(app: FastifyInstance): Extractor {
  let pool: Promise<ExtractPool> | null = null;
  app.addHook("onClose", async () => {
    if (pool) await (await pool).close();
  });
  const started = () => (pool ??= import("../ingest/pool.js").then(({ ExtractPool }) => new ExtractPool(1)));
  return {
    extract: async (text, options) => (await started()).extract(text, options),
    parse: async (bytes, ext, id, name) => {
      const { readLimit } = await import("../ingest/formats.js");
      return (await started()).parse(bytes, ext, id, name, readLimit(name));
    },
  };
}
