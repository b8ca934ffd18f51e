// #18: PDF, Word, e-mail, mailbox and saved-page fixtures (test/fixtures/formats, made by
// scripts/make-format-fixtures.ts) ingest to the expected text with their origin and pages, and
// their quotes' offsets point at the quoted words; bad files give one line each and the rest of
// the batch goes on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { projectPath } from "../../src/core/paths.js";
import { ingestPaths, ingestPathsParallel } from "../../src/ingest/ingest.js";
import { parseFileAsync } from "../../src/ingest/read.js";
import { listInputFiles } from "../../src/ingest/sources.js";
import { openStore } from "../../src/store/index.js";
import { pageAt } from "../../src/store/types.js";
import {
  LETTER,
  MBOX_MESSAGES,
  MHTML_PARAGRAPHS,
  RULING_HEADER,
  RULING_PAGES,
  RULING_TITLE,
  STATEMENT,
} from "../../scripts/make-format-fixtures.js";

const FIXTURES = projectPath("test", "fixtures", "formats");

test("every format ingests to the expected text; bad files give one line each and the batch goes on", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-formats-"));
  const store = await openStore(join(dir, "case.db"));
  try {
    const errors: string[] = [];
    const summary = await ingestPathsParallel(store, [FIXTURES], {
      caseName: "default",
      onError: (e) => errors.push(e.message),
    });
    assert.equal(summary.storeError, null);
    assert.equal(summary.added, 8, JSON.stringify(errors));
    assert.equal(summary.failed, 4);
    assert.equal(errors.length, 4);
    for (const e of errors) assert.ok(!e.includes("\n"), `one line: ${e}`);
    const byFile = (f: string) => errors.find((e) => e.startsWith(join(FIXTURES, f))) ?? "";
    assert.match(byFile("bad-truncated.pdf"), /not a readable PDF .*damaged or cut short/);
    assert.match(byFile("bad-encrypted.pdf"), /encrypted \(password-protected\) PDF/);
    assert.match(byFile("bad-renamed-zip.docx"), /ZIP archive but not a Word document/);
    assert.match(byFile("bad-boundary.eml"), /broken MIME structure/);

    const doc = async (id: string) => {
      const got = await store.getDocument("default", id);
      assert.ok(got, `document ${id} is stored`);
      return got;
    };

    // PDF: paragraphs rebuilt across line breaks, running header and page footers gone, pages kept
    const ruling = await doc("ruling");
    assert.equal(ruling.document.text, RULING_PAGES.flat().join("\n\n"));
    assert.ok(!ruling.document.text.includes(RULING_HEADER.slice(0, 20)));
    assert.ok(!/Page \d of 3/.test(ruling.document.text));
    assert.equal(ruling.document.title, RULING_TITLE);
    assert.equal(ruling.document.published, "2024-06-20");
    assert.equal(ruling.document.origin?.format, "pdf");
    assert.equal(ruling.document.origin?.file, resolve(FIXTURES, "ruling.pdf"));
    assert.equal(ruling.document.origin?.pageStarts?.length, 3);
    const okafor = ruling.extraction.quotes.find((q) => q.text.includes("never saw these payments"));
    assert.ok(okafor, "the quote on page 3 is found");
    assert.equal(okafor.speaker, "David Okafor");
    assert.ok(ruling.document.text.slice(okafor.start, okafor.end).includes("never saw these payments"));
    assert.equal(pageAt(ruling.document.origin, okafor.start), 3);
    assert.equal(pageAt(ruling.document.origin, 0), 1);

    // Word
    const statement = await doc("statement");
    assert.equal(statement.document.text, STATEMENT.join("\n\n"));
    assert.equal(statement.document.title, "Statement on the appeal ruling");
    assert.equal(statement.document.published, "2024-06-21");
    const finch = statement.extraction.quotes.find((q) => q.text.includes("painful chapter"));
    assert.equal(finch?.speaker, "Laura Finch");
    assert.ok(statement.document.text.slice(finch.start, finch.end).includes("painful chapter"));

    // E-mail with a PDF attachment, linked to its message
    const letter = await doc("letter");
    assert.equal(letter.document.title, "Correction request: your report of 21 June");
    assert.equal(letter.document.source, "mailto:lfinch@harbourtrust.example");
    assert.equal(letter.document.published, "2024-06-22");
    const attached = await doc("letter-letter");
    assert.equal(attached.document.text, LETTER.join("\n\n"));
    assert.equal(attached.document.origin?.attachedTo, "letter");
    assert.equal(attached.document.origin?.part, "attachment letter.pdf");
    assert.equal(attached.document.origin?.file, resolve(FIXTURES, "letter.eml"));

    // Mailbox: one document per message, "From " lines unescaped
    MBOX_MESSAGES.forEach(async (m, i) => {
      const got = await doc(`newsroom-${i + 1}`);
      assert.equal(got.document.text, m.body);
      assert.equal(got.document.title, m.subject);
      assert.equal(got.document.origin?.part, `message ${i + 1}`);
    });
    const police = (await doc("newsroom-3")).extraction.quotes.find((q) => q.text.includes("inquiries"));
    assert.equal(police?.speaker, "Owen Price");

    // Saved page: the article, not the furniture
    const page = await doc("hale-trial");
    assert.equal(page.document.text, MHTML_PARAGRAPHS.join("\n\n"));
    assert.equal(page.document.source, "https://courier.example/news/hale-trial-date");
    assert.equal(page.document.published, "2024-06-28");
    const brooks = page.extraction.quotes.find((q) => q.text.includes("clearing her name"));
    assert.equal(brooks?.speaker, "Nadia Brooks");
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a scanned PDF (no text layer) is refused with a one-line reason", async () => {
  const { PDFDocument } = await import("pdf-lib");
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([300, 300]);
  page.drawRectangle({ x: 20, y: 20, width: 200, height: 200 });
  const bytes = Buffer.from(await pdf.save());
  await assert.rejects(parseFileAsync(bytes, ".pdf", "scan", "scan.pdf"), /^Error: scan\.pdf: has no text layer/);
});

test("a page saved with its _files folder: the folder's furniture is not ingested", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-saved-"));
  try {
    writeFileSync(join(dir, "story.html"), "<html><body><p>An article.</p></body></html>");
    mkdirSync(join(dir, "story_files"));
    writeFileSync(join(dir, "story_files", "ad-frame.html"), "<p>Buy now</p>");
    mkdirSync(join(dir, "other_files"));
    writeFileSync(join(dir, "other_files", "kept.txt"), "A file in a folder that is not a saved page's.");
    const { files } = listInputFiles([dir]);
    assert.deepEqual(
      files.map((f) => f.slice(dir.length + 1)),
      ["other_files/kept.txt", "story.html"],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the single-threaded reader refuses a PDF with a reason instead of reading bytes as text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-serial-"));
  const store = await openStore(join(dir, "case.db"));
  try {
    cpSync(join(FIXTURES, "ruling.pdf"), join(dir, "ruling.pdf"));
    const errors: string[] = [];
    const summary = await ingestPaths(store, [join(dir, "ruling.pdf")], {
      caseName: "default",
      onError: (e) => errors.push(e.message),
    });
    assert.equal(summary.added, 0);
    assert.match(errors[0], /read only by the extractor threads/);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a store written before documents had an origin opens, migrated, with its documents intact", async () => {
  const { default: Database } = await import("better-sqlite3");
  const { extract } = await import("../../src/extract/index.js");
  const dir = mkdtempSync(join(tmpdir(), "casefile-migrate-"));
  try {
    const path = join(dir, "old.db");
    const text = "A plain article about the harbour, written before the origin column existed.";
    const first = await openStore(path);
    await first.addDocument(
      "default",
      { id: "a", source: null, outlet: null, published: null, title: null, text },
      extract(text),
    );
    await first.close();
    // back to the schema of version 2, as the code before this change wrote it
    const old = new Database(path);
    old.exec("ALTER TABLE documents DROP COLUMN origin");
    old.pragma("user_version = 2");
    old.close();
    const store = await openStore(path);
    try {
      const got = await store.getDocument("default", "a");
      assert.equal(got?.document.text, text);
      assert.equal(got?.document.origin, null);
    } finally {
      await store.close();
    }
    const check = new Database(path, { readonly: true });
    const { LATEST_VERSION } = await import("../../src/store/sqlite/migrations.js");
    assert.equal(check.pragma("user_version", { simple: true }), LATEST_VERSION);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a parse past its time limit stops its worker with a one-line error; the pool goes on", async () => {
  const { ExtractPool } = await import("../../src/ingest/pool.js");
  const { InputError } = await import("../../src/ingest/input.js");
  const pool = new ExtractPool(1);
  try {
    const page = Buffer.from("<div>x ".repeat(200_000));
    const limit = { ms: 1, error: () => new InputError("big.html", "reading this web page took longer than 0.001 s") };
    await assert.rejects(
      pool.parse(page, ".html", "big", "big.html", limit),
      /^Error: big\.html: reading this web page took longer/,
    );
    const read = await pool.parse(Buffer.from("<p>The harbour reopened on Monday.</p>"), ".html", "ok", "ok.html");
    assert.equal(read.documents[0].text, "The harbour reopened on Monday.");
  } finally {
    await pool.close();
  }
});
