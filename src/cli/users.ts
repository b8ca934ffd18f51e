// `casefile users add NAME --role reader|editor`, `casefile users list`, `casefile users remove NAME`:
// who may use a team server (`casefile serve` on a PostgreSQL store). A token is printed once and
// only its sha256 is kept; readers may look, editors may also correct (merge, split, rename,
// undo, add and remove articles), and every correction records who made it.
import type { Command } from "commander";
import { newToken } from "../server/security.js";
import { isPostgresLocation, openPostgresStore, type UserRole } from "../store/postgres/store.js";
import { storePath } from "../store/types.js";

interface UsersFlags {
  store?: string;
  role?: string;
  json?: boolean;
}

const ROLES: UserRole[] = ["reader", "editor"];

async function withStore(
  command: string,
  flags: UsersFlags,
  body: (store: Awaited<ReturnType<typeof openPostgresStore>>) => Promise<number>,
): Promise<number> {
  const location = storePath(flags.store);
  if (!isPostgresLocation(location)) {
    console.error(
      `casefile users ${command}: users belong to a team store on PostgreSQL; give --store postgres://… or set CASEFILE_STORE (a SQLite file is one person's, served on loopback)`,
    );
    return 2;
  }
  let store;
  try {
    store = await openPostgresStore(location, { connections: 1 });
    return await body(store);
  } catch (e) {
    console.error(`casefile users ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await store?.close();
  }
}

export function registerUsers(program: Command): void {
  const users = program
    .command("users")
    .description("who may use a team server on a PostgreSQL store, and in which role");
  users
    .command("add")
    .description("add a user (or give one a new token and role); prints the token once")
    .argument("<name>", "the user's name, recorded with each correction they make")
    .option("--role <role>", "reader (may look) or editor (may also correct)", "reader")
    .option("--store <url>", "the store (postgres://…; default: $CASEFILE_STORE)")
    .action(async (name: string, flags: UsersFlags) => {
      const role = flags.role as UserRole;
      if (!ROLES.includes(role)) {
        console.error(`casefile users add: --role "${flags.role}" must be reader or editor`);
        process.exitCode = 2;
        return;
      }
      const clean = name.trim();
      if (!clean || clean.length > 100) {
        console.error("casefile users add: give a name of 1 to 100 characters");
        process.exitCode = 2;
        return;
      }
      process.exitCode = await withStore("add", flags, async (store) => {
        const token = newToken();
        await store.addUser(clean, role, token);
        console.log(`${clean} (${role}): token ${token}`);
        console.log(
          "Give it to them once: it is not stored, only its hash. They send it as Authorization: Bearer TOKEN.",
        );
        return 0;
      });
    });
  users
    .command("list")
    .description("the users and their roles")
    .option("--store <url>", "the store (postgres://…; default: $CASEFILE_STORE)")
    .option("--json", "print JSON for scripts")
    .action(async (flags: UsersFlags) => {
      process.exitCode = await withStore("list", flags, async (store) => {
        const list = await store.listUsers();
        if (flags.json) console.log(JSON.stringify(list));
        else if (!list.length) console.log("no users yet: casefile users add NAME --role editor");
        else for (const u of list) console.log(`${u.name}\t${u.role}\t${u.createdAt}`);
        return 0;
      });
    });
  users
    .command("remove")
    .description("remove a user (their token stops working)")
    .argument("<name>")
    .option("--store <url>", "the store (postgres://…; default: $CASEFILE_STORE)")
    .action(async (name: string, flags: UsersFlags) => {
      process.exitCode = await withStore("remove", flags, async (store) => {
        if (await store.removeUser(name)) {
          console.log(`removed ${name}`);
          return 0;
        }
        console.error(`casefile users remove: there is no user "${name}"`);
        return 1;
      });
    });
}
