// A date owning a noun before "will" names a happening on the nearer side; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { valueOf } from "./told-on-wednesday.js";

test("what a dated happening will bring says nothing of its side: the nearer reading wins", () => {
  assert.equal(valueOf("Monday's council vote will shape the harbour budget for years.", "Monday"), "2026-03-02");
  assert.equal(valueOf("The costs of her Tuesday walkout will fall on the guild.", "Tuesday"), "2026-03-03");
  assert.equal(valueOf("Forecasters said Thursday's storm will close the ferry route.", "Thursday"), "2026-03-05");
});

test("a clause already ahead keeps the happening it names ahead", () => {
  assert.equal(valueOf("The rowers will watch Sunday's final from the quay.", "Sunday"), "2026-03-08");
});
