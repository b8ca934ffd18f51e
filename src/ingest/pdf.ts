// Text from a PDF through PDF.js (Mozilla's reader, in unpdf's build that runs in Node without a
// canvas or a worker of its own). PDF text comes as positioned runs; lines are rebuilt from their
// baselines, a gap wider than the usual line spacing starts a paragraph, a word hyphenated across
// a line break is joined, and a header or footer line that repeats across pages (page numbers
// masked) is dropped. The title and date come from the document information. A PDF with no text
// layer (a scanned image) is refused with a message that says so.
import type { DocumentOrigin } from "../store/types.js";
import { type InputDocument, InputError } from "./input.js";

/** More pages than any judgment or report; a larger file is a book or a dump. */
export const MAX_PDF_PAGES = 3000;

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

interface Line {
  y: number;
  size: number;
  text: string;
}

export interface PdfText {
  title: string | null;
  published: string | null;
  pages: number;
  text: string;
  pageStarts: number[];
}

/** Reads a PDF's text; throws an `InputError` naming `name` for a PDF that has none or cannot be read. */
export async function pdfText(bytes: Uint8Array, name: string): Promise<PdfText> {
  const { getDocumentProxy } = await import("unpdf");
  let pdf;
  try {
    // a copy: PDF.js takes over the buffer it is given
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (e) {
    const err = e as Error;
    if (err.name === "PasswordException")
      throw new InputError(name, "is an encrypted (password-protected) PDF; save a copy without the password first");
    throw new InputError(
      name,
      `is not a readable PDF (${err.message.replace(/\.$/, "")}); the file may be damaged or cut short`,
    );
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new InputError(
        name,
        `has ${pdf.numPages} pages, more than the ${MAX_PDF_PAGES} a PDF may have here; split it`,
      );
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(lines(content.items as TextItem[]));
      page.cleanup();
    }
    dropRunningLines(pages);
    const pageStarts: number[] = [];
    let text = "";
    for (const page of pages) {
      const body = paragraphs(page);
      if (text && body) text += "\n\n";
      pageStarts.push(text.length);
      text += body;
    }
    if (text.replace(/\s+/g, "").length < 20)
      throw new InputError(
        name,
        "has no text layer (it looks like a scanned image); run it through OCR (e.g. ocrmypdf) and ingest the result",
      );
    let info: Record<string, unknown> = {};
    try {
      info = ((await pdf.getMetadata()).info ?? {}) as Record<string, unknown>;
    } catch {
      // no document information: the text still stands
    }
    const title = typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    return { title, published: pdfDate(info.CreationDate), pages: pages.length, text, pageStarts };
  } finally {
    await pdf.destroy();
  }
}

export async function readPdf(bytes: Uint8Array, id: string, name: string, file: string): Promise<InputDocument> {
  const pdf = await pdfText(bytes, name);
  const origin: DocumentOrigin = { file, format: "pdf", part: null, pageStarts: pdf.pageStarts };
  return { id, source: null, outlet: null, published: pdf.published, title: pdf.title, text: pdf.text, origin };
}

/** Runs grouped into lines by baseline, top to bottom. */
function lines(items: TextItem[]): Line[] {
  const out: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5];
    const size = Math.abs(item.transform[3]) || item.height || 10;
    if (current && Math.abs(current.y - y) <= size * 0.4) {
      current.text += item.str;
    } else {
      if (current && current.text.trim()) out.push(current);
      current = { y, size, text: item.str };
    }
    if (item.hasEOL && current) {
      if (current.text.trim()) out.push(current);
      current = null;
    }
  }
  if (current && current.text.trim()) out.push(current);
  for (const l of out) l.text = l.text.replace(/\s+/g, " ").trim();
  return out;
}

/** Lines joined into paragraphs: a gap clearly wider than the page's usual line spacing breaks one. */
function paragraphs(page: Line[]): string {
  if (!page.length) return "";
  const gaps: number[] = [];
  for (let i = 1; i < page.length; i++) {
    const gap = page[i - 1].y - page[i].y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  // The usual spacing: the lower quartile of the gaps, and no more than 1.5 lines of type (a page
  // of one-line paragraphs has no gap that is only line spacing).
  const size = page[0].size;
  const usual = Math.min(gaps.length ? gaps[Math.floor(gaps.length / 4)] : size * 1.2, size * 1.5);
  const out: string[] = [];
  let para = page[0].text;
  for (let i = 1; i < page.length; i++) {
    const gap = page[i - 1].y - page[i].y;
    const line = page[i].text;
    if (gap > usual * 1.4 || gap < 0) {
      out.push(para);
      para = line;
    } else if (/[A-Za-z]-$/.test(para) && /^[a-z]/.test(line)) para = para.slice(0, -1) + line;
    else para += " " + line;
  }
  out.push(para);
  return out.join("\n\n");
}

/** A line as it repeats from page to page: page numbers and other digits masked. */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}

/**
 * Drops header and footer lines: the top or bottom line of a page whose masked text is the top or
 * bottom line of at least half the pages (and of two or more), and lone page numbers.
 */
function dropRunningLines(pages: Line[][]): void {
  const lonePageNumber = /^(page\s*)?[-–(]?\s*\d+\s*[-–)]?(\s*(of|\/)\s*\d+)?$/i;
  for (const edge of ["top", "bottom"] as const) {
    for (let depth = 0; depth < 2; depth++) {
      const pick = (p: Line[]) => (edge === "top" ? p[0] : p[p.length - 1]);
      const counts = new Map<string, number>();
      for (const p of pages)
        if (p.length > 1) counts.set(runningKey(pick(p).text), (counts.get(runningKey(pick(p).text)) ?? 0) + 1);
      for (const p of pages) {
        if (p.length <= 1) continue;
        const line = pick(p);
        const seen = counts.get(runningKey(line.text)) ?? 0;
        if ((pages.length >= 2 && seen >= 2 && seen >= pages.length / 2) || lonePageNumber.test(line.text)) {
          if (edge === "top") p.shift();
          else p.pop();
        }
      }
    }
  }
}

/** `D:20240620100000Z` (a PDF date) as `2024-06-20`, or null. */
function pdfDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
