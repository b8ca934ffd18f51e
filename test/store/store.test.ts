import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { extract } from "../../src/extract/index.js";
import { openStore, StoreError, type NewDocument, type Store } from "../../src/store/index.js";
import { busyTimeoutMs } from "../../src/store/sqlite/open.js";
import { ftsQuery } from "../../src/store/sqlite/text.js";
import { type Engine, ENGINES } from "./engines.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const HARBOUR = [
  "Customs officers at the port of Felixstowe seized 40 kilograms of cocaine hidden in a shipment of bananas on Tuesday, the National Crime Agency said.",
  "Daniel Okafor, 41, a logistics manager from Ipswich, was arrested at his home the same evening and charged with importing a controlled drug.",
  '"This was a sophisticated attempt to exploit legitimate trade," said Helen Marsh, a senior investigating officer at the agency.',
  "Mr Okafor appeared at Ipswich Magistrates' Court on Thursday and was remanded in custody until a hearing at Ipswich Crown Court next month.",
  "His solicitor said he would deny the charge and that he had cooperated fully with investigators since his arrest.",
].join("\n\n");

const COUNCIL = [
  "A former council treasurer has been accused of diverting more than 200,000 pounds of public money into a private account over six years.",
  "Margaret Ellery, 58, who worked for Northdale District Council until last spring, denies fraud by abuse of position.",
  'Prosecutors told Leeds Crown Court that the payments were "disguised as routine supplier invoices" and were discovered during an audit.',
  "The trial, which is expected to last three weeks, continues on Monday.",
].join("\n\n");

function input(id: string, text: string, extra: Partial<NewDocument> = {}): NewDocument {
  return {
    id,
    source: `https://news.example/${id}`,
    outlet: "Example News",
    published: "2024-05-02",
    title: null,
    text,
    ...extra,
  };
}

/** A new, empty store of `engine` for the length of `fn`. */
async function withStore(engine: Engine, fn: (store: Store) => void | Promise<void>): Promise<void> {
  const { location, cleanup } = engine.newLocation();
  const store = await openStore(location);
  try {
    await fn(store);
  } finally {
    await store.close();
    await cleanup();
  }
}

/** A test that runs once per engine (PostgreSQL's skipped, saying why, when it is not reachable). */
function engineTest(name: string, fn: (engine: Engine) => Promise<void>): void {
  for (const engine of ENGINES) test(`${name} [${engine.name}]`, { skip: engine.skip }, () => fn(engine));
}

async function add(store: Store, doc: NewDocument, caseName = "default") {
  return await store.addDocument(caseName, doc, extract(doc.text, { id: doc.id, published: doc.published }));
}

engineTest("a document is stored once; the same text again is a duplicate that adds nothing", async (engine) => {
  await withStore(engine, async (store) => {
    const first = await add(store, input("harbour", HARBOUR));
    assert.deepEqual(first, { status: "added", id: "harbour" });
    const before = await store.revision();
    const again = await add(store, input("harbour-copy", HARBOUR, { outlet: "Other Paper" }));
    assert.equal(again.status, "duplicate");
    assert.equal(again.id, "harbour");
    assert.equal(await store.revision(), before, "a duplicate changes nothing");
    assert.equal((await store.listDocuments("default")).length, 1);
    assert.equal(await store.findByText("default", HARBOUR), "harbour");
    assert.equal(await store.findByText("default", COUNCIL), null);
  });
});

engineTest("the stored document keeps its source, outlet, date, hash and extraction", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("council", COUNCIL, { title: "Treasurer accused of fraud" }));
    const got = await store.getDocument("default", "council");
    assert.ok(got);
    assert.equal(got.document.source, "https://news.example/council");
    assert.equal(got.document.outlet, "Example News");
    assert.equal(got.document.published, "2024-05-02");
    assert.equal(got.document.title, "Treasurer accused of fraud");
    assert.equal(got.document.text, COUNCIL);
    assert.match(got.document.hash, /^[0-9a-f]{64}$/);
    assert.equal(got.extraction.text, COUNCIL);
    assert.equal(got.extraction.id, "council");
    const direct = extract(COUNCIL, { id: "council", published: "2024-05-02" });
    assert.deepEqual(got.extraction.entities, direct.entities);
    assert.deepEqual(got.extraction.quotes, direct.quotes);
    assert.equal(await store.getDocument("default", "missing"), null);
  });
});

engineTest("a different text under an id already used gets a suffixed id", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("story", HARBOUR));
    const second = await add(store, input("story", COUNCIL));
    assert.deepEqual(second, { status: "added", id: "story-2" });
  });
});

engineTest(
  "a syndicated copy with another dateline and a trimmed ending is a near-duplicate linked to the original",
  async (engine) => {
    await withStore(engine, async (store) => {
      await add(store, input("wire", HARBOUR));
      const paragraphs = HARBOUR.split("\n\n");
      const copy = "FELIXSTOWE (Wire) - " + paragraphs.slice(0, 4).join("\n\n");
      const result = await add(store, input("regional-paper", copy, { outlet: "Regional Paper" }));
      assert.equal(result.status, "near-duplicate");
      assert.equal(result.duplicateOf, "wire");
      const docs = await store.listDocuments("default");
      assert.equal(docs.length, 2);
      assert.equal(docs[1].duplicateOf, "wire");
      assert.ok((docs[1].similarity ?? 0) > 0.5);
      assert.equal((await store.listCases())[0].independent, 1);
      // a copy of the copy points at the first of the family
      const third = await add(store, input("third", copy.replace("Wire", "Agency")));
      assert.equal(third.duplicateOf, "wire");
      // an unrelated article is not a copy
      assert.equal((await add(store, input("council", COUNCIL))).status, "added");
    });
  },
);

engineTest("cases live side by side in one store file", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("harbour", HARBOUR), "drugs");
    await add(store, input("harbour", HARBOUR), "fraud");
    await add(store, input("council", COUNCIL), "fraud");
    assert.deepEqual(
      (await store.listCases()).map((c) => [c.name, c.documents]),
      [
        ["drugs", 1],
        ["fraud", 2],
      ],
    );
    assert.equal((await store.listDocuments("drugs")).length, 1);
    assert.equal((await store.listDocuments("nobody")).length, 0);
    assert.equal((await store.search("drugs", "treasurer")).length, 0);
    assert.ok((await store.search("fraud", "treasurer")).length > 0);
  });
});

engineTest("full-text search finds articles and quotes with snippets and offsets into the text", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("harbour", HARBOUR));
    await add(store, input("council", COUNCIL));
    const hits = await store.search("default", "supplier invoices");
    const quote = hits.find((h) => h.kind === "quote");
    const doc = hits.find((h) => h.kind === "document");
    assert.ok(doc, "the article is found");
    assert.equal(doc.documentId, "council");
    assert.match(doc.snippet, /«supplier»/);
    assert.equal(COUNCIL.slice(doc.start, doc.end).toLowerCase(), "supplier");
    if (quote) {
      assert.equal(quote.documentId, "council");
      assert.equal(COUNCIL.slice(quote.start, quote.end).includes("supplier"), true);
    }
    // stemming: "seizures" finds "seized"; the last word is a prefix
    assert.ok((await store.search("default", "cocaine seiz")).some((h) => h.documentId === "harbour"));
    assert.deepEqual(await store.search("default", '"*)(AND OR NEAR'), []);
    assert.deepEqual(await store.search("default", "   "), []);
    assert.deepEqual(await store.search("default", "giraffe"), []);
  });
});

engineTest(
  "a search's snippet and offsets point at a match deep in a long article, as written or stemmed",
  async (engine) => {
    await withStore(engine, async (store) => {
      const filler = "The committee met again on a grey morning and read the minutes aloud. ".repeat(80);
      const text = `${filler}Later the treasurer admitted that the ledgers were altered. ${filler}`;
      await add(store, input("ledger", text));
      for (const [query, word] of [
        ["ledgers", "ledgers"],
        ["ledger", "ledgers"],
      ]) {
        const doc = (await store.search("default", query, { kinds: ["document"] }))[0];
        assert.ok(doc, `"${query}" finds the article`);
        assert.match(doc.snippet, /«ledgers»/);
        assert.equal(text.slice(doc.start, doc.end), word);
      }
    });
  },
);

engineTest("quotes are searchable by their words and carry speaker and offsets", async (engine) => {
  await withStore(engine, async (store) => {
    const doc = input("harbour", HARBOUR);
    const extraction = extract(doc.text, { id: doc.id });
    await store.addDocument("default", doc, {
      ...extraction,
      quotes: [
        {
          kind: "direct",
          text: "This was a sophisticated attempt to exploit legitimate trade",
          start: HARBOUR.indexOf("This was"),
          end: HARBOUR.indexOf("trade,") + 5,
          speaker: "Helen Marsh",
          speakerId: null,
          speakerMention: null,
          cue: null,
        },
      ],
    });
    const hits = await store.search("default", "legitimate trade", { kinds: ["quote"] });
    assert.equal(hits.length, 1);
    assert.equal(hits[0].quote?.speaker, "Helen Marsh");
    assert.equal(HARBOUR.slice(hits[0].start, hits[0].end), hits[0].quote?.text);
  });
});

engineTest("merge and split overrides persist in order with reason and time, and can be withdrawn", async (engine) => {
  const { location: path, cleanup } = engine.newLocation();
  try {
    let store = await openStore(path);
    const merge = await store.recordMerge("default", { entities: ["Dan Okafor", "Daniel Okafor"], reason: "same man" });
    const split = await store.recordSplit("default", {
      entities: ["Helen Marsh"],
      reason: "two officers",
      detail: { keep: ["harbour#e3"] },
    });
    assert.equal(merge.kind, "merge");
    assert.ok(Date.parse(merge.createdAt) > 0);
    await store.close();
    store = await openStore(path);
    const list = await store.listOverrides("default");
    assert.deepEqual(
      list.map((o) => [o.kind, o.entities, o.reason]),
      [
        ["merge", ["Dan Okafor", "Daniel Okafor"], "same man"],
        ["split", ["Helen Marsh"], "two officers"],
      ],
    );
    assert.deepEqual(list[1].detail, { keep: ["harbour#e3"] });
    assert.equal(await store.removeOverride("default", merge.id), true);
    assert.equal(await store.removeOverride("default", merge.id), false);
    assert.deepEqual(
      (await store.listOverrides("default")).map((o) => o.id),
      [split.id],
    );
    assert.deepEqual(await store.listOverrides("other"), []);
    await store.close();
  } finally {
    await cleanup();
  }
});

engineTest("revision changes on every write, seen from another connection", async (engine) => {
  const { location: path, cleanup } = engine.newLocation();
  try {
    const writer = await openStore(path);
    const reader = await openStore(path);
    const r0 = await reader.revision();
    await add(writer, input("harbour", HARBOUR));
    const r1 = await reader.revision();
    assert.notEqual(r1, r0);
    await writer.recordMerge("default", { entities: ["a", "b"], reason: "x" });
    assert.notEqual(await reader.revision(), r1);
    await writer.close();
    await reader.close();
  } finally {
    await cleanup();
  }
});

engineTest("removing a document removes its quotes, entities and search entries", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("council", COUNCIL));
    assert.ok((await store.search("default", "treasurer")).length > 0);
    assert.equal(await store.removeDocument("default", "council"), true);
    assert.equal(await store.removeDocument("default", "council"), false);
    assert.deepEqual(await store.search("default", "treasurer"), []);
    assert.equal((await store.listDocuments("default")).length, 0);
    assert.equal((await add(store, input("council", COUNCIL))).status, "added");
  });
});

engineTest("iterateExtractions yields every document in ingest order", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("b", COUNCIL));
    await add(store, input("a", HARBOUR));
    const ids = (await collect(store.iterateExtractions("default"))).map((d) => d.extraction.id);
    assert.deepEqual(ids, ["b", "a"]);
  });
});

test("a file that is not a store, another program's database and a newer store are refused with one clear line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
  try {
    const junk = join(dir, "notes.db");
    writeFileSync(junk, "These are my notes, not a database. ".repeat(200));
    await assert.rejects(
      async () => await openStore(junk),
      (e: unknown) =>
        e instanceof StoreError &&
        e.code === "corrupt" &&
        e.message === `${junk} is not a Casefile store or is damaged; restore it or use another --store`,
    );
    const other = join(dir, "other.db");
    const db = new Database(other);
    db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
    db.close();
    await assert.rejects(
      async () => await openStore(other),
      (e: unknown) => e instanceof StoreError && e.code === "corrupt",
    );
    const newer = join(dir, "newer.db");
    await (await openStore(newer)).close();
    const n = new Database(newer);
    n.pragma("user_version = 999");
    n.close();
    await assert.rejects(
      async () => await openStore(newer),
      (e: unknown) => e instanceof StoreError && e.code === "newer",
    );
    await assert.rejects(
      async () => await openStore(join(dir, "no", "such", "folder", "x.db")),
      (e: unknown) => e instanceof StoreError && e.code === "io",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a store whose pages were overwritten is reported as damaged, not as a crash", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
  try {
    const path = join(dir, "case.db");
    const store = await openStore(path);
    await add(store, input("harbour", HARBOUR));
    await add(store, input("council", COUNCIL));
    await store.close();
    const db = new Database(path);
    const pageSize = db.pragma("page_size", { simple: true }) as number;
    db.close();
    // wipe everything after the first page: the schema can be read, the tables cannot
    const size = fs.statSync(path).size;
    const fd = fs.openSync(path, "r+");
    fs.writeSync(fd, Buffer.alloc(size - pageSize, 0x5a), 0, size - pageSize, pageSize);
    fs.closeSync(fd);
    await assert.rejects(
      async () => {
        const s = await openStore(path);
        try {
          await s.listDocuments("default");
        } finally {
          await s.close();
        }
      },
      (e: unknown) => e instanceof StoreError && e.code === "corrupt",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a writer holding the store makes the next write fail with the locked message after the busy timeout", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
  try {
    const path = join(dir, "case.db");
    await (await openStore(path)).close();
    const other = new Database(path);
    other.exec("BEGIN IMMEDIATE");
    const store = await openStore(path, { busyTimeoutMs: 50 });
    try {
      await assert.rejects(
        async () => await add(store, input("harbour", HARBOUR)),
        (e: unknown) =>
          e instanceof StoreError && e.code === "locked" && /locked by another Casefile process/.test(e.message),
      );
      // reading still works while another process writes
      assert.equal((await store.listDocuments("default")).length, 0);
    } finally {
      other.exec("ROLLBACK");
      other.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a new store opens once another process's write on the same new file ends, within the busy timeout", async () => {
  // Two ingests creating one store at once: the second must wait for the first to switch the file
  // to WAL and create the tables, not fail at once with the "locked" message.
  const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
  try {
    const path = join(dir, "case.db");
    const holder = spawn(process.execPath, [
      "-e",
      `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
       const db = new D(process.argv[1]);
       db.exec("BEGIN IMMEDIATE");
       process.stdout.write("held\\n");
       setTimeout(() => { const at = Date.now(); db.exec("ROLLBACK"); db.close(); process.stdout.write("released " + at + "\\n"); }, 400);`,
      path,
    ]);
    let output = "";
    holder.stdout.on("data", (d: Buffer) => (output += String(d)));
    const ended = new Promise((resolve) => holder.on("close", resolve));
    await new Promise((resolve) => holder.stdout.once("data", resolve));
    const store = await openStore(path, { busyTimeoutMs: 20_000 });
    const opened = Date.now();
    try {
      // It opened only once the other process had let go (read from the holder's own clock, so a
      // slow scheduler cannot fail it; the old code failed at once while the lock was held).
      await ended;
      const released = Number(/released (\d+)/.exec(output)?.[1]);
      assert.ok(opened >= released, `opened at ${opened}, released at ${released}`);
      await add(store, input("harbour", HARBOUR));
      assert.equal((await store.listDocuments("default")).length, 1);
    } finally {
      await store.close();
      await ended;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a writer waits minutes for another by default, so a second ingest outwaits the first one's refresh", async () => {
  assert.equal(busyTimeoutMs({}), 300_000);
  assert.equal(busyTimeoutMs({ CASEFILE_BUSY_TIMEOUT: "100" }), 100);
  assert.equal(busyTimeoutMs({ CASEFILE_BUSY_TIMEOUT: "0" }), 0);
  for (const bad of ["", " ", "-1", "soon", "NaN"])
    assert.equal(busyTimeoutMs({ CASEFILE_BUSY_TIMEOUT: bad }), 300_000, bad);
  const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
  const saved = process.env.CASEFILE_BUSY_TIMEOUT;
  try {
    const path = join(dir, "case.db");
    delete process.env.CASEFILE_BUSY_TIMEOUT;
    const store = await openStore(path);
    const timeout = async (s: Store) =>
      Number((await s.sql.get<{ timeout: number }>("SELECT timeout FROM pragma_busy_timeout"))?.timeout);
    try {
      assert.equal(await timeout(store), 300_000);
    } finally {
      await store.close();
    }
    process.env.CASEFILE_BUSY_TIMEOUT = "250";
    const short = await openStore(path);
    try {
      assert.equal(await timeout(short), 250);
    } finally {
      await short.close();
    }
  } finally {
    if (saved === undefined) delete process.env.CASEFILE_BUSY_TIMEOUT;
    else process.env.CASEFILE_BUSY_TIMEOUT = saved;
    rmSync(dir, { recursive: true, force: true });
  }
});

engineTest(
  "text with unpaired surrogates and NUL characters keeps its length, so offsets still hold",
  async (engine) => {
    await withStore(engine, async (store) => {
      const text = `Witness A\u0000B said \ud800 nothing \udfff more.\n\n${COUNCIL}`;
      const doc = input("odd", text);
      const result = await store.addDocument("default", doc, extract(text, { id: "odd" }));
      assert.equal(result.status, "added");
      const got = await store.getDocument("default", "odd");
      assert.ok(got);
      assert.equal(got.document.text.length, text.length);
      // PostgreSQL text cannot hold NUL: it becomes U+FFFD there, one code unit for one.
      assert.equal(got.document.text.slice(0, 10), engine.name === "sqlite" ? "Witness A\u0000" : "Witness A\ufffd");
      assert.equal(got.document.text.indexOf("Margaret Ellery"), text.indexOf("Margaret Ellery"));
      assert.equal(got.document.text.charAt(text.indexOf("\ud800")), "\ufffd");
      assert.equal(await store.findByText("default", text), "odd");
      assert.equal((await add(store, input("odd-again", text))).status, "duplicate");
    });
  },
);

test("a store opened read-only sees other connections' writes; a missing one is a clear error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
  try {
    const path = join(dir, "case.db");
    const missing = join(dir, "missing.db");
    await assert.rejects(
      async () => await openStore(missing, { readonly: true }),
      (e: unknown) =>
        e instanceof StoreError && e.message.startsWith(`${missing} does not exist; add articles to it first`),
    );
    assert.ok(!fs.existsSync(missing), "reading never creates a store");
    const writer = await openStore(path);
    await add(writer, input("harbour", HARBOUR));
    const reader = await openStore(path, { readonly: true });
    assert.equal((await reader.listDocuments("default")).length, 1);
    await add(writer, input("council", COUNCIL));
    assert.equal((await reader.listDocuments("default")).length, 2);
    await assert.rejects(
      () => reader.recordMerge("default", { entities: ["a", "b"], reason: "x" }),
      (e: unknown) => e instanceof StoreError,
    );
    await reader.close();
    await writer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("search queries: quoted words are a phrase, the last bare word a prefix, query syntax is inert", async () => {
  assert.equal(ftsQuery("cocaine seiz"), '"cocaine" "seiz"*');
  assert.equal(ftsQuery('"supplier invoices" audit'), '"supplier invoices" "audit"*');
  assert.equal(ftsQuery('audit "supplier invoices"'), '"audit" "supplier invoices"');
  assert.equal(ftsQuery('NEAR(a b) OR x:y "unclosed quote'), '"NEAR" "a" "b" "OR" "x" "y" "unclosed quote"');
  assert.equal(ftsQuery('"" ** ()'), null);
});

engineTest("every word counts in a search, common ones too, as on both engines", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("council", COUNCIL));
    await add(store, input("harbour", HARBOUR));
    const docs = async (q: string) =>
      (await store.search("default", q, { kinds: ["document"] })).map((h) => h.documentId).sort();
    // A phrase ending in a common word is that phrase, not every text holding its other word.
    assert.deepEqual(await docs('"court that"'), ["council"]);
    // A phrase of common words alone still finds its texts.
    assert.deepEqual(await docs('"at the"'), ["harbour"]);
    assert.deepEqual(await docs("the"), ["council", "harbour"]);
  });
});

engineTest("a quoted phrase matches its words in that order only", async (engine) => {
  await withStore(engine, async (store) => {
    await add(store, input("council", COUNCIL));
    await add(store, input("harbour", HARBOUR));
    assert.ok((await store.search("default", '"supplier invoices"', { kinds: ["document"] })).length === 1);
    assert.equal((await store.search("default", '"invoices supplier"', { kinds: ["document"] })).length, 0);
  });
});
