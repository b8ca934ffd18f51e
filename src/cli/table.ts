// Readable terminal tables for the query commands, and their `--json` twin. On a terminal the
// columns are fitted to its width and long cells wrap onto more lines, so a whole quote can be
// read; piped, the output is tab-separated (a header line, then one line per row, nothing cut),
// so `cut -f`, `sort -t$'\t'` and spreadsheets read it.

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
  /**
   * On a terminal, text between « and » (search matches) is shown in bold instead of between
   * the marks, unless NO_COLOR is set. Piped output keeps the marks.
   */
  emphasis?: boolean;
}

const OPEN = "\u0001";
const CLOSE = "\u0002";

/** Emphasis markers → terminal bold, closed at the end of each wrapped piece and reopened on the next. */
function bold(pieces: string[]): string[] {
  let open = false;
  return pieces.map((p) => {
    let out = open ? "\x1b[1m" : "";
    for (const ch of p) {
      if (ch === OPEN) {
        open = true;
        out += "\x1b[1m";
      } else if (ch === CLOSE) {
        open = false;
        out += "\x1b[22m";
      } else out += ch;
    }
    return open ? out + "\x1b[22m" : out;
  });
}

/** Display width of a string: code points, combining marks count as zero. */
function displayWidth(s: string): number {
  let n = 0;
  // Terminal escapes (bold on and off) and emphasis markers take no room.
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, "")) if (!/\p{M}/u.test(ch) && ch !== OPEN && ch !== CLOSE) n++;
  return n;
}

/** Control characters and line breaks would break a table row: shown as spaces. */
export function oneLine(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim();
}

/** `s` as lines of at most `width` characters, broken at spaces (a longer word is broken inside). */
export function wrap(s: string, width: number): string[] {
  if (width <= 0 || displayWidth(s) <= width) return [s];
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(/ +/)) {
    let w = word;
    while (displayWidth(w) > width) {
      if (line) {
        lines.push(line);
        line = "";
      }
      const chars = [...w];
      let take = 0;
      let used = 0;
      while (take < chars.length && used + (/\p{M}/u.test(chars[take]) ? 0 : 1) <= width) {
        used += /\p{M}/u.test(chars[take]) ? 0 : 1;
        take++;
      }
      lines.push(chars.slice(0, take).join(""));
      w = chars.slice(take).join("");
    }
    if (!line) line = w;
    else if (displayWidth(line) + 1 + displayWidth(w) <= width) line += " " + w;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

function pad(s: string, width: number, align: "left" | "right" = "left"): string {
  const gap = Math.max(0, width - displayWidth(s));
  return align === "right" ? " ".repeat(gap) + s : s + " ".repeat(gap);
}

export function renderTable(columns: Column[], rows: unknown[][], options: TableOptions = {}): string {
  const emphasis = !!options.emphasis && !!options.width && !process.env.NO_COLOR;
  const cells = rows.map((r) =>
    columns.map((_, i) => {
      const v = oneLine(r[i]);
      return emphasis ? v.replace(/«/g, OPEN).replace(/»/g, CLOSE) : v;
    }),
  );
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
  if (!options.width) {
    // Piped: tab-separated, whole values (oneLine() already turned tabs and line breaks into spaces).
    return [columns.map((c) => c.header), ...cells].map((r) => r.join("\t")).join("\n") + "\n";
  }
  const line = (values: string[]) =>
    values
      .map((v, i) => pad(v, widths[i], columns[i].align))
      .join(" ".repeat(sep))
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => "─".repeat(w)))];
  for (const r of cells) {
    const wrapped = r.map((v, i) => (emphasis ? bold(wrap(v, widths[i])) : wrap(v, widths[i])));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let k = 0; k < height; k++) out.push(line(wrapped.map((w) => w[k] ?? "")));
  }
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
