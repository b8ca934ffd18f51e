// `casefile split ENTITY NAME`: takes the documents' entities called NAME out of ENTITY (undoing
// an automatic or forced merge). Kept in the store and replayed every time the case is built.
import type { Command } from "commander";
import { splitEntity } from "../store/corrections.js";
import { registerCorrection } from "./correction.js";

export function registerSplit(program: Command): void {
  registerCorrection(program, {
    name: "split",
    description: "take a name back out of an entity it was merged into",
    entity: "the merged entity: name, alias or id",
    second: ["name", "the name (as the documents write it) to take out, or a document id"],
    reason: "why they are different (kept with the override)",
    correct: splitEntity,
  });
}
