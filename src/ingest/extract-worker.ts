// A worker thread that reads input files and runs the extractor, so that neither parsing a file
// (a web page, a PDF, an e-mail) nor extraction runs on the thread that answers requests or keeps
// the store. Extraction is a pure function of the text, so a batch ingest can spread it over the
// machine's cores while the main thread keeps the single store connection.
import { parentPort } from "node:worker_threads";
import type { ExtractOptions } from "../core/schema.js";
import { extract } from "../extract/index.js";
import { InputError } from "./input.js";
import { parseFileAsync, readFileDocumentsAsync, toWire, wireError } from "./read.js";

export type WorkerJob =
  | { seq: number; kind: "extract"; text: string; options: ExtractOptions }
  /** Read the file at `path` (the batch ingest). */
  | { seq: number; kind: "read"; path: string }
  /** Parse bytes received by the server (`name` names the upload in errors). */
  | { seq: number; kind: "parse"; bytes: Uint8Array; ext: string; id: string; name: string };

parentPort?.on("message", (job: WorkerJob) => {
  void answer(job).then(
    (reply) => parentPort?.postMessage({ seq: job.seq, ...reply }),
    (e: unknown) =>
      parentPort?.postMessage(
        e instanceof InputError
          ? { seq: job.seq, inputError: wireError(e) }
          : { seq: job.seq, error: e instanceof Error ? e.message : String(e) },
      ),
  );
});

async function answer(job: WorkerJob): Promise<object> {
  if (job.kind === "extract") return { extraction: extract(job.text, job.options) };
  if (job.kind === "read") return { read: toWire(await readFileDocumentsAsync(job.path)) };
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  return { read: toWire(await parseFileAsync(bytes, job.ext, job.id, job.name)) };
}
