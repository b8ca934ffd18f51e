// The page a list command (people, orgs, timeline) shows: on a terminal, a table without --limit
// shows the first TERMINAL_PAGE rows and says so under it; --json, piped output and --all list
// every row, and --limit/--offset are obeyed as given.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import fc from "fast-check";
import { listPage, pageNote, printJsonRows, TERMINAL_PAGE } from "../../src/cli/case-query.js";

test("a table on a terminal shows a default page; JSON, pipes, --all and --limit are left as asked", () => {
  assert.deepEqual(listPage({}, true), { page: { offset: 0, limit: TERMINAL_PAGE }, terminalDefault: true });
  assert.deepEqual(listPage({ offset: "200" }, true), {
    page: { offset: 200, limit: TERMINAL_PAGE },
    terminalDefault: true,
  });
  for (const flags of [{ json: true }, { all: true }]) {
    assert.deepEqual(listPage(flags, true), { page: { offset: 0, limit: undefined }, terminalDefault: false });
  }
  assert.deepEqual(listPage({}, false), { page: { offset: 0, limit: undefined }, terminalDefault: false }, "piped");
  assert.deepEqual(listPage({ limit: "7", offset: "3" }, true), {
    page: { offset: 3, limit: 7 },
    terminalDefault: false,
  });
});

test("the note under a cut table says which rows it shows of how many and how to see the rest", () => {
  const first = listPage({}, true);
  assert.equal(
    pageNote(first, TERMINAL_PAGE, 4213, "people"),
    `showing people 1–100 of 4,213 (a terminal shows ${TERMINAL_PAGE} at a time): ` +
      `--offset 100 for the next ${TERMINAL_PAGE}, --all for every row, --json for scripts\n`,
  );
  const later = listPage({ offset: "4200" }, true);
  assert.equal(pageNote(later, 13, 4213, "people"), "", "the last page holds the rest: no note");
  assert.equal(pageNote(first, 40, 40, "milestones"), "", "a short list is shown whole: no note");
  assert.equal(pageNote(listPage({ limit: "5" }, true), 5, 4213, "people"), "", "a page the user asked for");
});

test("a list printed row by row for --json is byte for byte what JSON.stringify(list, null, 2) prints, and waits for a slow reader", async () => {
  const value = fc.jsonValue({ maxDepth: 3 });
  await fc.assert(
    fc.asyncProperty(fc.array(value, { maxLength: 6 }), fc.nat(3), async (list, slow) => {
      const chunks: string[] = [];
      let writes = 0;
      // A reader that is slow every `slow + 1` writes: write() says so and "drain" follows.
      const out = new EventEmitter() as EventEmitter & { write(s: string): boolean };
      out.write = (s: string) => {
        chunks.push(s);
        const full = ++writes % (slow + 1) === 0;
        if (full) setImmediate(() => out.emit("drain"));
        return !full;
      };
      async function* rows() {
        for (const v of list) yield JSON.stringify(v);
      }
      await printJsonRows(rows(), out as unknown as NodeJS.WritableStream);
      assert.equal(chunks.join(""), JSON.stringify(list, null, 2) + "\n");
    }),
    { numRuns: 200, seed: 1307 },
  );
});
