// A server on a team store takes its users' tokens from the database: without one, nothing; a
// reader may look but not correct; an editor's corrections and removals record who made them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "../../src/server/index.js";
import { openPostgresStore } from "../../src/store/postgres/store.js";
import { addArticles, ARTICLES, CASE } from "../server/fixtures.js";
import { dropLocation, freshLocation, pgSkipReason } from "./pg.js";

const skip = (await pgSkipReason()) ?? false;

test("readers read, editors correct, and each correction names its editor", { skip, timeout: 60_000 }, async () => {
  const location = freshLocation("users");
  const store = await openPostgresStore(location);
  const app = createServer({ store, loopbackOnly: true });
  try {
    await addArticles(store, CASE, ARTICLES);
    await store.addUser("ray", "reader", "reader-token-0001");
    await store.addUser("eve", "editor", "editor-token-0001");
    await app.ready();
    const call = (method: "GET" | "POST" | "DELETE", path: string, token: string | null, body?: unknown) =>
      app.inject({
        method,
        url: `/api/cases/${CASE}${path}`,
        headers: {
          host: "127.0.0.1",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { "content-type": "application/json" } : {}),
        },
        ...(body ? { payload: JSON.stringify(body) } : {}),
      });

    assert.equal((await call("GET", "/entities", null)).statusCode, 401, "a store with users asks for a token");
    assert.equal((await call("GET", "/entities", "not-a-user-token")).statusCode, 401);
    assert.equal((await call("GET", "/entities", "reader-token-0001")).statusCode, 200);
    const refused = await call("POST", "/renames", "reader-token-0001", {
      entity: "Owen Price",
      name: "DI Owen Price",
    });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().message, /ray may read this case but not change it/);

    const rename = await call("POST", "/renames", "editor-token-0001", { entity: "Owen Price", name: "DI Owen Price" });
    assert.equal(rename.statusCode, 201, rename.body);
    const [override] = await store.listOverrides(CASE);
    assert.equal(override.madeBy, "eve");
    const removed = await call("DELETE", `/documents/${ARTICLES[2].id}`, "editor-token-0001");
    assert.equal(removed.statusCode, 200, removed.body);
    assert.deepEqual(
      (await store.listRemovals(CASE)).map((r) => [r.id, r.removedBy]),
      [[ARTICLES[2].id, "eve"]],
    );
  } finally {
    await app.close();
    await store.close();
    await dropLocation(location);
  }
});
