// Article text from a web page: Mozilla's Readability (the engine of Firefox's reader view) on a
// linkedom DOM. Scripts, styles and markup never reach the text; paragraphs become blank-line
// separated text so offsets stay meaningful.
import { createRequire } from "node:module";
import { boundNesting } from "./html-nesting.js";

// Loaded on the first page, not at start-up: most batches hold no HTML.
const requireModule = createRequire(import.meta.url);
let dom: {
  parseHTML: typeof import("linkedom").parseHTML;
  Readability: typeof import("@mozilla/readability").Readability;
} | null = null;

function domTools(): NonNullable<typeof dom> {
  return (dom ??= {
    parseHTML: (requireModule("linkedom") as typeof import("linkedom")).parseHTML,
    Readability: (requireModule("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
  });
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "TD",
  "TH",
  "DIV",
  "SECTION",
]);

export class NoArticleError extends Error {}

export function htmlToArticle(page: string): HtmlArticle {
  const { parseHTML, Readability } = domTools();
  // Bounded nesting first: every DOM step below then costs time in proportion to the page.
  const bounded = boundNesting(page);
  // linkedom builds no <html> or <body> of its own: a fragment gets them here
  const body = bounded.hasBody ? bounded.html : `<body>${bounded.html}</body>`;
  const html = bounded.hasHtml ? body : `<!doctype html><html>${body}</html>`;
  const { document } = parseHTML(html);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute("content")?.trim() || null;
  const published = isoDay(
    meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[name="pubdate"]') ??
      meta('meta[itemprop="datePublished"]') ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null,
  );
  const outlet = meta('meta[property="og:site_name"]');
  const url =
    meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  // Readability mutates the document; the metadata above is read first. It slows down beyond
  // linear on enormous markup, which no real article page has: such a page gets the plain
  // block-text reading below instead. (The whole tree is measured: markup without <html> and
  // <body> tags can leave the body empty and the elements beside it.)
  const article =
    bounded.depth * bounded.textChars <= MAX_READABLE_WORK &&
    readable(document.documentElement as unknown as Element | null)
      ? new Readability(document as unknown as Document, { charThreshold: 100 }).parse()
      : null;
  let text = "";
  // Readability falls back to its best guess even when no candidate reaches the threshold (a
  // lone navigation link, say); such a guess is not an article, so the plain reading decides.
  if (article?.content && (article.textContent ?? "").trim().length >= 100) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(body.body as unknown as Element);
  }
  if (!text.trim()) {
    const { document: whole } = parseHTML(html);
    for (const el of whole.querySelectorAll("script, style, noscript, template, nav, header, footer, aside"))
      el.remove();
    text = blockText(whole.body as unknown as Element);
  }
  text = text.trim();
  if (!text) throw new NoArticleError("the page has no article text");
  return { title: article?.title?.trim() || null, text, published, outlet, url };
}

/** Real article pages nest a few dozen levels deep and hold some thousands of elements. */
export const MAX_READABLE_DEPTH = 200;
export const MAX_READABLE_ELEMENTS = 30000;
/**
 * Readability reads the text of every candidate's ancestors, so its time grows with the text
 * times the nesting depth: an article page (100,000 characters some 40 levels deep) is far
 * below this budget, and a page beyond it gets the plain reading.
 */
export const MAX_READABLE_WORK = 30_000_000;

/** Whether the page is shaped like a page Readability handles in reasonable time (one pass, no recursion). */
function readable(root: Element | null): boolean {
  if (!root) return false;
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [Element, number];
    if (++elements > MAX_READABLE_ELEMENTS || depth > MAX_READABLE_DEPTH) return false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return true;
}

/**
 * Text of an element with one blank line between blocks and single spaces within them. Walks
 * with an explicit stack, so no nesting depth can overflow the call stack.
 */
function blockText(root: Element | null): string {
  if (!root) return "";
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, " ").trim();
    if (t) paragraphs.push(t);
    current = "";
  };
  // Entries are nodes to visit, or the end of a block element (flush after its children).
  const stack: (Node | "end-of-block")[] = [root];
  while (stack.length) {
    const item = stack.pop() as Node | "end-of-block";
    if (item === "end-of-block") {
      flush();
      continue;
    }
    if (item.nodeType === 3) {
      current += item.nodeValue ?? "";
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") continue;
    if (tag === "BR") {
      flush();
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push("end-of-block");
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return paragraphs.join("\n\n");
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
