// RSS (0.9x, 1.0/RDF, 2.0) and Atom feed files: each item becomes a document. Item HTML goes
// through the same article extractor as web pages; the feed's title is the outlet.
import { createRequire } from "node:module";
import { htmlToArticle, NoArticleError } from "./html.js";
import { type InputDocument, InputError, isIsoDate } from "./input.js";

export const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);

export interface FeedResult {
  documents: InputDocument[];
  /** Items that could not become a document; the rest of the feed is still read. */
  errors: InputError[];
}

type Node = Record<string, unknown>;

// Loaded on the first feed, not at start-up: most batches have none.
const requireModule = createRequire(import.meta.url);
let xmlLib: {
  parser: import("fast-xml-parser").XMLParser;
  validator: typeof import("fast-xml-parser").XMLValidator;
} | null = null;

function xmlTools(): NonNullable<typeof xmlLib> {
  if (xmlLib) return xmlLib;
  const { XMLParser, XMLValidator } = requireModule("fast-xml-parser") as typeof import("fast-xml-parser");
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    // Values stay strings: a title of "2024" or a guid of "0012" must not become a number.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    removeNSPrefix: false,
    isArray: (name) => name === "item" || name === "entry" || name === "link",
  });
  return (xmlLib = { parser, validator: XMLValidator });
}

/** Reads a feed file's text (`name` is the file, for messages; `base` names items without a link). */
export function parseFeed(raw: string, name: string, base: string): FeedResult {
  const xml = raw.replace(/^\uFEFF/, "");
  if (!xml.trimStart().startsWith("<"))
    throw new InputError(name, "is not XML; a feed file must be an RSS or Atom document");
  const valid = xmlTools().validator.validate(xml);
  if (valid !== true)
    throw new InputError(
      name,
      `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); check it is an RSS or Atom feed`,
    );
  let tree: Node;
  try {
    tree = xmlTools().parser.parse(xml) as Node;
  } catch (e) {
    throw new InputError(name, `cannot be read as XML (${(e as Error).message}); check it is an RSS or Atom feed`);
  }
  const feed = findFeed(tree);
  if (!feed) throw new InputError(name, "is XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>)");
  const outlet = text(feed.channel?.title) || text(feed.root.title) || null;
  const result: FeedResult = { documents: [], errors: [] };
  const usedIds = new Set<string>();
  feed.items.forEach((item, index) => {
    const title = text(item.title);
    const label = `${name} item ${index + 1}${title ? ` ("${title.length > 60 ? title.slice(0, 59) + "…" : title}")` : ""}`;
    try {
      const doc = itemDocument(item, feed.atom, outlet, label);
      let id = slug(doc.source) ?? `${base}-${index + 1}`;
      if (usedIds.has(id)) id = `${id}-${index + 1}`;
      usedIds.add(id);
      result.documents.push({ ...doc, id });
    } catch (e) {
      if (e instanceof InputError) result.errors.push(e);
      else result.errors.push(new InputError(label, `cannot be read (${(e as Error).message})`));
    }
  });
  if (feed.items.length === 0) throw new InputError(name, "is a feed with no items; nothing to ingest");
  return result;
}

interface FoundFeed {
  root: Node;
  channel: Node | null;
  items: Node[];
  atom: boolean;
}

function findFeed(tree: Node): FoundFeed | null {
  const rss = asNode(tree.rss);
  if (rss) {
    const channel = asNode(first(rss.channel));
    return { root: rss, channel, items: nodes(channel?.item), atom: false };
  }
  const rdf = asNode(tree["rdf:RDF"]) ?? asNode(tree.RDF);
  if (rdf) {
    const channel = asNode(first(rdf.channel));
    return { root: rdf, channel, items: nodes(rdf.item), atom: false };
  }
  const atom = asNode(tree.feed);
  if (atom) return { root: atom, channel: null, items: nodes(atom.entry), atom: true };
  return null;
}

function itemDocument(item: Node, atom: boolean, outlet: string | null, label: string): Omit<InputDocument, "id"> {
  const title = text(item.title) || null;
  const html =
    text(item["content:encoded"]) || text(item.content) || text(item.description) || text(item.summary) || "";
  if (!html.trim()) throw new InputError(label, "has no text; nothing to ingest");
  let body: string;
  try {
    body = htmlToArticle(`<!doctype html><html><body><article>${html}</article></body></html>`).text;
  } catch (e) {
    if (e instanceof NoArticleError) throw new InputError(label, "has no article text to extract");
    throw e;
  }
  const source = atom ? atomLink(item) : text(item.link) || guidLink(item.guid) || null;
  const published = feedDate(
    text(item.pubDate) || text(item["dc:date"]) || text(item.published) || text(item.updated) || text(item.date) || "",
  );
  return { source, outlet, published, text: body, title };
}

function atomLink(entry: Node): string | null {
  let fallback: string | null = null;
  for (const link of nodes(entry.link)) {
    const href = typeof link["@_href"] === "string" ? link["@_href"] : null;
    if (!href) continue;
    const rel = typeof link["@_rel"] === "string" ? link["@_rel"] : "alternate";
    if (rel === "alternate") return href;
    fallback ??= href;
  }
  return fallback;
}

function guidLink(guid: unknown): string | null {
  const value = text(guid);
  return /^https?:\/\//i.test(value) ? value : null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The calendar day a feed date states (RFC 822 or ISO 8601), as written, without shifting time zones. */
export function feedDate(value: string): string | null {
  const v = value.trim().slice(0, 100);
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return isIsoDate(iso[0]) ? iso[0] : null;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})/.exec(v);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase());
    if (month >= 0) {
      const day = `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${rfc[1].padStart(2, "0")}`;
      if (isIsoDate(day)) return day;
    }
  }
  return null;
}

/** A readable id from an article address: its last path segment without extension. */
function slug(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segments = path.split("/").filter(Boolean);
  const last = segments.pop();
  if (!last) return null;
  const cleaned = decodeSafe(last)
    .replace(/\.[a-z0-9]{1,5}$/i, "")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return cleaned || null;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function asNode(value: unknown): Node | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Node) : null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function nodes(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => asNode(v) ?? { "#text": typeof v === "string" ? v : "" });
}

/** The text of an element that may be a string, a number or an object with attributes. */
function text(value: unknown): string {
  const v = first(value);
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const node = asNode(v);
  if (node) {
    const t = node["#text"];
    if (typeof t === "string") return t.trim();
    if (typeof t === "number") return String(t);
    if (typeof node["@_href"] === "string") return node["@_href"];
  }
  return "";
}
