// The table of `casefile`'s commands: each file's commands and how to load it. A command's file is
// loaded only when that command runs (src/cli/main.ts): `casefile people` reads the stored case and
// needs neither the extractors and their lexicons (`ingest`, `extract`), the web server (`serve`)
// nor the brief's PDF writer (`brief`).
import type { Command } from "commander";

export type Register = (program: Command) => void;

/** A file of commands: the names it registers with `program.command`, and its register function loaded. */
export interface CommandFile {
  names: string[];
  load(): Promise<Register>;
}

/** Every command file, in the order `casefile --help` lists their commands. */
export const COMMAND_FILES: CommandFile[] = [
  { names: ["extract"], load: async () => (await import("./extract.js")).registerExtract },
  { names: ["ingest"], load: async () => (await import("./ingest.js")).registerIngest },
  { names: ["cases"], load: async () => (await import("./cases.js")).registerCases },
  { names: ["example"], load: async () => (await import("./example.js")).registerExample },
  { names: ["serve"], load: async () => (await import("./serve.js")).registerServe },
  { names: ["people"], load: async () => (await import("./people.js")).registerPeople },
  { names: ["orgs"], load: async () => (await import("./orgs.js")).registerOrgs },
  { names: ["quotes"], load: async () => (await import("./quotes.js")).registerQuotes },
  { names: ["timeline"], load: async () => (await import("./timeline.js")).registerTimeline },
  { names: ["contradictions"], load: async () => (await import("./contradictions.js")).registerContradictions },
  { names: ["search"], load: async () => (await import("./search.js")).registerSearch },
  { names: ["show"], load: async () => (await import("./show.js")).registerShow },
  { names: ["merge"], load: async () => (await import("./merge.js")).registerMerge },
  { names: ["split"], load: async () => (await import("./split.js")).registerSplit },
  { names: ["rename"], load: async () => (await import("./rename.js")).registerRename },
  { names: ["remove"], load: async () => (await import("./remove.js")).registerRemove },
  { names: ["export"], load: async () => (await import("./export.js")).registerExport },
  { names: ["rebuild"], load: async () => (await import("./rebuild.js")).registerRebuild },
  { names: ["worker", "jobs"], load: async () => (await import("./queue.js")).registerQueue },
  { names: ["copy"], load: async () => (await import("./copy.js")).registerCopy },
  { names: ["users"], load: async () => (await import("./users.js")).registerUsers },
  { names: ["accounts"], load: async () => (await import("./accounts.js")).registerAccounts },
  { names: ["brief"], load: async () => (await import("./brief.js")).registerBrief },
];

/**
 * The files to load for a command line (`argv` as `process.argv` holds it, node and the script
 * first): the one whose command it names, or every file (help, a mistyped command: commander then
 * answers with every command known, as it did when each was loaded up front).
 */
export function commandFiles(argv: readonly string[]): CommandFile[] {
  const named = COMMAND_FILES.find((f) => f.names.includes(argv[2]));
  return named ? [named] : COMMAND_FILES;
}

/** Registers on `program` the commands `argv` needs (see `commandFiles`), in the table's order. */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  for (const file of commandFiles(argv)) (await file.load())(program);
}
