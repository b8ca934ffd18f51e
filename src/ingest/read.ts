// Reading an input file into documents, as the extractor threads do it: every format is parsed
// here, off the thread that answers requests or keeps the store. Formats whose libraries are
// asynchronous (PDF, e-mail) make this asynchronous; text, web pages, JSON and feeds are parsed
// by the synchronous readers of sources.ts.
import { basename, extname, resolve } from "node:path";
import { FORMAT_LIMITS } from "./formats.js";
import { InputError } from "./input.js";
import { type FileDocuments, parseFileBytes, readFileBytes } from "./sources.js";

/** The documents in one file; rejects with an `InputError` when the file as a whole cannot be read. */
export async function readFileDocumentsAsync(path: string): Promise<FileDocuments> {
  const ext = extname(path).toLowerCase();
  const limits = FORMAT_LIMITS.get(ext);
  const bytes = limits ? readFileBytes(path, limits.maxBytes, limits.name) : readFileBytes(path);
  const read = await parseFileAsync(bytes, ext, basename(path, extname(path)), path);
  const file = resolve(path);
  for (const d of read.documents) if (!d.source) d.source = file;
  return read;
}

/** The documents in the bytes of a file of the kind its extension names. */
export async function parseFileAsync(bytes: Buffer, ext: string, id: string, name: string): Promise<FileDocuments> {
  return parseFileBytes(bytes, ext, id, name);
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
