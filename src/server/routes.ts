// The API's routes as one table: URL, input schemas (validated by Fastify's Ajv before a
// handler runs), what the answer looks like (for /openapi.json), and the handler.
import type { Static, TNever, TSchema } from "@sinclair/typebox";
import { Type } from "@sinclair/typebox";
import { extname } from "node:path";
import { buildDoc } from "../core/doc.js";
import { quoteId } from "../casefile/types.js";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { INPUT_EXTENSIONS, InputError, isIsoDate, type InputDocument } from "../ingest/input.js";
import { ingestOne } from "../ingest/one.js";
import { WORKER_ONLY_EXTENSIONS } from "../ingest/formats.js";
import type { FileDocuments } from "../ingest/sources.js";
import { pageAt, type Store } from "../store/types.js";
import type { CaseCache, CaseView } from "./case-cache.js";
import type { RouteDoc } from "./openapi.js";
import {
  CaseParams,
  ContradictionsQuery,
  DocumentRef,
  DocumentsQuery,
  EntitiesQuery,
  EntitySummary,
  GraphQuery,
  IdParams,
  IngestAnswer,
  IngestBody,
  Loose,
  MAX_TEXT,
  NoQuery,
  PageOf,
  QuoteItem,
  QuotesQuery,
  SearchQuery,
  Speaker,
  AccountsQuery,
  TimelineQuery,
} from "./api-schema.js";
import {
  caseOverview,
  documentRef,
  entityDetail,
  findEntity,
  graphView,
  listEntities,
  listQuotes,
  listSpeakers,
  listContradictions,
  listTimeline,
  listTimelineReports,
  summarizeEntity,
} from "./queries.js";
import { accountsAnswer, briefAnswer } from "./accounts.js";

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
}

interface TypedRoute<P extends TSchema, Q extends TSchema, B extends TSchema> extends Omit<
  RouteDoc,
  "params" | "querystring" | "body"
> {
  params?: P;
  querystring: Q;
  body?: B;
  handler(req: Request<Static<P>, Static<Q>, Static<B>>, ctx: RouteContext): unknown | Promise<unknown>;
}

/**
 * A route whose handler is typed by its own schemas. The one cast is here: Fastify validates
 * params, query string and body against these schemas before the handler runs.
 */
function route<P extends TSchema = typeof CaseParams, Q extends TSchema = typeof NoQuery, B extends TSchema = TNever>(
  r: TypedRoute<P, Q, B>,
): Route {
  return r as unknown as Route;
}

export { MAX_TEXT };

async function view(ctx: RouteContext, req: Request): Promise<CaseView> {
  const got = await ctx.cache.get(req.params.case);
  if (!got) throw new HttpError(404, `no case named "${req.params.case}" in this store; GET /api/cases lists them`);
  if (got.stale) req.stale = true;
  return got.view;
}

type IngestBody = Static<typeof IngestBody>;

async function ingest(ctx: RouteContext, caseName: string, body: IngestBody): Promise<WithStatus> {
  if (body.published && !isIsoDate(body.published))
    throw new HttpError(400, `"published" is "${body.published}", not a date; write it as YYYY-MM-DD`);
  let input: InputDocument;
  // the other documents of a file that holds several (a mailbox, an e-mail with attachments)
  let more: InputDocument[] = [];
  if (body.text !== undefined) {
    if (!body.text.trim()) throw new HttpError(400, '"text" holds only white space; paste the article text');
    input = { id: "", source: null, outlet: null, published: null, text: body.text, title: null };
  } else {
    const name = body.filename as string;
    const ext = extname(name).toLowerCase() || ".txt";
    if (!INPUT_EXTENSIONS.has(ext) && !WORKER_ONLY_EXTENSIONS.has(ext))
      throw new HttpError(
        415,
        `${name}: only .txt, .html, .htm, .json, .pdf, .docx, .eml, .mbox and .mhtml files can be added`,
      );
    const stem = name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
    let read: FileDocuments;
    try {
      read = await ctx.parse(Buffer.from(body.content as string, body.encoding ?? "utf8"), ext, safeId(stem), name);
    } catch (e) {
      if (e instanceof InputError) throw new HttpError(422, e.message);
      throw e;
    }
    if (!read.documents.length) throw new HttpError(422, read.errors[0]?.message ?? `${name}: holds no article`);
    [input, ...more] = read.documents;
    if (input.text.length > MAX_TEXT)
      throw new HttpError(413, `${name}: the article is longer than ${MAX_TEXT} characters`);
  }
  const document: InputDocument = {
    id: body.id ?? (input.id || (body.title ? safeId(body.title) : "")),
    source: body.source ?? input.source,
    outlet: body.outlet ?? input.outlet,
    published: body.published ?? input.published,
    title: body.title ?? input.title,
    text: input.text,
    origin: input.origin ?? null,
  };
  const { result, extraction } = await ingestOne(ctx.store, caseName, document, ctx.extract);
  const others: { id: string; status: string }[] = [];
  for (const other of more.filter((d) => d.text.length <= MAX_TEXT)) {
    const added = await ingestOne(ctx.store, caseName, other, ctx.extract);
    others.push({ id: added.result.id, status: added.result.status });
  }
  if (others.length) Object.assign(result, { more: others });
  if (!extraction) return new WithStatus(200, result);
  return new WithStatus(result.status === "duplicate" ? 200 : 201, {
    ...result,
    counts: {
      entities: extraction.entities.length,
      quotes: extraction.quotes.length,
      events: extraction.events.length,
    },
  });
}

/** A document id from a file name or title: letters, digits, dot, dash, underscore. */
function safeId(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "")
    .slice(0, 80)
    .toLowerCase();
}

async function documentDetail(ctx: RouteContext, v: CaseView, id: string): Promise<unknown> {
  const stored = await ctx.store.getDocument(v.name, id);
  if (!stored) throw new HttpError(404, `no document "${id}" in case "${v.name}"`);
  const { document, extraction } = stored;
  const text = document.text;
  const caseEntity = (local: string): string | null => v.memberOf.get(`${document.id}#${local}`) ?? null;
  const types = new Map(extraction.entities.map((e) => [e.id, e.type]));
  return {
    document: {
      ...documentRef(v, document.id),
      title: document.title,
      outlet: document.outlet,
      published: document.published,
      source: document.source,
      duplicateOf: document.duplicateOf,
      similarity: document.similarity,
      addedAt: document.addedAt,
      chars: document.chars,
      origin: document.origin,
    },
    text,
    sentences: buildDoc(text).sentences.map((s) => [s.start, s.end]),
    mentions: extraction.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        type: types.get(m.entity) ?? e.type,
        entity: caseEntity(m.entity),
        name: e.name,
      })),
    ),
    quotes: extraction.quotes.map((q) => ({
      id: quoteId(document.id, q.start),
      kind: q.kind,
      text: q.text,
      start: q.start,
      end: q.end,
      /** The page of the original file (a PDF) that holds the quote, or null. */
      page: pageAt(document.origin, q.start),
      speaker: q.speakerId ? caseEntity(q.speakerId) : null,
      speakerName: q.speaker,
      speakerMention: q.speakerMention,
      cue: q.cue,
    })),
    events: extraction.events.map((e) => ({
      type: e.type,
      status: e.status,
      date: e.date,
      start: e.evidence.start,
      end: e.evidence.end,
      text: e.evidence.text,
      participants: e.participants,
      entities: (e.participantIds ?? []).map(caseEntity),
    })),
    times: extraction.times.map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value, kind: t.kind })),
  };
}

const Case = Type.Object({ name: Type.String(), documents: Type.Integer() });

/**
 * The route table. It is one long function on purpose: each entry is a few lines of data (URL,
 * schemas, answer, a one-line handler), and reading the whole API in one place is the point.
 */
export function apiRoutes(): Route[] {
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
    route({
      method: "GET",
      url: "/api/cases/:case",
      summary: "Overview of a case: counts, main people and organisations, recent events, contradictions",
      tags: ["cases"],
      params: CaseParams,
      querystring: NoQuery,
      responses: {
        200: { description: "Case overview", schema: Loose({ name: Type.String(), counts: Loose() }) },
      },
      handler: async (req, ctx) => caseOverview(await view(ctx, req)),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/entities",
      summary: "People, organisations and places of the case, with aliases and roles",
      tags: ["entities"],
      params: CaseParams,
      querystring: EntitiesQuery,
      responses: { 200: { description: "A page of entities", schema: PageOf(EntitySummary) } },
      handler: async (req, ctx) => listEntities(await view(ctx, req), req.query),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/entities/:id",
      summary: "One entity: aliases, roles, quotes, events, sources, connections (id, name or alias)",
      tags: ["entities"],
      params: IdParams("Entity id (person:christopher-cash), or a name or alias"),
      querystring: NoQuery,
      responses: {
        200: {
          description: "The entity page",
          schema: Loose({ entity: Loose(), summary: EntitySummary, quotes: Type.Array(QuoteItem) }),
        },
      },
      handler: async (req, ctx) => {
        const v = await view(ctx, req);
        const { entity: e, candidates } = findEntity(v, req.params.id);
        if (!e && candidates.length)
          throw new HttpError(
            404,
            `"${req.params.id}" could be ${candidates.length} entities in case "${v.name}": ` +
              `${candidates
                .slice(0, 6)
                .map((c) => c.id)
                .join(", ")}; use the id`,
          );
        if (!e) throw new HttpError(404, `no entity "${req.params.id}" in case "${v.name}"`);
        return { summary: summarizeEntity(v, e), ...entityDetail(v, e) };
      },
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/speakers",
      summary: "Everyone quoted in the case, most quoted first",
      tags: ["quotes"],
      params: CaseParams,
      querystring: NoQuery,
      responses: { 200: { description: "Speakers", schema: Type.Array(Speaker) } },
      handler: async (req, ctx) => listSpeakers(await view(ctx, req)),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/quotes",
      summary: "Who said what, filtered by speaker, organisation, text and publication date",
      tags: ["quotes"],
      params: CaseParams,
      querystring: QuotesQuery,
      responses: { 200: { description: "A page of quotes", schema: PageOf(QuoteItem) } },
      handler: async (req, ctx) => listQuotes(await view(ctx, req), req.query),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/accounts",
      summary: "Each actor's statements in said-at order, and statements on one subject side by side",
      tags: ["quotes"],
      params: CaseParams,
      querystring: AccountsQuery,
      responses: {
        200: {
          description: "Accounts and subjects (statements are quote items with `when` and `dated`)",
          schema: Loose({ rule: Type.String(), accounts: Type.Array(Loose()), subjects: Type.Array(Loose()) }),
        },
      },
      handler: async (req, ctx) => accountsAnswer(await view(ctx, req), req.query.subjects),
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
      handler: async (req, ctx) => briefAnswer(await view(ctx, req), ctx.store),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/timeline",
      summary: "The merged timeline: one entry per event with every source and any disagreement",
      tags: ["timeline"],
      params: CaseParams,
      querystring: TimelineQuery,
      responses: {
        200: { description: "A page of timeline entries, in date order", schema: PageOf(Loose()) },
      },
      handler: async (req, ctx) => listTimeline(await view(ctx, req), req.query),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/timeline/reports",
      summary: "Reports kept off the timeline: undated, background, possibilities and plans nobody confirmed",
      tags: ["timeline"],
      params: CaseParams,
      querystring: TimelineQuery,
      responses: {
        200: { description: "A page of reports, in date order, undated last", schema: PageOf(Loose()) },
      },
      handler: async (req, ctx) => listTimelineReports(await view(ctx, req), req.query),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/graph",
      summary: "Relationship graph of people, organisations and events (the heaviest `limit` nodes)",
      tags: ["graph"],
      params: CaseParams,
      querystring: GraphQuery,
      responses: {
        200: {
          description: "Nodes and edges",
          schema: Loose({ nodes: Type.Array(Loose()), edges: Type.Array(Loose()), total: Type.Integer() }),
        },
      },
      handler: async (req, ctx) => graphView(await view(ctx, req), req.query.limit),
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/contradictions",
      summary: "Facts on which sources disagree, each value with its sources and sentences",
      tags: ["contradictions"],
      params: CaseParams,
      querystring: ContradictionsQuery,
      responses: { 200: { description: "A page of contradictions", schema: PageOf(Loose()) } },
      handler: async (req, ctx) => listContradictions(await view(ctx, req), req.query),
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
        const v = await view(ctx, req);
        const { q, limit } = req.query;
        const entities = listEntities(v, { q, offset: 0, limit: 20 }).items;
        const hits = q.trim() ? await ctx.store.search(v.name, q, { limit }) : [];
        return { entities, hits };
      },
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/documents",
      summary: "The case's articles in ingest order",
      tags: ["documents"],
      params: CaseParams,
      querystring: DocumentsQuery,
      responses: { 200: { description: "A page of documents", schema: PageOf(DocumentRef) } },
      handler: async (req, ctx) => {
        const v = await view(ctx, req);
        const all = await ctx.store.listDocuments(v.name);
        const { offset, limit } = req.query;
        return { total: all.length, offset, limit, items: all.slice(offset, offset + limit) };
      },
    }),
    route({
      method: "GET",
      url: "/api/cases/:case/documents/:id",
      summary: "One article's text with its sentences and extracted spans (mentions, quotes, events, dates)",
      tags: ["documents"],
      params: IdParams("Document id"),
      querystring: NoQuery,
      responses: {
        200: {
          description: "Text and spans; offsets are UTF-16 code units",
          schema: Loose({ text: Type.String(), sentences: Type.Array(Type.Array(Type.Integer())) }),
        },
      },
      handler: async (req, ctx) => documentDetail(ctx, await view(ctx, req), req.params.id),
    }),
    route({
      method: "POST",
      url: "/api/cases/:case/documents",
      summary: "Add an article (pasted text or an uploaded .txt/.html/.json file): extract it and store it",
      tags: ["documents"],
      params: CaseParams,
      querystring: NoQuery,
      body: IngestBody,
      responses: {
        201: { description: "Stored (added, or near-duplicate of an earlier article)", schema: IngestAnswer },
        200: { description: "Already stored: nothing added", schema: IngestAnswer },
      },
      handler: (req, ctx) => ingest(ctx, req.params.case, req.body),
    }),
  ];
}
