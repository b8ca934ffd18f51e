// Name keys for matching entities across documents. The kernel (folding, keys, initials,
// nicknames) is core/names.ts, shared with in-document resolution; this adds what needs the case:
// one key per country whatever an article calls it, and the date helpers of the timeline.

import { bodyKey, personKey } from "../core/names.js";
import { countryCode } from "./countries.js";

export {
  bodyKey,
  fold,
  givenNameKeys,
  initials,
  isNameSubset,
  looksLikeAcronym,
  nameVariant,
  personKey,
  slug,
  spellingVariant,
  sameGivenName,
  words,
} from "../core/names.js";

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
