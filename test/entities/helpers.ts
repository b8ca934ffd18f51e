// Small helpers for the entity tests: run the layer on a text and look entities up by name.
import { buildDoc } from "../../src/core/doc.js";
import type { Entity } from "../../src/core/schema.js";
import { entityLayer } from "../../src/extract/entities/index.js";

/**
 * The rules alone (no trained tagger), so these tests pin the news layer's own behaviour and do
 * not move when the model is retrained; combine.test.ts covers how tagger spans are merged in.
 */
export function entitiesOf(text: string): Entity[] {
  return entityLayer(buildDoc(text), { tagger: false });
}

/** The entity one of whose mentions is written `surface`, or undefined. */
export function byMention(entities: Entity[], surface: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === surface));
}

export function names(entities: Entity[], type?: Entity["type"]): string[] {
  return entities.filter((e) => !type || e.type === type).map((e) => e.name);
}
