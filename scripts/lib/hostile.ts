// Hostile shapes for the linearity bench (issue 17): inputs that once made a stage grow faster
// than its input, each timed at 1× and 10× its size, and the peak memory per character of text
// dense with quotation marks. Each shape is a function of a length in characters; add new shapes
// to SHAPES.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";
import { cpuMs, human } from "./measure.js";

export interface Shape {
  name: string;
  /** A text of about `chars` characters. */
  make(chars: number): string;
}

const repeat = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.round(chars / unit.length)));

export const SHAPES: Shape[] = [
  // Quotations nested in quotations, one name repeated inside each (the name's thousands of
  // mentions were compared with one another).
  { name: "nested quotes with names", make: (n) => repeat("“John Smith ‘Ann Lee’ ", n) },
  // Open marks nested without end, double and single alternating.
  { name: "nested open marks", make: (n) => repeat("“a ‘b ", n) },
  // Balanced nesting: every quotation opened before any closes.
  {
    name: "deeply nested balanced quotes",
    make: (n) => repeat("said “a ‘b ", n / 2) + " x " + repeat("’ c” d", n / 2),
  },
  // Nothing but straight double quotes.
  { name: "straight quotation marks only", make: (n) => '"'.repeat(n) },
  // One clause of dates joined by "and", no comma anywhere (each date's clause, and the modals in
  // it, were searched word by word from the date to the clause's ends).
  { name: "one clause of many dates", make: (n) => repeat("the board met on May 3 and again on May 4 and ", n) },
  // A word in capitals over and over, and the same letters with one capital inside a longer word
  // (each word in capitals was looked up in the whole text, through every longer word).
  { name: "words in capitals", make: (n) => repeat("VARLEM met Varlemson. ", n) },
  // One sentence of appeals joined by commas, each a cue whose clause runs on to the sentence's
  // end (each cue searched on to the sentence's end for where its clause stops).
  {
    name: "one sentence of comma-joined appeals",
    make: (n) => repeat("Ann Lee urged them to wait, Tom Vale urged them to stay, ", n),
  },
];

const cpuOf = (text: string) => cpuMs(() => extract(text));

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** 1× and 10× of each shape, timed in alternation (medians of 4 and 2 runs); target ≤ 11×. */
export function shapeLinearity(chars = 50_000): void {
  console.log(`\nLinearity on hostile shapes (extract(), ${human(chars)} → ${human(10 * chars)} chars, CPU time):`);
  for (const shape of SHAPES) {
    const one = shape.make(chars);
    const ten = shape.make(10 * chars);
    cpuOf(one); // warm-up
    const ones: number[] = [];
    const tens: number[] = [];
    for (let r = 0; r < 2; r++) {
      ones.push(cpuOf(one));
      tens.push(cpuOf(ten));
      ones.push(cpuOf(one));
    }
    const ratio = median(tens) / median(ones);
    console.log(
      `  ${shape.name}: ${median(ones).toFixed(0)} → ${median(tens).toFixed(0)} ms, ratio ${ratio.toFixed(2)}× ` +
        `(target ≤ 11×: ${ratio <= 11 ? "met" : "NOT MET"})`,
    );
  }
}

/** `shapeLinearity` in a fresh process (./hostile-shapes.ts), its lines printed here. */
export function shapeLinearityApart(chars = 50_000): void {
  const child = fileURLToPath(new URL("./hostile-shapes.js", import.meta.url));
  process.stdout.write(execFileSync(process.execPath, [child, String(chars)], { encoding: "utf8" }));
}

/**
 * Peak memory of extract() on text that is nothing but quotation marks, per input character: a
 * fresh process (so the peak is this run's) reads its resident size before and its peak after.
 */
export function quoteDenseMemory(chars = 500_000): void {
  const child = fileURLToPath(new URL("./hostile-memory.js", import.meta.url));
  for (const mark of ['"', "“"]) {
    const out = execFileSync(process.execPath, [child, String(chars), mark], { encoding: "utf8" });
    const { before, peak } = JSON.parse(out) as { before: number; peak: number };
    console.log(
      `peak memory of extract() on ${human(chars)} × ${mark}: ${((peak - before) / 1e6).toFixed(0)} MB above a ` +
        `${(before / 1e6).toFixed(0)} MB start → ${((peak - before) / chars).toFixed(0)} bytes per input character`,
    );
  }
}
