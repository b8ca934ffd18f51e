// The value a time expression takes in a sentence told on a Wednesday, for the tests of tense.
import { buildDoc } from "../../src/core/doc.js";
import { extractTimes } from "../../src/extract/time/index.js";

/** The value of the time expression `text` in `sentence` told on Wednesday 4 March 2026. */
export function valueOf(sentence: string, text: string): string | null | undefined {
  return extractTimes(buildDoc(sentence), { published: "2026-03-04" }).find((t) => t.text === text)?.value;
}
