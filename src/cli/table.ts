// Readable terminal tables for the query commands, and their `--json` twin. On a terminal the
// columns are fitted to its width (long cells cut with "…"); piped, nothing is cut, so `grep`
// and `cut` see whole values.

export interface Column {
  header: string;
  /** Share of the spare width this column may take when the table is too wide (default 1). */
  grow?: number;
  /** Never narrower than this on a terminal. */
  min?: number;
  align?: "left" | "right";
}

export interface TableOptions {
  /** Terminal width; undefined or 0 means "not a terminal: do not cut". */
  width?: number;
}

/** Display width of a string: code points, combining marks count as zero. */
function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

/** Control characters and line breaks would break a table row: shown as spaces. */
export function oneLine(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim();
}

function cut(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return "…".slice(0, width);
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = /\p{M}/u.test(ch) ? 0 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + "…";
}

function pad(s: string, width: number, align: "left" | "right" = "left"): string {
  const gap = Math.max(0, width - displayWidth(s));
  return align === "right" ? " ".repeat(gap) + s : s + " ".repeat(gap);
}

export function renderTable(columns: Column[], rows: unknown[][], options: TableOptions = {}): string {
  const cells = rows.map((r) => columns.map((_, i) => oneLine(r[i])));
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]))));
  const widths = [...natural];
  const sep = 2;
  if (options.width && options.width > 0) {
    const budget = options.width - sep * (columns.length - 1);
    // No column wider than the terminal, then take one character at a time from the column
    // whose width times its weight is largest, never below its minimum.
    const mins = columns.map((c, i) => Math.min(natural[i], Math.max(c.min ?? 6, displayWidth(c.header))));
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(mins[i], Math.min(widths[i], options.width));
    let excess = widths.reduce((a, b) => a + b, 0) - budget;
    while (excess > 0) {
      let pick = -1;
      let best = 0;
      for (let i = 0; i < widths.length; i++) {
        const score = widths[i] > mins[i] ? widths[i] * (columns[i].grow ?? 1) : 0;
        if (score > best) {
          best = score;
          pick = i;
        }
      }
      if (pick < 0) break;
      widths[pick]--;
      excess--;
    }
  }
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(options.width ? cut(v, widths[i]) : v, widths[i], columns[i].align))
      .join(" ".repeat(sep))
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => "─".repeat(w)))];
  for (const r of cells) out.push(line(r));
  return out.join("\n") + "\n";
}

/** The width to fit tables to: the terminal's, or 0 when standard output is not a terminal. */
export function terminalWidth(): number {
  return process.stdout.isTTY ? Math.max(40, process.stdout.columns || 100) : 0;
}

/** Prints `data` as JSON (for `--json`) or the text `render` gives. */
export function printResult(json: boolean | undefined, data: unknown, render: () => string): void {
  process.stdout.write(json ? JSON.stringify(data, null, 2) + "\n" : render());
}
