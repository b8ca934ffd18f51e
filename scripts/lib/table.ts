// Plain-text tables for benchmark output: the first column left-aligned, the rest right-aligned.
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? (c ?? "").padEnd(widths[i]) : (c ?? "").padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

/** 0.8734 → "87.3". */
export function pct(x: number | undefined | null): string {
  return x == null || !Number.isFinite(x) ? "—" : (100 * x).toFixed(1);
}
