// Event typing learned from data: an averaged perceptron over a dated event candidate (what the
// trigger lexicon and the date attachment found) and its context. It picks the event's type, or
// "none" when the candidate is no happening of the story: a statistic, a reference period ("in
// the year to March"), the article's own reporting ("told the BBC on Sunday"), a sentence of
// grammar, a trial in a question. It is trained by scripts/events/train-types.ts on annotated
// articles (models/README.md says which) and shipped as models/event-types.json.
//
// The features are the words a reader would look at: the trigger and its stem, the words just
// before and after it, the words of the clause that states the event, the date's own words and
// precision, the lexicon's type and the event's status, and whether it sits in a quotation or a
// question.

import { readFileSync } from "node:fs";
import { tokenAtOrAfter, type Doc } from "../../core/doc.js";
import { projectPath } from "../../core/paths.js";
import type { CaseEvent, EventType } from "../../core/schema.js";

export const TYPER_FILE = "event-types.json";
export const NONE = "none";

export interface TyperModel {
  labels: string[];
  /** feature → one weight per label (averaged), rounded. */
  weights: Record<string, number[]>;
}

export class EventTyper {
  private readonly weights: Map<string, number[]>;
  constructor(readonly model: TyperModel) {
    this.weights = new Map(Object.entries(model.weights));
  }

  /** The best label and how far it leads the runner-up. */
  predict(features: string[]): { label: string; margin: number } {
    const labels = this.model.labels;
    const scores = new Array<number>(labels.length).fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < labels.length; k++) scores[k] += w[k];
    }
    let best = 0;
    for (let k = 1; k < labels.length; k++) if (scores[k] > scores[best]) best = k;
    let second = -Infinity;
    for (let k = 0; k < labels.length; k++) if (k !== best && scores[k] > second) second = scores[k];
    return { label: labels[best], margin: scores[best] - second };
  }
}

let cached: EventTyper | null | undefined;

/** The shipped model, read once; null when the file is missing (the lexicon's types stand). */
export function getTyper(): EventTyper | null {
  if (cached !== undefined) return cached;
  try {
    cached = new EventTyper(JSON.parse(readFileSync(projectPath("models", TYPER_FILE), "utf8")) as TyperModel);
  } catch {
    cached = null;
  }
  return cached;
}

export interface TyperContext {
  doc: Doc;
  /** Lower-cased token texts. */
  words: string[];
  /** Whether an offset lies inside a direct quotation. */
  inQuote: (at: number) => boolean;
}

const WORD = /^[a-z][a-z'’-]*$/;

/** A crude stem: enough to let "sentenced", "sentencing" and "sentences" share evidence. */
export function stemOf(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ings|ing|ed|es|s|ment|ments)$/, "");
}

/** The token range [first, last) of a character span; at least one token. */
function tokensOf(doc: Doc, start: number, end: number): [number, number] {
  const first = tokenAtOrAfter(doc, start);
  let last = first;
  while (last < doc.tokens.count && doc.tokens.end[last] <= end) last++;
  return [first, Math.max(last, first + 1)];
}

/** The features of one event candidate. */
export function eventFeatures(ctx: TyperContext, e: CaseEvent): string[] {
  const { doc, words } = ctx;
  const f: string[] = ["bias", `rule=${e.type}`, `st=${e.status}`];
  const precision = !e.date ? "none" : e.date.length === 4 ? "year" : e.date.length === 7 ? "month" : "day";
  f.push(`prec=${precision}`, `rule+prec=${e.type}|${precision}`);
  if (e.end) f.push("range");
  const dateOnly = !!e.dateSpan && e.trigger.start === e.dateSpan.start && e.trigger.end === e.dateSpan.end;
  if (dateOnly) f.push("dateonly");
  const [t0, t1] = tokensOf(doc, e.trigger.start, e.trigger.end);
  if (t0 >= words.length) return f;
  if (!dateOnly) {
    for (let k = t0; k < t1 && k < t0 + 4; k++) {
      f.push(`tw=${words[k]}`, `ts=${stemOf(words[k])}`);
    }
    f.push(`tw0+rule=${words[t0]}|${e.type}`);
  }
  const sentence = doc.tokens.sentence[t0];
  const s = doc.sentences[sentence];
  const at = (k: number) => (k >= s.firstToken && k < s.lastToken ? words[k] : k < s.firstToken ? "<s>" : "</s>");
  f.push(`p1=${at(t0 - 1)}`, `p2=${at(t0 - 2)}`, `p12=${at(t0 - 2)} ${at(t0 - 1)}`);
  f.push(`n1=${at(t1)}`, `n2=${at(t1 + 1)}`, `n12=${at(t1)} ${at(t1 + 1)}`);
  const [e0, e1] = tokensOf(doc, e.evidence.start, e.evidence.end);
  for (let k = e0; k < e1 && k < e0 + 30; k++) if (WORD.test(words[k])) f.push(`ev=${stemOf(words[k])}`);
  if (e.dateSpan) {
    const [d0, d1] = tokensOf(doc, e.dateSpan.start, e.dateSpan.end);
    for (let k = d0; k < d1 && k < d0 + 4; k++) if (WORD.test(words[k])) f.push(`dw=${words[k]}`);
    f.push(`dp1=${at(d0 - 1)}`, `dn1=${at(d1)}`);
  }
  if (words[s.lastToken - 1] === "?") f.push("question");
  if (ctx.inQuote(e.trigger.start)) f.push("inquote");
  if (sentence === 0) f.push("first-sentence");
  return f;
}

/**
 * Dated events typed by the model: each takes the type the model gives it, and a candidate the
 * model calls "none" is dropped. Undated events keep the lexicon's type.
 */
export function typeEvents(ctx: TyperContext, events: CaseEvent[], typer: EventTyper): CaseEvent[] {
  const out: CaseEvent[] = [];
  for (const e of events) {
    if (!e.date) {
      out.push(e);
      continue;
    }
    const { label } = typer.predict(eventFeatures(ctx, e));
    if (label === NONE) continue;
    out.push(label === e.type ? e : { ...e, type: label as EventType });
  }
  return out;
}
