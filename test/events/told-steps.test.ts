// Steps told by others and steps that only name someone; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, P } from "./helpers.js";

const all = (text: string) => events(text, P).map((e) => [e.type, e.date]);

test("a step told in the past perfect under a dated telling takes the earlier day the article gives it", () => {
  const text =
    "Harbour police said on Tuesday they had arrested two boatmen over the missing cargo. " +
    "The boatmen were arrested on Sunday at the old quay.";
  assert.deepEqual(
    all(text).filter(([type]) => type === "arrest"),
    [["arrest", "2025-09-14"]],
  );
  // With no other day the telling's day stands.
  assert.deepEqual(
    all("Harbour police said on Tuesday they had arrested two boatmen over the missing cargo.").filter(
      ([type]) => type === "arrest",
    ),
    [["arrest", "2025-09-16"]],
  );
});

test("a step's participle before a noun names someone and tells no step", () => {
  assert.deepEqual(
    all("Guards took jailed union leader Ann Lee to hospital on Tuesday.").filter(([type]) => type === "sentence"),
    [],
  );
  assert.deepEqual(
    all("The four arrested boatmen were moved to the city on Monday.").filter(([type]) => type === "arrest"),
    [],
  );
  // The verb itself stays a step.
  assert.deepEqual(
    all("A court jailed union leader Ann Lee on Tuesday.").filter(([type]) => type === "sentence"),
    [["sentence", "2025-09-16"]],
  );
});

test("a step's noun before a name or a body names who rules or who tried the case", () => {
  const cases: [string, [string, string]][] = [
    // "the ruling State Council": who rules, no verdict; "the ruling on Monday" stays one.
    ["The head of the ruling State Council will be installed next Tuesday.", ["other", "2025-09-23"]],
    ["The ruling on Monday freed the captain.", ["verdict", "2025-09-15"]],
    // "a trial jury" tried the case: the date is its verdict's.
    ["The former coach was found not guilty by a trial jury last October.", ["verdict", "2024-10"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(all(text), [expected], text);
});

test("a toll since a day, or since a happening, dates no attack", () => {
  const cases: [string, [string, string | null][]][] = [
    // The date of the clause "since" opens is its own verb's.
    [
      "About 1,000 people have been killed in the province since rebels took up arms in 2019.",
      [
        ["attack", null],
        ["other", "2019"],
      ],
    ],
    // A count set off from its verb by an aside is still the toll's.
    [
      "An estimated 500 people, most of them villagers, have been killed in the fighting since early 2019.",
      [["attack", null]],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(all(text), expected, text);
});

test("a step told in the perfect before a dated telling takes the day the article gives it that week", () => {
  const arrests = (text: string) => all(text).filter(([type]) => type === "arrest");
  assert.deepEqual(
    arrests(
      "Harbour police have detained a ferry pilot over the missing cargo, the port authority said on Tuesday. " +
        "Officers detained the pilot on Sunday at the old quay.",
    ),
    [["arrest", "2025-09-14"]],
  );
  // With no other day the telling's day stands.
  assert.deepEqual(arrests("Harbour police have detained a ferry pilot, the port authority said on Tuesday."), [
    ["arrest", "2025-09-16"],
  ]);
  // A step of the same kind weeks before is another happening: both stay.
  assert.deepEqual(
    arrests(
      "Harbour police have detained a ferry pilot, the port authority said on Tuesday. " +
        "His deckhand was detained on August 2.",
    ),
    [
      ["arrest", "2025-09-16"],
      ["arrest", "2025-08-02"],
    ],
  );
});

test("a date inside what 'since' names dates that, not the step measured from it", () => {
  const cases: [string, [string, string | null][]][] = [
    // Words: the vote is what March dates.
    [
      "The governor launched her fiercest attack on the assembly since its budget vote in March.",
      [["other", "2025-03"]],
    ],
    // Force: the truce is what January dates; the shelling is undated.
    [
      "Militia gunners have shelled the hill town twice since the truce in January.",
      [
        ["attack", null],
        ["other", "2025-01"],
      ],
    ],
    // A clause after "since": its own verb's date.
    [
      "It was the senator's first interview since winning the runoff last week.",
      [
        ["statement", null],
        ["other", "2025-09"],
      ],
    ],
    // The date right after "since" still tells when the step began.
    ["Customs officers have detained the skipper since August.", [["arrest", "2025-08"]]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(all(text), expected, text);
});

test("a step told a number of days after or before the sentence's dated step is dated from it", () => {
  const cases: [string, [string, string | null][]][] = [
    [
      "The captain was found guilty of fraud on Tuesday, a day after he was convicted of theft.",
      [
        ["conviction", "2025-09-16"],
        ["conviction", "2025-09-15"],
      ],
    ],
    [
      "Two days after she was arrested, the captain was charged on Friday.",
      [
        ["arrest", "2025-09-10"],
        ["charge", "2025-09-12"],
      ],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(all(text), expected, text);
});
