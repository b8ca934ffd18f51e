// The gender a person's mentions mark, for resolving "he" and "she": a gendered form of address
// ("Mr", "Dame", "Baroness") decides; otherwise the usual gender of the first name.
import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";
import { givenNameGender } from "./names.js";

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

export function genderOf(entity: Entity, _doc?: Doc): "male" | "female" | null {
  if (entity.type !== "person") return null;
  let male = 0;
  let female = 0;
  for (const m of entity.mentions) {
    const first = m.text.split(/[\s.]/, 1)[0].toLowerCase();
    if (MALE_ADDRESS.has(first)) male++;
    else if (FEMALE_ADDRESS.has(first)) female++;
  }
  if (male && !female) return "male";
  if (female && !male) return "female";
  if (male || female) return null; // contradictory forms of address: do not guess
  const given = entity.name.split(/\s+/, 1)[0] ?? "";
  return givenNameGender(given);
}
