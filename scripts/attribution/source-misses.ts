// Counts Casefile's PolNeAR source misses by class (train/dev only; never run it on test): for each gold
// Source span that no predicted source (polnearSource) covers word for word, whether the attribution was
// found (a predicted quote shares its cue or overlaps its content) and, if it was, how the source differs;
// if not, which cue word and what kind of source it had. Prints the class table, and with --show CLASS
// the gold and predicted strings of that class.
//   node dist/scripts/attribution/source-misses.js [--split dev|train] [--show CLASS] [--limit N]
import { join } from "node:path";
import { extract } from "../../src/extract/index.js";
import { sharedPath } from "../lib/shared.js";
import { isMain } from "../lib/main.js";
import {
  type AttributedQuote,
  type Fragments,
  parseAnn,
  polnearArticles,
  polnearSource,
  wordOffsets,
  wordSet,
} from "../polnear.js";

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them)$/i;
const UNNAMED =
  /^(an?|the|another|some|many|several|two|three|other|most|one|his|her|their|its)?\s*\b(source|sources|official|officials|aides?|people|experts?|critics|observers|analysts|reports?|polls?|surveys?|data|studies|study|documents?|records|statement)\b/i;

interface Miss {
  cls: string;
  gold: string;
  pred: string;
  context: string;
}

export function classify(split: string): { misses: Miss[]; extra: Miss[]; gold: number; pred: number; exact: number } {
  const dir = sharedPath("data", "quotes", "polnear", "data", split);
  if (!dir) throw new Error("../shared/data/quotes/polnear is absent");
  const misses: Miss[] = [];
  const extra: Miss[] = [];
  let nGold = 0;
  let nPred = 0;
  let nExact = 0;
  for (const a of polnearArticles(join(dir))) {
    const text = a.text;
    const gold = parseAnn(a.ann, text);
    const words = wordOffsets(text);
    const ws = (f: Fragments) => wordSet(words, f);
    const key = (s: Set<number>) => [...s].sort((x, y) => x - y).join(",");
    const str = (f: Fragments) => f.map(([s, e]) => text.slice(s, e)).join(" … ");
    const quotes: AttributedQuote[] = extract(text).quotes;
    const predSources = quotes.map((q) => (q.speakerMention ? polnearSource(text, q) : []));
    const predKeys = new Set(predSources.filter((f) => f.length).map((f) => key(ws(f))));
    const goldSources = [...gold.spans.values()].filter((s) => s.type === "Source");
    const goldKeys = new Set(goldSources.map((s) => key(ws(s.fragments))));
    const seen = new Set<string>();
    for (const s of goldSources) {
      const k = key(ws(s.fragments));
      if (!k || seen.has(k)) continue;
      seen.add(k);
      nGold++;
      if (predKeys.has(k)) {
        nExact++;
        continue;
      }
      const g = ws(s.fragments);
      const attrs = gold.attributions.filter((x) => x.sources.some((f) => key(ws(f)) === k));
      // The predicted quote that found this attribution: same cue words, else most content overlap.
      let best = -1;
      let bestScore = 0;
      quotes.forEach((q, i) => {
        const qw = ws([[q.start, q.end]]);
        const cw = q.cue ? ws([[q.cue.start, q.cue.end]]) : new Set<number>();
        for (const at of attrs) {
          let score = 0;
          for (const c of at.cues) if ([...ws(c)].some((w) => cw.has(w))) score += 100;
          for (const c of at.contents) for (const w of ws(c)) if (qw.has(w)) score++;
          if (score > bestScore) {
            bestScore = score;
            best = i;
          }
        }
      });
      const goldText = str(s.fragments);
      const [s0, e0] = s.fragments[0];
      const context = text.slice(Math.max(0, s0 - 100), Math.min(text.length, e0 + 100)).replace(/\s+/g, " ");
      if (best < 0 || bestScore < 3) {
        const cue = attrs[0]?.cues[0] ? str(attrs[0].cues[0]).toLowerCase() : "(none)";
        const kind = PRONOUN.test(goldText.trim())
          ? "pronoun"
          : UNNAMED.test(goldText.trim())
            ? "unnamed"
            : "named/described";
        misses.push({ cls: `not found: source ${kind}`, gold: goldText, pred: `cue "${cue}"`, context });
        continue;
      }
      const q = quotes[best];
      const pf = predSources[best];
      if (!pf.length) {
        const kind = PRONOUN.test(goldText.trim())
          ? "pronoun"
          : UNNAMED.test(goldText.trim())
            ? "unnamed"
            : "named/described";
        misses.push({ cls: `found, no source (${kind})`, gold: goldText, pred: "-", context });
        continue;
      }
      const p = ws(pf);
      const shared = [...g].filter((w) => p.has(w)).length;
      const predText = str(pf);
      if (!shared) {
        let cls = "found, other source";
        if (PRONOUN.test(goldText.trim())) cls = "found, name for a gold pronoun";
        else if (PRONOUN.test(text.slice(q.speakerMention!.start, q.speakerMention!.end)))
          cls = "found, pronoun for a gold name";
        misses.push({ cls, gold: goldText, pred: predText, context });
        continue;
      }
      const gMin = Math.min(...g);
      const gMax = Math.max(...g);
      const pMin = Math.min(...p);
      const pMax = Math.max(...p);
      const wordsText = (from: number, to: number) =>
        from > to ? "" : text.slice(words.start[from], words.end[to]).replace(/\s+/g, " ");
      const parts: string[] = [];
      if (gMin < pMin) parts.push(`gold adds before "${wordsText(gMin, pMin - 1)}"`);
      if (pMin < gMin) parts.push(`pred adds before "${wordsText(pMin, gMin - 1)}"`);
      if (gMax > pMax) parts.push(`gold adds after "${wordsText(pMax + 1, gMax)}"`);
      if (pMax > gMax) parts.push(`pred adds after "${wordsText(gMax + 1, pMax)}"`);
      const cls = boundaryClass(parts, text, words, { gMin, gMax, pMin, pMax });
      misses.push({ cls, gold: goldText, pred: `${predText}   [${parts.join("; ")}]`, context });
    }
    // Predicted sources that match no gold source (the precision side).
    const predSeen = new Set<string>();
    predSources.forEach((pf, i) => {
      if (!pf.length) return;
      const k = key(ws(pf));
      if (predSeen.has(k)) return;
      predSeen.add(k);
      nPred++;
      if (goldKeys.has(k)) return;
      const p = ws(pf);
      const overlaps = goldSources.some((s) => [...ws(s.fragments)].some((w) => p.has(w)));
      const q = quotes[i];
      const context = text.slice(Math.max(0, q.start - 60), Math.min(text.length, q.end + 60)).replace(/\s+/g, " ");
      extra.push({
        cls: overlaps ? "pred: boundary (counted above)" : `pred: no gold source there (${q.kind})`,
        gold: "-",
        pred: str(pf),
        context,
      });
    });
  }
  return { misses, extra, gold: nGold, pred: nPred, exact: nExact };
}

function boundaryClass(
  parts: string[],
  text: string,
  words: { start: number[]; end: number[] },
  b: { gMin: number; gMax: number; pMin: number; pMax: number },
): string {
  const all = parts.join(" ");
  const gapBefore = b.gMin < b.pMin ? text.slice(words.start[b.gMin], words.start[b.pMin]) : "";
  const gapAfter = b.gMax > b.pMax ? text.slice(words.end[b.pMax], words.end[b.gMax]) : "";
  const predAfter = b.pMax > b.gMax ? text.slice(words.end[b.gMax], words.end[b.pMax]) : "";
  if (/\band\b/.test(gapBefore) || /^\s*(,[^,]*,?\s*)?and\b/.test(gapAfter)) return "boundary: coordinated sources";
  if (/['’]s?\s*$/.test(gapBefore) || /^\s*['’]s\b/.test(gapAfter)) return "boundary: possessive";
  if (/^\s*\(/.test(gapAfter)) return "boundary: gold adds parenthesis";
  if (/^\s*,/.test(gapAfter)) return "boundary: gold adds apposition after";
  if (/^\s*(of|for|at|from|with|in|on)\b/.test(gapAfter)) return "boundary: gold adds a phrase after";
  if (/^\s*(who|which|that)\b/.test(gapAfter)) return "boundary: gold adds relative clause";
  if (/^\s*,/.test(predAfter)) return "boundary: pred adds apposition gold lacks";
  if (gapBefore && !parts.some((p) => p.startsWith("gold adds after") || p.startsWith("pred")))
    return "boundary: gold adds words before (title, determiner, modifier)";
  if (parts.some((p) => p.startsWith("pred adds before"))) return "boundary: pred adds words before";
  return `boundary: other (${all.slice(0, 0)})`;
}

/** The command line's options, and its PolNeAR split (train or dev; test texts are never read). */
export function missArgs(): { arg: (name: string) => string | undefined; split: string } {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const split = arg("--split") ?? "dev";
  if (split === "test") throw new Error("PolNeAR test texts are not read: score it with polnear.js once");
  return { arg, split };
}

if (isMain(import.meta.url)) {
  const { arg, split } = missArgs();
  const r = classify(split);
  const counts = new Map<string, number>();
  for (const m of [...r.misses, ...r.extra]) counts.set(m.cls, (counts.get(m.cls) ?? 0) + 1);
  console.log(`PolNeAR ${split}: ${r.gold} distinct gold sources, ${r.pred} predicted, ${r.exact} exact`);
  for (const [cls, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(5)}  ${cls}`);
  const show = arg("--show");
  if (show) {
    const limit = Number(arg("--limit") ?? 40);
    for (const m of [...r.misses, ...r.extra].filter((x) => x.cls.startsWith(show)).slice(0, limit))
      console.log(`\n[${m.cls}] gold: ${m.gold}\n  pred: ${m.pred}\n  ${m.context}`);
  }
}
