// Name keys for matching entities across documents: case, accents and punctuation folded, so
// "U.K." and "UK", "Mr. Roussev" and "Roussev" compare equal. Every function here is a single
// pass over its input.

import { countryCode } from "./countries.js";

/** Titles that never belong to a person's name ("Mr Cash" is Cash). */
const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
  "baron",
  "judge",
  "justice",
  "mr justice",
  "commander",
  "detective",
  "inspector",
  "sergeant",
  "chief",
  "superintendent",
  "constable",
  "officer",
  "president",
  "senator",
  "sen",
  "rep",
  "gov",
  "governor",
  "minister",
  "general",
  "gen",
  "colonel",
  "col",
  "captain",
  "capt",
  "lieutenant",
  "lt",
  "corporal",
  "cpl",
  "private",
  "pte",
  "rev",
  "father",
]);

/** Words skipped when reading an organisation's initials ("Crown Prosecution Service" → CPS). */
const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "in", "to", "at", "a", "an", "de"]);

/**
 * Well-known second names of the same body, folded. Kept tiny on purpose: only names that news
 * uses interchangeably and that no document needs to explain ("the Old Bailey" is the Central
 * Criminal Court), so that a court named both ways is not reported as a contradiction.
 */
const KNOWN_SAME: ReadonlyMap<string, string> = new Map([["old bailey", "central criminal court"]]);

/** Lower case, accents and punctuation removed, words separated by one space. */
export function fold(text: string): string {
  const s = String(text ?? "")
    .slice(0, 500)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]s(?![\p{L}\p{N}])/gu, "")
    .replace(/['’‘`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return s;
}

export function words(key: string): string[] {
  return key ? key.split(" ") : [];
}

/** A person's key: folded, honorifics at the start dropped ("Mr. Justice Baker" → "baker"). */
export function personKey(name: string): string {
  const w = words(fold(name));
  let i = 0;
  while (i < w.length - 1 && HONORIFICS.has(w[i])) i++;
  return w.slice(i).join(" ");
}

/** An organisation's or place's key: folded, a leading "the" dropped, well-known aliases mapped. */
export function bodyKey(name: string): string {
  let k = fold(name);
  if (k.startsWith("the ")) k = k.slice(4);
  return KNOWN_SAME.get(k) ?? k;
}

export function keyFor(type: string, name: string): string {
  if (type === "person") return personKey(name);
  const key = bodyKey(name);
  if (type === "location") {
    // "Britain", "the UK" and "United Kingdom" are one country whatever each article calls it.
    const code = countryCode(key);
    if (code) return `country ${code.toLowerCase()}`;
  }
  return key;
}

/**
 * Initials of the significant words ("Crown Prosecution Service" → "cps"), and, when they
 * differ, of every word ("Ministry of Defence" → "md" and "mod", for "MoD").
 */
export function initials(key: string): string[] {
  let significant = "";
  let all = "";
  for (const w of words(key)) {
    all += w[0];
    if (!INITIALS_SKIP.has(w)) significant += w[0];
  }
  return significant === all ? [all] : [significant, all];
}

/** True for a written name that looks like an acronym: "CPS", "HKETO", "MI5", "APT31", "MoD". */
export function looksLikeAcronym(name: string): boolean {
  const t = name.trim();
  if (t.length < 2 || t.length > 8 || !/^[A-Z][A-Za-z0-9]*$/.test(t)) return false;
  let upper = 0;
  for (const ch of t) if (ch >= "A" && ch <= "Z") upper++;
  // "MoD", "DoJ": capitals outnumber the small letters (so "McKay" is not an acronym).
  return upper >= 2 && upper > t.length - upper - (t.match(/[0-9]/g)?.length ?? 0);
}

/**
 * `shorter` names the same person as `longer` with fewer words or initials: the same last word,
 * the first word equal or its initial ("M Kell", "Chi Leung Wai" for "Chi Leung Peter Wai"),
 * and every other word found in order, whole or as an initial.
 */
export function isNameSubset(shorter: string[], longer: string[]): boolean {
  if (shorter.length < 2 || longer.length < shorter.length) return false;
  if (shorter[shorter.length - 1] !== longer[longer.length - 1]) return false;
  const same = (s: string, l: string) => s === l || (s.length === 1 && l.startsWith(s));
  if (!same(shorter[0], longer[0])) return false;
  let j = 1;
  for (let i = 1; i < longer.length - 1 && j < shorter.length - 1; i++) if (same(shorter[j], longer[i])) j++;
  if (j !== shorter.length - 1) return false;
  // Something must be shorter: fewer words or an initial in place of a name.
  return longer.length > shorter.length || shorter.some((w, k) => w !== longer[k]);
}

/** A readable id part: "Christopher Cash" → "christopher-cash". */
export function slug(text: string): string {
  const s = fold(text).replace(/ /g, "-").slice(0, 80);
  return s || "unnamed";
}

/** Is `a` a prefix-compatible ISO date of `b` (2023 ⊂ 2023-03 ⊂ 2023-03-15), either way round? */
export function datesCompatible(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** Days from 1970 to the first day of an ISO date at any precision; NaN if it is not one. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000;
}
