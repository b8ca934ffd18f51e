// Properties of the PolNeAR reader used by the benchmark (scripts/polnear.ts): brat offsets count
// Unicode code points, Casefile's count UTF-16 units, and a wrong conversion would silently
// misalign every span after the first emoji.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  codePointToUtf16,
  compareSpans,
  emptyTally,
  joinSplitQuotes,
  parseAnn,
  polnearArgs,
  polnearContents,
  polnearSource,
  scores,
  withoutParenthetical,
  type AttributedQuote,
  wordOffsets,
  wordSet,
} from "../../scripts/polnear.js";
import type { Quote } from "../../src/core/schema.js";
import { SEED } from "./arbitraries.js";

const unit = fc.oneof(
  fc.constantFrom("a", "b", " ", "\n", "“", "”", "’", "é", "😀", "𝒳", "中"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const text = fc.array(unit, { minLength: 1, maxLength: 60 }).map((xs) => xs.join(""));

test("codePointToUtf16: slicing by converted offsets equals slicing the code points", () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (s, x, y) => {
      const cps = Array.from(s);
      const a = x % (cps.length + 1);
      const b = a + (y % (cps.length + 1 - a));
      const map = codePointToUtf16(s);
      assert.equal(map.length, cps.length + 1);
      assert.equal(s.slice(map[a], map[b]), cps.slice(a, b).join(""));
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test("parseAnn: T spans (contiguous and discontinuous) and E links come back in UTF-16 offsets", () => {
  fc.assert(
    fc.property(
      text,
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 6 }),
      (s, raw) => {
        const cps = Array.from(s);
        const lines: string[] = [];
        const expected: string[] = [];
        raw.forEach(([x, y, split], i) => {
          const a = x % (cps.length + 1);
          const b = a + (y % (cps.length + 1 - a));
          const mid = Math.floor((a + b) / 2);
          const frags =
            split && b - a >= 2
              ? [
                  [a, mid],
                  [mid + 1 > b ? b : mid + 1, b],
                ]
              : [[a, b]];
          const annText = frags.map(([f, t]) => cps.slice(f, t).join("")).join(" ");
          lines.push(`T${i + 1}\tContent ${frags.map((f) => f.join(" ")).join(";")}\t${annText}`);
          expected.push(annText);
        });
        lines.push(`E1\tAttribution:T1 Content:T1 Source:T${raw.length}`);
        const ann = parseAnn(lines.join("\n") + "\n", s);
        expected.forEach((want, i) => {
          const sp = ann.spans.get(`T${i + 1}`);
          assert.ok(sp);
          assert.equal(sp.fragments.map(([f, t]) => s.slice(f, t)).join(" "), want);
        });
        assert.equal(ann.attributions.length, 1);
        assert.equal(ann.attributions[0].contents.length, 1);
        assert.equal(ann.attributions[0].sources.length, 1);
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test("compareSpans: a prediction equal to the gold scores 1; counts stay within bounds", () => {
  const s = "“We simply cannot continue,” she said, and the Home Office said it would not comment.";
  const words = wordOffsets(s);
  const spans = [wordSet(words, [[1, 26]]), wordSet(words, [[28, 31]]), wordSet(words, [[46, 84]])];
  const same = emptyTally();
  compareSpans(spans, spans, same);
  assert.deepEqual(scores(same).exact, { p: 1, r: 1, f1: 1 });
  assert.deepEqual(scores(same).overlap, { p: 1, r: 1, f1: 1 });
  // Punctuation and quote marks at the edges do not matter; a missing word does.
  const edges = emptyTally();
  compareSpans([spans[0]], [wordSet(words, [[0, 27]])], edges);
  assert.equal(edges.exact, 1);
  const partial = emptyTally();
  compareSpans([spans[0]], [wordSet(words, [[1, 17]])], partial);
  assert.equal(partial.exact, 0);
  assert.equal(partial.overlapP, 1);
  assert.equal(partial.overlapR, 0.75);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(84), fc.nat(84)), { maxLength: 8 }),
      fc.array(fc.tuple(fc.nat(84), fc.nat(84)), { maxLength: 8 }),
      (g, p) => {
        const toSets = (xs: [number, number][]) =>
          xs.map(([a, b]) => wordSet(words, [[Math.min(a, b), Math.max(a, b)]]));
        const t = emptyTally();
        compareSpans(toSets(g), toSets(p), t);
        assert.ok(t.exact <= Math.min(t.nGold, t.nPred));
        assert.ok(t.overlapP <= t.nPred + 1e-9 && t.overlapR <= t.nGold + 1e-9);
        assert.ok(t.exact <= t.overlapP + 1e-9 && t.exact <= t.overlapR + 1e-9);
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test("joinSplitQuotes: a quote cut by its attribution becomes one two-fragment content; others stay apart", () => {
  const text = "“We cannot go on,” she said, “and we will not.”\n\n“Next,” he said. Later, “another” came.";
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const quote = (body: string, cue: string | null, from = 0): Quote => ({
    kind: "direct",
    ...at(body, from),
    speaker: null,
    speakerId: null,
    speakerMention: null,
    cue: cue ? at(cue, from) : null,
  });
  const para2 = text.indexOf("“Next");
  const quotes = [
    quote("We cannot go on,", "said"),
    quote("and we will not.", null),
    quote("Next,", "said", para2),
    quote("another", null, para2),
  ];
  const joined = joinSplitQuotes(text, quotes).map((fs) => fs.map(([s, e]) => text.slice(s, e)));
  assert.deepEqual(joined, [["We cannot go on,", "and we will not."], ["Next,"], ["another"]]);
});

test("polnearContents: quotes bound to one cue are one content, and a reported clause takes its 'that'", () => {
  const text =
    "“We cannot go on,” she said, “and we will not.”\n\n“The money is gone.”\n\nHe said that the plan failed. “Wait,” he added.";
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const saidAt = text.indexOf("said");
  const said = { start: saidAt, end: saidAt + 4, text: "said" };
  const quote = (kind: Quote["kind"], body: string, cue: Quote["cue"]): Quote => ({
    kind,
    ...at(body),
    speaker: null,
    speakerId: null,
    speakerMention: null,
    cue,
  });
  const quotes = [
    quote("direct", "The money is gone.", said),
    quote("direct", "We cannot go on,", said),
    quote("direct", "and we will not.", null),
    quote("indirect", "the plan failed", { ...at("said that"), end: at("said that").start + 4, text: "said" }),
    quote("direct", "Wait,", at("added")),
  ];
  const mapped = polnearContents(text, quotes).map((m) => [m.kind, m.fragments.map(([s, e]) => text.slice(s, e))]);
  assert.deepEqual(mapped, [
    ["direct", ["We cannot go on,", "and we will not.", "The money is gone."]],
    ["indirect", ["that the plan failed"]],
    ["direct", ["Wait,"]],
  ]);
});

test("polnearContents: a mixed quote joins the quotes of its cue in its own paragraph only", () => {
  const text =
    "Ms. Oduya called the levy “a tax on bread” and the ferry “a relic.”\n\nThe council had backed it as “a lifeline.”";
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const cue = span("called");
  const quotes = ["a tax on bread", "a relic.", "a lifeline."].map((body): Quote => ({
    kind: "mixed",
    ...span(body),
    speaker: null,
    speakerId: null,
    speakerMention: null,
    cue,
  }));
  const mapped = polnearContents(text, quotes).map((m) => m.fragments.map(([s, e]) => text.slice(s, e)));
  assert.deepEqual(mapped, [["a tax on bread", "a relic."], ["a lifeline."]]);
});

test("polnearContents: a content takes its 'that' past a comma or a doubled-apostrophe mark, and an infinitive's 'to'", () => {
  const text =
    "Ms. Oduya said that, in March, the levy had lapsed. Mr. Brandt vowed to ''keep the mill open.'' " +
    "The mayor promised to “fix the ferry,” according to “two aides.”";
  const quote = (kind: Quote["kind"], body: string): Quote => {
    const start = text.indexOf(body);
    return {
      kind,
      start,
      end: start + body.length,
      text: body,
      speaker: null,
      speakerId: null,
      speakerMention: null,
      cue: null,
    };
  };
  const quotes = [
    quote("indirect", "in March, the levy had lapsed"),
    quote("direct", "keep the mill open."),
    quote("direct", "fix the ferry,"),
    quote("direct", "two aides."),
  ];
  const mapped = polnearContents(text, quotes).map((m) => m.fragments.map(([s, e]) => text.slice(s, e)));
  assert.deepEqual(mapped, [
    ["that, in March, the levy had lapsed"],
    ["to ''keep the mill open."],
    ["to “fix the ferry,"],
    ["two aides."],
  ]);
});

test("polnearContents: a report inside its relative clause takes the relative pronoun ('which … was unfair')", () => {
  const text = "The council kept the levy, which Ann Roe said was unfair. Tom Vale said that Ann Roe said fares rose.";
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length, text: s };
  };
  const second = text.indexOf("Tom Vale");
  const quote = (body: string, mention: Quote["speakerMention"], cue: Quote["cue"]): Quote => ({
    kind: "indirect",
    ...at(body),
    speaker: null,
    speakerId: null,
    speakerMention: mention,
    cue,
  });
  const quotes = [
    quote("was unfair", at("Ann Roe"), at("said")),
    quote("fares rose", at("Ann Roe", second), { ...at("said fares"), end: at("said fares").start + 4, text: "said" }),
  ];
  const mapped = polnearContents(text, quotes).map((m) => m.fragments.map(([s, e]) => text.slice(s, e)));
  assert.deepEqual(mapped, [["which", "was unfair"], ["fares rose"]]);
});

test("polnearSource: a speaker mention takes the apposition that identifies it, not a participle clause", () => {
  const text =
    "“We are done,” said Ann Roe (D-Ohio), head of the city panel. Tom Vale, a lawyer for the town, said the deal was off. " +
    "“Fine,” said Jo Ray, adding that she agreed. Al Kim, speaking on Monday, said no.";
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };
  const quote = (mention: string, cue: string) => ({
    kind: "direct" as const,
    start: 0,
    end: 1,
    speakerMention: at(mention),
    cue: { ...at(cue + " " + mention.slice(0, 2)), end: at(cue + " " + mention.slice(0, 2)).start + cue.length },
  });
  const source = (q: ReturnType<typeof quote>) => polnearSource(text, q).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(source(quote("Ann Roe", "said")), ["Ann Roe (D-Ohio), head of the city panel"]);
  assert.deepEqual(source(quote("Jo Ray", "said")), ["Jo Ray"]);
  const before = (mention: string, cue: string) => ({
    ...quote(mention, "said"),
    cue: { start: text.indexOf(cue, at(mention).end), end: text.indexOf(cue, at(mention).end) + cue.length },
  });
  assert.deepEqual(source(before("Tom Vale", "said")), ["Tom Vale, a lawyer for the town"]);
  assert.deepEqual(source(before("Al Kim", "said")), ["Al Kim"]);
});

test("polnearSource: a sentence adverb set off by commas after the mention is no apposition ('Ann Roe, however, said')", () => {
  const text = "Ann Roe, however, said the deal was off. Tom Vale, meanwhile, said it was on.";
  const source = (mention: string) => {
    const start = text.indexOf(mention);
    const cue = text.indexOf("said", start);
    const q = {
      kind: "indirect" as const,
      start: cue + 5,
      end: cue + 6,
      speakerMention: { start, end: start + mention.length },
      cue: { start: cue, end: cue + 4 },
    };
    return polnearSource(text, q).map(([s, e]) => text.slice(s, e));
  };
  assert.deepEqual(source("Ann Roe"), ["Ann Roe"]);
  assert.deepEqual(source("Tom Vale"), ["Tom Vale"]);
});

test("withoutParenthetical: an attribution between commas inside a content is not part of it", () => {
  const text = "The new library, Mr. Tom Lee said, would open in May. Ann Roe said the hall, too, would close.";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const inner: AttributedQuote = {
    kind: "indirect",
    ...at("The new library, Mr. Tom Lee said, would open in May"),
    speakerMention: at("Mr. Tom Lee"),
    cue: at("said,"),
  };
  inner.cue = { start: inner.cue!.start, end: inner.cue!.start + 4 };
  assert.deepEqual(
    withoutParenthetical(text, inner).map(([s, e]) => text.slice(s, e)),
    ["The new library", " would open in May"],
  );
  // A cue before the content leaves it whole, commas and all.
  const before: AttributedQuote = {
    kind: "indirect",
    ...at("the hall, too, would close"),
    speakerMention: at("Ann Roe"),
    cue: { start: text.lastIndexOf("said"), end: text.lastIndexOf("said") + 4 },
  };
  assert.deepEqual(withoutParenthetical(text, before), [[before.start, before.end]]);
});

/**
 * The PolNeAR source of a quote in `text` whose speaker mention is `mention` and whose cue is the next
 * `cue` after it (an indirect quote), or with `cueFirst` the last `cue` before it ("…,” said Ann Roe).
 */
function sourceOf(text: string, mention: string, cue = "said", cueFirst = false): string[] {
  const start = text.indexOf(mention);
  const cueStart = cueFirst ? text.lastIndexOf(cue, start) : text.indexOf(cue, start + mention.length);
  const quote: AttributedQuote = {
    kind: cueFirst ? "direct" : "indirect",
    start: 0,
    end: 1,
    speakerMention: { start, end: start + mention.length },
    cue: { start: cueStart, end: cueStart + cue.length },
  };
  return polnearSource(text, quote).map(([s, e]) => text.slice(s, e));
}

const sourceAfterCue = (text: string, mention: string) => sourceOf(text, mention, "said", true);

test("polnearSource: a description opening the sentence before a name is its apposition too", () => {
  const text =
    "The harbour's chief engineer, Ann Roe, said the pier was unsafe. Later, Tom Vale said no. But the mayor, Jo Ray said so.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["The harbour's chief engineer, Ann Roe"]);
  assert.deepEqual(sourceOf(text, "Tom Vale"), ["Tom Vale"]);
  assert.deepEqual(sourceOf(text, "Jo Ray"), ["Jo Ray"]);
});

test("polnearSource: a description before a name after a comma, a quotation, a subordinator or a verb of speech is its apposition too", () => {
  const text =
    "In May, the port's director, Ann Roe, said the pier was unsafe. “It will hold,” his lawyer, Tom Vale, said. " +
    "When the F.B.I. liaison, Al Kim, warned of delays, the work stopped. “We will see,” said the harbour's pilot, Jo Ray. " +
    "Later Ann Roe met the port's clerk, Ivo Marsh, and then said nothing.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["the port's director, Ann Roe"]);
  assert.deepEqual(sourceOf(text, "Tom Vale"), ["his lawyer, Tom Vale"]);
  assert.deepEqual(sourceOf(text, "Al Kim", "warned"), ["the F.B.I. liaison, Al Kim"]);
  assert.deepEqual(sourceAfterCue(text, "Jo Ray"), ["the harbour's pilot, Jo Ray"]);
  // After a verb that is not of speech, the name's description is its object's, not the source's.
  assert.deepEqual(sourceOf(text, "Ivo Marsh"), ["Ivo Marsh"]);
});

test("polnearSource: a named possessor opens the description too ('Tom Vale's lawyer, Ann Roe, said'), and a verb before it does not", () => {
  const text = "Tom Vale's lawyer, Ann Roe, said he would appeal. He told Ivo Marsh's aide, Jo Ray, said nothing.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["Tom Vale's lawyer, Ann Roe"]);
  assert.deepEqual(sourceOf(text, "Jo Ray"), ["Jo Ray"]);
});

test("polnearSource: a coordinated subject is the source whole ('Ann Roe and Tom Vale said'), but not a clause with a verb of its own", () => {
  const text =
    "Ann Roe and two harbour pilots said the pier was unsafe. Regulators and the port's owners warned it would close. " +
    "Jo Ray and her aides have won twice and said nothing.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["Ann Roe and two harbour pilots"]);
  assert.deepEqual(sourceOf(text, "Regulators", "warned"), ["Regulators and the port's owners"]);
  assert.deepEqual(sourceOf(text, "Jo Ray"), ["Jo Ray"]);
});

test("polnearSource: a coordinated subject's auxiliary and adverbs before the cue are no verb of its own ('Ann Roe and her aides have long said')", () => {
  const text = "Ann Roe and her aides have long said the pier was unsafe. Tom Vale and the pilots will not say it.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["Ann Roe and her aides"]);
  assert.deepEqual(sourceOf(text, "Tom Vale", "say"), ["Tom Vale and the pilots"]);
});

test("polnearSource: an apposition still identifies the source when words of the predicate stand before the cue ('Ann Roe, the mayor, has since said')", () => {
  const text =
    "Ann Roe, the harbour's chief engineer, has since said the pier was unsafe. Tom Vale, a pilot, on Friday told " +
    "reporters it would hold. Jo Ray, who runs the ferry, has said nothing. Al Kim, a clerk, left early, but said so.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["Ann Roe, the harbour's chief engineer"]);
  assert.deepEqual(sourceOf(text, "Tom Vale", "told"), ["Tom Vale, a pilot"]);
  // A relative clause is left out, and a clause of the predicate ends the search.
  assert.deepEqual(sourceOf(text, "Jo Ray"), ["Jo Ray"]);
  assert.deepEqual(sourceOf(text, "Al Kim"), ["Al Kim"]);
});

test("polnearSource: after the cue, the apposition ends at a comma before a participle or a preposition ('said Ann Roe, the mayor, referring to …')", () => {
  const text =
    "“The levy is fair,” said Ann Roe, the harbour's chief engineer, referring to the new toll. " +
    "“We will pay,” said Tom Vale, 31, with his son in tow. “No,” said Jo Ray, a pilot, including the pier in her reply.";
  const source = (mention: string) => {
    const start = text.indexOf(mention);
    const cue = text.lastIndexOf("said", start);
    const q: AttributedQuote = {
      kind: "direct",
      start: 0,
      end: 1,
      speakerMention: { start, end: start + mention.length },
      cue: { start: cue, end: cue + 4 },
    };
    return polnearSource(text, q).map(([s, e]) => text.slice(s, e));
  };
  assert.deepEqual(source("Ann Roe"), ["Ann Roe, the harbour's chief engineer"]);
  assert.deepEqual(source("Tom Vale"), ["Tom Vale, 31"]);
  // ("including" opens a phrase of the apposition.)
  assert.deepEqual(source("Jo Ray"), ["Jo Ray, a pilot, including the pier in her reply"]);
});

/** The PolNeAR source of an "according to" citation of the content `content` in `text`, named by `mention`. */
function citedSource(text: string, content: string, mention: string): string[] {
  const start = text.indexOf(content);
  const m = text.indexOf(mention);
  const cue = text.toLowerCase().indexOf("according to");
  const quote: AttributedQuote = {
    kind: "indirect",
    start,
    end: start + content.length,
    speakerMention: { start: m, end: m + mention.length },
    cue: { start: cue, end: cue + "according to".length },
  };
  return polnearSource(text, quote).map(([s, e]) => text.slice(s, e));
}

test("polnearSource: an 'according to' source is its whole phrase, up to the content's comma or the sentence's end", () => {
  const opening = "According to a survey by the Growers Council released on Friday, most growers back the levy.";
  assert.deepEqual(citedSource(opening, "most growers back the levy", "a survey by the Growers Council released"), [
    "a survey by the Growers Council released on Friday",
  ]);
  const trailing = "The mill was sold in May, according to a lawsuit filed in Dover by Ann Roe, a former clerk.";
  assert.deepEqual(citedSource(trailing, "The mill was sold in May", "a lawsuit filed"), [
    "a lawsuit filed in Dover by Ann Roe, a former clerk",
  ]);
  // A clause after the source's comma is no apposition of it.
  const clause = "Until May, according to Ann Roe, the mill made a loss.";
  assert.deepEqual(citedSource(clause, "Until May", "Ann Roe"), ["Ann Roe"]);
});

test("polnearSource: a cue that heads a relative clause has the relative pronoun for its source ('Tom Vale, who has often said …')", () => {
  const text =
    "Tom Vale, who has often said the pier is unsafe, left early. The harbour board, a body of nine, which warned " +
    "that tolls would rise, met on Friday. Jo Ray, who runs the ferry, has said nothing.";
  assert.deepEqual(sourceOf(text, "Tom Vale"), ["who"]);
  assert.deepEqual(sourceOf(text, "The harbour board", "warned"), ["which"]);
  // The cue after a relative clause is the main verb: the mention is the source.
  assert.deepEqual(sourceOf(text, "Jo Ray"), ["Jo Ray"]);
});

test("polnearSource: a noun phrase set between dashes before the cue is the source's apposition ('Ann Roe -- a pilot -- said'), a relative clause is not", () => {
  const text =
    "Ann Roe -- a pilot for the port -- said the pier was unsafe. Tom Vale — who runs the ferry — said it would hold.";
  assert.deepEqual(sourceOf(text, "Ann Roe"), ["Ann Roe -- a pilot for the port --"]);
  assert.deepEqual(sourceOf(text, "Tom Vale"), ["Tom Vale"]);
});

test("polnearSource: a relative clause whose verb is one of speech is an attribution of its own, not part of the source", () => {
  const text =
    "“The pier is safe,” said Ann Roe, a harbour pilot, who added that the tolls were too high. " +
    "Tom Vale, a clerk, who has since noted the delays, told reporters the ferry was late. " +
    "Jo Ray, a pilot, who runs the ferry, told reporters it was full.";
  assert.deepEqual(sourceAfterCue(text, "Ann Roe"), ["Ann Roe, a harbour pilot"]);
  assert.deepEqual(sourceOf(text, "Tom Vale", "told"), ["Tom Vale, a clerk"]);
  // A relative clause with another verb still identifies the source.
  assert.deepEqual(sourceOf(text, "Jo Ray", "told"), ["Jo Ray, a pilot, who runs the ferry"]);
});

test("polnearSource: a relative clause with no comma ('Officials who saw the report said') is part of the source", () => {
  const text =
    "Officials who saw the report said the pier was unsafe. “It will hold,” said a pilot who flew the route for years.";
  assert.deepEqual(sourceOf(text, "Officials"), ["Officials who saw the report"]);
  const mention = text.indexOf("a pilot");
  const cue = text.lastIndexOf("said");
  const after: AttributedQuote = {
    kind: "direct",
    start: text.indexOf("It will"),
    end: text.indexOf("hold") + 4,
    speakerMention: { start: mention, end: mention + "a pilot".length },
    cue: { start: cue, end: cue + 4 },
  };
  assert.deepEqual(
    polnearSource(text, after).map(([s, e]) => text.slice(s, e)),
    ["a pilot who flew the route for years"],
  );
});

test("polnearArgs: the split must be named, so no bare or mistyped call scores the held-out test split", () => {
  assert.throws(() => polnearArgs([]), /name the split/);
  assert.throws(() => polnearArgs(["--no-baseline"]), /name the split/);
  assert.throws(() => polnearArgs(["--split", "tset"]), /name the split/);
  assert.throws(() => polnearArgs(["--splt", "dev"]), /Unknown option/);
  assert.throws(() => polnearArgs(["dev"]), /positional/);
  assert.deepEqual(polnearArgs(["--help"]), { help: true });
  assert.deepEqual(polnearArgs(["-h", "--split", "test"]), { help: true });
  assert.deepEqual(polnearArgs(["--split", "dev", "--no-baseline"]), { help: false, split: "dev", baseline: false });
  assert.deepEqual(polnearArgs(["--split=train"]), { help: false, split: "train", baseline: true });
});
