// Names that carry their type with them: countries with their official long forms and everyday
// short forms (src/lexicon/countries.json, built from ISO 3166-1), major cities and regions, and
// well-known bodies with their acronyms and official full names, read from
// src/lexicon/gazetteer.json (a line is "Canonical name|type code|alias;alias;…", type code p, o
// or l). An alias in capitals only matches text in capitals ("US" but not "us"); other aliases
// match case-insensitively. Beside it, the towns and regions of GeoNames (src/lexicon/places.json)
// name places by their own name only.
import { fold, initials } from "../../core/names.js";
import type { EntityType } from "../../core/schema.js";
import countries from "../../lexicon/countries.json" with { type: "json" };
import gazetteer from "../../lexicon/gazetteer.json" with { type: "json" };
import organizations from "../../lexicon/organizations.json" with { type: "json" };
import places from "../../lexicon/places.json" with { type: "json" };
import usStates from "../../lexicon/us-states.json" with { type: "json" };

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  /**
   * From a large built list (GeoNames towns and regions, compromise's companies and teams): known
   * by its name alone, with no official name to give, and weaker than the hand-kept names.
   */
  place?: true;
}

const TYPE_CODES: Record<string, EntityType> = { p: "person", o: "organization", l: "location" };

/** Lookup key: lower case, dots and apostrophe variants dropped, spaces single; "Ft."/"Mt." opening a name are "Fort"/"Mount". */
export function gazetteerKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(ft|mt) (?=\S)/, (_, short: string) => (short === "ft" ? "fort " : "mount "));
}

interface Stored {
  entry: GazetteerEntry;
  /** Alias written in capitals: matches only text written in capitals. */
  capsOnly: boolean;
}

const TABLE = new Map<string, Stored>();
let longest = 1;

function isCapsAlias(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, "");
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
}

function load(lines: readonly string[]): void {
  for (const line of lines) {
    const [name, code, aliases = ""] = line.split("|");
    const entry: GazetteerEntry = { name, type: TYPE_CODES[code] };
    for (const alias of [name, ...aliases.split(";")]) {
      const a = alias.trim();
      if (!a) continue;
      const key = gazetteerKey(a);
      if (TABLE.has(key) && TABLE.get(key)!.entry.name !== name) continue; // first line wins
      TABLE.set(key, { entry, capsOnly: isCapsAlias(a) });
      longest = Math.max(longest, key.split(" ").length);
    }
  }
}
load(countries.countries); // gazetteer.json's own "countries" lines are merged into it by the build
/** The official names of whole countries (ISO 3166-1): "United Kingdom", "Ukraine". */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(countries.countries.map((line) => line.split("|")[0]));
load(gazetteer.places);
// "the Granite State": a US state's nickname names the state (us-states.json, from WordNet).
load(Object.entries(usStates.nicknames).map(([nickname, state]) => `${state}|l|${nickname}`));
load(gazetteer.bodies);

/**
 * Acronyms two listed bodies share: an acronym listed for one body whose letters are the initials
 * of another listed body's official name ("AFP" is the Australian Federal Police's, and the
 * initials of Agence France-Presse; "CPC" the Communist Party of China's and the Conservative
 * Party of Canada's). Such an acronym names neither by itself: it is read as written, and joins a
 * long form only where the text spells one out ("Agence France-Presse (AFP)").
 */
export const SHARED_ACRONYMS: ReadonlySet<string> = (() => {
  const bodies = new Map<string, string>(); // acronym key → the body it is listed for
  const officialInitials = new Map<string, Set<string>>(); // initials → official names
  for (const [key, { entry, capsOnly }] of TABLE) {
    if (entry.type !== "organization") continue;
    if (capsOnly) bodies.set(key, entry.name);
    if (key !== gazetteerKey(entry.name) || !entry.name.includes(" ")) continue;
    for (const i of initials(fold(entry.name))) {
      if (!officialInitials.has(i)) officialInitials.set(i, new Set());
      officialInitials.get(i)!.add(entry.name);
    }
  }
  const shared = new Set<string>();
  for (const [key, name] of bodies)
    if ([...(officialInitials.get(key) ?? [])].some((other) => other !== name)) shared.add(key);
  for (const key of shared) TABLE.delete(key);
  return shared;
})();

/**
 * GeoNames towns and regions, and compromise's companies, broadcasters and teams, by folded name:
 * the second look-up, after the hand-kept table.
 */
const LISTED = new Map<string, EntityType>();
for (const n of places.names) {
  const key = gazetteerKey(n);
  const words = key.split(" ").length;
  // Longer names are rare in news and would lengthen every scan; three letters are abbreviations.
  if (words > 4 || key.length < 4) continue;
  LISTED.set(key, "location");
  longest = Math.max(longest, words);
}
for (const n of organizations.names) {
  const key = gazetteerKey(n);
  const words = key.split(" ").length;
  if (words > 4 || LISTED.has(key)) continue;
  LISTED.set(key, "organization");
  longest = Math.max(longest, words);
}

/** Town or region → the canonical name of its country (GeoNames, via places.json's `countries`). */
const COUNTRY_OF = new Map<string, string>();
for (const [country, towns] of Object.entries(places.countries)) for (const t of towns) COUNTRY_OF.set(t, country);

/** The country a town or region is in ("Adelaide" → "Australia"), by its most populous namesake; null if unknown. */
export function countryOfPlace(name: string): string | null {
  return COUNTRY_OF.get(name) ?? null;
}

/** The most words any alias has: bounds the look-ahead of a longest-match scan. */
export const GAZETTEER_MAX_WORDS = longest;

/** The entry a surface form names, if any ("U.K." → United Kingdom, "the CPS" is looked up as "CPS"). */
export function lookupGazetteer(surface: string): GazetteerEntry | null {
  const key = gazetteerKey(surface);
  const hit = TABLE.get(key);
  if (!hit) {
    const type = LISTED.get(key);
    if (!type || !/^\p{Lu}/u.test(surface)) return null;
    // A short listed name is an abbreviation: only written in capitals ("BP", not "Bp").
    if (key.length <= 3 && surface.replace(/[^\p{L}]/gu, "") !== surface.replace(/[^\p{L}]/gu, "").toUpperCase())
      return null;
    return { name: surface.trim(), type, place: true };
  }
  if (hit.capsOnly) {
    const letters = surface.replace(/[^\p{L}]/gu, "");
    if (letters !== letters.toUpperCase()) return null; // "US" names the country, "Us" and "us" do not
  }
  return hit.entry;
}
