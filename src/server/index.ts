// Starting and stopping the server, for `casefile serve` and anything else that wants to show a
// store in the browser (e.g. the bundled example).
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/types.js";
import { createServer } from "./app.js";
import { isLoopbackHost, newToken } from "./security.js";

export { createServer } from "./app.js";

export interface StartOptions {
  store: Store;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8765; 0 picks a free port. */
  port?: number;
  /** The case the printed address opens (default "default"). */
  caseName?: string;
  /** Required on non-loopback addresses; generated when not given. On loopback, optional. */
  token?: string | null;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  /** Base URL, e.g. http://127.0.0.1:8765 */
  origin: string;
  /** Address to open in a browser: the case's overview, with the token when there is one. */
  url: string;
  token: string | null;
  close(): Promise<void>;
}

/** Keep in step with the default printed by `casefile serve --help` (src/cli/serve.ts). */
export const DEFAULT_PORT = 8765;

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const loopback = isLoopbackHost(host);
  const token = options.token ?? (loopback ? null : newToken());
  const app = createServer({
    store: options.store,
    buildInWorker: true,
    extractInWorker: true,
    token,
    loopbackOnly: loopback,
    logger: options.logger,
  });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? DEFAULT_PORT);
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const origin = `http://${shownHost}:${port}`;
  // Without a case, the landing page: it lists the store's cases (and opens the only one).
  const page = options.caseName ? `#/case/${encodeURIComponent(options.caseName)}` : "#/";
  const url = `${origin}/${token ? `?token=${encodeURIComponent(token)}` : ""}${page}`;
  return { app, origin, url, token, close: () => app.close() };
}
