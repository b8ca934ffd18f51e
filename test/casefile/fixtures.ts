// Hand-written extractions for the case builder's tests: an article's text plus what an
// extractor would have found in it, with offsets computed from the text so they are exact.
import type {
  CaseEvent,
  Entity,
  EntityType,
  EventStatus,
  EventType,
  Extraction,
  Quote,
} from "../../src/core/schema.js";
import type { CaseInput } from "../../src/casefile/types.js";

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  /** Surface forms; every occurrence in the text becomes a mention (longest forms first). */
  mentions: string[];
  age?: number;
  /** The words stating the age ("Cash, 30,"): located in the text. */
  ageText?: string;
  roles?: string[];
  affiliations?: string[];
}

export interface QuoteSpec {
  text: string;
  speaker: string | null;
  kind?: Quote["kind"];
}

export interface EventSpec {
  type: EventType;
  date: string | null;
  participants: string[];
  evidence: string;
  status?: EventStatus;
  dateText?: string;
  end?: string;
  /** The words that state the event (default: the whole evidence). */
  trigger?: string;
}

function locate(text: string, words: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`fixture: "${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

export function article(
  id: string,
  published: string | null,
  text: string,
  spec: { entities: EntitySpec[]; quotes?: QuoteSpec[]; events?: EventSpec[] },
  outlet = "Example News",
): CaseInput {
  const claimed: boolean[] = new Array(text.length).fill(false);
  const forms = spec.entities.flatMap((e) => e.mentions.map((m) => ({ e, m }))).sort((a, b) => b.m.length - a.m.length);
  const mentions = new Map<string, Entity["mentions"]>();
  for (const { e, m } of forms) {
    let at = text.indexOf(m);
    while (at >= 0) {
      const end = at + m.length;
      const before = at === 0 ? " " : text[at - 1];
      const after = end >= text.length ? " " : text[end];
      const free = !claimed.slice(at, end).some(Boolean);
      if (free && !/\p{L}/u.test(before) && !/\p{L}/u.test(after)) {
        for (let i = at; i < end; i++) claimed[i] = true;
        const list = mentions.get(e.id) ?? [];
        list.push({ start: at, end, text: m, entity: e.id });
        mentions.set(e.id, list);
      }
      at = text.indexOf(m, at + 1);
    }
  }
  const entities: Entity[] = spec.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    mentions: (mentions.get(e.id) ?? []).sort((a, b) => a.start - b.start),
    attributes: {
      roles: (e.roles ?? []).map((r) => locate(text, r)),
      ...(e.age !== undefined ? { age: e.age, ageSpan: locate(text, e.ageText ?? String(e.age)) } : {}),
      ...(e.affiliations ? { affiliations: e.affiliations } : {}),
    },
  }));
  const nameOf = (local: string | null) => spec.entities.find((e) => e.id === local)?.name ?? null;
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = locate(text, q.text);
    return {
      kind: q.kind ?? "direct",
      text: q.text,
      start: span.start,
      end: span.end,
      speaker: nameOf(q.speaker),
      speakerId: q.speaker,
      speakerMention: null,
      cue: null,
    };
  });
  const events: CaseEvent[] = (spec.events ?? []).map((ev) => {
    const evidence = locate(text, ev.evidence);
    return {
      type: ev.type,
      status: ev.status ?? "happened",
      date: ev.date,
      end: ev.end ?? null,
      dateSpan: ev.dateText ? locate(text, ev.dateText) : null,
      participants: ev.participants.map((p) => nameOf(p) ?? p),
      trigger: ev.trigger ? locate(text, ev.trigger) : evidence,
      evidence,
    };
  });
  const extraction: Extraction = { id, source: null, published, text, entities, quotes, events, times: [] };
  return {
    document: { id, source: `https://news.example/${id}`, outlet, published, title: null },
    extraction,
  };
}

/** An article telling that `person` appeared at the court `name` on 2 April 2024 (a hearing). */
export function hearingAt(id: string, name: string, published: string, person = "Daniel Harrow"): CaseInput {
  return article(id, published, `${person} appeared at ${name} on 2 April 2024 for a short hearing.`, {
    entities: [
      { id: "e1", type: "person", name: person, mentions: [person] },
      { id: "e2", type: "organization", name, mentions: [name] },
    ],
    events: [
      {
        type: "court_hearing",
        date: "2024-04-02",
        participants: ["e1"],
        evidence: `appeared at ${name} on 2 April 2024`,
      },
    ],
  });
}
