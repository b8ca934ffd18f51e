// A sports club named after its town: sports reports write the town for the club ("Harford
// manager Jo Bell", "the former Dunmore coach", "Harford's goalkeeper"). Where a town stands right
// before a sports role, every mention of that town in the document names the club, except where a
// preposition of place makes it the town ("police in Harford said").
import type { Doc } from "../../core/doc.js";
import { lookupGazetteer } from "./gazetteer.js";
import type { Candidate } from "./run.js";

/** Jobs in a sports team, written right after the club's name: "Harford manager", "Harford's goalkeeper". */
const SPORTS_ROLES: ReadonlySet<string> = new Set(
  "manager coach boss striker midfielder defender goalkeeper keeper winger skipper playmaker full-back fullback centre-back center-back centre-half centre-forward".split(
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

/** The candidates with the towns that name a sports club in this document retyped as organisations. */
export function clubsNamedAfterTowns(doc: Doc, candidates: Candidate[]): Candidate[] {
  const clubs = new Set<string>();
  for (const c of candidates) {
    if (c.type !== "location") continue;
    const name = doc.text.slice(c.start, c.end);
    if (SPORTS_ROLE.test(doc.text.slice(c.end, c.end + 40)) && isTown(name)) clubs.add(name);
  }
  if (clubs.size === 0) return candidates;
  return candidates.map((c) =>
    c.type === "location" && clubs.has(doc.text.slice(c.start, c.end)) && !IN_PLACE.test(doc.text.slice(0, c.start))
      ? { ...c, type: "organization", canonical: null, evidence: "context" }
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
