// Accounts side by side (issue 15): for each actor, what they said in the order they said it;
// and, for each subject two or more actors spoke about, their statements next to each other, so
// a reader sees where the accounts agree and where they differ.
//
// The grouping is deliberately simple and explained on the page: a subject is
//   1. an entity (person, body, place) named inside the statements of two or more actors, or
//   2. a content word (not a function word, not part of a name) that two or more actors use.
// Subjects are ranked by how many actors they bring together; a subject whose statements are
// all in one already shown is left out. Pure functions over the case; no I/O.
import { eng as STOPWORDS } from "stopword";
import type { Quote } from "../core/schema.js";
import { fold } from "./names.js";
import type { CaseIndex } from "./queries.js";
import type { CaseDocument, CaseEntity, CaseQuote } from "./types.js";

/** The statement fields of a case quote, from its extraction (absent in old extractions: unknown). */
export function statementOf(
  document: string,
  q: Quote,
): Pick<CaseQuote, "saidAt" | "saidAtSpan" | "role" | "addressee" | "channel"> {
  const at = q.saidAt ?? null;
  return {
    saidAt: at?.value ?? null,
    saidAtSpan: at ? { document, start: at.start, end: at.end, text: at.text } : null,
    role: q.role?.text ?? null,
    addressee: q.addressee?.text ?? null,
    channel: q.channel ?? "unknown",
  };
}

export interface Statement {
  quote: CaseQuote;
  document: CaseDocument | null;
  /** When it was said; the article's publication date when the text does not date it. */
  when: string | null;
  /** Whether `when` is the speech act's own date or only the article's. */
  dated: "said" | "published" | "unknown";
}

export interface Account {
  actor: CaseEntity;
  statements: Statement[];
}

export interface SubjectSide {
  actor: CaseEntity;
  statements: Statement[];
}

export interface Subject {
  /** `entity:<case id>` or `word:<word>`. */
  key: string;
  label: string;
  kind: "entity" | "word";
  /** Why these statements are together, in words. */
  why: string;
  sides: SubjectSide[];
}

export interface Accounts {
  accounts: Account[];
  subjects: Subject[];
}

export const GROUPING_RULE =
  "Statements are on one subject when two or more actors name the same person, body or place in them, " +
  "or use the same content word (function words and names left out). Shared names come first, then shared words, " +
  "each by how many actors they bring together; a subject whose statements are all under an earlier one is left out.";

const STOP = new Set(STOPWORDS.map((w) => w.toLowerCase()));
const MIN_WORD = 5;

/** A statement's date for sorting: said-at, else the article's date. */
function statement(index: CaseIndex, q: CaseQuote): Statement {
  const document = index.documents.get(q.document) ?? null;
  if (q.saidAt) return { quote: q, document, when: q.saidAt, dated: "said" };
  if (document?.published) return { quote: q, document, when: document.published, dated: "published" };
  return { quote: q, document, when: null, dated: "unknown" };
}

const byWhen = (index: CaseIndex) => (a: Statement, b: Statement) => {
  if (a.when !== b.when) {
    if (a.when === null) return 1;
    if (b.when === null) return -1;
    return a.when < b.when ? -1 : 1;
  }
  return (index.quotePosition.get(a.quote.id) ?? 0) - (index.quotePosition.get(b.quote.id) ?? 0);
};

/** Each actor's statements in said-at order; actors with the most statements first. */
export function accountsOf(index: CaseIndex, options: { subjects?: number } = {}): Accounts {
  const accounts: Account[] = [];
  for (const [id, quotes] of index.quotesBySpeaker) {
    const actor = index.entities.get(id);
    if (!actor) continue;
    const statements = quotes.map((q) => statement(index, q)).sort(byWhen(index));
    accounts.push({ actor, statements });
  }
  accounts.sort((a, b) => b.statements.length - a.statements.length || a.actor.name.localeCompare(b.actor.name));
  return { accounts, subjects: subjectsOf(index, accounts, options.subjects ?? 10) };
}

function subjectsOf(index: CaseIndex, accounts: Account[], limit: number): Subject[] {
  const nameWords = new Set<string>();
  for (const e of index.file.entities)
    for (const w of [e.name, ...e.aliases.map((a) => a.text)].flatMap((n) => fold(n).split(" "))) nameWords.add(w);
  // key → actor id → statements
  const keyed = new Map<string, Map<string, Statement[]>>();
  // An actor's statements are added one after the other, each under each of its keys once, so a
  // statement is already under a key when it is the last one there: looking through the whole
  // list instead made the grouping grow as the square of a main character's statements.
  const add = (key: string, actor: string, s: Statement) => {
    let sides = keyed.get(key);
    if (!sides) keyed.set(key, (sides = new Map()));
    let list = sides.get(actor);
    if (!list) sides.set(actor, (list = []));
    if (list[list.length - 1] !== s) list.push(s);
  };
  for (const a of accounts) {
    for (const s of a.statements) {
      for (const id of s.quote.about) if (id !== a.actor.id) add(`entity:${id}`, a.actor.id, s);
      for (const w of contentWords(s.quote.text, nameWords)) add(`word:${w}`, a.actor.id, s);
    }
  }
  const candidates = [...keyed].filter(([, sides]) => sides.size >= 2);
  // How many statements each candidate holds, counted once (not at each comparison of the sort).
  const total = (sides: Map<string, Statement[]>) => [...sides.values()].reduce((n, l) => n + l.length, 0);
  const count = new Map(candidates.map(([key, sides]) => [key, total(sides)]));
  const statements = (key: string) => count.get(key) ?? 0;
  // Shared names first (they say what the subject is), then shared words; within each, more actors first.
  candidates.sort(
    ([ka, a], [kb, b]) =>
      Number(kb.startsWith("entity:")) - Number(ka.startsWith("entity:")) ||
      b.size - a.size ||
      statements(kb) - statements(ka) ||
      ka.localeCompare(kb),
  );
  const shown: Set<string>[] = [];
  const out: Subject[] = [];
  for (const [key, sides] of candidates) {
    if (out.length >= limit) break;
    const ids = new Set([...sides.values()].flat().map((s) => s.quote.id));
    if (shown.some((seen) => [...ids].every((id) => seen.has(id)))) continue;
    shown.push(ids);
    const kind = key.startsWith("entity:") ? "entity" : "word";
    const value = key.slice(key.indexOf(":") + 1);
    const label = kind === "entity" ? (index.entities.get(value)?.name ?? value) : value;
    const sideList: SubjectSide[] = [...sides]
      .map(([actor, statements]) => ({
        actor: index.entities.get(actor) as CaseEntity,
        statements: statements.sort(byWhen(index)),
      }))
      .filter((s) => s.actor);
    out.push({
      key,
      label,
      kind,
      why:
        kind === "entity"
          ? `${sideList.length} actors name ${label} in what they say`
          : `${sideList.length} actors use the word "${label}"`,
      sides: sideList,
    });
  }
  return out;
}

/** Content words of a statement, folded, plural "-s" dropped, each once. */
export function contentWords(text: string, nameWords: Set<string>): string[] {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw.length < MIN_WORD || STOP.has(raw) || nameWords.has(raw)) continue;
    const w = raw.endsWith("s") && !/(ss|us|is)$/.test(raw) ? raw.slice(0, -1) : raw;
    if (STOP.has(w) || nameWords.has(w)) continue;
    out.add(w);
  }
  return [...out];
}
