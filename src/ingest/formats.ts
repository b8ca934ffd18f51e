// The formats that are parsed in a worker thread, with the size and time limits of each. Text,
// JSON and feeds are cheap and linear to read; a web page, a PDF, a Word file or an e-mail is
// parsed by a library whose cost depends on the file's structure, so such files are read off the
// main thread, and a parse that runs past its time limit stops its worker with a one-line error.
import { extname } from "node:path";
import { InputError } from "./input.js";

export interface FormatLimits {
  /** What the format is called in messages. */
  name: string;
  /** Largest file accepted. */
  maxBytes: number;
  /** Longest parse allowed, in milliseconds. */
  maxMs: number;
}

const MB = 1024 * 1024;

/** By extension. A file past `maxBytes` is refused before it is read. */
export const FORMAT_LIMITS = new Map<string, FormatLimits>([
  [".html", { name: "web page", maxBytes: 50 * MB, maxMs: 60_000 }],
  [".htm", { name: "web page", maxBytes: 50 * MB, maxMs: 60_000 }],
  [".mhtml", { name: "saved web page", maxBytes: 50 * MB, maxMs: 60_000 }],
  [".mht", { name: "saved web page", maxBytes: 50 * MB, maxMs: 60_000 }],
  [".pdf", { name: "PDF", maxBytes: 100 * MB, maxMs: 180_000 }],
  [".docx", { name: "Word document", maxBytes: 50 * MB, maxMs: 60_000 }],
  [".eml", { name: "e-mail", maxBytes: 50 * MB, maxMs: 120_000 }],
  [".mbox", { name: "mailbox", maxBytes: 256 * MB, maxMs: 600_000 }],
]);

/** The formats only the worker reads (its parsers are asynchronous). */
export const WORKER_ONLY_EXTENSIONS = new Set([".mhtml", ".mht", ".pdf", ".docx", ".eml", ".mbox"]);

/** Whether a file of this name is parsed in a worker. */
export function parsedInWorker(file: string): boolean {
  return FORMAT_LIMITS.has(extname(file).toLowerCase());
}

/** How long a job in the pool may run, and the error it fails with past that. */
export interface JobLimit {
  ms: number;
  /** The error the job fails with past `ms`. */
  error: () => Error;
}

/** The time limit of a worker's parse of `file`, with the error past it; null for no limit. */
export function readLimit(file: string): JobLimit | null {
  const limits = FORMAT_LIMITS.get(extname(file).toLowerCase());
  if (!limits) return null;
  return {
    ms: limits.maxMs,
    error: () =>
      new InputError(
        file,
        `reading this ${limits.name} took longer than ${limits.maxMs / 1000} s, so it was stopped; ` +
          "save its text as .txt instead",
      ),
  };
}
