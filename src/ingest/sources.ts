// What `casefile ingest PATH...` reads: files and folders (walked recursively, in name order),
// each file giving one document, or many for a feed. Errors name the input and never stop the
// rest of the batch.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { FEED_EXTENSIONS, parseFeed } from "./feeds.js";
import { WORKER_ONLY_EXTENSIONS } from "./formats.js";
import { type InputDocument, INPUT_EXTENSIONS, InputError, parseInput } from "./input.js";

/** Many articles in one file: one JSON object a line (what scrapers and `jq -c` write). */
export const JSON_LINES_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

/** Extensions picked up inside folders (a file named on the command line is read whatever its name). */
export const INGEST_EXTENSIONS = new Set([
  ...INPUT_EXTENSIONS,
  ...FEED_EXTENSIONS,
  ...JSON_LINES_EXTENSIONS,
  ...WORKER_ONLY_EXTENSIONS,
]);

export interface FileList {
  files: string[];
  errors: InputError[];
}

/** The files to ingest, in a stable order: named files as given, folders walked in name order. */
export function listInputFiles(paths: string[]): FileList {
  const out: FileList = { files: [], errors: [] };
  const seen = new Set<string>();
  const push = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.files.push(file);
    }
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      out.errors.push(new InputError(path, "no such file or folder; check the path"));
      continue;
    }
    if (stat.isDirectory()) {
      const before = out.files.length;
      walk(path, push, out.errors);
      if (out.files.length === before)
        out.errors.push(new InputError(path, `holds no ${[...INGEST_EXTENSIONS].join(", ")} files; nothing to ingest`));
    } else push(path);
  }
  return out;
}

function walk(dir: string, push: (file: string) => void, errors: InputError[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(new InputError(dir, `cannot be listed (${(e as NodeJS.ErrnoException).code ?? "error"})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // hidden files, editors' swap files, .git
    // A page saved by a browser keeps its images, scripts and frames in PAGE_files: furniture, not articles.
    const saved = /^(.*)_files$/i.exec(entry.name);
    if (
      entry.isDirectory() &&
      saved &&
      (names.has(`${saved[1]}.html`.toLowerCase()) || names.has(`${saved[1]}.htm`.toLowerCase()))
    )
      continue;
    const path = join(dir, entry.name);
    // Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    if (entry.isDirectory()) walk(path, push, errors);
    else if (INGEST_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) push(path);
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** No news article or feed comes near this; a file this big is a mistake (a database dump, a video). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface FileDocuments {
  documents: InputDocument[];
  /** Parts of the file that could not be read (feed items); the documents above are still good. */
  errors: InputError[];
}

/**
 * The documents in one file; throws an `InputError` when the file as a whole cannot be read.
 * A document that names no source address keeps the file's absolute path as its source.
 */
export function readDocuments(path: string): FileDocuments {
  const read = readFileDocuments(path);
  const file = resolve(path);
  for (const d of read.documents) if (!d.source) d.source = file;
  return read;
}

function readFileDocuments(path: string): FileDocuments {
  const ext = extname(path).toLowerCase();
  if (WORKER_ONLY_EXTENSIONS.has(ext))
    throw new InputError(path, `is read only by the extractor threads (casefile ingest); this caller reads text files`);
  const bytes = readFileBytes(path);
  return parseFileBytes(bytes, ext, basename(path, extname(path)), path);
}

/** The bytes of one input file, or an `InputError` saying why it cannot be read. */
export function readFileBytes(path: string, maxBytes = MAX_FILE_BYTES, kind = "file"): Buffer {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(path, "is a folder; it is walked only when given as an input");
    // a pipe or a device would block the batch or never end
    if (!stat.isFile()) throw new InputError(path, "is not a regular file; save the article to a file first");
    if (stat.size > maxBytes)
      throw new InputError(
        path,
        `is larger than the ${maxBytes >> 20} MB allowed for a ${kind}; split it into smaller files`,
      );
    return readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(path, "no such file; check the path");
    throw new InputError(path, `cannot be read (${code ?? "error"}); check its permissions`);
  }
}

/** The documents in the bytes of a text, web page, JSON or feed file (`name` names it in errors). */
export function parseFileBytes(bytes: Buffer, ext: string, id: string, name: string): FileDocuments {
  if (FEED_EXTENSIONS.has(ext)) {
    if (bytes.length === 0) throw new InputError(name, "is empty; nothing to ingest");
    const raw = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    return parseFeed(raw, name, id);
  }
  if (JSON_LINES_EXTENSIONS.has(ext)) return jsonLines(bytes, name, id);
  if (ext === ".json" && firstNonSpace(bytes) === 0x5b) return jsonArray(bytes, name, id);
  return { documents: [parseInput(bytes, ext, id, name)], errors: [] };
}

/** Each element of a JSON array is an input like a .json file (`{"text": …}`); ids default to FILE-N. */
function jsonArray(bytes: Buffer, path: string, base: string): FileDocuments {
  let list: unknown;
  try {
    list = JSON.parse(new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(path, `is not valid JSON (${(e as Error).message}); fix it or give the text as .txt`);
  }
  if (!Array.isArray(list)) throw new InputError(path, "is not a JSON array of articles");
  if (list.length === 0) throw new InputError(path, "is an empty JSON array; nothing to ingest");
  return items(
    list.map((item) => JSON.stringify(item) ?? ""),
    path,
    base,
  );
}

function jsonLines(bytes: Buffer, path: string, base: string): FileDocuments {
  const lines = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  const numbered = lines.map((line, i) => [line, i + 1] as const).filter(([line]) => line.trim());
  if (numbered.length === 0) throw new InputError(path, "holds no lines; nothing to ingest");
  const out: FileDocuments = { documents: [], errors: [] };
  for (const [line, n] of numbered) {
    try {
      out.documents.push(parseInput(Buffer.from(line), ".json", `${base}-${n}`, `${path} line ${n}`));
    } catch (e) {
      out.errors.push(e instanceof InputError ? e : new InputError(`${path} line ${n}`, (e as Error).message));
    }
  }
  return out;
}

function items(json: string[], path: string, base: string): FileDocuments {
  const out: FileDocuments = { documents: [], errors: [] };
  json.forEach((text, i) => {
    try {
      out.documents.push(parseInput(Buffer.from(text), ".json", `${base}-${i + 1}`, `${path} item ${i + 1}`));
    } catch (e) {
      out.errors.push(e instanceof InputError ? e : new InputError(`${path} item ${i + 1}`, (e as Error).message));
    }
  });
  return out;
}

function firstNonSpace(bytes: Buffer): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return i < bytes.length ? bytes[i] : -1;
}
