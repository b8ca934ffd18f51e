// The tagger on news copy as Casefile meets it: title-case headlines, curly quotes, possessives,
// honorifics and acronyms defined in the text. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { buildDoc } from "../../../src/core/doc.js";
import { projectPath } from "../../../src/core/paths.js";
import { getTagger, MODEL_FILE } from "../../../src/extract/default-model.js";
import { tagDoc } from "../../../src/extract/entities/tagger/index.js";

const skip = existsSync(projectPath("models", MODEL_FILE)) ? false : "models/ner.bin is absent";

function found(text: string): string[] {
  return tagDoc(buildDoc(text), getTagger()).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

test("a title-case headline does not make every word a name; the story's people and places are found", { skip }, () => {
  const text =
    "Former Soldier Charged After Fire At Warehouse In Leeds\n\n" +
    "A former soldier, Daniel Okonkwo, 34, was charged on Friday by the Crown Prosecution Service after a fire " +
    "at a warehouse in Leeds.\n\n" +
    "Mr Okonkwo’s lawyer said he would plead not guilty. Okonkwo was remanded in custody.";
  const got = found(text);
  assert.deepEqual(
    got.filter((g) => g.includes("Soldier") || g.includes("Warehouse") || g.includes("Fire")),
    [],
  );
  for (const want of ["PER:Daniel Okonkwo", "ORG:Crown Prosecution Service", "LOC:Leeds"])
    assert.ok(got.includes(want), `${want} in ${got.join(", ")}`);
  // "Mr Okonkwo’s" and the bare surname are the same person; the possessive is not part of the name.
  assert.equal(got.filter((g) => g === "PER:Okonkwo").length, 2, got.join(", "));
});

test("an acronym defined in brackets, a ministry and a company are organisations", { skip }, () => {
  const got = found(
    "The National Cyber Security Centre (NCSC) said Russian hackers had targeted the Ministry of Defence. " +
      "A spokesman for Microsoft declined to comment.",
  );
  for (const want of [
    "ORG:National Cyber Security Centre",
    "ORG:NCSC",
    "MISC:Russian",
    "ORG:Ministry of Defence",
    "ORG:Microsoft",
  ])
    assert.ok(got.includes(want), `${want} in ${got.join(", ")}`);
});

test("curly quotes around a quote leave the speaker and the court intact", { skip }, () => {
  const got = found(
    "“We will appeal,” said Priya Raman, a lawyer for the family, outside Westminster Magistrates’ Court.",
  );
  assert.ok(got.includes("PER:Priya Raman"), got.join(", "));
  assert.ok(
    got.some((g) => g.startsWith("ORG:Westminster Magistrates")),
    got.join(", "),
  );
  assert.ok(!got.some((g) => g.endsWith(":We")), got.join(", "));
});
