// buildCase and the exports take whatever the extractions hold: arbitrary names, offsets out of
// range, odd dates, unknown types. They must never throw, and every fact must keep pointing at a
// document that was given.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { buildCase } from "../../src/casefile/index.js";
import type { CaseInput } from "../../src/casefile/types.js";
import { EVENT_STATUSES, EVENT_TYPES } from "../../src/core/schema.js";
import { exportCase } from "../../src/export/index.js";

const name = fc.oneof(
  fc.constantFrom("Daniel Harrow", "Harrow", "Mr Harrow", "CPS", "Crown Prosecution Service", "D. Harrow", "the"),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const offset = fc.integer({ min: -5, max: 400 });
const date = fc.oneof(
  fc.constant(null),
  fc.constantFrom("2023", "2023-03", "2023-03-15", "2023-04-02", "2024-13-40", "soon"),
);

const doc = fc.record({
  text: fc.string({ maxLength: 200 }),
  published: fc.constantFrom(null, "2023-03-20", "2024-03-20", "not a date"),
  entities: fc.array(
    fc.record({
      type: fc.constantFrom("person", "organization", "location", "weapon"),
      name,
      mentions: fc.array(fc.record({ text: name, start: offset, end: offset }), { maxLength: 3 }),
      age: fc.option(fc.integer({ min: -1, max: 120 }), { nil: undefined }),
      roles: fc.array(fc.record({ text: name, start: offset, end: offset }), { maxLength: 2 }),
    }),
    { maxLength: 5 },
  ),
  quotes: fc.array(fc.record({ text: name, start: offset, end: offset, speaker: fc.option(name, { nil: null }) }), {
    maxLength: 3,
  }),
  events: fc.array(
    fc.record({
      type: fc.constantFrom(...EVENT_TYPES),
      status: fc.constantFrom(...EVENT_STATUSES),
      date,
      participants: fc.array(name, { maxLength: 3 }),
      start: offset,
    }),
    { maxLength: 4 },
  ),
});

type RawDoc = { text: string; published: string | null; entities: unknown[]; quotes: unknown[]; events: unknown[] };

/** Turns generated records into inputs shaped like extractions (types deliberately not checked). */
function build(raw: RawDoc[]): CaseInput[] {
  return raw.map((d, i) => {
    const id = `doc-${i}`;
    const entities = (
      d.entities as {
        type: string;
        name: string;
        mentions: { text: string; start: number; end: number }[];
        age?: number;
        roles: { text: string; start: number; end: number }[];
      }[]
    ).map((e, k) => ({
      id: `e${k}`,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => ({ ...m, entity: `e${k}` })),
      attributes: { roles: e.roles, ...(e.age !== undefined ? { age: e.age } : {}) },
    }));
    const quotes = (d.quotes as { text: string; start: number; end: number; speaker: string | null }[]).map((q) => ({
      kind: "direct",
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerId: null,
      speakerMention: null,
      cue: null,
    }));
    const events = (
      d.events as { type: string; status: string; date: string | null; participants: string[]; start: number }[]
    ).map((ev) => ({
      type: ev.type,
      status: ev.status,
      date: ev.date,
      participants: ev.participants,
      trigger: { start: ev.start, end: ev.start + 3, text: "abc" },
      evidence: { start: ev.start, end: ev.start + 3, text: "abc" },
    }));
    return {
      document: { id, source: null, outlet: null, published: d.published },
      extraction: { id, source: null, published: d.published, text: d.text, entities, quotes, events, times: [] },
    } as unknown as CaseInput;
  });
}

test("buildCase and every export survive arbitrary extractions, and cite only given documents", () => {
  fc.assert(
    fc.property(
      fc.array(doc, { maxLength: 4 }),
      fc.array(fc.record({ action: fc.constantFrom("merge", "split"), a: name, b: name }), { maxLength: 3 }),
      (raw, overrides) => {
        const inputs = build(raw);
        const ids = new Set(inputs.map((i) => i.document.id));
        const c = buildCase(inputs, overrides as never);
        for (const e of c.entities) for (const d of e.documents) assert.ok(ids.has(d));
        for (const t of c.timeline) for (const s of t.sources) assert.ok(ids.has(s.document));
        for (const x of c.contradictions) assert.ok(x.values.length >= 2);
        assert.equal(new Set(c.entities.map((e) => e.id)).size, c.entities.length, "entity ids are unique");
        for (const format of ["json", "ftm", "stix", "csv", "graphml"] as const) exportCase(c, format);
        assert.equal(XMLValidator.validate(exportCase(c, "graphml")[0].content), true);
      },
    ),
    { seed: 20260426, numRuns: 150 },
  );
});
