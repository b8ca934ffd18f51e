// The crash test: a large ingest killed with SIGKILL part-way leaves a store that opens, passes
// SQLite's and FTS5's integrity checks, holds every document it reported complete with all of
// its rows and nothing half-written, and a rerun stores the rest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { writeCorpus } from "../../scripts/generate-corpus.js";
import { openStore } from "../../src/store/index.js";
import { ARTICLES } from "../ingest/articles.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

function countDocuments(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Runs `casefile ingest` and kills it once `killAt` documents are stored; false if it finished first. */
async function ingestAndKill(corpus: string, store: string, killAt: number): Promise<boolean> {
  const child = spawn(process.execPath, [CLI, "ingest", corpus, "--store", store], { stdio: "ignore" });
  let exited = false;
  const done = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  child.on("exit", () => (exited = true));
  while (!exited) {
    if (countDocuments(store) >= killAt) {
      child.kill("SIGKILL");
      await done;
      return true;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

test("SIGKILL in the middle of a large ingest loses nothing stored and a rerun completes it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-kill-"));
  try {
    const store = join(dir, "case.db");
    // A machine fast enough to finish before the kill gets a bigger corpus, so the outcome does
    // not depend on its speed.
    let total = 0;
    let killed = false;
    for (let size = 200; size <= 6400 && !killed; size *= 2) {
      rmSync(store, { force: true });
      rmSync(`${store}-wal`, { force: true });
      rmSync(`${store}-shm`, { force: true });
      const corpus = join(dir, `corpus-${size}`);
      total = writeCorpus(ARTICLES, corpus, size, 11).length;
      killed = await ingestAndKill(corpus, store, 25);
      if (killed) {
        const db = new Database(store);
        assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
        assert.equal((db.pragma("foreign_key_check") as unknown[]).length, 0);
        db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
        db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
        const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
        const stored = n("SELECT count(*) AS n FROM documents");
        assert.ok(stored >= 25 && stored < total, `killed part-way (${stored} of ${total})`);
        // every stored document is whole: its extraction, fingerprint, quotes and entities
        assert.equal(n("SELECT count(*) AS n FROM extractions"), stored);
        assert.equal(n("SELECT count(*) AS n FROM fingerprints"), stored);
        let quotes = 0;
        let entities = 0;
        for (const row of db.prepare("SELECT json FROM extractions").all() as { json: string }[]) {
          const e = JSON.parse(row.json) as { quotes: unknown[]; entities: unknown[] };
          quotes += e.quotes.length;
          entities += e.entities.length;
        }
        assert.equal(n("SELECT count(*) AS n FROM quotes"), quotes);
        assert.equal(n("SELECT count(*) AS n FROM entities"), entities);
        db.close();

        const before = await openStore(store);
        const kept = (await before.listDocuments("default")).map((d) => `${d.id}:${d.hash}`);
        await before.close();

        const rerun = spawnSync(process.execPath, [CLI, "ingest", corpus, "--store", store], { encoding: "utf8" });
        assert.equal(rerun.status, 0, rerun.stderr);
        const m = /(\d+) added, (\d+) duplicates?, (\d+) near-duplicates?, 0 failed/.exec(rerun.stdout);
        assert.ok(m, rerun.stdout);
        assert.equal(Number(m[2]), stored, "what was stored before the kill is recognised");
        assert.equal(Number(m[1]) + Number(m[3]), total - stored, "the rest is stored");

        const after = await openStore(store);
        const docs = await after.listDocuments("default");
        assert.equal(docs.length, total);
        assert.deepEqual(
          docs.slice(0, kept.length).map((d) => `${d.id}:${d.hash}`),
          kept,
          "documents stored before the kill are untouched",
        );
        await after.close();
      }
    }
    assert.ok(killed, "the ingest was killed part-way at some corpus size");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
