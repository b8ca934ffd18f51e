// Bench section "timeline": dated events and date normalisation on the development set plus the
// seed article, for Casefile and for chrono-node alone, measured in the same run.
//
// - Events P/R/F1: shared/eval/score.mjs --json over Casefile's extraction of every gold file
//   (type and date at the gold precision; only dated gold events are scored).
// - Date normalisation accuracy: over every gold event with a date whose evidence holds a date
//   expression (one found by Casefile or by chrono-node inside the evidence; its anchor is known,
//   since the gold date is not null), the share where Casefile's first time expression overlapping
//   the evidence normalises to the gold value at the gold precision. Gold dates worked out from
//   outside the evidence ("took the decision to bar him", dated by an earlier sentence) are
//   counted apart, not in the accuracy.
// - chrono-node alone: chrono.en.casual.parse over the whole text with the publication date as
//   reference (chrono's own default, the current time, when there is none), first result inside
//   each gold evidence, its date cut to the gold precision. The same denominator as ours.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { buildDoc } from "../../src/core/doc.js";
import type { TimeExpression } from "../../src/core/schema.js";
import { extract } from "../../src/extract/index.js";
import { extractTimes } from "../../src/extract/time/index.js";
import { runScore } from "../lib/score.js";
import { mergeGoldDirs, sharedPath, tempDir } from "../lib/shared.js";
import { pct, table } from "../lib/table.js";

interface GoldEvent {
  type: string;
  date: string | null;
  end?: string | null;
  evidence: string;
  participants: string[];
}
interface GoldEntity {
  id: string;
  name: string;
  mentions: string[];
}
interface GoldFile {
  id: string;
  published: string | null;
  text: string;
  entities: GoldEntity[];
  events: GoldEvent[];
}

const fold = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Participants of the dated events that match gold (type and date), greedily paired as score.mjs does. */
function participantScore(golds: GoldFile[], predDir: string): { tp: number; pred: number; gold: number } {
  const out = { tp: 0, pred: 0, gold: 0 };
  for (const g of golds) {
    const pred = JSON.parse(readFileSync(join(predDir, `${g.id}.json`), "utf8")) as {
      events: { type: string; date: string | null; participants: string[] }[];
    };
    const byId = new Map(g.entities.map((e) => [e.id, e]));
    const used = new Set<number>();
    for (const ge of g.events) {
      if (!ge.date) continue;
      const date = ge.date;
      const k = pred.events.findIndex((pe, i) => !used.has(i) && pe.type === ge.type && !!pe.date?.startsWith(date));
      if (k < 0) continue;
      used.add(k);
      const gold = ge.participants.map((id) => byId.get(id)).filter((e): e is GoldEntity => !!e);
      const names = gold.map((e) => new Set([e.name, ...e.mentions].map(fold)));
      out.tp += pred.events[k].participants.filter((n) => names.some((set) => set.has(fold(n)))).length;
      out.pred += pred.events[k].participants.length;
      out.gold += gold.length;
    }
  }
  return out;
}

/**
 * Linearity of extract() on one long sentence of dates and names (issue 17, item 4a: event
 * participants were matched name by event, so this shape was quadratic). The 1× and 10× inputs
 * are timed in alternation; the figure is the ratio of median CPU times (target ≤ 11×).
 */
export function datesAndNamesLinearity(): void {
  const names = ["Anna Berg", "Tomas Brandt", "Lena Ostrova", "Mara Quint", "Ivo Hale", "Ruth Amari"];
  const months = ["January", "February", "March", "April", "May", "June", "July", "August"];
  const clause = (i: number) =>
    `on ${1 + (i % 28)} ${months[i % months.length]} ${2000 + (i % 25)} ${names[i % names.length]} met ` +
    `${names[(i + 1) % names.length]} and was arrested`;
  const sentence = (n: number) => "Police said that " + Array.from({ length: n }, (_, i) => clause(i)).join(", ") + ".";
  const base = sentence(100);
  const long = sentence(1000);
  const cpu = (text: string) => {
    const c0 = process.cpuUsage();
    extract(text, { published: "2025-01-01" });
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  cpu(base);
  cpu(long);
  const ones: number[] = [];
  const tens: number[] = [];
  for (let r = 0; r < 3; r++) {
    ones.push(cpu(base));
    tens.push(cpu(long));
    ones.push(cpu(base));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const ratio = median(tens) / median(ones);
  console.log(
    `\nLinearity, one long sentence of dates and names: ${base.length} chars in ${median(ones).toFixed(1)} ms CPU, ` +
      `×10 (${long.length} chars) in ${median(tens).toFixed(1)} ms → ratio ${ratio.toFixed(2)}× ` +
      `(target ≤ 11×: ${ratio <= 11 ? "met" : "NOT MET"}; medians of 6 and 3 alternating runs)`,
  );
}

export async function run(): Promise<void> {
  datesAndNamesLinearity();
  const evalDir = sharedPath("eval");
  const dev = sharedPath("data", "dev");
  const seed = sharedPath("data", "seed");
  if (!evalDir || !dev || !seed) {
    console.log("(shared/eval or shared/data is absent: timeline section skipped)");
    return;
  }
  const tmp = tempDir("timeline");
  try {
    const goldDir = join(tmp.path, "gold");
    const predDir = join(tmp.path, "pred");
    mkdirSync(predDir, { recursive: true });
    const ids = mergeGoldDirs([dev, seed], goldDir);
    const golds: GoldFile[] = ids.map(
      (id) => JSON.parse(readFileSync(join(goldDir, `${id}.json`), "utf8")) as GoldFile,
    );

    const t0 = performance.now();
    for (const g of golds) {
      const result = extract(g.text, { id: g.id, published: g.published });
      writeFileSync(join(predDir, `${g.id}.json`), JSON.stringify(result));
    }
    const ms = performance.now() - t0;
    const score = runScore(evalDir, goldDir, predDir);
    const e = score.events;
    console.log(`events (type + date at gold precision), ${golds.length} documents (dev + seed), score.mjs --json:`);
    console.log(
      table(
        ["", "P", "R", "F1", "hit", "predicted", "gold"],
        [["Casefile", pct(e.p), pct(e.r), pct(e.f1), e.tp, e.pred, e.gold]],
      ),
    );
    console.log(`(full extraction of all ${golds.length} documents: ${(ms / 1000).toFixed(2)} s)`);
    const parts = participantScore(golds, predDir);
    console.log(
      `participants of matched dated events (name or mention of a gold participant): ` +
        `P ${pct(parts.tp / (parts.pred || 1))}  R ${pct(parts.tp / (parts.gold || 1))}  ` +
        `(${parts.tp} hit, ${parts.pred} predicted, ${parts.gold} gold)\n`,
    );

    const norm = normalisation(golds);
    console.log("date normalisation accuracy: gold dated events whose evidence holds a date expression;");
    console.log("right = the first time expression overlapping the evidence equals the gold date at gold precision");
    console.log(
      table(
        ["", "right", "of", "accuracy"],
        [
          ["Casefile", norm.ours, norm.of, pct(norm.ours / (norm.of || 1))],
          ["chrono-node alone", norm.chrono, norm.of, pct(norm.chrono / (norm.of || 1))],
        ],
      ),
    );
    console.log(`(${norm.outside} gold dates come from outside their evidence and are not counted)`);
    if (norm.misses.length) {
      console.log("Casefile misses:");
      for (const m of norm.misses) console.log(`  ${m}`);
    }
    const seedGold = golds.find((g) => g.id === "seed-article");
    if (seedGold) seedAnchors(seedGold.text);
  } finally {
    tmp.cleanup();
  }
}

/** The check: the seed's relative dates resolve with --published 2025-09-17 and stay null without. */
function seedAnchors(text: string): void {
  const show = (published: string | null): string => {
    const times = extractTimes(buildDoc(text), { published });
    const pick = (needle: string) => times.find((t) => t.text.includes(needle))?.value ?? null;
    return `"on Monday" = ${pick("Monday")}, "from October 6" = ${pick("October 6")}`;
  };
  console.log(`\nseed article, published 2025-09-17: ${show("2025-09-17")}`);
  console.log(`seed article, no publication date: ${show(null)}`);
}

interface Normalisation {
  ours: number;
  chrono: number;
  of: number;
  outside: number;
  misses: string[];
}

function normalisation(golds: GoldFile[]): Normalisation {
  const out: Normalisation = { ours: 0, chrono: 0, of: 0, outside: 0, misses: [] };
  for (const g of golds) {
    const times = extractTimes(buildDoc(g.text), { published: g.published }).filter((t) => t.kind !== "duration");
    const reference = g.published ? new Date(`${g.published}T12:00:00Z`) : new Date();
    const chronoResults = chrono.en.casual.parse(g.text, reference);
    for (const ev of g.events) {
      if (!ev.date) continue;
      const at = g.text.indexOf(ev.evidence);
      if (at < 0) continue;
      const end = at + ev.evidence.length;
      const ours = times.find((t) => t.start < end && t.end > at);
      const theirs = chronoResults.find((r) => r.index < end && r.index + r.text.length > at);
      if (!ours && !theirs) {
        out.outside++;
        continue;
      }
      out.of++;
      if (ours && atPrecision(ours.value, ev.date)) out.ours++;
      else out.misses.push(`${g.id}: gold ${ev.date}, ours ${describe(ours)} | ${ev.evidence}`);
      if (theirs && atPrecision(isoDay(theirs.start.date()), ev.date)) out.chrono++;
    }
  }
  return out;
}

function atPrecision(value: string | null | undefined, gold: string): boolean {
  return typeof value === "string" && value.length >= gold.length && value.startsWith(gold);
}

function isoDay(d: Date): string {
  const y = String(d.getFullYear()).padStart(4, "0");
  return `${y}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function describe(t: TimeExpression | undefined): string {
  return t ? `"${t.text}" = ${t.value}` : "no expression";
}
