// `casefile serve [--port N] [--host H] [--store FILE] [--case NAME] [--token T]`: the case file
// in a browser and as an HTTP API. Loopback only unless --host says otherwise; then a token is
// required (generated and printed when not given).
import type { Command } from "commander";
// The server (Fastify and its plugins) is loaded only when `serve` runs, so every other command starts fast.
const DEFAULT_PORT = 8765;
import { DEFAULT_CASE, StoreError, storePath } from "../store/types.js";
import { openStore } from "../store/index.js";
import { projectPath } from "../core/paths.js";
import { ingestPaths } from "../ingest/ingest.js";
import { caseSummary, EXAMPLE_FILE } from "./example.js";
import { oneLine } from "./table.js";

interface ServeFlags {
  port: string;
  host: string;
  store?: string;
  case?: string;
  token?: string;
  example?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("show the case file in a browser and serve the HTTP API (see /openapi.json)")
    .option("--port <n>", "port to listen on (0: any free port)", String(DEFAULT_PORT))
    .option("--host <host>", "address to bind; anything but loopback requires a token", "127.0.0.1")
    .option("--store <file>", "store file (default: $CASEFILE_STORE or casefile.db here)")
    .option("--case <name>", "case to open in the browser (default: the page listing the store's cases)")
    .option("--token <token>", "API token to require (generated when binding a non-loopback address)")
    .option("--example", "first add the bundled example article to the store (what npm start does) and open its case")
    .action(async (flags: ServeFlags) => {
      process.exitCode = await runServe(flags);
    });
}

export async function runServe(flags: ServeFlags): Promise<number> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`casefile serve: --port "${flags.port}" is not a port number (0-65535)`);
    return 2;
  }
  if (flags.token !== undefined && flags.token.length < 8) {
    console.error("casefile serve: --token must be at least 8 characters");
    return 2;
  }
  const location = storePath(flags.store);
  let store;
  try {
    store = await openStore(location);
  } catch (e) {
    console.error(`casefile serve: ${e instanceof StoreError ? e.message : `${location}: ${(e as Error).message}`}`);
    return 1;
  }
  try {
    if (flags.example) {
      const summary = await ingestPaths(store, [projectPath(...EXAMPLE_FILE)], {
        caseName: DEFAULT_CASE,
        onError: (e) => console.error(`casefile serve: ${e.message}`),
      });
      if (summary.storeError) {
        console.error(`casefile serve: ${summary.storeError.message}`);
        return 1;
      }
      flags.case = DEFAULT_CASE;
      process.stdout.write((await caseSummary(store, DEFAULT_CASE)) + "\n");
    }
    const { startServer } = await import("../server/index.js");
    const cases = await store.listCases();
    // One case and no --case: open it; several: the landing page that lists them.
    const open = flags.case ?? (cases.length === 1 ? cases[0].name : undefined);
    const server = await startServer({ store, host: flags.host, port, caseName: open, token: flags.token });
    console.log(`Casefile is serving ${location} at ${server.origin}`);
    if (open) {
      console.log(`  case "${open}": ${server.url}`);
      if (!cases.some((c) => c.name === open))
        console.log(`  (the store has no case "${open}" yet: add articles in the page, or run casefile ingest)`);
    } else {
      console.log(`  ${cases.length ? `${cases.length} cases` : "no case yet"}: ${server.url}`);
      for (const c of cases) console.log(`    ${oneLine(c.name)} (${c.documents} articles)`);
    }
    console.log(`  API description: ${server.origin}/openapi.json`);
    if (server.token) console.log(`  token (needed on every API request, as Authorization: Bearer): ${server.token}`);
    console.log("Press Ctrl+C to stop.");
    await new Promise<void>((resolve) => {
      const stop = () => {
        void server.close().then(() => resolve());
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "EADDRINUSE") console.error(`casefile serve: port ${port} is in use; choose another with --port`);
    else if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND")
      console.error(`casefile serve: cannot bind ${flags.host}; give an address of this machine with --host`);
    else if (err.code === "EACCES")
      console.error(`casefile serve: not allowed to listen on port ${port}; use a port above 1023`);
    else console.error(`casefile serve: ${err.message}`);
    return 1;
  } finally {
    await store.close();
  }
}
