// The near-duplicate decision both stores take: the fingerprint screen, then the exact overlap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { nearDuplicate, shingles, signature } from "../../src/store/minhash.js";

const STORY =
  "The river authority closed the northern lock on Friday after divers found a crack in the gate. " +
  "Barges bound for the port were sent through the canal instead, adding half a day to the trip. " +
  "Engineers expect the repair to take three weeks and to cost about two million euros, the authority said.";
const COPY = `${STORY} Additional reporting by the wire desk.`;
const OTHER =
  "A bakery in the old town won the regional bread prize for the third year running on Saturday. " +
  "Its owner said the secret was a starter kept alive since her grandmother opened the shop in 1961.";

function fingerprint(text: string) {
  const sh = shingles(text);
  return { sh, fp: { signature: signature(sh), shingles: sh.length } };
}

test("a syndicated copy passes the screen and the exact overlap; an unrelated story fails the screen", () => {
  const a = fingerprint(STORY);
  const b = fingerprint(COPY);
  const c = fingerprint(OTHER);
  assert.equal(nearDuplicate.screen(a.fp, b.fp), true);
  const similarity = nearDuplicate.similarity(a.sh, b.sh);
  assert.ok(similarity !== null && similarity > 0.8 && similarity < 1, `similarity ${similarity}`);
  assert.equal(similarity, Math.round(similarity * 1000) / 1000, "to 0.001");
  assert.equal(nearDuplicate.screen(a.fp, c.fp), false);
  assert.equal(nearDuplicate.similarity(a.sh, c.sh), null);
  assert.equal(nearDuplicate.similarity(a.sh, new Uint32Array(0)), null, "an empty text is no copy");
});
