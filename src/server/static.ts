// The web UI's files: everything under web/ plus the few browser libraries it takes from
// node_modules. The table of servable paths is built once at start-up, so a request can only
// ever name a file that is in it: no path from the URL ever reaches the file system.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, sep } from "node:path";

export interface StaticFile {
  body: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Browser libraries served from node_modules (never committed): URL path → package and file. */
const VENDOR: Record<string, { pkg: string; file: string }> = {
  "/vendor/cytoscape.min.js": { pkg: "cytoscape", file: "dist/cytoscape.min.js" },
};

export function loadStaticFiles(webRoot: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of walk(webRoot)) {
    const type = TYPES[extname(path).toLowerCase()];
    if (!type) continue;
    const urlPath = "/" + relative(webRoot, path).split(sep).join("/");
    files.set(urlPath, makeFile(readFileSync(path), type));
  }
  const index = files.get("/index.html");
  if (index) files.set("/", index);
  const require = createRequire(import.meta.url);
  for (const [urlPath, { pkg, file }] of Object.entries(VENDOR)) {
    const main = require.resolve(pkg);
    // The package's main file sits somewhere under its folder; walk up to the folder itself.
    let dir = dirname(main);
    while (!dir.endsWith(`${sep}node_modules${sep}${pkg}`) && dirname(dir) !== dir) dir = dirname(dir);
    files.set(urlPath, makeFile(readFileSync(join(dir, file)), TYPES[".js"]));
  }
  return files;
}

function makeFile(body: Buffer, type: string): StaticFile {
  // A cheap content tag (FNV-1a over the bytes) so browsers can revalidate.
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body[i], 0x01000193);
  return { body, type, etag: `"${(h >>> 0).toString(16)}-${body.length.toString(16)}"` };
}

function* walk(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* walk(path);
    else if (stat.isFile()) yield path;
  }
}
