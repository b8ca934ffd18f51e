// The API's answers on a large stored case (issue 13): how long the first request of each answer
// takes on a fresh server, and the server's memory after it. Each request below runs in a process
// of its own (a fresh server, the case builder in a worker thread as `casefile serve` has it), so
// the first answer pays whatever it costs the server to get ready for it (building the whole case
// file, or reading a few stored rows), and its RSS is that answer's alone. `--pages` also asks,
// in one server, the page and entity requests the web UI makes most (p50 of 12 different ones);
// `--pages-only` asks only those.
//
//   node dist/scripts/bench/api-store.js STORE [--case scale] [--pages] [--dist DIR] [--pages-only] [--copy] [--timeout S] [--save DIR]
//
// STORE is a store file (the scale bench's, `.bench/scale/scale.db`, or one it left). `--dist`
// runs another build of Casefile (a folder holding its `src/`, e.g. a build of an older commit)
// against the same store, for a before/after. The server may bring the stored case up to date,
// so `--copy` works on a copy of STORE made next to it first. A request still running after
// `--timeout` seconds (default 900) is stopped and reported as such. `--save DIR` writes each
// first answer to DIR, so that two builds' answers can be compared byte for byte.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { isMain } from "../lib/main.js";

/** The answers the web UI's first pages ask for; each is timed as the first request of a fresh server. */
export const WHOLE_CASE_URLS: [string, string][] = [
  ["overview", ""],
  ["brief", "/brief"],
  ["accounts", "/accounts"],
  ["graph", "/graph"],
  ["people page", "/entities?type=person&limit=50"],
];

interface Options {
  store: string;
  caseName: string;
  dist: string;
  pages: boolean;
  /** A folder to write each first answer to (to `cmp` two builds' answers). */
  save: string;
}

function parse(argv: string[]): Options & { copy: boolean; timeout: number; pagesOnly: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  const o = {
    store: "",
    caseName: "scale",
    dist: resolve(here, "..", ".."),
    pages: false,
    pagesOnly: false,
    copy: false,
    timeout: 900,
    save: "",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--case") o.caseName = argv[++i] ?? "";
    else if (a === "--dist") o.dist = resolve(argv[++i] ?? "");
    else if (a === "--pages") o.pages = true;
    else if (a === "--pages-only") o.pagesOnly = o.pages = true;
    else if (a === "--save") o.save = resolve(argv[++i] ?? "");
    else if (a === "--copy") o.copy = true;
    else if (a === "--timeout") o.timeout = Number(argv[++i]);
    else if (!o.store && !a.startsWith("--")) o.store = resolve(a);
    else throw new Error(`unknown argument "${a}"`);
  }
  if (!o.store || !existsSync(o.store))
    throw new Error(
      "usage: node dist/scripts/bench/api-store.js STORE [--case NAME] [--pages] [--dist DIR] [--pages-only] [--copy] [--timeout S] [--save DIR]",
    );
  return o;
}

interface Server {
  inject(r: { method: string; url: string; headers: Record<string, string> }): Promise<{
    statusCode: number;
    body: string;
  }>;
  ready(): Promise<unknown>;
  close(): Promise<unknown>;
}

/** A server of the build in `dist` over `store`, as `casefile serve` starts it. */
async function serve(o: Options): Promise<{ app: Server; close(): Promise<void> }> {
  const load = (path: string) => import(pathToFileURL(join(o.dist, path)).href);
  const { openStore } = (await load("src/store/index.js")) as {
    openStore(p: string): Promise<{ close(): Promise<void> }>;
  };
  const { createServer } = (await load("src/server/index.js")) as {
    createServer(options: Record<string, unknown>): Server;
  };
  const store = await openStore(o.store);
  const app = createServer({ store, buildInWorker: true, extractInWorker: false });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

async function get(app: Server, o: Options, url: string): Promise<{ ms: number; body: string }> {
  const t = performance.now();
  const r = await app.inject({
    method: "GET",
    url: `/api/cases/${encodeURIComponent(o.caseName)}${url}`,
    headers: { host: "127.0.0.1" },
  });
  const ms = performance.now() - t;
  if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
  return { ms, body: r.body };
}

const mb = () => Math.round(process.memoryUsage().rss / 1048576);

/** One answer asked of a fresh server: the first request, and the RSS after it. */
async function one(o: Options, url: string): Promise<string> {
  const { app, close } = await serve(o);
  try {
    const first = await get(app, o, url);
    if (o.save) writeFileSync(join(o.save, `${url.replace(/[^a-z0-9]+/gi, "_") || "_overview"}.json`), first.body);
    return JSON.stringify({ first: first.ms, bytes: Buffer.byteLength(first.body), rss: mb() });
  } finally {
    await close();
  }
}

const p50 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/** The pages and entities the web UI asks for most, 12 different requests each, on one server. */
async function pages(o: Options): Promise<string[]> {
  const { app, close } = await serve(o);
  const out: string[] = [];
  try {
    const entities = JSON.parse(
      (
        await app.inject({
          method: "GET",
          url: `/api/cases/${o.caseName}/entities?type=person&limit=1000`,
          headers: { host: "127.0.0.1" },
        })
      ).body,
    ) as { items: { id: string; quotes: number }[] };
    const people = entities.items;
    const mid = Math.floor(people.length / 2);
    const speakers = people.filter((p) => p.quotes > 0);
    const articles = JSON.parse(
      (
        await app.inject({
          method: "GET",
          url: `/api/cases/${o.caseName}/documents?offset=100&limit=12`,
          headers: { host: "127.0.0.1" },
        })
      ).body,
    ) as { items: { id: string }[] };
    const sets: [string, (i: number) => string][] = [
      ["people page", (i) => `/entities?type=person&offset=${i * 50}&limit=50`],
      ["entity, a middle person", (i) => `/entities/${encodeURIComponent(people[(mid + i) % people.length].id)}`],
      ["timeline page", (i) => `/timeline?offset=${i * 50}&limit=50`],
      [
        "quotes of a middle speaker",
        (i) =>
          `/quotes?speaker=${encodeURIComponent(speakers[(Math.floor(speakers.length / 2) + i) % speakers.length].id)}&limit=20`,
      ],
      ["contradictions page", (i) => `/contradictions?offset=${i * 10}&limit=10`],
      [
        "an article with its spans",
        (i) => `/documents/${encodeURIComponent(articles.items[i % articles.items.length].id)}`,
      ],
      [
        "search",
        (i) => `/search?q=${["police", "court", "minister", "said", "mayor", "judge"][i % 6]}&limit=${10 + i}`,
      ],
    ];
    for (const [name, url] of sets) {
      const ms: number[] = [];
      for (let i = 0; i < 12; i++) ms.push((await get(app, o, url(i))).ms);
      out.push(`${name}: p50 ${p50(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`);
    }
    out.push(`server RSS after the pages: ${mb()} MB`);
  } finally {
    await close();
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const oneAt = argv.indexOf("--one");
  if (oneAt >= 0) {
    const url = argv[oneAt + 1] ?? "";
    const o = parse([...argv.slice(0, oneAt), ...argv.slice(oneAt + 2)]);
    console.log(await one(o, url));
    return;
  }
  const o = parse(argv);
  let store = o.store;
  if (o.save) mkdirSync(o.save, { recursive: true });
  if (o.copy) {
    store = `${o.store}.bench-copy`;
    copyFileSync(o.store, store);
  }
  try {
    console.log(`${o.store} (case ${o.caseName}), Casefile build ${o.dist}`);
    console.log("answer | first request on a fresh server | answer bytes | server RSS after it");
    for (const [name, url] of o.pagesOnly ? [] : WHOLE_CASE_URLS) {
      const args = [fileURLToPath(import.meta.url), store, "--case", o.caseName, "--dist", o.dist, "--one", url];
      if (o.save) args.push("--save", o.save);
      const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26, timeout: o.timeout * 1000 });
      if (r.signal) {
        console.log(`${name} | over ${o.timeout} s (stopped) | | `);
        continue;
      }
      if (r.status !== 0) throw new Error(`${name}: ${r.stderr || r.stdout}`);
      const m = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Record<string, number>;
      console.log(`${name} | ${m.first.toFixed(0)} ms | ${m.bytes} | ${m.rss} MB`);
    }
    if (o.pages) for (const line of await pages({ ...o, store })) console.log(line);
  } finally {
    if (o.copy) for (const f of [store, `${store}-wal`, `${store}-shm`]) rmSync(f, { force: true });
  }
}

if (isMain(import.meta.url))
  main().catch((e: unknown) => {
    console.error(`api-store: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
