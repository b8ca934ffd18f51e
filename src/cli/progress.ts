// A one-line progress bar for long work on a terminal: done/total, rate, time left. It draws
// on standard error only when that is a terminal, so piped or logged output stays clean, and
// redraws at most a few times a second so it costs nothing next to the work.

export interface ProgressOptions {
  /** What is being done ("ingest"). */
  label: string;
  /** What is counted ("docs"). */
  unit: string;
  total: number;
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Draw even when the stream is not a terminal (tests). */
  force?: boolean;
  now?: () => number;
  /** Minimum time between redraws, ms. */
  intervalMs?: number;
}

export class Progress {
  private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  private readonly now: () => number;
  private readonly started: number;
  private readonly intervalMs: number;
  readonly enabled: boolean;
  private done = 0;
  private total: number;
  /** Progress by a coarser measure (e.g. files of a batch where a feed holds many documents), 0..1, or null. */
  private fraction: number | null = null;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.enabled = options.force === true || this.stream.isTTY === true;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.intervalMs = options.intervalMs ?? 100;
    this.total = options.total;
  }

  /** Counts `n` more units done. */
  tick(n = 1): void {
    this.done += n;
    this.maybeDraw();
  }

  /** Sets how far the work is when units are not known in advance (e.g. 3 of 10 files read). */
  setFraction(fraction: number): void {
    this.fraction = Math.max(0, Math.min(1, fraction));
    this.maybeDraw();
  }

  setTotal(total: number): void {
    this.total = total;
  }

  /** Writes a line (an error, say) above the bar without garbling it. */
  log(line: string): void {
    if (this.enabled && this.drawn) this.stream.write("\r\x1b[K");
    this.stream.write(line + "\n");
    if (this.enabled && this.drawn) this.stream.write(this.render());
  }

  /** Clears the bar. */
  finish(): void {
    if (this.enabled && this.drawn) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }

  /** The bar as text: `ingest [=====>    ] 120/400 docs  85.3/s  0:03 left`. */
  render(): string {
    const elapsed = (this.now() - this.started) / 1000;
    const fraction = this.fraction ?? (this.total > 0 ? Math.min(1, this.done / this.total) : 0);
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const left = fraction > 0 && fraction < 1 ? (elapsed * (1 - fraction)) / fraction : null;
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? (filled === width ? "=" : ">") : "");
    const count = this.fraction === null && this.total > 0 ? `${this.done}/${this.total}` : `${this.done}`;
    const line =
      `${this.options.label} [${bar.padEnd(width)}] ${count} ${this.options.unit}` +
      `${this.fraction === null ? "" : ` ${Math.floor(fraction * 100)}%`}  ` +
      `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s  ` +
      (left === null ? (fraction >= 1 ? "done" : "--:-- left") : `${formatDuration(left)} left`);
    const columns = this.stream.columns || 80; // 0 when the terminal does not say
    return line.length > columns - 1 ? line.slice(0, Math.max(0, columns - 1)) : line;
  }

  private maybeDraw(): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    this.stream.write("\r\x1b[K" + this.render());
    this.drawn = true;
  }
}

/** `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
