// The graph screenshots in docs/screenshots/ (issue 17 item 14): builds a case from a folder of
// articles with the ingest the CLI uses, serves it, and photographs the Connections view in
// headless Chromium, whole and focused on one entity.
//   node dist/scripts/graph-screenshot.js [FOLDER] [CASE] [FOCUS-ENTITY-ID]
// Defaults: ../shared/data/cases/khalife (gold stripped first), "khalife", person:daniel-abed-khalife.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectPath } from "../src/core/paths.js";
import { ingestPaths } from "../src/ingest/ingest.js";
import { startServer } from "../src/server/index.js";
import { openStore } from "../src/store/index.js";
import { sharedPath, tempDir } from "./lib/shared.js";

const CHROMIUM = process.env.CASEFILE_CHROMIUM || "/usr/bin/chromium";

async function main(): Promise<void> {
  const [folderArg, caseName = "khalife", focus = "person:daniel-abed-khalife"] = process.argv.slice(2);
  const tmp = tempDir("graph-shot");
  let folder = folderArg;
  if (!folder) {
    const khalife = sharedPath("data", "cases", "khalife");
    const evalDir = sharedPath("eval");
    if (!khalife || !evalDir) {
      console.log("(../shared/data/cases/khalife is absent: give a folder of articles)");
      return;
    }
    folder = join(tmp.path, "in");
    execFileSync(process.execPath, [join(evalDir, "strip-gold.mjs"), khalife, folder], { stdio: "ignore" });
    rmSync(join(folder, "case.json"), { force: true });
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
  const store = await openStore(join(tmp.path, "case.db"));
  await ingestPaths(store, [folder], { caseName });
  const server = await startServer({ store, port: 0, caseName });
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const shots: [string, string][] = [
      [`#/case/${caseName}/graph`, `graph-${caseName}.png`],
      [`#/case/${caseName}/graph?focus=${encodeURIComponent(focus)}`, `graph-${caseName}-focus.png`],
    ];
    for (const [hash, file] of shots) {
      await page.goto(`${server.origin}/${hash}`);
      await page.waitForSelector('#graph[data-ready="true"]', { timeout: 60_000 });
      const path = projectPath("docs", "screenshots", file);
      await page.screenshot({ path });
      console.log(`wrote ${path}: ${await page.textContent("#graph-count")}`);
    }
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    tmp.cleanup();
  }
}

await main();
