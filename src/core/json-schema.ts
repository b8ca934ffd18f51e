// Small TypeBox helpers shared by the schemas written with it (the export contract, the API's
// routes): a TypeBox schema is plain JSON Schema that also gives its TypeScript type.
import { Type, type TSchema } from "@sinclair/typebox";

/** The value or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** One of a fixed list of words, as `{ "enum": [...] }` (TypeBox's literal union would spell out each). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: object = {}) =>
  Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });

/** A schema as plain JSON (TypeBox marks its objects with symbols that JSON leaves out). */
export function plainSchema(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}
