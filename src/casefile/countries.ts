// Country names → ISO 3166-1 alpha-2 codes, from the JavaScript runtime's own CLDR region names
// (Intl.DisplayNames: no table to keep, nothing to download), plus the everyday English names
// news uses that CLDR does not ("Britain", "the U.S.", "America"). Only names of whole
// countries: "England" is not the United Kingdom.

import { fold } from "../core/names.js";

const EVERYDAY: ReadonlyMap<string, string> = new Map([
  ["uk", "GB"],
  ["britain", "GB"],
  ["great britain", "GB"],
  ["us", "US"],
  ["usa", "US"],
  ["america", "US"],
  ["united states of america", "US"],
  ["hong kong", "HK"],
  ["macau", "MO"],
  ["russian federation", "RU"],
  ["prc", "CN"],
  ["peoples republic of china", "CN"],
  ["czech republic", "CZ"],
  ["holland", "NL"],
  ["uae", "AE"],
  ["ivory coast", "CI"],
  ["burma", "MM"],
  ["south korea", "KR"],
  ["north korea", "KP"],
]);

/** Codes CLDR names that are not ISO 3166-1 countries (UK is reserved; GB is the code). */
const NOT_COUNTRIES = new Set(["UK", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]);

let index: Map<string, string> | null = null;
let official: Set<string> | null = null;

function countries(): Map<string, string> {
  if (index) return index;
  const map = new Map<string, string>();
  try {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (!name || name === code || NOT_COUNTRIES.has(code) || !isCurrentCode(code)) continue;
        const key = fold(name);
        if (!map.has(key)) map.set(key, code);
      }
  } catch {
    // a runtime without region names: the everyday names below still work
  }
  official = new Set(map.keys());
  for (const [k, v] of EVERYDAY) if (!map.has(k)) map.set(k, v);
  return (index = map);
}

/** False for withdrawn codes CLDR still names ("DD" → Germany): they canonicalise to another region. */
function isCurrentCode(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

/** Is `name` a country's standard English name ("United Kingdom", not "Britain")? */
export function isOfficialCountryName(name: string): boolean {
  countries();
  let k = fold(name);
  if (k.startsWith("the ")) k = k.slice(4);
  return official?.has(k) ?? false;
}

/** The ISO code of a country named `name` ("Britain" → "GB"), or null. */
export function countryCode(name: string): string | null {
  let k = fold(name);
  if (k.startsWith("the ")) k = k.slice(4);
  return countries().get(k) ?? null;
}
