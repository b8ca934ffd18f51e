// A person caught or captured by the police is arrested; a picture or a sight is not; every sentence is invented.
import { test } from "node:test";
import { assertDated } from "./helpers.js";

test("caught or captured by the police is an arrest; a scene or a town captured is none", () => {
  assertDated([
    ["A burglar was captured by police on Tuesday.", [["arrest", "2025-09-16"]]],
    ["Detectives caught the courier in Harlow on Wednesday.", [["arrest", "2025-09-17"]]],
    ["The scene was captured by police cameras on Monday.", [["other", "2025-09-15"]]],
    ["Officers captured the scene on video on Monday.", [["other", "2025-09-15"]]],
    ["The town was captured by rebels on Monday.", [["other", "2025-09-15"]]],
  ]);
});
