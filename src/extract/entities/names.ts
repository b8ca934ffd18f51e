// Given names with the gender they usually mark, from src/lexicon/given-names.json (compromise's
// lexicon and Moby Word II's first names), and the likely gender of a name in US birth records
// (name-genders.json); see src/lexicon/README.md. Used both to recognise a
// capitalised pair as a person ("Dawn Sturgess") and to resolve he/she. Names listed for both
// genders mark no gender.
import { isNickname } from "../../core/names.js";
import givenNames from "../../lexicon/given-names.json" with { type: "json" };
import nameGenders from "../../lexicon/name-genders.json" with { type: "json" };
import { COMMON_NAME_PARTS, COMMON_WORDS } from "./lexicon.js";

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const GENDER = new Map<string, "male" | "female" | null>();
for (const n of givenNames.male) GENDER.set(n, "male");
for (const n of givenNames.female) GENDER.set(n, "female");
for (const n of givenNames.unisex) GENDER.set(n, null);
/**
 * The sex nearly all babies given a name in the US were (src/lexicon/name-genders.json): 95 or
 * more in 100 of at least 1,000 births ("Jan", shared, is in neither list). It marks a likely
 * gender only: it makes no word a given name.
 */
const BIRTH_GENDER = new Map<string, "male" | "female">([
  ...nameGenders.male.map((n): [string, "male"] => [n, "male"]),
  ...nameGenders.female.map((n): [string, "female"] => [n, "female"]),
]);
// Where the name lists and the birth records disagree ("Dagny", "Sloane" listed as men's names,
// "Ajay" as a woman's), the records win: they count births, the lists were typed.
for (const [n, g] of GENDER) {
  const births = BIRTH_GENDER.get(n);
  if (g !== null && births && births !== g) GENDER.set(n, births);
}

/**
 * The list's key for a word: lower case, and accents dropped when the word has any, so a name
 * written with its diacritics ("Zoë", "Seán") is the listed name ("zoe", "sean").
 */
function nameKey(word: string): string {
  const lw = word.toLowerCase();
  if (GENDER.has(lw) || /^[\x00-\x7f]*$/.test(lw)) return lw;
  return lw.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** Whether a word is a known given name (any gender). */
export function isGivenName(word: string): boolean {
  return GENDER.has(nameKey(word));
}

/**
 * A common English word that no list of names holds as a part of people's names, a given name or
 * a nickname ("order", "joke"; not "wood", "grant" or "bill").
 */
export function commonWordNoName(word: string): boolean {
  const lw = word.toLowerCase();
  return COMMON_WORDS.has(lw) && !COMMON_NAME_PARTS.has(lw) && !isGivenName(lw) && !isNickname(lw);
}

/** The gender a given name usually marks, or null when unknown or used for both. */
export function givenNameGender(word: string): "male" | "female" | null {
  return GENDER.get(nameKey(word)) ?? null;
}

/**
 * The sex nearly all US babies given the name were ("George" male, "Hillary" female), whatever
 * the name lists say: a likelihood, for weighing antecedents, never a rule ("Lindsey" is a woman's
 * name in 95 births of 100, and Lindsey Graham a man).
 */
export function birthGender(word: string): "male" | "female" | null {
  return BIRTH_GENDER.get(nameKey(word)) ?? null;
}

/**
 * Common Chinese, Korean and Vietnamese family names, written first ("Wang Yi", "Kim Jong Un").
 * Only read for runs of two or three capitalised words that no other list knows.
 */
const EAST_ASIAN_FAMILY = new Set(
  list(`
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie tang han feng deng
cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao xi ni qin fu fan mao
kim park choi jung jeong kang cho yoon jang lim nguyen tran pham hoang vu vo dang bui ngo duong
`),
);

export function isEastAsianFamilyName(word: string): boolean {
  return EAST_ASIAN_FAMILY.has(word.toLowerCase());
}
