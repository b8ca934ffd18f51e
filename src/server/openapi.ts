// The OpenAPI 3.1 description, generated from the same route table the server registers (its
// schemas are written once, in ./api-schema.ts), so the document and the validation rules cannot
// drift apart.

export type JsonSchema = Record<string, unknown>;

export interface RouteDoc {
  method: "GET" | "POST" | "DELETE";
  url: string;
  summary: string;
  tags: string[];
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  /** Status code → description and schema of the JSON answer. */
  responses: Record<number, { description: string; schema?: JsonSchema }>;
}

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["statusCode", "error", "message"],
  properties: {
    statusCode: { type: "integer" },
    error: { type: "string" },
    message: { type: "string" },
  },
};

export function openApiDocument(routes: RouteDoc[], version: string, needsToken: boolean): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, "{$1}");
    const parameters = [...toParameters(r.params, "path"), ...toParameters(r.querystring, "query")];
    const responses: Record<string, unknown> = {};
    for (const [code, { description, schema }] of Object.entries(r.responses))
      responses[code] = schema ? { description, content: { "application/json": { schema } } } : { description };
    responses["4XX"] = {
      description: "The request was refused: bad input, unknown id, too large, or missing token.",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: r.tags,
      operationId: operationId(r),
      parameters,
      responses,
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: r.body } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  const doc: JsonSchema = {
    openapi: "3.1.0",
    info: {
      title: "Casefile API",
      version,
      description:
        "The case file of a news story: entities, who said what, timeline, graph and contradictions, " +
        "each pointing back to the sentence it came from. Offsets are UTF-16 code units into the document text.",
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { token: { type: "http", scheme: "bearer" } },
    },
  };
  if (needsToken) doc.security = [{ token: [] }];
  return doc;
}

function toParameters(schema: JsonSchema | undefined, where: "path" | "query"): unknown[] {
  if (!schema) return [];
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    // A parameter with a default is filled in when absent, so the client need not send it.
    required: where === "path" || (required.has(name) && s.default === undefined),
    description: s.description,
    schema: Object.fromEntries(Object.entries(s).filter(([k]) => k !== "description")),
  }));
}

function operationId(r: RouteDoc): string {
  const words = r.url
    .split("/")
    .filter((w) => w && w !== "api")
    .map((w) => (w.startsWith(":") ? "By" + cap(w.slice(1)) : cap(w)));
  return r.method.toLowerCase() + words.join("");
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
