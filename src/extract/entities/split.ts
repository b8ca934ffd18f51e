// Cutting a run of capitalised words at the joining words that separate two names.
import { type Doc } from "../../core/doc.js";
import { lookupGazetteer } from "./gazetteer.js";
import { isGivenName } from "./names.js";
import { GENERIC_CAPITALS, LOC_DESIGNATORS, NOBLE_TITLES, ORG_DESIGNATORS, ORG_HEADS } from "./lexicon.js";
import { type Run, tokenString, lower, isOrgWord, isTitleWord, textOf, commonAreaOfPlace } from "./run.js";

const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...ORG_DESIGNATORS,
  ..."republic kingdom gulf isle isles bay city state province sea straits strait cape port lake mount".split(" "),
]);

/**
 * Cuts a run at the joining words that separate two names ("Home Office and Downing Street",
 * "CEO of Hong Kong Watch") and keeps those inside one ("Department of the Treasury",
 * "Cybersecurity and Infrastructure Security Agency", "Group for Trade and Investment").
 */
export function splitRun(doc: Doc, run: Run): Run[] {
  const w = run.map((t) => tokenString(doc, t));
  const lw = w.map((x) => x.toLowerCase());
  // Segments of capitalised words between joining words.
  const parts: Run[] = [];
  let cur: Run = [];
  let insideOf = false;
  // Where the words after the current segment's last "of" begin ("Bank of" → "England …").
  let ofFrom = -1;
  const lastOf = (r: Run) => (r.length ? lower(tokenString(doc, r[r.length - 1])) : "");
  for (let i = 0; i < run.length; i++) {
    const x = lw[i];
    if (x !== "of" && x !== "for" && x !== "and") {
      cur.push(run[i]);
      continue;
    }
    let j = i + 1;
    if (j < run.length && lw[j] === "the") j++;
    // The segment after the joining word, up to the next joining word.
    let k = j;
    while (k < run.length && lw[k] !== "of" && lw[k] !== "for" && lw[k] !== "and") k++;
    const before = lastOf(cur);
    const after = lw.slice(j, k).map((y) => y.replace(/\.$/, ""));
    const whole = doc.text.slice(doc.tokens.start[cur[0] ?? run[i]], doc.tokens.end[run[k - 1]]);
    let join: boolean;
    // "The Department of Justice said …": the sentence's "The" is no part of the known name.
    if (lookupGazetteer(whole) || lookupGazetteer(whole.replace(/^The\s+/, ""))) join = true;
    // "Department for Farming, Media and Rivers": the run took a body's listed remit (candidates.ts),
    // whose "and" closes the list, even after a word that ends bodies' names.
    else if (x === "and" && closesRemit(doc, cur)) join = true;
    else if (x === "and") {
      const leftKnown = cur.length > 0 && lookupGazetteer(textOf(doc, cur)) !== null;
      // "Lee and Home Office aides", "NHS and Vale Trust staff": a name known whole after "and",
      // or an acronym before it, is a second name, not the tail of one.
      const rightKnown = k > j && lookupGazetteer(textOf(doc, run.slice(j, k)))?.type === "organization";
      const leftAcronym = cur.length === 1 && /^\p{Lu}{2,}$/u.test(w[i - 1] ?? "");
      // "the University of Leeds and Tom Dorn", "the Credit Union of Ohio and Vell Trust": a
      // place ends an "of" name, and a person's name or another body's after "and" is a second
      // name ("the Port Authority of New York and New Jersey" names two places).
      const placeEnds = ofFrom >= 0 && placeEndsOfName(doc, cur.slice(ofFrom), run.slice(j, k));
      // "Ann Vale and Tom Banks", "secretary of State Ann Vale and Ohio Sen. Tom Rell": a given
      // name and one word more before "and" are a person's name, and "and" ends it, unless a
      // body's name ends after it ("Ann Vale and Company", "the Ann Vale and Tom Rell Foundation").
      const bodyAfter = isOrgWord(after[after.length - 1] ?? "") && (k - j !== 2 || !isGivenName(after[0]));
      const personEnds = fullNameEnds(doc, cur) && !bodyAfter;
      // "HM Revenue and Customs", "HM Courts and Tribunals Service": a Crown body's name (its
      // "HM" for His or Her Majesty's) goes on through its "and".
      const crownBody = lw[0] === "hm" && cur[0] === run[0] && k > j;
      // "the Harbour Trust and the Vale Rowing Club": "the" after "and" opens a second name.
      const joins =
        crownBody ||
        (!personEnds &&
          !leftAcronym &&
          !placeEnds &&
          !isOrgWord(before) &&
          !LOC_DESIGNATORS.has(before) &&
          (insideOf || (after.length > 0 && isOrgWord(after[after.length - 1]))));
      join = j === i + 1 && !leftKnown && !rightKnown && joins;
    } else {
      // "Group of MPs", "Council of Ministers"… a plural common word after "of" is no part of a name.
      const afterWord = w[j] ?? "";
      const pluralCommon = k === j + 1 && (GENERIC_CAPITALS.has(after[0] ?? "") || /^\p{Lu}+s$/u.test(afterWord));
      // Inside a body's "of" name, an office takes its own "of" ("Office of the Director of
      // Public Works").
      const officeInBody = x === "of" && insideOf && isTitleWord(before);
      // …and so does the area it serves ("the District Court for the Northern District of Vell").
      const areaInBody = x === "of" && insideOf && LOC_DESIGNATORS.has(before);
      // …and a place's designator after common words, before a known place ("the Eastern District of Corrin").
      const areaOfPlace =
        x === "of" &&
        commonAreaOfPlace(doc, [...cur, run[i], ...run.slice(j, k)], 0, cur.length - 1, cur.length + 1 + k - j);
      join =
        before !== "staff" &&
        !pluralCommon &&
        (OF_HEADS.has(before) ||
          isOrgWord(before) ||
          officeInBody ||
          areaInBody ||
          areaOfPlace ||
          (x === "of" && NOBLE_TITLES.has(before)));
    }
    if (join) {
      if (x !== "and") insideOf = true;
      if (x === "of") ofFrom = cur.length + (j - i);
      for (let m = i; m < j; m++) cur.push(run[m]);
    } else {
      if (cur.length) parts.push(cur);
      cur = [];
      insideOf = false;
      ofFrom = -1;
    }
    i = j - 1;
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/** Whether the segment holds a listed remit's comma with no "and" after it yet (that "and" closes the list). */
function closesRemit(doc: Doc, cur: Run): boolean {
  for (let k = cur.length - 1; k >= 0; k--) {
    const w = tokenString(doc, cur[k]);
    if (w === ",") return true;
    if (w === "and") return false;
  }
  return false;
}

/** Whether `words` end in a given name and a surname, with no other given name before them ("State Ann Vale"). */
function fullNameEnds(doc: Doc, words: Run): boolean {
  const n = words.length;
  const word = (i: number) => lower(tokenString(doc, words[i]));
  // "Cleveland Clinic": a body's word after a given name is no surname.
  return (
    n >= 2 &&
    isGivenName(word(n - 2)) &&
    !isOrgWord(word(n - 1)) &&
    !LOC_DESIGNATORS.has(word(n - 1)) &&
    (n === 2 || !isGivenName(word(n - 3)))
  );
}

/** Whether a place ends the words after "of" and a person's or another body's name comes after "and". */
function placeEndsOfName(doc: Doc, ofWords: Run, next: Run): boolean {
  if (ofWords.length === 0 || next.length === 0) return false;
  const words = next.map((t) => lower(tokenString(doc, t)));
  const isPlace = (r: Run) => lookupGazetteer(textOf(doc, r))?.type === "location";
  return isPlace(ofWords) && !isPlace(next) && (isGivenName(words[0]) || isOrgWord(words[words.length - 1]));
}
