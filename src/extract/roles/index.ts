// Attributes of people read from the words around their mentions: ages and roles.
import type { Doc } from "../../core/doc.js";
import type { Entity } from "../../core/schema.js";

export function readAttributes(_doc: Doc, _entities: Entity[]): void {}
