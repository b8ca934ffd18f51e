// The PostgreSQL store's schema as numbered migrations, applied in order, each in its own
// transaction together with its row in `schema_version`, under an advisory lock so that several
// processes (workers starting together) never apply one twice. Never edit a migration that has
// shipped: add the next one.
//
// Everything lives in one schema of the database (`casefile` unless the location names another),
// so a database shared with other software, and the job queue's own schema, stay apart.
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
  CASE_HASH_COLUMNS,
  CASE_HEAD_COLUMN,
  CASE_LIST_HEAD_COLUMNS,
  CASE_LINKS_SCHEMA,
  CASE_LIST_COLUMNS,
  CASE_LIST_ROWS_RESET,
  CASE_SCHEMA,
  CASE_VIEWS_SCHEMA,
} from "../case/schema.js";
import type { ClientExecutor } from "./executor.js";
import { documentVector, SEARCH_CONFIG, SEARCH_STEMMER } from "./search.js";
import { WRITE_DOCUMENT_FUNCTION, WRITE_DOCUMENT_WITH_BUILD, WRITE_DOCUMENT_WITH_LOCK_KEY } from "./write.js";
import { EXTRACTION_BUILD_COLUMN } from "../sql/extractions.js";

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    name: "documents, extractions, quotes, entities, near-duplicate keys, full-text search, overrides, users",
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value BIGINT NOT NULL
      );
      INSERT INTO meta (key, value) VALUES ('revision', 0);

      CREATE TABLE cases (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );

      CREATE TABLE documents (
        rowid BIGSERIAL PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        source TEXT,
        outlet TEXT,
        published TEXT,
        title TEXT,
        text TEXT NOT NULL,
        hash TEXT NOT NULL,
        chars INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        duplicate_of BIGINT REFERENCES documents(rowid) ON DELETE SET NULL,
        similarity DOUBLE PRECISION,
        origin TEXT,
        -- The document's place in the order it was given (a queued document keeps its place in the
        -- input however the workers interleave): lists and the case follow this order, as in a
        -- serial ingest.
        ingest_order BIGINT NOT NULL,
        -- Title words weigh more than body words; 'english' stems as FTS5's porter tokenizer does.
        search TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || to_tsvector('english', text)
        ) STORED,
        UNIQUE (case_id, doc_id),
        UNIQUE (case_id, hash)
      );
      CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
      CREATE INDEX documents_case ON documents(case_id, ingest_order, rowid);
      CREATE INDEX documents_search ON documents USING GIN (search);

      CREATE TABLE extractions (
        document BIGINT PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        json TEXT NOT NULL
      );

      CREATE TABLE entities (
        id BIGSERIAL PRIMARY KEY,
        document BIGINT NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id BIGINT NOT NULL,
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        mentions INTEGER NOT NULL
      );
      CREATE INDEX entities_document ON entities(document);
      CREATE INDEX entities_case_name ON entities(case_id, lower(name));

      CREATE TABLE quotes (
        id BIGSERIAL PRIMARY KEY,
        document BIGINT NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id BIGINT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        search TSVECTOR GENERATED ALWAYS AS (
          to_tsvector('english', text) || to_tsvector('english', coalesce(speaker, ''))
        ) STORED
      );
      CREATE INDEX quotes_document ON quotes(document);
      CREATE INDEX quotes_case_speaker ON quotes(case_id, lower(speaker));
      CREATE INDEX quotes_search ON quotes USING GIN (search);

      -- Near-duplicates (src/store/minhash.ts): each document's fingerprint, and for each band
      -- key the first document of the case that had it (what the SQLite store keeps in memory;
      -- here it is shared by every worker).
      CREATE TABLE fingerprints (
        document BIGINT PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id BIGINT NOT NULL,
        shingles INTEGER NOT NULL,
        signature BYTEA NOT NULL
      );
      CREATE TABLE band_keys (
        case_id BIGINT NOT NULL,
        band_key INTEGER NOT NULL,
        document BIGINT NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        PRIMARY KEY (case_id, band_key)
      );
      CREATE INDEX band_keys_document ON band_keys(document);

      -- Merges, splits and renames of cross-document entities, replayed in order by the case
      -- builder; an undo withdraws one (kept, with its time). made_by: the user who made it.
      CREATE TABLE overrides (
        id BIGSERIAL PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
        entities TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT,
        created_at TEXT NOT NULL,
        withdrawn_at TEXT,
        made_by TEXT,
        withdrawn_by TEXT
      );
      CREATE INDEX overrides_case ON overrides(case_id, id);

      -- Articles removed from a case: which, when and by whom (the article itself is gone).
      CREATE TABLE removals (
        id BIGSERIAL PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        title TEXT,
        removed_at TEXT NOT NULL,
        removed_by TEXT
      );

      -- Who may use the server: a token (kept as its sha256) and a role.
      CREATE TABLE users (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('reader', 'editor')),
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    // The case file kept in the store: the same portable tables as the SQLite store's migration 5.
    name: "the case file's tables (src/store/case/schema.ts)",
    sql: CASE_SCHEMA,
  },
  {
    version: 3,
    // A document's write in one round trip, the case lock held only while the server works.
    name: "casefile_write_document(): a document's whole write as one server-side function",
    sql: WRITE_DOCUMENT_FUNCTION,
  },
  {
    version: 4,
    // The SQLite store's migration 6: each entity's list row, each list's row count.
    name: "case file tables: each entity's list row, each list's row count",
    sql: addTextColumns(CASE_LIST_COLUMNS),
  },
  {
    version: 5,
    // Search with the SQLite store's meaning: FTS5 keeps every word, so a phrase ending in a common
    // word ("said the") must match the phrase, not every text holding "said", and a query of
    // common words alone must find something. The 'english' configuration drops its stopwords;
    // casefile_english stems the same way (Snowball English) and keeps them.
    //
    // A document's search vector moves to a table of its own, kept inline (STORAGE MAIN): ranking
    // a common word's matches reads every matching vector, and read from TOAST beside the
    // article's row each cost several page reads (EXPLAIN ANALYZE on 50,000 generated articles,
    // the phrase "said the": 174,000 buffers and 266–345 ms in the documents table, 17,000 and
    // 176–221 ms in a narrow one). A trigger keeps it with the document's title and text.
    name: "full-text search keeps common words (casefile_english); documents' search vectors in document_search",
    sql: `
      CREATE TEXT SEARCH DICTIONARY ${SEARCH_STEMMER} (TEMPLATE = snowball, Language = english);
      CREATE TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG} (COPY = pg_catalog.english);
      ALTER TEXT SEARCH CONFIGURATION ${SEARCH_CONFIG}
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH ${SEARCH_STEMMER};

      CREATE TABLE document_search (
        document BIGINT PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
        case_id BIGINT NOT NULL,
        search TSVECTOR NOT NULL
      );
      ALTER TABLE document_search ALTER COLUMN search SET STORAGE MAIN;
      CREATE FUNCTION casefile_document_search() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
        BEGIN
          INSERT INTO document_search (document, case_id, search)
            VALUES (NEW.rowid, NEW.case_id, ${documentVector("NEW.")})
            ON CONFLICT (document) DO UPDATE SET case_id = EXCLUDED.case_id, search = EXCLUDED.search;
          RETURN NULL;
        END
      $fn$;
      CREATE TRIGGER documents_search_write AFTER INSERT OR UPDATE OF title, text, case_id ON documents
        FOR EACH ROW EXECUTE FUNCTION casefile_document_search();
      INSERT INTO document_search (document, case_id, search) SELECT rowid, case_id, ${documentVector("")} FROM documents;
      CREATE INDEX document_search_match ON document_search USING GIN (search);
      DROP INDEX documents_search;
      ALTER TABLE documents DROP COLUMN search;

      DROP INDEX quotes_search;
      ALTER TABLE quotes DROP COLUMN search;
      ALTER TABLE quotes ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('${SEARCH_CONFIG}', text) || to_tsvector('${SEARCH_CONFIG}', coalesce(speaker, ''))
      ) STORED;
      CREATE INDEX quotes_search ON quotes USING GIN (search);
    `,
  },
  {
    version: 6,
    // The SQLite store's migration 7: each entity's graph edges and members.
    name: "case file tables: each entity's graph edges and members (case_links)",
    sql: CASE_LINKS_SCHEMA,
  },
  {
    version: 7,
    // The SQLite store's migration 8: answers about the whole case, computed by the refresh.
    name: "case file tables: answers about the whole case, computed by the refresh (case_views)",
    sql: CASE_VIEWS_SCHEMA,
  },
  {
    version: 8,
    // The SQLite store's migration 9: each entity's profile head, each entity's contradictions.
    name: "case file tables: each entity's profile head, the contradictions of each entity (case_links)",
    sql: addTextColumns([CASE_HEAD_COLUMN]),
  },
  {
    version: 9,
    // The SQLite store's migration 10: each milestone's and contradiction's head.
    name: "case file tables: each milestone's and contradiction's head",
    sql: addTextColumns(CASE_LIST_HEAD_COLUMNS),
  },
  {
    version: 10,
    // The SQLite store's migration 11: each row's digest; the stored case files stay readable.
    name: "case file tables: each row's digest (hash)",
    sql: addTextColumns(CASE_HASH_COLUMNS, false),
  },
  {
    version: 11,
    // The SQLite store's migration 12: entities keyed by id and ordered by `ord`.
    name: "case file tables: entities keyed by id and ordered by ord, the name index by entity id",
    sql: CASE_ENTITY_KEYS_SCHEMA,
  },
  {
    version: 12,
    // The SQLite store's migration 13: milestones keyed by a digest, their ids in case_timeline.
    name: "case file tables: milestones keyed by a digest, their ids in case_timeline",
    sql: CASE_MILESTONE_KEYS_SCHEMA,
  },
  {
    version: 13,
    // The SQLite store's migration 14: a position's row keyed by its milestone's key; a milestone's key is its digest.
    name: "case file tables: a position's row keyed by its milestone's key, a milestone's key its digest",
    sql: CASE_TIMELINE_KEYS_SCHEMA,
  },
  {
    version: 14,
    // The SQLite store's migration 15: an entity's members and member links indexed by its id.
    name: "case file tables: an entity's members and member links indexed by its id",
    sql: CASE_MEMBER_INDEXES_SCHEMA,
  },
  {
    version: 15,
    // The SQLite store's migration 16: the graph kept once, each node and edge with its rank.
    name: "case file tables: the graph kept once, each node and edge with its rank by weight",
    sql: CASE_GRAPH_RANK_SCHEMA,
  },
  {
    version: 16,
    // The SQLite store's migration 17: each graph edge's row keeps the edge as drawn.
    name: "case file tables: each graph edge's row keeps the edge as drawn (head_json)",
    sql: CASE_GRAPH_HEADS_SCHEMA,
  },
  {
    version: 17,
    // The SQLite store's migration 18: a milestone's position row ordered by ord, its id counted when read.
    name: "case file tables: a milestone's position row ordered by ord, its id counted when read",
    sql: CASE_TIMELINE_ORDER_SCHEMA,
  },
  {
    version: 18,
    // The SQLite store's migration 19: a contradiction's row keyed by ord, its ids counted when read.
    name: "case file tables: a contradiction's row keyed by ord, its id and its milestone subject's counted when read",
    sql: CASE_CONTRADICTION_ORDER_SCHEMA,
  },
  {
    version: 19,
    // The SQLite store's migration 21: a graph row keyed by ord, its rank by weight a text, its milestone's number counted when read.
    name: "case file tables: a graph row keyed by ord, its rank by weight and its milestone's number counted when read",
    sql: CASE_GRAPH_ORDER_SCHEMA,
  },
  {
    version: 20,
    // The SQLite store's migration 22: the build of the extractor that made each extraction, which
    // the write function now stores (NULL for the rows stored before).
    name: "extractions: the build of the extractor that made each one",
    sql: `${addTextColumns([EXTRACTION_BUILD_COLUMN], false)}\n${WRITE_DOCUMENT_WITH_BUILD}`,
  },
  {
    version: 21,
    // The write lock keyed by the store's schema and the case, as its queue and refresh locks are:
    // two schemas of one database, each with a case of one name, no longer write one at a time.
    name: "casefile_write_document(): the case's write lock keyed by the store's schema and the case",
    sql: WRITE_DOCUMENT_WITH_LOCK_KEY,
  },
];

/**
 * Adds each TEXT column its table lacks and, with `reset`, drops the case files stored before
 * (built again by the next writer).
 */
function addTextColumns(columns: readonly { table: string; column: string }[], reset = true): string {
  return [
    ...columns.map(({ table, column }) => `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} TEXT;`),
    ...(reset ? [CASE_LIST_ROWS_RESET] : []),
  ].join("\n");
}

export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;

/** Any fixed number: every Casefile process takes this lock to migrate. */
const MIGRATION_LOCK = 0x43617365;

/** Brings schema `schema` up to the latest version; `inTransaction` runs each step in one transaction. */
export async function migratePostgres(
  schema: string,
  inTransaction: (fn: (tx: ClientExecutor) => Promise<void>) => Promise<void>,
  location: string,
  newer: (location: string) => Error,
): Promise<void> {
  const quoted = quoteIdent(schema);
  await inTransaction(async (tx) => {
    await tx.raw("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.raw(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await tx.raw(
      `CREATE TABLE IF NOT EXISTS ${quoted}.schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
  });
  // Whether this process upgraded a store that already had a schema (and so, perhaps, rows).
  let upgraded = false;
  for (const m of PG_MIGRATIONS)
    await inTransaction(async (tx) => {
      await tx.raw("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const [row] = await tx.raw<{ v: number | null }>(`SELECT max(version) AS v FROM ${quoted}.schema_version`);
      const version = row?.v ?? 0;
      if (version > PG_LATEST_VERSION) throw newer(location);
      if (m.version <= version) return; // another process got there first while we waited
      if (version > 0) upgraded = true;
      await tx.raw(`SET LOCAL search_path TO ${quoted}`);
      await tx.raw(m.sql);
      await tx.raw(`INSERT INTO ${quoted}.schema_version (version, name, applied_at) VALUES ($1, $2, $3)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    });
  // A migration that rewrites a column (a search vector dropped and added again) leaves it without
  // statistics, and autovacuum does not count a rewrite as changed rows, so the planner would price
  // every word of a search as rare until enough rows changed: on 50,000 articles, "the" on the
  // quotes took 1.2 s through the index instead of 0.16 s by a scan. An upgraded store is analysed
  // once (a few seconds at that size); a new one has nothing to analyse.
  if (upgraded)
    await inTransaction(async (tx) => {
      const tables = await tx.raw<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = $1", [
        schema,
      ]);
      if (tables.length) await tx.raw(`ANALYZE ${tables.map((t) => `${quoted}.${quoteIdent(t.name)}`).join(", ")}`);
    });
}

/** A schema name as an SQL identifier (only letters, digits and _ are accepted by the caller). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
