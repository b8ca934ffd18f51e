// A small pool of worker threads that read files and run the extractor. Jobs go to the least busy
// worker. A job past its time limit stops its worker (a parse cannot be interrupted any other
// way): that job fails with a message saying so, and the worker's other jobs are handed to a new
// one. A worker that dies fails only the jobs it held, and when none is left the pool does the
// work in the calling thread.
import { Worker } from "node:worker_threads";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extract } from "../extract/index.js";
import type { WorkerJob } from "./extract-worker.js";
import type { JobLimit } from "./formats.js";
import type { FileDocuments } from "./sources.js";
import { fromWire, fromWireError, parseFileAsync, readFileDocumentsAsync, type WireDocuments } from "./read.js";

type Reply = {
  seq: number;
  extraction?: Extraction;
  read?: WireDocuments;
  inputError?: InputErrorWire;
  error?: string;
};
type InputErrorWire = { input: string; message: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type JobBody = DistributiveOmit<WorkerJob, "seq">;

interface Pending {
  job: JobBody;
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout | null;
  /** Says what ran out of time (one line, naming the input). */
  timeout: { ms: number; error: () => Error } | null;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

/** How long a job may run before its worker is stopped. */
export type { JobLimit };

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const slot: Slot = {
      worker: new Worker(new URL("./extract-worker.js", import.meta.url)),
      pending: new Map(),
      alive: true,
    };
    slot.worker.on("message", (m: Reply) => {
      const job = slot.pending.get(m.seq);
      if (!job) return;
      slot.pending.delete(m.seq);
      if (job.timer) clearTimeout(job.timer);
      job.resolve(m);
    });
    const die = (e: Error) => {
      if (!slot.alive) return;
      slot.alive = false;
      for (const job of slot.pending.values()) {
        if (job.timer) clearTimeout(job.timer);
        job.reject(e);
      }
      slot.pending.clear();
    };
    slot.worker.on("error", die);
    slot.worker.on("exit", (code) => die(new Error(`the extractor thread stopped (exit code ${code})`)));
    return slot;
  }

  /** Stops a worker whose job ran out of time; its other jobs go to a new worker. */
  private expire(slot: Slot, seq: number): void {
    const late = slot.pending.get(seq);
    if (!late || !slot.alive) return;
    slot.pending.delete(seq);
    slot.alive = false;
    const others = [...slot.pending.values()];
    slot.pending.clear();
    void slot.worker.terminate();
    late.reject(late.timeout?.error() ?? new Error("the job ran out of time"));
    if (this.closed) {
      for (const job of others) job.reject(new Error("the extractor threads were stopped"));
      return;
    }
    const fresh = this.start();
    this.slots[this.slots.indexOf(slot)] = fresh;
    for (const job of others) this.send(fresh, job);
  }

  private send(slot: Slot, job: Pending): void {
    const seq = this.seq++;
    slot.pending.set(seq, job);
    if (job.timeout) {
      const ms = job.timeout.ms;
      job.timer = setTimeout(() => this.expire(slot, seq), ms);
    }
    slot.worker.postMessage({ ...job.job, seq });
  }

  private run(job: JobBody, limit: JobLimit | null): Promise<Reply> | null {
    let best: Slot | null = null;
    for (const s of this.slots) if (s.alive && (!best || s.pending.size < best.pending.size)) best = s;
    if (!best) return null;
    const slot = best;
    return new Promise<Reply>((resolve, reject) => {
      this.send(slot, { job, resolve, reject, timer: null, timeout: limit });
    });
  }

  extract(text: string, options: ExtractOptions): Promise<Extraction> {
    const reply = this.run({ kind: "extract", text, options }, null);
    if (!reply) {
      try {
        return Promise.resolve(extract(text, options));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    return reply.then((m) =>
      m.extraction ? m.extraction : Promise.reject(new Error(m.error ?? "the extractor failed")),
    );
  }

  /** The documents of the file at `path`, read in a worker; rejects with an `InputError` for a bad file. */
  read(path: string, limit: JobLimit | null = null): Promise<FileDocuments> {
    const reply = this.run({ kind: "read", path }, limit);
    return reply ? reply.then(documents) : readFileDocumentsAsync(path);
  }

  /** The documents in the bytes of an upload, parsed in a worker; rejects with an `InputError` for a bad file. */
  parse(bytes: Buffer, ext: string, id: string, name: string, limit: JobLimit | null = null): Promise<FileDocuments> {
    const reply = this.run({ kind: "parse", bytes, ext, id, name }, limit);
    return reply ? reply.then(documents) : parseFileAsync(bytes, ext, id, name);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map((s) => {
        s.alive = false;
        return s.worker.terminate();
      }),
    );
  }
}

function documents(m: Reply): Promise<FileDocuments> {
  if (m.read) return Promise.resolve(fromWire(m.read));
  if (m.inputError) return Promise.reject(fromWireError(m.inputError));
  return Promise.reject(new Error(m.error ?? "the file could not be read"));
}
