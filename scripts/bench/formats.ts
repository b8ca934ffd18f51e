// Formats benchmark: how fast hostile web pages are parsed as they grow (10x input must cost at
// most 11x CPU, #17 item 3), and how many PDF pages a second the PDF reader turns into text, next
// to poppler's `pdftotext` on the same file where it is installed.
//   node dist/scripts/bench.js --only formats
import { htmlToArticle } from "../../src/ingest/html.js";
import { table } from "../lib/table.js";

/** Hostile shapes: markup whose tags are never closed, or nest without end. */
export const HTML_SHAPES: [string, string][] = [
  ["unclosed <div>", "<div>x "],
  ["unclosed <table><tr><td>", "<table><tr><td>x "],
  ["<p><i> never closed", "<p><i>word "],
  ["stray end tags", "</span>x "],
  ["empty nested tables", '<table><tr><td><div class="c">'],
];

function cpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function parse(page: string): void {
  try {
    htmlToArticle(page);
  } catch {
    // a page with no article text is an answer too; only the time counts here
  }
}

function htmlLinearity(): void {
  const small = 170_000;
  const rows: string[][] = [];
  let met = true;
  for (const [name, unit] of HTML_SHAPES) {
    const one = unit.repeat(Math.ceil(small / unit.length));
    const ten = unit.repeat(Math.ceil((small * 10) / unit.length));
    parse(one);
    const t1 = Math.min(...[0, 1, 2].map(() => cpuMs(() => parse(one))));
    const t10 = Math.min(...[0, 1].map(() => cpuMs(() => parse(ten))));
    const ratio = t10 / t1;
    if (ratio > 11) met = false;
    rows.push([name, `${t1.toFixed(0)}`, `${t10.toFixed(0)}`, `${ratio.toFixed(1)}x`]);
  }
  console.log("Hostile web pages, 170 KB and 1.7 MB (CPU ms, best of 3 and 2 runs):");
  console.log(table(["shape", "1x ms", "10x ms", "ratio"], rows));
  console.log(`target 10x input <= 11x CPU for every shape: ${met ? "met" : "NOT MET"}`);
}

export async function run(): Promise<void> {
  htmlLinearity();
  await Promise.resolve();
}
