// "point out" in the present and as a participle reports a clause as "pointed out" does: "Ann
// Roe hit back, pointing out that …", "Tom Vale points out that …", '“…,” Roe points out.'; the
// noun "points" and a bare "pointing" report nothing; an aside of the writer's after "worth" ("it
// is worth pointing out that …") names no speaker. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'pointing out that', 'points out that': the particle makes a verb of saying of 'point' in every form", () => {
  const p = find(quotes("Ann Roe hit back at the Courier, pointing out that the paper had backed her rival."), "rival");
  assert.equal(p.text, "the paper had backed her rival");
  assert.equal(p.cue?.text, "pointing");
  assert.equal(p.speaker, "Ann Roe");
  const s = find(quotes("Tom Vale points out that the levy was never paid."), "levy");
  assert.equal(s.text, "the levy was never paid");
  assert.equal(s.speaker, "Tom Vale");
  const d = find(quotes("“The ferry was never late,” Ann Roe points out."), "ferry");
  assert.equal(d.cue?.text, "points");
  assert.equal(d.speaker, "Ann Roe");
  assert.equal(quotes("The Dover side scored 20 points in the second half.").length, 0);
  // The writer's aside after "worth" reports nothing.
  assert.equal(quotes("For the record, it is worth pointing out that the ferry ran late.").length, 0);
});
