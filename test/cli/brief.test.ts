// `casefile accounts` and `casefile brief` as a user runs them: the built CLI in a child process,
// against the bundled example ingested into a real store in a temporary folder.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run.js";
import { buildBrief, renderMarkdown } from "../../src/brief/index.js";
import { indexCase } from "../../src/casefile/queries.js";
import { freshStoredCase } from "../../src/store/case/refresh.js";
import { loadCase, openStore } from "../../src/store/index.js";

let dir = "";
let db = "";

const run = (...args: string[]) => runCli(dir, ...args);

before(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-brief-"));
  db = join(dir, "case.db");
  assert.equal(run("example", "--store", db).code, 0);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("casefile brief writes the cited brief as Markdown and HTML", () => {
  const md = run("brief", "--store", db);
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /^# Brief: default/);
  assert.match(md.out, /- Frank Ferguson: head of the CPS's special crime and counter terrorism division \[\^\d+\]/);
  assert.match(md.out, /\[\^1\]: .*seed-article@\d+: “/);
  const out = join(dir, "brief.html");
  const html = run("brief", "--store", db, "--format", "html", "--out", out, "--app-url", "http://127.0.0.1:8765/");
  assert.equal(html.code, 0, html.err);
  assert.match(html.err, /wrote .*brief\.html \(\d+ citations\)/);
  assert.match(
    readFileSync(out, "utf8"),
    /href="http:\/\/127\.0\.0\.1:8765\/#\/case\/default\/document\/seed-article\?hl=\d+-\d+"/,
  );
});

test("casefile brief prints the brief kept with the stored case, the one the whole case gives", async () => {
  // A rebuild keeps the brief's model; the first `brief` renders its page and keeps it.
  assert.equal(run("rebuild", "--store", db).code, 0);
  const store = await openStore(db, { readonly: true });
  try {
    const texts = new Map<string, string>();
    const index = indexCase(await loadCase(store, "default", { texts }));
    const stored = await freshStoredCase(store, "default");
    assert.ok(stored);
    assert.equal(await stored.viewCount("brief-page"), 0, "the refresh kept the model, not the page");
    const want = renderMarkdown(buildBrief(index, texts, "default"));
    assert.equal(run("brief", "--store", db).out, want);
    assert.equal(await stored.viewCount("brief-page"), 1, "the first brief kept its page");
    const kept = JSON.parse((await stored.view("brief-page"))!) as { markdown: string };
    assert.equal(kept.markdown, want);
    assert.equal(run("brief", "--store", db).out, want);
    // Another number of subjects, or another format, is built from the whole case.
    assert.equal(
      run("brief", "--store", db, "--subjects", "1").out,
      renderMarkdown(buildBrief(index, texts, "default", { subjects: 1 })),
    );
  } finally {
    await store.close();
  }
});

test("casefile brief refuses a format it does not know", () => {
  const r = run("brief", "--store", db, "--format", "docx");
  assert.equal(r.code, 1);
  assert.equal(r.err.trim(), 'casefile brief: --format "docx" is not one of md, html, pdf');
});

test("casefile accounts lists each actor's statements with when, how and to whom", () => {
  const r = run("accounts", "--store", db, "--json");
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out) as {
    accounts: {
      actor: { name: string };
      statements: { when: string; quote: { channel: string; addressee: string | null } }[];
    }[];
    subjects: unknown[];
  };
  const kearns = a.accounts.find((x) => x.actor.name === "Alicia Kearns");
  assert.ok(kearns);
  assert.ok(kearns.statements.every((s) => s.quote.channel === "interview" && s.quote.addressee === "The Telegraph"));
  const cps = a.accounts.find((x) => x.actor.name === "Crown Prosecution Service");
  assert.equal(cps?.statements[0].when, "2025-09-15");
  const table = run("accounts", "--store", db, "--speaker", "Kearns");
  assert.match(table.out, /^Alicia Kearns \(4 statements\)/);
  assert.equal(run("accounts", "--store", db, "--speaker", "Nobody Atall").code, 1);
});
