// The cases the brief's tests read: the bundled example (with the seed's publication date) and,
// when /work/shared is present, the dev articles as one case. Built through the extractor and
// the case builder, the same pure functions the store calls.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCase, indexCase, type CaseIndex } from "../../src/casefile/index.js";
import type { CaseInput } from "../../src/casefile/types.js";
import { projectPath } from "../../src/core/paths.js";
import { extract } from "../../src/extract/index.js";
import type { Texts } from "../../src/brief/index.js";

export const DEV_DIR = process.env.CASEFILE_DEV_DIR || "/work/shared/data/dev";
export const DEV_SKIP = existsSync(DEV_DIR) ? false : `no dev articles at ${DEV_DIR} (shared data absent)`;

interface Article {
  id: string;
  source?: string | null;
  outlet?: string | null;
  published?: string | null;
  text: string;
}

export function caseOf(articles: Article[]): { index: CaseIndex; texts: Texts } {
  const inputs: CaseInput[] = articles.map((a) => ({
    document: { id: a.id, source: a.source ?? null, outlet: a.outlet ?? null, published: a.published ?? null },
    extraction: extract(a.text, { id: a.id, published: a.published ?? null, source: a.source ?? null }),
  }));
  return { index: indexCase(buildCase(inputs)), texts: new Map(articles.map((a) => [a.id, a.text])) };
}

export function exampleCase(): { index: CaseIndex; texts: Texts } {
  const a = JSON.parse(readFileSync(projectPath("examples", "seed-article.json"), "utf8")) as Article;
  return caseOf([{ ...a, id: "seed-article" }]);
}

/** The dev articles (dev-*.json) as one case. */
export function devArticles(): Article[] {
  return readdirSync(DEV_DIR)
    .filter((f) => /^dev-\d+\.json$/.test(f))
    .sort()
    .map((f) => {
      const j = JSON.parse(readFileSync(join(DEV_DIR, f), "utf8")) as Article;
      return { ...j, id: f.replace(/\.json$/, "") };
    });
}
