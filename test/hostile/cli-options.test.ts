// Issue 17 items 10-13 and 15 (CLI side): titles and outlets of JSON and text inputs, several
// cases in one store, terminal and piped output, --out FILE.csv, ingest --json, the date filter's
// note on undated quotes, search matches in bold on a terminal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderTable } from "../../src/cli/table.js";
import { projectPath } from "../../src/core/paths.js";
import { parseInput } from "../../src/ingest/input.js";
import { ARTICLES, CASE, addArticles, tempStore } from "../server/fixtures.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

function cli(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    cwd,
    env: { ...process.env, NO_COLOR: "" },
  });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** A store with the three-article case, one more case, and an undated article. */
async function fixture() {
  const t = await tempStore();
  await addArticles(t.store, CASE, ARTICLES);
  await addArticles(t.store, "second", [
    {
      id: "undated",
      source: null,
      outlet: null,
      published: null,
      title: null,
      text: 'Detective Inspector Owen Price said: "We are still looking for the money."',
    },
  ]);
  await addArticles(t.store, CASE, [
    {
      id: "undated-1",
      source: null,
      outlet: null,
      published: null,
      title: null,
      text: 'Detective Inspector Owen Price said: "We are still looking for the money."',
    },
  ]);
  await t.store.close();
  return t;
}

test("JSON inputs take their title from title or headline and their outlet from the address's host (item 10)", async () => {
  const json = Buffer.from(
    JSON.stringify({
      headline: "Pier closed",
      url: "https://www.coastal-example.org/news/1",
      text: "The pier closed.",
    }),
  );
  const d = parseInput(json, ".json", "x", "x.json");
  assert.equal(d.title, "Pier closed");
  assert.equal(d.outlet, "coastal-example.org");
  assert.equal(d.source, "https://www.coastal-example.org/news/1");
  const txt = parseInput(
    Buffer.from("Council votes to close pier\n\nThe council voted on Monday."),
    ".txt",
    "y",
    "y.txt",
  );
  assert.equal(txt.title, "Council votes to close pier");
  assert.equal(txt.outlet, null, "a text file has no address, so no outlet");
});

test("casefile cases lists the store's cases; piped, as tab-separated lines (items 11, 12)", async () => {
  const t = await fixture();
  try {
    const r = cli(["cases", "--store", t.path]);
    assert.equal(r.status, 0, r.err);
    const lines = r.out.trimEnd().split("\n");
    assert.deepEqual(lines[0].split("\t"), ["Case", "Articles", "Independent", "Created"]);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split("\t").slice(0, 2)),
      [
        [CASE, "4"],
        ["second", "1"],
      ],
    );
    const json = JSON.parse(cli(["cases", "--store", t.path, "--json"]).out) as { name: string }[];
    assert.deepEqual(
      json.map((c) => c.name),
      [CASE, "second"],
    );
    const people = cli(["people", "--store", t.path, "--case", CASE]);
    assert.ok(people.out.split("\n")[1].includes("\t"), "piped query output is tab-separated");
  } finally {
    await t.cleanup();
  }
});

test("serve without --case on a store of several cases opens the page that lists them (item 11)", async () => {
  const t = await fixture();
  try {
    const child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--store", t.path], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up lines: ${out}`)), 30_000);
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString();
        if (out.includes("Press Ctrl+C")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill("SIGTERM");
    assert.match(out, /2 cases: http:\/\/127\.0\.0\.1:\d+\/#\/\n/);
    assert.match(out, new RegExp(`    ${CASE} \\(4 articles\\)`));
    assert.doesNotMatch(out, /case "default"/);
  } finally {
    await t.cleanup();
  }
});

test("export --out FILE.csv writes one file, not a folder (item 13)", async () => {
  const t = await fixture();
  try {
    const out = join(t.dir, "cs.csv");
    const r = cli(["export", "--format", "csv", "--out", out, "--store", t.path, "--case", CASE]);
    assert.equal(r.status, 0, r.err);
    assert.ok(statSync(out).isFile());
    assert.match(readFileSync(out, "utf8"), /Margaret Hale/);
  } finally {
    await t.cleanup();
  }
});

test("ingest --json prints the counts and errors as one JSON object (item 13)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-ingest-json-"));
  try {
    writeFileSync(join(dir, "a.txt"), "The mayor resigned on Friday, the council said.");
    writeFileSync(join(dir, "b.txt"), "");
    const r = cli(["ingest", "a.txt", "b.txt", "--store", "s.db", "--json"], dir);
    assert.equal(r.status, 1);
    assert.equal(r.err, "");
    const o = JSON.parse(r.out) as { added: number; failed: number; errors: { input: string; message: string }[] };
    assert.equal(o.added, 1);
    assert.equal(o.failed, 1);
    assert.equal(o.errors[0].input, "b.txt");
    assert.match(o.errors[0].message, /is empty/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a date filter says how many quotes of undated articles it left out, and why (item 13)", async () => {
  const t = await fixture();
  try {
    const r = cli(["quotes", "--from", "2024-01-01", "--store", t.path, "--case", CASE]);
    assert.equal(r.status, 0, r.err);
    assert.match(
      r.err,
      /^casefile quotes: 1 quote from undated articles left out: the date filter reads each article's publication date, and they have none\n$/,
    );
    const none = cli(["quotes", "--store", t.path, "--case", CASE]);
    assert.equal(none.err, "", "no filter, no note");
    assert.equal(cli(["quotes", "--from", "soon", "--store", t.path, "--case", CASE]).status, 1);
  } finally {
    await t.cleanup();
  }
});

test("search matches are bold on a terminal, between « » only when piped (item 15)", async () => {
  const rows = [["quote", "a «match» here"]];
  const columns = [{ header: "Kind" }, { header: "Match" }];
  const tty = renderTable(columns, rows, { width: 80, emphasis: true });
  assert.ok(tty.includes("\x1b[1mmatch\x1b[22m"), JSON.stringify(tty));
  assert.ok(!tty.includes("«"));
  assert.ok(renderTable(columns, rows, { emphasis: true }).includes("«match»"));
});

test("a partly quoted sentence is not wrapped in a second pair of marks (item 15)", async () => {
  const { quoted } = (await import(pathToFileURL(projectPath("web", "views", "quotes.js")).href)) as {
    quoted: (t: string) => string;
  };
  assert.equal(quoted('the CPS "simply cannot continue"'), 'the CPS "simply cannot continue"');
  assert.equal(quoted("We cannot continue"), "“We cannot continue”");
  assert.ok(existsSync(projectPath("web", "views", "quotes.js")));
});
