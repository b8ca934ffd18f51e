// A robustness check of the tuned splits: every "said" and "says" of an article's text becomes
// another verb of saying, drawn at random ("…, Ann Roe said." -> "…, Ann Roe cautioned."; "says"
// -> "cautions"). What the rules learned from the verb the tuned articles use most shows as the
// drop between the split and its reworded copy. The answers are left as they are: a quotation
// whose words hold "said" still matches (the scorer matches quotations by word overlap). The check
// split is never reworded. The verbs below are test material, not a lexicon: extraction never
// reads them.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { random } from "../generate-corpus.js";

/** Verbs of saying that take what was said as "said" does (a that-clause, a quotation), past and present. */
export const VERBS: readonly (readonly [string, string])[] = (
  "added/adds noted/notes explained/explains insisted/insists argued/argues stated/states remarked/remarks " +
  "declared/declares claimed/claims observed/observes conceded/concedes acknowledged/acknowledges " +
  "replied/replies countered/counters admitted/admits complained/complains maintained/maintains " +
  "stressed/stresses cautioned/cautions asserted/asserts contended/contends commented/comments " +
  "recalled/recalls warned/warns quipped/quips"
)
  .split(" ")
  .map((pair) => pair.split("/") as [string, string]);

/** `text` with each "said" and "says" (lower case, a whole word) replaced by a verb `next` draws. */
export function reworded(text: string, next: () => number): string {
  return text.replace(/(?<![\p{L}\p{N}])(said|says)(?![\p{L}\p{N}])/gu, (w) => {
    const [past, present] = VERBS[Math.floor(next() * VERBS.length)];
    return w === "said" ? past : present;
  });
}

/** Copies the gold articles of `from` into `into` with their verbs of saying reworded (seeded). */
export function rewordGoldDir(from: string, into: string, seed: number): void {
  mkdirSync(into, { recursive: true });
  const next = random(seed);
  for (const f of readdirSync(from)
    .filter((x) => x.endsWith(".json") && x !== "case.json")
    .sort()) {
    const article = JSON.parse(readFileSync(join(from, f), "utf8")) as { text: string };
    writeFileSync(join(into, f), JSON.stringify({ ...article, text: reworded(article.text, next) }));
  }
}
