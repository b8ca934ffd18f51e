// #17 item 3: an uploaded web page is parsed in the server's worker, never on the thread that
// answers requests, and parsing hostile markup (unclosed, deeply nested tags) costs time in
// proportion to its length.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { htmlToArticle } from "../../src/ingest/html.js";
import { boundNesting, MAX_HTML_DEPTH } from "../../src/ingest/html-nesting.js";
import { startServer } from "../../src/server/index.js";
import { openStore } from "../../src/store/index.js";
import { linearRatios, shown, withinBound } from "../hostile/linear.js";

/** 1.7 MB of tables and divs that are never closed, and no text: the shape that froze the server. */
function hostilePage(bytes = 1_700_000): string {
  const unit = '<table><tr><td><div class="c">';
  return unit.repeat(Math.ceil(bytes / unit.length));
}

test("an uploaded hostile page is parsed in the worker: other requests are answered meanwhile", async () => {
  const html = hostilePage();
  // How long the parse holds a thread, measured here so the test knows what a blocked server looks like.
  const t0 = performance.now();
  assert.throws(() => htmlToArticle(html), /no article text/);
  const parseMs = performance.now() - t0;
  assert.ok(parseMs > 100, `the page takes ${parseMs.toFixed(0)} ms to parse, enough to see a blocked thread`);

  const dir = mkdtempSync(join(tmpdir(), "casefile-upload-"));
  const store = await openStore(join(dir, "case.db"));
  const server = await startServer({ store, port: 0, caseName: "default" });
  try {
    // warm the worker up, so its start-up is not what is measured
    const warm = await fetch(`${server.origin}/api/cases/default/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ filename: "warm.html", content: "<p>A short note.</p>" }),
    });
    assert.equal(warm.status, 201);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let done = false;
    const upload = fetch(`${server.origin}/api/cases/default/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ filename: "hostile.html", content: html }),
    }).then(async (r) => {
      done = true;
      return { status: r.status, body: (await r.json()) as { message: string } };
    });
    let answeredMeanwhile = 0;
    while (!done) {
      const r = await fetch(`${server.origin}/api/cases`);
      assert.equal(r.status, 200);
      await r.arrayBuffer();
      if (!done) answeredMeanwhile++;
    }
    const res = await upload;
    delay.disable();
    assert.equal(res.status, 422);
    assert.match(res.body.message, /^hostile\.html: the page has no article text/);
    assert.ok(answeredMeanwhile > 0, "requests were answered while the page was being parsed");
    const maxMs = delay.max / 1e6;
    assert.ok(
      maxMs < parseMs / 2,
      `the request thread was never held for long (longest stall ${maxMs.toFixed(0)} ms; the parse takes ${parseMs.toFixed(0)} ms)`,
    );
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile markup is parsed in time proportional to its length (10x input, at most 11x CPU)", async () => {
  const shapes: Record<string, (n: number) => string> = {
    "unclosed divs": (n) => "<div>x ".repeat(n),
    "unclosed tables": (n) => "<table><tr><td>x ".repeat(n),
    "nested and closed": (n) => "<div><b>x ".repeat(n) + "</b></div>".repeat(n),
    "stray end tags": (n) => "<div>x ".repeat(n) + "</span>".repeat(n),
  };
  for (const [name, make] of Object.entries(shapes)) {
    const small = make(4000);
    const large = make(40000);
    const parse = (page: string) => () => {
      try {
        htmlToArticle(page);
      } catch {
        // a page without article text is fine here: only the time counts
      }
    };
    // (How it is measured: ../hostile/linear.ts.)
    const ratios = linearRatios(parse(small), parse(large), 11);
    assert.ok(withinBound(ratios, 11), `${name}: 10× the markup took ${shown(ratios)} the CPU`);
  }
});

test("nesting is bounded, the tree kept as the parser would build it", async () => {
  const bounded = boundNesting("<p>one<p>two<div>three<b>four</i></b>five</div><br><div/>six", 3);
  assert.equal(bounded.html, "<p>one</p><p>two</p><div>three<b>four</b>five</div><br><div/></div>six");
  const deep = boundNesting("<div>".repeat(1000) + "text" + "</div>".repeat(1000));
  assert.equal(deep.depth, MAX_HTML_DEPTH);
  assert.equal(deep.dropped, 1000 - MAX_HTML_DEPTH);
  assert.ok(deep.html.includes("text"));
  assert.equal((deep.html.match(/<div>/g) ?? []).length, MAX_HTML_DEPTH);
  assert.equal((deep.html.match(/<\/div>/g) ?? []).length, MAX_HTML_DEPTH);
  // a left-out <script> takes its content with it, so its text is never read as markup
  const script = boundNesting("<div><script>if (a<b) document.write('<div>')</script>ok</div>", 1);
  assert.equal(script.html, "<div>ok</div>");
});
