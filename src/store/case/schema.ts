// The case file kept in the store: portable tables (src/store/sql/executor.ts rules: standard
// CREATE TABLE / CREATE INDEX, no engine-specific types or functions) that both the SQLite store
// (migration 5) and a PostgreSQL store create with the same statements.
//
// Each list of the case file is one table whose rows keep the item as JSON beside the columns
// the queries look things up by, with `seq` its position in the case file's list, so a query
// reads just the rows it answers with, in the case's order:
//
//   case_state          per case: the change count the tables were built from, override issues,
//                       how many rows each list holds
//   case_changes        per case: a counter every write to the case's documents or overrides bumps
//   case_documents      the case's documents as the case file lists them
//   case_entities       cross-document entities (aliases, roles, merge records in the JSON), and
//                       each one's row in a list of entities (list_json: a few short fields) and
//                       the head of its profile's page (head_json: cut lists and counts)
//   case_names          the name index: each entity's name and alias keys (blocking / lookup)
//   case_members        document entity (document, local id) → case entity
//   case_quotes         quotes with their resolved speakers; case_quote_about: entities named inside
//   case_timeline       the timeline's milestones and the off-timeline reports: each one's place
//                       in its list's order (`ord`; its id, `ev:TYPE:N`, counted when read),
//                       keyed by its row in case_milestones
//   case_milestones     each milestone or report with its reports (JSON), keyed by what it holds;
//                       case_milestone_participants: who took part
//   case_contradictions where the sources disagree, by subject (for both: head_json, what a page
//                       of a profile lists of each), each keyed by its place in the list's order
//                       (`ord`; its id, `c:FIELD:N`, and a milestone subject's counted when read)
//   case_graph          graph nodes and edges, each with its rank by weight (a drawing of the
//                       heaviest nodes reads those ranked below its limit) and each edge as
//                       drawn (head_json: its sentences counted)
//   case_links          per entity: the graph edges touching it (with the other end and the
//                       edge's label), for a body the entities belonging to it, and the
//                       contradictions its profile lists
//   case_views          answers about the whole case (overview, brief, accounts),
//                       computed by the refresh from the case file it writes
//
// Rows are keyed by the case's id (cases.id); deleting a case's rows is one DELETE per table.

export const CASE_TABLES = [
  "case_state",
  "case_documents",
  "case_entities",
  "case_names",
  "case_members",
  "case_quotes",
  "case_quote_about",
  "case_timeline",
  "case_milestones",
  "case_milestone_participants",
  "case_contradictions",
  "case_graph",
  "case_links",
  "case_views",
] as const;

/** The case tables as migration 12 (SQLite; 11 on PostgreSQL) found them: shipped migration text uses this list. */
const CASE_TABLES_V12 = CASE_TABLES.filter((t) => t !== "case_timeline");

export const CASE_SCHEMA = `
  CREATE TABLE IF NOT EXISTS case_changes (
    case_id INTEGER PRIMARY KEY,
    changes INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS case_state (
    case_id INTEGER PRIMARY KEY,
    changes INTEGER NOT NULL,
    built_at TEXT NOT NULL,
    issues TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS case_documents (
    case_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
  );
  CREATE INDEX IF NOT EXISTS case_documents_id ON case_documents (case_id, id);
  CREATE TABLE IF NOT EXISTS case_entities (
    case_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
  );
  CREATE INDEX IF NOT EXISTS case_entities_id ON case_entities (case_id, id);
  CREATE INDEX IF NOT EXISTS case_entities_type ON case_entities (case_id, type, seq);
  CREATE TABLE IF NOT EXISTS case_names (
    case_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    level INTEGER NOT NULL,
    seq INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS case_names_key ON case_names (case_id, key, level);
  CREATE TABLE IF NOT EXISTS case_members (
    case_id INTEGER NOT NULL,
    document TEXT NOT NULL,
    local_id TEXT NOT NULL,
    entity TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS case_members_document ON case_members (case_id, document);
  CREATE TABLE IF NOT EXISTS case_quotes (
    case_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    speaker TEXT,
    document TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
  );
  CREATE INDEX IF NOT EXISTS case_quotes_speaker ON case_quotes (case_id, speaker, seq);
  CREATE TABLE IF NOT EXISTS case_quote_about (
    case_id INTEGER NOT NULL,
    entity TEXT NOT NULL,
    seq INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS case_quote_about_entity ON case_quote_about (case_id, entity, seq);
  CREATE TABLE IF NOT EXISTS case_milestones (
    case_id INTEGER NOT NULL,
    list TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, list, seq)
  );
  CREATE TABLE IF NOT EXISTS case_milestone_participants (
    case_id INTEGER NOT NULL,
    entity TEXT NOT NULL,
    list TEXT NOT NULL,
    seq INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS case_milestone_participants_entity ON case_milestone_participants (case_id, entity, list, seq);
  CREATE TABLE IF NOT EXISTS case_contradictions (
    case_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    subject_id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
  );
  CREATE INDEX IF NOT EXISTS case_contradictions_subject ON case_contradictions (case_id, subject_id, seq);
  CREATE TABLE IF NOT EXISTS case_graph (
    case_id INTEGER NOT NULL,
    part TEXT NOT NULL,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, part, seq)
  );
`;

/**
 * The second form of the case tables (SQLite migration 6, PostgreSQL migration 4; CASE_SCHEMA is
 * shipped migration text and stays as it was), two TEXT columns each added when missing: each entity also keeps the few short fields a list
 * of entities shows (`EntityListRow`, src/casefile/queries.ts), so a page of `people` reads those
 * and not the mentions and members of a case's main characters, whose JSON grows with every
 * article naming them; and the case's state keeps how many rows each list holds, so a page's
 * "of N" note counts nothing. The case files stored before are dropped from `case_state`: the
 * next writer builds them again (`fillNewCases`, or the next refresh), readers build in memory until then.
 */
export const CASE_LIST_COLUMNS: readonly { table: string; column: string }[] = [
  { table: "case_entities", column: "list_json" },
  { table: "case_state", column: "counts" },
];
export const CASE_LIST_ROWS_RESET = "DELETE FROM case_state;";

/** Bumps the store's revision (`Store.revision`); run in the same transaction as every write to the store. */
export const BUMP_REVISION = "UPDATE meta SET value = value + 1 WHERE key = 'revision'";

/** Bumps a case's change counter; run in the same transaction as every write to the case. */
export const BUMP_CASE_CHANGES = `INSERT INTO case_changes (case_id, changes) VALUES (?, 1)
  ON CONFLICT (case_id) DO UPDATE SET changes = case_changes.changes + 1`;

/**
 * The third form of the case tables (SQLite migration 7, PostgreSQL migration 6): an entity's
 * page names whom it is connected to (the graph's edges touching it) and, for a body, who belongs
 * to it; without an index both meant reading the whole graph and every entity. `kind` is "edge"
 * (`seq` the edge's position in the graph's edges, `other` its other end, `label` its label) or
 * "member" (`entity` a body, `seq` the member's position in the entity list, `other` its id). The
 * case files stored before are dropped, as in migration 6, and built again by the next writer.
 */
export const CASE_LINKS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS case_links (
    case_id INTEGER NOT NULL,
    entity TEXT NOT NULL,
    kind TEXT NOT NULL,
    seq INTEGER NOT NULL,
    other TEXT NOT NULL,
    label TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS case_links_entity ON case_links (case_id, entity, kind, seq);
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The fourth form of the case tables (SQLite migration 8, PostgreSQL migration 7): the answers
 * that need the whole case (the overview's counts and dates, the brief, each actor's account, the
 * graph's heaviest nodes) computed once by the refresh from the case file it has just built, and
 * written in the same transaction, so a request reads them instead of building the case. `view`
 * names the answer (src/server/case-views.ts); a view of one row has `seq` 0; a list keeps its
 * position in `seq` and what a request selects it by in `rank` (a subject's position, a graph
 * node's rank by weight, an edge's largest rank of its two ends). The case files stored before
 * are dropped, as in migration 6, and built again by the next writer.
 */
export const CASE_VIEWS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS case_views (
    case_id INTEGER NOT NULL,
    view TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, view, seq)
  );
  CREATE INDEX IF NOT EXISTS case_views_rank ON case_views (case_id, view, rank);
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The fifth form of the case tables (SQLite migration 9, PostgreSQL migration 8): a page of an
 * entity's profile (`casefile show` on a terminal) reads the entity's head (`EntityHead`,
 * src/casefile/queries.ts: names, roles and ages each with their first documents and how many,
 * the first documents, how many quotes, events and contradictions), not its whole JSON, which
 * for a case's main character holds every mention and member and grows with each article; and
 * the contradictions a profile lists are found through `case_links` rows of kind
 * "contradiction" (`seq` the contradiction's position, `other` its subject), as the first of
 * them in order on an index, not by reading every milestone the entity takes part in. The case
 * files stored before are dropped, as in migration 6, and built again by the next writer.
 */
export const CASE_HEAD_COLUMN = { table: "case_entities", column: "head_json" } as const;

/**
 * The sixth form of the case tables (SQLite migration 10, PostgreSQL migration 9): a page of an
 * entity's profile lists each of its milestones and contradictions from its head (`EventHead`
 * and `ContradictionHead`, src/casefile/queries.ts: the first documents of each with how many),
 * not its whole JSON, which holds every report or source sentence and, for a happening every
 * article tells, grows with each article. The case files stored before are dropped, as in
 * migration 6, and built again by the next writer.
 */
export const CASE_LIST_HEAD_COLUMNS: readonly { table: string; column: string }[] = [
  { table: "case_milestones", column: "head_json" },
  { table: "case_contradictions", column: "head_json" },
];

/**
 * The seventh form of the case tables (SQLite migration 11, PostgreSQL migration 10): each row of
 * a list keeps a digest of its values and of the index rows made from it (`hash`), so a refresh
 * writes only the rows that differ from what it computed and removes those no longer in the list
 * (`writeCase`, tables.ts), instead of deleting and writing the whole case again. The case files
 * stored before stay readable as they are: a row without a digest is written again by the next
 * refresh.
 */
export const CASE_HASH_COLUMNS: readonly { table: string; column: string }[] = [
  "case_views",
  "case_documents",
  "case_entities",
  "case_quotes",
  "case_milestones",
  "case_contradictions",
  "case_graph",
].map((table) => ({ table, column: "hash" }));

/**
 * The eighth form of the case tables (SQLite migration 12, PostgreSQL migration 11): an entity's
 * row is keyed by its id, not by its position in the case's entity list, and keeps its place in
 * that order as `ord` (`entityOrderKeys`, tables.ts: made of what the order is decided by, the
 * entity's type, how many documents and mentions it has, its name), so a refresh after a batch
 * leaves alone the rows of the entities the batch did not name, where a new entity used to move
 * every later one a position and so change its row. The name index names the entity by id
 * (`entity`) for the same reason, and a body's members (`case_links` rows of kind "member") are
 * put in order through their rows' `ord`. The case files stored before are dropped (every case
 * table's rows) and built again by the next writer.
 */
export const CASE_ENTITY_KEYS_SCHEMA = `
  DROP TABLE IF EXISTS case_entities;
  DROP TABLE IF EXISTS case_names;
  CREATE TABLE case_entities (
    case_id INTEGER NOT NULL,
    id TEXT NOT NULL,
    ord TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    list_json TEXT,
    head_json TEXT,
    hash TEXT,
    PRIMARY KEY (case_id, id)
  );
  CREATE INDEX case_entities_ord ON case_entities (case_id, ord);
  CREATE INDEX case_entities_type ON case_entities (case_id, type, ord);
  CREATE TABLE case_names (
    case_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    level INTEGER NOT NULL,
    entity TEXT NOT NULL
  );
  CREATE INDEX case_names_key ON case_names (case_id, key, level);
  CREATE INDEX case_names_entity ON case_names (case_id, entity);
  ${CASE_TABLES_V12.filter((t) => t !== "case_entities" && t !== "case_names")
    .map((t) => `DELETE FROM ${t};`)
    .join("\n  ")}
`;

/**
 * The ninth form of the case tables (SQLite migration 13, PostgreSQL migration 12): a milestone's
 * id (`ev:TYPE:N`) is its position in the timeline (or, for a report kept off it, after the
 * timeline's last), so one milestone added early in the timeline moved every later one and
 * changed its row. The rows of `case_milestones` now hold what a milestone is, keyed by a digest
 * of it (`key`), their JSON and head without the id (`"id":""`); `case_timeline` gives each
 * position of the two lists its id and the key of its row, a short row written again when the
 * position moves; the id is put into the JSON when the row is read. Who takes part in a
 * milestone names its row by key. The case files stored before are dropped, as in migration 6,
 * and built again by the next writer.
 */
export const CASE_MILESTONE_KEYS_SCHEMA = `
  DROP TABLE IF EXISTS case_timeline;
  DROP TABLE IF EXISTS case_milestones;
  DROP TABLE IF EXISTS case_milestone_participants;
  CREATE TABLE case_timeline (
    case_id INTEGER NOT NULL,
    list TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    key TEXT NOT NULL,
    hash TEXT,
    PRIMARY KEY (case_id, list, seq)
  );
  CREATE INDEX case_timeline_key ON case_timeline (case_id, key);
  CREATE TABLE case_milestones (
    case_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    list TEXT NOT NULL,
    json TEXT NOT NULL,
    head_json TEXT NOT NULL,
    hash TEXT,
    PRIMARY KEY (case_id, key)
  );
  CREATE TABLE case_milestone_participants (
    case_id INTEGER NOT NULL,
    entity TEXT NOT NULL,
    list TEXT NOT NULL,
    key TEXT NOT NULL
  );
  CREATE INDEX case_milestone_participants_entity ON case_milestone_participants (case_id, entity, list);
  CREATE INDEX case_milestone_participants_key ON case_milestone_participants (case_id, key);
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The tenth form of the case tables (SQLite migration 14, PostgreSQL migration 13). A position's
 * row in `case_timeline` was keyed by the position, so when one milestone was added early in the
 * timeline every later position took another milestone's key, and the index on those keys
 * (digests, in no order) was written again at pages all over it. Now the row is keyed by its
 * milestone's key (and `alike`, 0, or 1, 2… for the second and later of milestones alike in all
 * they hold), with the position (`list`, `seq`) and the id as its columns and an index in their
 * order: a milestone that moves changes its row's position and its entry in that index, next to
 * the one it had. A row of `case_milestones` keeps no digest besides its key, which is one (of
 * all the row holds): the stored rows' digests were read from a column after the JSON, through
 * every JSON's overflow pages, and are now read from the key's index alone; the JSON comes last.
 * The case files stored before are dropped, as in migration 6, and built again by the next writer.
 */
export const CASE_TIMELINE_KEYS_SCHEMA = `
  DROP TABLE IF EXISTS case_timeline;
  DROP TABLE IF EXISTS case_milestones;
  CREATE TABLE case_milestones (
    case_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    list TEXT NOT NULL,
    head_json TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, key)
  );
  CREATE TABLE case_timeline (
    case_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    alike INTEGER NOT NULL,
    hash TEXT,
    list TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (case_id, key, alike)
  );
  CREATE INDEX case_timeline_seq ON case_timeline (case_id, list, seq);
  DELETE FROM case_milestone_participants;
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The eleventh form of the case tables (SQLite migration 15, PostgreSQL migration 14): a refresh
 * that replaces an entity's row reads the index rows the entity made (its members, and the
 * bodies it belongs to) to write only those that changed, and deletes those of an entity no
 * longer in the case (`rewriteIndexRows`, tables.ts); both look the rows up by the entity's id.
 * Without an index on that column each read walked every member of the case, so what a batch
 * cost grew with the case. `case_links` is indexed on a member's id for its rows of kind
 * "member" only: its graph edges, most of its rows, are looked up by their entity and position,
 * and a second index over them would be written again by every refresh. The case files stored
 * before stay as they are.
 */
export const CASE_MEMBER_INDEXES_SCHEMA = `
  CREATE INDEX IF NOT EXISTS case_members_entity ON case_members (case_id, entity);
  CREATE INDEX IF NOT EXISTS case_links_member ON case_links (case_id, other) WHERE kind = 'member';
`;

/**
 * The twelfth form of the case tables (SQLite migration 16, PostgreSQL migration 15): the graph
 * was kept twice, as the case file's list (`case_graph`) and as the answer to a drawing of its
 * heaviest nodes (`case_views` rows "graph-node" and "graph-edge", each node again and each edge
 * without its sentences), and a refresh wrote both. Now `case_graph` is the only copy: each row
 * keeps what a drawing selects it by (`rank`: a node's rank by weight, an edge's larger rank of
 * its two ends), read on `(case_id, part, rank)`, and an edge's sentences are counted when it is
 * drawn. In both tables the digest comes before the JSON, so a refresh reads the stored digests
 * without the JSON's overflow pages (the accounts' and the brief's parts are a million characters
 * each); a view's `rank` is read by nothing now and loses its index. The graph's rows, its edges'
 * links and the views are dropped, and the case files stored before are built again by the next
 * writer.
 */
export const CASE_GRAPH_RANK_SCHEMA = `
  DROP TABLE IF EXISTS case_graph;
  CREATE TABLE case_graph (
    case_id INTEGER NOT NULL,
    part TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    hash TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, part, seq)
  );
  CREATE INDEX case_graph_rank ON case_graph (case_id, part, rank);
  DROP TABLE IF EXISTS case_views;
  CREATE TABLE case_views (
    case_id INTEGER NOT NULL,
    view TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    hash TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, view, seq)
  );
  DELETE FROM case_links WHERE kind = 'edge';
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The thirteenth form of the case tables (SQLite migration 17, PostgreSQL migration 16): a drawing
 * of the graph's heaviest nodes lists each edge between them with its sentences counted, not
 * listed (`viewEdge`), and read each drawn edge's whole JSON, its sentences (at most 20 an edge)
 * parsed only to be counted. Each edge's row now keeps the edge as it is drawn (`head_json`: its
 * id, ends, kind, label and weight), before the JSON, so the drawing reads that alone and not the
 * JSON's overflow pages; a node's row keeps none (its JSON is what a drawing shows). The graph's
 * rows and its edges' links are dropped, and the case files stored before are built again by the
 * next writer.
 */
export const CASE_GRAPH_HEADS_SCHEMA = `
  DROP TABLE IF EXISTS case_graph;
  CREATE TABLE case_graph (
    case_id INTEGER NOT NULL,
    part TEXT NOT NULL,
    seq INTEGER NOT NULL,
    rank INTEGER NOT NULL,
    hash TEXT,
    head_json TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, part, seq)
  );
  CREATE INDEX case_graph_rank ON case_graph (case_id, part, rank);
  DELETE FROM case_links WHERE kind = 'edge';
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The fourteenth form of the case tables (SQLite migration 18, PostgreSQL migration 17): a
 * position's row in `case_timeline` kept the milestone's position (`seq`) and its id (`ev:TYPE:N`,
 * N that position), so one milestone added early in the timeline gave every later milestone and
 * every report kept off it a new position and id, and a refresh wrote each of their rows again.
 * Now the row keeps, instead, the milestone's place in its list's order as `ord`: a text of digits
 * made of what the timeline sorts by (dated first, the day, the date's precision) and, among
 * milestones alike in these, its rank among them (`milestoneOrderKeys`, tables.ts), read in order
 * on `(case_id, list, ord)`. A milestone's position and id are counted when it is read. A batch
 * that adds one milestone writes its row and those of the milestones of the same day after it,
 * not every later one. The case files stored before are dropped, as in migration 6, and built
 * again by the next writer.
 */
export const CASE_TIMELINE_ORDER_SCHEMA = `
  DROP TABLE IF EXISTS case_timeline;
  CREATE TABLE case_timeline (
    case_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    alike INTEGER NOT NULL,
    hash TEXT,
    list TEXT NOT NULL,
    ord TEXT NOT NULL,
    PRIMARY KEY (case_id, key, alike)
  );
  CREATE INDEX case_timeline_ord ON case_timeline (case_id, list, ord);
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The fifteenth form of the case tables (SQLite migration 19, PostgreSQL migration 18): a row of
 * `case_contradictions` kept the contradiction's position (`seq`), its id (`c:FIELD:N`, N that
 * position) and, for one about a milestone, the milestone's id (`ev:TYPE:N`, its place in the
 * timeline), so one milestone added early in the timeline gave every later milestone's
 * contradiction another subject and often another number, and a refresh wrote each of their rows
 * again. Now the row is keyed by its place in the list's order, `ord` (`contradictionOrderKeys`,
 * tables.ts: its subject's place, an entity's `ord` or a milestone's, and its field), its JSON and
 * head keeping neither number (`"id":""`, a milestone's `"subjectId":"ev:TYPE:"`): both are counted
 * when it is read, on `(case_id, ord)` and on the timeline's order index. `subject_id` is an
 * entity's id or the milestone's `ord`, and an entity's profile finds its contradictions through
 * `case_links` rows of kind "contradiction" naming the row's `ord` in `other`. The case files
 * stored before are dropped, as in migration 6, and built again by the next writer.
 */
export const CASE_CONTRADICTION_ORDER_SCHEMA = `
  DROP TABLE IF EXISTS case_contradictions;
  CREATE TABLE case_contradictions (
    case_id INTEGER NOT NULL,
    ord TEXT NOT NULL,
    hash TEXT,
    subject_id TEXT NOT NULL,
    head_json TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, ord)
  );
  CREATE INDEX case_contradictions_subject ON case_contradictions (case_id, subject_id);
  DELETE FROM case_links WHERE kind = 'contradiction';
  ${CASE_LIST_ROWS_RESET}
`;

/**
 * The sixteenth form of the case tables (SQLite migration 20): `case_entities` with an entity's
 * short columns (its digest, its list row, its profile's head) before its JSON, which holds every
 * mention and grows with the case. SQLite keeps a row's columns one after the other, a long value
 * on a chain of overflow pages, and reads a column after it by walking that chain: a page of
 * `people` (the case's main characters first) read each one's whole JSON to reach its list row, a
 * profile's head its JSON, and a refresh every entity's JSON to compare digests. The rows are
 * copied as they are (the stored case file stays up to date; nothing is built again). PostgreSQL
 * keeps long values out of the row (TOAST), so reading a short column there never reads the JSON:
 * it has no such migration.
 */
export const CASE_ENTITY_COLUMNS_SCHEMA = `
  CREATE TABLE case_entities_v20 (
    case_id INTEGER NOT NULL,
    id TEXT NOT NULL,
    ord TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    hash TEXT,
    list_json TEXT,
    head_json TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, id)
  );
  INSERT INTO case_entities_v20 (case_id, id, ord, type, name, hash, list_json, head_json, json)
    SELECT case_id, id, ord, type, name, hash, list_json, head_json, json FROM case_entities ORDER BY case_id, ord;
  DROP TABLE case_entities;
  ALTER TABLE case_entities_v20 RENAME TO case_entities;
  CREATE INDEX case_entities_ord ON case_entities (case_id, ord);
  CREATE INDEX case_entities_type ON case_entities (case_id, type, ord);
`;

/**
 * The seventeenth form of the case tables (SQLite migration 21, PostgreSQL migration 19): a row
 * of `case_graph` was keyed by its position in the graph's nodes or edges (`seq`), kept its rank
 * by weight as a position among the nodes (an edge the larger of its ends'), and held the
 * positional ids of the timeline's milestones (`ev:TYPE:N`), so a batch that added one entity, one
 * edge or one milestone moved every later row, every lighter node's rank and every later
 * milestone's id, and a refresh wrote almost the whole graph and its edge links again. Now a row
 * is keyed by its place in its list's order, `ord`, and keeps what a drawing selects it by,
 * `rank`, both texts of digits made of what does not move (`graphOrderKeys`, tables.ts: an
 * entity's or a milestone's `ord`, where an edge's first link is stated, a node's weight); a
 * milestone's number is left off the ids of its node and of the edges ending at it and counted
 * when read from its place on the timeline (`milestone`, its `ord` there). An entity's page finds
 * the edges touching it by their ends (`source`, `target`, with the edge's `label`) on this table,
 * not through `case_links` rows of kind "edge", which are gone. The case files stored before are
 * dropped, as in migration 6, and built again by the next writer.
 */
export const CASE_GRAPH_ORDER_SCHEMA = `
  DROP TABLE IF EXISTS case_graph;
  CREATE TABLE case_graph (
    case_id INTEGER NOT NULL,
    part TEXT NOT NULL,
    ord TEXT NOT NULL,
    rank TEXT NOT NULL,
    hash TEXT,
    milestone TEXT,
    source TEXT,
    target TEXT,
    label TEXT,
    head_json TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (case_id, part, ord)
  );
  CREATE INDEX case_graph_rank ON case_graph (case_id, part, rank);
  CREATE INDEX case_graph_source ON case_graph (case_id, source);
  CREATE INDEX case_graph_target ON case_graph (case_id, target);
  DELETE FROM case_links WHERE kind = 'edge';
  ${CASE_LIST_ROWS_RESET}
`;
