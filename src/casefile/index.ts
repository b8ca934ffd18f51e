// The case file: cross-document entities, merged timeline, contradictions and graph, built by
// one pure function. See ./types.ts for the shape every consumer reads, and ./queries.ts for the
// questions asked of it.

export { buildCase } from "./build.js";
export { agesConsistent } from "./contradictions.js";
export * from "./queries.js";
export * from "./types.js";
