// GET /api/jobs on a SQLite store: there is no queue, and the answer says so (the web UI then
// shows no progress). The PostgreSQL side is in test/postgres/jobs-route.test.ts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "../../src/server/index.js";
import { tempStore } from "./fixtures.js";

test("a SQLite store answers that it has no job queue", async () => {
  const t = await tempStore();
  const app = createServer({ store: t.store, token: "a-token-long-enough-for-this" });
  try {
    const refused = await app.inject({ url: "/api/jobs" });
    assert.equal(refused.statusCode, 401, "the queue's state needs the token like any case data");
    const res = await app.inject({
      url: "/api/jobs",
      headers: { authorization: "Bearer a-token-long-enough-for-this" },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.queue, false);
    assert.match(body.message, /no job queue/);
    assert.match(body.message, /SQLite/);
    assert.equal(res.headers["cache-control"], "no-store");
    const doc = (await app.inject({ url: "/openapi.json" })).json();
    assert.ok(doc.paths["/api/jobs"].get, "/openapi.json describes the route");
  } finally {
    await app.close();
    await t.cleanup();
  }
});
