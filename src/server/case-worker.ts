// A worker thread that builds case files, so that a long build (thousands of articles) never
// stops the server from answering: it opens its own read-only connection to the store, builds
// the case the main thread asks for and posts the plain-data result back.
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../store/index.js";
import { buildFromStore } from "./case-cache.js";

interface BuildRequest {
  id: number;
  caseName: string;
}

if (parentPort) {
  const port = parentPort;
  // Writable, so the worker can bring the stored case file up to date as it builds.
  const store = openStore((workerData as { location: string }).location);
  port.on("message", async (message: BuildRequest) => {
    try {
      const { revision, file } = await buildFromStore(await store, message.caseName);
      port.postMessage({ id: message.id, revision, file });
    } catch (e) {
      port.postMessage({ id: message.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
