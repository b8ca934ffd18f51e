// Writing a built case file into the case tables (schema.ts) and reading it back, whole or a
// piece at a time, through the portable executor only: the SQLite and the PostgreSQL stores
// share this code unchanged.
//
// How the stored case stays equal to a rebuild: the case file is a deterministic function of
// the case's documents (in ingest order) and its overrides (`buildCase`, src/casefile/build.ts).
// The tables hold that function's value together with the case's change count it was computed
// from (`case_changes`, bumped in the same transaction as every document or override write).
// `refreshCase` (refresh.ts) recomputes it when the count has moved and writes, in one
// transaction, the rows that differ from the stored ones (each row keeps a digest of what it
// holds), so the stored case is always exactly some rebuild's result; a reader that finds
// the count moved on since (another process is ingesting) falls back to building in memory.
import { hash as hashText } from "node:crypto";
import { edgeId, graphLinks, viewEdge } from "../../casefile/graph.js";
import { TYPE_ORDER } from "../../casefile/groups.js";
import { bodyKey, dayNumber, fold, personKey } from "../../casefile/names.js";
import {
  contradictionEntities,
  contradictionHead,
  entityHead,
  entityListRow,
  eventHead,
  limitContradictionHead,
  limitEventHead,
  limitHead,
  profileCounts,
  type ContradictionHead,
  type EntityHead,
  type EventHead,
  type EntityListRow,
  type ProfilePage,
} from "../../casefile/queries.js";
import type {
  CaseDocument,
  CaseEntity,
  CaseFile,
  CaseGraph,
  CaseQuote,
  GraphEdge,
  Contradiction,
  OverrideIssue,
  TimelineEntry,
} from "../../casefile/types.js";
import { utf8Bytes, type SqlExecutor, type SqlValue, type Utf8Value } from "../sql/executor.js";
import { CASE_TABLES } from "./schema.js";

/** Rows per INSERT … VALUES (…), (…): few round trips, well under every engine's parameter limit. */
const BATCH = 100;

/**
 * Characters of text per INSERT, beyond which a batch is written before it has BATCH rows: each
 * engine's driver copies the statement's text into its own buffers (UTF-8, then the record or
 * the message), so a batch holding a case's main characters, or a view of the whole case, would
 * be held several times over while it is written.
 */
const BATCH_CHARS = 1 << 20;

/**
 * Characters per row of a view kept in parts (`viewParts`): the accounts and the brief's model of
 * a 10,000-article case are 60 MB of JSON each, and written as one value each was copied by the
 * driver and by the engine at once.
 */
export const VIEW_PART = 1 << 20;

/**
 * Inserts `rows` (each after the case's id), a batch at a time as they are made: a case's rows
 * are its whole case file again as JSON (134 MB at 10,000 articles), so they are never all held
 * at once, only the batch being written. With `conflict` (the table's key columns), a row whose
 * key is stored already replaces that row's other columns.
 */
async function insertRows(
  tx: SqlExecutor,
  table: string,
  columns: string[],
  caseId: number,
  rows: Iterable<SqlValue[]>,
  conflict?: string[],
): Promise<void> {
  const one = `(${["?", ...columns.map(() => "?")].join(", ")})`;
  const upsert = conflict
    ? ` ON CONFLICT (case_id, ${conflict.join(", ")}) DO UPDATE SET ${columns
        .filter((c) => !conflict.includes(c))
        .map((c) => `${c} = excluded.${c}`)
        .join(", ")}`
    : "";
  let part: SqlValue[] = [];
  let n = 0;
  let chars = 0;
  const flush = async () => {
    if (n === 0) return;
    const values = Array.from({ length: n }, () => one).join(", ");
    await tx.run(`INSERT INTO ${table} (${["case_id", ...columns].join(", ")}) VALUES ${values}${upsert}`, part);
    part = [];
    n = 0;
    chars = 0;
  };
  for (const row of rows) {
    part.push(caseId, ...row);
    for (const v of row) if (typeof v === "string") chars += v.length;
    if (++n === BATCH || chars >= BATCH_CHARS) await flush();
  }
  await flush();
}

/**
 * The rows of a view of one value (`StoredCase.view` joins them again): its JSON cut every
 * `part` characters, never between the two halves of a surrogate pair (each part is a text of
 * its own to the engine, and half a pair is no character). The JSON may come as pieces to be
 * joined (a list's items made into JSON one at a time, each let go once it is text): the parts
 * are the same as of the joined text, which is never held whole.
 */
export function viewParts(view: string, json: string | Iterable<string>, part = VIEW_PART): ViewRow[] {
  const rows: ViewRow[] = [];
  let rest = "";
  // Cuts the parts `rest` holds: while more than a part is left (a cut at `part` has text after
  // it, as within the joined text), or, at the end, all that is left (one empty part for no text).
  const cut = (end: boolean) => {
    while (rest.length > part || (end && (rest.length > 0 || rows.length === 0))) {
      let at = Math.min(rest.length, part);
      const last = rest.charCodeAt(at - 1);
      if (at < rest.length && last >= 0xd800 && last <= 0xdbff) at += at - 1 > 0 ? -1 : 1;
      rows.push([view, rows.length, 0, rest.slice(0, at)]);
      rest = rest.slice(at);
      if (rest.length === 0) break;
    }
  };
  for (const piece of typeof json === "string" ? [json] : json) {
    rest += piece;
    cut(false);
  }
  cut(true);
  return rows;
}

/** The keys a typed name is looked up by (see `matchEntities` in src/casefile/queries.ts). */
export function queryKeys(q: string): string[] {
  return [...new Set([personKey(q), bodyKey(q), fold(q)])].filter(Boolean);
}

/** Name index rows of one entity: level 1 its name's keys, level 2 its aliases', level 3 folded texts for "contains". */
function nameRows(e: CaseEntity): SqlValue[][] {
  const rows = new Map<string, number>();
  const put = (key: string, level: number) => {
    if (!key) return;
    const k = `${level}\u0000${key}`;
    if (!rows.has(k)) rows.set(k, level);
  };
  for (const k of [fold(e.name), personKey(e.name), bodyKey(e.name)]) put(k, 1);
  for (const a of e.aliases) for (const k of [fold(a.text), personKey(a.text)]) put(k, 2);
  put(fold(e.name), 3);
  for (const a of e.aliases) put(fold(a.text), 3);
  return [...rows].map(([k, level]) => [k.slice(k.indexOf("\u0000") + 1), level, e.id]);
}

/** `n` in decimal, `width` digits. */
const digits = (n: number, width: number) => String(n).padStart(width, "0");

/** Above any entity's count of documents or mentions: a count is kept as what it lacks of this, so more sorts first. */
const COUNT_CEILING = 999_999_999;

/**
 * Each entity's place in the case's entity order (`finishResolution`, src/casefile/entities.ts:
 * type, then more documents first, more mentions first, name, first mention) as a text of digits
 * that sorts in that order in any engine and collation (`case_entities.ord`): the type's rank,
 * the counts as what they lack of COUNT_CEILING, the name's UTF-16 code units each as five digits
 * (one more than the unit, so the name's end, five zeros, sorts before any longer name it begins),
 * and last, among entities alike in all of these (two "Nora Quill" told apart by their first
 * mention), the entity's rank among them. An entity's key changes only when one of these does:
 * a batch that does not name it leaves its row as it was. "Nora Quill", a person in 3 documents
 * with 5 mentions: 00 999999996 999999994 00079 00112 … 00000 000000000.
 */
export function entityOrderKeys(entities: readonly CaseEntity[]): string[] {
  return rankAlike(
    entities.map((e) => {
      let name = "";
      for (let i = 0; i < e.name.length; i++) name += digits(e.name.charCodeAt(i) + 1, 5);
      return `${digits(TYPE_ORDER[e.type], 2)}${digits(COUNT_CEILING - e.documents.length, 9)}${digits(COUNT_CEILING - e.mentionCount, 9)}${name}00000`;
    }),
    (i) => {
      throw new Error(`the case's entities are not in their order at ${entities[i].id}: cannot key its row`);
    },
  );
}

/**
 * Keys in the order of a list from each item's `heads` (what decides its place): the head, then
 * the item's rank among the items before it with the same head, nine digits. A head that sorts
 * before the one before it (the list is not in the heads' order there) is replaced by what
 * `outOfOrder` gives for the item at that index.
 */
function rankAlike(heads: readonly string[], outOfOrder: (i: number, last: string) => string): string[] {
  const keys: string[] = [];
  let last = "";
  let alike = 0;
  for (const [i, given] of heads.entries()) {
    const head = given < last ? outOfOrder(i, last) : given;
    alike = head === last ? alike + 1 : 0;
    last = head;
    keys.push(`${head}${digits(alike, 9)}`);
  }
  return keys;
}

/** How many rows each list of a stored case holds (`case_state.counts`). */
interface ListCounts {
  entities: Record<string, number>;
  timeline: number;
  reports: number;
  contradictions: number;
  quotes: number;
}

function listCounts(file: CaseFile): ListCounts {
  const entities: Record<string, number> = {};
  for (const e of file.entities) entities[e.type] = (entities[e.type] ?? 0) + 1;
  return {
    entities,
    timeline: file.timeline.length,
    reports: file.reports.length,
    contradictions: file.contradictions.length,
    quotes: file.quotes.length,
  };
}

/** A row of `case_views`: the view's name, its position, what it is selected by, its JSON. */
export type ViewRow = [view: string, seq: number, rank: number, json: string];

/** The items of `list` one at a time, each taken out of it as it is given (the list ends empty). */
function* takeEach<T>(list: (T | undefined)[]): Generator<T> {
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    list[i] = undefined;
    yield item;
  }
  list.length = 0;
}

/**
 * One row of a list's table as a refresh makes it: its key (the table's key columns after the
 * case's id), the values of its other columns, and the rows it makes in each of the list's index
 * tables (`ListTable.index`, in that order).
 */
interface Unit {
  key: SqlValue[];
  values: SqlValue[];
  index: SqlValue[][][];
  /**
   * What the row is made from, when its values and index rows are made from less than they hold
   * (an entity's list row, head, name keys and members are made from the entity; a milestone's
   * head and who takes part from the milestone): its digest is taken over these, and its values
   * and index rows are made only when read (`madeFrom`), so a row a refresh keeps is never made.
   */
  from?: SqlValue[];
}

/**
 * A unit whose digest is taken over `from` (see `Unit.from`), its values and index rows made
 * once each, when first read.
 */
function madeFrom(key: SqlValue[], from: SqlValue[], values: () => SqlValue[], index: () => SqlValue[][][]): Unit {
  let v: SqlValue[] | undefined;
  let ix: SqlValue[][][] | undefined;
  return {
    key,
    from,
    get values() {
      return (v ??= values());
    },
    get index() {
      return (ix ??= index());
    },
  };
}

/** A row of a list's table as stored: its key and its digest (null if written before digests were kept). */
interface StoredUnit {
  key: SqlValue[];
  hash: string | null;
}

/** Which rows of a table a delete selects: those meeting `where` whose `column` holds `value`. */
interface Match {
  where: string;
  params: SqlValue[];
  column: string;
  value: SqlValue;
}

/**
 * An index table whose rows are made from a list's rows (an entity's name keys, the entities a
 * quote names…): its columns, and which of its rows a stored row of the list made (`of`; none
 * when undefined).
 */
interface IndexTable {
  table: string;
  columns: string[];
  of: (u: StoredUnit) => Match | undefined;
  /**
   * The rows a replaced row makes here are compared with those it made (`rewriteIndexRows`), and
   * only those that differ are deleted and written, not all of them: a case's main character has
   * a member and name keys from each of thousands of articles, and a batch adds a few. Each row
   * must hold the value its `of` selects it by (so a row deleted by all its values is that row's
   * alone), and no column may be null.
   */
  diff?: boolean;
  /**
   * The column (its place in `columns`) naming the document each row comes from, when a row of
   * the list gains rows here as documents are added (an entity's members: one from each article
   * naming it). The list's stored digest then keeps, after the row's own, a digest of the rows it
   * made here (`grownDigest`); a replaced row whose rows of the documents the stored case file
   * was built from are those it had (the same digest) is given only the rows of the documents
   * added since, and its stored rows are not read (`rewriteIndexRows` reads a case's main
   * characters' whole history: 117,000 member rows after a batch of 100 at 10,000 articles). A
   * table `diff` only.
   */
  grows?: number;
}

/**
 * A table holding one list of the case file: its key columns (a row's position; a view's name and
 * position; an entity's id), its other columns, its rows in the list's order, and the index
 * tables made from them.
 */
interface ListTable {
  table: string;
  key: string[];
  /**
   * Its one key column is a digest of what a row is made from, and so of all it holds
   * (`case_milestones`): the table keeps no `hash`, and a stored row of the key is the row, so the
   * stored rows' digests are read from the key's index alone.
   */
  keyIsDigest?: boolean;
  columns: string[];
  units: () => Iterable<Unit>;
  index: IndexTable[];
}

const LINK_COLUMNS = ["entity", "kind", "seq", "other", "label"];

/**
 * The rows a stored row keyed by one column (an entity's id, a quote's position, a milestone's
 * key) made in an index table naming it in `column`.
 */
const ofRow =
  (column: string, where = "") =>
  (u: StoredUnit): Match => ({ where, params: [], column, value: u.key[0] });

/**
 * The case file's lists as the tables that hold them, in the order they are written: the views
 * first, taken out of `views` as they are written (see `writeCase`).
 */
function listTables(file: CaseFile, views: ViewRow[]): ListTable[] {
  // The milestones' keys, noted as their rows are made and read by their positions' rows after.
  const keys: string[] = [];
  return [
    {
      table: "case_views",
      key: ["view", "seq"],
      columns: ["rank", "json"],
      *units() {
        for (const [view, seq, rank, json] of takeEach(views))
          yield { key: [view, seq], values: [rank, json], index: [] };
      },
      index: [],
    },
    {
      table: "case_documents",
      key: ["seq"],
      columns: ["id", "json"],
      units: () => unitsOf(file.documents, (d) => [d.id, JSON.stringify(d)]),
      index: [],
    },
    entityTable(file),
    {
      table: "case_quotes",
      key: ["seq"],
      columns: ["id", "speaker", "document", "json"],
      units: () =>
        unitsOf(
          file.quotes,
          (q) => [q.id, q.speaker, q.document, JSON.stringify(q)],
          (q, i) => [[...new Set(q.about)].map((a) => [a, i])],
        ),
      index: [{ table: "case_quote_about", columns: ["entity", "seq"], of: ofRow("seq") }],
    },
    milestoneTable(file, keys),
    timelineTable(file, keys),
    contradictionTable(file),
    graphTable(file),
  ];
}

/** `case_entities`: each entity whole, as a list shows it, and its profile's head; its name keys, members and bodies. */
function entityTable(file: CaseFile): ListTable {
  return {
    table: "case_entities",
    key: ["id"],
    columns: ["ord", "type", "name", "json", "list_json", "head_json"],
    *units() {
      const counts = profileCounts(file);
      const ord = entityOrderKeys(file.entities);
      for (const [i, e] of file.entities.entries()) {
        const json = JSON.stringify(e);
        const c = counts.get(e.id)!;
        // Its list row, head, name keys, members and bodies are made from the entity and its
        // counts: an entity a batch leaves as it was is compared by these alone.
        yield madeFrom(
          [e.id],
          [ord[i], json, JSON.stringify(c)],
          () => [ord[i], e.type, e.name, json, JSON.stringify(entityListRow(e)), JSON.stringify(entityHead(e, c))],
          // A body's members are put in order when read, through their rows' `ord`: `seq` 0.
          () => [
            nameRows(e),
            e.members.map((m) => [m.document, m.entity, e.id]),
            [...new Set(e.affiliations)].map((org) => [org, "member", 0, e.id, ""]),
          ],
        );
      }
    },
    index: [
      { table: "case_names", columns: ["key", "level", "entity"], of: ofRow("entity"), diff: true },
      { table: "case_members", columns: ["document", "local_id", "entity"], of: ofRow("entity"), diff: true, grows: 0 },
      { table: "case_links", columns: LINK_COLUMNS, of: ofRow("other", "kind = 'member'"), diff: true },
    ],
  };
}

/** How a milestone's JSON and head begin in `case_milestones`: its id left empty, given by its position (`case_timeline`). */
const UNNUMBERED = '{"id":""';

/**
 * A milestone's (or its head's) JSON as `case_milestones` keeps it, `{"id":"",…`, with its id
 * put in: the JSON `buildCase` gave, byte for byte (the id is the object's first field).
 */
export function numbered(json: string, id: string): string {
  if (!json.startsWith(UNNUMBERED)) throw new Error(`a stored milestone's JSON does not begin ${UNNUMBERED}`);
  return `{"id":${JSON.stringify(id)}${json.slice(UNNUMBERED.length)}`;
}

/** What follows the empty id of a stored milestone's JSON and head: its type, `,"type":"arrest",…`. */
const TYPE_FIELD = /^,"type":("(?:[^"\\]|\\.)*")/;

/**
 * A stored milestone's (or its head's) JSON with its id put in, the contract's `ev:TYPE:N` for
 * its `place` N (1, 2… through the timeline, then on through the reports kept off it).
 */
function numberedAt(json: string, place: number): string {
  const type = TYPE_FIELD.exec(json.slice(UNNUMBERED.length));
  if (!type) throw new Error("a stored milestone's JSON does not name its type after its id");
  return numbered(json, `ev:${JSON.parse(type[1]) as string}:${place}`);
}

/**
 * What follows the empty id of a stored contradiction's JSON: its subject, its subject's id (a
 * milestone's without its number, `"ev:arrest:"`) and its field, each a JSON string.
 */
const CONTRADICTION_FIELDS =
  /^,"subject":("(?:[^"\\]|\\.)*"),"subjectId":("(?:[^"\\]|\\.)*"),"field":("(?:[^"\\]|\\.)*")/;

/**
 * A stored contradiction's JSON (`unnumberedContradiction`) with its id put in, `c:FIELD:N` for
 * its `place` N, and, for one about a milestone (`milestone` its place in the timeline), the
 * milestone's number on its subject's id: the JSON `buildCase` gave, byte for byte, made without
 * parsing the rest (a main character's values list every source that gives them).
 */
export function numberedContradiction(json: string, place: number, milestone?: number): string {
  const head = json.startsWith(UNNUMBERED) ? CONTRADICTION_FIELDS.exec(json.slice(UNNUMBERED.length)) : null;
  if (!head)
    throw new Error("a stored contradiction's JSON does not begin with its empty id, subject, subject's id and field");
  const [fields, subject, subjectId, field] = head;
  const id = `c:${JSON.parse(field) as string}:${place}`;
  const about = milestone === undefined ? subjectId : JSON.stringify(`${JSON.parse(subjectId) as string}${milestone}`);
  return `{"id":${JSON.stringify(id)},"subject":${subject},"subjectId":${about},"field":${field}${json.slice(UNNUMBERED.length + fields.length)}`;
}

/** The timeline's milestones, then the reports kept off it, each with its list's name and position. */
function* milestonesOf(file: CaseFile): Generator<[list: "timeline" | "reports", seq: number, t: TimelineEntry]> {
  for (const [list, entries] of [
    ["timeline", file.timeline],
    ["reports", file.reports],
  ] as const)
    for (const [i, t] of entries.entries()) yield [list, i, t];
}

/**
 * `case_milestones`: each milestone and report kept off the timeline as what it holds (its JSON
 * and head with the id left empty, who takes part), keyed by a digest of its list and JSON (what
 * its head and who takes part are made from), so a batch that leaves a milestone as it was leaves
 * its row wherever its position moves, its head not made again; two alike share a row.
 * Each one's key is noted in `keys`, in the lists' order, for `case_timeline`.
 */
function milestoneTable(file: CaseFile, keys: string[]): ListTable {
  return {
    table: "case_milestones",
    key: ["key"],
    keyIsDigest: true,
    columns: ["list", "json", "head_json"],
    *units() {
      const made = new Set<string>();
      for (const [list, , t] of milestonesOf(file)) {
        const bare = { ...t, id: "" };
        const json = JSON.stringify(bare);
        // Its head and who takes part are made from the milestone: its key digests its list and
        // JSON, and its head is made only for a row that is written.
        const key = digest([list, json]);
        keys.push(key);
        if (made.has(key)) continue;
        made.add(key);
        yield madeFrom(
          [key],
          [list, json],
          () => [list, json, JSON.stringify(eventHead(bare))],
          () => [[...new Set(t.participants)].map((p) => [p, list, key])],
        );
      }
    },
    index: [
      {
        table: "case_milestone_participants",
        columns: ["entity", "list", "key"],
        of: ofRow("key"),
      },
    ],
  };
}

/** Added to a day's number (negative before 1970) so that every day of the years 0000–9999 is eight digits. */
const DAY_OFFSET = 1_000_000;

/**
 * Each milestone's place in its list's order (`sortEntries`, src/casefile/timeline.ts: dated
 * first, by day, a coarser date before a finer one of the same first day, then as first told) as
 * a text of digits that sorts in that order in any engine and collation (`case_timeline.ord`):
 * 0 and the day's number and the date's length for a dated milestone; 1 for an undated one, then
 * how it was first told, which is the order of the undated ones (0 when its first report gave a
 * date that later reports contradicted, 1 when no report dates it: those drafted from dated
 * reports come first) and the place of its first report's document among the case's
 * (`documents`, in the order the case was built from them); last, among milestones alike in
 * these, the milestone's rank among them. A milestone's key changes only when its date does or
 * when one alike comes before it: a batch adding an arrest on 3 May 2021 leaves the keys of the
 * milestones of every other day as they were, and a batch whose article dates an undated report
 * (which then leaves the undated ones) leaves the keys of the undated reports first told in other
 * articles as they were. A milestone out of that order (a date the day count cannot read) takes
 * the key of the one before it with the next rank, so the keys always follow the list. The
 * arrest on 3 May 2021, the first told of that day: 0 01018750 10 000000000; an undated charge
 * told first in the case's fifth article, the first undated one told there:
 * 1 1 000000004 000000000.
 */
export function milestoneOrderKeys(
  entries: readonly TimelineEntry[],
  documents: ReadonlyMap<string, number>,
): string[] {
  return rankAlike(
    entries.map((e) => {
      const day = e.date ? dayNumber(e.date) : NaN;
      if (Number.isFinite(day)) return `0${digits(day + DAY_OFFSET, 8)}${digits(e.date!.length, 2)}`;
      const first = e.sources[0];
      const at = first ? documents.get(first.document) : undefined;
      return at === undefined ? "1" : `1${first.date ? 0 : 1}${digits(at, 9)}`;
    }),
    (_, last) => last,
  );
}

/**
 * `case_timeline`: each milestone of the timeline and report kept off it, keyed by its row's key
 * in `case_milestones` (`keys`, noted as those rows were made) and `alike` (0; 1, 2… for the
 * second and later of milestones alike in all they hold), with its place in its list's order
 * (`milestoneOrderKeys`): a short row that a batch leaves as it was unless the milestone's date
 * or its rank among those of its date changed. Its id (`ev:TYPE:N`, N its place in the timeline,
 * or after its last for a report) is counted when it is read.
 */
function timelineTable(file: CaseFile, keys: string[]): ListTable {
  return {
    table: "case_timeline",
    key: ["key", "alike"],
    columns: ["list", "ord"],
    *units() {
      const seen = new Map<string, number>();
      const documents = new Map(file.documents.map((d, i) => [d.id, i]));
      const ords = new Map([
        ["timeline", milestoneOrderKeys(file.timeline, documents)],
        ["reports", milestoneOrderKeys(file.reports, documents)],
      ]);
      let i = 0;
      for (const [list, seq] of milestonesOf(file)) {
        const key = keys[i++];
        const alike = seen.get(key) ?? 0;
        seen.set(key, alike + 1);
        yield { key: [key, alike], values: [list, ords.get(list)![seq]], index: [] };
      }
    },
    index: [],
  };
}

/** How a contradiction's `ord` begins when it is about an entity (an age), and when about a milestone. */
const ENTITY_SUBJECT = "0";
const MILESTONE_SUBJECT = "1";

/** The digit after a milestone's place in a contradiction's `ord`: its fields in the order `findContradictions` lists them. */
const MILESTONE_FIELDS: Record<string, string> = { date: "0", place: "1", status: "2" };

/**
 * Each contradiction's place in the case's list (`findContradictions`, src/casefile/contradictions.ts:
 * ages in the entities' order, then each timeline milestone's date, place and status in the
 * timeline's order) as a text of digits that sorts in that order (`case_contradictions.ord`): 0 and
 * its entity's `ord` (`entityOrderKeys`), or 1, its milestone's `ord` on the timeline
 * (`milestoneOrderKeys`) and its field's digit; and what it is about (`subject`): the entity's id,
 * or the milestone's `ord`. A contradiction's key changes only when its subject's place does: an
 * arrest told a year before the others leaves the keys of the contradictions about later
 * milestones as they were. A refresh fails rather than store an order its keys do not give.
 */
export function contradictionOrderKeys(file: CaseFile): { ord: string; subject: string }[] {
  const entities = new Map(entityOrderKeys(file.entities).map((k, i) => [file.entities[i].id, k]));
  const documents = new Map(file.documents.map((d, i) => [d.id, i]));
  const milestones = new Map(milestoneOrderKeys(file.timeline, documents).map((k, i) => [file.timeline[i].id, k]));
  let last = "";
  return file.contradictions.map((x) => {
    const entity = x.field === "age" ? entities.get(x.subjectId) : undefined;
    const milestone = x.field === "age" ? undefined : milestones.get(x.subjectId);
    const ord =
      entity !== undefined
        ? `${ENTITY_SUBJECT}${entity}`
        : milestone !== undefined
          ? `${MILESTONE_SUBJECT}${milestone}${MILESTONE_FIELDS[x.field] ?? ""}`
          : "";
    if (ord.length < 2 || ord <= last)
      throw new Error(`the case's contradictions are not in their order at ${x.id}: cannot key its row`);
    last = ord;
    return { ord, subject: entity !== undefined ? x.subjectId : milestone! };
  });
}

/**
 * A contradiction as `case_contradictions` keeps it: its id left empty, and the number of the
 * milestone it is about left off its subject's id (`ev:arrest:`), both counted when it is read.
 */
function unnumberedContradiction(x: Contradiction): Contradiction {
  return {
    ...x,
    id: "",
    subjectId: x.field === "age" ? x.subjectId : x.subjectId.slice(0, x.subjectId.lastIndexOf(":") + 1),
  };
}

/**
 * `case_contradictions`, keyed by each one's place in the list's order (`contradictionOrderKeys`),
 * each under every entity whose profile lists it (`contradictionEntities`), the link naming its `ord`.
 */
function contradictionTable(file: CaseFile): ListTable {
  return {
    table: "case_contradictions",
    key: ["ord"],
    columns: ["subject_id", "head_json", "json"],
    *units() {
      const entities = new Set(file.entities.map((e) => e.id));
      const about = contradictionEntities(file);
      const keys = contradictionOrderKeys(file);
      for (const [i, x] of file.contradictions.entries()) {
        const { ord, subject } = keys[i];
        const bare = unnumberedContradiction(x);
        yield {
          key: [ord],
          values: [subject, JSON.stringify(contradictionHead(bare)), JSON.stringify(bare)],
          index: [about[i].filter((id) => entities.has(id)).map((id) => [id, "contradiction", 0, ord, ""])],
        };
      }
    },
    index: [{ table: "case_links", columns: LINK_COLUMNS, of: ofRow("other", "kind = 'contradiction'") }],
  };
}

/** A drawing's rank of an edge with an end that is no node: after every node's (`graphOrderKeys`). */
const NOWHERE = "9".repeat(10);

/** A milestone's id without its number (`ev:arrest:5` → `ev:arrest:`): the number is its place, counted when read. */
const unnumberedId = (id: string): string => {
  const m = /^(ev:.*:)[1-9]\d*$/.exec(id);
  if (!m) throw new Error(`a timeline milestone's id is not ev:TYPE:N: ${id}`);
  return m[1];
};

/** What `graphOrderKeys` gives each node or edge of the graph. */
interface GraphKeys {
  /** Its place in its list's order (`case_graph.ord`). */
  ord: string;
  /** What a drawing of the heaviest nodes selects it by (`case_graph.rank`). */
  rank: string;
  /** The `ord` on the timeline of the milestone it is (a node) or ends at (an edge), whose number its ids carry. */
  milestone: string | null;
}

/**
 * Each graph node's and edge's place in the graph's lists as a text of digits that sorts in that
 * order (`case_graph.ord`), and what a drawing selects it by (`rank`), both made of what does not
 * change when unrelated articles arrive. A node: 0 and its entity's `ord` (`entityOrderKeys`), or
 * 1 and its milestone's on the timeline (`milestoneOrderKeys`). An edge, where its first link is
 * stated (`graphLinks`): the pass, the entity's or milestone's `ord` or the quote's position,
 * and the link's rank there (nine digits). A node's rank is its weight as what it lacks of
 * COUNT_CEILING, then its `ord`: the heaviest first, those alike in the graph's order
 * (`heaviestFirst`); an edge's is the larger of its ends' (NOWHERE for an end that is no node), so
 * the edges among the N heaviest nodes are those whose rank is at most the Nth node's. A batch
 * that names Nora Quill again changes the rows of her node and of the edges she is the lighter
 * end of, not those of every node and edge after hers. A refresh fails rather than store an order
 * its keys do not give.
 */
export function graphOrderKeys(file: CaseFile): { nodes: GraphKeys[]; edges: GraphKeys[] } {
  const { entities, timeline, graph } = file;
  const documents = new Map(file.documents.map((d, i) => [d.id, i]));
  const entityOrd = entityOrderKeys(entities);
  const milestoneOrd = milestoneOrderKeys(timeline, documents);
  if (
    graph.nodes.length !== entities.length + timeline.length ||
    graph.nodes.some((n, i) => n.id !== (i < entities.length ? entities[i] : timeline[i - entities.length]).id)
  )
    throw new Error("the case's graph nodes are not its entities and then its timeline: cannot key its rows");
  const milestoneOf = new Map(timeline.map((t, i) => [t.id, milestoneOrd[i]]));
  const rankOf = new Map<string, string>();
  const nodes = graph.nodes.map((n, i): GraphKeys => {
    const milestone = i < entities.length ? null : milestoneOrd[i - entities.length];
    const ord = milestone === null ? `0${entityOrd[i]}` : `1${milestone}`;
    const rank = `${digits(COUNT_CEILING - n.weight, 9)}${ord}`;
    if (!rankOf.has(n.id)) rankOf.set(n.id, rank);
    return { ord, rank, milestone };
  });
  const first = new Map<string, string>();
  for (const link of graphLinks(entities, timeline, file.quotes)) {
    const id = edgeId(link.kind, link.source, link.target);
    if (link.source === link.target || first.has(id)) continue;
    const { pass, of, at } = link.from;
    const where = pass === 0 ? entityOrd[of] : pass === 2 ? digits(of, 9) : milestoneOrd[of];
    first.set(id, `${pass}${where}${digits(at, 9)}`);
  }
  let last = "";
  const edges = graph.edges.map((e): GraphKeys => {
    const ord = first.get(e.id) ?? "";
    if (!ord || ord <= last)
      throw new Error(`the case's graph edges are not in their order at ${e.id}: cannot key its row`);
    last = ord;
    const ends = [e.source, e.target].map((id) => rankOf.get(id) ?? NOWHERE);
    const milestones = [e.source, e.target].filter((id) => milestoneOf.has(id));
    if (milestones.length > 1) throw new Error(`a graph edge joins two milestones: ${e.id}`);
    return {
      ord,
      rank: ends[0] > ends[1] ? ends[0] : ends[1],
      milestone: milestoneOf.get(milestones[0] ?? "") ?? null,
    };
  });
  return { nodes, edges };
}

/**
 * `case_graph`: its nodes, then its edges, each keyed by its place in its list's order (`ord`,
 * `graphOrderKeys`) with what a drawing of the heaviest nodes selects it by (`rank`) and each edge
 * as the drawing shows it (`head_json`, `viewEdge`: its sentences counted) and its ends and label
 * (what an entity's page lists of its connections). A milestone's number is left off the ids of
 * its node and of the edges ending at it (`ev:arrest:`), and put back when read from its place on
 * the timeline (`milestone`, its `ord` there).
 */
function graphTable(file: CaseFile): ListTable {
  return {
    table: "case_graph",
    key: ["part", "ord"],
    columns: ["rank", "milestone", "source", "target", "label", "head_json", "json"],
    *units() {
      const keys = graphOrderKeys(file);
      for (const [i, n] of file.graph.nodes.entries()) {
        const { ord, rank, milestone } = keys.nodes[i];
        const bare = milestone === null ? n : { ...n, id: unnumberedId(n.id) };
        yield {
          key: ["node", ord],
          values: [rank, milestone, null, null, null, null, JSON.stringify(bare)],
          index: [],
        };
      }
      for (const [i, e] of file.graph.edges.entries()) {
        const { ord, rank, milestone } = keys.edges[i];
        const bare = milestone === null ? e : unnumberedEdge(e);
        const json = JSON.stringify(bare);
        // Its ends, label and drawing are made from the edge.
        yield madeFrom(
          ["edge", ord],
          [rank, milestone, json],
          () => [rank, milestone, bare.source, bare.target, bare.label, JSON.stringify(viewEdge(bare)), json],
          () => [],
        );
      }
    },
    index: [],
  };
}

/** An edge ending at a milestone with the milestone's number left off its end and its id. */
function unnumberedEdge(e: GraphEdge): GraphEdge {
  // A milestone is a link's target (`graphLinks`), so its number ends the edge's id.
  if (e.source.startsWith("ev:")) throw new Error(`a graph edge starts at a milestone: ${e.id}`);
  const target = unnumberedId(e.target);
  return { ...e, id: edgeId(e.kind, e.source, target), target };
}

/** What begins a stored graph row's JSON: its id, and an edge's ends, each a JSON string. */
const GRAPH_FIELDS = /^\{"id":("(?:[^"\\]|\\.)*")(?:,"source":("(?:[^"\\]|\\.)*"),"target":("(?:[^"\\]|\\.)*"))?/;

/**
 * A stored graph row's JSON (a node, an edge or an edge as drawn) with the number of its milestone
 * (`place`, on the timeline) put back on its id and on the end left without it: the JSON
 * `buildCase` gave, byte for byte, made without parsing the rest (an edge's sentences).
 */
export function numberedGraphRow(json: string, place: number): string {
  const head = GRAPH_FIELDS.exec(json);
  if (!head) throw new Error("a stored graph row's JSON does not begin with its id");
  const [fields, id, source, target] = head;
  const put = (text: string) => JSON.stringify(`${JSON.parse(text) as string}${place}`);
  if (source === undefined) return `{"id":${put(id)}${json.slice(fields.length)}`;
  const end = (text: string) => (/^ev:.*:$/.test(JSON.parse(text) as string) ? put(text) : text);
  return `{"id":${put(id)},"source":${end(source)},"target":${end(target)}${json.slice(fields.length)}`;
}

/** The units of a list keyed by position: each item's column values and index rows. */
function* unitsOf<T>(
  list: readonly T[],
  values: (item: T) => SqlValue[],
  index: (item: T, i: number) => SqlValue[][][] = () => [],
): Generator<Unit> {
  for (let i = 0; i < list.length; i++) yield { key: [i], values: values(list[i]), index: index(list[i], i) };
}

/**
 * The digest of a row: of what it is made from (`Unit.from`), or else of its values and of the
 * index rows it makes. A stored row whose digest is the refresh's is left as it is.
 */
const unitHash = (u: Unit): string => (u.from ? digest(u.from) : digest(u.values, u.index));

/**
 * The digest of `values` and of the rows of `index`. Each value is written with its kind and
 * length before it, so no two different rows give the same text to digest.
 */
function digest(values: readonly SqlValue[], index: readonly SqlValue[][][] = []): string {
  // One text digested at once: the same bytes as fed a piece at a time (each piece begins with
  // ASCII, so no two join into one character), without a call into the hash for each piece,
  // which cost as much as hashing the rows' JSON (a refresh digests every row of the case).
  let text = "";
  const put = (v: SqlValue) => {
    const t = v === null ? "" : String(v);
    text += `${v === null ? "n" : typeof v === "string" ? "s" : "i"}${t.length}:${t}`;
  };
  for (const v of values) put(v);
  for (const rows of index) {
    text += `|${rows.length}|`;
    for (const row of rows) for (const v of row) put(v);
  }
  return hashText("sha1", text, "base64");
}

/**
 * The digest of the rows a row made in an index table that grows by document (`IndexTable.grows`,
 * its column `column` naming the document), in their order: of all of them, or of those whose
 * document `had` holds. Each value is written with its length before it, and the text digested
 * at once (a digest fed value by value costs as much as reading the rows back).
 */
function grownDigest(rows: readonly SqlValue[][], column: number, had?: ReadonlySet<SqlValue>): string {
  let text = "";
  for (const row of rows) {
    if (had && !had.has(row[column])) continue;
    for (const v of row) {
      const t = String(v);
      text += `${t.length}:${t}`;
    }
  }
  return hashText("sha1", text, "base64");
}

/**
 * A stored row's own digest: its `hash` up to the digest of its grown index rows that follows it
 * after a space in a list whose index table grows (`IndexTable.grows`); base64 has no space.
 */
function ownDigest(hash: string | null): string | null {
  const at = hash === null ? -1 : hash.indexOf(" ");
  return at < 0 ? hash : hash!.slice(0, at);
}

/** The digest of a stored row's grown index rows (see `ownDigest`), if it keeps one. */
function grownOf(hash: string | null): string | undefined {
  const at = hash === null ? -1 : hash.indexOf(" ");
  return at < 0 ? undefined : hash!.slice(at + 1);
}

/** Rows per DELETE … IN (…): few statements, under every engine's parameter limit. */
const DELETE_BATCH = 1000;

/**
 * Deletes the rows of `table` each match selects. `all`: each group of matches (the same `where`)
 * deletes its rows whatever their value (every row of the list that made them is gone, or those
 * left make theirs again).
 */
async function deleteMatching(
  tx: SqlExecutor,
  caseId: number,
  table: string,
  matches: (Match | undefined)[],
  all = false,
): Promise<void> {
  for (const { m, values } of matchGroups(matches)) {
    const head = `DELETE FROM ${table} WHERE ${caseAnd(m)}`;
    if (all) {
      await tx.run(head, [caseId, ...m.params]);
      continue;
    }
    for (const part of inBatches(values))
      await tx.run(`${head} AND ${m.column} IN (${part.map(() => "?").join(", ")})`, [caseId, ...m.params, ...part]);
  }
}

/** WHERE of a match's rows of the case (parameters: the case, then the match's own), without its column. */
const caseAnd = (m: Match) => `case_id = ?${m.where ? ` AND ${m.where}` : ""}`;

/** Matches grouped by what they select with (the same `where`, parameters and column), each group's values. */
function matchGroups(matches: (Match | undefined)[]): { m: Match; values: SqlValue[] }[] {
  const groups = new Map<string, { m: Match; values: SqlValue[] }>();
  for (const m of matches) {
    if (!m) continue;
    const k = JSON.stringify([m.where, m.params, m.column]);
    const g = groups.get(k) ?? { m, values: [] };
    g.values.push(m.value);
    groups.set(k, g);
  }
  return [...groups.values()];
}

/** `values` DELETE_BATCH at a time. */
function* inBatches(values: SqlValue[]): Generator<SqlValue[]> {
  for (let at = 0; at < values.length; at += DELETE_BATCH) yield values.slice(at, at + DELETE_BATCH);
}

/**
 * The rows of index table `ix` that the `replaced` rows of its list made, brought to `rows` (the
 * rows the refresh makes for them): reads the stored ones, deletes each stored row that `rows`
 * does not hold as many times (every copy, by all its values), and gives back the rows to write,
 * those that `rows` holds and the table did not (or not as many times). A batch that adds an
 * article naming Nora Quill, named in a thousand before, writes her one new member row.
 */
async function rewriteIndexRows(
  tx: SqlExecutor,
  caseId: number,
  ix: IndexTable,
  replaced: StoredUnit[],
  rows: SqlValue[][],
): Promise<{ write: SqlValue[][]; read: number }> {
  const text = (row: SqlValue[]) => row.map(String).join("\u0000");
  let read = 0;
  const want = new Map<string, SqlValue[][]>();
  for (const row of rows) {
    const k = text(row);
    const alike = want.get(k);
    if (alike) alike.push(row);
    else want.set(k, [row]);
  }
  const have = new Map<string, { row: SqlValue[]; n: number }>();
  for (const { m, values } of matchGroups(replaced.map(ix.of)))
    for (const part of inBatches(values))
      for (const r of await tx.all<Record<string, SqlValue>>(
        `SELECT ${ix.columns.join(", ")} FROM ${ix.table} WHERE ${caseAnd(m)} AND ${m.column} IN (${part.map(() => "?").join(", ")})`,
        [caseId, ...m.params, ...part],
      )) {
        const row = ix.columns.map((c) => r[c]);
        const k = text(row);
        have.set(k, { row, n: (have.get(k)?.n ?? 0) + 1 });
        read++;
      }
  const write: SqlValue[][] = [];
  for (const [k, { row, n }] of have) {
    if ((want.get(k)?.length ?? 0) === n) continue;
    await tx.run(`DELETE FROM ${ix.table} WHERE case_id = ? AND ${ix.columns.map((c) => `${c} = ?`).join(" AND ")}`, [
      caseId,
      ...row,
    ]);
    have.delete(k);
  }
  for (const [k, more] of want) if (!have.has(k)) append(write, more);
  return { write, read };
}

/**
 * Adds `more` at the end of `to` one by one: `to.push(...more)` passes each item as an argument,
 * and a list of a few hundred thousand index rows (a 50,000-article case's graph links) is more
 * arguments than the call stack holds ("Maximum call stack size exceeded").
 */
export function append<T>(to: T[], more: readonly T[]): void {
  for (const x of more) to.push(x);
}

/** What a write did to one table: rows written (new or replaced), left as they were, and removed. */
export interface TableWrite {
  table: string;
  written: number;
  kept: number;
  removed: number;
  /** Rows written to its index tables (an entity's name keys, members and bodies…). */
  indexed: number;
  /** Stored rows of each of its compared index tables read back to be compared with the refresh's (`rewriteIndexRows`). */
  compared: Record<string, number>;
}

/** The keys and digests of a list's stored rows, by key. */
async function storedUnits(tx: SqlExecutor, caseId: number, t: ListTable): Promise<Map<string, StoredUnit>> {
  const stored = new Map<string, StoredUnit>();
  // A row's digest: its `hash`, or (`keyIsDigest`) its key.
  const read = t.keyIsDigest ? t.key : [...t.key, "hash"];
  for (const r of await tx.all<Record<string, SqlValue>>(
    `SELECT ${read.join(", ")} FROM ${t.table} WHERE case_id = ?`,
    [caseId],
  )) {
    const key = t.key.map((c) => r[c]);
    stored.set(keyOf(key), { key, hash: t.keyIsDigest ? String(key[0]) : ((r.hash as string | null) ?? null) });
  }
  return stored;
}

/** A row's key as one text, to look its stored row up by. */
const keyOf = (key: SqlValue[]) => key.join("\u0000");

/**
 * Whether a stored row is left as it is: its digest is the refresh's (`own`). In a list whose
 * index table grows (`grows`), its own digest, and it must keep one of its grown rows: a row
 * stored without (by the code before there was one) is written again, once, so that it does.
 */
const isKept = (old: StoredUnit, own: string, grows: boolean): boolean =>
  grows ? grownOf(old.hash) !== undefined && ownDigest(old.hash) === own : old.hash === own;

/**
 * A written row's digest in a list whose index table `ix` grows (its own, then that of `rows`, the
 * rows it makes there) and, when its stored row had the rows the refresh makes for the documents
 * the stored case file was built from (`had`), the rows of the documents added since (`fresh`):
 * only those are written, and its stored rows are not compared.
 */
function withGrown(
  rows: SqlValue[][],
  ix: IndexTable,
  own: string,
  old: StoredUnit | undefined,
  had: ReadonlySet<SqlValue>,
): { hash: string; fresh?: SqlValue[][] } {
  const column = ix.grows ?? 0;
  const hash = `${own} ${grownDigest(rows, column)}`;
  const was = old ? grownOf(old.hash) : undefined;
  if (was === undefined || grownDigest(rows, column, had) !== was) return { hash };
  return { hash, fresh: rows.filter((row) => !had.has(row[column])) };
}

/**
 * Brings a list's table (and its index tables) to the refresh's rows: reads the stored rows' keys
 * and digests, writes each row whose digest differs or that is new (an upsert on its key), then
 * deletes the index rows of every row it replaced and the rows (with their index rows) that are no
 * longer in the list, and writes the index rows of the rows it wrote. `had`: the documents the
 * stored case file was built from (see `IndexTable.grows`).
 */
async function writeList(
  tx: SqlExecutor,
  caseId: number,
  t: ListTable,
  had: ReadonlySet<SqlValue> = new Set(),
): Promise<TableWrite> {
  const stored = await storedUnits(tx, caseId, t);
  const total = stored.size;
  // The index rows to write; of a replaced row, for an index table that is compared (`diff`), in `again`.
  const index: SqlValue[][][] = t.index.map(() => []);
  const again: SqlValue[][][] = t.index.map(() => []);
  const replaced: StoredUnit[] = [];
  // Of the replaced rows, those whose rows in each compared index table are read and compared.
  const compare: StoredUnit[][] = t.index.map(() => []);
  // The index table that grows by document, if any.
  const grows = t.index.findIndex((ix) => ix.grows !== undefined);
  // The rows left as they were, and the rows they make in each index table that is not compared:
  // written again if those tables' rows of the list are all deleted (see below).
  const left: StoredUnit[] = [];
  const leftIndex: SqlValue[][][] = t.index.map(() => []);
  let written = 0;
  let kept = 0;
  // A row left as it was is not read for its index rows when every index table is compared (its
  // index rows are then not made: `madeFrom`).
  const leftRows = t.index.some((ix) => !ix.diff);
  function* changed(): Generator<SqlValue[]> {
    for (const u of t.units()) {
      const k = keyOf(u.key);
      const own = t.keyIsDigest ? String(u.key[0]) : unitHash(u);
      const old = stored.get(k);
      stored.delete(k);
      if (old && isKept(old, own, grows >= 0)) {
        kept++;
        left.push(old);
        if (leftRows) for (const [i, rows] of u.index.entries()) if (!t.index[i].diff) append(leftIndex[i], rows);
        continue;
      }
      if (old) replaced.push(old);
      const { hash, fresh } = grows < 0 ? { hash: own } : withGrown(u.index[grows], t.index[grows], own, old, had);
      for (const [i, rows] of u.index.entries()) {
        if (i === grows && fresh) append(index[i], fresh);
        else if (old && t.index[i].diff) {
          compare[i].push(old);
          append(again[i], rows);
        } else append(index[i], rows);
      }
      written++;
      yield t.keyIsDigest ? [...u.key, ...u.values] : [...u.key, ...u.values, hash];
    }
  }
  const columns = t.keyIsDigest ? [...t.key, ...t.columns] : [...t.key, ...t.columns, "hash"];
  await insertRows(tx, t.table, columns, caseId, changed(), t.key);
  // What is left of the stored rows is no longer in the list.
  const removed = [...stored.values()];
  const gone = [...replaced, ...removed];
  // When most stored rows are gone (a list keyed by position whose positions all moved), the index
  // rows of an index table that is not compared are deleted all at once (a statement each, where
  // one per thousand values walked the table each time: whom a quote is about is found by its
  // position, which no index holds) and those of the rows left are written again.
  const most = gone.length > 0 && gone.length * 2 > total;
  const compared: Record<string, number> = {};
  for (const [i, ix] of t.index.entries())
    if (ix.diff) {
      await deleteMatching(tx, caseId, ix.table, removed.map(ix.of), removed.length === total);
      const { write, read } = await rewriteIndexRows(tx, caseId, ix, compare[i], again[i]);
      append(index[i], write);
      compared[ix.table] = read;
    } else if (most) {
      await deleteMatching(tx, caseId, ix.table, [...gone, ...left].map(ix.of), true);
      append(index[i], leftIndex[i]);
    } else await deleteMatching(tx, caseId, ix.table, gone.map(ix.of), false);
  const last = t.key.length - 1;
  await deleteMatching(
    tx,
    caseId,
    t.table,
    removed.map((u) => ({
      where: t.key
        .slice(0, last)
        .map((c) => `${c} = ?`)
        .join(" AND "),
      params: u.key.slice(0, last),
      column: t.key[last],
      value: u.key[last],
    })),
  );
  for (const [i, ix] of t.index.entries()) await insertRows(tx, ix.table, ix.columns, caseId, index[i]);
  const indexed = index.reduce((n, rows) => n + rows.length, 0);
  return { table: t.table, written, kept, removed: removed.length, indexed, compared };
}

/**
 * Brings the case's stored case file to `file`, built from change count `changes`, and the
 * answers about the whole case computed from it (`views`, src/server/case-views.ts): only the
 * rows that differ from the stored ones are written or removed (`writeList`), unless `whole`,
 * which deletes the case's rows first and writes every row (`casefile rebuild`). Either way the
 * tables end holding the same rows. The views are written first and taken out of `views` as they
 * are written (it ends empty): they are as much JSON as the case file's rows, and need not be
 * held while those are made and written.
 */
export async function writeCase(
  tx: SqlExecutor,
  caseId: number,
  changes: number,
  file: CaseFile,
  views: ViewRow[] = [],
  options: { whole?: boolean } = {},
): Promise<TableWrite[]> {
  if (options.whole) for (const t of CASE_TABLES) await tx.run(`DELETE FROM ${t} WHERE case_id = ?`, [caseId]);
  // First, so that a `keepView` of the build being replaced has committed (or waits) before the
  // views are compared (see there).
  await tx.run(
    `INSERT INTO case_state (case_id, changes, built_at, issues, counts) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET changes = excluded.changes, built_at = excluded.built_at,
       issues = excluded.issues, counts = excluded.counts`,
    [caseId, changes, new Date().toISOString(), JSON.stringify(file.overrideIssues), JSON.stringify(listCounts(file))],
  );
  // The documents the stored case file was built from, read before their list is written.
  const had = new Set(
    (await tx.all<{ id: string }>("SELECT id FROM case_documents WHERE case_id = ?", [caseId])).map((r) => r.id),
  );
  const out: TableWrite[] = [];
  for (const t of listTables(file, views)) out.push(await writeList(tx, caseId, t, had));
  return out;
}

/** One build of a case's stored case file: the change count it was built from and when it was written. */
export interface BuildVersion {
  changes: number;
  builtAt: string;
}

/**
 * Adds a one-row view computed after the refresh (the brief rendered on its first request) to the
 * stored case of `version`; false, and nothing written, when a refresh has replaced that build
 * since. The UPDATE of the build's own `case_state` row (to the same values) finds it only while
 * it is that build, and holds it until the view is written: on PostgreSQL a refresh's write of
 * that row, its first statement, waits for this transaction (and the refresh, which then finds
 * the row written here among the stored views and not among its own, removes it); on SQLite the
 * transaction already holds the write lock. A view already kept
 * (two requests at once) is left as it is. (One row, not parts: read back in parts, the page was
 * held twice, the parts and their join, by every later reader.)
 */
export async function keepView(
  sql: SqlExecutor,
  caseId: number,
  version: BuildVersion,
  name: string,
  json: string,
): Promise<boolean> {
  return sql.transaction(async (tx) => {
    const held = await tx.run(
      "UPDATE case_state SET built_at = built_at WHERE case_id = ? AND changes = ? AND built_at = ?",
      [caseId, version.changes, version.builtAt],
    );
    if (held.changes !== 1) return false;
    await tx.run(
      "INSERT INTO case_views (case_id, view, seq, rank, json) VALUES (?, ?, 0, 0, ?) ON CONFLICT (case_id, view, seq) DO NOTHING",
      [caseId, name, json],
    );
    return true;
  });
}

/** A slice of a list: `offset` rows skipped, at most `limit` read (all when absent or negative). */
export interface Page {
  offset?: number;
  limit?: number;
}

/** The LIMIT … OFFSET … clause of a page (none for the whole list) and its parameters. */
function paged(page?: Page): { sql: string; params: number[] } {
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  const limit = page?.limit === undefined || page.limit < 0 ? -1 : Math.floor(page.limit);
  if (limit < 0 && offset === 0) return { sql: "", params: [] };
  return { sql: " LIMIT ? OFFSET ?", params: [limit < 0 ? Number.MAX_SAFE_INTEGER : limit, offset] };
}

/** The LIKE pattern (with ESCAPE '\\') of keys containing `folded`. */
const containing = (folded: string) => `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const parse = <T>(rows: { json: string }[]): T[] => rows.map((r) => JSON.parse(r.json) as T);

/** Two texts in the order of their code units, as `ord` sorts (null first). */
const byText = (x: string | null | undefined, y: string | null | undefined): number =>
  (x ?? "") < (y ?? "") ? -1 : (x ?? "") > (y ?? "") ? 1 : 0;

/** An entity's type, the start of its id ("person:nora-quill"). */
const typeOfId = (id: string): CaseEntity["type"] => id.slice(0, id.indexOf(":")) as CaseEntity["type"];

/**
 * An entity known by its id, type and name (and the bodies it belongs to, when given): every
 * other list empty. What a page shows of the entities it only names.
 */
export function entityStub(e: Pick<CaseEntity, "id" | "type" | "name"> & { affiliations?: string[] }): CaseEntity {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [],
    roles: [],
    ages: [],
    affiliations: e.affiliations ?? [],
    documents: [],
    independentDocuments: 0,
    mentionCount: 0,
    members: [],
    merges: [],
    splits: [],
  };
}

/**
 * FROM and WHERE of the milestones of one list an entity takes part in (parameters: the case, the
 * entity, the list), each as its row `m` and its position's row `o` (`o.ord`, its place). A
 * key is a digest of the milestone's list too, so its positions are found by key alone (with the
 * list as well SQLite may walk the list's positions instead).
 */
const TAKES_PART = `FROM case_milestone_participants p
  JOIN case_timeline o ON o.case_id = p.case_id AND o.key = p.key
  JOIN case_milestones m ON m.case_id = p.case_id AND m.key = p.key
  WHERE p.case_id = ? AND p.entity = ? AND p.list = ?`;

/** FROM of a list's milestones in order: each position's row `t` (its place `t.ord`) and its milestone's row `m`. */
const MILESTONES_IN_ORDER = "case_timeline t JOIN case_milestones m ON m.case_id = t.case_id AND m.key = t.key";

/** The lists of `StoredCase.entitySlice`, numbered in the statement's `part` column. */
enum SlicePart {
  By,
  About,
  Timeline,
  Contradictions,
  Documents,
  Names,
  Edges,
  Members,
}

/** What `StoredCase.entitySlice` reads besides the entity's quotes, milestones and contradictions. */
export interface SliceWants {
  documents?: string[];
  names?: string[];
  edges?: boolean;
  members?: boolean;
}

interface SliceRow {
  part: number;
  seq: number;
  json: string | null;
  a: string | null;
  b: string | null;
}

/**
 * A read of one list for a statement of several (`StoredCase.readUnion`): the list's number, what
 * follows SELECT (its columns, each named, then FROM and WHERE), and its parameters.
 */
type UnionRead = [part: number, read: string, params: SqlValue[]];

/**
 * The reads of `StoredCase.entitySlice`: columns `a` and `b` carry what is not JSON (an entity's
 * id and type, an edge's other end and label, a member's id). `inList` is the dialect's test for
 * "one of a JSON array parameter's strings".
 */
function sliceReads(caseId: number, entity: string, want: SliceWants, inList: string): UnionRead[] {
  const noAB = "NULL AS a, NULL AS b";
  const reads: UnionRead[] = [
    [SlicePart.By, `seq, json, ${noAB} FROM case_quotes WHERE case_id = ? AND speaker = ?`, [caseId, entity]],
    [
      SlicePart.About,
      `q.seq AS seq, q.json AS json, ${noAB} FROM case_quote_about x
       JOIN case_quotes q ON q.case_id = x.case_id AND q.seq = x.seq WHERE x.case_id = ? AND x.entity = ?`,
      [caseId, entity],
    ],
    // A milestone's place in its list's order in `a` (its id is counted from it: `placed`).
    [SlicePart.Timeline, `0 AS seq, m.json AS json, o.ord AS a, NULL AS b ${TAKES_PART}`, [caseId, entity, "timeline"]],
  ];
  if (want.documents?.length)
    reads.push([
      SlicePart.Documents,
      `seq, json, ${noAB} FROM case_documents WHERE case_id = ? AND id ${inList}`,
      [caseId, JSON.stringify(want.documents)],
    ]);
  // Entities come in the list's order by their `ord`, carried in `b` (names) and `json` (members)
  // and sorted by `entitySlice`; an entity's type is the start of its id.
  if (want.names?.length)
    reads.push([
      SlicePart.Names,
      `0 AS seq, name AS json, id AS a, ord AS b FROM case_entities WHERE case_id = ? AND id ${inList}`,
      [caseId, JSON.stringify(want.names)],
    ]);
  // The edges from it and to it, each with its other end in `a`, its label in `b` and its `ord`
  // in `json` (sorted by `entitySlice`).
  if (want.edges)
    for (const [end, other] of [
      ["source", "target"],
      ["target", "source"],
    ])
      reads.push([
        SlicePart.Edges,
        `0 AS seq, ord AS json, ${other} AS a, label AS b FROM case_graph WHERE case_id = ? AND ${end} = ?`,
        [caseId, entity],
      ]);
  if (want.members)
    reads.push([
      SlicePart.Members,
      `0 AS seq, e.ord AS json, l.other AS a, l.label AS b FROM case_links l
       JOIN case_entities e ON e.case_id = l.case_id AND e.id = l.other
       WHERE l.case_id = ? AND l.entity = ? AND l.kind = 'member'`,
      [caseId, entity],
    ]);
  return reads;
}

/** One entity's slice of the stored case (`StoredCase.entitySlice`). */
export interface EntitySlice {
  by: { seq: number; quote: CaseQuote }[];
  about: { seq: number; quote: CaseQuote }[];
  timeline: TimelineEntry[];
  contradictions: Contradiction[];
  documents: CaseDocument[];
  names: CaseEntity[];
  edges: { source: string; target: string; label: string }[];
  members: string[];
}

/** Counts of places per statement (`StoredCase.placed`): four parameters each. */
const PLACE_COUNTS = 200;

/** Rows per read, at most, when a whole list is streamed (`entityJson`, `milestoneJson`, `contradictionJson`). */
const STREAM_ROWS = 200;

/**
 * Characters of stored JSON a streamed read takes at once, about: the first rows of a list of
 * people are the case's main characters, each one's JSON holding every mention (a megabyte or
 * more in a case of tens of thousands of articles), so STREAM_ROWS of them held the reading
 * process's memory at a few hundred megabytes while the rows after them are a few hundred
 * characters each.
 */
const STREAM_CHARS = 1 << 20;

/** Reads of one case's stored case file. Every list comes back in the case file's order. */
export class StoredCase {
  constructor(
    private readonly sql: SqlExecutor,
    readonly caseId: number,
  ) {}

  async issues(): Promise<OverrideIssue[]> {
    const row = await this.sql.get<{ issues: string }>("SELECT issues FROM case_state WHERE case_id = ?", [
      this.caseId,
    ]);
    return row ? (JSON.parse(row.issues) as OverrideIssue[]) : [];
  }

  async documents(ids?: string[]): Promise<CaseDocument[]> {
    if (ids && ids.length === 0) return [];
    if (!ids)
      return parse(await this.sql.all("SELECT json FROM case_documents WHERE case_id = ? ORDER BY seq", [this.caseId]));
    return this.inOrder("case_documents", "id", ids);
  }

  /** Entities of a type (all without one), a page at a time. */
  async entities(type?: string, page?: Page): Promise<CaseEntity[]> {
    const { sql, params } = paged(page);
    return type
      ? parse(
          await this.sql.all(`SELECT json FROM case_entities WHERE case_id = ? AND type = ? ORDER BY ord${sql}`, [
            this.caseId,
            type,
            ...params,
          ]),
        )
      : parse(
          await this.sql.all(`SELECT json FROM case_entities WHERE case_id = ? ORDER BY ord${sql}`, [
            this.caseId,
            ...params,
          ]),
        );
  }

  /** Entities of a type as a list shows them (`EntityListRow`), a page at a time. */
  async entityRows(type: string, page?: Page): Promise<EntityListRow[]> {
    const { sql, params } = paged(page);
    const rows = await this.sql.all<{ json: string }>(
      `SELECT list_json AS json FROM case_entities WHERE case_id = ? AND type = ? ORDER BY ord${sql}`,
      [this.caseId, type, ...params],
    );
    return parse(rows);
  }

  /**
   * The stored JSON of a type's entities, in order, a few rows at a time: a whole list printed
   * without holding it in memory (`people --json` on a case of tens of thousands of articles).
   */
  entityJson(type: string, page?: Page, batch = STREAM_ROWS, chars = STREAM_CHARS): AsyncIterable<string> {
    return this.rowsInOrder("case_entities", "type", type, page, { rows: batch, chars }, "ord");
  }

  /** The stored JSON of the timeline's milestones (or of the reports kept off it), in order, a few rows at a time. */
  milestoneJson(list: "timeline" | "reports", page?: Page, batch = STREAM_ROWS): AsyncIterable<string> {
    return this.rowsInOrder(MILESTONES_IN_ORDER, "list", list, page, { rows: batch }, "ord", "milestones");
  }

  /** The stored JSON of the contradictions, in order, a few rows at a time, with their ids. */
  contradictionJson(page?: Page, batch = STREAM_ROWS): AsyncIterable<string> {
    return this.rowsInOrder("case_contradictions", null, null, page, { rows: batch }, "ord", "contradictions");
  }

  /**
   * Rows of `table` (whose `column` is `value`, when one is given) in the order of `order` (`seq`,
   * a position, or an entity's `ord`, a text), read a few at a time after the last one read: the
   * first read takes one row, each next one at most `batch.rows` and as many as `batch.chars`
   * (STREAM_CHARS) holds at the length of the longest row the read before gave.
   * With `numbers` "milestones", `table` is MILESTONES_IN_ORDER and each milestone's id, counted
   * from the page's first place, is put in its JSON; with "contradictions", each contradiction's
   * (`numberedContradictions`).
   */
  private async *rowsInOrder(
    table: string,
    column: string | null,
    value: string | null,
    page: Page | undefined,
    batch: { rows: number; chars?: number },
    order: "seq" | "ord" = "seq",
    numbers?: "milestones" | "contradictions",
  ): AsyncGenerator<string> {
    const milestones = numbers === "milestones";
    const t = milestones ? "t." : "";
    const where = column ? ` AND ${t}${column} = ?` : "";
    const key = column ? [value] : [];
    let skip = Math.max(0, Math.floor(page?.offset ?? 0));
    let left = page?.limit === undefined || page.limit < 0 ? Infinity : Math.floor(page.limit);
    let place = (milestones ? await this.listStart(value as "timeline" | "reports") : 0) + skip;
    // Before every position, and every `ord` (none is empty).
    let after: SqlValue = order === "seq" ? -1 : "";
    let fit = 1;
    while (left > 0) {
      const n = Math.min(fit, Math.max(1, batch.rows), left);
      const rows: { at: number | string; json: string; subject: string | null }[] = await this.sql.all(
        `SELECT ${t}${order} AS at, ${milestones ? "m.json" : "json"} AS json,
         ${numbers === "contradictions" ? "subject_id" : "NULL"} AS subject FROM ${table}
         WHERE ${t}case_id = ?${where} AND ${t}${order} > ? ORDER BY ${t}${order} LIMIT ? OFFSET ?`,
        [this.caseId, ...key, after, n, skip],
      );
      skip = 0;
      if (numbers === "contradictions") {
        const found = await this.numberedContradictionJson(
          rows.map((r) => ({ ord: String(r.at), subject: r.subject ?? "", json: r.json })),
          place,
        );
        place += rows.length;
        yield* found;
      } else for (const r of rows) yield milestones ? numberedAt(r.json, ++place) : r.json;
      if (rows.length < n) return;
      const at: number | string = rows[rows.length - 1].at;
      after = order === "seq" ? Number(at) : String(at);
      left -= rows.length;
      const longest = rows.reduce((most, r) => Math.max(most, r.json.length), 1);
      fit = Math.max(1, Math.floor((batch.chars ?? STREAM_CHARS) / longest));
    }
  }

  /** How many rows each list holds, as the case was written (nothing is counted when read). */
  private async counts(): Promise<ListCounts> {
    const row = await this.sql.get<{ counts: string | null }>("SELECT counts FROM case_state WHERE case_id = ?", [
      this.caseId,
    ]);
    return row?.counts
      ? (JSON.parse(row.counts) as ListCounts)
      : { entities: {}, timeline: 0, reports: 0, contradictions: 0, quotes: 0 };
  }

  /** How many entities of a type (of every type, without one) the case holds. */
  async entityCount(type?: string): Promise<number> {
    const counts = (await this.counts()).entities;
    return type ? (counts[type] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
  }

  async entitiesByIds(ids: string[]): Promise<CaseEntity[]> {
    return this.inOrder("case_entities", "id", ids, "json", "ord");
  }

  /** The list rows (`EntityListRow`) of the entities of `ids`, in the list's order. */
  async listRows(ids: string[]): Promise<EntityListRow[]> {
    return this.inOrder("case_entities", "id", ids, "list_json", "ord");
  }

  /**
   * A page of the entities (of `type`, when given; whose name or an alias contains the folded
   * words `q`, when given: `filterEntities` in src/casefile/queries.ts) as list rows, and how many
   * entities the filter selects. Without words the count is the one kept; with them the name
   * index's "contains" keys are searched.
   */
  async entityPage(
    filter: { type?: string; q?: string },
    page: Page,
  ): Promise<{ rows: EntityListRow[]; total: number }> {
    const q = filter.q ? fold(filter.q) : "";
    const where = [
      "case_id = ?",
      ...(filter.type ? ["type = ?"] : []),
      ...(q
        ? ["id IN (SELECT entity FROM case_names WHERE case_id = ? AND level = 3 AND key LIKE ? ESCAPE '\\')"]
        : []),
    ].join(" AND ");
    const params: SqlValue[] = [
      this.caseId,
      ...(filter.type ? [filter.type] : []),
      ...(q ? [this.caseId, containing(q)] : []),
    ];
    const { sql, params: more } = paged(page);
    const rows = parse<EntityListRow>(
      await this.sql.all(`SELECT list_json AS json FROM case_entities WHERE ${where} ORDER BY ord${sql}`, [
        ...params,
        ...more,
      ]),
    );
    if (q) {
      const row = await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM case_entities WHERE ${where}`, params);
      return { rows, total: Number(row?.n ?? 0) };
    }
    return { rows, total: await this.entityCount(filter.type) };
  }

  /** How many quotes each of `speakers` has (only those with any). */
  async quoteCounts(speakers: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (speakers.length === 0) return out;
    const rows = await this.sql.all<{ speaker: string; n: number }>(
      `SELECT speaker, COUNT(*) AS n FROM case_quotes WHERE case_id = ? AND speaker ${this.inList()} GROUP BY speaker`,
      [this.caseId, JSON.stringify(speakers)],
    );
    for (const r of rows) out.set(r.speaker, Number(r.n));
    return out;
  }

  /** Every speaker with a quote, with how many and the position of their first, in the order of their first quote. */
  async speakers(): Promise<{ id: string; quotes: number }[]> {
    const rows = await this.sql.all<{ speaker: string; n: number; first: number }>(
      `SELECT speaker, COUNT(*) AS n, MIN(seq) AS first FROM case_quotes WHERE case_id = ? AND speaker IS NOT NULL
       GROUP BY speaker`,
      [this.caseId],
    );
    return rows.sort((a, b) => Number(a.first) - Number(b.first)).map((r) => ({ id: r.speaker, quotes: Number(r.n) }));
  }

  /** How many quotes the case holds. */
  async quoteCount(): Promise<number> {
    return (await this.counts()).quotes;
  }

  /** A page of the case's quotes, in order. */
  async quotePage(page: Page): Promise<CaseQuote[]> {
    const { sql, params } = paged(page);
    return parse(
      await this.sql.all(`SELECT json FROM case_quotes WHERE case_id = ? ORDER BY seq${sql}`, [this.caseId, ...params]),
    );
  }

  /** The case entity of each of a document's entities (by their id in its extraction). */
  async membersOf(document: string): Promise<{ local: string; entity: string }[]> {
    return this.sql.all<{ local: string; entity: string }>(
      "SELECT local_id AS local, entity FROM case_members WHERE case_id = ? AND document = ?",
      [this.caseId, document],
    );
  }

  /** The ids of the entities belonging to the body `org`, in the entity list's order. */
  async memberIds(org: string): Promise<string[]> {
    const rows = await this.sql.all<{ other: string }>(
      `SELECT l.other AS other FROM case_links l JOIN case_entities e ON e.case_id = l.case_id AND e.id = l.other
       WHERE l.case_id = ? AND l.entity = ? AND l.kind = 'member' ORDER BY e.ord`,
      [this.caseId, org],
    );
    return rows.map((r) => r.other);
  }

  /**
   * The entities of `ids` by name only (id, type and name, from the table's columns; every list
   * empty): what a profile shows of the bodies an entity belongs to, without reading their JSON,
   * which for a party or a police force named in thousands of articles is large.
   */
  async entityNames(ids: string[]): Promise<CaseEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.all<{ ord: string; id: string; type: CaseEntity["type"]; name: string }>(
      `SELECT ord, id, type, name FROM case_entities WHERE case_id = ? AND id ${this.inList()}`,
      [this.caseId, JSON.stringify(ids)],
    );
    return rows.sort((a, b) => byText(a.ord, b.ord)).map((r) => entityStub(r));
  }

  /**
   * Rows of `table` whose `column` is one of `values`, in the list's order (`order`: `seq`, a
   * position, or an entity's `ord`). The rows are sorted here, not by an ORDER BY: with one,
   * SQLite walks the table's order key through every row of the case to skip the sort, so a
   * lookup of one entity cost a scan of the whole list.
   */
  private async inOrder<T>(
    table: string,
    column: string,
    values: string[],
    json = "json",
    order: "seq" | "ord" = "seq",
  ): Promise<T[]> {
    if (values.length === 0) return [];
    const rows = await this.sql.all<{ at: number | string; json: string }>(
      `SELECT ${order} AS at, ${json} AS json FROM ${table} WHERE case_id = ? AND ${column} ${this.inList()}`,
      [this.caseId, JSON.stringify(values)],
    );
    return parse(
      rows.sort((a, b) => (order === "seq" ? Number(a.at) - Number(b.at) : byText(String(a.at), String(b.at)))),
    );
  }

  /**
   * "Is one of the strings of the JSON array parameter": one statement text whatever the list's
   * length, so a server engine plans it once, and no list is cut into batches of placeholders.
   */
  private inList(): string {
    const d = this.sql.dialect;
    return d.inSubquery(d.jsonStrings);
  }

  /**
   * The entities a typed name points at, as `matchEntities` (src/casefile/queries.ts) finds them
   * in the whole case file: the id; else names whose keys equal the query's; else aliases'; else
   * (three characters or more) names and aliases containing it. Read from the name index.
   */
  async matchEntities(query: string): Promise<CaseEntity[]> {
    return this.matchRows<CaseEntity>(query, "json");
  }

  /** The heads (`EntityHead`) of the entities a typed name points at, found as `matchEntities` finds them. */
  async matchHeads(query: string): Promise<EntityHead[]> {
    return this.matchRows<EntityHead>(query, "head_json");
  }

  /** The `column` of each entity a typed name points at (see `matchEntities`). */
  private async matchRows<T>(query: string, column: "json" | "head_json"): Promise<T[]> {
    const q = query.trim();
    if (!q) return [];
    // Every id is "type:…", so a query without a colon is no id: one round trip fewer on a server.
    if (q.includes(":")) {
      const byId = await this.inOrder<T>("case_entities", "id", [q], column, "ord");
      if (byId.length) return byId.slice(0, 1);
    }
    const keys = queryKeys(q);
    for (const level of [1, 2]) {
      if (keys.length === 0) break;
      const found = await this.entitiesNamed<T>(
        `level = ? AND key ${this.inList()}`,
        [level, JSON.stringify(keys)],
        column,
      );
      if (found.length) return found;
    }
    const f = fold(q);
    if (f.length < 3) return [];
    return this.entitiesNamed<T>("level = 3 AND key LIKE ? ESCAPE '\\'", [containing(f)], column);
  }

  /**
   * The `column` of the entities whose name index rows meet `where`, in the list's order, read
   * with their keys in one statement (one round trip on a server engine; sorted here, see `inOrder`).
   */
  private async entitiesNamed<T>(where: string, params: SqlValue[], column: string): Promise<T[]> {
    const rows = await this.sql.all<{ ord: string; json: string }>(
      `SELECT ord, ${column} AS json FROM case_entities WHERE case_id = ?
       AND id IN (SELECT entity FROM case_names WHERE case_id = ? AND ${where})`,
      [this.caseId, this.caseId, ...params],
    );
    return parse(rows.sort((a, b) => byText(a.ord, b.ord)));
  }

  /**
   * A page of an entity's profile (`profilePage` in src/casefile/queries.ts) from its head: the
   * first `limit` (at most PROFILE_ROWS, what a head keeps) rows of its quotes by and about it,
   * its milestones, contradictions and documents, each read in order on an index, and the names
   * of the bodies it belongs to, in ONE statement, then the milestones' places (their ids) on the
   * timeline's order index; each milestone and contradiction as its head (`EventHead`,
   * `ContradictionHead`). What it reads grows with the case only in the counting of places, a walk
   * of the timeline's order index up to the page's last milestone.
   */
  async profilePage(stored: EntityHead, limit: number): Promise<ProfilePage> {
    const head = limitHead(stored, limit);
    const c = this.caseId;
    const first = (read: string) => `seq, json, NULL AS a, NULL AS b FROM (${read} LIMIT ?) AS t`;
    const rows = await this.readUnion<SliceRow>([
      [
        SlicePart.By,
        first("SELECT seq, json FROM case_quotes WHERE case_id = ? AND speaker = ? ORDER BY seq"),
        [c, head.id, limit],
      ],
      [
        SlicePart.About,
        first(`SELECT q.seq AS seq, q.json AS json FROM case_quote_about x
          JOIN case_quotes q ON q.case_id = x.case_id AND q.seq = x.seq
          WHERE x.case_id = ? AND x.entity = ? ORDER BY x.seq`),
        [c, head.id, limit],
      ],
      [
        SlicePart.Timeline,
        `0 AS seq, json, a, NULL AS b FROM (SELECT m.head_json AS json, o.ord AS a ${TAKES_PART}
          ORDER BY o.ord LIMIT ?) AS t`,
        [c, head.id, "timeline", limit],
      ],
      [
        SlicePart.Contradictions,
        `0 AS seq, json, a, b FROM (SELECT x.head_json AS json, x.ord AS a, x.subject_id AS b FROM case_links l
          JOIN case_contradictions x ON x.case_id = l.case_id AND x.ord = l.other
          WHERE l.case_id = ? AND l.entity = ? AND l.kind = 'contradiction' ORDER BY l.other LIMIT ?) AS t`,
        [c, head.id, limit],
      ],
      [
        SlicePart.Documents,
        `seq, json, NULL AS a, NULL AS b FROM case_documents WHERE case_id = ? AND id ${this.inList()}`,
        [c, JSON.stringify(head.documents)],
      ],
      [
        SlicePart.Names,
        `0 AS seq, name AS json, id AS a, NULL AS b FROM case_entities WHERE case_id = ? AND id ${this.inList()}`,
        [c, JSON.stringify(head.affiliations)],
      ],
    ]);
    const page: ProfilePage = {
      entity: head,
      belongsTo: [],
      quotesBy: [],
      quotesAbout: [],
      events: [],
      documents: [],
      contradictions: [],
    };
    const lists = new Map<SlicePart, unknown[]>([
      [SlicePart.By, page.quotesBy],
      [SlicePart.About, page.quotesAbout],
      [SlicePart.Documents, page.documents],
    ]);
    const names = new Map<string, string>();
    for (const r of rows) {
      const part = Number(r.part) as SlicePart;
      if (part === SlicePart.Names) names.set(r.a ?? "", r.json ?? "");
      else lists.get(part)?.push(JSON.parse(r.json ?? ""));
    }
    page.events = await this.placed(
      "timeline",
      rows.filter((r) => Number(r.part) === SlicePart.Timeline),
    );
    page.contradictions = await this.numberedContradictions<ContradictionHead>(
      rows
        .filter((r) => Number(r.part) === SlicePart.Contradictions)
        .map((r) => ({ ord: r.a ?? "", subject: r.b ?? "", json: r.json ?? "" })),
      undefined,
      true,
    );
    page.belongsTo = head.affiliations.map((a) => names.get(a) ?? a);
    // A head keeps the first PROFILE_ROWS documents of each milestone and contradiction.
    page.events = page.events.map((t: EventHead) => limitEventHead(t, limit));
    page.contradictions = page.contradictions.map((x: ContradictionHead) => limitContradictionHead(x, limit));
    return page;
  }

  /** Quotes, in case order: all, or those by any of `speakers`. */
  async quotes(speakers?: string[]): Promise<{ seq: number; quote: CaseQuote }[]> {
    if (speakers && speakers.length === 0) return [];
    const rows = speakers
      ? await this.sql.all<{ seq: number; json: string }>(
          // `+seq`: sorting the few rows found is cheap; without it, for two speakers or more, SQLite
          // walks every quote of the case in seq order to skip that sort (150 ms at 50,000 articles).
          `SELECT seq, json FROM case_quotes WHERE case_id = ? AND speaker ${this.inList()} ORDER BY +seq`,
          [this.caseId, JSON.stringify(speakers)],
        )
      : await this.sql.all<{ seq: number; json: string }>(
          "SELECT seq, json FROM case_quotes WHERE case_id = ? ORDER BY seq",
          [this.caseId],
        );
    return rows.map((r) => ({ seq: r.seq, quote: JSON.parse(r.json) as CaseQuote }));
  }

  /**
   * What a page about one entity reads of its slice, in ONE statement (one round trip on a server
   * engine, where each round trip costs more than such a read itself): its quotes (`by`), the
   * quotes naming it (`about`), the timeline's milestones it takes part in, and, when asked, the
   * documents of `documents`, the entities of `names` by name only (as `entityNames`), the graph
   * edges touching it (each from the entity to its other end, a milestone's without its number,
   * with the edge's label) and its
   * members (as `memberIds`); then the milestones' places (their ids), and the contradictions
   * about the entity or about those milestones, named by their ids. Each list comes in the case
   * file's order.
   */
  async entitySlice(entity: string, want: SliceWants = {}): Promise<EntitySlice> {
    const rows = await this.readUnion<SliceRow>(sliceReads(this.caseId, entity, want, this.inList()));
    const slice: EntitySlice = {
      by: [],
      about: [],
      timeline: [],
      contradictions: [],
      documents: [],
      names: [],
      edges: [],
      members: [],
    };
    for (const r of rows) {
      const json = r.json ?? "";
      const part = Number(r.part) as SlicePart;
      if (part === SlicePart.By || part === SlicePart.About)
        slice[part === SlicePart.By ? "by" : "about"].push({
          seq: Number(r.seq),
          quote: JSON.parse(json) as CaseQuote,
        });
      else if (part === SlicePart.Documents) slice.documents.push(JSON.parse(json) as CaseDocument);
    }
    slice.timeline = await this.placed(
      "timeline",
      rows.filter((r) => Number(r.part) === SlicePart.Timeline),
    );
    // About the entity itself, or about a milestone it takes part in (ids of two kinds, "type:…"
    // and "ev:…", so no contradiction is read twice).
    slice.contradictions = await this.contradictionsOf([
      entity,
      ...rows.filter((r) => Number(r.part) === SlicePart.Timeline).map((r) => r.a ?? ""),
    ]);
    const names = rows.filter((r) => Number(r.part) === SlicePart.Names).sort((x, y) => byText(x.b, y.b));
    slice.names = names.map((r) => entityStub({ id: r.a ?? "", type: typeOfId(r.a ?? ""), name: r.json ?? "" }));
    const edges = rows.filter((r) => Number(r.part) === SlicePart.Edges).sort((x, y) => byText(x.json, y.json));
    slice.edges = edges.map((r) => ({ source: entity, target: r.a ?? "", label: r.b ?? "" }));
    const members = rows.filter((r) => Number(r.part) === SlicePart.Members).sort((x, y) => byText(x.json, y.json));
    slice.members = members.map((r) => r.a ?? "");
    return slice;
  }

  /**
   * The quotes of `speakers` and the documents they are quoted in, both in case order, in ONE
   * statement (one round trip on a server engine): what `quotes --speaker NAME` reads.
   */
  async quotesWithDocuments(
    speakers: string[],
  ): Promise<{ quotes: { seq: number; quote: CaseQuote }[]; documents: CaseDocument[] }> {
    if (speakers.length === 0) return { quotes: [], documents: [] };
    const d = this.sql.dialect;
    const inList = this.inList();
    const list = JSON.stringify(speakers);
    const rows = await this.readUnion<{ part: number; seq: number; json: string }>([
      [0, `seq, json FROM case_quotes WHERE case_id = ? AND speaker ${inList}`, [this.caseId, list]],
      [
        1,
        `seq, json FROM case_documents WHERE case_id = ?
         AND id ${d.inSubquery(`SELECT document FROM case_quotes WHERE case_id = ? AND speaker ${inList}`)}`,
        [this.caseId, this.caseId, list],
      ],
    ]);
    const quotes: { seq: number; quote: CaseQuote }[] = [];
    const documents: CaseDocument[] = [];
    for (const r of rows)
      if (Number(r.part) === 0) quotes.push({ seq: Number(r.seq), quote: JSON.parse(r.json) as CaseQuote });
      else documents.push(JSON.parse(r.json) as CaseDocument);
    return { quotes, documents };
  }

  /**
   * Several reads as ONE statement, a UNION ALL (one round trip on a server engine, where each
   * round trip costs more than such a read itself), each row tagged with its read's number
   * (`part`); the rows come back by part, then in each list's order (`seq`): those of a UNION ALL
   * come in no particular one.
   */
  private async readUnion<R extends { part: number; seq: number }>(reads: UnionRead[]): Promise<R[]> {
    const rows = await this.sql.all<R>(
      reads.map(([part, read]) => `SELECT ${part} AS part, ${read}`).join("\nUNION ALL\n"),
      reads.flatMap(([, , params]) => params),
    );
    return rows.sort((x, y) => Number(x.part) - Number(y.part) || Number(x.seq) - Number(y.seq));
  }

  /** The timeline's milestones, or the reports kept off it, in order: all, a page, or those `participant` takes part in. */
  async milestones(list: "timeline" | "reports", participant?: string, page?: Page): Promise<TimelineEntry[]> {
    if (participant !== undefined)
      return this.placed(
        list,
        await this.sql.all<{ json: string; a: string }>(`SELECT m.json AS json, o.ord AS a ${TAKES_PART}`, [
          this.caseId,
          participant,
          list,
        ]),
      );
    const { sql, params } = paged(page);
    const rows = await this.sql.all<{ json: string }>(
      `SELECT m.json AS json FROM ${MILESTONES_IN_ORDER} WHERE t.case_id = ? AND t.list = ? ORDER BY t.ord${sql}`,
      [this.caseId, list, ...params],
    );
    const first = (await this.listStart(list)) + Math.max(0, Math.floor(page?.offset ?? 0));
    return rows.map((r, i) => JSON.parse(numberedAt(r.json, first + i + 1)) as TimelineEntry);
  }

  /** How many places come before a list's first: none for the timeline, the timeline's for the reports kept off it. */
  private async listStart(list: "timeline" | "reports"): Promise<number> {
    return list === "timeline" ? 0 : (await this.counts()).timeline;
  }

  /**
   * Milestones of one list, each its stored JSON (or head) and its `ord` (`a`), put in the list's
   * order with their ids, each one's place counted on the list's `ord` index (`places`).
   */
  private async placed<T>(
    list: "timeline" | "reports",
    rows: { json: string | null; a: string | null }[],
  ): Promise<T[]> {
    const sorted = [...rows].sort((x, y) => byText(x.a, y.a));
    const at = await this.places(
      "case_timeline",
      " AND list = ?",
      [list],
      sorted.map((r) => r.a ?? ""),
    );
    const start = await this.listStart(list);
    return sorted.map((r) => JSON.parse(numberedAt(r.json ?? "", start + at.get(r.a ?? "")!)) as T);
  }

  /**
   * The place (1, 2…) of each of `ords`, each the `ord` of a row of `table` meeting `where`
   * (parameters: the case, then `params`), among those rows in the order of their `ord`: counted on
   * the table's `ord` index, the entries before the first and then those between each and the
   * next, so that the index is walked once, up to the last of them, in statements of PLACE_COUNTS
   * counts.
   */
  private async places(table: string, where: string, params: SqlValue[], ords: string[]): Promise<Map<string, number>> {
    const sorted = [...new Set(ords)].sort(byText);
    const out = new Map<string, number>();
    let place = 0;
    let after: string | null = null;
    for (let i = 0; i < sorted.length; i += PLACE_COUNTS) {
      const chunk = sorted.slice(i, i + PLACE_COUNTS);
      const values: SqlValue[] = [];
      const counts = chunk.map((ord, j) => {
        const from = after === null ? "" : " AND ord > ?";
        values.push(this.caseId, ...params, ...(after === null ? [] : [after]), ord);
        after = ord;
        return `(SELECT COUNT(*) FROM ${table} WHERE case_id = ?${where}${from} AND ord < ?) AS c${j}`;
      });
      const row = (await this.sql.get<Record<string, number | string>>(`SELECT ${counts.join(", ")}`, values))!;
      for (const [j, ord] of chunk.entries()) {
        place += Number(row[`c${j}`]) + 1;
        out.set(ord, place);
      }
    }
    return out;
  }

  /**
   * Stored contradictions (or their heads), each with its `ord` and its subject (`subject_id`), in
   * the list's order with the ids put back (see `unnumberedContradiction`): `c:FIELD:N`, N its place
   * among the case's contradictions (`first` + 1, 2… for rows read as a page after the `first`
   * rows; otherwise counted on the `ord` index), and, on the subject's id of one about a milestone,
   * that milestone's place in the timeline (counted on the timeline's `ord` index). `heads`: the
   * rows are heads (`ContradictionHead`), which name no subject.
   */
  private async numberedContradictions<T extends { id: string; subjectId?: string } = Contradiction>(
    rows: { ord: string; subject: string; json: string }[],
    first?: number,
    heads = false,
  ): Promise<T[]> {
    const { sorted, place, milestone } = await this.contradictionPlaces(rows, first, heads);
    return sorted.map((r, i) => {
      const x = JSON.parse(r.json) as T & { field: string };
      x.id = `c:${x.field}:${place(r, i)}`;
      const m = milestone(r);
      if (x.subjectId !== undefined && m !== undefined) x.subjectId += m;
      return x;
    });
  }

  /**
   * Stored contradictions in the list's order, each as the JSON `buildCase` gave
   * (`numberedContradiction`: the ids put in the stored text, the rest not parsed); numbered as
   * `numberedContradictions` numbers them.
   */
  private async numberedContradictionJson(
    rows: { ord: string; subject: string; json: string }[],
    first: number,
  ): Promise<string[]> {
    const { sorted, place, milestone } = await this.contradictionPlaces(rows, first, false);
    return sorted.map((r, i) => numberedContradiction(r.json, place(r, i), milestone(r)));
  }

  /**
   * The rows in the list's order, each one's place among the case's contradictions and, for one
   * about a milestone, the milestone's place in the timeline (`numberedContradictions`).
   */
  private async contradictionPlaces(
    rows: { ord: string; subject: string; json: string }[],
    first: number | undefined,
    heads: boolean,
  ): Promise<{
    sorted: { ord: string; subject: string; json: string }[];
    place: (r: { ord: string }, i: number) => number;
    milestone: (r: { ord: string; subject: string }) => number | undefined;
  }> {
    const sorted = [...rows].sort((x, y) => byText(x.ord, y.ord));
    const places =
      first === undefined
        ? await this.places(
            "case_contradictions",
            "",
            [],
            sorted.map((r) => r.ord),
          )
        : undefined;
    const about = heads ? [] : sorted.filter((r) => r.ord.startsWith(MILESTONE_SUBJECT));
    const milestones = about.length
      ? await this.places(
          "case_timeline",
          " AND list = ?",
          ["timeline"],
          about.map((r) => r.subject),
        )
      : new Map<string, number>();
    return {
      sorted,
      place: (r, i) => (places ? places.get(r.ord)! : first! + i + 1),
      milestone: (r) => (r.ord.startsWith(MILESTONE_SUBJECT) ? milestones.get(r.subject) : undefined),
    };
  }

  /** How many milestones (or reports kept off the timeline) the case holds. */
  async milestoneCount(list: "timeline" | "reports"): Promise<number> {
    return (await this.counts())[list];
  }

  /** How many contradictions the case holds. */
  async contradictionCount(): Promise<number> {
    return (await this.counts()).contradictions;
  }

  /** Contradictions, in order: all, or a page. */
  async contradictions(page?: Page): Promise<Contradiction[]> {
    const { sql, params } = paged(page);
    return this.numberedContradictions(
      await this.sql.all(
        `SELECT ord, subject_id AS subject, json FROM case_contradictions WHERE case_id = ? ORDER BY ord${sql}`,
        [this.caseId, ...params],
      ),
      Math.max(0, Math.floor(page?.offset ?? 0)),
    );
  }

  /**
   * Contradictions about any of `subjects` (entity ids, or milestone ids `ev:TYPE:N`, the Nth of
   * the timeline, found on its `ord` index), in order.
   */
  async contradictionsAbout(subjects: string[]): Promise<Contradiction[]> {
    const keys: string[] = [];
    for (const s of subjects) {
      const n = /^ev:[^:]*:([1-9]\d*)$/.exec(s);
      if (!n) {
        keys.push(s);
        continue;
      }
      const row = await this.sql.get<{ ord: string }>(
        "SELECT ord FROM case_timeline WHERE case_id = ? AND list = ? ORDER BY ord LIMIT 1 OFFSET ?",
        [this.caseId, "timeline", Number(n[1]) - 1],
      );
      if (row) keys.push(row.ord);
    }
    const wanted = new Set(subjects);
    // A milestone of another type at that place is another subject.
    return (await this.contradictionsOf(keys)).filter((x) => wanted.has(x.subjectId));
  }

  /** Contradictions whose `subject_id` is one of `keys` (entity ids, milestones' `ord`), in order. */
  private async contradictionsOf(keys: string[]): Promise<Contradiction[]> {
    if (keys.length === 0) return [];
    return this.numberedContradictions(
      await this.sql.all(
        `SELECT ord, subject_id AS subject, json FROM case_contradictions WHERE case_id = ? AND subject_id ${this.inList()}`,
        [this.caseId, JSON.stringify(keys)],
      ),
    );
  }

  async graph(): Promise<CaseGraph> {
    const rows = await this.sql.all<{ part: string; milestone: string | null; json: string }>(
      "SELECT part, milestone, json FROM case_graph WHERE case_id = ? ORDER BY part, ord",
      [this.caseId],
    );
    const json = await this.numberedGraph(rows);
    return {
      nodes: json.filter((_, i) => rows[i].part === "node").map((j) => JSON.parse(j) as CaseGraph["nodes"][number]),
      edges: json.filter((_, i) => rows[i].part === "edge").map((j) => JSON.parse(j) as CaseGraph["edges"][number]),
    };
  }

  /** Stored graph rows' JSON with their milestones' numbers put back (`numberedGraphRow`), counted on the timeline's `ord` index. */
  private async numberedGraph(rows: { milestone: string | null; json: string }[]): Promise<string[]> {
    const ords = rows.flatMap((r) => (r.milestone === null ? [] : [r.milestone]));
    const places = ords.length
      ? await this.places("case_timeline", " AND list = ?", ["timeline"], ords)
      : new Map<string, number>();
    return rows.map((r) => (r.milestone === null ? r.json : numberedGraphRow(r.json, places.get(r.milestone)!)));
  }

  /** The JSON of a view of one value (`case_views`, its parts joined), or undefined when the refresh wrote none. */
  async view(name: string): Promise<string | undefined> {
    const rows = await this.sql.all<{ json: string }>(
      "SELECT json FROM case_views WHERE case_id = ? AND view = ? ORDER BY seq",
      [this.caseId, name],
    );
    return rows.length === 0 ? undefined : rows.length === 1 ? rows[0].json : rows.map((r) => r.json).join("");
  }

  /**
   * The JSON of every view whose name begins with `prefix`, by name, as UTF-8 bytes (each view its
   * parts in order): a list kept a row per item (an actor's account, `accountRows` in
   * src/server/case-views.ts), read in the order of the table's key, so not sorted. Bytes, not
   * text: the answer made of them is written out as it is, and at 10,000 articles the accounts are
   * 64 M characters that decoding into strings, joining and encoding again made most of the read.
   */
  async viewsNamed(prefix: string): Promise<Map<string, Buffer[]>> {
    const rows = await this.sql.all<{ view: string; json: Utf8Value }>(
      `SELECT view, ${this.sql.dialect.utf8("json")} AS json FROM case_views
       WHERE case_id = ? AND substr(view, 1, ?) = ? ORDER BY view, seq`,
      [this.caseId, prefix.length, prefix],
    );
    const out = new Map<string, Buffer[]>();
    for (const r of rows) {
      const parts = out.get(r.view);
      if (parts) parts.push(utf8Bytes(r.json));
      else out.set(r.view, [utf8Bytes(r.json)]);
    }
    return out;
  }

  /** The JSON of a view's rows in the order of their position (`seq`), at most `limit` of them, as UTF-8 bytes (see `viewsNamed`). */
  async viewRows(name: string, options: { limit?: number } = {}): Promise<Buffer[]> {
    const limit = options.limit === undefined ? "" : " LIMIT ?";
    const rows = await this.sql.all<{ json: Utf8Value }>(
      `SELECT ${this.sql.dialect.utf8("json")} AS json FROM case_views WHERE case_id = ? AND view = ? ORDER BY seq${limit}`,
      [this.caseId, name, ...(options.limit === undefined ? [] : [options.limit])],
    );
    return rows.map((r) => utf8Bytes(r.json));
  }

  /**
   * The JSON of the graph's `limit` heaviest nodes (every node, in the graph's order, when it has
   * no more; else heaviest first, those alike in the graph's order) and of the edges among them as
   * a drawing shows them (`GraphViewEdge`, kept in `head_json`), in the graph's order: each node
   * and edge found on the rank index, those edges being the ones whose rank is at most the last
   * node's (`graphOrderKeys`), and sorted here.
   */
  async graphDrawing(limit: number, total: number): Promise<{ nodes: string[]; edges: string[] }> {
    if (limit <= 0) return { nodes: [], edges: [] };
    const nodes = await this.sql.all<{ rank: string; milestone: string | null; json: string }>(
      `SELECT rank, milestone, json FROM case_graph WHERE case_id = ? AND part = 'node'
       ORDER BY ${total <= limit ? "ord" : "rank LIMIT ?"}`,
      [this.caseId, ...(total <= limit ? [] : [limit])],
    );
    if (nodes.length === 0) return { nodes: [], edges: [] };
    const last = nodes.reduce((most, n) => (n.rank > most ? n.rank : most), "");
    const edges = await this.sql.all<{ ord: string; milestone: string | null; json: string }>(
      "SELECT ord, milestone, head_json AS json FROM case_graph WHERE case_id = ? AND part = 'edge' AND rank <= ?",
      [this.caseId, last],
    );
    edges.sort((x, y) => byText(x.ord, y.ord));
    return { nodes: await this.numberedGraph(nodes), edges: await this.numberedGraph(edges) };
  }

  /** How many nodes or edges the graph holds. */
  async graphCount(part: "node" | "edge"): Promise<number> {
    const row = await this.sql.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM case_graph WHERE case_id = ? AND part = ?",
      [this.caseId, part],
    );
    return Number(row?.n ?? 0);
  }

  /** Which build of the case these rows are: the change count it was built from and when (see `keepView`). */
  async version(): Promise<BuildVersion | undefined> {
    const row = await this.sql.get<{ changes: number; built_at: string }>(
      "SELECT changes, built_at FROM case_state WHERE case_id = ?",
      [this.caseId],
    );
    return row && { changes: Number(row.changes), builtAt: row.built_at };
  }

  /** How many rows a view holds. */
  async viewCount(name: string): Promise<number> {
    const row = await this.sql.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM case_views WHERE case_id = ? AND view = ?",
      [this.caseId, name],
    );
    return Number(row?.n ?? 0);
  }

  /** The whole case file, as `buildCase` gave it. */
  async caseFile(): Promise<CaseFile> {
    const [documents, entities, quotes, timeline, reports, contradictions, graph, overrideIssues] = await Promise.all([
      this.documents(),
      this.entities(),
      this.quotes(),
      this.milestones("timeline"),
      this.milestones("reports"),
      this.contradictions(),
      this.graph(),
      this.issues(),
    ]);
    return {
      documents,
      entities,
      quotes: quotes.map((q) => q.quote),
      timeline,
      reports,
      contradictions,
      graph,
      overrideIssues,
    };
  }
}
