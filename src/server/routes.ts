// The API's routes as one table: URL, input schemas (validated by Fastify's Ajv before a
// handler runs), what the answer looks like (for /openapi.json), and the handler.
import { extname } from "node:path";
import { buildDoc } from "../core/doc.js";
import { quoteId } from "../casefile/types.js";
import { MAX_DOCUMENT_CHARS } from "../core/limits.js";
import { EVENT_TYPES, ENTITY_TYPES, QUOTE_KINDS, type Extraction, type ExtractOptions } from "../core/schema.js";
import { INPUT_EXTENSIONS, InputError, isIsoDate, type InputDocument } from "../ingest/input.js";
import { ingestOne } from "../ingest/one.js";
import type { FileDocuments } from "../ingest/sources.js";
import type { Store } from "../store/types.js";
import type { CaseCache, CaseView } from "./case-cache.js";
import type { JsonSchema, RouteDoc } from "./openapi.js";
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
  summarizeEntity,
} from "./queries.js";

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

export interface Request {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** Set when the answer came from a case view older than the store (a rebuild is under way). */
  stale?: boolean;
}

export interface Route extends RouteDoc {
  /** Returns the JSON answer, or a `WithStatus` for a status other than 200. */
  handler(req: Request, ctx: RouteContext): unknown | Promise<unknown>;
}

/** Longest text accepted for one article (characters); the body limit caps the bytes anyway. */
export const MAX_TEXT = MAX_DOCUMENT_CHARS;

const CASE_NAME = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", description: "Case name" };
const DATE_PREFIX = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" };
const caseParams: JsonSchema = { type: "object", required: ["case"], properties: { case: CASE_NAME } };
const idParams = (what: string): JsonSchema => ({
  type: "object",
  required: ["case", "id"],
  properties: { case: CASE_NAME, id: { type: "string", minLength: 1, maxLength: 300, description: what } },
});
const paging = (limit: number, max: number) => ({
  offset: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
  limit: { type: "integer", minimum: 1, maximum: max, default: limit },
});
const query = (properties: Record<string, unknown>): JsonSchema => ({
  type: "object",
  additionalProperties: false,
  properties: { ...properties, token: { type: "string", description: "API token (or Authorization: Bearer)" } },
});
const short = (description: string, maxLength = 200) => ({ type: "string", maxLength, description });
const obj = (properties: Record<string, unknown> = {}): JsonSchema => ({ type: "object", properties });
const arr = (items: JsonSchema = { type: "object" }): JsonSchema => ({ type: "array", items });
const pageOf = (items: JsonSchema): JsonSchema =>
  obj({ total: { type: "integer" }, offset: { type: "integer" }, limit: { type: "integer" }, items: arr(items) });

const DOCUMENT_REF = obj({
  id: { type: "string" },
  title: { type: ["string", "null"] },
  outlet: { type: ["string", "null"] },
  published: { type: ["string", "null"] },
  source: { type: ["string", "null"] },
});
const ENTITY_SUMMARY = obj({
  id: { type: "string" },
  type: { enum: [...ENTITY_TYPES] },
  name: { type: "string" },
  aliases: arr({ type: "string" }),
  roles: arr({ type: "string" }),
  sources: arr({ type: "string" }),
  documents: { type: "integer" },
  mentions: { type: "integer" },
  quotes: { type: "integer" },
});
const QUOTE_ITEM = obj({
  id: { type: "string" },
  kind: { enum: [...QUOTE_KINDS] },
  text: { type: "string" },
  speaker: { type: ["object", "null"] },
  speakerName: { type: ["string", "null"] },
  organizations: arr(),
  cue: { type: ["string", "null"] },
  start: { type: "integer" },
  end: { type: "integer" },
  document: DOCUMENT_REF,
});

async function view(ctx: RouteContext, req: Request): Promise<CaseView> {
  const got = await ctx.cache.get(req.params.case);
  if (!got) throw new HttpError(404, `no case named "${req.params.case}" in this store; GET /api/cases lists them`);
  if (got.stale) req.stale = true;
  return got.view;
}

const INGEST_BODY: JsonSchema = {
  type: "object",
  additionalProperties: false,
  description: "Pasted text (`text`) or an uploaded file (`filename` and its `content` as text).",
  properties: {
    text: {
      type: "string",
      minLength: 1,
      maxLength: MAX_TEXT,
      description: "Article text, paragraphs split by blank lines",
    },
    filename: {
      type: "string",
      minLength: 1,
      maxLength: 255,
      description: "Uploaded file name (.txt, .html, .htm, .json)",
    },
    content: { type: "string", minLength: 1, maxLength: MAX_TEXT * 2, description: "The uploaded file's content" },
    id: { type: "string", minLength: 1, maxLength: 120, pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" },
    title: { type: "string", maxLength: 500 },
    source: { type: "string", maxLength: 2000, description: "URL or where the text came from" },
    outlet: { type: "string", maxLength: 200 },
    published: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" },
  },
  oneOf: [{ required: ["text"] }, { required: ["filename", "content"] }],
};

interface IngestBody {
  text?: string;
  filename?: string;
  content?: string;
  id?: string;
  title?: string;
  source?: string;
  outlet?: string;
  published?: string;
}

async function ingest(ctx: RouteContext, caseName: string, body: IngestBody): Promise<WithStatus> {
  if (body.published && !isIsoDate(body.published))
    throw new HttpError(400, `"published" is "${body.published}", not a date; write it as YYYY-MM-DD`);
  let input: InputDocument;
  if (body.text !== undefined) {
    if (!body.text.trim()) throw new HttpError(400, '"text" holds only white space; paste the article text');
    input = { id: "", source: null, outlet: null, published: null, text: body.text, title: null };
  } else {
    const name = body.filename as string;
    const ext = extname(name).toLowerCase() || ".txt";
    if (!INPUT_EXTENSIONS.has(ext))
      throw new HttpError(415, `${name}: only .txt, .html, .htm and .json files can be added`);
    const stem = name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
    let read: FileDocuments;
    try {
      read = await ctx.parse(Buffer.from(body.content as string, "utf8"), ext, safeId(stem), name);
    } catch (e) {
      if (e instanceof InputError) throw new HttpError(422, e.message);
      throw e;
    }
    if (!read.documents.length) throw new HttpError(422, read.errors[0]?.message ?? `${name}: holds no article`);
    input = read.documents[0];
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
  };
  const { result, extraction } = await ingestOne(ctx.store, caseName, document, ctx.extract);
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

function documentDetail(ctx: RouteContext, v: CaseView, id: string): unknown {
  const stored = ctx.store.getDocument(v.name, id);
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

export function apiRoutes(): Route[] {
  return [
    {
      method: "GET",
      url: "/api/cases",
      summary: "The cases in this store, with their document counts",
      tags: ["cases"],
      querystring: query({}),
      responses: {
        200: { description: "Cases", schema: arr(obj({ name: { type: "string" }, documents: { type: "integer" } })) },
      },
      handler: (_req, ctx) => ctx.store.listCases(),
    },
    {
      method: "GET",
      url: "/api/cases/:case",
      summary: "Overview of a case: counts, main people and organisations, recent events, contradictions",
      tags: ["cases"],
      params: caseParams,
      querystring: query({}),
      responses: { 200: { description: "Case overview", schema: obj({ name: { type: "string" }, counts: obj() }) } },
      handler: async (req, ctx) => caseOverview(await view(ctx, req)),
    },
    {
      method: "GET",
      url: "/api/cases/:case/entities",
      summary: "People, organisations and places of the case, with aliases and roles",
      tags: ["entities"],
      params: caseParams,
      querystring: query({
        type: { enum: [...ENTITY_TYPES] },
        q: short("Name or alias contains"),
        ...paging(200, 5000),
      }),
      responses: { 200: { description: "A page of entities", schema: pageOf(ENTITY_SUMMARY) } },
      handler: async (req, ctx) => listEntities(await view(ctx, req), req.query as never),
    },
    {
      method: "GET",
      url: "/api/cases/:case/entities/:id",
      summary: "One entity: aliases, roles, quotes, events, sources, connections (id, name or alias)",
      tags: ["entities"],
      params: idParams("Entity id (person:christopher-cash) or its exact name"),
      querystring: query({}),
      responses: {
        200: {
          description: "The entity page",
          schema: obj({ entity: obj(), summary: ENTITY_SUMMARY, quotes: arr(QUOTE_ITEM) }),
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
    },
    {
      method: "GET",
      url: "/api/cases/:case/speakers",
      summary: "Everyone quoted in the case, most quoted first",
      tags: ["quotes"],
      params: caseParams,
      querystring: query({}),
      responses: {
        200: {
          description: "Speakers",
          schema: arr(obj({ id: { type: "string" }, name: { type: "string" }, quotes: { type: "integer" } })),
        },
      },
      handler: async (req, ctx) => listSpeakers(await view(ctx, req)),
    },
    {
      method: "GET",
      url: "/api/cases/:case/quotes",
      summary: "Who said what, filtered by speaker, organisation, text and publication date",
      tags: ["quotes"],
      params: caseParams,
      querystring: query({
        speaker: short("Speaker entity id, name or alias (folded; part of a name when nothing matches whole)"),
        organization: short("Organisation id, name or alias: quotes by it or its members"),
        text: short("Quote text contains"),
        kind: { enum: [...QUOTE_KINDS] },
        from: { ...DATE_PREFIX, description: "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)" },
        to: { ...DATE_PREFIX, description: "Published on or before" },
        ...paging(100, 1000),
      }),
      responses: { 200: { description: "A page of quotes", schema: pageOf(QUOTE_ITEM) } },
      handler: async (req, ctx) => listQuotes(await view(ctx, req), req.query as never),
    },
    {
      method: "GET",
      url: "/api/cases/:case/timeline",
      summary: "The merged timeline: one entry per event with every source and any disagreement",
      tags: ["timeline"],
      params: caseParams,
      querystring: query({
        type: { enum: [...EVENT_TYPES] },
        entity: short("Only events this entity (id, name or alias) takes part in"),
        from: DATE_PREFIX,
        to: DATE_PREFIX,
        ...paging(100, 5000),
      }),
      responses: {
        200: { description: "A page of timeline entries, in date order", schema: pageOf({ type: "object" }) },
      },
      handler: async (req, ctx) => listTimeline(await view(ctx, req), req.query as never),
    },
    {
      method: "GET",
      url: "/api/cases/:case/graph",
      summary: "Relationship graph of people, organisations and events (the heaviest `limit` nodes)",
      tags: ["graph"],
      params: caseParams,
      querystring: query({ limit: { type: "integer", minimum: 1, maximum: 2000, default: 150 } }),
      responses: {
        200: {
          description: "Nodes and edges",
          schema: obj({ nodes: arr(), edges: arr(), total: { type: "integer" } }),
        },
      },
      handler: async (req, ctx) => graphView(await view(ctx, req), req.query.limit as number),
    },
    {
      method: "GET",
      url: "/api/cases/:case/contradictions",
      summary: "Facts on which sources disagree, each value with its sources and sentences",
      tags: ["contradictions"],
      params: caseParams,
      querystring: query({ subject: short("Only those about this entity or timeline entry id"), ...paging(200, 5000) }),
      responses: { 200: { description: "A page of contradictions", schema: pageOf({ type: "object" }) } },
      handler: async (req, ctx) => listContradictions(await view(ctx, req), req.query as never),
    },
    {
      method: "GET",
      url: "/api/cases/:case/search",
      summary: "Full-text search over entities, articles and quotes",
      tags: ["search"],
      params: caseParams,
      querystring: {
        ...query({
          q: { type: "string", minLength: 1, maxLength: 200 },
          limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
        }),
        required: ["q"],
      },
      responses: {
        200: {
          description: "Matching entities and text hits",
          schema: obj({ entities: arr(ENTITY_SUMMARY), hits: arr() }),
        },
      },
      handler: async (req, ctx) => {
        const v = await view(ctx, req);
        const q = req.query.q as string;
        const limit = req.query.limit as number;
        const entities = listEntities(v, { q, offset: 0, limit: 20 }).items;
        const hits = q.trim() ? ctx.store.search(v.name, q, { limit }) : [];
        return { entities, hits };
      },
    },
    {
      method: "GET",
      url: "/api/cases/:case/documents",
      summary: "The case's articles in ingest order",
      tags: ["documents"],
      params: caseParams,
      querystring: query(paging(500, 5000)),
      responses: { 200: { description: "A page of documents", schema: pageOf(DOCUMENT_REF) } },
      handler: async (req, ctx) => {
        const v = await view(ctx, req);
        const all = ctx.store.listDocuments(v.name);
        const offset = req.query.offset as number;
        const limit = req.query.limit as number;
        return { total: all.length, offset, limit, items: all.slice(offset, offset + limit) };
      },
    },
    {
      method: "GET",
      url: "/api/cases/:case/documents/:id",
      summary: "One article's text with its sentences and extracted spans (mentions, quotes, events, dates)",
      tags: ["documents"],
      params: idParams("Document id"),
      querystring: query({}),
      responses: {
        200: {
          description: "Text and spans; offsets are UTF-16 code units",
          schema: obj({ text: { type: "string" }, sentences: arr({ type: "array" }) }),
        },
      },
      handler: async (req, ctx) => documentDetail(ctx, await view(ctx, req), req.params.id),
    },
    {
      method: "POST",
      url: "/api/cases/:case/documents",
      summary: "Add an article (pasted text or an uploaded .txt/.html/.json file): extract it and store it",
      tags: ["documents"],
      params: caseParams,
      querystring: query({}),
      body: INGEST_BODY,
      responses: {
        201: {
          description: "Stored (added, or near-duplicate of an earlier article)",
          schema: obj({ status: { type: "string" }, id: { type: "string" } }),
        },
        200: {
          description: "Already stored: nothing added",
          schema: obj({ status: { type: "string" }, id: { type: "string" } }),
        },
      },
      handler: (req, ctx) => ingest(ctx, req.params.case, req.body as IngestBody),
    },
  ];
}
