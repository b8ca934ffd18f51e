// Which step of a clause a date belongs to, on the shapes of wire copy; every sentence is invented.
import { test } from "node:test";
import { assertDated } from "./helpers.js";

test("a step told by a participle after a comma shares the date of the clause before it", () => {
  assertDated([
    [
      "Officers searched a warehouse in Lisk on Friday, detaining four men they found inside, a spokesman said.",
      [
        ["investigation", "2025-09-12"],
        ["arrest", "2025-09-12"],
      ],
    ],
    [
      "The man broke into the farmhouse on Tuesday morning, stabbing his brother.",
      [
        ["other", "2025-09-16"],
        ["attack", "2025-09-16"],
      ],
    ],
    // A toll is the outcome of what the clause tells, and a noun in a list has no object of its own.
    ["A fire swept through the hotel on Friday, killing six guests.", [["other", "2025-09-12"]]],
    [
      "Detectives searched two flats on Saturday in a scandal of fraud, kidnapping and theft.",
      [["investigation", "2025-09-13"]],
    ],
  ]);
});

test("a date after the opening clause's own past verb is that clause's, not the telling's after the comma", () => {
  const cases: [string, string[][]][] = [
    ["The krona fell on Monday, dealers said.", [["other", "2025-09-15"]]],
    ["Prices rallied sharply on Friday, traders said.", [["other", "2025-09-12"]]],
    // A phrase or a clause set before the subject still dates the telling.
    ["In a note circulated Friday, the councillor said she would stand again.", [["statement", "2025-09-12"]]],
    ["When the mill closed in 1998, the mayor issued a statement.", [["statement", "1998"]]],
  ];
  assertDated(cases);
});
