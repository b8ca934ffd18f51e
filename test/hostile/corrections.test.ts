// Issue 17 items 7 and 8: rename, merge under the name the user gave, undo that never reuses a
// number, and the same corrections (plus removing an article) through the API the web UI uses.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildCase } from "../../src/casefile/index.js";
import type { CaseFile } from "../../src/casefile/types.js";
import { createServer } from "../../src/server/index.js";
import { loadCase } from "../../src/store/index.js";
import { article } from "../casefile/fixtures.js";
import { ARTICLES, CASE, addArticles, tempStore, type TempStore } from "../server/fixtures.js";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
const names = (c: CaseFile) => c.entities.filter((e) => e.type === "person").map((e) => e.name);

const junk = article("j-1", null, "Prosecutions Jon Reyes said nothing.", {
  entities: [{ id: "e1", type: "person", name: "Prosecutions Jon Reyes", mentions: ["Prosecutions Jon Reyes"] }],
});
const clean = article("j-2", null, "Jon Reyes, a courier, was later detained.", {
  entities: [{ id: "e1", type: "person", name: "Jon Reyes", mentions: ["Jon Reyes"] }],
});

test("a merge takes the name the user chose; a rename keeps the old name as an alias", async () => {
  // The CLI and the API record the chosen name with the merge (b's name unless told otherwise).
  const merged = buildCase(
    [junk, clean],
    [{ action: "merge", a: "Prosecutions Jon Reyes", b: "Jon Reyes", name: "Jon Reyes" }],
  );
  assert.deepEqual(names(merged), ["Jon Reyes"]);
  // Splitting that name out again leaves the rest under its own name, not the one split out.
  const unmerged = buildCase(
    [junk, clean],
    [
      { action: "merge", a: "Prosecutions Jon Reyes", b: "Jon Reyes", name: "Jon Reyes" },
      { action: "split", a: "Jon Reyes", b: "Jon Reyes" },
    ],
  );
  assert.deepEqual(names(unmerged).sort(), ["Jon Reyes", "Prosecutions Jon Reyes"]);
  const chosen = buildCase(
    [junk, clean],
    [{ action: "merge", a: "Jon Reyes", b: "Prosecutions Jon Reyes", name: "Jon Reyes" }],
  );
  assert.deepEqual(names(chosen), ["Jon Reyes"]);
  const renamed = buildCase([junk, clean], [{ action: "rename", a: "Prosecutions Jon Reyes", b: "J. Reyes" }]);
  const e = renamed.entities.find((x) => x.name === "J. Reyes");
  assert.ok(e, names(renamed).join(", "));
  assert.ok(e.aliases.some((a) => a.text === "Prosecutions Jon Reyes"));
  assert.equal(e.id, "person:j-reyes");
  // A later correction may name the entity by its new name.
  const then = buildCase(
    [junk, clean],
    [
      { action: "rename", a: "Prosecutions Jon Reyes", b: "J. Reyes" },
      { action: "merge", a: "Jon Reyes", b: "J. Reyes" },
    ],
  );
  assert.deepEqual(names(then), ["J. Reyes"]);
  assert.deepEqual(then.overrideIssues, []);
});

test("an undone correction keeps its number: the next one gets a new number", async () => {
  const t = await tempStore();
  try {
    await addArticles(t.store, CASE, ARTICLES);
    const one = await t.store.recordMerge(CASE, { entities: ["Owen Price", "Nadia Brooks"], reason: "" });
    const two = await t.store.recordRename(CASE, { entities: ["Owen Price", "DI Owen Price"], reason: "" });
    assert.ok(await t.store.removeOverride(CASE, two.id));
    assert.ok(!(await t.store.removeOverride(CASE, two.id)), "an undo is done once");
    const three = await t.store.recordSplit(CASE, { entities: ["Owen Price", "Nadia Brooks"], reason: "" });
    assert.ok(three.id > two.id && two.id > one.id, `${one.id} ${two.id} ${three.id}`);
    assert.deepEqual(
      (await t.store.listOverrides(CASE)).map((o) => o.id),
      [one.id, three.id],
    );
  } finally {
    await t.cleanup();
  }
});

test("casefile rename and merge print what the case then shows", async () => {
  const t = await tempStore();
  try {
    await addArticles(t.store, CASE, ARTICLES);
    await t.store.close();
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...args, "--store", t.path, "--case", CASE], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    assert.match(run("rename", "Owen Price", "DI Owen Price"), /renamed "Owen Price" to "DI Owen Price" \(override 1;/);
    assert.match(
      run("merge", "Nadia Brooks", "DI Owen Price"),
      /merged "Nadia Brooks" into "DI Owen Price", now called "DI Owen Price" \(override 2;/,
    );
    const people = JSON.parse(run("people", "--json")) as { name: string }[];
    assert.ok(people.some((p) => p.name === "DI Owen Price"));
    assert.ok(!people.some((p) => p.name === "Nadia Brooks" || p.name === "Owen Price"));
    assert.match(run("merge", "--undo", "2"), /withdrew override 2/);
    assert.match(
      run("merge", "Nadia Brooks", "Margaret Hale", "--name", "M. Hale"),
      /now called "M\. Hale" \(override 3;/,
    );
    assert.match(run("remove", "harbour-3"), /removed the article "harbour-3"/);
    const r = spawnSync(process.execPath, [CLI, "remove", "harbour-3", "--store", t.path, "--case", CASE], {
      encoding: "utf8",
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^casefile remove: there is no article "harbour-3" in case "harbour"\n$/);
  } finally {
    await t.cleanup();
  }
});

describe("corrections through the API", async () => {
  let temp: TempStore;
  let app: FastifyInstance;
  before(async () => {
    temp = await tempStore();
    await addArticles(temp.store, CASE, ARTICLES);
    app = createServer({ store: temp.store, loopbackOnly: true });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await temp.cleanup();
  });
  const call = (method: "POST" | "DELETE", path: string, body?: unknown) =>
    app.inject({
      method,
      url: `/api/cases/${CASE}${path}`,
      headers: { host: "127.0.0.1", ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    });
  const people = async () => names(await loadCase(temp.store, CASE));

  test("rename, merge and split are recorded and each undone by its number", async () => {
    const rename = await call("POST", "/renames", { entity: "person:owen-price", name: "DI Owen Price" });
    assert.equal(rename.statusCode, 201, rename.body);
    assert.equal(rename.json().entity, "person:di-owen-price");
    assert.ok((await people()).includes("DI Owen Price"));

    const merge = await call("POST", "/merges", { a: "Nadia Brooks", b: "person:di-owen-price" });
    assert.equal(merge.statusCode, 201, merge.body);
    assert.ok(!(await people()).includes("Nadia Brooks"));

    const split = await call("POST", "/splits", { entity: "DI Owen Price", name: "Nadia Brooks" });
    assert.equal(split.statusCode, 201, split.body);
    assert.ok((await people()).includes("Nadia Brooks"));

    for (const r of [split, merge, rename]) {
      const undo = await call("DELETE", `/overrides/${r.json().override}`);
      assert.equal(undo.statusCode, 200, undo.body);
    }
    assert.ok((await people()).includes("Owen Price") && (await people()).includes("Nadia Brooks"));
    assert.equal((await call("DELETE", `/overrides/${rename.json().override}`)).statusCode, 404);
    const bad = await call("POST", "/merges", { a: "Nobody Atall", b: "Owen Price" });
    assert.equal(bad.statusCode, 404);
    assert.match(bad.json().message, /no person, organisation or place named "Nobody Atall"/);
  });

  test("an article is removed with its extraction, and the answer holds it to add back", async () => {
    const before = (await temp.store.listDocuments(CASE)).length;
    const res = await call("DELETE", "/documents/harbour-3");
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await temp.store.listDocuments(CASE)).length, before - 1);
    assert.ok(!(await people()).includes("Nadia Brooks"), "only harbour-3 named her");
    const { document } = res.json() as { document: Record<string, string | null> };
    const back = await call(
      "POST",
      "/documents",
      Object.fromEntries(Object.entries(document).filter(([, v]) => v !== null)),
    );
    assert.equal(back.statusCode, 201, back.body);
    assert.ok((await people()).includes("Nadia Brooks"));
    assert.equal((await call("DELETE", "/documents/no-such")).statusCode, 404);
  });

  test("a write from another origin cannot correct the case", async () => {
    const res = await app.inject({
      method: "DELETE",
      url: `/api/cases/${CASE}/documents/harbour-1`,
      headers: { host: "127.0.0.1", origin: "https://evil.example" },
    });
    assert.equal(res.statusCode, 403);
  });
});
