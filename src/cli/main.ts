#!/usr/bin/env node
// The `casefile` command. Each subcommand lives in its own file and registers itself; the table of
// them (src/cli/commands.ts) loads only the file of the command that runs.
import { Command } from "commander";
import { registerCommands } from "./commands.js";

const program = new Command();
program
  .name("casefile")
  .description("Turn news coverage of a case into a sourced case file.")
  .version("0.1.0")
  .showHelpAfterError();

await registerCommands(program, process.argv);

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`casefile: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
