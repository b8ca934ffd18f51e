// The layer rules of eslint.config.js bite: extract/ and core/ may not import store, server, cli
// or ingest, and casefile/ may not import the store. (`npm run deps` checks for import cycles.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { ESLint } from "eslint";
import { projectRoot } from "../src/core/paths.js";

async function errors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: projectRoot() });
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot()}/${file}` });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

test("extract/ and core/ cannot import store, server, cli or ingest; casefile/ cannot import the store", async () => {
  const reach = (path: string) => `import type { X } from "${path}";\nexport type Y = X;\n`;
  assert.equal((await errors("src/extract/quotes/probe.ts", reach("../../store/types.js"))).length, 1);
  assert.equal((await errors("src/extract/probe.ts", reach("../server/routes.js"))).length, 1);
  assert.equal((await errors("src/core/probe.ts", reach("../ingest/one.js"))).length, 1);
  assert.equal((await errors("src/core/probe.ts", reach("../cli/table.js"))).length, 1);
  assert.equal((await errors("src/casefile/probe.ts", reach("../store/index.js"))).length, 1);
  assert.deepEqual(await errors("src/casefile/probe.ts", reach("../core/schema.js")), [], "downward imports are fine");
  assert.deepEqual(await errors("src/server/probe.ts", reach("../store/types.js")), [], "the edges may use the store");
});
