// Reads one input file (.txt, .html/.htm, .json) into the fields extraction needs, or fails with
// an error whose message names the file and says what to do.
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { DocumentOrigin } from "../store/types.js";
import { htmlToArticle, NoArticleError } from "./html.js";

export interface InputDocument {
  id: string;
  source: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  title: string | null;
  /** Where in its file the text came from (PDF pages, a mailbox's message, an attachment). */
  origin?: DocumentOrigin | null;
}

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

export const INPUT_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm", ".json"]);

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function readInput(path: string): InputDocument {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(path, "no such file; check the path");
  }
  if (stat.isDirectory()) throw new InputError(path, "is a directory; give the files inside it (e.g. dir/*.json)");
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(
      path,
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"}); check its permissions`,
    );
  }
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  return parseInput(bytes, ext, id, path);
}

/** Parses the bytes of an input whose kind is given by its extension. */
export function parseInput(bytes: Buffer, ext: string, id: string, name: string): InputDocument {
  if (bytes.length === 0) throw new InputError(name, "is empty; nothing to extract");
  if (looksBinary(bytes)) throw new InputError(name, "is a binary file, not text, HTML or JSON");
  const raw = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  if (ext === ".json") {
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      throw new InputError(name, `is not valid JSON (${(e as Error).message}); fix it or give the text as .txt`);
    }
    if (!obj || typeof obj !== "object" || typeof (obj as { text?: unknown }).text !== "string")
      throw new InputError(name, 'has no "text" string; a JSON input is {"text": "...", "id"?, "published"?}');
    const o = obj as Record<string, unknown>;
    const published = typeof o.published === "string" && o.published ? o.published : null;
    if (published && !isIsoDate(published))
      throw new InputError(name, `"published" is "${published}", not a date; write it as YYYY-MM-DD`);
    if (!(o.text as string).trim()) throw new InputError(name, 'has an empty "text"; nothing to extract');
    const str = (...keys: string[]) => {
      for (const k of keys) if (typeof o[k] === "string" && (o[k] as string).trim()) return (o[k] as string).trim();
      return null;
    };
    const source = str("source", "url", "link");
    return {
      id: typeof o.id === "string" && o.id ? o.id : id,
      source,
      outlet: str("outlet", "publisher", "site") ?? outletOf(source),
      published,
      text: o.text as string,
      title: str("title", "headline") ?? firstLine(o.text as string),
    };
  }
  if (ext === ".html" || ext === ".htm") {
    try {
      const a = htmlToArticle(raw);
      return {
        id,
        source: a.url,
        outlet: a.outlet ?? outletOf(a.url),
        published: a.published,
        text: a.text,
        title: a.title,
      };
    } catch (e) {
      if (e instanceof NoArticleError)
        throw new InputError(
          name,
          "the page has no article text to extract; save the article page itself, or its text as .txt",
        );
      throw e;
    }
  }
  if (!raw.trim()) throw new InputError(name, "holds only white space; nothing to extract");
  return { id, source: null, outlet: null, published: null, text: raw, title: firstLine(raw) };
}

/** An address's host as the outlet ("https://www.example-news.com/a" → "example-news.com"); null for a path. */
export function outletOf(source: string | null): string | null {
  if (!source || !/^https?:\/\//i.test(source)) return null;
  try {
    return new URL(source).hostname.replace(/^www\d*\./i, "") || null;
  } catch {
    return null;
  }
}

/** The first line of a text as its title, when it is short enough to be a headline. */
export function firstLine(text: string): string | null {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? "";
  return line && line.length <= 200 ? line : null;
}

/** NUL bytes or many control characters in the first 8 KB mean this is not text. */
function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > n / 10;
}
