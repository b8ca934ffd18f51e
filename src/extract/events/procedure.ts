// Where a step stands in a prosecution, read from the sentences around it.
import type { Doc } from "../../core/doc.js";
import type { TriggerMatch } from "./find.js";

/** Words that put a trial under way when they stand near it: "the trial began", "was sworn in for the trial". */
const UNDER_WAY = new Set([
  "sworn",
  "began",
  "begun",
  "opened",
  "started",
  "resumed",
  "continues",
  "continued",
  "underway",
  "under",
]);
/** Words that put a trial ahead: "faces trial", "awaiting trial", "ahead of his trial". */
const AHEAD = new Set([
  "face",
  "faces",
  "facing",
  "faced",
  "stand",
  "stands",
  "await",
  "awaits",
  "awaiting",
  "pending",
  "ahead",
  "before",
  "until",
  "will",
  "due",
  "set",
  "expected",
  "scheduled",
]);

/**
 * "A jury has been sworn in for the trial of a former nurse. Mary Lane appeared at Leeds Crown
 * Court on Tuesday …": an appearance told in, or just after, a sentence that puts a trial under
 * way is an appearance at that trial. A trial still ahead ("will stand trial next year. He
 * appeared before magistrates on Tuesday") leaves the appearance a hearing.
 */
export function appearsAtTrial(doc: Doc, words: string[], triggers: TriggerMatch[], appearance: TriggerMatch): boolean {
  if (!/^appear/.test(words[appearance.first])) return false;
  const s = appearance.sentence;
  const previous = s > 0 && doc.sentences[s - 1].paragraph + 1 >= doc.sentences[s].paragraph ? s - 1 : s;
  return triggers.some(
    (t) =>
      t.type === "trial" &&
      t.noun &&
      (t.sentence === previous || (t.sentence === s && t.first < appearance.first)) &&
      underWay(doc, words, t),
  );
}

/** Whether the words around the noun "trial" put it under way (and none put it ahead). */
function underWay(doc: Doc, words: string[], t: TriggerMatch): boolean {
  const { firstToken, lastToken } = doc.sentences[t.sentence];
  const from = Math.max(firstToken, t.first - 6);
  const to = Math.min(lastToken, t.last + 6);
  let found = false;
  for (let k = from; k < to; k++) {
    if (AHEAD.has(words[k])) return false;
    if (UNDER_WAY.has(words[k]) && (words[k] !== "under" || words[k + 1] === "way")) found = true;
  }
  // "is on trial", "during his trial", "at the trial of": the trial itself is the setting.
  const before = words[t.first - 1] ?? "";
  const determiner = /^(the|his|her|their)$/.test(before) ? (words[t.first - 2] ?? "") : "";
  return found || before === "on" || determiner === "during" || determiner === "at";
}
