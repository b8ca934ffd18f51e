// `casefile rename ENTITY NEW-NAME`: gives an entity the name the user wants (kept in the store
// and replayed every time the case is built; its other names stay as aliases). Undo with
// `casefile merge --undo N`.
import type { Command } from "commander";
import { renameEntity } from "../store/corrections.js";
import { registerCorrection } from "./correction.js";

export function registerRename(program: Command): void {
  registerCorrection(program, {
    name: "rename",
    description: "give an entity the name you want (undo with `casefile merge --undo N`)",
    entity: "the entity: name, alias or id",
    second: ["name", "its new name"],
    reason: "why (kept with the override)",
    correct: renameEntity,
  });
}
