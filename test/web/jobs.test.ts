// The ingest queue's progress in the masthead, in real Chromium: nothing on a SQLite store (its
// server answers that it has no queue); on a store with a queue (the answers of GET /api/jobs
// played in the page, as a PostgreSQL store's server gives them while workers drain it), a
// labelled progress bar that refreshes until the queue is empty, an announcement at the start
// and the end, and a way to the new articles.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { projectPath } from "../../src/core/paths.js";
import { ingestPaths } from "../../src/ingest/ingest.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { tempStore, type TempStore } from "../server/fixtures.js";
import { launchPage, SKIP, type BrowserPage } from "./chromium.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const SHOTS = projectPath("test-artifacts", "screenshots");

let temp: TempStore;
let server: RunningServer;
let b: BrowserPage;

const counts = (queued: number, active: number, completed: number, failed: number, dead: number) => ({
  queue: true,
  queued,
  active,
  completed,
  failed,
  dead,
});

describe("the ingest queue's progress in Chromium", { skip: SKIP }, () => {
  before(async () => {
    temp = await tempStore();
    await ingestPaths(temp.store, [projectPath("examples", "seed-article.txt")], { caseName: "default" });
    server = await startServer({ store: temp.store, port: 0, caseName: "default" });
    b = await launchPage();
  });

  after(async () => {
    await b?.browser.close();
    await server?.close();
    await temp?.cleanup();
  });

  test("a store without a queue shows no indicator", async () => {
    const asked = b.page.waitForResponse((r) => r.url().endsWith("/api/jobs"));
    await b.open(server.origin, "#/case/default");
    assert.equal((await (await asked).json()).queue, false);
    assert.equal(await b.page.isHidden("#jobs-indicator"), true);
  });

  test("while jobs are pending the masthead shows their progress, then the end", async () => {
    // 10 jobs done before the page opened; 4 to go: two finish, then the last two (one fails).
    // The queue moves on only when the test says so (`stage`): the page may ask any number of
    // times meanwhile (a loaded machine delays the test, not the page's polling).
    const answers = [counts(3, 1, 10, 0, 0), counts(1, 1, 12, 1, 0), counts(0, 0, 13, 0, 1)];
    let stage = 0;
    let asked = 0;
    await b.page.route("**/api/jobs", (route) => {
      asked++;
      return route.fulfill({ json: answers[stage] });
    });
    try {
      await b.page.goto("about:blank"); // a fresh page load, not a hash change
      await b.open(server.origin, "#/case/default");
      const page = b.page;
      await page.waitForSelector('#jobs-indicator[data-state="pending"]');
      assert.equal(await page.textContent("#jobs-text"), "0 of 4 · 3 waiting · 1 running");
      assert.match((await page.textContent("#jobs-announce")) ?? "", /4 articles to store/);
      const bar = page.getByRole("progressbar", { name: "Storing articles" });
      assert.equal(await bar.getAttribute("max"), "4");
      await page.evaluate(AXE); // not a script tag: the page's CSP refuses inline scripts
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document.querySelector(".masthead"))).violations.map((v) => v.id);
      });
      assert.deepEqual(violations, [], "the masthead with the indicator passes axe-core");
      mkdirSync(SHOTS, { recursive: true });
      await page.locator(".masthead").screenshot({ path: join(SHOTS, "jobs-progress.png") });

      // It asks again by itself while jobs are pending.
      stage = 1;
      await page.waitForFunction(() => document.getElementById("jobs-text")?.textContent?.startsWith("2 of 4"));
      assert.equal(await page.textContent("#jobs-text"), "2 of 4 · 1 waiting · 1 to retry · 1 running");
      assert.equal(await bar.getAttribute("value"), "2");

      stage = 2;
      await page.waitForSelector('#jobs-indicator[data-state="done"]');
      assert.match((await page.textContent("#jobs-text")) ?? "", /Queue done: 4 jobs finished, 1 failed/);
      assert.match((await page.textContent("#jobs-announce")) ?? "", /Ingest queue done: 4 jobs finished, 1 failed/);
      const before = asked;
      await new Promise((r) => setTimeout(r, 2500));
      assert.equal(asked, before, "no more asking once the queue is empty");

      // "show them" draws the view again; the failed job stays in sight.
      await page.click("#jobs-reload");
      await page.waitForSelector('#jobs-indicator[data-state="failed"]');
      assert.equal(await page.textContent("#jobs-text"), "1 queued article failed to store");
      assert.deepEqual(b.errors, []);
    } finally {
      await b.page.unroute("**/api/jobs");
    }
  });
});
