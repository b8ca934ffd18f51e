// Cross-document entities. Within one document the extractor has already decided which
// mentions are one entity; here those document entities are grouped across documents by a few
// conservative rules, each merge recorded with its rule, names, documents and mentions, and then
// the user's overrides (forced merges, splits) are replayed in order.
//
// Rules, in order (each only when the match is unambiguous):
//   same-name       identical name keys ("Christopher Cash" = "Christopher Cash")
//   alias           a name equals a surface form another group used ("UK" = "United Kingdom"
//                   because some article wrote "UK" for it); people only with two words or more
//   plural          an organisation named in the plural ("… Trade Offices" = "… Trade Office")
//   name-suffix     an organisation's name of 3+ words ends exactly one longer name
//                   ("Counter Terrorism Command" = "Metropolitan Police Counter Terrorism Command")
//   acronym         an organisation's all-capitals name equals another's initials ("CPS")
//   name-subset     a person's name is another's minus middle names or with initials
//                   ("Chi Leung Wai", "M. Kell")
//   surname-unique  a bare surname joins the one full name in the case that ends with it
//   surname-role    …or, of several, the one group given a role the surname is given ("President"),
//                   or one that ends it ("Governor" and "former Ohio governor")
// Two groups of people that share a document are never merged automatically: inside that
// document the extractor saw two different people.

import type { Extraction } from "../core/schema.js";
import { endsWithWords, isAddressWord, isPeerName } from "../core/names.js";
import { genderOf } from "../extract/entities/gender.js";
import { RANKS } from "../extract/entities/lexicon.js";
import {
  type Cluster,
  type EntityNode,
  Groups,
  TYPE_ORDER,
  canonicalName,
  collectNodes,
  memberKey,
  record,
  singularKey,
} from "./groups.js";
import { fold, initials, isNameSubset, looksLikeAcronym, slug, words } from "./names.js";
import { applyOverrides } from "./overrides.js";
import type {
  CaseAlias,
  CaseDocument,
  CaseEntity,
  CaseMember,
  CaseRole,
  MergeOverride,
  MergeRecord,
  MergeRule,
  OverrideIssue,
} from "./types.js";
import { nameVariants, nodeRoles } from "./variants.js";

export { collectNodes, memberKey, type EntityNode } from "./groups.js";

export interface EntityResolution {
  entities: CaseEntity[];
  /** `${document}\u0000${localId}` → case entity id. */
  memberOf: Map<string, string>;
  byId: Map<string, CaseEntity>;
  issues: OverrideIssue[];
}

interface RuleIndexes {
  /** `type|key` of every surface form → nodes using it. */
  alias: Map<string, EntityNode[]>;
  /** An organisation's initials → organisations with them. */
  initials: Map<string, EntityNode[]>;
  /** A person's last word → people (two words or more) ending with it. */
  lastWord: Map<string, EntityNode[]>;
  /** The last words (3+) of an organisation's name → organisations ending so. */
  suffix: Map<string, EntityNode[]>;
}

function push(m: Map<string, EntityNode[]>, k: string, n: EntityNode): void {
  const list = m.get(k);
  if (list) list.push(n);
  else m.set(k, [n]);
}

/** The record of rule same-name for the document entities of one name key (two or more), in case order. */
export function sameNameRecord(list: EntityNode[]): MergeRecord {
  const docs = new Set(list.map((n) => n.doc));
  const reason = `"${list[0].name}" is written the same way in ${docs.size} document${docs.size === 1 ? "" : "s"}`;
  return record("same-name", reason, [list[0]], list.slice(1));
}

/** Rule same-name; returns the representatives: one node per same-name group, in node order. */
function sameName(nodes: EntityNode[], g: Groups): EntityNode[] {
  const byKey = new Map<string, EntityNode[]>();
  for (const n of nodes) push(byKey, `${n.type}|${n.key}`, n);
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    g.union(list[0].index, list[1].index, sameNameRecord(list));
    for (let i = 2; i < list.length; i++) g.union(list[0].index, list[i].index, null);
  }
  return [...byKey.values()].map((list) => list[0]);
}

/** Indexes over the groups as they stand after same-name: key → nodes holding it. */
function ruleIndexes(nodes: EntityNode[]): RuleIndexes {
  const x: RuleIndexes = { alias: new Map(), initials: new Map(), lastWord: new Map(), suffix: new Map() };
  // One person per name under a last word: rules name-subset and surname-unique test a name's words
  // only, and every entity of one name is in one group since same-name, so the first stands for the
  // rest (a common surname would otherwise be compared with every article's mention of it).
  const named = new Set<string>();
  for (const n of nodes) {
    for (const a of n.aliasKeys) push(x.alias, `${n.type}|${a}`, n);
    if (n.type === "organization")
      for (let k = 1; k + 3 <= n.words.length && k <= 6; k++) push(x.suffix, n.words.slice(k).join(" "), n);
    if (n.type === "organization" && n.words.length >= 2) {
      for (const ini of initials(n.key)) if (ini.length >= 2) push(x.initials, ini, n);
    }
    if (n.type === "person" && n.words.length >= 2 && !named.has(n.key)) {
      named.add(n.key);
      push(x.lastWord, n.words[n.words.length - 1], n);
    }
  }
  return x;
}

/** Merges `n`'s group into the single other group among `candidates`, if there is exactly one. */
function joinUnique(
  g: Groups,
  n: EntityNode,
  candidates: EntityNode[] | undefined,
  rule: MergeRule,
  reason: (other: EntityNode) => string,
): boolean {
  if (!candidates) return false;
  const own = g.find(n.index);
  const roots = new Map<number, EntityNode>();
  for (const c of candidates) {
    if (c.type !== n.type) continue;
    const r = g.find(c.index);
    if (r !== own && !roots.has(r)) roots.set(r, c);
  }
  if (roots.size !== 1) return false;
  const [root, other] = [...roots][0];
  if (n.type === "person" && g.shareDocument(own, root)) return false;
  return g.union(own, root, record(rule, reason(other), [n], [other]));
}

/** Rules alias and plural. */
function aliasRules(reps: EntityNode[], x: RuleIndexes, g: Groups): void {
  for (const n of reps) {
    if (n.type === "person" && n.words.length < 2) continue;
    joinUnique(
      g,
      n,
      x.alias.get(`${n.type}|${n.key}`),
      "alias",
      (o) => `"${n.name}" (${n.doc}) is a name "${o.name}" is given in ${o.doc}`,
    );
  }
  // plural: "Hong Kong Economic and Trade Offices" is the body "… Trade Office" named in the plural
  for (const n of reps) {
    if (n.type !== "organization" || n.words.length < 2) continue;
    const singular = singularKey(n.words);
    if (singular === n.key) continue;
    joinUnique(
      g,
      n,
      x.alias.get(`organization|${singular}`),
      "plural",
      (o) => `"${n.name}" (${n.doc}) is the plural of "${o.name}" (${o.doc})`,
    );
  }
}

/** Rules name-suffix and acronym (organisations) and name-subset (people). */
function shortFormRules(reps: EntityNode[], x: RuleIndexes, g: Groups): void {
  // name-suffix: "Counter Terrorism Command" is the end of exactly one longer name
  for (const n of reps) {
    if (n.type !== "organization" || n.words.length < 3) continue;
    const candidates = (x.suffix.get(n.key) ?? []).filter((c) => c.words.length > n.words.length);
    joinUnique(
      g,
      n,
      candidates,
      "name-suffix",
      (o) => `"${n.name}" (${n.doc}) is how "${o.name}" (${o.doc}) ends, and no other organisation's name does`,
    );
  }
  for (const n of reps) {
    if (n.type !== "organization" || !looksLikeAcronym(n.name)) continue;
    joinUnique(
      g,
      n,
      x.initials.get(n.key.replace(/ /g, "")),
      "acronym",
      (o) => `"${n.name}" (${n.doc}) spells the initials of "${o.name}" (${o.doc})`,
    );
  }
  for (const n of reps) {
    if (n.type !== "person" || n.words.length < 2) continue;
    const candidates = (x.lastWord.get(n.words[n.words.length - 1]) ?? []).filter((c) =>
      isNameSubset(n.words, c.words),
    );
    joinUnique(
      g,
      n,
      candidates,
      "name-subset",
      (o) => `"${n.name}" (${n.doc}) is a shorter form of "${o.name}" (${o.doc}), the only name it fits`,
    );
  }
}

/**
 * Rule surname-unique: a bare surname joins the one group of full names ending with it. Rule
 * surname-role: among several, it joins the one group given a role it is given ("President Vane"
 * is "Ann Vane, President" beside "Tom Vane"); every node of the groups a bare surname could join
 * has that last word, so the roles read stay in the surname's component of the case.
 */
function surnameUnique(nodes: EntityNode[], reps: EntityNode[], x: RuleIndexes, g: Groups): void {
  let roles: Map<number, Set<string>> | null = null;
  for (const n of reps) {
    // A bare surname is one written word, hyphenated or not ("Cheema-Grubb" folds to two).
    if (n.type !== "person" || writtenWords(n.name) !== 1 || isPeerName(n.name)) continue;
    const last = n.words[n.words.length - 1];
    // "Mr. Vane" is not the one full name "Ann Vane" when her given name is a woman's.
    const sex = genderOf(n.entity);
    const candidates = (x.lastWord.get(last) ?? []).filter(
      (c) =>
        c.words.length > n.words.length &&
        endsWithWords(c.words, n.words) &&
        !(sex && genderOf(c.entity) && genderOf(c.entity) !== sex),
    );
    // Unambiguous means one group of full names, not one node: joinUnique counts distinct groups.
    const joined = joinUnique(
      g,
      n,
      candidates,
      "surname-unique",
      (o) =>
        `"${n.name}" (${n.doc}) is a bare surname and "${o.name}" is the only full name in the case ending with it`,
    );
    if (joined || candidates.length < 2) continue;
    roles ??= rolesByGroup(nodes, g);
    const own = roles.get(g.find(n.index));
    if (!own?.size) continue;
    const shared = (c: EntityNode) =>
      [...(roles!.get(g.find(c.index)) ?? [])].find((r) => [...own].some((o) => sameOffice(o, r)));
    const agreeing = candidates.filter((c) => shared(c));
    const roots = [g.find(n.index), ...agreeing.map((c) => g.find(c.index))];
    const reason = (o: EntityNode) =>
      `"${n.name}" (${n.doc}) is a bare surname of several full names, and only "${o.name}" is also called "${shared(o)}"`;
    if (joinUnique(g, n, agreeing, "surname-role", reason)) mergeRoles(roles, roots, g.find(n.index));
  }
}

/**
 * Two folded roles that name one office: equal, or one the end of the other after what places or
 * dates it ("governor" and "florida s former governor"), unless a rank opens the office it ends
 * ("president" is not "vice president").
 */
function sameOffice(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [words(a), words(b)] : [words(b), words(a)];
  return endsWithWords(long, short) && !RANKS.has(long[long.length - short.length - 1]);
}

/** The folded roles of each group of people, by root. */
function rolesByGroup(nodes: EntityNode[], g: Groups): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const n of nodes) {
    if (n.type !== "person") continue;
    const r = g.find(n.index);
    let set = out.get(r);
    if (!set) out.set(r, (set = new Set()));
    for (const role of nodeRoles(n)) set.add(role);
  }
  return out;
}

/** After a union the roles of the groups joined are the new root's. */
function mergeRoles(roles: Map<number, Set<string>>, joined: number[], root: number): void {
  const set = new Set<string>();
  for (const r of joined) for (const role of roles.get(r) ?? []) set.add(role);
  roles.set(root, set);
}

/**
 * The automatic rules, in order of precedence (the first that fits wins). Returns the clusters in
 * order of their first node.
 */
export function autoCluster(nodes: EntityNode[]): Cluster[] {
  const g = new Groups(nodes);
  const reps = sameName(nodes, g);
  const x = ruleIndexes(nodes);
  aliasRules(reps, x, g);
  shortFormRules(reps, x, g);
  // name-variant: one spelling or a nickname apart, when the two groups' articles agree
  nameVariants(nodes, reps, g);
  surnameUnique(nodes, reps, x, g);
  const clusters = new Map<number, Cluster>();
  for (const n of nodes) {
    const r = g.find(n.index);
    let c = clusters.get(r);
    if (!c) clusters.set(r, (c = { nodes: [], merges: g.records.get(r) ?? [], splits: [] }));
    c.nodes.push(n);
  }
  return [...clusters.values()];
}

/** Words of a person's name as written, forms of address dropped ("Mr Cheema-Grubb" → 1). */
function writtenWords(name: string): number {
  const w = name.trim().split(/\s+/);
  let i = 0;
  while (i < w.length - 1 && isAddressWord(fold(w[i]))) i++;
  return w.length - i;
}

function toEntity(c: Cluster): Omit<CaseEntity, "id" | "affiliations" | "independentDocuments"> {
  const derived = canonicalName(c.nodes);
  const { type } = derived;
  const name = c.name ?? derived.name;
  const aliases = new Map<string, CaseAlias>();
  const roles = new Map<string, CaseRole>();
  const ages = new Map<number, CaseEntity["ages"][number]>();
  const documents: string[] = [];
  const seenDocs = new Set<string>();
  const members: CaseMember[] = [];
  let mentionCount = 0;
  for (const n of c.nodes) {
    if (!seenDocs.has(n.doc)) {
      seenDocs.add(n.doc);
      documents.push(n.doc);
    }
    members.push({ document: n.doc, entity: n.entity.id, name: n.name });
    let namedInMentions = false;
    for (const m of n.entity.mentions ?? []) {
      if (typeof m.text !== "string") continue;
      mentionCount++;
      if (m.text.trim() === n.name) namedInMentions = true;
      let a = aliases.get(m.text);
      if (!a) aliases.set(m.text, (a = { text: m.text, sources: [] }));
      a.sources.push({ document: n.doc, start: m.start, end: m.end, text: m.text });
    }
    if (!namedInMentions && !aliases.has(n.name)) aliases.set(n.name, { text: n.name, sources: [] });
    const attrs = n.entity.attributes;
    for (const r of attrs?.roles ?? []) {
      if (!r || typeof r.text !== "string" || !r.text.trim()) continue;
      const k = fold(r.text);
      let role = roles.get(k);
      if (!role) roles.set(k, (role = { text: r.text.trim(), sources: [] }));
      role.sources.push({ document: n.doc, start: r.start, end: r.end, text: r.text });
    }
    if (typeof attrs?.age === "number" && Number.isFinite(attrs.age)) {
      let age = ages.get(attrs.age);
      if (!age) ages.set(attrs.age, (age = { value: attrs.age, sources: [] }));
      const s = attrs.ageSpan;
      age.sources.push({
        document: n.doc,
        start: s?.start ?? null,
        end: s?.end ?? null,
        text: s?.text ?? null,
        sentence: null,
        published: null,
      });
    }
  }
  const bySources = <T extends { sources: unknown[]; text: string }>(x: T, y: T) =>
    y.sources.length - x.sources.length || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0);
  return {
    type,
    name,
    aliases: [...aliases.values()].sort(bySources),
    roles: [...roles.values()].sort(bySources),
    ages: [...ages.values()].sort((x, y) => x.value - y.value),
    documents,
    mentionCount,
    members,
    merges: [...c.merges],
    splits: c.splits,
  };
}

/** Groups the documents' entities into case entities, applying the user's overrides in order. */
export function resolveEntities(
  inputs: { document: CaseDocument; extraction: Extraction }[],
  overrides: MergeOverride[],
): EntityResolution {
  const copies = new Set(inputs.filter((i) => i.document.duplicateOf).map((i) => i.document.id));
  return finishResolution(autoCluster(collectNodes(inputs)), overrides, copies);
}

/**
 * The case entities of the automatic clusters (in order of their first node): the user's
 * overrides replayed, then each cluster made an entity, sorted, and given its id. `copies` are the
 * documents that are copies of another (they do not count as independent sources).
 */
export function finishResolution(
  auto: Cluster[],
  overrides: MergeOverride[],
  copies: ReadonlySet<string>,
): EntityResolution {
  const issues: OverrideIssue[] = [];
  const clusters = applyOverrides(auto, overrides ?? [], issues);
  const drafts = clusters.map((c) => ({ c, e: toEntity(c) }));
  drafts.sort(
    (x, y) =>
      TYPE_ORDER[x.e.type] - TYPE_ORDER[y.e.type] ||
      y.e.documents.length - x.e.documents.length ||
      y.e.mentionCount - x.e.mentionCount ||
      (x.e.name < y.e.name ? -1 : x.e.name > y.e.name ? 1 : 0) ||
      x.c.nodes[0].index - y.c.nodes[0].index,
  );
  const used = new Set<string>();
  const entities: CaseEntity[] = [];
  const memberOf = new Map<string, string>();
  const byId = new Map<string, CaseEntity>();
  for (const { c, e } of drafts) {
    const base = `${e.type}:${slug(e.name)}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    const independentDocuments = e.documents.filter((d) => !copies.has(d)).length;
    const entity: CaseEntity = { id, ...e, independentDocuments, affiliations: [] };
    entities.push(entity);
    byId.set(id, entity);
    for (const n of c.nodes) memberOf.set(memberKey(n.doc, n.entity.id), id);
  }
  return { entities, memberOf, byId, issues };
}
