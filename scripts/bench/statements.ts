// Bench section "statements": saidAt, addressee and channel against the small hand-made gold of
// test/fixtures/statements (the seed article and dev-01…dev-10; see its README). The texts are
// read from shared/data, so the section is skipped without them.
//
// A gold quote is found among Casefile's quotes of the same article when one of them covers at
// least half of the gold quote's opening words (the gold names each quote by them), and is not
// taken by another gold quote it covers whose start is nearer its own (one Casefile quote answers
// for one gold quote). For each
// field the text states (gold not null), the field is right when Casefile gives the same value:
// the same ISO date, the same channel, the same addressee once case and a leading "the" are
// folded away. Figures:
// - accuracy on stated fields, over the gold quotes Casefile found (the measure);
// - the same with the stated fields of quotes Casefile did not find counted as wrong;
// - invented: fields Casefile fills in where the text states none (over the found quotes).
import { readFileSync } from "node:fs";
import { projectPath } from "../../src/core/paths.js";
import type { Quote } from "../../src/core/schema.js";
import { extract } from "../../src/extract/index.js";
import { sharedPath } from "../lib/shared.js";
import { pct, table } from "../lib/table.js";

const FIELDS = ["saidAt", "addressee", "channel"] as const;
type Field = (typeof FIELDS)[number];

interface GoldQuote {
  quote: string;
  saidAt: string | null;
  addressee: string | null;
  channel: string | null;
}
interface GoldArticle {
  file: string;
  published?: string;
  quotes: GoldQuote[];
}

const foldAddressee = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[’']/g, "'")
    .trim();

function predicted(q: Quote, field: Field): string | null {
  if (field === "saidAt") return q.saidAt?.value ?? null;
  if (field === "addressee") return q.addressee?.text ?? null;
  return q.channel && q.channel !== "unknown" ? q.channel : null;
}

function same(field: Field, gold: string, got: string | null): boolean {
  if (got === null) return false;
  return field === "addressee" ? foldAddressee(gold) === foldAddressee(got) : gold === got;
}

export interface StatementScore {
  perField: Record<Field, { stated: number; found: number; right: number; invented: number }>;
  quotes: number;
  found: number;
  misses: string[];
}

export function scoreStatements(articles: GoldArticle[], dataDir: string): StatementScore {
  const perField = Object.fromEntries(
    FIELDS.map((f) => [f, { stated: 0, found: 0, right: 0, invented: 0 }]),
  ) as StatementScore["perField"];
  let quotes = 0;
  let found = 0;
  const misses: string[] = [];
  for (const a of articles) {
    const j = JSON.parse(readFileSync(`${dataDir}/${a.file}`, "utf8")) as { text: string; published: string | null };
    const published = a.published ?? j.published;
    const x = extract(j.text, { published });
    const spans = a.quotes.map((g) => {
      const at = j.text.indexOf(g.quote);
      return { at, end: at + g.quote.length, half: g.quote.length / 2 };
    });
    const covers = (q: Quote, k: number) =>
      Math.min(q.end, spans[k].end) - Math.max(q.start, spans[k].at) >= spans[k].half;
    // One Casefile quote answers for one gold quote: of those it covers, the one starting nearest
    // to it ("A, which it claimed was B, a court heard" holds two gold quotes; Casefile's one is A).
    const owner = x.quotes.map((q) => {
      let best = -1;
      for (let k = 0; k < spans.length; k++)
        if (covers(q, k) && (best < 0 || Math.abs(spans[k].at - q.start) < Math.abs(spans[best].at - q.start)))
          best = k;
      return best;
    });
    for (const [k, g] of a.quotes.entries()) {
      quotes++;
      const match = x.quotes.find((q, n) => owner[n] === k);
      if (match) found++;
      for (const f of FIELDS) {
        const gold = g[f];
        const got = match ? predicted(match, f) : null;
        const s = perField[f];
        if (gold === null) {
          if (match && got !== null) {
            s.invented++;
            misses.push(`${a.file} "${g.quote}" ${f}: none stated, got ${got}`);
          }
          continue;
        }
        s.stated++;
        if (!match) {
          misses.push(`${a.file} "${g.quote}" ${f}: quote not found (gold ${gold})`);
          continue;
        }
        s.found++;
        if (same(f, gold, got)) s.right++;
        else misses.push(`${a.file} "${g.quote}" ${f}: gold ${gold}, got ${got ?? "nothing"}`);
      }
    }
  }
  return { perField, quotes, found, misses };
}

export async function run(): Promise<void> {
  const data = sharedPath("data");
  if (!data) {
    console.log("(shared/data is absent: statements section skipped)");
    return;
  }
  const gold = JSON.parse(readFileSync(projectPath("test", "fixtures", "statements", "gold.json"), "utf8")) as {
    articles: GoldArticle[];
  };
  const s = scoreStatements(gold.articles, data);
  const rows = FIELDS.map((f) => {
    const x = s.perField[f];
    return [
      f,
      x.stated,
      x.found,
      x.right,
      pct(x.found ? x.right / x.found : null),
      pct(x.stated ? x.right / x.stated : null),
      x.invented,
    ];
  });
  const total = FIELDS.reduce(
    (t, f) => ({
      stated: t.stated + s.perField[f].stated,
      found: t.found + s.perField[f].found,
      right: t.right + s.perField[f].right,
      invented: t.invented + s.perField[f].invented,
    }),
    { stated: 0, found: 0, right: 0, invented: 0 },
  );
  rows.push([
    "all three",
    total.stated,
    total.found,
    total.right,
    pct(total.right / total.found),
    pct(total.right / total.stated),
    total.invented,
  ]);
  console.log(
    `Statement fields on the gold of test/fixtures/statements (seed + dev-01…10): ${s.quotes} quotes, ${s.found} found by Casefile`,
  );
  console.log(
    table(["field", "stated", "quote found", "right", "accuracy (found)", "accuracy (all stated)", "invented"], rows),
  );
  if (process.env.CASEFILE_BENCH_VERBOSE) for (const m of s.misses) console.log("  " + m);
}
