// Interviews printed as questions and answers: "Q: …" / "A: …" paragraphs. Each answer is a direct
// quote of the interviewee with no cue, even without quotation marks; the questions are not quotes
// (shared/eval/ANNOTATION.md). Transcripts whose lines open with the speaker's name in capitals
// ("ROE: We never agreed to that.") give each line to the person named.

import type { Entity, Quote } from "../../core/schema.js";

/** A paragraph that opens with a Q or A label: "Q:", "A:", "Q.", "A." followed by a space. */
const LABEL = /(^|\n)[ \t]*([QA])[:.][ \t]+(?=\S)/g;

/**
 * The answers of a Q&A interview, as direct quotes of the interviewee: the person named most often
 * before the first question (the introduction presents them), else in the whole text. A document
 * needs at least one question and one answer label to read as an interview.
 */
export function interviewAnswers(text: string, entities: Entity[]): Quote[] {
  const labels: { kind: "Q" | "A"; contentStart: number }[] = [];
  for (const m of text.matchAll(LABEL)) labels.push({ kind: m[2] as "Q" | "A", contentStart: m.index + m[0].length });
  const firstQ = labels.find((l) => l.kind === "Q");
  if (!firstQ || !labels.some((l) => l.kind === "A")) return [];
  const interviewee = mostNamed(entities, firstQ.contentStart) ?? mostNamed(entities, text.length);
  const out: Quote[] = [];
  for (const l of labels) {
    if (l.kind !== "A") continue;
    let end = text.indexOf("\n", l.contentStart);
    if (end < 0) end = text.length;
    while (end > l.contentStart && /\s/.test(text[end - 1])) end--;
    if (end <= l.contentStart) continue;
    out.push({
      kind: "direct",
      text: text.slice(l.contentStart, end),
      start: l.contentStart,
      end,
      speaker: interviewee?.name ?? null,
      speakerId: interviewee?.id ?? null,
      speakerMention: null,
      cue: null,
    });
  }
  return out;
}

/** The person with the most mentions before `limit`, or null. */
function mostNamed(entities: Entity[], limit: number): Entity | null {
  let best: Entity | null = null;
  let bestCount = 0;
  for (const e of entities) {
    if (e.type !== "person") continue;
    const n = e.mentions.filter((m) => m.start < limit).length;
    if (n > bestCount) {
      best = e;
      bestCount = n;
    }
  }
  return best;
}

/** A paragraph opening with a name in capitals and a colon, perhaps after a quotation mark: "ROE:", "ANN ROE:". */
const NAME_LABEL = /(^|\n)[ \t]*["“]?(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):[ \t]+(?=\S)/gu;

/**
 * The lines of a transcript: paragraphs that open with "NAME:" where NAME is, in capitals, the name
 * or a name word of a person of the article. A document needs two such lines to read as a transcript.
 */
export function transcriptLines(text: string, entities: Entity[]): Quote[] {
  const byLabel = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== "person") continue;
    for (const form of [e.name, ...e.mentions.map((m) => m.text)]) {
      byLabel.set(form.toUpperCase(), e);
      const words = form.split(/\s+/);
      if (words.length > 1) byLabel.set(words[words.length - 1].toUpperCase(), e);
    }
  }
  const out: Quote[] = [];
  for (const m of text.matchAll(NAME_LABEL)) {
    const speaker = byLabel.get(m[2]);
    if (!speaker) continue;
    const labelStart = m.index + m[0].indexOf(m[2]);
    let start = m.index + m[0].length;
    while (/["“]/.test(text[start] ?? "")) start++;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    while (end > start && /[\s"”]/.test(text[end - 1])) end--;
    if (end <= start) continue;
    out.push({
      kind: "direct",
      text: text.slice(start, end),
      start,
      end,
      speaker: speaker.name,
      speakerId: speaker.id,
      speakerMention: { start: labelStart, end: labelStart + m[2].length, text: m[2] },
      cue: null,
    });
  }
  return out.length >= 2 ? out : [];
}
