// A court disposing of what was put to it rules; every sentence is invented.
import { test } from "node:test";
import { assertDated } from "./helpers.js";

test("a case thrown out, an appeal dismissed, a request a court refused: a verdict that day", () => {
  const cases: [string, string[][]][] = [
    ["The judge threw out the case on Monday.", [["verdict", "2025-09-15"]]],
    ["The lawsuit was thrown out on Monday.", [["verdict", "2025-09-15"]]],
    ["His appeal was dismissed by the High Court on Thursday.", [["verdict", "2025-09-11"]]],
    ["The court on Tuesday rejected a request by the newspaper to unseal the file.", [["verdict", "2025-09-16"]]],
    // A request refused by no court is no ruling; a thing thrown out is no case.
    ["The ministry said on Monday the requests were denied.", [["statement", "2025-09-15"]]],
    ["The coach threw out the old playbook on Monday.", [["other", "2025-09-15"]]],
  ];
  assertDated(cases);
});
