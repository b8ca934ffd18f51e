// A case's articles that another build of the extractor made (an older release), and making them
// again with the running build, as `casefile rebuild --extract` does, in the background.
import { Type } from "@sinclair/typebox";
import { CaseParams, NoQuery } from "../api-schema.js";
import { HttpError, route, WithStatus, type Route, type RouteContext } from "../http.js";

const count = (description: string) => Type.Integer({ minimum: 0, description });

export const ExtractionStateAnswer = Type.Object({
  build: Type.String({ description: "The build id of the server's extractor" }),
  otherBuild: count("Articles of the case another build extracted (or one from before builds were recorded)"),
  command: Type.String({
    description:
      'The same on the command line ("casefile rebuild --extract --case NAME"; on a PostgreSQL store "casefile rebuild --extract --queue --case NAME", as the page\'s button does there)',
  }),
  run: Type.Union(
    [
      Type.Object({
        state: Type.Union([Type.Literal("running"), Type.Literal("done"), Type.Literal("failed")]),
        total: count("Articles to extract again"),
        done: count("Articles extracted again and stored so far"),
        message: Type.Union([Type.String(), Type.Null()], { description: "Why a failed run stopped" }),
      }),
      Type.Null(),
    ],
    {
      description:
        "The case's last run since the server started, or null; on a PostgreSQL store, the latest run in its job queue (made by casefile worker), however often the server restarted",
    },
  ),
  queue: Type.Boolean({
    description:
      "True on a PostgreSQL store: a run is jobs for the store's casefile workers, and waits until one takes them",
  }),
});

const ExtractAgainBody = Type.Object(
  {
    all: Type.Optional(
      Type.Boolean({ description: "Every article of the case, not only those another build extracted" }),
    ),
  },
  { additionalProperties: false },
);

async function knownCase(ctx: RouteContext, name: string): Promise<void> {
  if (!(await ctx.store.listCases()).some((c) => c.name === name))
    throw new HttpError(404, `no case named "${name}" in this store; GET /api/cases lists them`);
}

export function extractionRoutes(): Route[] {
  return [
    route({
      method: "GET",
      url: "/api/cases/:case/extractions",
      summary: "How many of the case's articles another build of the extractor made, and the run making them again",
      tags: ["documents"],
      params: CaseParams,
      querystring: NoQuery,
      responses: { 200: { description: "The count and the last run", schema: ExtractionStateAnswer } },
      // A run's progress moves without every step changing the store: never answered from the cache.
      live: true,
      handler: async (req, ctx) => {
        await knownCase(ctx, req.params.case);
        return ctx.extractions.state(req.params.case);
      },
    }),
    route({
      method: "POST",
      url: "/api/cases/:case/extractions",
      summary:
        "Extract again, with this build, the case's articles another build made (as casefile rebuild --extract); " +
        "the run goes on in the background (on a PostgreSQL store, as jobs for its casefile workers): " +
        "GET the same address for its progress. No body is read as {}. When the case has no article to make " +
        "(every one made by this build already), nothing is started: 200, with the run done and 0 articles",
      tags: ["documents"],
      params: CaseParams,
      querystring: NoQuery,
      body: ExtractAgainBody,
      responses: {
        200: { description: "Nothing to make: the run is done with 0 articles", schema: ExtractionStateAnswer },
        202: { description: "Started (or already running)", schema: ExtractionStateAnswer },
      },
      handler: async (req, ctx) => {
        await knownCase(ctx, req.params.case);
        const started = await ctx.extractions.start(req.params.case, req.body.all ?? false);
        const state = await ctx.extractions.state(req.params.case);
        // The same answer on either store: a run with nothing to make ends as it starts.
        if (!started) return { ...state, run: { state: "done", total: 0, done: 0, message: null } };
        return new WithStatus(202, state);
      },
    }),
  ];
}
