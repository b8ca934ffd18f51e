// The engines the store suite runs against: SQLite always, PostgreSQL when $CASEFILE_TEST_PG
// names a database it can reach (otherwise its tests skip, saying why). Each store a test opens
// is new: a file in a temporary folder, or a schema of its own dropped afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropLocation, freshLocation, pgSkipReason } from "../postgres/pg.js";

export interface Engine {
  name: "sqlite" | "postgres";
  /** False, or why this engine's tests are skipped. */
  skip: string | false;
  /** A new, empty store location; `cleanup()` removes it once the store is closed. */
  newLocation(): { location: string; cleanup: () => Promise<void> };
}

export const SQLITE: Engine = {
  name: "sqlite",
  skip: false,
  newLocation() {
    const dir = mkdtempSync(join(tmpdir(), "casefile-store-"));
    return { location: join(dir, "case.db"), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

export const POSTGRES: Engine = {
  name: "postgres",
  skip: (await pgSkipReason()) ?? false,
  newLocation() {
    const location = freshLocation("suite");
    return { location, cleanup: () => dropLocation(location) };
  },
};

export const ENGINES: Engine[] = [SQLITE, POSTGRES];
