// #18 through the API: a PDF uploaded as base64 is parsed in the server's worker, keeps its
// origin, and each of its quotes says which page of the file holds it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectPath } from "../../src/core/paths.js";
import { startServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/index.js";

test("an uploaded PDF is stored with its pages; a quote from page 3 says page 3", async () => {
  const dir = mkdtempSync(join(tmpdir(), "casefile-upload-pdf-"));
  const store = await openStore(join(dir, "case.db"));
  const server = await startServer({ store, port: 0, caseName: "default" });
  try {
    const post = (body: object) =>
      fetch(`${server.origin}/api/cases/default/documents`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const pdf = readFileSync(projectPath("test", "fixtures", "formats", "ruling.pdf")).toString("base64");
    const res = await post({ filename: "ruling.pdf", content: pdf, encoding: "base64" });
    const added = (await res.json()) as { id: string; status: string };
    assert.equal(res.status, 201, JSON.stringify(added));
    const detail = (await (await fetch(`${server.origin}/api/cases/default/documents/${added.id}`)).json()) as {
      document: { title: string; origin: { format: string; file: string; pageStarts: number[] } };
      text: string;
      quotes: { text: string; start: number; end: number; page: number | null }[];
    };
    assert.equal(detail.document.title, "Judgment in R v Hale");
    assert.equal(detail.document.origin.format, "pdf");
    assert.equal(detail.document.origin.file, "ruling.pdf");
    const quote = detail.quotes.find((q) => q.text.includes("never saw these payments"));
    assert.ok(quote);
    assert.equal(quote.page, 3);
    assert.ok(detail.text.slice(quote.start, quote.end).includes("never saw these payments"));

    // a mailbox adds each of its messages
    const mbox = readFileSync(projectPath("test", "fixtures", "formats", "newsroom.mbox"), "utf8");
    const box = await post({ filename: "newsroom.mbox", content: mbox });
    const boxBody = (await box.json()) as { id: string; more: { id: string }[] };
    assert.equal(box.status, 201, JSON.stringify(boxBody));
    assert.deepEqual([boxBody.id, ...boxBody.more.map((m) => m.id)], ["newsroom-1", "newsroom-2", "newsroom-3"]);

    // a damaged PDF is one line, naming the upload
    const bad = await post({ filename: "cut.pdf", content: pdf.slice(0, 800), encoding: "base64" });
    assert.equal(bad.status, 422);
    assert.match(((await bad.json()) as { message: string }).message, /^cut\.pdf: is not a readable PDF/);
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
