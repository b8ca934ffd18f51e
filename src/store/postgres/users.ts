// The users of a team store: a name, a role (readers read, editors also correct), and the sha256
// of their token. The token itself is printed once when the user is added and never stored.
import type { SqlExecutor } from "../sql/executor.js";
import { now, sha256 } from "./values.js";

export type UserRole = "reader" | "editor";

export interface StoreUser {
  name: string;
  role: UserRole;
  createdAt: string;
}

interface UserRow {
  name: string;
  role: UserRole;
  created_at: string;
}

const user = (r: UserRow): StoreUser => ({ name: r.name, role: r.role, createdAt: r.created_at });

/** Adds a user, or gives an existing one a new token and role. */
export async function add(sql: SqlExecutor, name: string, role: UserRole, token: string): Promise<void> {
  await sql.run(
    `INSERT INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash`,
    [name, role, sha256(token), now()],
  );
}

export async function byToken(sql: SqlExecutor, token: string): Promise<StoreUser | null> {
  const r = await sql.get<UserRow>("SELECT name, role, created_at FROM users WHERE token_hash = ?", [sha256(token)]);
  return r ? user(r) : null;
}

export async function remove(sql: SqlExecutor, name: string): Promise<boolean> {
  return (await sql.run("DELETE FROM users WHERE name = ?", [name])).changes > 0;
}

export async function list(sql: SqlExecutor): Promise<StoreUser[]> {
  return (await sql.all<UserRow>("SELECT name, role, created_at FROM users ORDER BY name")).map(user);
}
