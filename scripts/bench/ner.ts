// Bench section "ner": the named-entity tagger on CoNLL-2003 eng.testb (exact-match span micro
// F1, per type), on wikigold (out of domain), its speed on one core and peak memory, and the
// same for compromise (people, organisations, places) measured in the same run. Each system is
// measured in a child process of its own so load time and peak memory are its alone.
//   node dist/scripts/bench/ner.js --worker ours|compromise   (one measurement, JSON on stdout)

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type LabelledDocument, prf, SpanScorer, type TypeScore } from "../ner/conll.js";
import { CONLL_DIR, dataPath, readConll, WIKIGOLD } from "../ner/evaluate.js";
import { loadTagger, MODEL_FILE } from "../../src/extract/default-model.js";
import { projectPath } from "../../src/core/paths.js";
import { human, peakRssMb, perSecond, timeRounds } from "../lib/measure.js";
import { pct, table } from "../lib/table.js";

const KINDS = ["PER", "ORG", "LOC", "MISC"] as const;

interface Scores {
  byType: Record<string, TypeScore>;
  overall: TypeScore;
}

interface WorkerReport {
  system: string;
  loadMs: number;
  loadCpuMs: number;
  testb: Scores;
  wikigold: Scores | null;
  tokens: number;
  bestMs: number;
  medianMs: number;
  /** CPU time of the best round: on a busy shared machine, the fairer one-core figure */
  cpuMs: number;
  peakRssMb: number;
}

interface System {
  /** labels (IOB2) of every sentence of one document */
  tagDocument(sentences: string[][]): string[][];
}

function scores(s: SpanScorer): Scores {
  return { byType: Object.fromEntries(s.byType), overall: s.overall() };
}

function scoreSystem(sys: System, docs: readonly LabelledDocument[]): Scores {
  const scorer = new SpanScorer();
  for (const d of docs) {
    const pred = sys.tagDocument(d.sentences.map((s) => s.words));
    d.sentences.forEach((s, i) => scorer.add(s.labels, pred[i]));
  }
  return scores(scorer);
}

/** compromise over one sentence at a time: its #Person/#Organization/#Place matches as PER/ORG/LOC. */
async function compromiseSystem(): Promise<System> {
  const nlp = (await import("compromise")).default;
  const tagSentence = (words: string[]): string[] => {
    const starts: number[] = [];
    let text = "";
    for (const w of words) {
      starts.push(text.length);
      text += w + " ";
    }
    const labels: string[] = words.map(() => "O");
    const doc = nlp(text);
    const mark = (view: { json: (o: object) => unknown[] }, type: string): void => {
      for (const m of view.json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>) {
        if (!m.offset) continue;
        const from = m.offset.start;
        const to = from + m.offset.length;
        let first = true;
        for (let i = 0; i < words.length; i++) {
          if (starts[i] >= from && starts[i] < to && labels[i] === "O") {
            labels[i] = (first ? "B-" : "I-") + type;
            first = false;
          }
        }
      }
    };
    mark(doc.people(), "PER");
    mark(doc.organizations(), "ORG");
    mark(doc.places(), "LOC");
    return labels;
  };
  return { tagDocument: (sentences) => sentences.map(tagSentence) };
}

async function worker(system: string): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const sys: System = system === "ours" ? loadTagger(projectPath("models", MODEL_FILE)) : await compromiseSystem();
  const loadMs = performance.now() - t0;
  const lc = process.cpuUsage(c0);
  const loadCpuMs = (lc.user + lc.system) / 1000;
  const testb = readConll([...CONLL_DIR, "eng.testb"]);
  const testbScores = scoreSystem(sys, testb);
  const wiki = dataPath(WIKIGOLD) ? scoreSystem(sys, readConll(WIKIGOLD)) : null;
  const docs = testb.map((d) => d.sentences.map((s) => s.words));
  const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
  const t = timeRounds(
    () => {
      for (const d of docs) sys.tagDocument(d);
    },
    { budgetMs: system === "ours" ? 3000 : 6000, minRounds: 2, maxRounds: 10 },
  );
  const report: WorkerReport = {
    system,
    loadMs,
    loadCpuMs,
    testb: testbScores,
    wikigold: wiki,
    tokens,
    bestMs: t.bestMs,
    medianMs: t.medianMs,
    cpuMs: t.cpuMs,
    peakRssMb: peakRssMb(),
  };
  console.log(JSON.stringify(report));
}

function measure(system: string): WorkerReport {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, [self, "--worker", system], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as WorkerReport;
}

function f1(s: TypeScore | undefined): string {
  return pct(prf(s ?? { tp: 0, fp: 0, fn: 0 }).f);
}

export async function run(): Promise<void> {
  if (!dataPath([...CONLL_DIR, "eng.testb"])) {
    console.log(`skipped: ${projectPath(...CONLL_DIR, "eng.testb")} is absent`);
    return;
  }
  if (!dataPath(["models", MODEL_FILE])) {
    console.log(`skipped: models/${MODEL_FILE} is absent (node dist/scripts/train-ner.js)`);
    return;
  }
  const reports = [measure("ours"), measure("compromise")];
  const names: Record<string, string> = { ours: "Casefile tagger", compromise: "compromise" };
  console.log("CoNLL-2003 eng.testb, exact-match span F1 (conlleval), one sentence list per document");
  console.log(
    table(
      ["system", "PER", "ORG", "LOC", "MISC", "P", "R", "F1"],
      reports.map((r) => {
        const o = prf(r.testb.overall);
        return [names[r.system], ...KINDS.map((k) => f1(r.testb.byType[k])), pct(o.p), pct(o.r), pct(o.f)];
      }),
    ),
  );
  const three = (r: WorkerReport): string => {
    const t = { tp: 0, fp: 0, fn: 0 };
    for (const k of ["PER", "ORG", "LOC"]) {
      const e = r.testb.byType[k];
      if (!e) continue;
      t.tp += e.tp;
      t.fp += e.fp;
      t.fn += e.fn;
    }
    return pct(prf(t).f);
  };
  console.log(
    `(compromise has no MISC type; F1 over PER/ORG/LOC only: ${reports.map((r) => `${names[r.system]} ${three(r)}`).join(", ")})\n`,
  );
  console.log("wikigold (Wikipedia, out of domain), exact-match span F1");
  console.log(
    table(
      ["system", "PER", "ORG", "LOC", "MISC", "P", "R", "F1"],
      reports.map((r) => {
        if (!r.wikigold) return [names[r.system], "—", "—", "—", "—", "—", "—", "—"];
        const o = prf(r.wikigold.overall);
        return [names[r.system], ...KINDS.map((k) => f1(r.wikigold?.byType[k])), pct(o.p), pct(o.r), pct(o.f)];
      }),
    ),
  );
  console.log("\nspeed on eng.testb (one core, tagging only, after load; best round), load time, peak RSS");
  console.log(
    table(
      ["system", "tokens/s", "median tokens/s", "tokens/CPU-s", "load ms", "load CPU ms", "peak RSS MB"],
      reports.map((r) => [
        names[r.system],
        human(perSecond(r.tokens, r.bestMs)),
        human(perSecond(r.tokens, r.medianMs)),
        human(perSecond(r.tokens, r.cpuMs)),
        r.loadMs.toFixed(0),
        r.loadCpuMs.toFixed(0),
        r.peakRssMb.toFixed(0),
      ]),
    ),
  );
  console.log("targets (issue 3): testb F1 >= 90.0, >= 100k tokens/s, peak RSS <= 300 MB, load < 300 ms");
}

const w = process.argv.indexOf("--worker");
if (w >= 0) await worker(process.argv[w + 1] ?? "ours");
