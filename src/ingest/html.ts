// Article text from a web page: Mozilla's Readability (the engine of Firefox's reader view) on a
// linkedom DOM. Scripts, styles and markup never reach the text; paragraphs become blank-line
// separated text so offsets stay meaningful.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

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

export function htmlToArticle(html: string): HtmlArticle {
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
  // Readability mutates the document; the metadata above is read first.
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = "";
  if (article?.content) {
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

/** Text of an element with one blank line between blocks and single spaces within them. */
function blockText(root: Element | null): string {
  if (!root) return "";
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, " ").trim();
    if (t) paragraphs.push(t);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
    if (tag === "BR") {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child as Node);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
