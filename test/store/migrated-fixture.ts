// What every test of a store made by an earlier release does (migrate-v4, migrate-v5): copy the
// fixture (test/fixtures/store/README.md) to a temporary folder, check the version it was written
// at, check that a read-only open refuses it (it must be upgraded first), open it for writing
// (which migrates it and builds its case files), check that the stored case file is up to date,
// equals a rebuild and lists its entities, run the fixture's own checks, and check the version it was left at.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { entityListRow } from "../../src/casefile/queries.js";
import type { CaseFile } from "../../src/casefile/types.js";
import { projectPath } from "../../src/core/paths.js";
import { loadCase, openStore, type Store } from "../../src/store/index.js";
import { freshStoredCase } from "../../src/store/case/refresh.js";
import { LATEST_VERSION } from "../../src/store/sqlite/migrations.js";

const versionOf = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma("user_version", { simple: true }) as number;
  } finally {
    db.close();
  }
};

/**
 * Opens a copy of `test/fixtures/store/FIXTURE` (written at schema `version`) with today's code
 * and hands `check` the migrated store and the stored case file of `caseName`.
 */
export async function withMigratedFixture(
  fixture: string,
  version: number,
  caseName: string,
  check: (store: Store, stored: CaseFile) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-migrate-"));
  try {
    const path = join(dir, fixture);
    copyFileSync(projectPath("test", "fixtures", "store", fixture), path);
    assert.equal(versionOf(path), version);
    if (LATEST_VERSION > version) await assert.rejects(openStore(path, { readonly: true }), /older Casefile/);

    const store = await openStore(path);
    try {
      const stored = await freshStoredCase(store, caseName);
      assert.ok(stored, "opening the store for writing left its case file up to date");
      const file = await stored.caseFile();
      assert.deepEqual(JSON.parse(JSON.stringify(file)), JSON.parse(JSON.stringify(await loadCase(store, caseName))));
      for (const type of ["person", "organization", "location"])
        assert.deepEqual(
          await stored.entityRows(type),
          file.entities.filter((e) => e.type === type).map(entityListRow),
          `the ${type} list rows are stored`,
        );
      await check(store, file);
    } finally {
      await store.close();
    }
    assert.equal(versionOf(path), LATEST_VERSION);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What both fixtures hold (test/fixtures/store/README.md): the "ferry" case's three articles (the
 * v5 store had a fourth added and removed) and the rename of Alan Reeve, replayed.
 */
export async function assertFerryKept(store: Store, file: CaseFile): Promise<void> {
  assert.deepEqual(
    (await store.listDocuments("ferry")).map((d) => d.id),
    ["ferry-1", "ferry-2", "ferry-3"],
    "the articles are kept (and a removed one stays removed)",
  );
  const overrides = await store.listOverrides("ferry");
  assert.deepEqual(
    overrides.map((o) => [o.kind, ...o.entities]),
    [["rename", "Alan Reeve", "Alan J. Reeve"]],
  );
  assert.ok(
    file.entities.some((e) => e.name === "Alan J. Reeve"),
    "the rename is replayed",
  );
}
