// The query commands, run as a user runs them: the built CLI in a child process, against a real
// SQLite store file in a temporary folder.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/index.js";
import type { CaseInput } from "../../src/casefile/types.js";
import { article } from "../casefile/fixtures.js";
import { runCli } from "./run.js";

let dir = "";
let db = "";

const run = (...args: string[]) => runCli(dir, ...args);

function json<T = unknown>(...args: string[]): T {
  const r = run(...args, "--store", db, "--json");
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as T;
}

const docs: CaseInput[] = [
  article(
    "herald-1",
    "2024-06-03",
    "Marta Kell, 52, a former procurement officer at the Port Authority, was arrested on 30 May 2024. " +
      'Her solicitor, Owen Pryce, said: "Marta Kell will fight these allegations."',
    {
      entities: [
        {
          id: "e1",
          type: "person",
          name: "Marta Kell",
          mentions: ["Marta Kell"],
          age: 52,
          roles: ["former procurement officer at the Port Authority"],
        },
        { id: "e2", type: "organization", name: "Port Authority", mentions: ["Port Authority"] },
        { id: "e3", type: "person", name: "Owen Pryce", mentions: ["Owen Pryce"], roles: ["Her solicitor"] },
      ],
      quotes: [{ text: "Marta Kell will fight these allegations.", speaker: "e3" }],
      events: [{ type: "arrest", date: "2024-05-30", participants: ["e1"], evidence: "was arrested on 30 May 2024" }],
    },
  ),
  article(
    "post-2",
    "2024-06-04",
    'Kell, 55, was arrested in May 2024. Detectives said the inquiry was "far from over".',
    {
      entities: [{ id: "e1", type: "person", name: "Kell", mentions: ["Kell"], age: 55 }],
      events: [{ type: "arrest", date: "2024-05", participants: ["e1"], evidence: "was arrested in May 2024" }],
    },
  ),
  article("post-3", "2024-06-05", "Marta K. declined to comment through her lawyer.", {
    entities: [{ id: "e1", type: "person", name: "Marta K.", mentions: ["Marta K."] }],
  }),
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "casefile-query-"));
  db = join(dir, "case.db");
  const store = await openStore(db);
  try {
    for (const d of docs)
      await store.addDocument(
        "default",
        {
          id: d.document.id,
          source: d.document.source,
          outlet: d.document.outlet ?? null,
          published: d.document.published,
          title: null,
          text: d.extraction.text,
        },
        d.extraction,
      );
  } finally {
    await store.close();
  }
});

after(async () => rmSync(dir, { recursive: true, force: true }));

test("a missing store or case is one clear line and a non-zero exit", async () => {
  const missing = run("people", "--store", join(dir, "nothing.db"));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /^casefile people: no store at .*nothing\.db: run "casefile ingest PATH\.\.\." first/);
  assert.equal(missing.err.trim().split("\n").length, 1);
  assert.ok(!existsSync(join(dir, "nothing.db")), "a query never creates a store");
  const noCase = run("timeline", "--store", db, "--case", "other");
  assert.equal(noCase.code, 1);
  assert.match(noCase.err, /has no case "other"; its cases: default/);
});

test("people lists merged people with roles, ages and sources; the table is readable", async () => {
  const people = json<{ name: string; documents: string[]; ages: { value: number }[] }[]>("people");
  const kell = people.find((p) => p.name === "Marta Kell")!;
  assert.deepEqual(kell.documents, ["herald-1", "post-2"]);
  assert.deepEqual(
    kell.ages.map((a) => a.value),
    [52, 55],
  );
  const table = run("people", "--store", db);
  assert.equal(table.code, 0, table.err);
  assert.match(table.out, /^Name\s+Also written\s+Roles\s+Age\s+Sources\n/);
  assert.match(table.out, /Marta Kell\s+Kell\s+former procurement officer at the Port Authority\s+52\/55\s+2/);
  const orgs = json<{ name: string }[]>("orgs");
  assert.deepEqual(
    orgs.map((o) => o.name),
    ["Port Authority"],
  );
});

test("people, orgs and timeline list a page with --limit and --offset, the same rows the whole list holds", async () => {
  for (const command of ["people", "orgs", "timeline"]) {
    const all = json<{ id: string }[]>(command);
    for (const [offset, limit] of [
      [0, 1],
      [1, 1],
      [1, 5],
      [all.length, 2],
    ])
      assert.deepEqual(
        json<{ id: string }[]>(command, "--offset", String(offset), "--limit", String(limit)).map((e) => e.id),
        all.slice(offset, offset + limit).map((e) => e.id),
        `${command} --offset ${offset} --limit ${limit}`,
      );
    assert.deepEqual(
      json<{ id: string }[]>(command, "--offset", "1").map((e) => e.id),
      all.slice(1).map((e) => e.id),
    );
  }
  const wrong = run("people", "--store", db, "--limit", "ten");
  assert.equal(wrong.code, 1);
  assert.match(wrong.err, /^casefile people: --limit "ten" is not a number of rows/);
});

test("quotes filter by speaker and by subject", async () => {
  const bySpeaker = json<{ speakerName: string; text: string }[]>("quotes", "--speaker", "Pryce");
  assert.deepEqual(
    bySpeaker.map((q) => q.text),
    ["Marta Kell will fight these allegations."],
  );
  assert.equal(json<unknown[]>("quotes", "--about", "Marta Kell").length, 1);
  assert.equal(json<unknown[]>("quotes", "--about", "budget").length, 0);
  const unknown = run("quotes", "--store", db, "--speaker", "Zebedee");
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no speaker named "Zebedee"/);
});

test("timeline, contradictions and show tell the case from every source", async () => {
  const timeline = json<{ type: string; date: string; sources: { document: string }[] }[]>("timeline");
  assert.equal(timeline.length, 1);
  assert.equal(timeline[0].date, "2024-05-30");
  assert.deepEqual(timeline[0].sources.map((s) => s.document).sort(), ["herald-1", "post-2"]);
  // A slice goes through the query layer, as in the API.
  assert.equal(json<unknown[]>("timeline", "--type", "arrest", "--entity", "Marta Kell").length, 1);
  assert.equal(json<unknown[]>("timeline", "--type", "sentence").length, 0);
  assert.equal(json<unknown[]>("timeline", "--from", "2024-06").length, 0);
  const contradictions = run("contradictions", "--store", db);
  assert.equal(contradictions.code, 0);
  assert.match(contradictions.out, /Marta Kell — age/);
  assert.match(contradictions.out, /55\s+post-2@\d+ \(2024-06-04\): Kell, 55, was arrested in May 2024\./);
  const show = run("show", "Marta", "Kell", "--store", db);
  assert.equal(show.code, 0, show.err);
  for (const part of ["Also written:", "Roles:", "Quoted about them:", "Owen Pryce", "Events:", "2024-05-30  arrest"])
    assert.ok(show.out.includes(part), part);
  // A page of the profile (what a terminal shows: the first rows of each list) says what it left out.
  const page = run("show", "Marta", "Kell", "--limit", "1", "--store", db);
  assert.equal(page.code, 0, page.err);
  assert.ok(page.out.startsWith(show.out.split("\n")[0] + "\n"), page.out);
  assert.match(page.out, /\nSources:\n {2}herald-1 {2}[^\n]*\n {2}… and 1 more \(--all lists every one\)\n/);
  // A milestone on a page lists its first reports' documents and counts the rest; the whole profile lists them all.
  assert.match(page.out, /\nEvents:\n {2}2024-05-30 {2}arrest \(\w+\) {2}\[(herald-1|post-2) … and 1 more\]\n/);
  assert.match(show.out, /\nEvents:\n {2}2024-05-30 {2}arrest \(\w+\) {2}\[(herald-1, post-2|post-2, herald-1)\]\n/);
  assert.equal(run("show", "Marta", "Kell", "--all", "--store", db).out, show.out);
  const nobodyPage = run("show", "Nobody", "--limit", "1", "--store", db);
  assert.equal(nobodyPage.code, 1);
  assert.equal(nobodyPage.err, run("show", "Nobody", "--store", db).err, "a page and the whole profile fail alike");
  const nobody = run("show", "Nobody", "--store", db);
  assert.equal(nobody.code, 1);
  assert.match(nobody.err, /^casefile show: no person, organisation or place named "Nobody"/);
});

test("rebuild builds the stored case again and says how many entities, quotes and milestones it holds", async () => {
  const r = run("rebuild", "--store", db);
  assert.equal(r.code, 0, r.err);
  const people = json<unknown[]>("people").length;
  const orgs = json<unknown[]>("orgs").length;
  const entities = (JSON.parse(run("export", "--format", "json", "--store", db).out) as { entities: unknown[] })
    .entities.length;
  const quotes = json<unknown[]>("quotes").length;
  const milestones = json<unknown[]>("timeline").length;
  assert.ok(people > 0 && orgs > 0 && quotes > 0 && milestones > 0);
  assert.ok(entities >= people + orgs);
  assert.match(
    r.out,
    new RegExp(
      `^rebuilt case "default" in [\\d.]+ s: ${entities} entities, ${quotes} quotes, ${milestones} milestones\\n$`,
    ),
  );
});

test("merge and split are recorded in the store, listed, and undone", async () => {
  const count = () => json<unknown[]>("people").length;
  assert.equal(count(), 3, "Marta K. is not merged on its own");
  // "merge A B" merges A into B, which keeps its name.
  const merged = run("merge", "Marta K.", "Marta Kell", "--store", db, "--reason", "same solicitor");
  assert.equal(merged.code, 0, merged.err);
  assert.match(merged.out, /merged "Marta K\." into "Marta Kell", now called "Marta Kell" \(override (\d+)/);
  assert.equal(count(), 2);
  const list = run("merge", "--store", db);
  assert.match(list.out, /forced/);
  assert.match(list.out, /surname-unique/);
  assert.match(list.out, /1\. merge "Marta K\." and "Marta Kell" — same solicitor/);
  const split = run("split", "Marta Kell", "Kell", "--store", db);
  assert.equal(split.code, 0, split.err);
  assert.equal(count(), 3);
  const bad = run("split", "Marta Kell", "Zed", "--store", db);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /"Zed" is not a name of "Marta Kell"/);
  assert.equal(run("merge", "--undo", "2", "--store", db).code, 0);
  assert.equal(count(), 2, "the forced merge is back");
  assert.equal(run("merge", "--undo", "1", "--store", db).code, 0);
  assert.equal(count(), 3);
  assert.equal(run("merge", "--undo", "1", "--store", db).code, 1);
  assert.equal(run("merge", "Kell", "Marta Kell", "--store", db).code, 1, "already one entity");
});

test("export writes each format to standard output or to --out", async () => {
  const j = run("export", "--format", "json", "--store", db);
  assert.equal(j.code, 0, j.err);
  const contract = JSON.parse(j.out);
  assert.deepEqual(
    contract.timeline[0].sources.sort((a: string, b: string) => (a < b ? -1 : 1)),
    ["herald-1", "post-2"],
  );
  const csvDir = join(dir, "tables");
  assert.equal(run("export", "--format", "csv", "--out", csvDir, "--store", db).code, 0);
  for (const t of ["entities", "quotes", "timeline", "contradictions"]) assert.ok(existsSync(join(csvDir, `${t}.csv`)));
  assert.match(
    readFileSync(join(csvDir, "quotes.csv"), "utf8"),
    /^id,document,start,end,kind,speaker,text,cue,about,said_at,role,addressee,channel\r\n/,
  );
  const stixFile = join(dir, "case.stix.json");
  assert.equal(run("export", "--format", "stix", "--out", stixFile, "--store", db).code, 0);
  assert.equal(JSON.parse(readFileSync(stixFile, "utf8")).type, "bundle");
  assert.match(run("export", "--format", "graphml", "--store", db).out, /^<\?xml/);
  assert.equal(run("export", "--format", "ftm", "--store", db).out.trim().split("\n").length > 3, true);
  const bad = run("export", "--format", "pdf", "--store", db);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /--format pdf is not supported; use one of json, ftm, stix, csv, graphml/);
});

test("search finds articles and quotes through the store's full-text index", async () => {
  const hits = json<{ kind: string; documentId: string }[]>("search", "allegations");
  assert.ok(hits.some((h) => h.documentId === "herald-1"));
  assert.equal(json<unknown[]>("search", "zeppelin").length, 0);
});

test("articles ingested from .txt files can be queried end to end", async () => {
  const folder = join(dir, "articles");
  const store = join(dir, "ingested.db");
  rmSync(folder, { recursive: true, force: true });
  writeFileSync(join(dir, "placeholder"), "");
  const texts: Record<string, string> = {
    "tribune-8":
      "Peter Lindqvist, 47, was charged on 3 February 2025 with fraud, the Serious Fraud Office said.\n\n" +
      '"We will follow the money wherever it leads," said Sarah Okafor, the SFO\'s director of investigations.',
    "ledger-9":
      "Peter Lindqvist appeared at Southwark Crown Court on 10 February 2025.\n\n" +
      "Lindqvist, 47, did not enter a plea, and the Serious Fraud Office declined to comment.",
  };
  const paths = Object.entries(texts).map(([id, text]) => {
    const p = join(dir, `${id}.txt`);
    writeFileSync(p, text);
    return p;
  });
  const ingest = run("ingest", "--store", store, ...paths);
  assert.equal(ingest.code, 0, ingest.err);
  const people = run("people", "--store", store, "--json");
  assert.equal(people.code, 0, people.err);
  const entities = JSON.parse(people.out) as { documents: string[] }[];
  for (const e of entities) for (const d of e.documents) assert.ok(d in texts, d);
  const exported = JSON.parse(run("export", "--format", "json", "--store", store).out);
  assert.deepEqual(exported.documents.map((d: { id: string }) => d.id).sort(), ["ledger-9", "tribune-8"]);
  for (const command of ["orgs", "quotes", "timeline", "contradictions"])
    assert.equal(run(command, "--store", store).code, 0, command);
});
