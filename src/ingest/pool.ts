// A small pool of extractor worker threads. Jobs go to the least busy worker; a worker that dies
// fails only the jobs it held, and when none is left the pool extracts in the calling thread.
import { Worker } from "node:worker_threads";
import type { Extraction, ExtractOptions } from "../core/schema.js";
import { extract } from "../extract/index.js";

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (e: Extraction) => void; reject: (e: Error) => void }>;
  alive: boolean;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private seq = 0;

  constructor(size: number) {
    const script = new URL("./extract-worker.js", import.meta.url);
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(script), pending: new Map(), alive: true };
      slot.worker.on("message", (m: { seq: number; extraction?: Extraction; error?: string }) => {
        const job = slot.pending.get(m.seq);
        if (!job) return;
        slot.pending.delete(m.seq);
        if (m.extraction) job.resolve(m.extraction);
        else job.reject(new Error(m.error ?? "the extractor failed"));
      });
      const die = (e: Error) => {
        slot.alive = false;
        for (const job of slot.pending.values()) job.reject(e);
        slot.pending.clear();
      };
      slot.worker.on("error", die);
      slot.worker.on("exit", (code) => die(new Error(`the extractor thread stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  extract(text: string, options: ExtractOptions): Promise<Extraction> {
    let best: Slot | null = null;
    for (const s of this.slots) if (s.alive && (!best || s.pending.size < best.pending.size)) best = s;
    if (!best) {
      try {
        return Promise.resolve(extract(text, options));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    const seq = this.seq++;
    const slot = best;
    return new Promise<Extraction>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.postMessage({ seq, text, options });
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.slots.map((s) => {
        s.alive = false;
        return s.worker.terminate();
      }),
    );
  }
}
