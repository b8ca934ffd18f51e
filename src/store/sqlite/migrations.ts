// The store's schema as numbered migrations, applied in order, each in its own transaction
// together with the bump of `PRAGMA user_version`, so a store is always at exactly one version.
// Never edit a migration that has shipped: add the next one.
import type Database from "better-sqlite3";
import {
  CASE_ENTITY_KEYS_SCHEMA,
  CASE_MILESTONE_KEYS_SCHEMA,
  CASE_TIMELINE_KEYS_SCHEMA,
  CASE_MEMBER_INDEXES_SCHEMA,
  CASE_GRAPH_RANK_SCHEMA,
  CASE_GRAPH_HEADS_SCHEMA,
  CASE_GRAPH_ORDER_SCHEMA,
  CASE_TIMELINE_ORDER_SCHEMA,
  CASE_CONTRADICTION_ORDER_SCHEMA,
  CASE_ENTITY_COLUMNS_SCHEMA,
  CASE_HASH_COLUMNS,
  CASE_HEAD_COLUMN,
  CASE_LIST_HEAD_COLUMNS,
  CASE_LINKS_SCHEMA,
  CASE_LIST_COLUMNS,
  CASE_LIST_ROWS_RESET,
  CASE_SCHEMA,
  CASE_VIEWS_SCHEMA,
} from "../case/schema.js";
import { bandKeys, shingles, signature } from "../minhash.js";
import { EXTRACTION_BUILD_COLUMN } from "../sql/extractions.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do, run after `sql` in the same transaction. */
  after?: (db: Database.Database) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents, extractions, quotes, entities, near-duplicate index, full-text search, overrides",
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO meta (key, value) VALUES ('revision', 0);

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );

      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        source TEXT,
        outlet TEXT,
        published TEXT,
        title TEXT,
        text TEXT NOT NULL,
        hash TEXT NOT NULL,
        chars INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES documents(rowid) ON DELETE SET NULL,
        similarity REAL,
        UNIQUE (case_id, doc_id),
        UNIQUE (case_id, hash)
      );
      CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

      -- The extraction as JSON, without its text (that is documents.text).
      CREATE TABLE extractions (
        document INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        json TEXT NOT NULL
      );

      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id INTEGER NOT NULL,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        mentions INTEGER NOT NULL
      );
      CREATE INDEX entities_document ON entities(document);
      CREATE INDEX entities_case_name ON entities(case_id, name COLLATE NOCASE);

      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        document INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE INDEX quotes_document ON quotes(document);
      CREATE INDEX quotes_case_speaker ON quotes(case_id, speaker COLLATE NOCASE);

      -- MinHash band keys (see src/store/minhash.ts): documents sharing a key are candidate copies.
      CREATE TABLE near_duplicate_keys (
        case_id INTEGER NOT NULL,
        band_key INTEGER NOT NULL,
        document INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE
      );
      CREATE INDEX near_duplicate_keys_lookup ON near_duplicate_keys(case_id, band_key);
      CREATE INDEX near_duplicate_keys_document ON near_duplicate_keys(document);

      -- Full-text indexes over the rows above (external content: the text is stored once).
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;

      CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content='quotes', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
      END;
      CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
      END;

      -- Forced merges and splits of cross-document entities, replayed in order by the case builder.
      CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        entities TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX overrides_case ON overrides(case_id, id);
    `,
  },
  {
    version: 2,
    // An on-disk index of band keys costs ~16 random page writes per document; the writer now
    // keeps that index in memory and the store keeps one appended row per document.
    name: "near-duplicate fingerprints: one row per document instead of an index of band keys",
    sql: `
      DROP TABLE near_duplicate_keys;
      CREATE TABLE fingerprints (
        document INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id INTEGER NOT NULL,
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL,
        band_keys BLOB NOT NULL
      );
      CREATE INDEX fingerprints_case ON fingerprints(case_id, document);
    `,
    after: (db) => {
      const insert = db.prepare(
        "INSERT INTO fingerprints (document, case_id, shingles, signature, band_keys) VALUES (?, ?, ?, ?, ?)",
      );
      for (const row of db.prepare("SELECT rowid, case_id, text FROM documents").all() as {
        rowid: number;
        case_id: number;
        text: string;
      }[]) {
        const sh = shingles(row.text);
        const sig = signature(sh);
        insert.run(row.rowid, row.case_id, sh.length, blob(sig), blob(bandKeys(sig)));
      }
    },
  },
  {
    // Where a document came from inside its file: the file, the format, the part (a message of a
    // mailbox, an attachment) and the offset where each PDF page starts (JSON; null for text).
    version: 3,
    name: "document origin: file, format, part and page starts",
    sql: `ALTER TABLE documents ADD COLUMN origin TEXT;`,
  },
  {
    version: 4,
    // Issue 17: renames join merges and splits; an undo withdraws an override (kept, with its
    // time) instead of deleting it, and AUTOINCREMENT means a number is never handed out twice.
    name: "overrides: renames, withdrawn overrides kept, numbers never reused",
    sql: `
      CREATE TABLE overrides_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
        entities TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT,
        created_at TEXT NOT NULL,
        withdrawn_at TEXT
      );
      INSERT INTO overrides_v4 (id, case_id, kind, entities, reason, detail, created_at)
        SELECT id, case_id, kind, entities, reason, detail, created_at FROM overrides;
      DROP TABLE overrides;
      ALTER TABLE overrides_v4 RENAME TO overrides;
      CREATE INDEX overrides_case ON overrides(case_id, id);
    `,
  },
  {
    version: 5,
    // Issue 13: the case file kept in the store, so queries read it instead of rebuilding it.
    // The tables start empty; opening the store for writing fills them (`refreshAllCases`), and
    // until then a reader builds the case in memory as before.
    name: "case file tables: entities, names, members, quotes, milestones, contradictions, graph",
    sql: `${CASE_SCHEMA}
      INSERT INTO case_changes (case_id, changes) SELECT id, 1 FROM cases WHERE true
        ON CONFLICT (case_id) DO NOTHING;`,
  },
  {
    version: 6,
    // Issue 13: a page of people reads each entity's list row, not its whole JSON; counts kept.
    name: "case file tables: each entity's list row, each list's row count",
    sql: CASE_LIST_ROWS_RESET,
    after: (db) => addTextColumns(db, CASE_LIST_COLUMNS),
  },
  {
    version: 7,
    // Issue 13: an entity's page reads its connections and members through an index.
    name: "case file tables: each entity's graph edges and members (case_links)",
    sql: CASE_LINKS_SCHEMA,
  },
  {
    version: 8,
    // Issue 13: the overview, brief, accounts and graph answer without building the case.
    name: "case file tables: answers about the whole case, computed by the refresh (case_views)",
    sql: CASE_VIEWS_SCHEMA,
  },
  {
    version: 9,
    // Issue 13: a page of an entity's profile reads its head and the first rows of each list.
    name: "case file tables: each entity's profile head, the contradictions of each entity (case_links)",
    sql: CASE_LIST_ROWS_RESET,
    after: (db) => addTextColumns(db, [CASE_HEAD_COLUMN]),
  },
  {
    version: 10,
    // Issue 13: a page of a profile lists milestones and contradictions from their heads.
    name: "case file tables: each milestone's and contradiction's head",
    sql: CASE_LIST_ROWS_RESET,
    after: (db) => addTextColumns(db, CASE_LIST_HEAD_COLUMNS),
  },
  {
    version: 11,
    // Issue 13: a refresh writes only the rows that changed, found by each row's digest.
    name: "case file tables: each row's digest (hash)",
    sql: "",
    after: (db) => addTextColumns(db, CASE_HASH_COLUMNS),
  },
  {
    version: 12,
    // Issue 13: an entity's row is keyed by its id and ordered by `ord`, not by its position.
    name: "case file tables: entities keyed by id and ordered by ord, the name index by entity id",
    sql: CASE_ENTITY_KEYS_SCHEMA,
  },
  {
    version: 13,
    // Issue 13: a milestone's row is keyed by what it holds; its id is given by its position's row.
    name: "case file tables: milestones keyed by a digest, their ids in case_timeline",
    sql: CASE_MILESTONE_KEYS_SCHEMA,
  },
  {
    version: 14,
    // Issue 13: a position's row keyed by its milestone's key; a milestone's key is its digest.
    name: "case file tables: a position's row keyed by its milestone's key, a milestone's key its digest",
    sql: CASE_TIMELINE_KEYS_SCHEMA,
  },
  {
    version: 15,
    // Issue 13: an entity's members and member links looked up by its id, not by a walk of the case's.
    name: "case file tables: an entity's members and member links indexed by its id",
    sql: CASE_MEMBER_INDEXES_SCHEMA,
  },
  {
    version: 16,
    // Issue 13: the graph kept once, in case_graph with each row's rank, not again among the views.
    name: "case file tables: the graph kept once, each node and edge with its rank by weight",
    sql: CASE_GRAPH_RANK_SCHEMA,
  },
  {
    version: 17,
    // Issue 13: a drawing of the graph reads each edge as drawn (its head), not its sentences.
    name: "case file tables: each graph edge's row keeps the edge as drawn (head_json)",
    sql: CASE_GRAPH_HEADS_SCHEMA,
  },
  {
    version: 18,
    // Issue 13: a milestone's position row keeps its place in the list's order, not its position and id.
    name: "case file tables: a milestone's position row ordered by ord, its id counted when read",
    sql: CASE_TIMELINE_ORDER_SCHEMA,
  },
  {
    version: 19,
    // Issue 13: a contradiction's row keyed by its place in the list's order, its id and its milestone's counted when read.
    name: "case file tables: a contradiction's row keyed by ord, its id and its milestone subject's counted when read",
    sql: CASE_CONTRADICTION_ORDER_SCHEMA,
  },
  {
    version: 20,
    // Issue 13: an entity's short columns before its JSON, so a list row or a profile's head is read without walking the JSON's overflow pages.
    name: "case file tables: an entity's digest, list row and head before its JSON",
    sql: CASE_ENTITY_COLUMNS_SCHEMA,
  },
  {
    version: 21,
    // Issue 13: a graph row keyed by its place in its list's order, its rank by weight and its milestone's number made of what does not move.
    name: "case file tables: a graph row keyed by ord, its rank by weight and its milestone's number counted when read",
    sql: CASE_GRAPH_ORDER_SCHEMA,
  },
  {
    version: 22,
    // Which build of the extractor made each extraction (src/extract/build-id.ts), so that the
    // articles an older build extracted are found and extracted again (`casefile rebuild --extract`);
    // NULL: stored before builds were recorded.
    name: "extractions: the build of the extractor that made each one",
    // The index answers "which were extracted by another build" without reading the JSON before the
    // build in each row (see SqlDialect.extractionsByBuild); made while every build is NULL, it
    // reads only each row's header.
    sql: "",
    after: (db) => {
      addTextColumns(db, [EXTRACTION_BUILD_COLUMN]);
      db.exec("CREATE INDEX IF NOT EXISTS extractions_build ON extractions(document, build)");
    },
  },
];

/** Adds each TEXT column that its table lacks. */
function addTextColumns(db: Database.Database, columns: readonly { table: string; column: string }[]): void {
  for (const { table, column } of columns) {
    const have = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!have.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} TEXT`);
  }
}

export function blob(array: Uint32Array | Int32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
