import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestPaths, ingestPathsParallel } from "../../src/ingest/ingest.js";
import { listInputFiles } from "../../src/ingest/sources.js";
import { openStore } from "../../src/store/index.js";
import { ARTICLES } from "./articles.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="Lakeside Courier">
<meta property="article:published_time" content="2024-09-03T07:00:00Z">
<link rel="canonical" href="https://lakeside.example/news/${title.toLowerCase().replace(/\W+/g, "-")}">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>${title}</h1>${body
    .split("\n\n")
    .map((p) => `<p>${p}</p>`)
    .join("")}</article><footer>Subscribe to our newsletter</footer></body></html>`;
}

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Courier</title>
<item><title>Ferry operator fined</title><link>https://lakeside.example/news/ferry-fined</link>
<pubDate>Mon, 02 Sep 2024 10:00:00 +0000</pubDate>
<description>&lt;p&gt;A ferry operator was fined 80,000 pounds on Monday after a crew member was injured by an unguarded winch during a crossing in 2023.&lt;/p&gt;</description></item>
<item><title>Library to close</title><link>https://lakeside.example/news/library</link>
<description>&lt;p&gt;The town library will close for a year from October while its roof is replaced, the council said on Monday evening.&lt;/p&gt;</description></item>
</channel></rss>`;

function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-"));
  const [harbour, council, breach] = ARTICLES;
  writeFileSync(join(dir, "a-harbour.txt"), harbour.text);
  writeFileSync(
    join(dir, "b-council.json"),
    JSON.stringify({ id: "council", published: council.published, text: council.text }),
  );
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "nested", "deeper", "c-breach.html"), page("Hospital data exposed", breach.text));
  writeFileSync(join(dir, "nested", "courier.rss"), FEED);
  writeFileSync(join(dir, ".hidden.txt"), "A hidden file is not an article and must not be read by ingest at all.");
  writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0x00]));
  symlinkSync(dir, join(dir, "nested", "loop")); // a link back up must not trap the walk
  return dir;
}

test("folders are walked recursively in name order, picking only article and feed files", async () => {
  const dir = makeFolder();
  try {
    const { files, errors } = listInputFiles([dir, join(dir, "a-harbour.txt"), join(dir, "missing.txt")]);
    assert.deepEqual(
      files.map((f) => f.slice(dir.length + 1)),
      ["a-harbour.txt", "b-council.json", "nested/courier.rss", "nested/deeper/c-breach.html"],
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /missing\.txt: no such file or folder; check the path$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingesting a folder stores text, JSON, HTML and feed items once; a second run adds nothing", async () => {
  const dir = makeFolder();
  const store = await openStore(join(dir, "case.db"));
  try {
    const first = await ingestPaths(store, [dir], { caseName: "default" });
    assert.equal(first.failed, 0);
    assert.equal(first.added + first.nearDuplicates, 5);
    const docs = await store.listDocuments("default");
    assert.deepEqual(docs.map((d) => d.id).sort(), ["a-harbour", "c-breach", "council", "ferry-fined", "library"]);
    const html = await store.getDocument("default", "c-breach");
    assert.equal(html?.document.outlet, "Lakeside Courier");
    assert.equal(html?.document.published, "2024-09-03");
    assert.ok(!html?.document.text.includes("newsletter"), "page furniture is not article text");
    assert.equal((await store.getDocument("default", "a-harbour"))?.document.source, join(dir, "a-harbour.txt"));
    const ferry = await store.getDocument("default", "ferry-fined");
    assert.equal(ferry?.document.source, "https://lakeside.example/news/ferry-fined");
    assert.equal(ferry?.extraction.published, "2024-09-02", "the extraction is anchored on the feed's date");
    const revision = await store.revision();
    const second = await ingestPaths(store, [dir], { caseName: "default" });
    assert.deepEqual([second.added, second.duplicates, second.nearDuplicates, second.failed], [0, 5, 0, 0]);
    assert.equal(await store.revision(), revision);
    assert.equal((await store.listDocuments("default")).length, 5);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bad inputs are reported one line each and the rest of the batch is stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-"));
  const store = await openStore(join(dir, "case.db"));
  try {
    writeFileSync(join(dir, "good.txt"), ARTICLES[0].text);
    writeFileSync(join(dir, "not-xml.xml"), "This is a memo that someone saved with the wrong extension.");
    writeFileSync(
      join(dir, "no-article.html"),
      "<html><head><script>var x = 1;</script></head><body><nav></nav></body></html>",
    );
    writeFileSync(join(dir, "broken.json"), '{"text": "unterminated');
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "later.txt"), ARTICLES[1].text);
    const errors: string[] = [];
    const summary = await ingestPaths(store, [dir, join(dir, "nope.txt")], {
      caseName: "default",
      onError: (e) => errors.push(e.message),
    });
    assert.equal(summary.added, 2);
    assert.equal(summary.failed, 5);
    assert.equal(errors.length, 5);
    for (const line of errors) assert.ok(!line.includes("\n"), "one line each");
    const about = (name: string) => errors.find((l) => l.includes(name)) ?? "";
    assert.match(about("not-xml.xml"), /is not XML/);
    assert.match(about("no-article.html"), /no article text/);
    assert.match(about("broken.json"), /not valid JSON/);
    assert.match(about("empty.txt"), /empty/);
    assert.match(about("nope.txt"), /no such file/);
    assert.deepEqual(
      (await store.listDocuments("default")).map((d) => d.id),
      ["good", "later"],
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an extractor that throws fails that input only", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-"));
  const store = await openStore(join(dir, "case.db"));
  try {
    writeFileSync(join(dir, "a.txt"), ARTICLES[0].text);
    writeFileSync(join(dir, "b.txt"), ARTICLES[1].text);
    const errors: string[] = [];
    const summary = await ingestPaths(store, [dir], {
      caseName: "default",
      extract: (text, options) => {
        if (text.includes("treasurer")) throw new Error("boom");
        return {
          id: options.id ?? "x",
          source: null,
          published: null,
          text,
          entities: [],
          quotes: [],
          events: [],
          times: [],
        };
      },
      onError: (e) => errors.push(e.message),
    });
    assert.equal(summary.added, 1);
    assert.equal(summary.failed, 1);
    assert.match(errors[0], /b\.txt: extraction failed \(boom\)/);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("extraction on worker threads stores the same documents, in input order, as the single-threaded path", async () => {
  const dir = makeFolder();
  const serialStore = await openStore(join(dir, "serial.db"));
  const parallelStore = await openStore(join(dir, "parallel.db"));
  try {
    const serial = await ingestPaths(serialStore, [dir], { caseName: "default" });
    const filesDone: number[] = [];
    const parallel = await ingestPathsParallel(parallelStore, [dir], {
      caseName: "default",
      workers: 2,
      onFile: (n) => filesDone.push(n),
    });
    assert.deepEqual({ ...parallel, storeError: null }, { ...serial, storeError: null });
    assert.deepEqual(filesDone, [1, 2, 3, 4]);
    const view = async (s: typeof serialStore) =>
      (await collect(s.iterateExtractions("default"))).map(({ document, extraction }) => ({
        id: document.id,
        hash: document.hash,
        entities: extraction.entities,
        quotes: extraction.quotes,
        events: extraction.events,
      }));
    assert.deepEqual(await view(parallelStore), await view(serialStore));
    const again = await ingestPathsParallel(parallelStore, [dir], { caseName: "default", workers: 2 });
    assert.equal(again.duplicates, 5);
    assert.equal(again.added + again.nearDuplicates, 0);
  } finally {
    await serialStore.close();
    await parallelStore.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a JSON array or a JSON Lines file holds many articles; a bad one fails alone", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-"));
  const store = await openStore(join(dir, "case.db"));
  try {
    const [a, b, c] = ARTICLES;
    writeFileSync(
      join(dir, "batch.json"),
      JSON.stringify([
        { id: "first", text: a.text, published: a.published },
        { text: b.text },
        { title: "no text here" },
      ]),
    );
    writeFileSync(
      join(dir, "scraped.jsonl"),
      [
        JSON.stringify({ text: c.text, source: "https://x.example/c" }),
        "",
        "{not json",
        JSON.stringify({ text: a.text }),
      ].join("\n"),
    );
    const errors: string[] = [];
    const summary = await ingestPaths(store, [dir], { caseName: "default", onError: (e) => errors.push(e.message) });
    assert.deepEqual(
      (await store.listDocuments("default")).map((d) => d.id),
      ["first", "batch-2", "scraped-1"],
    );
    assert.equal(summary.duplicates, 1, "the last line repeats the first article");
    assert.equal(summary.failed, 2);
    assert.ok(errors.some((l) => l.startsWith(`${join(dir, "batch.json")} item 3: has no "text" string`)));
    assert.ok(errors.some((l) => l.startsWith(`${join(dir, "scraped.jsonl")} line 3: is not valid JSON`)));
    assert.equal((await store.getDocument("default", "scraped-1"))?.document.source, "https://x.example/c");
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  "a named pipe given as an input is refused at once instead of blocking the batch",
  { skip: process.platform === "win32" },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-"));
    const store = await openStore(join(dir, "case.db"));
    try {
      const fifo = join(dir, "pipe.txt");
      const made = spawnSync("mkfifo", [fifo]);
      if (made.status !== 0) return; // no mkfifo here: nothing to check
      writeFileSync(join(dir, "good.txt"), ARTICLES[0].text);
      const errors: string[] = [];
      const summary = await ingestPaths(store, [fifo, join(dir, "good.txt")], {
        caseName: "default",
        onError: (e) => errors.push(e.message),
      });
      assert.equal(summary.added, 1);
      assert.deepEqual(errors, [`${fifo}: is not a regular file; save the article to a file first`]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
