// POST /api/cases/:case/documents: a pasted text or an uploaded file becomes stored documents,
// through the same `ingestOne()` as the CLI and the worker.
import type { Static } from "@sinclair/typebox";
import { extname } from "node:path";
import { INPUT_EXTENSIONS, InputError, isIsoDate, type InputDocument } from "../ingest/input.js";
import { ingestOne } from "../ingest/one.js";
import { WORKER_ONLY_EXTENSIONS } from "../ingest/formats.js";
import type { FileDocuments } from "../ingest/sources.js";
import { IngestBody, MAX_TEXT } from "./api-schema.js";
import { HttpError, WithStatus, type RouteContext } from "./http.js";

type IngestBody = Static<typeof IngestBody>;

/** Stores the body's article (and a file's further documents); 201 with counts when it was added. */
export async function addDocument(ctx: RouteContext, caseName: string, body: IngestBody): Promise<WithStatus> {
  if (body.published && !isIsoDate(body.published))
    throw new HttpError(400, `"published" is "${body.published}", not a date; write it as YYYY-MM-DD`);
  let input: InputDocument;
  // the other documents of a file that holds several (a mailbox, an e-mail with attachments)
  let more: InputDocument[] = [];
  if (body.text !== undefined) {
    if (!body.text.trim()) throw new HttpError(400, '"text" holds only white space; paste the article text');
    input = { id: "", source: null, outlet: null, published: null, text: body.text, title: null };
  } else {
    [input, ...more] = await readUpload(ctx, body);
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

/** An uploaded file's documents, the first one no longer than MAX_TEXT; 415, 422 or 413 otherwise. */
async function readUpload(ctx: RouteContext, body: IngestBody): Promise<InputDocument[]> {
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
  if (read.documents[0].text.length > MAX_TEXT)
    throw new HttpError(413, `${name}: the article is longer than ${MAX_TEXT} characters`);
  return read.documents;
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
