// E-mail through postal-mime (a MIME parser without dependencies): an .eml is one message, an
// .mbox one document per message, and an .mhtml (a page saved by a browser) is a MIME message
// whose HTML part is the page. A message's subject is its title, its sender its source, its date
// the publication date; the plain-text part is preferred and the HTML part read as a web page
// when there is no plain text. Attachments in a format Casefile reads become documents of their
// own, linked to the message.
import { extname } from "node:path";
import type { DocumentOrigin } from "../store/types.js";
import { htmlToArticle, NoArticleError } from "./html.js";
import { type InputDocument, InputError } from "./input.js";
import type { FileDocuments } from "./sources.js";

/** Parses an attachment's bytes (the dispatcher of read.ts, passed in to keep the modules acyclic). */
export type ParseAttachment = (bytes: Buffer, ext: string, id: string, name: string) => Promise<FileDocuments>;

/** Attachments read as documents. */
export const ATTACHMENT_EXTENSIONS = new Set([".pdf", ".docx", ".eml", ".txt", ".html", ".htm"]);
/** A message inside a message inside a message: deeper nesting is not followed. */
const MAX_ATTACHMENT_DEPTH = 3;

interface Parsed {
  subject?: string;
  from?: { name?: string; address?: string };
  date?: string;
  text?: string;
  html?: string;
  headers: { key: string; value: string }[];
  attachments: { filename: string | null; mimeType: string; content: ArrayBuffer | string }[];
}

async function parse(raw: Buffer, name: string): Promise<Parsed> {
  checkBoundary(raw, name);
  const { default: PostalMime } = await import("postal-mime");
  try {
    return (await PostalMime.parse(raw, { attachmentEncoding: "arraybuffer" })) as unknown as Parsed;
  } catch (e) {
    throw new InputError(name, `is not a readable e-mail (${(e as Error).message})`);
  }
}

/**
 * A multipart message whose body never uses the boundary its header names has lost its
 * structure (a cut or re-wrapped file): refused rather than read as an empty message.
 */
function checkBoundary(raw: Buffer, name: string): void {
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const header = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const type = /^content-type:\s*multipart\/[^\n]*?boundary\s*=\s*("([^"]+)"|([^\s;]+))/im.exec(header);
  if (!type) return;
  const boundary = type[2] ?? type[3];
  if (!raw.includes(`--${boundary}`))
    throw new InputError(
      name,
      `has a broken MIME structure: its boundary "${boundary}" never appears, so its parts cannot be found`,
    );
}

function isoDay(value: string | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function bodyText(email: Parsed): string {
  const plain = (email.text ?? "").replace(/\r\n/g, "\n").trim();
  if (plain) return plain;
  if (email.html?.trim()) {
    try {
      return htmlToArticle(email.html).text;
    } catch (e) {
      if (!(e instanceof NoArticleError)) throw e;
    }
  }
  return "";
}

/** The documents of one message: its body, then its readable attachments. */
async function messageDocuments(
  raw: Buffer,
  id: string,
  name: string,
  origin: DocumentOrigin,
  parseAttachment: ParseAttachment,
  depth = 0,
): Promise<FileDocuments> {
  const email = await parse(raw, name);
  const out: FileDocuments = { documents: [], errors: [] };
  const sender = email.from?.address ? `mailto:${email.from.address}` : null;
  const published = isoDay(email.date);
  const text = bodyText(email);
  if (text)
    out.documents.push({
      id,
      source: sender,
      outlet: email.from?.name?.trim() || email.from?.address || null,
      published,
      title: email.subject?.trim() || null,
      text,
      origin,
    });
  for (const a of email.attachments) {
    const file = a.filename ?? "";
    const ext = extname(file).toLowerCase();
    if (!file || !ATTACHMENT_EXTENSIONS.has(ext) || typeof a.content === "string") continue;
    const label = `${name} (attachment ${file})`;
    if (depth >= MAX_ATTACHMENT_DEPTH) {
      out.errors.push(new InputError(label, "is nested too deeply in attached messages; save it and ingest it alone"));
      continue;
    }
    const stem = file.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]+/g, "-");
    try {
      const read = await parseAttachment(Buffer.from(a.content), ext, `${id}-${stem}`, label);
      for (const d of read.documents) {
        d.source ??= sender;
        d.published ??= published;
        d.origin = {
          ...(d.origin ?? { format: formatOf(ext) }),
          file: origin.file,
          part: `attachment ${file}`,
          attachedTo: id,
        };
        out.documents.push(d);
      }
      out.errors.push(...read.errors);
    } catch (e) {
      out.errors.push(e instanceof InputError ? e : new InputError(label, (e as Error).message));
    }
  }
  if (!out.documents.length && !out.errors.length)
    throw new InputError(name, "is an e-mail with no text and no readable attachment; nothing to extract");
  return out;
}

function formatOf(ext: string): DocumentOrigin["format"] {
  return ext === ".pdf" ? "pdf" : ext === ".docx" ? "docx" : ext === ".eml" ? "eml" : "mhtml";
}

export function readEml(
  raw: Buffer,
  id: string,
  name: string,
  parseAttachment: ParseAttachment,
): Promise<FileDocuments> {
  return messageDocuments(raw, id, name, { file: name, format: "eml", part: null }, parseAttachment);
}

/** One document per message of a Unix mailbox (mboxo/mboxrd: messages start at a line "From …"). */
export async function readMbox(
  raw: Buffer,
  id: string,
  name: string,
  parseAttachment: ParseAttachment,
): Promise<FileDocuments> {
  const text = raw.toString("latin1"); // byte-preserving: each message is handed back as bytes
  const starts: number[] = [];
  const re = /^From [^\n]*\n/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  if (!starts.length || starts[0] !== text.search(/\S/))
    throw new InputError(name, 'is not a mailbox: it does not start with a "From " line; save each message as .eml');
  const out: FileDocuments = { documents: [], errors: [] };
  for (let i = 0; i < starts.length; i++) {
    const chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
    const body = chunk.slice(chunk.indexOf("\n") + 1).replace(/^>(>*From )/gm, "$1");
    const part = `message ${i + 1}`;
    try {
      const read = await messageDocuments(
        Buffer.from(body, "latin1"),
        `${id}-${i + 1}`,
        `${name} ${part}`,
        { file: name, format: "mbox", part },
        parseAttachment,
      );
      out.documents.push(...read.documents);
      out.errors.push(...read.errors);
    } catch (e) {
      out.errors.push(e instanceof InputError ? e : new InputError(`${name} ${part}`, (e as Error).message));
    }
  }
  return out;
}

/** A page saved as .mhtml: the article of its HTML part, as for a saved .html page. */
export async function readMhtml(raw: Buffer, id: string, name: string): Promise<InputDocument> {
  const email = await parse(raw, name);
  if (!email.html?.trim()) throw new InputError(name, "is an MHTML file with no HTML page in it");
  let article;
  try {
    article = htmlToArticle(email.html);
  } catch (e) {
    if (e instanceof NoArticleError)
      throw new InputError(name, "the saved page has no article text to extract; save the article page itself");
    throw e;
  }
  const location =
    email.headers.find((h) => h.key === "snapshot-content-location")?.value.trim() ||
    email.headers.find((h) => h.key === "content-location")?.value.trim() ||
    null;
  return {
    id,
    source: article.url ?? location,
    outlet: article.outlet,
    published: article.published ?? isoDay(email.date),
    title: article.title ?? (email.subject?.trim() || null),
    text: article.text,
    origin: { file: name, format: "mhtml", part: null },
  };
}
