// Checks on the web UI's files that need no browser, so they run in every clone: each module
// parses, none writes markup from strings (article text must only ever become text nodes), and
// the server serves exactly the files the page asks for.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { projectPath } from "../../src/core/paths.js";
import { loadStaticFiles } from "../../src/server/static.js";

const WEB = projectPath("web");
// Every module of the page, web/views/ included (web/vendor/ holds libraries served as they are).
const modules = (readdirSync(WEB, { recursive: true }) as string[])
  .map((f) => f.split(sep).join("/"))
  .filter((f) => f.endsWith(".js") && !f.startsWith("vendor/"));

test("every web module parses", () => {
  assert.ok(modules.length >= 5);
  assert.ok(modules.includes("views/quotes.js"), "the views' modules are checked too");
  for (const file of modules) {
    execFileSync(process.execPath, ["--check", join(WEB, file)], { stdio: "pipe" });
  }
});

test("no web module turns strings into markup", () => {
  const sinks =
    /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\beval\(|new Function\(|createContextualFragment/;
  for (const file of modules) {
    const source = readFileSync(join(WEB, file), "utf8");
    const line = source.split("\n").findIndex((l) => sinks.test(l));
    assert.equal(line, -1, `${file}:${line + 1} writes markup from a string`);
  }
});

test("the page's scripts and styles are all served, with cytoscape from node_modules", () => {
  const files = loadStaticFiles(WEB);
  const html = readFileSync(join(WEB, "index.html"), "utf8");
  const refs = [...html.matchAll(/(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1]);
  assert.ok(refs.includes("/vendor/cytoscape.min.js"));
  for (const ref of refs) assert.ok(files.has(ref), `${ref} is served`);
  for (const file of modules) {
    const source = readFileSync(join(WEB, file), "utf8");
    for (const m of source.matchAll(/from "(\.\.?\/[^"]+)"/g)) {
      const url = new URL(m[1], `http://page/${file}`).pathname;
      assert.ok(files.has(url), `${file} imports ${m[1]} (${url})`);
    }
  }
  assert.match(files.get("/vendor/cytoscape.min.js")!.body.toString("utf8", 0, 2000), /Cytoscape/);
  assert.equal(files.get("/")!.type, "text/html; charset=utf-8");
});
