// A sentence that opens with a person's name and a long apposition, itself holding a relative
// clause or a second apposition, before the verb: the person speaks, not a body or a name inside
// the apposition. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Dr. X, the surgeon who founded the Y Trust, which funds …, warned' credits X, not the trust", () => {
  const q = find(
    quotes(
      "Dr. Lena Okafor, the surgeon who founded the Kelbrook Children's Trust, which funds rural clinics, warned that the money would run out by June.",
    ),
    "run out by June",
  );
  assert.equal(q.speaker, "Lena Okafor");
});

test("'X, a ranger who guards the Y Reserve, which burned …, said' credits X", () => {
  const q = find(
    quotes(
      "Piet Langer, a ranger who guards the Ostmark Forest Reserve, which burned twice last decade, said the fire season had started early.",
    ),
    "fire season",
  );
  assert.equal(q.speaker, "Piet Langer");
});

test("'X, a nurse who trained with Sen. Y (R-Maine), the clinic's founder, described …' credits X, not Y", () => {
  const q = find(
    quotes(
      "Marta Vree, a nurse who trained with Sen. Colm Adair (R-Maine), the clinic's founder, described the ward as “overrun.”",
    ),
    "overrun",
  );
  assert.equal(q.speaker, "Marta Vree");
});
