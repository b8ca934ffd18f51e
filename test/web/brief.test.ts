// The brief and the accounts page in real headless Chromium (playwright-core, Debian's
// /usr/bin/chromium): the HTML brief passes axe-core's accessibility rules, its citations open
// the cited sentence highlighted, the PDF is printed by Chromium, and the dev case's accounts page
// sets three or more subjects side by side (built from the dev articles when /work/shared is there).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { buildBrief, htmlToPdf, renderHtml } from "../../src/brief/index.js";
import { projectPath } from "../../src/core/paths.js";
import { ingestPaths } from "../../src/ingest/ingest.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { addArticles, tempStore, type TempStore } from "../server/fixtures.js";
import { DEV_SKIP, devArticles, exampleCase } from "../brief/cases.js";
import { launchPage, SKIP, type BrowserPage } from "./chromium.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let temp: TempStore;
let server: RunningServer;
let b: BrowserPage;
let page: Page;
const open = (hash: string) => b.open(server.origin, hash);

describe("the brief and the accounts in Chromium", { skip: SKIP }, () => {
  before(async () => {
    temp = await tempStore();
    await ingestPaths(temp.store, [projectPath("examples", "seed-article.json")], { caseName: "default" });
    if (!DEV_SKIP)
      await addArticles(
        temp.store,
        "dev",
        devArticles().map((a) => ({
          id: a.id,
          source: a.source ?? null,
          outlet: a.outlet ?? null,
          published: a.published ?? null,
          title: null,
          text: a.text,
        })),
      );
    server = await startServer({ store: temp.store, port: 0, caseName: "default" });
    b = await launchPage();
    page = b.page;
  });

  after(async () => {
    await b?.browser.close();
    await server?.close();
    await temp?.cleanup();
  });

  test("the HTML brief passes axe-core's accessibility checks", async () => {
    const { index, texts } = exampleCase();
    await page.setContent(renderHtml(buildBrief(index, texts, "default")));
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string }[] }> } })
        .axe;
      const r = await axe.run();
      return r.violations.map((v) => `${v.id}: ${v.help}`);
    });
    assert.deepEqual(result, []);
  });

  test("a citation in the standalone brief leads to its sentence with the words marked", async () => {
    const { index, texts } = exampleCase();
    const brief = buildBrief(index, texts, "default");
    await page.setContent(renderHtml(brief));
    await page.click('a.cite[data-cite="2"]');
    const target = await page.$eval("li:target", (li) => ({ id: li.id, mark: li.querySelector("mark")?.textContent }));
    assert.equal(target.id, "cite-2");
    assert.equal(target.mark, brief.citations[1].text);
  });

  test("the Brief button shows the brief, whose citations open the sentence highlighted", async () => {
    await open("#/case/default");
    await page.click('nav a.tab:has-text("Brief")');
    await page.waitForSelector('#view[data-state="ready"][data-view="brief"]');
    const people = await page.$$eval("#brief #s-people + ul li", (lis) => lis.map((li) => li.textContent ?? ""));
    assert.equal(people.length, 7, people.join(" | "));
    const cite = await page.$eval("#brief #s-people + ul li a.cite", (a) => a.getAttribute("href"));
    assert.match(cite ?? "", /#\/case\/default\/document\/seed-article\?hl=\d+-\d+/);
    await page.click("#brief #s-people + ul li a.cite");
    await page.waitForSelector('#view[data-state="ready"][data-view="document"]');
    const marked = await page.$eval(".hl-quote", (el) => el.textContent);
    assert.equal(marked, "former parliamentary researcher");
  });

  test("Chromium prints the brief to PDF", async () => {
    const { index, texts } = exampleCase();
    const pdf = await htmlToPdf(renderHtml(buildBrief(index, texts, "default")));
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    assert.ok(pdf.length > 10_000);
  });

  test("the example's statements show when, how and to whom they were said", async () => {
    await open("#/case/default/accounts");
    const facts = await page.$$eval("#actor-accounts .statement-facts", (ps) => ps.map((p) => p.textContent ?? ""));
    assert.ok(
      facts.some((f) => f.includes("interview") && f.includes("to The Telegraph")),
      facts.join(" | "),
    );
    assert.ok(
      facts.some((f) => f.includes("court") && f.includes("to the court")),
      facts.join(" | "),
    );
  });

  test("the dev case's accounts page sets three or more subjects side by side", { skip: DEV_SKIP }, async () => {
    await open("#/case/dev/accounts");
    const subjects = await page.$$eval("#subjects .subject", (sections) =>
      sections.map((s) => ({
        label: s.querySelector("h2")?.textContent ?? "",
        actors: s.querySelectorAll(".side").length,
        statements: s.querySelectorAll(".side .statement").length,
      })),
    );
    const wide = subjects.filter((s) => s.actors >= 2 && s.statements >= 2);
    assert.ok(wide.length >= 3, JSON.stringify(subjects));
  });

  test("no view threw an error in the page", () => {
    assert.deepEqual(b.errors, []);
  });
});
