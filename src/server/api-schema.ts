// The API's input and answer schemas, written once with TypeBox: Fastify validates requests
// against them, /openapi.json describes them, and the route handlers and src/server/queries.ts
// take their TypeScript types from them (`Static<typeof …>`), so the three cannot drift apart.
import { Type, type Static, type TProperties } from "@sinclair/typebox";
import { Nullable, StringEnum } from "../core/json-schema.js";
import { MAX_DOCUMENT_CHARS } from "../core/limits.js";
import { CHANNELS, ENTITY_TYPES, EVENT_TYPES, QUOTE_KINDS } from "../core/schema.js";
import { ContractDocument } from "../export/contract.js";

/** Longest text accepted for one article (characters); the body limit caps the bytes anyway. */
export const MAX_TEXT = MAX_DOCUMENT_CHARS;

export const CaseName = Type.String({ pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", description: "Case name" });
const DatePrefix = (description?: string) =>
  Type.String({ pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", ...(description ? { description } : {}) });
const short = (description: string, maxLength = 200) => Type.Optional(Type.String({ maxLength, description }));

export const CaseParams = Type.Object({ case: CaseName });
export const IdParams = (what: string) =>
  Type.Object({ case: CaseName, id: Type.String({ minLength: 1, maxLength: 300, description: what }) });

/** Paging: both always present once validated (Fastify fills in the defaults). */
const paging = (limit: number, max: number) => ({
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: max, default: limit }),
});

/** A query string: unknown parameters are refused; every route takes the API token. */
export const query = <T extends TProperties>(properties: T) =>
  Type.Object(
    { ...properties, token: Type.Optional(Type.String({ description: "API token (or Authorization: Bearer)" })) },
    { additionalProperties: false },
  );

export const NoQuery = query({});
export const EntityQuery = query({
  all: short(
    "Present (?all): the whole entity, every source of each name, role and age, every document and member; " +
      "else each with its first sources and how many",
    5,
  ),
});
export const EntitiesQuery = query({
  type: Type.Optional(StringEnum(ENTITY_TYPES)),
  q: short("Name or alias contains"),
  ...paging(200, 5000),
});
export const QuotesQuery = query({
  speaker: short("Speaker entity id, name or alias (folded; part of a name when nothing matches whole)"),
  organization: short("Organisation id, name or alias: quotes by it or its members"),
  text: short("Quote text contains"),
  kind: Type.Optional(StringEnum(QUOTE_KINDS)),
  from: Type.Optional(DatePrefix("Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)")),
  to: Type.Optional(DatePrefix("Published on or before")),
  ...paging(100, 1000),
});
export const TimelineQuery = query({
  type: Type.Optional(StringEnum(EVENT_TYPES)),
  entity: short("Only events this entity (id, name or alias) takes part in"),
  from: Type.Optional(DatePrefix()),
  to: Type.Optional(DatePrefix()),
  ...paging(100, 5000),
});
export const AccountsQuery = query({
  subjects: Type.Integer({ minimum: 0, maximum: 50, default: 10, description: "How many subjects side by side" }),
});
export const GraphQuery = query({ limit: Type.Integer({ minimum: 1, maximum: 2000, default: 150 }) });
export const ContradictionsQuery = query({
  subject: short("Only those about this entity or timeline entry id"),
  ...paging(200, 5000),
});
export const SearchQuery = query({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
export const DocumentsQuery = query(paging(500, 5000));

export const IngestBody = Type.Object(
  {
    text: Type.Optional(
      Type.String({ minLength: 1, maxLength: MAX_TEXT, description: "Article text, paragraphs split by blank lines" }),
    ),
    filename: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        description: "Uploaded file name (.txt, .html, .htm, .json, .pdf, .docx, .eml, .mbox, .mhtml)",
      }),
    ),
    content: Type.Optional(
      Type.String({ minLength: 1, maxLength: MAX_TEXT * 2, description: "The uploaded file's content" }),
    ),
    encoding: Type.Optional(
      Type.Union([Type.Literal("utf8"), Type.Literal("base64")], {
        description:
          "How `content` is written: utf8 (text files, the default) or base64 (PDF, Word and other binary files)",
      }),
    ),
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 120, pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" })),
    title: Type.Optional(Type.String({ maxLength: 500 })),
    source: Type.Optional(Type.String({ maxLength: 2000, description: "URL or where the text came from" })),
    outlet: Type.Optional(Type.String({ maxLength: 200 })),
    published: Type.Optional(Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" })),
  },
  {
    additionalProperties: false,
    description: "Pasted text (`text`) or an uploaded file (`filename` and its `content` as text).",
    oneOf: [{ required: ["text"] }, { required: ["filename", "content"] }],
  },
);

// Answers.
/** A document as lists cite it: the same fields as the JSON export's documents. */
export const DocumentRef = ContractDocument;
export const EntitySummary = Type.Object({
  id: Type.String(),
  type: StringEnum(ENTITY_TYPES),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  roles: Type.Array(Type.String()),
  sources: Type.Array(Type.String(), { description: "Ids of the documents naming it (the first 20)" }),
  documents: Type.Integer({ description: "How many documents name it" }),
  mentions: Type.Integer(),
  quotes: Type.Integer(),
});
const Named = Type.Object({ id: Type.String(), name: Type.String() });
export const QuoteItem = Type.Object({
  id: Type.String(),
  kind: StringEnum(QUOTE_KINDS),
  text: Type.String(),
  speaker: Nullable(Type.Object({ id: Type.String(), name: Type.String(), type: StringEnum(ENTITY_TYPES) })),
  speakerName: Nullable(Type.String()),
  organizations: Type.Array(Named, {
    description: "Organisations the speaker belongs to (or the speaker itself when it is one)",
  }),
  cue: Nullable(Type.String()),
  start: Type.Integer(),
  end: Type.Integer(),
  document: DocumentRef,
  saidAt: Nullable(Type.String({ description: "When it was said (ISO, at the precision the text gives)" })),
  role: Nullable(Type.String({ description: "The speaker's role as the article gives it" })),
  addressee: Nullable(Type.String({ description: "To whom it was said" })),
  channel: StringEnum(CHANNELS),
});
export const Speaker = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: StringEnum(ENTITY_TYPES),
  quotes: Type.Integer(),
});
export const IngestAnswer = Type.Object({ status: Type.String(), id: Type.String() });

/** A page of a longer list. */
export const PageOf = <T extends Parameters<typeof Type.Array>[0]>(items: T) =>
  Type.Object({ total: Type.Integer(), offset: Type.Integer(), limit: Type.Integer(), items: Type.Array(items) });
/** An answer documented by some of its fields (the rest are described in src/casefile/types.ts). */
export const Loose = <T extends TProperties>(properties: T = {} as T) => Type.Partial(Type.Object(properties));

export type DocumentRef = Static<typeof DocumentRef>;
export type EntitySummary = Static<typeof EntitySummary>;
export type QuoteItem = Static<typeof QuoteItem>;
export type Speaker = Static<typeof Speaker>;
