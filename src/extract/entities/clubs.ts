// A sports club named after its town: sports reports write the town for the club ("Harford
// manager Jo Bell", "the former Dunmore coach", "Harford's goalkeeper"). Where a town stands right
// before a sports role, every mention of that town in the document names the club, except where a
// preposition of place makes it the town ("police in Harford said"). A town on a line of results
// ("Harford 2 Dunmore 1") or a league table's row ("HARFORD 64 71 .474 3") names the club the same
// way; "at Harford" (the ground) and a dateline keep the town.
import { firstAtOrAfter, type Doc } from "../../core/doc.js";
import { countryOfPlace, lookupGazetteer } from "./gazetteer.js";
import { COMMON_WORDS, DEMONYMS, PROPER_ADJECTIVES } from "./lexicon.js";
import type { Candidate } from "./run.js";

/** Jobs in a sports team, written right after the club's name: "Harford manager", "Harford's goalkeeper". */
const SPORTS_ROLES: ReadonlySet<string> = new Set(
  "manager coach boss striker midfielder defender goalkeeper keeper winger skipper playmaker full-back fullback centre-back center-back centre-half centre-forward captain batsman bowler all-rounder seamer spinner paceman wicketkeeper wicket-keeper forward scrum-half fly-half flanker pitcher quarterback".split(
    " ",
  ),
);
const SPORTS_ROLE = new RegExp(
  `^(?:['’]s)?\\s+(?:assistant\\s+|head\\s+)?(?:${[...SPORTS_ROLES].join("|")})(?![\\p{L}-])`,
  "iu",
);

/** A preposition of place keeps the town a town ("police in Harford said"). */
const IN_PLACE = /\b(?:in|near|outside|around)\s+$/i;

/** Whether a place name is a town or region of the place list (a country is a national side, not a club). */
function isTown(name: string): boolean {
  const hit = lookupGazetteer(name);
  return hit?.type === "location" && hit.place === true;
}

/** A name on a results line or table row: capitalised words ("Harford", "Port Vale", "ST ALBANS"). */
const TEAM = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
/** A score: a few figures ("2", "114"), or runs and wickets ("108-3"). */
const SCORE = String.raw`\d{1,3}(?:-\d{1,2})?`;
/** What a line of results may hold after its last score: a note in brackets ("(after extra time)"). */
const NOTE = String.raw`(?: \([^\n]*\))?[ .]*$`;
/** Who scored, in brackets after a team's score: "(Vell 35th, 48th)". */
const SCORERS = String.raw`(?: \([^()\n]*\))?`;
/** The first team of a results line: "Harford 2 Dunmore 1", "HARFORD 5 Dunmore 4 (in 10)", "Harford 2 (Vell 35th) Dunmore 1". */
const OPENS_RESULT = new RegExp(`^ ${SCORE}${SCORERS} ${TEAM} ${SCORE}${NOTE}`, "u");
/** The second team of a results line, with what comes before it on the line. */
const CLOSES_RESULT = new RegExp(`^${TEAM} ${SCORE}${SCORERS} $`, "u");
/**
 * A fixture: "Harford v Dunmore", the town on either side of a bare "v" whose other side is a town
 * too ("United States v. Texas", "Marsh v Harford" are cases at law).
 */
const BEFORE_V = new RegExp(`^ v (${TEAM})`, "u");
const AFTER_V = new RegExp(`(${TEAM}) v $`, "u");
/** What follows the second team: its score and the line's end. */
const LAST_SCORE = new RegExp(`^ ${SCORE}${NOTE}`, "u");
/**
 * A side's innings on a cricket scorecard: its runs ("259", wickets after a dash when it did not
 * finish or declared: "429-7", "529-8 declared"), the best players in brackets, and its second
 * innings after "and" ("199 and 426 (Ann Vell 111)", "114 (Bo Roe 4-28) and 81-3").
 */
const INNING = String.raw`${SCORE}(?: declared| dec\.?)?${SCORERS}`;
const INNINGS = String.raw`${INNING}(?: and ${INNING})?`;
/** The ground that opens a scorecard's line, before a colon: "Harford: ", "London (Vell Oval) : ". */
const GROUND = String.raw`${TEAM}(?: ?\([^()\n]*\))? ?: `;
/** The first side of a scorecard's line, after its name: " 259 and 207 (A. Vell 69), Dunmore 114 and 81-3." */
const OPENS_CARD = new RegExp(`^ ${INNINGS} ?, ${TEAM} ${INNINGS}${NOTE}`, "u");
/** What stands before the second side's name on a scorecard's line: the ground, the first side, a comma. */
const CLOSES_CARD = new RegExp(`^(?:${GROUND})?${TEAM} ${INNINGS} ?, $`, "u");
/** What follows the second side's name: its innings and the line's end. */
const LAST_INNINGS = new RegExp(`^ ${INNINGS}${NOTE}`, "u");
const GROUND_ONLY = new RegExp(`^${GROUND}$`, "u");
/**
 * A side's first innings after the ground, however the line goes on: a bracket of its best players
 * that the next line closes, or "v" and the other side ("At Harford: Dunmore 368-7 (Ann Vell 145,
 * Bo Roe 59 not", "Harford: Dunmore 285-6 v Tamsk"). A score alone after a colon may be a player's
 * ("Tries: Vell 2.").
 */
const SIDE_AFTER_GROUND = new RegExp(String.raw`^ ${SCORE}(?: declared| dec\.?)?(?: \(| v )`, "u");
/** The longest line read as a scorecard's (two sides, their best players and a ground). */
const MAX_CARD_LINE = 400;

/** A row of a league table: the team and at least two figures ("HARFORD 64 71 .474 3 1/2", "Dunmore 4 0 1 3"). */
const TABLE_ROW = /^(?: (?:\d{1,3}|\.\d{3}|\d\/\d|-)){2,}$/;

/** The offsets of a text's line breaks, in order: each line found from them, not by scanning the text again. */
function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  return breaks;
}

/** The line of `text` around [start, end): what stands before the name and after it on its line. */
function lineAround(text: string, breaks: number[], start: number, end: number): { before: string; after: string } {
  const k = firstAtOrAfter(breaks, start, (b) => b);
  const from = k > 0 ? breaks[k - 1] + 1 : 0;
  const to = breaks[firstAtOrAfter(breaks, end, (b) => b)] ?? text.length;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/**
 * Where a name stands as a team: in a results line ("Harford 2 Dunmore 1"), a fixture ("Harford v
 * Dunmore"), opening a table's row ("HARFORD 64 71 .474 3"), or neither (null).
 */
function resultsLine(text: string, breaks: number[], start: number, end: number): "result" | "fixture" | "row" | null {
  const { before, after } = lineAround(text, breaks, start, end);
  if (before === "" && OPENS_RESULT.test(after)) return "result";
  if (CLOSES_RESULT.test(before) && LAST_SCORE.test(after)) return "result";
  // A scorecard's line: "Harford: Dunmore 259 and 207 (A. Vell 69), Tamsk 114 (B. Roe 4-28) and 81-3."
  // (A line of prose longer than any scorecard's is not tried, so no long line is read again for each name.)
  if (before.length + after.length <= MAX_CARD_LINE) {
    const ground = before !== "" && GROUND_ONLY.test(before);
    if ((before === "" || ground) && OPENS_CARD.test(after)) return "result";
    if (ground && SIDE_AFTER_GROUND.test(after)) return "result";
    if (CLOSES_CARD.test(before) && LAST_INNINGS.test(after)) return "result";
  }
  // (AFTER_V only matches a line that runs up to the name as "… v ": not tried on every long line.)
  const other = BEFORE_V.exec(after)?.[1] ?? (before.endsWith(" v ") ? AFTER_V.exec(before)?.[1] : undefined);
  if (other && clubTown(other)) return "fixture";
  return before === "" && TABLE_ROW.test(after) ? "row" : null;
}

/**
 * Whether a candidate on a line of results names a team: a town or region of some country, and
 * in a results line a name of no known kind or one read as a person's from its shape alone
 * ("Hansa Vell 2 Dunmore 1"); a table's row also lists players ("Ann Vell 11 3 24 0") and things
 * ("Education 42 6 36"), so there only a town or a word that is no common English word.
 */
function teamOnLine(text: string, breaks: number[], c: Candidate): boolean {
  const line = resultsLine(text, breaks, c.start, c.end);
  if (!line) return false;
  const name = text.slice(c.start, c.end);
  if (c.type === "location") return clubTown(name);
  if (line === "fixture") return false; // "Roe v Vell" is as often a case at law
  if (line === "result") return true;
  return c.type === null && !COMMON_WORDS.has(name.toLowerCase());
}

/** A town or region of some country, as a club's name may be ("Harford", "Dunmore"); no country or nation. */
function clubTown(name: string): boolean {
  const hit = lookupGazetteer(name);
  return hit?.type === "location" && (hit.place === true || countryOfPlace(hit.name) !== null);
}

/**
 * A candidate that may name a team: a place, a name of no known kind ("Harwell 2 Dunmore 1"), or
 * one read as a person's from its shape alone ("Hansa Vell 2").
 */
const teamLike = (c: Candidate): boolean =>
  c.type === "location" || c.type === null || (c.type === "person" && c.evidence === "shape");

/** The candidates with the towns that name a sports club in this document retyped as organisations. */
export function clubsNamedAfterTowns(doc: Doc, candidates: Candidate[]): Candidate[] {
  const clubs = new Set<string>();
  const breaks = lineBreaks(doc.text);
  for (const c of candidates) {
    if (!teamLike(c)) continue;
    const name = doc.text.slice(c.start, c.end);
    // A name of no known kind before a sports role is a club too ("Tarnby coach Jo Bell"); not a
    // nationality ("Uruguayan striker"), a common word ("Bench coach") or a gang's boss.
    const role = SPORTS_ROLE.exec(doc.text.slice(c.end, c.end + 40));
    const unknown =
      c.type === null &&
      !/-\p{Ll}/u.test(name) &&
      !COMMON_WORDS.has(name.toLowerCase()) &&
      !DEMONYMS.has(name.toLowerCase()) &&
      !PROPER_ADJECTIVES.has(name) &&
      !/boss$/i.test(role?.[0] ?? "");
    if (role && ((c.type === "location" && isTown(name)) || unknown)) clubs.add(name);
    else if (teamOnLine(doc.text, breaks, c)) clubs.add(name);
  }
  if (clubs.size === 0) return candidates;
  return candidates.map((c) =>
    teamLike(c) &&
    clubs.has(doc.text.slice(c.start, c.end)) &&
    !IN_PLACE.test(doc.text.slice(0, c.start)) &&
    !AT_GROUND.test(doc.text.slice(Math.max(0, c.start - 4), c.start)) &&
    !datelinePlace(doc.text, c.start, c.end)
      ? { ...c, type: "organization", canonical: null, evidence: "context" }
      : c,
  );
}

/** "Dunmore lost 2-1 at Harford", "DUNMORE AT HARFORD": the town where the match is played. */
const AT_GROUND = /\bat\s+$/i;

/** A place opening a line before the date in figures is where the report was filed: "HARFORD 2024-05-11". */
function datelinePlace(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === "\n") && /^,? \d{4}-\d{2}-\d{2}\b/.test(text.slice(end, end + 14));
}

/** The minute of a goal after its scorer's name: " 35th", " 90th". */
const MINUTE_AFTER = /^ \d{1,3}(?:st|nd|rd|th)\b/;
/** A bracket opened after a score and still open: the scorers' list, read up to the name ("2 (Vell 35th, "). */
const IN_SCORERS = /\d \([^()\n]*$/;

/**
 * "Harford 2 (Vell 35th, Amos 48th) Dunmore 1": a name in the bracket after a team's score,
 * written before the minute of the goal, is the scorer's, a person's, whatever its shape
 * suggested; a name of no known kind there would otherwise be left out.
 */
export function scorersOfGoals(doc: Doc, candidates: Candidate[]): Candidate[] {
  const text = doc.text;
  return candidates.map((c) =>
    (c.type === null || (c.type === "person" && c.evidence === "shape")) &&
    MINUTE_AFTER.test(text.slice(c.end, c.end + 8)) &&
    IN_SCORERS.test(text.slice(Math.max(0, c.start - 120), c.start))
      ? { ...c, type: "person", evidence: "context" }
      : c,
  );
}

/** A prison named by its place, the noun after it in lower case: "Brayford prison", "Brayford jail". */
const PRISON_AFTER = /^\s+(?:prison|jail|gaol)\b/;

/** A prison of England and Wales named by "HM Prison", its abbreviation, or a young offender institution's: "HMP Brayford". */
const HM_PRISON = /^(?:HMP|HMYOI|HM Prison)\s+(?=\p{Lu})/u;

/**
 * A place named as a prison ("escaped from Brayford prison", "held at HMP Brayford") is that
 * prison, an organisation, and so is the same place named alone in the document ("held at
 * Brayford"), except a listed town after a preposition of place ("police in Brayford" stay in the
 * town) and a city or country the gazetteer keeps.
 */
export function prisonsNamedAfterPlaces(doc: Doc, candidates: Candidate[]): Candidate[] {
  // A place, or a word of no known kind that the document names as a place elsewhere ("held in
  // Vellmoor jail … at Vellmoor").
  const places = new Set(candidates.filter((c) => c.type === "location").map((c) => doc.text.slice(c.start, c.end)));
  const placeLike = (c: Candidate) =>
    c.type === "location" || (c.type === null && places.has(doc.text.slice(c.start, c.end)));
  const prisons = new Map<string, string>();
  for (const c of candidates) {
    const written = doc.text.slice(c.start, c.end);
    const hm = HM_PRISON.exec(written);
    if (hm) {
      prisons.set(written.slice(hm[0].length), c.canonical ?? written);
      continue;
    }
    if (!placeLike(c) || !PRISON_AFTER.test(doc.text.slice(c.end, c.end + 8))) continue;
    // "a London jail": a prison somewhere in a city or country the gazetteer keeps, not one named.
    if (
      /\ban?\s+$/i.test(doc.text.slice(Math.max(0, c.start - 4), c.start)) ||
      (lookupGazetteer(written) && !isTown(written))
    )
      continue;
    prisons.set(written, `${written} prison`);
  }
  if (prisons.size === 0) return candidates;
  return candidates.map((c) => {
    const name = doc.text.slice(c.start, c.end);
    // "HMP Brayford" is a prison whatever its words looked like (a person's name, a town).
    if (c.type !== "organization" && HM_PRISON.test(name))
      return {
        ...c,
        type: "organization",
        canonical: prisons.get(name.replace(HM_PRISON, "")) ?? null,
        evidence: "context",
      };
    const canonical = prisons.get(name);
    if (!placeLike(c) || canonical === undefined) return c;
    const m = PRISON_AFTER.exec(doc.text.slice(c.end, c.end + 8));
    if (m)
      return {
        ...c,
        end: c.end + m[0].length,
        nameEnd: c.end + m[0].length,
        type: "organization",
        canonical,
        evidence: "context",
      };
    if (lookupGazetteer(name) && !isTown(name)) return c;
    if (isTown(name) && IN_PLACE.test(doc.text.slice(Math.max(0, c.start - 12), c.start))) return c;
    return { ...c, type: "organization", canonical, evidence: "context" };
  });
}
