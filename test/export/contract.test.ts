// The export's JSON Schema file is generated from src/export/contract.ts: the committed file must
// be what the generator writes, so the schema, the TypeScript types and the docs cannot drift.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { projectPath } from "../../src/core/paths.js";
import { caseExportJsonSchema } from "../../src/export/contract.js";

test("schemas/case-export.schema.json equals the schema generated from src/export/contract.ts", () => {
  const committed = JSON.parse(readFileSync(projectPath("schemas", "case-export.schema.json"), "utf8"));
  assert.deepEqual(committed, caseExportJsonSchema(), "run `npm run schemas` and commit the file");
});
