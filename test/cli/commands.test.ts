// Each command loads only its own file (src/cli/commands.ts): a read of the stored case never loads
// the extractors, ingest, the web server, the brief, the case builder or the PostgreSQL driver, and
// the table of commands names what each file registers.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { COMMAND_FILES, commandFiles } from "../../src/cli/commands.js";
import { refreshCase } from "../../src/store/case/refresh.js";
import { openStore } from "../../src/store/index.js";
import { article } from "../casefile/fixtures.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

let dir = "";
let db = "";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "casefile-commands-"));
  db = join(dir, "case.db");
  const d = article("ledger-1", "2023-11-08", 'Ines Varga, the harbour master, said: "The cranes stay shut."', {
    entities: [
      { id: "e1", type: "person", name: "Ines Varga", mentions: ["Ines Varga"], roles: ["the harbour master"] },
    ],
    quotes: [{ text: "The cranes stay shut.", speaker: "e1" }],
  });
  const store = await openStore(db);
  try {
    const doc = { id: d.document.id, source: d.document.source, outlet: null, published: d.document.published };
    await store.addDocument("default", { ...doc, title: null, text: d.extraction.text }, d.extraction);
    await refreshCase(store, "default");
  } finally {
    await store.close();
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** The modules (their URLs) a run of the CLI with `args` loaded, recorded by a module hook. */
function loadedBy(...args: string[]): { code: number; out: string; err: string; loaded: string[] } {
  const list = join(dir, `loaded-${args[0]}.txt`);
  rmSync(list, { force: true });
  const hooks =
    `import { appendFileSync } from "node:fs";\n` +
    `export async function load(url, context, next) {\n` +
    `  appendFileSync(${JSON.stringify(list)}, url + "\\n");\n` +
    `  return next(url, context);\n` +
    `}\n`;
  const register =
    `import { register } from "node:module";\n` +
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});\n`;
  const r = spawnSync(
    process.execPath,
    ["--import", `data:text/javascript,${encodeURIComponent(register)}`, CLI, ...args, "--store", db],
    { cwd: dir, encoding: "utf8", env: { ...process.env, CASEFILE_STORE: "" } },
  );
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr, loaded: readFileSync(list, "utf8").split("\n") };
}

/** What a read of the stored case must not load, as the part of a module's URL that names it. */
const NOT_FOR_READS = [
  "/src/extract/pipeline.js",
  "/src/ingest/",
  "/src/server/",
  "/src/brief/",
  "/src/casefile/build.js",
  "/node_modules/pg/",
  "/node_modules/pg-boss/",
  "/node_modules/chrono-node/",
];

test("a read command loads neither the extractors, ingest, the server, the brief, the case builder nor the PostgreSQL driver", () => {
  for (const args of [["people", "--json"], ["show", "Ines Varga"], ["quotes", "--json"], ["timeline"]]) {
    const r = loadedBy(...args);
    assert.equal(r.code, 0, r.err);
    assert.ok(
      r.loaded.some((url) => url.endsWith(`/src/cli/${args[0]}.js`)),
      `${args[0]} loads its own file`,
    );
    const extra = r.loaded.filter((url) => NOT_FOR_READS.some((part) => url.includes(part)));
    assert.deepEqual(extra, [], `casefile ${args.join(" ")} loaded what it does not use`);
  }
  assert.match(loadedBy("people", "--json").out, /"name": "Ines Varga"/);
});

test("the table of commands names what each file registers, in the order help lists them", async () => {
  const all = new Command();
  for (const file of COMMAND_FILES) {
    const alone = new Command();
    (await file.load())(alone);
    assert.deepEqual(
      alone.commands.map((c) => c.name()),
      file.names,
    );
    (await file.load())(all);
  }
  assert.deepEqual(
    all.commands.map((c) => c.name()),
    COMMAND_FILES.flatMap((f) => f.names),
  );
  assert.deepEqual(commandFiles(["node", "casefile", "jobs", "--json"]), [
    COMMAND_FILES.find((f) => f.names.includes("jobs")),
  ]);
  assert.equal(commandFiles(["node", "casefile", "--help"]), COMMAND_FILES, "help loads every file");
  assert.equal(
    commandFiles(["node", "casefile", "peple"]),
    COMMAND_FILES,
    "a mistyped command is answered with every command",
  );
});
