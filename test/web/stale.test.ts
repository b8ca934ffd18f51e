// The overview's notice of articles an earlier version of Casefile extracted, in real Chromium
// against `casefile serve`'s server (its extractor in a worker thread) and a real SQLite store: it
// says how many and what to do, only when there are some; its button makes them again in the
// background, shows the run's progress, and then the overview is drawn from the new extractions;
// on a team store (its answers played in the page) the progress says the run waits for workers.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Extraction } from "../../src/core/schema.js";
import { projectPath } from "../../src/core/paths.js";
import { extract } from "../../src/extract/index.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import type { NewDocument } from "../../src/store/index.js";
import { ARTICLES, CASE, tempStore, type TempStore } from "../server/fixtures.js";
import { launchPage, SKIP, type BrowserPage } from "./chromium.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const SHOTS = projectPath("test-artifacts", "screenshots");

const extractionOf = (a: NewDocument): Extraction =>
  extract(a.text, { id: a.id, source: a.source, published: a.published });

let temp: TempStore;
let server: RunningServer;
let b: BrowserPage;

describe("articles an earlier version extracted, on the overview in Chromium", { skip: SKIP }, () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    temp = await tempStore();
    // Two articles as an older release stored them (no quotes, no events), one from this build.
    for (const a of ARTICLES.slice(0, 2))
      await temp.store.addDocument(CASE, a, { ...extractionOf(a), quotes: [], events: [] }, { build: null });
    await temp.store.addDocument(CASE, ARTICLES[2], extractionOf(ARTICLES[2]));
    await temp.store.addDocument("quay", ARTICLES[2], extractionOf(ARTICLES[2]));
    server = await startServer({ store: temp.store, port: 0, caseName: CASE });
    b = await launchPage();
  });

  after(async () => {
    await b?.browser.close();
    await server?.close();
    await temp?.cleanup();
  });

  test("the notice says how many and what to do, only when there are some; its button extracts them again", async () => {
    const page = b.page;
    await b.open(server.origin, "#/case/quay");
    assert.equal(await page.$("#stale-notice"), null, "a case this version extracted shows none");
    await b.open(server.origin, `#/case/${CASE}`);
    const notice = await page.waitForSelector("#stale-notice");
    assert.match(
      (await notice.textContent()) ?? "",
      /^2 articles were extracted by an earlier version of Casefile\. .*casefile rebuild --extract --case harbour/,
    );
    await page.evaluate(AXE); // not a script tag: the page's CSP refuses inline scripts
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document.querySelector("#stale-notice"))).violations.map((v) => v.id);
    });
    assert.deepEqual(violations, [], "the notice passes axe-core");
    await page.screenshot({ path: join(SHOTS, "overview-stale.png") });
    const quotes = async () => Number((await page.textContent('a.stat[href$="/quotes"] strong'))?.replace(/\D/g, ""));
    const before = await quotes();

    await page.click("#extract-again");
    // The run ends, the overview is drawn again from the new extractions, and the notice is gone.
    await page.waitForSelector("#stale-notice", { state: "detached", timeout: 60_000 });
    await page.waitForSelector('#view[data-state="ready"][data-view="overview"]');
    const after = await quotes();
    assert.ok(after > before, `the quotes found again are counted (${before} → ${after})`);
    const state = (await (await fetch(`${server.origin}/api/cases/${CASE}/extractions`)).json()) as {
      otherBuild: number;
      run: { state: string; done: number };
    };
    assert.equal(state.otherBuild, 0);
    assert.deepEqual([state.run.state, state.run.done], ["done", 2]);
    assert.deepEqual(b.errors, []);
  });

  test("a page opened during a run follows its progress until it ends", async () => {
    // The server's answers played in the page: a run half-way, then its end. The run moves on
    // only when the test says so (`stage`); the page may ask any number of times meanwhile.
    const command = "casefile rebuild --extract --case quay";
    const answers = [
      { build: "b", otherBuild: 1, command, run: { state: "running", total: 2, done: 1, message: null } },
      { build: "b", otherBuild: 0, command, run: { state: "done", total: 2, done: 2, message: null } },
    ];
    let stage = 0;
    await b.page.route("**/api/cases/quay/extractions", (route) => route.fulfill({ json: answers[stage] }));
    try {
      await b.open(server.origin, "#/case/quay");
      const page = b.page;
      await page.waitForSelector("#stale-status.busy");
      assert.equal((await page.textContent("#stale-status"))?.trim(), "Extracting again: 1 of 2");
      const bar = page.getByRole("progressbar", { name: "Extracting again" });
      assert.deepEqual([await bar.getAttribute("value"), await bar.getAttribute("max")], ["1", "2"]);
      assert.equal(await page.isDisabled("#extract-again"), true, "no second run while one is under way");
      stage = 1;
      await page.waitForSelector("#stale-notice", { state: "detached" });
      await page.waitForSelector('#view[data-state="ready"][data-view="overview"]');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.page.unroute("**/api/cases/quay/extractions");
    }
  });

  test("a run with nothing left to make shows as done, and the overview is drawn again", async () => {
    // Another run made the articles after the page was drawn: the POST answers a run done with 0 articles.
    const command = "casefile rebuild --extract --case quay";
    let posted = false;
    await b.page.route("**/api/cases/quay/extractions", (route) => {
      if (route.request().method() === "POST") {
        posted = true;
        return route.fulfill({
          json: { build: "b", otherBuild: 0, command, run: { state: "done", total: 0, done: 0, message: null } },
        });
      }
      return route.fulfill({ json: { build: "b", otherBuild: posted ? 0 : 1, command, run: null, queue: false } });
    });
    try {
      await b.page.goto("about:blank");
      await b.open(server.origin, "#/case/quay");
      await b.page.waitForSelector("#stale-notice");
      await b.page.click("#extract-again");
      await b.page.waitForSelector("#stale-notice", { state: "detached", timeout: 5000 });
      await b.page.waitForSelector('#view[data-state="ready"][data-view="overview"]');
      assert.equal(posted, true);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.page.unroute("**/api/cases/quay/extractions");
    }
  });

  test("on a team store the run's status says it waits for the store's workers", async () => {
    const command = "casefile rebuild --extract --case quay";
    const queued = { state: "running", total: 3, done: 0, message: null };
    await b.page.route("**/api/cases/quay/extractions", (route) =>
      route.fulfill({ json: { build: "b", otherBuild: 3, command, run: queued, queue: true } }),
    );
    try {
      await b.page.goto("about:blank"); // the same address as the test before would not load the page again
      await b.open(server.origin, "#/case/quay");
      await b.page.waitForSelector("#stale-status.busy");
      assert.equal(
        (await b.page.textContent("#stale-status"))?.trim(),
        "Extracting again: 0 of 3 (jobs for the store's workers: they start when casefile worker runs)",
      );
      assert.deepEqual(b.errors, []);
    } finally {
      await b.page.unroute("**/api/cases/quay/extractions");
    }
  });
});
