// Properties of extract() on any string: it never throws, returns the text unchanged, and every
// offset it gives is an integer inside the text with start <= end; every field that the schema
// says is the text of a span (mentions, roles, ages, cues, speaker mentions, event triggers,
// evidence and date spans, time expressions, direct quotes) equals text.slice(start, end).
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { defaultModel } from "../../src/extract/default-model.js";
import { createExtractor, extract, STAGES } from "../../src/extract/index.js";
import type { Extraction, Span } from "../../src/core/schema.js";
import { anyUtf16, edgeCases, hostileText, newsText, SEED } from "./arbitraries.js";

function checkSpan(text: string, where: string, span: Span | null | undefined, withText: boolean): void {
  if (span == null) return;
  const { start, end } = span;
  assert.ok(
    Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length,
    `${where}: [${start}, ${end}) is not inside the text (length ${text.length})`,
  );
  if (withText)
    assert.equal(
      (span as Span & { text?: unknown }).text,
      text.slice(start, end),
      `${where}: text is not text.slice(${start}, ${end})`,
    );
}

/** Throws an AssertionError naming the module and field that broke a property. */
export function checkExtraction(text: string, x: Extraction): void {
  assert.equal(x.text, text, "extraction.text is the input, unchanged");
  assert.deepEqual(x.warnings ?? [], [], "no stage failed");
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  for (const [ei, e] of x.entities.entries()) {
    const at = `entities[${ei}] (${e.type} "${e.name}")`;
    assert.ok(Array.isArray(e.mentions), `${at}: mentions is an array`);
    for (const [mi, m] of e.mentions.entries()) checkSpan(text, `${at}.mentions[${mi}]`, m, true);
    for (const [ri, r] of (e.attributes?.roles ?? []).entries())
      checkSpan(text, `${at}.attributes.roles[${ri}]`, r, true);
    checkSpan(text, `${at}.attributes.ageSpan`, e.attributes?.ageSpan, true);
  }
  for (const [qi, q] of x.quotes.entries()) {
    const at = `quotes[${qi}] (${q.kind})`;
    checkSpan(text, at, q, q.kind === "direct");
    checkSpan(text, `${at}.cue`, q.cue, true);
    checkSpan(text, `${at}.speakerMention`, q.speakerMention, true);
    if (q.speakerId !== null) {
      const e = byId.get(q.speakerId);
      assert.ok(e, `${at}.speakerId ${q.speakerId} names an entity of the extraction`);
      assert.equal(q.speaker, e.name, `${at}.speaker is the name of its speakerId's entity`);
    }
  }
  for (const [vi, v] of x.events.entries()) {
    const at = `events[${vi}] (${v.type})`;
    checkSpan(text, `${at}.trigger`, v.trigger, true);
    checkSpan(text, `${at}.evidence`, v.evidence, true);
    checkSpan(text, `${at}.dateSpan`, v.dateSpan, true);
    const entities = (v.participantIds ?? []).map((id) => byId.get(id));
    assert.ok(entities.every(Boolean), `${at}.participantIds name entities of the extraction`);
    assert.deepEqual(v.participants, [...new Set(entities.map((e) => e?.name))], `${at}.participants are their names`);
  }
  for (const [ti, t] of x.times.entries()) checkSpan(text, `times[${ti}] (${t.kind})`, t, true);
}

/** The stages without extract()'s wrapper: an exception in any of them reaches the property. */
const unwrapped = createExtractor({ model: defaultModel(), strict: true });

function extractAndCheck(text: string, run = unwrapped): void {
  let x: Extraction;
  try {
    x = run(text, { published: "2025-09-15" });
  } catch (e) {
    throw new Error(`extract() threw: ${(e as Error).stack ?? e}`);
  }
  checkExtraction(text, x);
  // Without a publication date the relative-date rules take another path; this run goes through
  // extract()'s wrapper, whose warnings the check also refuses.
  checkExtraction(text, extract(text));
}

test("a stage that throws fails the property, unwrapped or through extract()'s warnings", () => {
  const broken = {
    quotes: (...args: Parameters<typeof STAGES.quotes>) => {
      if (args[0].text.includes("said")) throw new Error("injected failure");
      return STAGES.quotes(...args);
    },
  };
  const strict = createExtractor({ model: null, strict: true, stages: broken });
  const wrapped = createExtractor({ model: null, stages: broken });
  const text = "The mayor said the bridge would reopen.";
  assert.throws(() => strict(text), /injected failure/);
  assert.deepEqual(wrapped(text).warnings, [{ stage: "quotes", message: "injected failure" }]);
  assert.deepEqual(wrapped(text).quotes, []);
  for (const run of [strict, wrapped]) {
    const result = fc.check(
      fc.property(newsText, (t) => extractAndCheck(t, run)),
      { seed: SEED, numRuns: 100 },
    );
    assert.equal(result.failed, true, "the property test sees the failing stage");
  }
});

test("extract: hostile news-like strings never throw and keep every offset inside the text", () => {
  fc.assert(
    fc.property(hostileText, (t) => extractAndCheck(t)),
    { seed: SEED, numRuns: 300 },
  );
});

test("extract: reported speech with mismatched marks keeps every quote, cue and speaker span exact", () => {
  fc.assert(
    fc.property(newsText, (t) => extractAndCheck(t)),
    { seed: SEED, numRuns: 300 },
  );
});

test("extract: arbitrary UTF-16 (lone surrogates, control characters) never throws", () => {
  fc.assert(
    fc.property(anyUtf16, (t) => extractAndCheck(t)),
    { seed: SEED, numRuns: 200 },
  );
});

test("extract: edge cases (empty, only punctuation, repeated marks, long lines)", { timeout: 300_000 }, () => {
  // The timeout only stops a hang (a quadratic rule on 1 MB); nothing here depends on speed.
  const failures: string[] = [];
  for (const [name, text] of edgeCases()) {
    try {
      checkExtraction(text, extract(text, { published: "2025-09-15" }));
    } catch (e) {
      failures.push(`${name}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  assert.deepEqual(failures, []);
});

test("the checker itself rejects spans outside the text and text fields that are not the slice", () => {
  const text = "“We cannot continue,” Ms Kearns said.";
  const good = extract(text);
  assert.throws(() =>
    checkExtraction(text, {
      ...good,
      quotes: [
        {
          kind: "direct",
          text: "We cannot",
          start: 1,
          end: 19,
          speaker: null,
          speakerId: null,
          speakerMention: null,
          cue: null,
        },
      ],
    }),
  );
  assert.throws(() =>
    checkExtraction(text, {
      ...good,
      times: [{ start: 30, end: 60, text: "said.", value: null, kind: "date" }],
    }),
  );
  assert.throws(() =>
    checkExtraction(text, {
      ...good,
      entities: [
        {
          id: "e1",
          type: "person",
          name: "Alicia Kearns",
          mentions: [{ start: 22, end: 31, text: "Kearns", entity: "e1" }],
          attributes: { roles: [] },
        },
      ],
    }),
  );
});

/** Plain data only (DESIGN: "JSON is its serialised form"): no classes, Maps, NaN or Infinity. */
function checkPlain(value: unknown, path: string): void {
  if (value === null || value === undefined || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    assert.ok(Number.isFinite(value), `${path} is ${value}, which JSON cannot hold`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkPlain(v, `${path}[${i}]`));
    return;
  }
  assert.ok(
    typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype,
    `${path} is not a plain object (${Object.prototype.toString.call(value)})`,
  );
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) checkPlain(v, `${path}.${k}`);
}

test("extract: the same text gives the same result whatever was extracted before, as plain data", () => {
  fc.assert(
    fc.property(newsText, newsText, (a, b) => {
      const first = extract(a, { published: "2025-09-15" });
      checkPlain(first, "extraction");
      extract(b, { published: "2025-09-15" });
      extract(b);
      assert.deepStrictEqual(extract(a, { published: "2025-09-15" }), first);
    }),
    { seed: SEED, numRuns: 50 },
  );
});
