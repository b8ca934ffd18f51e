// Reading an input file into documents, as the extractor threads do it: every format is parsed
// here, off the thread that answers requests or keeps the store. Formats whose libraries are
// asynchronous (PDF, e-mail) make this asynchronous; text, web pages, JSON and feeds are parsed
// by the synchronous readers of sources.ts.
import { basename, extname, resolve } from "node:path";
import { FORMAT_LIMITS } from "./formats.js";
import { readDocx } from "./docx.js";
import { readEml, readMbox, readMhtml } from "./email.js";
import { type InputDocument, InputError } from "./input.js";
import { readPdf } from "./pdf.js";
import { type FileDocuments, parseFileBytes, readFileBytes } from "./sources.js";

/** The documents in one file; rejects with an `InputError` when the file as a whole cannot be read. */
export async function readFileDocumentsAsync(path: string): Promise<FileDocuments> {
  const ext = extname(path).toLowerCase();
  const limits = FORMAT_LIMITS.get(ext);
  const bytes = limits ? readFileBytes(path, limits.maxBytes, limits.name) : readFileBytes(path);
  const read = await parseFileAsync(bytes, ext, basename(path, extname(path)), path);
  const file = resolve(path);
  for (const d of read.documents) {
    if (!d.source) d.source = file;
    if (d.origin) d.origin.file = file;
  }
  return read;
}

/** The documents in the bytes of a file of the kind its extension names. */
export async function parseFileAsync(bytes: Buffer, ext: string, id: string, name: string): Promise<FileDocuments> {
  const limits = FORMAT_LIMITS.get(ext);
  if (limits && bytes.length > limits.maxBytes)
    throw new InputError(name, `is larger than the ${limits.maxBytes >> 20} MB allowed for a ${limits.name}; split it`);
  if (bytes.length === 0 && limits) throw new InputError(name, "is empty; nothing to extract");
  const one = (d: InputDocument): FileDocuments => ({ documents: [d], errors: [] });
  switch (ext) {
    case ".pdf":
      return one(await readPdf(bytes, id, name, name));
    case ".docx":
      return one(await readDocx(bytes, id, name, name));
    case ".eml":
      return readEml(bytes, id, name, parseFileAsync);
    case ".mbox":
      return readMbox(bytes, id, name, parseFileAsync);
    case ".mhtml":
    case ".mht":
      return one(await readMhtml(bytes, id, name));
    default:
      return parseFileBytes(bytes, ext, id, name);
  }
}

/** A file's documents and errors as they cross between threads (an `InputError` is not cloneable). */
export interface WireDocuments {
  documents: FileDocuments["documents"];
  errors: { input: string; message: string }[];
}

export function toWire(read: FileDocuments): WireDocuments {
  return { documents: read.documents, errors: read.errors.map(wireError) };
}

export function fromWire(read: WireDocuments): FileDocuments {
  return { documents: read.documents, errors: read.errors.map(fromWireError) };
}

export function wireError(e: InputError): { input: string; message: string } {
  return { input: e.input, message: e.message.slice(e.input.length + 2) };
}

export function fromWireError(e: { input: string; message: string }): InputError {
  return new InputError(e.input, e.message);
}
