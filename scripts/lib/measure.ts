// Timing and memory helpers for the benchmark. Everything here measures this one Node.js process
// (one JavaScript thread), so "per core" figures are per process.

export interface Timing {
  /** Best (smallest) wall time of one round, ms. */
  bestMs: number;
  /** Median wall time of one round, ms. */
  medianMs: number;
  rounds: number;
  /** CPU time (user + system) of the best round, ms; includes GC threads. */
  cpuMs: number;
  /** Smallest CPU time of any round, ms: steadier than wall time when other processes share the machine. */
  bestCpuMs: number;
}

/** CPU milliseconds (user + system, GC threads included) `run` takes. */
export function cpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Runs `work` once to warm the JIT, then repeats it until `budgetMs` of wall time is spent or
 * `maxRounds` rounds are done (at least `minRounds`), and reports the best and median round.
 * The best round is the least disturbed by other processes on a shared machine.
 */
export function timeRounds(work: () => void, opts: { budgetMs?: number; minRounds?: number; maxRounds?: number } = {}) {
  const budget = opts.budgetMs ?? 1500;
  const minRounds = opts.minRounds ?? 3;
  const maxRounds = opts.maxRounds ?? 20;
  work();
  const times: number[] = [];
  const cpus: number[] = [];
  const started = performance.now();
  while (times.length < minRounds || (times.length < maxRounds && performance.now() - started < budget)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const best = times.indexOf(sorted[0]);
  return {
    bestMs: sorted[0],
    medianMs: sorted[Math.floor(sorted.length / 2)],
    rounds: times.length,
    cpuMs: cpus[best],
    bestCpuMs: Math.min(...cpus),
  } satisfies Timing;
}

/** Peak resident set size of this process so far, in MB (`maxRSS` is in kilobytes). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

/** 1234567 → "1.23M", 12345 → "12.3k". */
export function human(n: number): string {
  if (!Number.isFinite(n)) return "n/a";
  if (n >= 1e6) return (n / 1e6).toFixed(2) + "M";
  if (n >= 1e4) return (n / 1e3).toFixed(1) + "k";
  if (n >= 100) return n.toFixed(0);
  return n.toFixed(1);
}
