// What only the PostgreSQL store has to get right (the shared behaviour is test/store's suite,
// run against both engines): several processes opening and writing one store at once, the
// content hash that keeps two workers from storing one text twice, search hits of the same
// shape as SQLite's, who made each edit, and users' tokens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { entityHead, indexCase, profileCounts, profilePage } from "../../src/casefile/queries.js";
import { loadCase, type NewDocument } from "../../src/store/index.js";
import { freshStoredCase, refreshCase } from "../../src/store/case/refresh.js";
import { storedProfilePage } from "../../src/store/case/views.js";
import { storedGraph } from "../../src/server/case-views.js";
import { graphView } from "../../src/server/queries.js";
import { pickOne } from "../../src/store/corrections.js";
import { openPostgresStore, storableText } from "../../src/store/postgres/store.js";
import { PG_MIGRATIONS } from "../../src/store/postgres/migrations.js";
import { WRITE_DOCUMENT_FUNCTION, WRITE_DOCUMENT_WITH_BUILD } from "../../src/store/postgres/write.js";
import { extractionBuild } from "../../src/extract/build-id.js";
import { extractAgain } from "../../src/ingest/extract-again.js";
import { CASE_HASH_COLUMNS } from "../../src/store/case/schema.js";
import { caseRows } from "../store/case-rows.js";
import { assertMilestonesRead } from "../store/milestones-read.js";
import { assertCourtArticlesRead, CONTRADICTION_COLUMNS } from "../store/contradictions-read.js";
import { assertGraphRead, GRAPH_COLUMNS } from "../store/graph-read.js";
import { tsQuery } from "../../src/store/postgres/search.js";
import { dropLocation, freshLocation, pgSkipReason, query } from "./pg.js";
import { assertWriteLockPerSchema } from "./write-lock.js";

/** A table's columns in the schema of a store's location, in their order. */
async function columnsOf(location: string, table: string): Promise<string[]> {
  const rows = await query<{ column_name: string }>(
    location,
    `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2
     ORDER BY ordinal_position`,
    [new URL(location).searchParams.get("schema"), table],
  );
  return rows.map((r) => r.column_name);
}

const skip = (await pgSkipReason()) ?? false;

const TEXT =
  'Harbour inspector Maria Lindqvist said on Tuesday that a shipment had been held at the quay. "We found nothing unusual in the containers," she told reporters.';

function doc(id: string, text = TEXT): NewDocument {
  return { id, source: null, outlet: null, published: "2024-03-05", title: "Shipment held", text };
}

async function withLocation(fn: (location: string) => Promise<void>): Promise<void> {
  const location = freshLocation("store");
  try {
    await fn(location);
  } finally {
    await dropLocation(location);
  }
}

/** The store at `location` has applied every migration, each once. */
async function assertEveryMigration(location: string): Promise<void> {
  const versions = await query<{ version: number }>(location, "SELECT version FROM schema_version ORDER BY version");
  assert.deepEqual(
    versions.map((v) => v.version),
    PG_MIGRATIONS.map((m) => m.version),
  );
}

test("a user's query becomes a tsquery of words only: all required, quoted phrases, the last word a prefix", () => {
  assert.equal(tsQuery("harbour quay"), "'harbour' & 'quay':*");
  assert.equal(tsQuery('"held at the quay" inspector'), "('held' <-> 'at' <-> 'the' <-> 'quay') & 'inspector':*");
  assert.equal(tsQuery("it's & | ! :* <->"), "'it' & 's':*");
  assert.equal(tsQuery("  ?! "), null);
});

test("text PostgreSQL cannot hold keeps its offsets: NUL and lone surrogates become one U+FFFD each", () => {
  assert.equal(storableText("a\u0000b\ud800c"), "a\ufffdb\ufffdc");
  assert.equal(storableText("emoji 😀 stays"), "emoji 😀 stays");
});

test("several processes opening one new store at once migrate it once", { skip }, async () => {
  await withLocation(async (location) => {
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(location, { connections: 1 })));
    await Promise.all(stores.map((s) => s.close()));
    await assertEveryMigration(location);
  });
});

test("two workers storing the same text at the same moment store it once", { skip }, async () => {
  await withLocation(async (location) => {
    const a = await openPostgresStore(location);
    const b = await openPostgresStore(location);
    try {
      const extraction = extract(TEXT, { id: "x" });
      const results = await Promise.all([
        a.addDocument("c", doc("from-a"), extraction),
        b.addDocument("c", doc("from-b"), extraction),
        a.addDocument("c", doc("from-a2"), extraction),
        b.addDocument("c", doc("from-b2"), extraction),
      ]);
      assert.equal(results.filter((r) => r.status === "added").length, 1);
      assert.equal(results.filter((r) => r.status === "duplicate").length, 3);
      const stored = results.find((r) => r.status === "added")?.id;
      for (const r of results) assert.equal(r.id, stored);
      assert.equal((await a.listDocuments("c")).length, 1);
      assert.equal(await a.revision(), 1, "a duplicate changes nothing");
    } finally {
      await a.close();
      await b.close();
    }
  });
});

test(
  "a store written before the write function (version 2) migrates; later documents take free ids, a stored text stays one",
  { skip },
  async () => {
    await withLocation(async (location) => {
      // Version 2 as the previous release leaves it, with one document stored as "quay".
      const schema = new URL(location).searchParams.get("schema") as string;
      await query(location, `CREATE SCHEMA "${schema}"`);
      await query(
        location,
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      for (const m of PG_MIGRATIONS.filter((x) => x.version <= 2)) {
        await query(location, m.sql);
        await query(location, "INSERT INTO schema_version VALUES ($1, $2, '2026-01-01')", [m.version, m.name]);
      }
      await query(location, "INSERT INTO cases (name, created_at) VALUES ('c', '2026-01-01')");
      await query(
        location,
        `INSERT INTO documents (case_id, doc_id, text, hash, chars, added_at, ingest_order)
         SELECT id, 'quay', $1, encode(sha256(convert_to($1, 'UTF8')), 'hex'), length($1), '2026-01-01', 1 FROM cases`,
        [TEXT],
      );
      const store = await openPostgresStore(location);
      try {
        await assertEveryMigration(location);
        // The upgrade analysed the tables it rewrote: the new search vectors have statistics.
        const stats = await query<{ n: number }>(
          location,
          "SELECT count(*)::int AS n FROM pg_stats WHERE schemaname = $1 AND tablename = 'document_search'",
          [schema],
        );
        assert.ok(stats[0].n > 0, "document_search was analysed");
        const other = "The council voted on Monday to close the harbour road for repairs.";
        const again = await store.addDocument("c", doc("again"), extract(TEXT, { id: "again" }));
        assert.deepEqual(again, { status: "duplicate", id: "quay", duplicateOf: "quay" });
        const added = await store.addDocument("c", doc("quay", other), extract(other, { id: "quay" }));
        assert.deepEqual(added, { status: "added", id: "quay-2" });
        assert.deepEqual(
          await store.findByTexts([
            { caseName: "c", text: other },
            { caseName: "c", text: "never stored" },
            { caseName: "elsewhere", text: TEXT },
            { caseName: "c", text: TEXT },
          ]),
          ["quay-2", null, null, "quay"],
        );
        // Search reads every word, common ones too, in a text stored before migration 5 and after it.
        const found = async (q: string) =>
          (await store.search("c", q, { kinds: ["document"] })).map((h) => h.documentId).sort();
        assert.deepEqual(await found('"at the quay"'), ["quay"]);
        assert.deepEqual(await found('"to close the"'), ["quay-2"]);
        assert.deepEqual(await found("the"), ["quay", "quay-2"]);
      } finally {
        await store.close();
      }
    });
  },
);

/**
 * What each migration since version 7 added, taken out again (the latest first): the store as the
 * release before it leaves it.
 */
const UNDO_MIGRATION: Record<number, string[]> = {
  8: ["ALTER TABLE case_entities DROP COLUMN head_json", "DELETE FROM case_links WHERE kind = 'contradiction'"],
  9: ["ALTER TABLE case_milestones DROP COLUMN head_json", "ALTER TABLE case_contradictions DROP COLUMN head_json"],
  10: CASE_HASH_COLUMNS.map(({ table, column }) => `ALTER TABLE ${table} DROP COLUMN ${column}`),
  // Entities keyed by their position again, the name index and a body's member links with it.
  11: [
    `CREATE TABLE case_entities_v10 (case_id INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,
      type TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL, list_json TEXT, head_json TEXT, hash TEXT,
      PRIMARY KEY (case_id, seq))`,
    `INSERT INTO case_entities_v10 SELECT case_id, ROW_NUMBER() OVER (PARTITION BY case_id ORDER BY ord) - 1,
      id, type, name, json, list_json, head_json, hash FROM case_entities`,
    "CREATE TABLE case_names_v10 (case_id INTEGER NOT NULL, key TEXT NOT NULL, level INTEGER NOT NULL, seq INTEGER NOT NULL)",
    `INSERT INTO case_names_v10 SELECT n.case_id, n.key, n.level, e.seq FROM case_names n
      JOIN case_entities_v10 e ON e.case_id = n.case_id AND e.id = n.entity`,
    `UPDATE case_links l SET seq = e.seq FROM case_entities_v10 e
      WHERE l.kind = 'member' AND e.case_id = l.case_id AND e.id = l.other`,
    "DROP TABLE case_entities",
    "DROP TABLE case_names",
    "ALTER TABLE case_entities_v10 RENAME TO case_entities",
    "ALTER TABLE case_names_v10 RENAME TO case_names",
    "CREATE INDEX case_entities_id ON case_entities (case_id, id)",
    "CREATE INDEX case_entities_type ON case_entities (case_id, type, seq)",
    "CREATE INDEX case_names_key ON case_names (case_id, key, level)",
  ],
  // Milestones keyed by their position again, each with its id in its JSON, and who takes part in them.
  12: [
    `CREATE TABLE case_milestones_v11 (case_id INTEGER NOT NULL, list TEXT NOT NULL, seq INTEGER NOT NULL,
      id TEXT NOT NULL, json TEXT NOT NULL, head_json TEXT, hash TEXT, PRIMARY KEY (case_id, list, seq))`,
    `INSERT INTO case_milestones_v11 SELECT t.case_id, t.list, t.seq, t.id, '{"id":"' || t.id || '"' || SUBSTR(m.json, 9),
      '{"id":"' || t.id || '"' || SUBSTR(m.head_json, 9), NULL FROM case_timeline t
      JOIN case_milestones m ON m.case_id = t.case_id AND m.key = t.key`,
    `CREATE TABLE case_milestone_participants_v11 (case_id INTEGER NOT NULL, entity TEXT NOT NULL, list TEXT NOT NULL,
      seq INTEGER NOT NULL)`,
    `INSERT INTO case_milestone_participants_v11 SELECT p.case_id, p.entity, p.list, t.seq FROM case_milestone_participants p
      JOIN case_timeline t ON t.case_id = p.case_id AND t.key = p.key`,
    "DROP TABLE case_timeline",
    "DROP TABLE case_milestones",
    "DROP TABLE case_milestone_participants",
    "ALTER TABLE case_milestones_v11 RENAME TO case_milestones",
    "ALTER TABLE case_milestone_participants_v11 RENAME TO case_milestone_participants",
    "CREATE INDEX case_milestone_participants_entity ON case_milestone_participants (case_id, entity, list, seq)",
  ],
  // A position's row keyed by its position again, with its milestone's key; a milestone's digest after its JSON.
  13: [
    `CREATE TABLE case_timeline_v12 (case_id INTEGER NOT NULL, list TEXT NOT NULL, seq INTEGER NOT NULL,
      id TEXT NOT NULL, key TEXT NOT NULL, hash TEXT, PRIMARY KEY (case_id, list, seq))`,
    "INSERT INTO case_timeline_v12 SELECT case_id, list, seq, id, key, NULL FROM case_timeline",
    `CREATE TABLE case_milestones_v12 (case_id INTEGER NOT NULL, key TEXT NOT NULL, list TEXT NOT NULL,
      json TEXT NOT NULL, head_json TEXT NOT NULL, hash TEXT, PRIMARY KEY (case_id, key))`,
    "INSERT INTO case_milestones_v12 SELECT case_id, key, list, json, head_json, NULL FROM case_milestones",
    "DROP TABLE case_timeline",
    "DROP TABLE case_milestones",
    "ALTER TABLE case_timeline_v12 RENAME TO case_timeline",
    "ALTER TABLE case_milestones_v12 RENAME TO case_milestones",
    "CREATE INDEX case_timeline_key ON case_timeline (case_id, key)",
  ],
  // An entity's members and member links not indexed by its id.
  14: ["DROP INDEX case_members_entity", "DROP INDEX case_links_member"],
  // The graph without ranks, kept again among the views (the edges there whole, not as drawn:
  // migration 15 drops those rows, whatever they hold); a view's digest after its JSON.
  15: [
    `CREATE TABLE case_graph_v14 (case_id INTEGER NOT NULL, part TEXT NOT NULL, seq INTEGER NOT NULL,
      json TEXT NOT NULL, hash TEXT, PRIMARY KEY (case_id, part, seq))`,
    "INSERT INTO case_graph_v14 SELECT case_id, part, seq, json, hash FROM case_graph",
    `CREATE TABLE case_views_v14 (case_id INTEGER NOT NULL, view TEXT NOT NULL, seq INTEGER NOT NULL,
      rank INTEGER NOT NULL, json TEXT NOT NULL, hash TEXT, PRIMARY KEY (case_id, view, seq))`,
    "INSERT INTO case_views_v14 SELECT case_id, view, seq, rank, json, hash FROM case_views",
    "INSERT INTO case_views_v14 SELECT case_id, 'graph-' || part, seq, rank, json, NULL FROM case_graph",
    "DROP TABLE case_graph",
    "DROP TABLE case_views",
    "ALTER TABLE case_graph_v14 RENAME TO case_graph",
    "ALTER TABLE case_views_v14 RENAME TO case_views",
    "CREATE INDEX case_views_rank ON case_views (case_id, view, rank)",
  ],
  // No edge kept as drawn.
  16: ["ALTER TABLE case_graph DROP COLUMN head_json"],
  // A position row keeping its milestone's position and id (migration 17 drops the case file stored
  // before, so a row's position and id need not be right: each row's place stands for both).
  17: [
    "DROP INDEX case_timeline_ord",
    "ALTER TABLE case_timeline ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE case_timeline ADD COLUMN id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE case_timeline DROP COLUMN ord",
    "CREATE INDEX case_timeline_seq ON case_timeline (case_id, list, seq)",
  ],
  // A contradiction's row keyed by its position, with its id and its milestone subject's in its
  // JSON (case "c" has no contradiction, so the table is made again empty).
  18: [
    "DROP TABLE case_contradictions",
    `CREATE TABLE case_contradictions (case_id INTEGER NOT NULL, seq INTEGER NOT NULL, subject_id TEXT NOT NULL,
      json TEXT NOT NULL, head_json TEXT, hash TEXT, PRIMARY KEY (case_id, seq))`,
    "CREATE INDEX case_contradictions_subject ON case_contradictions (case_id, subject_id, seq)",
  ],
  // A graph row keyed by its position, with its rank by weight a position too and its milestone's
  // id in its JSON (migration 19 drops the case file stored before, so positions and ranks need
  // only be some numbers), and each edge under both its ends among the links.
  19: [
    `CREATE TABLE case_graph_v18 (case_id INTEGER NOT NULL, part TEXT NOT NULL, seq INTEGER NOT NULL,
      rank INTEGER NOT NULL, hash TEXT, head_json TEXT, json TEXT NOT NULL, PRIMARY KEY (case_id, part, seq))`,
    `INSERT INTO case_graph_v18 SELECT case_id, part, ROW_NUMBER() OVER (PARTITION BY case_id, part ORDER BY ord) - 1,
      ROW_NUMBER() OVER (PARTITION BY case_id, part ORDER BY rank) - 1, hash, head_json, json FROM case_graph`,
    `INSERT INTO case_links (case_id, entity, kind, seq, other, label) SELECT case_id, source, 'edge', 0, target, label
      FROM case_graph WHERE part = 'edge'`,
    "DROP TABLE case_graph",
    "ALTER TABLE case_graph_v18 RENAME TO case_graph",
    "CREATE INDEX case_graph_rank ON case_graph (case_id, part, rank)",
  ],
  // No build kept with an extraction, and the write function that did not store one.
  20: ["DROP FUNCTION casefile_write_document", WRITE_DOCUMENT_FUNCTION, "ALTER TABLE extractions DROP COLUMN build"],
  // The write function whose lock is the case's name alone (migration 20's: it drops today's first).
  21: [WRITE_DOCUMENT_WITH_BUILD],
};

/**
 * A store at `location` at version `from` as its release leaves it, with case "c" (two invented
 * articles, one of them a milestone, so that the profiles list one) stored and its case file
 * built: today's store without the later migrations' columns and links.
 */
async function storeAtVersion(location: string, from: number): Promise<void> {
  const before = await openPostgresStore(location);
  await before.addDocument("c", doc("quay"), extract(TEXT, { id: "quay" }));
  const arrest = "Harbour inspector Maria Lindqvist was arrested on Monday in Port Calder, police said.";
  await before.addDocument("c", doc("pier", arrest), extract(arrest, { id: "pier", published: "2024-03-06" }));
  await refreshCase(before, "c");
  await before.close();
  for (const version of PG_MIGRATIONS.map((m) => m.version)
    .filter((v) => v > from)
    .reverse()) {
    for (const sql of UNDO_MIGRATION[version]) await query(location, sql);
    await query(location, `DELETE FROM schema_version WHERE version = ${version}`);
  }
}

/** After "pier" is removed, a refresh leaves the rows of case "c" a whole write gives. */
async function assertRemovalRefreshed(store: Awaited<ReturnType<typeof openPostgresStore>>): Promise<void> {
  await store.removeDocument("c", "pier");
  assert.ok((await refreshCase(store, "c")).built);
  const rows = await caseRows(store, "c");
  await refreshCase(store, "c", { force: true });
  assert.deepEqual(rows, await caseRows(store, "c"));
}

/**
 * A store made at version `from`, with its case file stored, opened (every migration run): the
 * case file stored before must be dropped; `check` gets the case built again and its stored form.
 */
async function withMigrated(
  from: number,
  check: (migrated: {
    location: string;
    store: Awaited<ReturnType<typeof openPostgresStore>>;
    stored: NonNullable<Awaited<ReturnType<typeof freshStoredCase>>>;
    file: Awaited<ReturnType<typeof loadCase>>;
  }) => Promise<void>,
): Promise<void> {
  await withLocation(async (location) => {
    await storeAtVersion(location, from);
    const store = await openPostgresStore(location);
    try {
      await assertEveryMigration(location);
      assert.equal(await freshStoredCase(store, "c"), null, "the case file stored before is dropped");
      await refreshCase(store, "c");
      const stored = await freshStoredCase(store, "c");
      assert.ok(stored);
      await check({ location, store, stored, file: await loadCase(store, "c") });
    } finally {
      await store.close();
    }
  });
}

for (const from of [7, 8])
  test(
    `a store at version ${from} with its case file stored migrates: the case is built again with its profile heads`,
    { skip },
    async () => {
      await withMigrated(from, async ({ stored, file }) => {
        const counts = profileCounts(file);
        assert.ok(file.entities.length > 0 && file.timeline.length > 0);
        for (const e of file.entities) {
          assert.deepEqual(await stored.matchHeads(e.id), [entityHead(e, counts.get(e.id)!)]);
          assert.deepEqual(
            await storedProfilePage(stored, e.id, 1, (found) => pickOne(found, e.id)),
            profilePage(indexCase(file), e, 1),
          );
        }
      });
    },
  );

for (const from of [9, 10, 11, 12])
  test(
    `a store at version ${from} with its case file stored migrates: the case file is built again, its entities keyed by id, its milestones by what they hold, and a refresh leaves the rows a whole write gives`,
    { skip },
    async () => {
      // (Migration 10 kept it, each row without its digest; migration 11 drops it.)
      await withMigrated(from, async ({ location, store, stored, file }) => {
        assert.deepEqual(
          (await stored.entities()).map((e) => e.id),
          file.entities.map((e) => e.id),
        );
        const columns = await columnsOf(location, "case_entities");
        assert.ok(columns.includes("ord"));
        assert.ok(!columns.includes("seq"));
        assert.deepEqual(
          await columnsOf(location, "case_timeline"),
          ["case_id", "key", "alike", "hash", "list", "ord"],
          "a position's row is keyed by its milestone's key, with its place in the list's order",
        );
        for (const list of ["timeline", "reports"] as const)
          assert.deepEqual(await stored.milestones(list), file[list], `the ${list} is read with its ids`);
        await assertRemovalRefreshed(store);
      });
    },
  );

test(
  "a store at version 13 with its case file stored migrates: an entity's members and member links are indexed by its id, and a refresh leaves the rows a whole write gives",
  { skip },
  async () => {
    await withLocation(async (location) => {
      await storeAtVersion(location, 13);
      const store = await openPostgresStore(location);
      try {
        await assertEveryMigration(location);
        // Migration 14 kept it; migration 15 (the graph kept once) drops it.
        assert.equal(await freshStoredCase(store, "c"), null, "the case file stored before is dropped");
        const indexes = await query<{ indexname: string; indexdef: string }>(
          location,
          "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname IN ($2, $3) ORDER BY indexname",
          [new URL(location).searchParams.get("schema"), "case_links_member", "case_members_entity"],
        );
        assert.deepEqual(
          indexes.map((i) => i.indexname),
          ["case_links_member", "case_members_entity"],
        );
        assert.match(indexes[0].indexdef, /\(case_id, other\) WHERE \(kind = 'member'::text\)/);
        assert.match(indexes[1].indexdef, /\(case_id, entity\)/);
        await assertRemovalRefreshed(store);
      } finally {
        await store.close();
      }
    });
  },
);

test(
  "a store at version 14 with its case file stored migrates: the graph is kept once, each row with its rank, and is read as the whole case draws it",
  { skip },
  async () => {
    await withMigrated(14, async ({ location, store, stored, file }) => {
      const schema = new URL(location).searchParams.get("schema");
      // (Migration 16 adds each edge as drawn, `head_json`: the test after this one; migration 19
      // keys each row by its place, `ord`.)
      assert.deepEqual(await columnsOf(location, "case_graph"), GRAPH_COLUMNS);
      const indexes = await query<{ indexname: string }>(
        location,
        "SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname IN ($2, $3) ORDER BY indexname",
        [schema, "case_graph_rank", "case_views_rank"],
      );
      assert.deepEqual(
        indexes.map((i) => i.indexname),
        ["case_graph_rank"],
      );
      assert.deepEqual(await columnsOf(location, "case_views"), ["case_id", "view", "seq", "rank", "hash", "json"]);
      const views = await query<{ view: string }>(location, "SELECT DISTINCT view FROM case_views ORDER BY view");
      assert.ok(!views.some((v) => v.view.startsWith("graph-")), "no graph among the views");
      assert.ok(file.graph.nodes.length > 1 && file.graph.edges.length > 0, "the case has a graph");
      assert.deepEqual(await stored.graph(), file.graph);
      const whole = { ...indexCase(file), name: "c", revision: 0 };
      for (const limit of [1, file.graph.nodes.length])
        assert.equal(
          (await storedGraph(stored, limit))?.json,
          JSON.stringify(graphView(whole, limit)),
          `the ${limit} heaviest nodes`,
        );
      await assertRemovalRefreshed(store);
    });
  },
);

test(
  "a store at version 15 with its case file stored migrates: each graph edge keeps its drawn form, which a drawing reads instead of the edge's sentences",
  { skip },
  async () => {
    await withMigrated(15, async ({ location, store, stored, file }) => {
      assert.deepEqual(await columnsOf(location, "case_graph"), GRAPH_COLUMNS);
      assert.ok(file.graph.nodes.length > 1 && file.graph.edges.length > 0, "the case has a graph");
      const whole = { ...indexCase(file), name: "c", revision: 0 };
      const assertDrawn = async (how: string) => {
        for (const limit of [1, file.graph.nodes.length])
          assert.equal(
            (await storedGraph(stored, limit))?.json,
            JSON.stringify(graphView(whole, limit)),
            `the ${limit} heaviest nodes${how}`,
          );
      };
      await assertDrawn("");
      // The drawing reads no edge's JSON (its sentences): emptied, the drawing is the same.
      await query(location, "UPDATE case_graph SET json = '{}' WHERE part = 'edge'");
      await assertDrawn(", from the heads");
      await assertRemovalRefreshed(store);
    });
  },
);

test(
  "a store at version 16 with its case file stored migrates: each milestone's position row keeps its place in the list's order, and the milestones are read with the ids the whole case gives them",
  { skip },
  async () => {
    await withMigrated(16, async ({ location, store, stored, file }) => {
      assert.deepEqual(await columnsOf(location, "case_timeline"), ["case_id", "key", "alike", "hash", "list", "ord"]);
      const indexes = await query<{ indexname: string; indexdef: string }>(
        location,
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname",
        [new URL(location).searchParams.get("schema"), "case_timeline"],
      );
      assert.ok(
        indexes.some((i) => i.indexname === "case_timeline_ord" && /\(case_id, list, ord\)/.test(i.indexdef)),
        "the milestones are read in order on an index",
      );
      assert.ok(file.timeline.length > 0, "the case has a milestone");
      await assertMilestonesRead(stored, file);
      await assertRemovalRefreshed(store);
    });
  },
);

test(
  "a store at version 17 with its case file stored migrates: each contradiction's row is keyed by its place in the list's order, and the contradictions are read with the ids the whole case gives them",
  { skip },
  async () => {
    await withMigrated(17, async ({ location, store }) => {
      assert.deepEqual(await columnsOf(location, "case_contradictions"), CONTRADICTION_COLUMNS);
      await assertCourtArticlesRead(store, "c");
      await assertRemovalRefreshed(store);
    });
  },
);

test(
  "a store at version 18 with its case file stored migrates: each graph row is keyed by its place in its list's order, and the graph is read and drawn with the ids the whole case gives it",
  { skip },
  async () => {
    await withMigrated(18, async ({ location, store, stored, file }) => {
      assert.deepEqual(await columnsOf(location, "case_graph"), GRAPH_COLUMNS);
      const indexes = await query<{ indexname: string }>(
        location,
        "SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname",
        [new URL(location).searchParams.get("schema"), "case_graph"],
      );
      assert.deepEqual(
        indexes.map((i) => i.indexname),
        ["case_graph_pkey", "case_graph_rank", "case_graph_source", "case_graph_target"],
      );
      assert.deepEqual(await query(location, "SELECT * FROM case_links WHERE kind = 'edge'"), [], "no edge links");
      await assertGraphRead(stored, file, "c");
      await assertRemovalRefreshed(store);
    });
  },
);

test(
  "search answers with the SQLite store's hit shape: quotes with speaker and span, articles with the first match",
  { skip },
  async () => {
    await withLocation(async (location) => {
      const store = await openPostgresStore(location);
      try {
        await store.addDocument("c", doc("quay"), extract(TEXT, { id: "quay" }));
        const hits = await store.search("c", "unusual contain");
        const quote = hits.find((h) => h.kind === "quote");
        assert.ok(quote, "the quote matches");
        assert.equal(quote.quote?.speaker, "Maria Lindqvist");
        assert.equal(TEXT.slice(quote.start, quote.end).includes("nothing unusual"), true);
        assert.match(quote.snippet, /«unusual»/);
        const article = hits.find((h) => h.kind === "document");
        assert.ok(article);
        assert.equal(TEXT.slice(article.start, article.end).toLowerCase(), "unusual");
        assert.deepEqual(
          await store.search("c", "unusual", { kinds: ["document"] }).then((h) => h.map((x) => x.kind)),
          ["document"],
        );
        assert.deepEqual(await store.search("c", '"quay held"'), [], "a phrase matches only in that order");
        assert.deepEqual(await store.search("other", "unusual"), []);
      } finally {
        await store.close();
      }
    });
  },
);

test("each edit records who made it: corrections, their undo and a removal", { skip }, async () => {
  await withLocation(async (location) => {
    const store = await openPostgresStore(location);
    try {
      await store.addDocument("c", doc("quay"), extract(TEXT, { id: "quay" }));
      const merge = await store.recordMerge("c", {
        entities: ["Maria Lindqvist", "Lindqvist"],
        reason: "same inspector",
        madeBy: "ann",
      } as never);
      assert.equal((merge as { madeBy?: string }).madeBy, "ann");
      assert.equal(((await store.listOverrides("c"))[0] as { madeBy?: string }).madeBy, "ann");
      assert.equal(await store.removeOverride("c", merge.id, "bob"), true);
      assert.deepEqual(await query(location, "SELECT made_by, withdrawn_by FROM overrides"), [
        { made_by: "ann", withdrawn_by: "bob" },
      ]);
      assert.equal(await store.removeDocument("c", "quay", "carol"), true);
      const removals = await store.listRemovals("c");
      assert.deepEqual(
        removals.map((r) => [r.id, r.title, r.removedBy]),
        [["quay", "Shipment held", "carol"]],
      );
    } finally {
      await store.close();
    }
  });
});

test("a user's token finds the user and role; only its hash is stored", { skip }, async () => {
  await withLocation(async (location) => {
    const store = await openPostgresStore(location);
    try {
      await store.addUser("ann", "editor", "token-of-ann-123");
      await store.addUser("ray", "reader", "token-of-ray-456");
      assert.equal((await store.userByToken("token-of-ann-123"))?.role, "editor");
      assert.equal((await store.userByToken("token-of-ray-456"))?.name, "ray");
      assert.equal(await store.userByToken("token-of-nobody"), null);
      const rows = await query<{ token_hash: string }>(location, "SELECT token_hash FROM users");
      assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash)));
      await store.addUser("ann", "reader", "new-token-of-ann");
      assert.equal(await store.userByToken("token-of-ann-123"), null, "a new token replaces the old");
      assert.equal((await store.userByToken("new-token-of-ann"))?.role, "reader");
    } finally {
      await store.close();
    }
  });
});

test("a store that cannot be reached is one line naming it, without its password", { skip }, async () => {
  await assert.rejects(openPostgresStore("postgres://casefile:secret@127.0.0.1:1/nowhere"), (e: Error) => {
    assert.match(e.message, /cannot reach PostgreSQL at postgres:\/\/casefile:\*\*\*@127\.0\.0\.1:1\/nowhere/);
    assert.doesNotMatch(e.message, /secret/);
    return true;
  });
});

test(
  "a store at version 19 migrates: its extractions are from an older build (no build kept), the case reads, and extracting them again records this build",
  { skip },
  async () => {
    await withLocation(async (location) => {
      await storeAtVersion(location, 19);
      const store = await openPostgresStore(location);
      try {
        await assertEveryMigration(location);
        assert.deepEqual(await query(location, "SELECT build FROM extractions"), [{ build: null }, { build: null }]);
        const stored = await freshStoredCase(store, "c");
        assert.ok(stored, "the stored case file is kept");
        const file = await loadCase(store, "c");
        assert.deepEqual(JSON.parse(JSON.stringify(await stored.caseFile())), JSON.parse(JSON.stringify(file)));
        assert.equal(await store.countOtherBuild("c", extractionBuild()), 2);
        const other = "An inspector was named by the port on Tuesday.";
        await store.addDocument("c", doc("wharf", other), extract(other, { id: "wharf" }));
        assert.equal(
          (await store.getDocument("c", "wharf"))?.build,
          extractionBuild(),
          "a new document records this build",
        );
        assert.deepEqual(await store.otherBuildDocuments("c", extractionBuild()), ["quay", "pier"]);
        assert.equal(await extractAgain(store, "c"), 2);
        assert.equal(await store.countOtherBuild("c", extractionBuild()), 0);
        await refreshCase(store, "c");
        assert.ok(await freshStoredCase(store, "c"));
      } finally {
        await store.close();
      }
    });
  },
);

test(
  "a store at version 20 migrates: its one write function takes the write lock of its schema and case, so another schema's case of that name is written meanwhile",
  { skip },
  async () => {
    await withLocation(async (location) => {
      await storeAtVersion(location, 20);
      const elsewhere = freshLocation("store");
      const stores = [
        await openPostgresStore(location),
        await openPostgresStore(location),
        await openPostgresStore(elsewhere),
      ];
      try {
        await assertEveryMigration(location);
        const functions = await query<{ args: string }>(
          location,
          `SELECT pg_get_function_identity_arguments(p.oid) AS args FROM pg_proc p
           JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 AND p.proname = 'casefile_write_document'`,
          [new URL(location).searchParams.get("schema")],
        );
        assert.equal(functions.length, 1, "the function of the release before is dropped");
        assert.match(functions[0].args, /p_build text, p_lock_key text$/);
        await assertWriteLockPerSchema(stores[0], stores[1], stores[2], "c");
        assert.deepEqual(
          (await stores[0].listDocuments("c")).map((d) => d.id),
          ["quay", "pier", "ferry-0", "ferry-2"],
        );
      } finally {
        await Promise.all(stores.map((s) => s.close()));
        await dropLocation(elsewhere);
      }
    });
  },
);
