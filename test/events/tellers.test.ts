// Tellings on one day by different people; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOfRoeAndVale } from "./helpers.js";

const tellings = (text: string) =>
  eventsOfRoeAndVale(text)
    .filter((e) => e.type === "statement" && e.date)
    .map((e) => [e.date, e.participants[0]]);

test("two people telling on the same day are two tellings; one person telling twice is one", () => {
  assert.deepEqual(
    tellings(
      "Ann Roe told a radio host on Monday that the ferry was unsafe. Tom Vale told reporters on Monday it was not.",
    ),
    [
      ["2025-09-15", "Ann Roe"],
      ["2025-09-15", "Tom Vale"],
    ],
  );
  assert.deepEqual(
    tellings(
      "Ann Roe told a radio host on Monday that the ferry was unsafe. Ann Roe told reporters on Monday it was late.",
    ),
    [["2025-09-15", "Ann Roe"]],
  );
});
