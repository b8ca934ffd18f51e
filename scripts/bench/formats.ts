// Formats benchmark: how fast hostile web pages are parsed as they grow (10x input must cost at
// most 11x CPU, #17 item 3), and how many PDF pages a second the PDF reader turns into text, next
// to poppler's `pdftotext` on the same file where it is installed.
//   node dist/scripts/bench.js --only formats
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { htmlToArticle } from "../../src/ingest/html.js";
import { pdfText } from "../../src/ingest/pdf.js";
import { pdf, RULING_HEADER, RULING_PAGES } from "../make-format-fixtures.js";
import { table } from "../lib/table.js";

/** Pages in the benchmark PDF: the fixture ruling's three pages, repeated. */
const PDF_PAGES = 300;

/** PDF pages per second: Casefile's reader (PDF.js) and poppler's pdftotext on the same file. */
async function pdfSpeed(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-bench-pdf-"));
  try {
    const pages = Array.from({ length: PDF_PAGES }, (_, i) => RULING_PAGES[i % RULING_PAGES.length]);
    const bytes = await pdf(pages, { title: "Benchmark", header: RULING_HEADER, created: new Date("2024-06-20") });
    const file = join(dir, "bench.pdf");
    writeFileSync(file, bytes);
    await pdfText(bytes, file); // warm-up: loads PDF.js
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const got = await pdfText(bytes, file);
      runs.push(performance.now() - t0);
      if (got.pages !== PDF_PAGES) throw new Error(`read ${got.pages} pages of ${PDF_PAGES}`);
    }
    const ours = PDF_PAGES / (Math.min(...runs) / 1000);
    let poppler = "pdftotext is not installed (Debian: apt-get install poppler-utils); column skipped";
    const probe = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
    if (!probe.error) {
      const times: number[] = [];
      for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        const out = spawnSync("pdftotext", [file, join(dir, "out.txt")]);
        times.push(performance.now() - t0);
        if (out.status !== 0) throw new Error(`pdftotext failed: ${String(out.stderr)}`);
      }
      poppler = `${(PDF_PAGES / (Math.min(...times) / 1000)).toFixed(0)} pages/s`;
    }
    console.log(
      `\nPDF text, ${PDF_PAGES} pages (${(bytes.length / 1024).toFixed(0)} KB; best of 3, wall time):\n` +
        table(
          ["reader", "speed"],
          [
            ["Casefile (PDF.js via unpdf: lines, paragraphs, running headers dropped)", `${ours.toFixed(0)} pages/s`],
            ["pdftotext (poppler, a separate process)", poppler],
          ],
        ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
  await pdfSpeed();
}
