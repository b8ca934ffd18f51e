// The case's articles: the list, one article with its extracted spans, and adding one.
import { Type } from "@sinclair/typebox";
import { buildDoc } from "../../core/doc.js";
import { quoteId } from "../../casefile/types.js";
import { pageAt } from "../../store/types.js";
import {
  CaseParams,
  DocumentRef,
  DocumentsQuery,
  IdParams,
  IngestAnswer,
  IngestBody,
  Loose,
  NoQuery,
  PageOf,
} from "../api-schema.js";
import { addDocument } from "../add-document.js";
import type { CaseView } from "../case-cache.js";
import {
  caseView,
  HttpError,
  route,
  storedAnswer,
  viewRoute,
  type Request,
  type Route,
  type RouteContext,
} from "../http.js";
import { documentRef } from "../queries.js";
import { storedDocumentView } from "../stored.js";

export function documentRoutes(): Route[] {
  return [
    viewRoute(
      {
        url: "/api/cases/:case/documents",
        summary: "The case's articles in ingest order",
        tags: ["documents"],
        querystring: DocumentsQuery,
        answer: { description: "A page of documents", schema: PageOf(DocumentRef) },
      },
      async (v, { offset, limit }, ctx) => documentsPage(ctx, v.name, offset, limit),
      async (_stored, { offset, limit }, ctx, caseName) => documentsPage(ctx, caseName, offset, limit),
    ),
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
      handler: async (req, ctx) => {
        const id = req.params.id;
        // The document itself is read after the stored rows' snapshot (by the store, on a connection of its own).
        const stored = await storedAnswer(ctx, req as Request, (s) => storedDocumentView(s, id, req.params.case));
        return documentDetail(ctx, stored ?? (await caseView(ctx, req)), id);
      },
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
      handler: (req, ctx) => addDocument(ctx, req.params.case, req.body),
    }),
  ];
}

async function documentsPage(ctx: RouteContext, caseName: string, offset: number, limit: number) {
  const all = await ctx.store.listDocuments(caseName);
  return { total: all.length, offset, limit, items: all.slice(offset, offset + limit) };
}

/** The article's text, its sentences, and its mentions, quotes, events and dates with case entity ids. */
export async function documentDetail(ctx: RouteContext, v: CaseView, id: string): Promise<unknown> {
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
