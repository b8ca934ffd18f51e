// Who is asking, on a team store: when the store keeps users (a PostgreSQL store after
// `casefile users add`), every API request carries one of their tokens, readers may only read,
// editors may also write, and the user's name goes with each correction they make. A store
// without users (a SQLite file, or a team store before its first user) keeps the server's one
// token, or none on loopback, as before.
import { HttpError } from "./http.js";

export type Role = "reader" | "editor";

export interface ServerUser {
  name: string;
  role: Role;
}

/** What a store offers when it keeps users. */
export interface UserDirectory {
  userByToken(token: string): Promise<ServerUser | null>;
  listUsers(): Promise<ServerUser[]>;
}

/** The store's users, or null when it keeps none (SQLite). */
export function userDirectoryOf(store: object): UserDirectory | null {
  const s = store as Partial<UserDirectory>;
  return typeof s.userByToken === "function" && typeof s.listUsers === "function" ? (s as UserDirectory) : null;
}

/**
 * Whether a store has users, read again at most every few seconds (a user added while the server
 * runs counts from then on without a query on every request).
 */
export class UserGate {
  private checkedAt = -Infinity;
  private has = false;

  constructor(
    private readonly directory: UserDirectory,
    private readonly recheckMs = 5000,
  ) {}

  async active(): Promise<boolean> {
    if (this.has) return true; // once a store has users, it keeps asking for them
    const now = performance.now();
    if (now - this.checkedAt < this.recheckMs) return false;
    this.checkedAt = now;
    this.has = (await this.directory.listUsers()).length > 0;
    return this.has;
  }

  /** The user a request's token names; 401 without one, 403 when a reader asks to write. */
  async authorize(token: string | null, method: string): Promise<ServerUser> {
    const user = token ? await this.directory.userByToken(token) : null;
    if (!user)
      throw new HttpError(
        401,
        "this server needs a user's token: send Authorization: Bearer TOKEN (casefile users add NAME gives one)",
      );
    if (method !== "GET" && method !== "HEAD" && user.role !== "editor")
      throw new HttpError(403, `${user.name} may read this case but not change it (an editor's token is needed)`);
    return user;
  }
}
