// Helpers shared by the event tests: the event layer run on one text, with its offsets checked.
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import type { CaseEvent, Entity } from "../../src/core/schema.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { extractTimes } from "../../src/extract/time/index.js";

export function events(text: string, published: string | null = null, entities: Entity[] = []): CaseEvent[] {
  const doc = buildDoc(text);
  const times = extractTimes(doc, { published });
  const out = extractEvents({ doc, entities, times, quotes: [], published });
  for (const e of out) {
    assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text, "evidence offsets");
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text, "trigger offsets");
  }
  return out;
}

export function dated(text: string, published: string | null = null): CaseEvent[] {
  return events(text, published).filter((e) => e.date);
}

/** The single dated event of a sentence, as [type, date, status]. */
export function one(text: string, published: string | null = null): [string, string | null, string] {
  const found = dated(text, published);
  assert.equal(found.length, 1, `one dated event in ${JSON.stringify(found.map((e) => [e.type, e.date]))}`);
  return [found[0].type, found[0].date, found[0].status];
}

export const P = "2025-09-17"; // a Wednesday

/** Entities for a text: each name's every occurrence is a mention. */
export function entitiesFor(text: string, names: [string, Entity["type"], string?][]): Entity[] {
  return names.map(([name, type, surface], k) => {
    const mentions = [];
    for (const form of [name, surface].filter((f): f is string => !!f)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        mentions.push({ start: at, end: at + form.length, text: form, entity: `e${k + 1}` });
      }
    }
    return { id: `e${k + 1}`, type, name, mentions, attributes: { roles: [] } };
  });
}

/** The events of a text naming the people Ann Roe and Tom Vale. */
export function eventsOfRoeAndVale(text: string, published: string | null = P): CaseEvent[] {
  return events(
    text,
    published,
    entitiesFor(text, [
      ["Ann Roe", "person"],
      ["Tom Vale", "person"],
    ]),
  );
}

/** Each [text, [type, date][]]: the dated events of `text`, told on P, in order. */
export function assertDated(cases: [string, string[][]][]): void {
  for (const [text, want] of cases)
    assert.deepEqual(
      dated(text, P).map((e) => [e.type, e.date]),
      want,
      text,
    );
}
