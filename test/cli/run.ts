// The built CLI run as a user runs it: a child process in a folder, with no store named by the environment.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

export function runCli(cwd: string, ...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CASEFILE_STORE: "" },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
