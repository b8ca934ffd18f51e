// The JSON export's contract, written once with TypeBox: the TypeScript types of ./json.ts are
// derived from it, and schemas/case-export.schema.json is generated from it
// (`node dist/scripts/schemas.js`; a test checks the committed file equals the generated one).
// Fields scripts rely on are required; the extra fields Casefile also writes are optional, so a
// reader may count on the first and must tolerate the rest.
import { Type, type Static } from "@sinclair/typebox";
import { CONTRADICTION_FIELDS } from "../casefile/types.js";
import { Nullable, plainSchema, StringEnum } from "../core/json-schema.js";
import { CHANNELS, ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, QUOTE_KINDS } from "../core/schema.js";

const Strings = (options = {}) => Type.Array(Type.String(), options);
const DocumentIds = () => Strings({ minItems: 1, description: "Document ids" });
const IsoDate = Type.String({ pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" });
const Offset = Nullable(Type.Integer());

export const ContractDocument = Type.Object({
  id: Type.String(),
  source: Nullable(Type.String()),
  outlet: Nullable(Type.String()),
  published: Nullable(Type.String()),
  title: Nullable(Type.String()),
});

export const ContractEntity = Type.Object({
  id: Type.Optional(Type.String()),
  name: Type.String({ minLength: 1 }),
  type: StringEnum(ENTITY_TYPES),
  aliases: Strings(),
  roles: Strings(),
  sources: DocumentIds(),
  ages: Type.Optional(Type.Array(Type.Integer())),
  affiliations: Type.Optional(Strings({ description: "Names of the organisations it belongs to" })),
});

export const ContractTimelineEntry = Type.Object({
  id: Type.Optional(Type.String()),
  type: StringEnum(EVENT_TYPES),
  date: Nullable(IsoDate),
  end: Type.Optional(Nullable(IsoDate)),
  status: Type.Optional(StringEnum(EVENT_STATUSES)),
  participants: Strings({ description: "Names of the entities involved" }),
  sources: DocumentIds(),
  dates: Type.Optional(Type.Array(Type.Object({ value: IsoDate, sources: Strings() }))),
  evidence: Type.Optional(
    Type.Array(Type.Object({ source: Type.String(), text: Nullable(Type.String()), start: Offset, end: Offset })),
  ),
});

export const ContractQuote = Type.Object({
  text: Type.String(),
  speaker: Nullable(Type.String({ description: "Canonical name of the speaker" })),
  source: Type.String({ description: "Document id" }),
  kind: Type.Optional(StringEnum(QUOTE_KINDS)),
  start: Type.Optional(Type.Integer()),
  end: Type.Optional(Type.Integer()),
  cue: Type.Optional(Nullable(Type.String())),
  saidAt: Type.Optional(Nullable(IsoDate)),
  role: Type.Optional(Nullable(Type.String({ description: "The speaker's role as the article gives it" }))),
  addressee: Type.Optional(Nullable(Type.String({ description: "To whom it was said" }))),
  channel: Type.Optional(StringEnum(CHANNELS)),
});

export const ContractContradiction = Type.Object({
  subject: Type.String(),
  field: StringEnum(CONTRADICTION_FIELDS),
  /** One entry per (value, source document), so both sides always carry their source. */
  values: Type.Array(
    Type.Object({
      value: Type.String(),
      source: Type.String(),
      text: Type.Optional(Nullable(Type.String())),
      start: Type.Optional(Offset),
      end: Type.Optional(Offset),
      sentence: Type.Optional(Nullable(Type.String())),
    }),
    { minItems: 2 },
  ),
  note: Type.Optional(Type.String()),
});

/** A report kept off the main timeline (undated, or a plan nobody confirmed), with why and when first reported. */
export const ContractReport = Type.Composite([
  ContractTimelineEntry,
  Type.Object({ reason: Nullable(Type.String()), reportedOn: Nullable(Type.String()) }),
]);

export const CaseJsonSchema = Type.Object({
  documents: Type.Optional(Type.Array(ContractDocument)),
  entities: Type.Array(ContractEntity),
  timeline: Type.Array(ContractTimelineEntry),
  reports: Type.Optional(Type.Array(ContractReport)),
  quotes: Type.Array(ContractQuote),
  contradictions: Type.Array(ContractContradiction),
});

export type ContractEntity = Static<typeof ContractEntity>;
export type ContractTimelineEntry = Static<typeof ContractTimelineEntry>;
export type ContractQuote = Static<typeof ContractQuote>;
export type ContractContradiction = Static<typeof ContractContradiction>;
export type CaseJson = Static<typeof CaseJsonSchema>;

/** schemas/case-export.schema.json as plain JSON: the contract with its title and description. */
export function caseExportJsonSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://casefile.invalid/schemas/case-export.schema.json",
    title: "Casefile JSON export (casefile export --format json)",
    description:
      "The contract scripts rely on. Every required field is always present; the optional ones are what " +
      "Casefile also writes, and objects may carry more fields. A document id is the input's id, or its " +
      "file name without extension. Generated from src/export/contract.ts.",
    ...plainSchema(CaseJsonSchema),
  };
}
