// The web UI end to end, in real headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core, against `casefile serve`'s server on loopback and a real SQLite store holding
// the bundled example and a three-article case. Screenshots of the main views go to
// test-artifacts/screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { projectPath } from "../../src/core/paths.js";
import { extract } from "../../src/extract/index.js";
import { ingestPaths } from "../../src/ingest/ingest.js";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { ARTICLES, CASE, HOSTILE_TEXT, addArticles, tempStore, type TempStore } from "../server/fixtures.js";

// Debian's package; CASEFILE_CHROMIUM points elsewhere (or nowhere, to see the skip).
const CHROMIUM = process.env.CASEFILE_CHROMIUM || "/usr/bin/chromium";
const SKIP = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) to run the browser tests`;
const SHOTS = projectPath("test-artifacts", "screenshots");

let temp: TempStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const dialogs: string[] = [];

async function open(hash: string): Promise<void> {
  await page.goto(`${server.origin}/${hash}`);
  await page.waitForSelector('#view[data-state="ready"]');
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: name !== "graph" });
}

describe("the web UI in Chromium", { skip: SKIP }, async () => {
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    temp = await tempStore();
    await ingestPaths(temp.store, [projectPath("examples", "seed-article.txt")], { caseName: "default" });
    await addArticles(temp.store, CASE, ARTICLES);
    server = await startServer({ store: temp.store, port: 0, caseName: "default" });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await temp?.cleanup();
  });

  test("the printed address opens the example case's overview", async () => {
    await page.goto(server.url);
    await page.waitForSelector('#view[data-state="ready"][data-view="overview"]');
    assert.equal(await page.textContent("h1"), "The case file: default");
    const people = await page.$$eval(".entity-table a.entity-link", (links) => links.map((a) => a.textContent));
    assert.ok(people.includes("Christopher Cash"), `people: ${people.join(", ")}`);
    await shot("overview-example");
    await open(`#/case/${CASE}`);
    assert.equal(await page.textContent("h1"), `The case file: ${CASE}`);
    await shot("overview");
  });

  test("quotes filter by speaker", async () => {
    await open(`#/case/${CASE}/quotes`);
    const before = await page.$$eval("#quote-list > li", (items) => items.length);
    const okafor = await page.$$eval("#filter-speaker option", (options) =>
      options.filter((o) => o.textContent?.startsWith("David Okafor (")).map((o) => (o as HTMLOptionElement).value),
    );
    assert.deepEqual(okafor, ["person:david-okafor"]);
    await page.selectOption("#filter-speaker", okafor[0]);
    await page.waitForFunction(() => location.hash.includes("speaker="));
    await page.waitForSelector('#view[data-state="ready"][data-view="quotes"]');
    const speakers = await page.$$eval("#quote-list > li .quote-speaker a.entity-link", (a) =>
      a.map((x) => x.textContent),
    );
    assert.ok(speakers.length >= 1);
    assert.deepEqual(new Set(speakers), new Set(["David Okafor"]));
    assert.ok(before > speakers.length, `${before} quotes before filtering`);
    assert.equal(await page.textContent("#quote-count"), `${speakers.length} quote${speakers.length === 1 ? "" : "s"}`);
    assert.equal(await page.inputValue("#filter-speaker"), "person:david-okafor");
    await open(`#/case/${CASE}/quotes`);
    await shot("quotes");
  });

  test("a quote opens its article with the quoted sentence highlighted", async () => {
    await open(`#/case/${CASE}/quotes?text=${encodeURIComponent("following the money")}`);
    const quoted = await page.textContent("#quote-list > li blockquote");
    assert.ok(quoted?.includes("following the money"));
    await page.click("#quote-list > li .quote-source a");
    await page.waitForSelector('#view[data-state="ready"][data-view="document"]');
    assert.equal(
      await page.textContent("#document-title"),
      "Harbour Trust finance chief arrested over missing millions",
    );
    const sentence = await page.textContent("mark.hl-sentence");
    assert.ok(sentence?.startsWith("Detective Inspector Owen Price said:"), `highlighted: ${sentence}`);
    const words = await page.$$eval("mark.hl-quote", (marks) => marks.map((m) => m.textContent).join(""));
    assert.equal(words, "This is a complex investigation and we are following the money wherever it leads.");
    // Only that sentence is highlighted.
    assert.equal(await page.$$eval("mark.hl-sentence", (m) => m.length), 1);
    assert.ok(await page.isVisible("mark.hl-sentence"));
    await shot("document");
  });

  test("a graph node leads to its entity page", async () => {
    await open(`#/case/${CASE}/graph`);
    await page.waitForSelector('#graph[data-ready="true"]');
    await shot("graph");
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { casefileGraph: any }).casefileGraph; // eslint-disable-line @typescript-eslint/no-explicit-any
      const node = cy.getElementById("person:margaret-hale");
      cy.center(node); // wherever the layout put it, bring it into view
      const box = document.getElementById("graph")!.getBoundingClientRect();
      const pos = node.renderedPosition();
      return { x: box.left + pos.x, y: box.top + pos.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#view[data-state="ready"][data-view="entity"]');
    assert.equal(await page.textContent("#entity-name"), "Margaret Hale");
    const aliases = await page.$$eval(".aliases strong", (s) => s.map((x) => x.textContent));
    assert.ok(aliases.includes("Ms Hale"), `aliases: ${aliases.join(", ")}`);
    await shot("entity");
  });

  test("an entity's page shows the bounded entity the API gives: counts and each name's first source", async () => {
    const id = "person:margaret-hale";
    await open(`#/case/${CASE}`); // away from the page the graph test left open
    const answer = page.waitForResponse((r) =>
      new URL(r.url()).pathname.endsWith(`/entities/${encodeURIComponent(id)}`),
    );
    await open(`#/case/${CASE}/entity/${encodeURIComponent(id)}`);
    const api = await answer;
    assert.equal(new URL(api.url()).search, "", "the page asks for the bounded entity, not ?all");
    const e = (await api.json()).entity;
    assert.equal(e.documents, undefined);
    assert.equal(
      (await page.textContent(".lede .meta"))?.trim(),
      `Named in ${e.documentCount} articles, ${e.mentionCount} mentions.`,
    );
    const links = await page.$$eval(".aliases li", (items) =>
      items.map((li) => ({
        name: li.querySelector("strong")?.textContent,
        count: li.querySelector("a.source-count")?.textContent ?? null,
        href: li.querySelector("a.source-count")?.getAttribute("href") ?? null,
      })),
    );
    assert.deepEqual(
      links.map((l) => [l.name, l.count]),
      e.aliases.map((a: { text: string; sourceCount: number; sources: unknown[] }) => [
        a.text,
        a.sources.length ? `${a.sourceCount} mention${a.sourceCount === 1 ? "" : "s"}` : null,
      ]),
    );
    const first = e.aliases.find((a: { sources: unknown[] }) => a.sources.length);
    const href = links.find((l) => l.name === first.text)?.href ?? "";
    assert.ok(href.includes(encodeURIComponent(first.sources[0].document)), href);
    assert.ok(href.endsWith(`?hl=${first.sources[0].start}-${first.sources[0].end}`), href);
    assert.equal(await page.$$eval(".more-note", (n) => n.length), 0, "nothing cut on a three-article case");
    const sources = await page.$$eval(".event-list .evidence a.source-count", (a) => a.map((x) => x.textContent));
    assert.deepEqual(
      sources,
      (await api.json()).events.map(
        (t: { documentCount: number }) => `${t.documentCount} source${t.documentCount === 1 ? "" : "s"}`,
      ),
    );
    assert.deepEqual(pageErrors, []);
  });

  test("the timeline zooms, and contradictions are shown side by side", async () => {
    await open(`#/case/${CASE}/timeline`);
    const width = () => page.$eval("#timeline-axis .axis-inner", (el) => el.getBoundingClientRect().width);
    const w1 = await width();
    await page.click('button[title="Zoom in"]');
    assert.ok((await width()) > w1 * 1.4, "zooming in widens the axis");
    assert.equal(await page.textContent(".zoom-level"), "150%");
    await page.click('button[title="Show the whole case"]');
    // Milestone level: each milestone is one line, its reports open on demand.
    const reports = await page.$$("li.event details.reports");
    assert.ok(reports.length > 0, "every milestone has its reports behind a disclosure");
    assert.equal(await page.$$eval("li.event > p.evidence", (ps) => ps.length), 0);
    await shot("timeline");
    await open(`#/case/${CASE}/contradictions`);
    const ages = await page.$$eval(".contradiction", (cards) =>
      cards
        .filter((c) => c.querySelector("h3")?.textContent?.includes("Margaret Hale"))
        .flatMap((c) => [...c.querySelectorAll(".value-head")].map((v) => v.textContent)),
    );
    assert.ok(ages.includes("49"), `values: ${ages.join(", ")}`);
    await shot("contradictions");
  });

  test("an uploaded article appears in the case", async () => {
    await open(`#/case/${CASE}/add`);
    await shot("add");
    const text = [
      "Fleetwood councillor Amir Shah called on the Harbour Trust to publish its accounts in full.",
      'Mr Shah told a public meeting on Tuesday: "People deserve to know where their money went."',
    ].join("\n\n");
    await page.setInputFiles("#add-file", {
      name: "shah-meeting.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text),
    });
    await page.click("#add-form button[type=submit]");
    await page.waitForSelector("#added-link");
    // The appeal ("called on the Harbour Trust to publish …") is reported speech too.
    assert.match((await page.textContent("#add-status")) ?? "", /Added: .*2 quotes/);
    await page.click("#added-link");
    await page.waitForSelector('#view[data-state="ready"][data-view="document"]');
    // A text file's first line is its title (issue 17 item 10).
    const title = "Fleetwood councillor Amir Shah called on the Harbour Trust to publish its accounts in full.";
    assert.equal(await page.textContent("#document-title"), title);
    assert.ok((await page.textContent("#article-text"))?.includes("People deserve to know"));
    await open(`#/case/${CASE}/quotes?text=${encodeURIComponent("money went")}`);
    assert.equal(await page.textContent("#quote-count"), "1 quote");
    await open(`#/case/${CASE}/documents`);
    const titles = await page.$$eval("#document-table a", (a) => a.map((x) => x.textContent));
    assert.ok(titles.includes(title));
  });

  test("search finds a person and the articles naming her", async () => {
    await open(`#/case/${CASE}`);
    await page.fill("#search-input", "Nadia Brooks");
    await page.press("#search-input", "Enter");
    await page.waitForSelector('#view[data-state="ready"][data-view="search"]');
    const hits = await page.$$eval("#search-hits li a", (a) => a.map((x) => x.textContent));
    assert.ok(
      hits.some((t) => t?.includes("Hale denies fraud at first hearing")),
      `hits: ${hits.join(" | ")}`,
    );
    await shot("search");
  });

  test("markup and scripts in an article are shown as text and never run", async () => {
    const doc = {
      id: "hostile",
      source: "javascript:window.__pwned=3",
      outlet: "<b>Outlet</b>",
      published: "2024-06-01",
      title: '<img src=x onerror="window.__pwned=4">Headline',
      text: HOSTILE_TEXT,
    };
    await temp.store.addDocument(CASE, doc, extract(doc.text, { id: doc.id, published: doc.published }));
    await open(`#/case/${CASE}/document/hostile`);
    const text = (await page.textContent("#article-text")) ?? "";
    assert.ok(text.includes("<script>window.__pwned = 1</script>"), "the script tag is shown as text");
    assert.ok(text.includes('onerror="window.__pwned = 2"'));
    assert.equal(await page.textContent("#document-title"), doc.title);
    assert.equal(await page.$$eval("#view img, #view script", (els) => els.length), 0);
    // A source that is not a web address is not linked at all (issue 17 item 9): no javascript: link.
    const hrefs = await page.$$eval(".document-head a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
    assert.ok(!hrefs.some((x) => /^\s*javascript:/i.test(x)), hrefs.join(", "));
    await open(`#/case/${CASE}/quotes`);
    await open(`#/case/${CASE}/documents`);
    await open(`#/case/${CASE}/search?q=${encodeURIComponent("onerror")}`);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
  });

  test("no view threw an error in the page", async () => {
    assert.deepEqual(pageErrors, []);
  });
});
