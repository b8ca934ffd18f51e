import { test } from "node:test";
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { formatDuration, Progress } from "../../src/cli/progress.js";

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 100;
  return { stream, chunks };
}

test("the bar shows done/total, rate and time left from the clock it is given", () => {
  let now = 0;
  const { stream } = sink(true);
  const p = new Progress({ label: "ingest", unit: "docs", total: 400, stream, now: () => now });
  now = 2000;
  p.tick(100);
  assert.equal(p.render(), "ingest [=====>                  ] 100/400 docs  50.0/s  0:06 left");
  now = 8000;
  p.tick(300);
  assert.equal(p.render(), "ingest [========================] 400/400 docs  50.0/s  done");
});

test("a coarser fraction (files read) drives time left when documents are not known in advance", () => {
  let now = 0;
  const { stream } = sink(true);
  const p = new Progress({ label: "ingest", unit: "docs", total: 10, stream, now: () => now });
  now = 1000;
  p.tick(250);
  p.setFraction(0.25);
  assert.match(p.render(), /\] 250 docs 25% {2}250\/s {2}0:03 left$/);
});

test("on a terminal it redraws in place, at most once per interval, and clears at the end", () => {
  let now = 0;
  const { stream, chunks } = sink(true);
  const p = new Progress({ label: "ingest", unit: "docs", total: 5, stream, now: () => now, intervalMs: 100 });
  p.tick();
  p.tick();
  now = 150;
  p.tick();
  assert.equal(chunks.length, 2, "one draw per interval");
  assert.ok(chunks.every((c) => c.startsWith("\r\x1b[K")));
  p.log("casefile ingest: bad.txt: is empty; nothing to extract");
  assert.ok(chunks.join("").includes("\r\x1b[Kcasefile ingest: bad.txt: is empty; nothing to extract\n"));
  p.finish();
  assert.equal(chunks[chunks.length - 1], "\r\x1b[K");
});

test("when standard error is not a terminal it draws nothing, but logged lines still go out", () => {
  const { stream, chunks } = sink(false);
  const p = new Progress({ label: "ingest", unit: "docs", total: 3, stream });
  assert.equal(p.enabled, false);
  p.tick(3);
  p.log("casefile ingest: x.html: the page has no article text to extract");
  p.finish();
  assert.deepEqual(chunks, ["casefile ingest: x.html: the page has no article text to extract\n"]);
});

test("durations read as m:ss or h:mm:ss", () => {
  assert.equal(formatDuration(0), "0:00");
  assert.equal(formatDuration(65.4), "1:05");
  assert.equal(formatDuration(3725), "1:02:05");
  assert.equal(formatDuration(-3), "0:00");
});
