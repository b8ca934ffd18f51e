// The who-said-what extractor a user would otherwise write in an afternoon: compromise (a popular
// JavaScript NLP library) for sentences, quotations, people, organisations and places, plus a
// "said"-cue rule for the speaker. It is the benchmark's baseline, so it is written fairly: it
// resolves surnames and titles to the full name, follows he/she to the last person named, carries
// a speaker to the next uncued quote, and tells direct from mixed and indirect speech.
import nlp from "compromise";

export interface BaselineQuote {
  kind: "direct" | "mixed" | "indirect";
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  /** Where the speaker is named here ("Ms Kearns", "he"), when it is named in this sentence. */
  speakerMention: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
}

export interface BaselineEntity {
  type: "person" | "organization" | "location";
  name: string;
  mentions: string[];
}

export interface BaselineExtraction {
  entities: BaselineEntity[];
  quotes: BaselineQuote[];
  events: never[];
}

interface Found {
  text: string;
  start: number;
  end: number;
}

interface JsonWithOffset {
  text: string;
  offset: { start: number; length: number };
}

const CUE =
  "(said|says|say|told|tells|added|adds|stated|explained|warned|claimed|insisted|argued|wrote|asked|noted|announced|confirmed|denied|admitted|according to)";
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|lord|lady|dame|judge|justice)\.?\s+/i;
const QUOTE_MARKS = /^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g;
const EDGE_PUNCT = /^[\s,.;:!?()[\]—–-]+|[\s,.;:!?()[\]—–-]+$/g;

/** A name as compromise found it, without edge punctuation or a possessive 's. */
function cleanName(s: string): string {
  return s
    .replace(/[’']s\b/g, "")
    .replace(EDGE_PUNCT, "")
    .replace(QUOTE_MARKS, "")
    .trim();
}

function found(view: { json: (o: object) => unknown[] }): Found[] {
  return (view.json({ offset: true }) as JsonWithOffset[]).map((x) => ({
    text: x.text,
    start: x.offset.start,
    end: x.offset.start + x.offset.length,
  }));
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function baselineExtract(text: string): BaselineExtraction {
  const doc = nlp(text);
  const entities = collectEntities(doc);
  const canonical = (raw: string, type: BaselineEntity["type"]): string | null => {
    const n = cleanName(raw);
    if (!n) return null;
    const hit = entities.find((e) => e.type === type && e.mentions.includes(n));
    return hit ? hit.name : n;
  };

  const quotes: BaselineQuote[] = [];
  let lastPerson: string | null = null;
  let lastOrg: string | null = null;
  let lastSpeaker: string | null = null;
  let lastHadQuote = false;

  doc.sentences().forEach((view) => {
    const s = view as unknown as typeof doc; // compromise types forEach's view as the basic View
    const [sj] = s.json({ offset: true }) as JsonWithOffset[];
    if (!sj) return;
    const sStart = sj.offset.start;
    const sEnd = sStart + sj.offset.length;
    const sentence = text.slice(sStart, sEnd);
    const marks = found(s.quotations());
    const inQuote = (f: Found) => marks.some((q) => f.start >= q.start && f.end <= q.end);
    const people = found(s.people()).filter((f) => !inQuote(f));
    const orgs = found(s.organizations()).filter((f) => !inQuote(f));
    const cues = found(s.match(CUE)).filter((f) => !inQuote(f));
    const cue = cues[0] ?? null;

    // The speaker: the named person or body nearest the cue, else he/she/it/they next to it.
    let speaker: string | null = null;
    let speakerMention: { start: number; end: number } | null = null;
    if (cue) {
      const named = [
        ...people.map((f) => ({ f, type: "person" as const })),
        ...orgs.map((f) => ({ f, type: "organization" as const })),
      ];
      const according = /^according/i.test(cue.text);
      const candidates = according ? named.filter((c) => c.f.start >= cue.end) : named;
      candidates.sort((a, b) => distance(a.f, cue) - distance(b.f, cue));
      if (candidates.length) {
        speaker = canonical(candidates[0].f.text, candidates[0].type);
        speakerMention = { start: candidates[0].f.start, end: candidates[0].f.end };
      } else {
        const from = Math.max(sStart, cue.start - 12);
        const near = text.slice(from, Math.min(sEnd, cue.end + 12)).toLowerCase();
        const pronoun = /\b(he|she|it|they)\b/.exec(near);
        if (pronoun) {
          speaker = pronoun[1] === "he" || pronoun[1] === "she" ? lastPerson : (lastOrg ?? lastPerson);
          speakerMention = { start: from + pronoun.index, end: from + pronoun.index + pronoun[1].length };
        }
      }
    }

    if (marks.length) {
      const quoteWords = marks.reduce((n, q) => n + words(text.slice(q.start, q.end)).length, 0);
      const attribution = new Set(words(cue ? cue.text : "").concat(words(speaker ?? "")));
      const otherWords = words(sentence).filter((w) => !attribution.has(w)).length;
      if (!cue && lastHadQuote) speaker = lastSpeaker; // named in an earlier sentence: no mention here
      if (quoteWords >= 0.6 * otherWords || !cue) {
        for (const q of marks) {
          const inner = text.slice(q.start, q.end).replace(QUOTE_MARKS, "");
          if (words(inner).length < 2) continue; // a scare-quoted term is not a quote
          quotes.push({
            kind: "direct",
            text: inner,
            start: q.start,
            end: q.end,
            speaker,
            speakerMention,
            cue: span(cue),
          });
        }
      } else {
        const clause = reportedClause(text, sStart, sEnd, cue, marks[0]);
        if (clause) quotes.push({ kind: "mixed", ...clause, speaker, speakerMention, cue: span(cue) });
      }
      lastSpeaker = speaker ?? lastSpeaker;
      lastHadQuote = true;
    } else {
      if (cue && speaker) {
        const clause = reportedClause(text, sStart, sEnd, cue, null);
        if (clause && words(clause.text).length >= 3)
          quotes.push({ kind: "indirect", ...clause, speaker, speakerMention, cue: span(cue) });
      }
      lastHadQuote = false;
    }
    // Remember who was named last, for he/she/it/they in later sentences.
    if (people.length) lastPerson = canonical(people[people.length - 1].text, "person") ?? lastPerson;
    if (orgs.length) lastOrg = canonical(orgs[orgs.length - 1].text, "organization") ?? lastOrg;
  });

  return { entities, quotes, events: [] };
}

function span(f: Found | null): { start: number; end: number } | null {
  return f ? { start: f.start, end: f.end } : null;
}

function distance(a: Found, b: Found): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** The reported content: after the cue ("said (that) …") or, when the cue comes last, before it. */
function reportedClause(
  text: string,
  sStart: number,
  sEnd: number,
  cue: Found,
  firstQuote: Found | null,
): { text: string; start: number; end: number } | null {
  let start: number;
  let end: number;
  if (!firstQuote || cue.start < firstQuote.start) {
    start = cue.end;
    end = sEnd;
    if (/^according/i.test(cue.text)) {
      const comma = text.indexOf(",", cue.end);
      if (comma < 0 || comma >= sEnd) return null;
      start = comma + 1;
    }
    const rest = text.slice(start, end);
    const lead = /^\s*(?:(?:to|the court|reporters|the\s+\w+)\s+)?(?:that\s+)?/i.exec(rest);
    start += lead ? lead[0].length : 0;
  } else {
    start = sStart;
    end = cue.start;
  }
  const raw = text.slice(start, end);
  const left = raw.length - raw.trimStart().length;
  const trimmed = raw.trim().replace(/[\s,.;:]+$/, "");
  if (!trimmed) return null;
  return { text: trimmed, start: start + left, end: start + left + trimmed.length };
}

function collectEntities(doc: ReturnType<typeof nlp>): BaselineEntity[] {
  const byKey = new Map<string, BaselineEntity>();
  const add = (type: BaselineEntity["type"], raw: string) => {
    const mention = cleanName(raw);
    if (!mention || !/\p{Lu}/u.test(mention)) return;
    const name = type === "person" ? mention.replace(HONORIFIC, "") : mention;
    const key = `${type}:${name.toLowerCase()}`;
    const e = byKey.get(key) ?? { type, name, mentions: [] };
    if (!e.mentions.includes(mention)) e.mentions.push(mention);
    byKey.set(key, e);
  };
  for (const p of doc.people().out("array") as string[]) add("person", p);
  for (const o of doc.organizations().out("array") as string[]) add("organization", o);
  for (const l of doc.places().out("array") as string[]) add("location", l);

  // A surname ("Kearns", "Ms Kearns") folds into the full name that ends with it ("Alicia Kearns").
  const people = [...byKey.values()].filter((e) => e.type === "person");
  for (const short of people) {
    if (short.name.includes(" ")) continue;
    const full = people.find((e) => e !== short && e.name.split(" ").length > 1 && e.name.endsWith(" " + short.name));
    if (!full) continue;
    for (const m of short.mentions) if (!full.mentions.includes(m)) full.mentions.push(m);
    byKey.delete(`person:${short.name.toLowerCase()}`);
  }
  return [...byKey.values()];
}
