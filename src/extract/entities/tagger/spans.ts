// Entity spans of a BIO label sequence: what the tagger's labels become at run time (training
// and evaluation read them too, from scripts/ner/).

export interface LabelSpan {
  start: number;
  end: number;
  type: string;
}

/** Entity spans (token indices, end exclusive) of a BIO label sequence; a stray I- starts a span. */
export function spansOf(labels: readonly string[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let cur: LabelSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const prefix = l.charCodeAt(0);
    const type = l.length > 2 ? l.slice(2) : "";
    if (prefix === 66 /* B */ || (prefix === 73 /* I */ && (cur === null || cur.type !== type))) {
      if (cur) spans.push(cur);
      cur = { start: i, end: i + 1, type };
    } else if (prefix === 73 && cur) {
      cur.end = i + 1;
    } else {
      if (cur) spans.push(cur);
      cur = null;
    }
  }
  if (cur) spans.push(cur);
  return spans;
}
