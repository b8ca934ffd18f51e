// The gender a person's mentions mark, for resolving "he" and "she": a gendered form of address
// ("Mr", "Dame", "Baroness") decides; then a "-woman" role the text gives the person
// ("spokeswoman"); then the usual gender of the first name and a "-man" role ("congressman"),
// unless they disagree.
import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";
import { PERSON_NOUNS } from "../roles/index.js";
import { birthGender, givenNameGender } from "./names.js";

const MALE_ADDRESS = new Set(["mr", "sir", "lord", "baron", "viscount", "earl", "king", "prince", "duke", "mister"]);
const FEMALE_ADDRESS = new Set([
  "mrs",
  "ms",
  "miss",
  "dame",
  "lady",
  "baroness",
  "countess",
  "queen",
  "princess",
  "duchess",
]);

/** The gender a form of address marks ("mr" male, "ms" female), or null. */
export function addressGender(word: string | null): "male" | "female" | null {
  const w = (word ?? "").toLowerCase().replace(/\.$/, "");
  return MALE_ADDRESS.has(w) ? "male" : FEMALE_ADDRESS.has(w) ? "female" : null;
}

/**
 * The gender a person noun marks by its "-man"/"-woman" ending: "spokeswoman", "chairwoman" female;
 * "spokesman", "congressman" male when WordNet also knows the "-woman" form, so that "human",
 * "shaman" or "German" mark nothing. Other nouns ("manager", "lawyer"): null.
 */
export function nounGender(word: string): "male" | "female" | null {
  const w = word.toLowerCase();
  const female = /^(.*)wom[ae]n$/.exec(w);
  if (female) return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(`${female[1]}woman`) ? "female" : null;
  const male = /^(.*)m[ae]n$/.exec(w);
  return male && PERSON_NOUNS.has(`${male[1]}woman`) ? "male" : null;
}

/** The word a role is named by: the last word before its first preposition or clause ("spokesman for the police" → "spokesman"). */
function roleHead(role: string): string {
  const words = role.split(/\s+/);
  const stop = words.findIndex(
    (w, i) => i > 0 && /^(?:of|for|at|to|in|on|with|from|who|whose|which|that|and)$/.test(w),
  );
  const head = (stop < 0 ? words : words.slice(0, stop)).at(-1) ?? "";
  return head.replace(/[^\p{L}-]/gu, "");
}

/** The gender the roles the text gives a person mark ("Police spokeswoman", "congressman for Ohio"), or null when none or both. */
function roleGender(entity: Entity): "male" | "female" | null {
  let male = false;
  let female = false;
  for (const r of entity.attributes?.roles ?? []) {
    const g = nounGender(roleHead(r.text));
    if (g === "male") male = true;
    else if (g === "female") female = true;
  }
  return male === female ? null : male ? "male" : "female";
}

export function genderOf(entity: Entity, _doc?: Doc): "male" | "female" | null {
  if (entity.type !== "person") return null;
  let male = 0;
  let female = 0;
  for (const m of entity.mentions) {
    const first = firstPiece(m.text, /[\s.]/).toLowerCase();
    if (MALE_ADDRESS.has(first)) male++;
    else if (FEMALE_ADDRESS.has(first)) female++;
  }
  if (male && !female) return "male";
  if (female && !male) return "female";
  if (male || female) return null; // contradictory forms of address: do not guess
  // "-woman" is said of women only. "-man" is also said of women ("spokesman Jane Roe"), and a
  // first name's usual gender is only usual ("Nani", "Lex"): where they disagree, do not guess.
  const role = roleGender(entity);
  if (role === "female") return role;
  const firstName = firstPiece(entity.name, /\s/);
  const given = givenNameGender(firstName);
  // ("Harbour spokesman Hope Vale": a first name the lists leave unsexed that nearly all babies
  // given it were girls outweighs a "-man" role.)
  if (role === "male" && !given && birthGender(firstName) === "female") return null;
  return role && given && given !== role ? null : (given ?? role);
}

/** The text before the first match of `separator` (all of it without one): `split(separator, 1)[0]` without the array. */
function firstPiece(text: string, separator: RegExp): string {
  const at = text.search(separator);
  return at < 0 ? text : text.slice(0, at);
}
