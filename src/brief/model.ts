// The cited brief (issue 15): the case in one paragraph, who is who, the milestones, the
// accounts and where the sources disagree, each line resting on sentences of the articles. A
// line's citations name the words it rests on (`claim`): the line says them, and the cited span
// of the stored text contains them, so a reader (and test/brief) can check every line.
// Pure: the case comes through the query layer (src/casefile/queries.ts), the texts as a map.
import { accountsOf, type Accounts, type Statement } from "../casefile/accounts.js";
import type { CaseIndex } from "../casefile/queries.js";
import type { CaseDocument, CaseEntity, SourceRef, TimelineEntry } from "../casefile/types.js";
import { sentenceAt, sentencesOf, type Doc, type SentenceCache } from "../core/doc.js";

export interface Citation {
  /** 1, 2, 3… in the order the brief first cites them. */
  n: number;
  document: string;
  outlet: string;
  published: string | null;
  /** The article's web address, when it has one. */
  url: string | null;
  /** The cited words, `[start, end)` in the stored text. */
  start: number;
  end: number;
  text: string;
  /** The sentence around them. */
  sentence: { start: number; end: number; text: string };
}

export interface Cite {
  n: number;
  /** Words of the line that the cited span contains. */
  claim: string;
}

export interface BriefLine {
  text: string;
  cites: Cite[];
}

export interface BriefGroup {
  title: string;
  note?: string;
  lines: BriefLine[];
}

export interface Brief {
  caseName: string;
  documents: number;
  /** The case in one paragraph: its sentences. */
  summary: BriefLine[];
  people: BriefLine[];
  milestones: BriefLine[];
  accounts: BriefGroup[];
  sideBySide: BriefGroup[];
  disagreements: BriefLine[];
  citations: Citation[];
}

/** How many subjects a brief sets side by side unless told. */
export const BRIEF_SUBJECTS = 5;

export interface BriefOptions {
  /** How many subjects to set side by side (default 5). */
  subjects?: number;
  /** Longest quotation printed whole, in characters (default 400). */
  quoteChars?: number;
  /**
   * `accountsOf(index, …)` already computed for this index with at least `subjects` subjects
   * (the refresh computes them once for the accounts and the brief); its first ones are used.
   */
  accounts?: Accounts;
  /** Documents' sentences already split (by the case build), taken where their text is the one cited. */
  sentences?: SentenceCache;
}

/** The stored text of each document, by id. */
export type Texts = Map<string, string>;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2025-09-15" → "15 September 2025", at the precision given. */
export function humanDate(iso: string | null): string {
  if (!iso) return "undated";
  const [y, m, d] = iso.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Where a document came from, in a word: its outlet, else its web site, else its id. */
export function outletOf(d: CaseDocument | undefined, id: string): string {
  if (d?.outlet) return d.outlet;
  if (d?.source && /^https?:\/\//i.test(d.source)) {
    try {
      return new URL(d.source).hostname.replace(/^www\./, "");
    } catch {
      /* not a URL after all */
    }
  }
  return id;
}

class Citations {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, Citation>();
  /** Each cited document's sentences (not its whole Doc: a case's tokens would all be held at once). */
  private readonly docs = new Map<string, Pick<Doc, "sentences">>();
  constructor(
    private readonly index: CaseIndex,
    private readonly texts: Texts,
    private readonly split?: SentenceCache,
  ) {}

  /** A citation of `[start, end)` in a document, if the text is there and holds `claim`; null otherwise. */
  cite(document: string, start: number | null, end: number | null, claim: string): Cite | null {
    const text = this.texts.get(document);
    if (text === undefined || start === null || end === null || start < 0 || end > text.length || end <= start)
      return null;
    const words = text.slice(start, end);
    if (!claim || !words.includes(claim)) return null;
    const key = `${document}#${start}-${end}`;
    let c = this.byKey.get(key);
    if (!c) {
      let doc = this.docs.get(document);
      if (!doc) this.docs.set(document, (doc = sentencesOf(document, text, this.split)));
      const s1 = doc.sentences[Math.max(0, sentenceAt(doc, start))];
      const s2 = doc.sentences[Math.max(0, sentenceAt(doc, Math.max(start, end - 1)))];
      const sStart = Math.min(s1?.start ?? start, start);
      const sEnd = Math.max(s2?.end ?? end, end);
      const d = this.index.documents.get(document);
      c = {
        n: this.list.length + 1,
        document,
        outlet: outletOf(d, document),
        published: d?.published ?? null,
        url: d?.source && /^https?:\/\//i.test(d.source) ? d.source : null,
        start,
        end,
        text: words,
        sentence: { start: sStart, end: sEnd, text: text.slice(sStart, sEnd) },
      };
      this.byKey.set(key, c);
      this.list.push(c);
    }
    return { n: c.n, claim };
  }

  ref(r: SourceRef | null | undefined, claim: string): Cite | null {
    return r ? this.cite(r.document, r.start, r.end, claim) : null;
  }
}

/** A line with at least one citation; a fact the brief cannot cite is left out. */
function line(text: string, cites: (Cite | null)[]): BriefLine | null {
  const kept = cites.filter((c): c is Cite => c !== null && text.includes(c.claim));
  return kept.length ? { text, cites: kept } : null;
}

/** Words between marks, unless they hold marks of their own (the CPS "simply cannot continue"). */
function quoted(words: string, cut: boolean): string {
  const text = words + (cut ? "…" : "");
  return /["“”]/.test(words) ? text : `“${text}”`;
}

const present = <T>(x: T | null): x is T => x !== null;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  return text.slice(0, space > max / 2 ? space : max);
}

export function buildBrief(index: CaseIndex, texts: Texts, caseName: string, options: BriefOptions = {}): Brief {
  const cites = new Citations(index, texts, options.sentences);
  const quoteChars = options.quoteChars ?? 400;
  const file = index.file;

  // Who is who: people with the roles the articles give them, each role cited where it is stated.
  const people = file.entities.filter((e) => e.type === "person");
  const peopleLines = people.map((e) => personLine(e, cites)).filter(present);

  // Milestones: the timeline's dated entries, each with the words that state it.
  const milestoneLines = file.timeline.map((t) => milestoneLine(t, cites)).filter(present);

  // Accounts: each quoted actor's statements in the order they were said.
  const subjectCount = options.subjects ?? BRIEF_SUBJECTS;
  const { accounts, subjects: allSubjects } = options.accounts ?? accountsOf(index, { subjects: subjectCount });
  // accountsOf's subjects are a prefix of its longer list (each is chosen by the ones before it).
  const subjects = allSubjects.slice(0, subjectCount);
  const statementLine = (s: Statement, who?: CaseEntity): BriefLine | null => {
    const q = s.quote;
    const words = cut(q.text, quoteChars);
    const when = s.dated === "said" ? humanDate(s.when) : s.when ? `reported ${humanDate(s.when)}` : "undated";
    const how = [
      q.role ? `as ${q.role}` : "",
      q.channel && q.channel !== "unknown" ? `(${q.channel})` : "",
      q.addressee ? `to ${q.addressee}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    const lead = [who ? who.name : "", when, how].filter(Boolean).join(", ");
    return line(`${lead}: ${quoted(words, words.length < q.text.length)}`, [
      cites.cite(q.document, q.start, q.end, words),
    ]);
  };
  const accountGroups: BriefGroup[] = accounts
    .map((a) => ({
      title: a.actor.name + (a.actor.roles[0] ? `, ${a.actor.roles[0].text}` : ""),
      lines: a.statements.map((s) => statementLine(s)).filter(present),
    }))
    .filter((g) => g.lines.length > 0);
  const sideBySide: BriefGroup[] = subjects
    .map((s) => ({
      title: s.label,
      note: s.why,
      lines: s.sides.flatMap((side) => side.statements.map((st) => statementLine(st, side.actor))).filter(present),
    }))
    .filter((g) => g.lines.length > 1);

  // Where the sources disagree: each value with the words that give it.
  const disagreements = file.contradictions
    .map((x) => {
      const parts: string[] = [];
      const refs: (Cite | null)[] = [];
      for (const v of x.values) {
        const s = v.sources.find((r) => r.text && r.start !== null);
        if (!s || !s.text) continue;
        parts.push(`${v.value} (“${s.text}”, ${outletOf(index.documents.get(s.document), s.document)})`);
        refs.push(cites.ref(s, s.text));
      }
      if (parts.length < 2) return null;
      return line(`${x.subject}, ${x.field}: ${parts.join(" against ")}`, refs);
    })
    .filter(present);

  const summary = summaryOf(index, people, accounts.length, cites);
  return {
    caseName,
    documents: file.documents.length,
    summary,
    people: peopleLines,
    milestones: milestoneLines,
    accounts: accountGroups,
    sideBySide,
    disagreements,
    citations: cites.list,
  };
}

function personLine(e: CaseEntity, cites: Citations): BriefLine | null {
  const roles = e.roles.map((r) => ({ text: r.text, cite: cites.ref(r.sources[0], r.text) })).filter((r) => r.cite);
  if (roles.length)
    return line(
      `${e.name}: ${roles.map((r) => r.text).join("; ")}`,
      roles.map((r) => r.cite),
    );
  // No role stated: the person is cited where the articles name them.
  const alias = e.aliases.find((a) => a.sources.some((s) => s.start !== null)) ?? null;
  const ref = alias?.sources.find((s) => s.start !== null);
  return alias && ref
    ? line(`${e.name}: named as “${alias.text}”, no role stated`, [cites.ref(ref, alias.text)])
    : null;
}

function milestoneLine(t: TimelineEntry, cites: Citations): BriefLine | null {
  const source =
    t.sources.find((s) => s.evidence.text && s.evidence.start !== null && (!t.date || s.date === t.date)) ??
    t.sources.find((s) => s.evidence.text && s.evidence.start !== null);
  if (!source || !source.evidence.text) return null;
  const who = t.participantNames.length ? ` (${t.participantNames.join(", ")})` : "";
  const status = t.status === "happened" ? "" : `, ${t.status}`;
  return line(`${humanDate(t.date)}: ${t.type.replace(/_/g, " ")}${status}${who}: “${source.evidence.text}”`, [
    cites.ref(source.evidence, source.evidence.text),
  ]);
}

/**
 * The case in one paragraph, a sentence per fact: the people at its centre with their roles,
 * the first and the latest milestone, and how many actors are quoted.
 */
function summaryOf(index: CaseIndex, people: CaseEntity[], actors: number, cites: Citations): BriefLine[] {
  const out: BriefLine[] = [];
  const central = people.filter((p) => p.roles.length > 0).slice(0, 3);
  if (central.length) {
    const parts: string[] = [];
    const refs: (Cite | null)[] = [];
    for (const p of central) {
      const r = p.roles[0];
      parts.push(`${p.name} (${r.text})`);
      refs.push(cites.ref(r.sources[0], r.text));
    }
    const l = line(
      `${index.file.documents.length} article${index.file.documents.length === 1 ? " tells" : "s tell"} of ${listed(parts)}.`,
      refs,
    );
    if (l) out.push(l);
  }
  const dated = index.file.timeline.filter((t) => t.date);
  const first = dated[0];
  const last = dated[dated.length - 1];
  const told = (t: TimelineEntry, lead: string) => {
    const m = milestoneLine(t, cites);
    if (!m) return null;
    const c = m.cites[0];
    return line(`${lead} ${humanDate(t.date)}: “${c.claim}”.`, [c]);
  };
  if (first) out.push(...[told(first, "The first milestone dates from")].filter(present));
  if (last && last !== first) out.push(...[told(last, "The latest dates from")].filter(present));
  const firstQuote = index.file.quotes.find((q) => q.speaker);
  if (firstQuote && actors > 0) {
    const words = cut(firstQuote.text, 160);
    const l = line(
      `${actors} actor${actors === 1 ? " is" : "s are"} quoted; the first, ${firstQuote.speakerName}, said: ${quoted(words, words.length < firstQuote.text.length)}.`,
      [cites.cite(firstQuote.document, firstQuote.start, firstQuote.end, words)],
    );
    if (l) out.push(l);
  }
  return out;
}

function listed(parts: string[]): string {
  return parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
