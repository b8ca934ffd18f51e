// Criticism told as "lashed out at" or "hit out at" is a telling; every sentence is invented.
import { test } from "node:test";
import { assertDated } from "./helpers.js";

test("'lashed out at' and 'hit out at' tell criticism in words", () => {
  assertDated([
    ["The envoy on Wednesday lashed out at the embargo and said it would fail.", [["statement", "2025-09-17"]]],
    ["The mayor hit out at the rail operator on Monday.", [["statement", "2025-09-15"]]],
    // A storm that lashed the coast told nothing.
    ["A storm lashed the coast on Monday.", [["other", "2025-09-15"]]],
  ]);
});
