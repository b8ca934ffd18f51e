// Screenshot of a case's timeline at milestone level, for docs/: the Khalife development case
// (shared/data/cases/khalife, its 15 articles with the gold stripped) served by `casefile serve`'s
// server from a temporary store and drawn in Debian's headless Chromium.
//
//   node dist/scripts/events/timeline-screenshot.js [--out docs/screenshots/timeline-khalife.png]
import { readdirSync, readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { projectPath } from "../../src/core/paths.js";
import { extract } from "../../src/extract/index.js";
import { startServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/index.js";
import { sharedPath } from "../lib/shared.js";

const CHROMIUM = process.env.CASEFILE_CHROMIUM || "/usr/bin/chromium";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const dir = sharedPath("data", "cases", "khalife");
  if (!dir) {
    console.log("(shared/data/cases/khalife is absent: no screenshot)");
    return;
  }
  const out = arg("--out", projectPath("docs", "screenshots", "timeline-khalife.png"));
  const tmp = mkdtempSync(join(tmpdir(), "casefile-shot-"));
  const store = await openStore(join(tmp, "case.db"));
  for (const f of readdirSync(dir)
    .filter((x) => /^kc-\d+\.json$/.test(x))
    .sort()) {
    const g = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
      id: string;
      source: string | null;
      published: string | null;
      text: string;
    };
    const doc = { id: g.id, source: g.source, outlet: null, published: g.published, title: null, text: g.text };
    await store.addDocument("khalife", doc, extract(g.text, { id: g.id, source: g.source, published: g.published }));
  }
  const server = await startServer({ store, port: 0 });
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/#/case/khalife/timeline`);
    await page.waitForSelector('#view[data-state="ready"]');
    await page.waitForTimeout(300);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`wrote ${out} (${height} px tall: ${(height / 900).toFixed(1)} screens of 900 px)`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
