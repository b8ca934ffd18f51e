// The PostgreSQL executor's statement handling, without a server: `?` placeholders numbered
// outside literals, and which statements become named prepared statements.
import { test } from "node:test";
import assert from "node:assert/strict";
import { numberPlaceholders, statement } from "../../src/store/postgres/executor.js";

test("? becomes $1, $2… outside string literals, quoted names and comments", () => {
  assert.equal(
    numberPlaceholders(`SELECT '?', "a?" FROM t WHERE x = ? AND y = ? -- why?\n AND z = ?`),
    `SELECT '?', "a?" FROM t WHERE x = $1 AND y = $2 -- why?\n AND z = $3`,
  );
});

test("one fixed statement is prepared under a name of its text; DDL, several statements and text searches are not", () => {
  const a = statement("SELECT name FROM things WHERE id = ?", [1]);
  const again = statement("SELECT name FROM things WHERE id = ?", [2]);
  assert.equal(a.text, "SELECT name FROM things WHERE id = $1");
  assert.ok(a.name, "a query is prepared");
  assert.equal(again.name, a.name, "the same text, the same statement");
  assert.deepEqual(again.values, [2]);
  assert.notEqual(statement("SELECT name FROM things WHERE id = ? LIMIT 1", [1]).name, a.name);
  assert.ok(statement("  with x AS (SELECT 1) UPDATE t SET a = ?", [1]).name, "lower case and leading space");
  assert.equal(statement("CREATE TABLE t (a INT)", []).name, undefined);
  assert.equal(statement("UPDATE t SET a = 1; UPDATE t SET b = 2", []).name, undefined);
  assert.ok(statement("UPDATE t SET a = 1;", []).name, "a trailing semicolon is one statement");
  assert.equal(
    statement("SELECT id FROM notes WHERE body @@ to_tsquery(?) LIMIT 10", ["harbour"]).name,
    undefined,
    "a text search is planned for its words each time",
  );
});
