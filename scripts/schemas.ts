// Writes schemas/case-export.schema.json from its one definition, src/export/contract.ts:
// `npm run schemas` after changing the contract (test/export/contract.test.ts fails until then).
import { writeFileSync } from "node:fs";
import { projectPath } from "../src/core/paths.js";
import { caseExportJsonSchema } from "../src/export/contract.js";

const out = projectPath("schemas", "case-export.schema.json");
writeFileSync(out, JSON.stringify(caseExportJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out}`);
