// A worker thread that runs the extractor: extraction is a pure function of the text, so a batch
// ingest can spread it over the machine's cores while the main thread reads files and keeps the
// single store connection.
import { parentPort } from "node:worker_threads";
import type { ExtractOptions } from "../core/schema.js";
import { extract } from "../extract/index.js";

export interface ExtractJob {
  seq: number;
  text: string;
  options: ExtractOptions;
}

parentPort?.on("message", (job: ExtractJob) => {
  try {
    parentPort?.postMessage({ seq: job.seq, extraction: extract(job.text, job.options) });
  } catch (e) {
    parentPort?.postMessage({ seq: job.seq, error: e instanceof Error ? e.message : String(e) });
  }
});
