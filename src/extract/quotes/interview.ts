// Interviews printed as questions and answers: "Q: …" / "A: …" paragraphs. Each answer is a direct
// quote of the interviewee with no cue, even without quotation marks; the questions are not quotes
// (shared/eval/ANNOTATION.md). Transcripts whose lines open with the speaker's name ("ROE: We never
// agreed to that.", "Roe: …") give each line to the person named, and so does a headline that names
// its speaker ("Roe: Fares Will Rise", "Roe Says Fares Will Rise", "Roe Warns …", "Roe Tells Voters: …").

import type { Entity, Quote, TextSpan } from "../../core/schema.js";
import { fold } from "../../core/names.js";
import { PLAIN_SAYING, speechForms, speechLemma } from "./cues.js";
import { LEADING_WORDS, ORG_NOMINALS, PERSON_FIRST_NOUNS } from "./speaker-words.js";

/**
 * A paragraph's question or answer label: "Q:", "A.", "Question:", "Answer:" followed by a space,
 * or a "Q" run into its question where the label's bold type was lost ("QWhy did you stay?").
 */
const LABEL = /^[ \t]*(?:(Q|A|Question|Answer)[:.][ \t]+|(Q)(?=\p{Lu}\p{Ll}))(?=\S)/u;

/**
 * Whether a line of the text opens with `letter` after spaces or tabs: one that may hold a
 * question's label ("Q"), or an answer's ("A"); `LABEL` asks more. Only the starts of lines are read.
 */
function lineOpensWith(text: string, letter: string): boolean {
  for (let from = 0; ;) {
    let k = from;
    while (text[k] === " " || text[k] === "\t") k++;
    if (text[k] === letter) return true;
    const newline = text.indexOf("\n", from);
    if (newline < 0) return false;
    from = newline + 1;
  }
}

interface Line {
  start: number;
  end: number;
  /** The line's label, with the offset where its text starts, or null. */
  label: { kind: "Q" | "A"; contentStart: number } | null;
}

/** The non-empty lines of a text, each with its question or answer label. */
function labelledLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    const start = at;
    at += raw.length + 1;
    if (!raw.trim()) continue;
    const m = LABEL.exec(raw);
    const kind = m ? (m[1] === "A" || m[1] === "Answer" ? "A" : "Q") : null;
    out.push({ start, end: start + raw.length, label: m && kind ? { kind, contentStart: start + m[0].length } : null });
  }
  return out;
}

/**
 * The answers of a Q&A interview, as direct quotes of the interviewee: the person named most often
 * before the first question (the introduction presents them), else in the whole text. A document
 * needs at least one question and one answer label to read as an interview. An answer that runs
 * over several paragraphs before the next question gives one quote per paragraph.
 */
export function interviewAnswers(text: string, entities: Entity[]): Quote[] {
  // (A text with no line that may hold a question's label and one that may hold an answer's is read no further.)
  if (!lineOpensWith(text, "Q") || !lineOpensWith(text, "A")) return [];
  const lines = labelledLines(text);
  const firstQ = lines.find((l) => l.label?.kind === "Q");
  if (!firstQ || !lines.some((l) => l.label?.kind === "A")) return [];
  const interviewee = mostNamed(entities, firstQ.start) ?? mostNamed(entities, text.length);
  const lastLabel = lines.findLastIndex((l) => l.label !== null);
  const out: Quote[] = [];
  let inAnswer = false;
  lines.forEach((l, i) => {
    if (l.label) inAnswer = l.label.kind === "A";
    // Unlabelled paragraphs carry an answer on up to the next label; after the last label the
    // article may go back to prose.
    if (!inAnswer || (!l.label && i > lastLabel)) return;
    let start = l.label?.contentStart ?? l.start;
    while (start < l.end && /\s/.test(text[start])) start++;
    let end = l.end;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    out.push({
      kind: "direct",
      text: text.slice(start, end),
      start,
      end,
      speaker: interviewee?.name ?? null,
      speakerId: interviewee?.id ?? null,
      speakerMention: null,
      cue: null,
    });
  });
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

/** A paragraph opening with a name and a colon, perhaps after a quotation mark: "ROE:", "Ann Roe:". */
const NAME_LABEL = /(^|\n)[ \t]*["“]?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}):[ \t]+(?=\S)/uy;

/**
 * The matches of `NAME_LABEL` in the text, as a global search finds them, tried only where one may
 * start (the text's start and each line break) instead of at every character.
 */
function nameLabels(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let at = 0; at >= 0; at = text.indexOf("\n", at + 1)) {
    if (at < next) continue;
    NAME_LABEL.lastIndex = at;
    const m = NAME_LABEL.exec(text);
    if (!m) continue;
    out.push(m);
    next = at + m[0].length;
  }
  return out;
}

/**
 * The lines of a transcript: paragraphs that open with "NAME:" where NAME is, in any case, the name
 * or a name word of a person of the article. A document needs two such lines to read as a transcript.
 * Once it does, a line labelled in capitals with a name the article gives no one else ("VALE:", an
 * interviewer named only there) is that name's, not the previous speaker's.
 */
export function transcriptLines(text: string, entities: Entity[]): Quote[] {
  // The people's labels are gathered only for a text with a paragraph that opens with a name and a colon.
  let byLabel: Map<string, Entity> | null = null;
  const out: Quote[] = [];
  let known = 0;
  for (const m of nameLabels(text)) {
    byLabel ??= labelsOf(entities);
    const speaker = byLabel.get(fold(m[2])) ?? null;
    const capitals = m[2] === m[2].toUpperCase() && /\p{Lu}{2}/u.test(m[2]) && !COMMON_LABELS.has(m[2]);
    if (!speaker && !capitals) continue;
    if (speaker) known++;
    const labelStart = m.index + m[0].indexOf(m[2]);
    let start = m.index + m[0].length;
    while (/["“]/.test(text[start] ?? "")) start++;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    while (end > start && /[\s"”]/.test(text[end - 1])) end--;
    // ("Ann Roe: 1,769. Tom Vale: 1,501.": a tally after a name, with no word, is no one's words.)
    if (end <= start || !/\p{L}{2}/u.test(text.slice(start, end))) continue;
    out.push({
      kind: "direct",
      text: text.slice(start, end),
      start,
      end,
      speaker: speaker?.name ?? titleCase(m[2]),
      speakerId: speaker?.id ?? null,
      speakerMention: { start: labelStart, end: labelStart + m[2].length, text: m[2] },
      cue: null,
    });
  }
  return out.length >= 2 && known > 0 ? out : [];
}

/**
 * A headline that names its speaker: "Ann Roe: Ferry Fares Will Rise in May", "Vexa on the
 * Merger: ‘We Will Not Sell’", and in title case "Ann Roe Says Ferry Fares Will Rise", "Ferry
 * Fares Will Rise, Ann Roe Says". The text's first line, when a paragraph break follows it, holds
 * a name of at most four capitalised words that is a person's or an organisation's of the article,
 * named there or further on; the rest of the line is what they said: reported speech, a quotation
 * when quotation marks enclose it all, a mixed quote when it holds quoted words. "The Latest:",
 * "UPDATE:" and any label that names no one of the article are not speakers.
 */
export function headlineLabel(text: string, entities: Entity[]): Quote[] {
  const line = headlineParts(text);
  if (!line) return [];
  const { label, cue } = line;
  let { start, end } = line;
  // ("BYLINE:", "EXCLUSIVE:": a headline writes a name in title case; a label in capitals longer
  // than an acronym is a kicker.)
  if (label.text === label.text.toUpperCase() && label.text.replace(/\P{L}/gu, "").length > 4) return [];
  // (A place speaks for its government or people before a verb of saying: "Dover Says …", as "Dover said".)
  const speaker = namedAt(entities, label.start, label.end, cue !== null) ?? namedAs(entities, label.text);
  if (!speaker && !(cue && describesSpeaker(label.text))) return [];
  while (end > start && /[\s.,]/.test(text[end - 1])) end--;
  // (A headline's clause is its own sentence; one with a full stop inside is more than a headline,
  // and one that asks is the writer's question: "Ann Roe: Reformer or Career Politician?")
  const said = text.slice(start, end);
  if (!/\p{L}{2}/u.test(said) || /[.!?]\s+\p{Lu}/u.test(said) || /\?["”’']?$/.test(said)) return [];
  const whole = ENCLOSED.exec(said);
  let kind: Quote["kind"] = QUOTED_WORDS.test(said) ? "mixed" : "indirect";
  if (whole) {
    kind = "direct";
    start += whole[1].length;
    end -= whole[2].length;
  }
  return [
    {
      kind,
      text: text.slice(start, end),
      start,
      end,
      speaker: speaker?.name ?? null,
      speakerId: speaker?.id ?? null,
      speakerMention: label,
      cue,
    },
  ];
}

/**
 * Whether a headline's label before its verb of saying describes someone rather than naming them:
 * its last word a noun whose most frequent sense is a person ("Former Aide Says …", "Mayor’s Son
 * Says …") or a body ("Newspaper Says …", "Council Says …"). The speaker stays unnamed, as after "a
 * former aide said" in a sentence. A label opened by a subordinator or a question word is none:
 * "When Aide Says …", "Why Aide Says …".
 */
function describesSpeaker(label: string): boolean {
  const words = label.toLowerCase().split(" ");
  const head = words[words.length - 1];
  if (LEADING_WORDS.has(words[0]) || /^(?:what|why|how|who|whom|whose|which|where)$/.test(words[0])) return false;
  return PERSON_FIRST_NOUNS.has(head) || ORG_NOMINALS.has(head);
}

/** The speaker's label, the cue ("Says") if any, and where the words said lie, in the text's first line. */
function headlineParts(text: string): { label: TextSpan; cue: TextSpan | null; start: number; end: number } | null {
  const at = (from: number, s: string): TextSpan => ({ start: from, end: from + s.length, text: s });
  // (A verb of saying first: in "Ann Roe Tells Voters: …" the words before the colon are no label.)
  const leading = HEADLINE_SAYS.exec(text);
  // ("Maher Tells Guest Violence Is …": in title case a hearer ends only at a colon.)
  if (leading && (leading[3] || speechLemma(leading[2].toLowerCase()) !== "tell")) {
    const from = leading[0].indexOf(leading[1]);
    const end = leading[0].length;
    return {
      label: at(from, leading[1]),
      cue: at(from + leading[1].length + 1, leading[2]),
      start: end - leading[4].length,
      end,
    };
  }
  const colon = HEADLINE_LABEL.exec(text);
  if (colon) {
    const end = colon[0].length;
    return { label: at(colon[0].indexOf(colon[1]), colon[1]), cue: null, start: end - colon[3].length, end };
  }
  const trailing = HEADLINE_SAYS_AFTER.exec(text);
  if (trailing) {
    const start = trailing[0].indexOf(trailing[1]);
    const from = trailing[0].lastIndexOf(trailing[2] + " " + trailing[3]);
    return {
      label: at(from, trailing[2]),
      cue: at(from + trailing[2].length + 1, trailing[3]),
      start,
      end: start + trailing[1].length,
    };
  }
  return null;
}

/** A name of one to four capitalised words, as a headline writes it. */
const NAME = "\\p{Lu}[\\p{L}'’.&-]*(?: \\p{Lu}[\\p{L}'’.&-]*){0,3}";
/**
 * The first line of a text, a paragraph of its own: a name (1), perhaps "on" and a topic of up to
 * four words (2), a colon, and the headline's words (3).
 */
const HEADLINE_LABEL = new RegExp(
  `^[ \\t]*(${NAME})( on(?: [\\p{L}'’-]+){1,4})?:[ \\t]+(\\S[^\\n]{0,250})(?=\\n)`,
  "u",
);
/**
 * The verbs a title-case headline reports with, capitalised: "Said", and the present in -s of the
 * verbs after which a clause is reported without "that" (`PLAIN_SAYING`: "Says", "Warns", "Claims",
 * "Insists", "Tells" …); not their pasts, which a headline uses for the passive ("Roe Warned Over …").
 */
const HEADLINE_VERBS = [
  "Said",
  ...[...speechForms()]
    .filter((f) => f.endsWith("s") && PLAIN_SAYING.has(speechLemma(f) ?? ""))
    .map((f) => f[0].toUpperCase() + f.slice(1)),
].join("|");
/** Words that open no reported clause after a headline's verb: "Ann Roe Warns Against …", "Tells Of …". */
const NOT_SAID = "(?!(?:To|Of|For|On|In|At|With|By|Against|About|Over|Up|Out|Off|Back)\\b)";
/**
 * The first line in title case: a name (1), the verb (2), perhaps a hearer and a colon ("Ann Roe
 * Tells Voters: …") (3), and the capitalised words said (4).
 */
const HEADLINE_SAYS = new RegExp(
  `^[ \\t]*(${NAME}) (${HEADLINE_VERBS})((?: \\p{Lu}[\\p{L}'’-]*){1,4}:)? ${NOT_SAID}([\\p{Lu}"“‘'][^\\n]{0,250})(?=\\n)`,
  "u",
);
/**
 * The first line in title case: the words said (1), a comma, a name (2) and the verb (3) closing it.
 * The comma may stand inside a closing quotation mark: "Fares Are ‘A Tax On The Poor,’ Ann Roe Says".
 */
const HEADLINE_SAYS_AFTER = new RegExp(
  `^[ \\t]*([\\p{Lu}"“‘'][^\\n]{0,250}?(?:,["”’']|(?=,))),?[ \\t]+(${NAME}) (${HEADLINE_VERBS})(?: \\p{Lu}[\\p{L}'’-]*){0,3}[.!]?[ \\t]*(?=\\n)`,
  "u",
);
/** A clause wholly inside quotation marks (the first mark and the last, with no other between). */
const ENCLOSED = /^(["“‘']+)[^"“”‘]*?(["”’']+)$/;
/** Quoted words inside a clause: a double mark, an opening curly single one, or a straight one opening a word. */
const QUOTED_WORDS = /["“”‘]|(?:^|\s)'\p{L}/u;

/** The person or organisation (or, with `places`, the place) the text names at [start, end). */
function namedAt(entities: Entity[], start: number, end: number, places = false): Entity | null {
  return (
    entities.find(
      (e) =>
        (e.type === "person" || e.type === "organization" || (places && e.type === "location")) &&
        e.mentions.some((x) => x.start === start && x.end === end),
    ) ?? null
  );
}

/**
 * The person named `label` or by the last word of a name ("Roe" for Ann Roe), in any case and with
 * or without its accents (a headline's "Jose Ruiz Says …" for José Ruiz); or the organisation written so.
 */
function namedAs(entities: Entity[], label: string): Entity | null {
  const person = labelsOf(entities).get(fold(label));
  if (person) return person;
  return (
    entities.find((e) => e.type === "organization" && e.mentions.some((x) => fold(x.text) === fold(label))) ?? null
  );
}

/** Capitalised labels that name no one: "NOTE:", "UPDATE:", "VIDEO:". */
const COMMON_LABELS = new Set([
  "NOTE",
  "UPDATE",
  "VIDEO",
  "AUDIO",
  "PHOTO",
  "CORRECTION",
  "EDITOR",
  "WATCH",
  "READ",
  "Q",
  "A",
]);

/** "VALE" → "Vale", "MC DOWELL" → "Mc Dowell". */
function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/** Each person by the folded forms (`fold`) of their names and of each name's last word ("ann roe", "roe"). */
function labelsOf(entities: Entity[]): Map<string, Entity> {
  const byLabel = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== "person") continue;
    for (const form of [e.name, ...e.mentions.map((m) => m.text)]) {
      byLabel.set(fold(form), e);
      const words = form.split(/\s+/);
      if (words.length > 1) byLabel.set(fold(words[words.length - 1]), e);
    }
  }
  return byLabel;
}
