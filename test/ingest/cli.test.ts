import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { writeCorpus } from "../../scripts/generate-corpus.js";
import { ARTICLES } from "./articles.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

function casefile(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.CASEFILE_STORE) delete env.CASEFILE_STORE;
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: options.cwd, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function withDir(fn: (dir: string) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-cli-"));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeArticles(dir: string): void {
  ARTICLES.forEach((a, i) => writeFileSync(join(dir, `article-${i + 1}.json`), JSON.stringify(a)));
}

test("casefile ingest twice: everything once, a summary line, no progress bar when piped", async () => {
  await withDir(async (dir) => {
    writeArticles(dir);
    const store = join(dir, "case.db");
    const first = casefile(["ingest", dir, "--store", store]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stderr, "", "nothing but errors on standard error, and no bar when it is not a terminal");
    assert.match(
      first.stdout,
      /^.*case\.db \(case "default"\): 3 added, 0 duplicates, 0 near-duplicates, 0 failed \(3 files in [\d.]+ s\)\n$/,
    );
    const second = casefile(["ingest", dir, "--store", store]);
    assert.equal(second.status, 0);
    assert.match(second.stdout, /: 0 added, 3 duplicates, 0 near-duplicates, 0 failed/);
    const s = await openStore(store);
    assert.equal((await s.listDocuments("default")).length, 3);
    await s.close();
  });
});

test("--workers runs extraction on threads even for a small batch; a bad value is refused", async () => {
  await withDir((dir) => {
    writeArticles(dir);
    const store = join(dir, "case.db");
    const r = casefile(["ingest", dir, "--store", store, "--workers", "2"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /: 3 added, 0 duplicates/);
    const bad = casefile(["ingest", dir, "--store", store, "--workers", "many"]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'casefile ingest: --workers "many" is not a number of threads from 0 to 64\n');
  });
});

test("--case keeps cases apart in one store; CASEFILE_STORE picks the store", async () => {
  await withDir(async (dir) => {
    writeArticles(dir);
    const store = join(dir, "env.db");
    const r = casefile(["ingest", join(dir, "article-1.json"), "--case", "harbour"], {
      env: { CASEFILE_STORE: store },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\(case "harbour"\): 1 added/);
    const s = await openStore(store);
    assert.deepEqual(
      (await s.listCases()).map((c) => c.name),
      ["harbour"],
    );
    await s.close();
  });
});

test("bad inputs: one line each naming the input, exit 1, the good ones stored", async () => {
  await withDir((dir) => {
    writeArticles(dir);
    writeFileSync(join(dir, "feed.xml"), "not a feed at all");
    writeFileSync(join(dir, "blank.html"), "<html><body><script>track()</script></body></html>");
    const store = join(dir, "case.db");
    const r = casefile(["ingest", dir, join(dir, "missing.json"), "--store", store]);
    assert.equal(r.status, 1);
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 3, r.stderr);
    assert.ok(lines.every((l) => l.startsWith("casefile ingest: ")));
    assert.ok(lines.some((l) => l.includes("feed.xml: is not XML")));
    assert.ok(lines.some((l) => l.includes("blank.html: the page has no article text")));
    assert.ok(lines.some((l) => l.includes("missing.json: no such file")));
    assert.match(r.stdout, /3 added, 0 duplicates, 0 near-duplicates, 3 failed/);
  });
});

test("a damaged store file: one clear line, exit 1, the file left as it was", async () => {
  await withDir((dir) => {
    writeArticles(dir);
    const store = join(dir, "case.db");
    writeFileSync(store, "Minutes of the residents' meeting, held in the church hall. ".repeat(100));
    const before = readFileSync(store);
    const r = casefile(["ingest", dir, "--store", store]);
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr,
      `casefile ingest: ${store} is not a Casefile store or is damaged; restore it or use another --store\n`,
    );
    assert.deepEqual(readFileSync(store), before);
  });
});

test("a store locked by another writer: a clear line after the busy timeout, exit 1, nothing lost", async () => {
  await withDir(async (dir) => {
    writeArticles(dir);
    const store = join(dir, "case.db");
    assert.equal(casefile(["ingest", join(dir, "article-1.json"), "--store", store]).status, 0);
    const other = new Database(store);
    other.exec("BEGIN IMMEDIATE");
    let r;
    try {
      r = casefile(["ingest", dir, "--store", store], { env: { CASEFILE_BUSY_TIMEOUT: "100" } });
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /^casefile ingest: .*case\.db is locked by another Casefile process writing to it; wait for it to finish and try again/,
    );
    assert.equal(r.stderr.trimEnd().split("\n").length, 1);
    const s = await openStore(store);
    assert.deepEqual(
      (await s.listDocuments("default")).map((d) => d.id),
      ["harbour-seizure"],
    );
    await s.close();
    const again = casefile(["ingest", dir, "--store", store]);
    assert.equal(again.status, 0);
    assert.match(again.stdout, /2 added, 1 duplicate, 0 near-duplicates, 0 failed/);
  });
});

test("casefile example builds the bundled example into ./casefile.db and prints who said what; a rerun adds nothing", async () => {
  await withDir((dir) => {
    const first = casefile(["example"], { cwd: dir });
    assert.equal(first.status, 0, first.stderr);
    assert.ok(existsSync(join(dir, "casefile.db")));
    assert.match(first.stdout, /^Added the example article to casefile\.db \(case "default"\)\./);
    assert.match(first.stdout, /\nDocuments: 1\n/);
    assert.match(first.stdout, /\nPeople \(\d+\): .+/);
    assert.match(first.stdout, /\nOrganisations \(\d+\): .+/);
    const said = /\nWho said what \((\d+)\):\n((?: {2}.+ — “.+”\n)*)/.exec(first.stdout);
    assert.ok(said, first.stdout);
    assert.ok(Number(said[1]) > 0);
    assert.equal(said[2].trimEnd().split("\n").length, Number(said[1]));
    const second = casefile(["example"], { cwd: dir });
    assert.equal(second.status, 0);
    assert.match(second.stdout, /^The example article is already in casefile\.db/);
    assert.match(second.stdout, /\nDocuments: 1\n/);
  });
});

test("two ingests writing the same store at once store each article once between them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-cli-"));
  try {
    const corpus = join(dir, "corpus");
    writeCorpus(ARTICLES, corpus, 40, 3);
    const store = join(dir, "case.db");
    const run = () =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, "ingest", corpus, "--store", store, "--workers", "0"]);
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d: Buffer) => (stdout += String(d)));
        child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    const [a, b] = await Promise.all([run(), run()]);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    const stored = (out: string) => {
      const m = /(\d+) added, \d+ duplicates?, (\d+) near-duplicates?/.exec(out);
      assert.ok(m, out);
      return Number(m[1]) + Number(m[2]);
    };
    assert.equal(stored(a.stdout) + stored(b.stdout), 40);
    const s = await openStore(store);
    assert.equal((await s.listDocuments("default")).length, 40);
    await s.close();
    const db = new Database(store);
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
