// Counts the PolNeAR attributions Casefile extracts nothing for (train/dev only; never run it on test):
// a gold attribution whose Content no predicted quote overlaps. Each is classified by the form of its cue
// ("according to", a noun cue such as "the claim that", a cue in parentheses, "as X put it", content
// before the cue, content spanning sentences, a cue with "that" or without it) and counted by cue head,
// so the largest classes of missed attributions can be taken first.
//   node dist/scripts/attribution/content-misses.js [--split dev|train] [--show CLASS] [--cue HEAD] [--limit N]
import { join } from "node:path";
import { extract } from "../../src/extract/index.js";
import { sharedPath } from "../lib/shared.js";
import { isMain } from "../lib/main.js";
import { type Fragments, parseAnn, polnearArticles, wordOffsets, wordSet } from "../polnear.js";
import { missArgs } from "./source-misses.js";

const AUX =
  /^(a|an|the|has|have|had|is|are|was|were|be|been|being|will|would|could|should|may|might|must|can|did|do|does|not|n't|also|then|just|to|his|her|their|its|our|my|your)$/i;

interface ContentMiss {
  cls: string;
  head: string;
  cue: string;
  context: string;
}

/** The form of an attribution's cue and content, as one class name. */
export function cueForm(text: string, cue: Fragments | undefined, content: Fragments): string {
  if (!cue) return "no cue";
  const cueText = cue.map(([s, e]) => text.slice(s, e)).join(" ");
  const cs = cue[0][0];
  const ce = cue[cue.length - 1][1];
  const ks = content[0][0];
  const ke = content[content.length - 1][1];
  const inner = text.slice(ks, ke);
  const before = text.slice(Math.max(0, cs - 40), cs);
  const after = text.slice(ce, Math.min(text.length, ce + 12));
  if (/according\s+to/i.test(cueText)) return "according to";
  if (/\(\s*$/.test(before.slice(-3)) || /\([^)]*$/.test(text.slice(Math.max(0, cs - 30), cs)))
    return "cue in parentheses";
  if (
    /^\s*as\b/i.test(
      text
        .slice(Math.max(0, cs - 25), cs)
        .split(/[,.;]/)
        .pop() ?? "",
    )
  )
    return "as X cue";
  if (/\?/.test(inner) || /\b(asked|ask|asks|asking|wondered|question)\b/i.test(cueText)) return "question";
  const multi = /[.!?]["”’]?\s+["“]?[A-Z]/.test(inner);
  const side = ks >= ce ? "after" : ke <= cs ? "before" : "around";
  const quoted = /["“”]/.test(inner) ? "quoted" : "unquoted";
  if (multi) return `multi-sentence content ${side} (${quoted})`;
  if (side === "after" && /^\s*that\b/i.test(after)) return `cue + that (${quoted})`;
  if (/^(the|a|an|his|her|their|its)\s/i.test(cueText) || /^\s*(of|that|to|about)\b/i.test(after))
    if (!/^\s*that\b/i.test(after) || /^(the|a|an|his|her|their|its)\s/i.test(cueText))
      return `noun-like cue ${side} (${quoted})`;
  if (side === "after" && /^\s*to\s/i.test(text.slice(ce, ks + 4))) return `cue + to-infinitive (${quoted})`;
  return `cue, content ${side}, no that (${quoted})`;
}

function cueHead(text: string, cue: Fragments | undefined): string {
  if (!cue) return "-";
  const words = cue.flatMap(
    ([s, e]) =>
      text
        .slice(s, e)
        .toLowerCase()
        .match(/[\p{L}']+/gu) ?? [],
  );
  return words.find((w) => !AUX.test(w) && !/ly$/.test(w)) ?? words[0] ?? "-";
}

export function contentMisses(split: string): { misses: ContentMiss[]; gold: number } {
  const dir = sharedPath("data", "quotes", "polnear", "data", split);
  if (!dir) throw new Error("../shared/data/quotes/polnear is absent");
  const misses: ContentMiss[] = [];
  let gold = 0;
  for (const a of polnearArticles(join(dir))) {
    const text = a.text;
    const ann = parseAnn(a.ann, text);
    const words = wordOffsets(text);
    const covered = new Set<number>();
    for (const q of extract(text).quotes) for (const w of wordSet(words, [[q.start, q.end]])) covered.add(w);
    for (const at of ann.attributions) {
      if (!at.contents.length) continue;
      gold++;
      const content = at.contents.flat() as Fragments;
      const cw = [...wordSet(words, content)];
      if (cw.some((w) => covered.has(w))) continue;
      const cue = at.cues[0];
      const cls = cueForm(text, cue, content);
      const from = Math.min(content[0][0], cue?.[0][0] ?? Infinity);
      const to = Math.max(content[content.length - 1][1], cue?.[cue.length - 1][1] ?? 0);
      const src = at.sources[0] ? at.sources[0].map(([s, e]) => text.slice(s, e)).join(" ") : "-";
      const ctx = `${text.slice(Math.max(0, from - 60), from)}⟦${text.slice(from, Math.min(to, from + 400))}⟧${text.slice(to, to + 40)}`;
      misses.push({
        cls,
        head: cueHead(text, cue),
        cue: cue ? cue.map(([s, e]) => text.slice(s, e)).join(" … ") : "-",
        context: `src=${src} | ${ctx.replace(/\s+/g, " ")}`,
      });
    }
  }
  return { misses, gold };
}

if (isMain(import.meta.url)) {
  const { arg, split } = missArgs();
  const { misses, gold } = contentMisses(split);
  const tally = (key: (m: ContentMiss) => string, list = misses) => {
    const c = new Map<string, number>();
    for (const m of list) c.set(key(m), (c.get(key(m)) ?? 0) + 1);
    return [...c].sort((x, y) => y[1] - x[1]);
  };
  console.log(
    `PolNeAR ${split}: ${gold} gold attributions with content, ${misses.length} with no quote overlapping it`,
  );
  for (const [cls, n] of tally((m) => m.cls)) console.log(`${String(n).padStart(5)}  ${cls}`);
  console.log("\nby cue head (top 40):");
  console.log(
    tally((m) => m.head)
      .slice(0, 40)
      .map(([h, n]) => `${h} ${n}`)
      .join(", "),
  );
  const show = arg("--show");
  const head = arg("--cue");
  if (show || head) {
    const limit = Number(arg("--limit") ?? 30);
    const chosen = misses.filter((m) => (!show || m.cls.startsWith(show)) && (!head || m.head === head));
    if (show)
      console.log(
        `\n${show}, by cue head: ${tally((m) => m.head, chosen)
          .slice(0, 25)
          .map(([h, n]) => `${h} ${n}`)
          .join(", ")}`,
      );
    for (const m of chosen.slice(0, limit)) console.log(`\n[${m.cls}] cue "${m.cue}"\n  ${m.context}`);
  }
}
