// Generates a large corpus of distinct but realistic news articles from a few real ones, for
// ingest and API benchmarks and for tests: each article is a source article with its people
// renamed, its years shifted, a paragraph dropped or borrowed from another article, and a new
// outlet, address and publication date. Deterministic: the same sources, count and seed give
// the same files.
//   node dist/scripts/generate-corpus.js --from DIR --out DIR [--count 2000] [--seed 1]
// DIR holds .json articles and/or .txt files. Gold files name their people (entities of type
// person with their mentions), who are renamed; in other inputs names stay as they are and only
// years, paragraphs, outlets and dates change. The generator needs nothing from the extractor,
// so a benchmark of extraction never measures the generator's own use of it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fnv1a2x32 } from "../src/core/hash.js";

export interface SourceArticle {
  id: string;
  text: string;
  published: string | null;
  /** People to rename: canonical name and the surface forms used in the text. */
  people?: { name: string; mentions: string[] }[];
}

export interface GeneratedArticle {
  id: string;
  source: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

const FIRST_NAMES = [
  "Aisha", "Tomasz", "Gareth", "Priya", "Kwame", "Ingrid", "Mateo", "Siobhan", "Rashid", "Elena", "Callum",
  "Yuki", "Farah", "Oskar", "Nadia", "Desmond", "Leila", "Bruno", "Marguerite", "Tariq", "Helga", "Rory",
  "Amara", "Viktor", "Imogen", "Dario", "Sunita", "Fergus", "Lucia", "Emeka", "Astrid", "Hamish", "Noor",
  "Pavel", "Rosalind", "Kenji", "Beatriz", "Declan", "Zofia", "Ibrahim",
]; // prettier-ignore
const SURNAMES = [
  "Okonjo", "Brennan", "Lindqvist", "Achterberg", "Mwangi", "Castellano", "Fairbairn", "Haddad", "Novak",
  "Pemberton", "Quigley", "Ravensworth", "Salazar", "Thorsen", "Underhill", "Varga", "Whitlock", "Yilmaz",
  "Zielinski", "Abernethy", "Bellamy", "Cordero", "Dunmore", "Eriksen", "Ferreira", "Gallagher", "Holloway",
  "Iqbal", "Jablonski", "Kowalczyk", "Lachance", "Moreau", "Nakamura", "Oduya", "Prendergast", "Rahimi",
  "Stavros", "Tremaine", "Vasquez", "Wainwright",
]; // prettier-ignore
const OUTLETS: [string, string][] = [
  ["The Northern Ledger", "northernledger.example"],
  ["Harbour City Times", "harbourtimes.example"],
  ["The Evening Courier", "eveningcourier.example"],
  ["Capital Wire", "capitalwire.example"],
  ["The Provincial Standard", "provincialstandard.example"],
  ["Riverside Gazette", "riversidegazette.example"],
  ["The Coastal Observer", "coastalobserver.example"],
  ["Midland Herald", "midlandherald.example"],
  ["The Daily Dispatch", "dailydispatch.example"],
  ["Frontier Post", "frontierpost.example"],
];

/** A small, fast, seedable generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

/** Reads source articles from a folder of .json (gold or stripped inputs) and .txt files. */
export function loadSourceArticles(dir: string): SourceArticle[] {
  const out: SourceArticle[] = [];
  for (const file of readdirSync(dir).sort()) {
    const ext = extname(file).toLowerCase();
    if (file === "case.json" || (ext !== ".json" && ext !== ".txt")) continue;
    const raw = readFileSync(join(dir, file), "utf8");
    if (ext === ".txt") {
      out.push({ id: basename(file, ext), text: raw, published: null });
      continue;
    }
    const o = JSON.parse(raw) as {
      id?: string;
      text?: string;
      published?: string | null;
      entities?: { type?: string; name?: string; mentions?: unknown[] }[];
    };
    if (typeof o.text !== "string" || !o.text.trim()) continue;
    const people = Array.isArray(o.entities)
      ? o.entities
          .filter((e) => e.type === "person" && typeof e.name === "string")
          .map((e) => ({
            name: e.name as string,
            mentions: (e.mentions ?? [])
              .map((m) => (typeof m === "string" ? m : (m as { text?: string })?.text))
              .filter((m): m is string => typeof m === "string" && m.length > 0),
          }))
      : undefined;
    out.push({ id: o.id ?? basename(file, ext), text: o.text, published: o.published ?? null, people });
  }
  return out;
}

/** Every this-many-th article is a syndicated copy of a recent one (another outlet, a dateline, a trimmed end). */
export const SYNDICATED_EVERY = 25;

/**
 * `count` distinct articles made from `sources` (at least one), generated lazily so a large
 * corpus never sits in memory at once. One in `SYNDICATED_EVERY` is a syndicated copy of an
 * article a little earlier in the corpus, which a store should flag as a near-duplicate.
 */
export function* generateArticles(
  sources: SourceArticle[],
  count: number,
  seed = 1,
): Generator<GeneratedArticle, void, undefined> {
  if (sources.length === 0) throw new Error("generate-corpus: no source articles");
  const people = sources.map((s) => s.people ?? []);
  const paragraphs = sources.map((s) => s.text.split(/\n\s*\n/).filter((p) => p.trim()));
  const seen = new Set<string>();
  const recent: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    for (let attempt = 0; ; attempt++) {
      const rng = random((seed * 0x9e3779b1) ^ (i * 0x85ebca6b) ^ (attempt * 0xc2b2ae35));
      const article =
        i % SYNDICATED_EVERY === SYNDICATED_EVERY - 1 && recent.length > 0
          ? syndicatedCopy(i, pick(rng, recent), rng)
          : makeArticle(i, rng, sources, people, paragraphs);
      // a cheap digest, not the text, so memory stays flat
      const key = digest(article.text);
      if (seen.has(key) && attempt < 20) continue;
      seen.add(key);
      if (i % SYNDICATED_EVERY !== SYNDICATED_EVERY - 1) {
        recent.push(article);
        if (recent.length > 10) recent.shift();
      }
      yield article;
      break;
    }
  }
}

function makeArticle(
  index: number,
  rng: () => number,
  sources: SourceArticle[],
  people: { name: string; mentions: string[] }[][],
  paragraphs: string[][],
): GeneratedArticle {
  const b = index % sources.length;
  const base = sources[b];
  const yearShift = Math.floor(rng() * 10) - 6; // -6..+3
  // the lead paragraph, then about three in four of the others, then one or two borrowed ones
  let parts = paragraphs[b].filter((_, k) => k === 0 || rng() < 0.75);
  if (sources.length > 1) {
    const borrowed = 1 + Math.floor(rng() * 2);
    for (let k = 0; k < borrowed; k++) {
      const other = paragraphs[(b + 1 + Math.floor(rng() * (sources.length - 1))) % sources.length];
      if (other.length) parts.splice(1 + Math.floor(rng() * parts.length), 0, pick(rng, other));
    }
  }
  if (parts.length === 0) parts = [base.text];
  let text = renamePeople(parts.join("\n\n"), people[b], rng);
  text = shiftYears(text, yearShift);
  const [outlet, domain] = pick(rng, OUTLETS);
  const published = shiftDate(base.published, yearShift, rng);
  const id = `gen-${String(index + 1).padStart(5, "0")}`;
  const source = `https://www.${domain}/news/${published.slice(0, 4)}/${base.id}-${index + 1}`;
  return { id, source, outlet, published, title: titleOf(text), text };
}

function syndicatedCopy(index: number, original: GeneratedArticle, rng: () => number): GeneratedArticle {
  const [outlet, domain] = pick(
    rng,
    OUTLETS.filter(([o]) => o !== original.outlet),
  );
  let parts = original.text.split("\n\n");
  if (parts.length > 3) parts = parts.slice(0, -1);
  const text = `${pick(rng, DATELINES)} (${outlet}) - ${parts.join("\n\n")}`;
  const id = `gen-${String(index + 1).padStart(5, "0")}`;
  const source = `https://www.${domain}/wire/${original.published.slice(0, 4)}/${original.id}-copy-${index + 1}`;
  return { id, source, outlet, published: original.published, title: original.title, text };
}

const DATELINES = ["LONDON", "WASHINGTON", "BRUSSELS", "SYDNEY", "OTTAWA", "BERLIN", "NEW YORK", "HONG KONG"];

function titleOf(text: string): string {
  const firstSentence = text.slice(0, 400).split(/(?<=[.!?])\s/)[0] ?? "";
  return firstSentence
    .split(/\s+/)
    .slice(0, 9)
    .join(" ")
    .replace(/[,;:]$/, "");
}

/** Replaces every mention of every person with a consistent new name, longest mentions first. */
function renamePeople(text: string, people: { name: string; mentions: string[] }[], rng: () => number): string {
  const replacements: [string, string][] = [];
  for (const person of people) {
    const words = person.name.split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const map = new Map<string, string>();
    map.set(words[0], pick(rng, FIRST_NAMES));
    if (words.length > 1) map.set(words[words.length - 1], pick(rng, SURNAMES));
    else map.set(words[0], pick(rng, SURNAMES));
    for (const mention of new Set([person.name, ...person.mentions])) {
      const renamed = mention
        .split(/(\s+)/)
        .map((w) => map.get(w) ?? map.get(w.replace(/[’']s$/, "")) ?? w)
        .join("");
      if (renamed !== mention) replacements.push([mention, renamed]);
    }
  }
  replacements.sort((a, b) => b[0].length - a[0].length);
  // Two passes through placeholders, so a new name is never renamed again.
  const placeholders: string[] = [];
  for (const [from, to] of replacements) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
    text = text.replace(re, () => `\u0000${placeholders.push(to) - 1}\u0000`);
  }
  return text.replace(/\u0000(\d+)\u0000/g, (_, n: string) => placeholders[Number(n)]);
}

function shiftYears(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(/(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/g, (y) => String(Number(y) + shift));
}

function shiftDate(published: string | null, shift: number, rng: () => number): string {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  const year = (m ? Number(m[1]) : 2023) + shift;
  const month = m ? Number(m[2]) : 1 + Math.floor(rng() * 12);
  const day = m ? Math.min(Number(m[3]), 28) : 1 + Math.floor(rng() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function digest(text: string): string {
  const [h1, h2] = fnv1a2x32(text);
  return `${h1}:${h2}:${text.length}`;
}

/** Writes `count` generated articles as `outDir/gen-NNNNN.json` (inputs for `casefile ingest`); returns the paths. */
export function writeCorpus(sources: SourceArticle[], outDir: string, count: number, seed = 1): string[] {
  mkdirSync(outDir, { recursive: true });
  const paths: string[] = [];
  for (const article of generateArticles(sources, count, seed)) {
    const path = join(outDir, `${article.id}.json`);
    writeFileSync(path, JSON.stringify(article) + "\n");
    paths.push(path);
  }
  return paths;
}

function main(argv: string[]): number {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) flags.set(argv[i].replace(/^--/, ""), argv[i + 1] ?? "");
  const from = flags.get("from");
  const out = flags.get("out");
  const count = Number(flags.get("count") ?? 2000);
  const seed = Number(flags.get("seed") ?? 1);
  if (!from || !out || !Number.isInteger(count) || count < 1 || !Number.isFinite(seed)) {
    console.error("usage: node dist/scripts/generate-corpus.js --from DIR --out DIR [--count 2000] [--seed 1]");
    return 2;
  }
  const sources = loadSourceArticles(from);
  if (sources.length === 0) {
    console.error(`generate-corpus: ${from} holds no .json or .txt articles`);
    return 1;
  }
  const paths = writeCorpus(sources, out, count, seed);
  console.error(`generate-corpus: ${paths.length} articles from ${sources.length} sources written to ${out}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
