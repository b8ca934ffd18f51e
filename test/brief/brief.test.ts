// The cited brief: what it says about the bundled example, and that every citation of it (and of
// the dev case's brief, when the shared data is there) points at stored words that hold what the
// line says.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  buildBrief,
  htmlToPdf,
  PdfUnavailableError,
  renderHtml,
  renderMarkdown,
  type Brief,
} from "../../src/brief/index.js";
import type { Texts } from "../../src/brief/index.js";
import { accountsOf } from "../../src/casefile/accounts.js";
import { buildCase, indexCase } from "../../src/casefile/index.js";
import type { SentenceCache } from "../../src/core/doc.js";
import { extract } from "../../src/extract/index.js";
import { DEV_SKIP, caseOf, devArticles, exampleCase } from "./cases.js";

/** Every citation resolves to a span of the stored text, and every line's claim is in both the line and that span. */
function assertCitationsResolve(brief: Brief, texts: Texts): number {
  const byN = new Map(brief.citations.map((c) => [c.n, c]));
  const lines = [
    ...brief.summary,
    ...brief.people,
    ...brief.milestones,
    ...brief.accounts.flatMap((g) => g.lines),
    ...brief.sideBySide.flatMap((g) => g.lines),
    ...brief.disagreements,
  ];
  let checked = 0;
  for (const line of lines) {
    assert.ok(line.cites.length > 0, `a line without a citation: ${line.text}`);
    for (const cite of line.cites) {
      const c = byN.get(cite.n);
      assert.ok(c, `citation ${cite.n} missing`);
      const text = texts.get(c.document);
      assert.ok(text !== undefined, `no stored text for ${c.document}`);
      const span = text.slice(c.start, c.end);
      assert.equal(span, c.text, `citation ${c.n} text differs from the stored span`);
      assert.ok(span.includes(cite.claim), `[${c.n}] "${span}" does not hold "${cite.claim}"`);
      assert.ok(line.text.includes(cite.claim), `line "${line.text}" does not say "${cite.claim}"`);
      assert.equal(text.slice(c.sentence.start, c.sentence.end), c.sentence.text);
      assert.ok(c.sentence.start <= c.start && c.sentence.end >= c.end);
      checked++;
    }
  }
  assert.ok(
    brief.citations.every((c) => lines.some((l) => l.cites.some((x) => x.n === c.n))),
    "an unused citation",
  );
  return checked;
}

test("the example's brief names the seven people with their roles", () => {
  const { index, texts } = exampleCase();
  const brief = buildBrief(index, texts, "default");
  const people = brief.people.map((l) => l.text);
  for (const [name, role] of [
    ["Christopher Cash", "former parliamentary researcher"],
    ["Christopher Berry", "academic"],
    ["Alicia Kearns", "Tory MP"],
    ["Frank Ferguson", "head of the CPS's special crime and counter terrorism division"],
    ["Stephen Parkinson", "director of public prosecutions"],
    ["Lindsay Hoyle", "Commons Speaker"],
    ["Tom Tugendhat", ""],
  ])
    assert.ok(
      people.some((p) => p.startsWith(name) && p.includes(role)),
      `${name} (${role}) not in: ${people.join(" | ")}`,
    );
  assert.equal(people.length, 7, people.join(" | "));
});

test("the example's brief dates its milestones and gives each quoted actor's statements", () => {
  const { index, texts } = exampleCase();
  const brief = buildBrief(index, texts, "default");
  const milestones = brief.milestones.map((l) => l.text);
  assert.ok(
    milestones.some((m) => m.startsWith("March 2023: arrest")),
    milestones.join(" | "),
  );
  assert.ok(
    milestones.some((m) => m.startsWith("6 October 2025: trial")),
    milestones.join(" | "),
  );
  const actors = brief.accounts.map((g) => g.title);
  for (const actor of [
    "Crown Prosecution Service",
    "Alicia Kearns",
    "Frank Ferguson",
    "Christopher Cash",
    "Stephen Parkinson",
  ])
    assert.ok(
      actors.some((a) => a.startsWith(actor)),
      `${actor} has no account: ${actors.join(" | ")}`,
    );
  const kearns = brief.accounts.find((g) => g.title.startsWith("Alicia Kearns"));
  assert.ok(kearns?.lines.some((l) => l.text.includes("to The Telegraph") && l.text.includes("come clean")));
  // "the CPS said on Monday" is dated by the text, the others by the article.
  const cps = brief.accounts.find((g) => g.title.startsWith("Crown Prosecution Service"));
  assert.ok(cps?.lines[0].text.startsWith("15 September 2025"), cps?.lines[0].text);
  assert.ok(brief.summary.length >= 3);
});

test("every citation of the example's brief resolves to the words it rests on", () => {
  const { index, texts } = exampleCase();
  const brief = buildBrief(index, texts, "default");
  assert.ok(assertCitationsResolve(brief, texts) >= 30);
});

test("the brief renders to Markdown and HTML with every citation linked to its sentence", () => {
  const { index, texts } = exampleCase();
  const brief = buildBrief(index, texts, "default");
  const md = renderMarkdown(brief);
  for (const c of brief.citations) assert.ok(md.includes(`[^${c.n}]: `), `footnote ${c.n}`);
  const html = renderHtml(brief);
  assert.ok(!/<script/i.test(html));
  for (const c of brief.citations) {
    assert.ok(html.includes(`href="#cite-${c.n}"`), `link to ${c.n}`);
    assert.ok(html.includes(`<li id="cite-${c.n}">`), `source ${c.n}`);
  }
  assert.ok(html.includes("<mark>Tory MP</mark>"));
  // Served by the web UI, a citation opens the document view with the words highlighted.
  const served = renderHtml(brief, { appUrl: "/" });
  const c = brief.citations[0];
  assert.ok(served.includes(`/#/case/default/document/seed-article?hl=${c.start}-${c.end}`));
});

test("article text that looks like markup is written as text in the HTML brief", () => {
  const { index, texts } = caseOf([
    {
      id: "odd",
      published: "2024-02-02",
      text: 'Marta Kowal, a <b>city</b> councillor, said: "The <script>alert(1)</script> vote was rigged."',
    },
  ]);
  const html = renderHtml(buildBrief(index, texts, "odd"));
  assert.ok(!html.includes("<script>alert"), html);
  assert.ok(html.includes("&lt;script&gt;"));
});

test("every citation of the dev case's brief resolves to the words it rests on", { skip: DEV_SKIP }, () => {
  const { index, texts } = caseOf(devArticles());
  const brief = buildBrief(index, texts, "dev");
  const checked = assertCitationsResolve(brief, texts);
  assert.ok(checked >= 100, `only ${checked} citations`);
  assert.ok(brief.sideBySide.length >= 3);
  // The refresh hands the brief the accounts it computed for 50 subjects: the same brief.
  const computed = accountsOf(index, { subjects: 50 });
  assert.ok(computed.subjects.length > brief.sideBySide.length);
  assert.deepEqual(buildBrief(index, texts, "dev", { accounts: computed }), brief);
  assert.deepEqual(
    buildBrief(index, texts, "dev", { subjects: 2, accounts: computed }),
    buildBrief(index, texts, "dev", { subjects: 2 }),
  );
});

test("without Chromium the PDF is refused with one line saying what to install", async () => {
  const before = process.env.CASEFILE_CHROMIUM;
  process.env.CASEFILE_CHROMIUM = "/nonexistent/chromium";
  try {
    await assert.rejects(htmlToPdf("<p>x</p>"), (e: Error) => {
      assert.ok(e instanceof PdfUnavailableError);
      assert.match(e.message, /^no Chromium to print the PDF with at \/nonexistent\/chromium: install it/);
      return true;
    });
  } finally {
    if (before === undefined) delete process.env.CASEFILE_CHROMIUM;
    else process.env.CASEFILE_CHROMIUM = before;
  }
});

test("a brief takes the sentences the case build split, unless the text it cites is not the one they were split from", () => {
  // An invented article: a case built keeping its sentences (as a refresh does), then its brief.
  const id = "vell-1";
  const text =
    'Harbourmaster Lena Okafor, 47, resigned on Tuesday in Port Vell. "I could not stay after the flood," Okafor said. ' +
    "The Port Vell council thanked her for twelve years of service.";
  const inputs = [
    {
      document: { id, source: null, outlet: null, published: "2025-04-01" },
      extraction: extract(text, { id, published: "2025-04-01" }),
    },
  ];
  const sentences: SentenceCache = new Map();
  const index = indexCase(buildCase(inputs, [], undefined, sentences));
  assert.ok(sentences.get(id)?.text === text, "the build kept the article's sentences (what this test is about)");
  const texts: Texts = new Map([[id, text]]);
  const plain = buildBrief(index, texts, "vell");
  assert.ok(plain.citations.length > 0);
  assert.deepEqual(buildBrief(index, texts, "vell", { sentences }), plain, "the same brief from the kept sentences");
  // Kept sentences are taken as they are: one sentence over the whole text shows it.
  const whole = [{ ...sentences.get(id)!.sentences[0], start: 0, end: text.length }];
  const taken = buildBrief(index, texts, "vell", { sentences: new Map([[id, { text, sentences: whole }]]) });
  assert.ok(
    taken.citations.every((c) => c.sentence.text === text),
    "the kept sentences are the ones cited",
  );
  // Sentences split from another text are not.
  const other = buildBrief(index, texts, "vell", {
    sentences: new Map([[id, { text: `${text} `, sentences: whole }]]),
  });
  assert.deepEqual(other, plain, "a text that differs is split again");
});
