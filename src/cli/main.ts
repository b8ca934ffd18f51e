#!/usr/bin/env node
// The `casefile` command. Each subcommand lives in its own file and registers itself here.
import { Command } from "commander";
import { registerExample } from "./example.js";
import { registerExtract } from "./extract.js";
import { registerIngest } from "./ingest.js";
import { registerServe } from "./serve.js";
import { registerPeople } from "./people.js";
import { registerOrgs } from "./orgs.js";
import { registerQuotes } from "./quotes.js";
import { registerTimeline } from "./timeline.js";
import { registerContradictions } from "./contradictions.js";
import { registerSearch } from "./search.js";
import { registerShow } from "./show.js";
import { registerMerge } from "./merge.js";
import { registerSplit } from "./split.js";
import { registerRename } from "./rename.js";
import { registerRemove } from "./remove.js";
import { registerCases } from "./cases.js";
import { registerExport } from "./export.js";
import { registerRebuild } from "./rebuild.js";
import { registerQueue } from "./queue.js";
import { registerCopy } from "./copy.js";
import { registerUsers } from "./users.js";
import { registerAccounts } from "./accounts.js";
import { registerBrief } from "./brief.js";

const program = new Command();
program
  .name("casefile")
  .description("Turn news coverage of a case into a sourced case file.")
  .version("0.1.0")
  .showHelpAfterError();

registerExtract(program);
registerIngest(program);
registerCases(program);
registerExample(program);
registerServe(program);
registerPeople(program);
registerOrgs(program);
registerQuotes(program);
registerTimeline(program);
registerContradictions(program);
registerSearch(program);
registerShow(program);
registerMerge(program);
registerSplit(program);
registerRename(program);
registerRemove(program);
registerExport(program);
registerRebuild(program);
registerQueue(program);
registerCopy(program);
registerUsers(program);
registerAccounts(program);
registerBrief(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`casefile: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
