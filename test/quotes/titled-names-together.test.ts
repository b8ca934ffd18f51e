// People named together, each with a title or label of their own ("Tom J. Vale and Senator Ann
// Roe", "Ida R. Marsh and river pilot Ned Quill"), speak through the first named
// (shared/eval/ANNOTATION.md), as a phrase of bare names already did; a name nested in a titled
// mention ("Ann Roe" in "Senator Ann Roe") is that mention. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Tom J. Vale and Senator Ann Roe have argued …': the first named speaks", () => {
  const q = find(
    quotes("Tom J. Vale and Senator Ann Roe have argued that ferry crews lost work because of the new toll."),
    "ferry crews",
  );
  assert.equal(q.speaker, "Tom J. Vale");
});

test("'Ida R. Marsh and river pilot Ned Quill said': the first named speaks", () => {
  const q = find(quotes("Ida R. Marsh and river pilot Ned Quill said the channel was silting up."), "silting");
  assert.equal(q.speaker, "Ida R. Marsh");
});
