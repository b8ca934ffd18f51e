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
// Two groups of people that share a document are never merged automatically: inside that
// document the extractor saw two different people.

import type { Entity, EntityType, Extraction } from "../core/schema.js";
import { isOfficialCountryName } from "./countries.js";
import { endsWithWords, isAddressWord } from "../core/names.js";
import {
  bodyKey,
  fold,
  initials,
  isNameSubset,
  keyFor,
  looksLikeAcronym,
  personKey,
  slug,
  spellingVariant,
  words,
} from "./names.js";
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
  SourceRef,
  SplitRecord,
} from "./types.js";

export interface EntityNode {
  index: number;
  doc: string;
  docIndex: number;
  entity: Entity;
  type: EntityType;
  name: string;
  key: string;
  words: string[];
  /** Keys of every surface form (and the name) of this document entity. */
  aliasKeys: Set<string>;
}

interface Cluster {
  nodes: EntityNode[];
  merges: MergeRecord[];
  splits: SplitRecord[];
}

export interface EntityResolution {
  entities: CaseEntity[];
  /** `${document}\u0000${localId}` → case entity id. */
  memberOf: Map<string, string>;
  byId: Map<string, CaseEntity>;
  issues: OverrideIssue[];
}

const MAX_RECORD_MENTIONS = 8;
const TYPE_ORDER: Record<EntityType, number> = { person: 0, organization: 1, location: 2 };

export function memberKey(document: string, localId: string): string {
  return `${document}\u0000${localId}`;
}

export function collectNodes(inputs: { document: CaseDocument; extraction: Extraction }[]): EntityNode[] {
  const nodes: EntityNode[] = [];
  inputs.forEach(({ document, extraction }, docIndex) => {
    for (const entity of extraction.entities ?? []) {
      if (!entity || typeof entity.name !== "string") continue;
      const type = entity.type;
      if (TYPE_ORDER[type] === undefined) continue;
      const key = keyFor(type, entity.name);
      if (!key) continue;
      const aliasKeys = new Set<string>([key]);
      for (const m of entity.mentions ?? []) {
        const k = keyFor(type, m.text ?? "");
        if (k) aliasKeys.add(k);
      }
      nodes.push({
        index: nodes.length,
        doc: document.id,
        docIndex,
        entity,
        type,
        name: entity.name.trim(),
        key,
        words: words(key),
        aliasKeys,
      });
    }
  });
  return nodes;
}

/** Union-find over nodes, with the merge records kept on each root. */
class Groups {
  private parent: Int32Array;
  readonly records = new Map<number, MergeRecord[]>();
  readonly docs: Set<string>[];

  constructor(private nodes: EntityNode[]) {
    this.parent = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) this.parent[i] = i;
    this.docs = nodes.map((n) => new Set([n.doc]));
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  shareDocument(a: number, b: number): boolean {
    const da = this.docs[this.find(a)];
    const db = this.docs[this.find(b)];
    const [small, big] = da.size <= db.size ? [da, db] : [db, da];
    for (const d of small) if (big.has(d)) return true;
    return false;
  }

  union(a: number, b: number, record: MergeRecord | null): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // The smaller index stays the root, so the result does not depend on the order of unions.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    for (const d of this.docs[child]) this.docs[root].add(d);
    const merged = [...(this.records.get(root) ?? []), ...(this.records.get(child) ?? [])];
    if (record) merged.push(record);
    this.records.set(root, merged);
    this.records.delete(child);
    return true;
  }
}

function mentionRefs(nodes: EntityNode[], limit = MAX_RECORD_MENTIONS): SourceRef[] {
  const out: SourceRef[] = [];
  for (const n of nodes) {
    const m = n.entity.mentions?.[0];
    out.push(
      m
        ? { document: n.doc, start: m.start, end: m.end, text: m.text }
        : { document: n.doc, start: null, end: null, text: n.name },
    );
    if (out.length >= limit) break;
  }
  return out;
}

function record(rule: MergeRule, reason: string, a: EntityNode[], b: EntityNode[]): MergeRecord {
  const documents = [...new Set([...a, ...b].map((n) => n.doc))];
  return {
    rule,
    reason,
    names: [a[0].name, b[0].name],
    documents,
    mentions: [...mentionRefs(a, MAX_RECORD_MENTIONS / 2), ...mentionRefs(b, MAX_RECORD_MENTIONS / 2)],
  };
}

/** The automatic rules. Returns the clusters in order of their first node. */
function autoCluster(nodes: EntityNode[]): Cluster[] {
  const g = new Groups(nodes);

  // same-name
  const byKey = new Map<string, EntityNode[]>();
  for (const n of nodes) {
    const k = `${n.type}|${n.key}`;
    const list = byKey.get(k);
    if (list) list.push(n);
    else byKey.set(k, [n]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const docs = new Set(list.map((n) => n.doc));
    const reason = `"${list[0].name}" is written the same way in ${docs.size} document${docs.size === 1 ? "" : "s"}`;
    g.union(list[0].index, list[1].index, record("same-name", reason, [list[0]], list.slice(1)));
    for (let i = 2; i < list.length; i++) g.union(list[0].index, list[i].index, null);
  }

  // Representatives: one node per same-name group, in node order.
  const reps: EntityNode[] = [];
  const seenKey = new Set<string>();
  for (const n of nodes) {
    const k = `${n.type}|${n.key}`;
    if (!seenKey.has(k)) {
      seenKey.add(k);
      reps.push(n);
    }
  }

  // Indexes over the groups as they stand after same-name: key → nodes holding it.
  const aliasIndex = new Map<string, EntityNode[]>();
  const initialsIndex = new Map<string, EntityNode[]>();
  const lastWordIndex = new Map<string, EntityNode[]>();
  const suffixIndex = new Map<string, EntityNode[]>();
  const push = (m: Map<string, EntityNode[]>, k: string, n: EntityNode) => {
    const list = m.get(k);
    if (list) list.push(n);
    else m.set(k, [n]);
  };
  for (const n of nodes) {
    for (const a of n.aliasKeys) push(aliasIndex, `${n.type}|${a}`, n);
    if (n.type === "organization")
      for (let k = 1; k + 3 <= n.words.length && k <= 6; k++) push(suffixIndex, n.words.slice(k).join(" "), n);
    if (n.type === "organization" && n.words.length >= 2) {
      for (const ini of initials(n.key)) if (ini.length >= 2) push(initialsIndex, ini, n);
    }
    if (n.type === "person" && n.words.length >= 2) {
      push(lastWordIndex, n.words[n.words.length - 1], n);
    }
  }

  /** Merge `n`'s group into the single other group among `candidates`, if there is exactly one. */
  const joinUnique = (
    n: EntityNode,
    candidates: EntityNode[] | undefined,
    rule: MergeRule,
    reason: (other: EntityNode) => string,
  ) => {
    if (!candidates) return;
    const own = g.find(n.index);
    const roots = new Map<number, EntityNode>();
    for (const c of candidates) {
      if (c.type !== n.type) continue;
      const r = g.find(c.index);
      if (r !== own && !roots.has(r)) roots.set(r, c);
    }
    if (roots.size !== 1) return;
    const [root, other] = [...roots][0];
    if (n.type === "person" && g.shareDocument(own, root)) return;
    g.union(own, root, record(rule, reason(other), [n], [other]));
  };

  // alias
  for (const n of reps) {
    if (n.type === "person" && n.words.length < 2) continue;
    joinUnique(
      n,
      aliasIndex.get(`${n.type}|${n.key}`),
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
      n,
      aliasIndex.get(`organization|${singular}`),
      "plural",
      (o) => `"${n.name}" (${n.doc}) is the plural of "${o.name}" (${o.doc})`,
    );
  }
  // name-suffix: "Counter Terrorism Command" is the end of exactly one longer name
  for (const n of reps) {
    if (n.type !== "organization" || n.words.length < 3) continue;
    const candidates = (suffixIndex.get(n.key) ?? []).filter((c) => c.words.length > n.words.length);
    joinUnique(
      n,
      candidates,
      "name-suffix",
      (o) => `"${n.name}" (${n.doc}) is how "${o.name}" (${o.doc}) ends, and no other organisation's name does`,
    );
  }
  // acronym
  for (const n of reps) {
    if (n.type !== "organization" || !looksLikeAcronym(n.name)) continue;
    joinUnique(
      n,
      initialsIndex.get(n.key.replace(/ /g, "")),
      "acronym",
      (o) => `"${n.name}" (${n.doc}) spells the initials of "${o.name}" (${o.doc})`,
    );
  }
  // name-subset
  for (const n of reps) {
    if (n.type !== "person" || n.words.length < 2) continue;
    const candidates = (lastWordIndex.get(n.words[n.words.length - 1]) ?? []).filter((c) =>
      isNameSubset(n.words, c.words),
    );
    joinUnique(
      n,
      candidates,
      "name-subset",
      (o) => `"${n.name}" (${n.doc}) is a shorter form of "${o.name}" (${o.doc}), the only name it fits`,
    );
  }
  // name-variant: one spelling or a nickname apart, when the two groups' articles agree
  nameVariants(nodes, reps, g);
  // surname-unique
  for (const n of reps) {
    // A bare surname is one written word, hyphenated or not ("Cheema-Grubb" folds to two).
    if (n.type !== "person" || writtenWords(n.name) !== 1) continue;
    const last = n.words[n.words.length - 1];
    const candidates = (lastWordIndex.get(last) ?? []).filter(
      (c) => c.words.length > n.words.length && endsWithWords(c.words, n.words),
    );
    // Unambiguous means one group of full names, not one node: count distinct groups.
    joinUnique(
      n,
      candidates,
      "surname-unique",
      (o) =>
        `"${n.name}" (${n.doc}) is a bare surname and "${o.name}" is the only full name in the case ending with it`,
    );
  }

  const clusters = new Map<number, Cluster>();
  for (const n of nodes) {
    const r = g.find(n.index);
    let c = clusters.get(r);
    if (!c) clusters.set(r, (c = { nodes: [], merges: g.records.get(r) ?? [], splits: [] }));
    c.nodes.push(n);
  }
  return [...clusters.values()];
}

/**
 * People named one spelling or one nickname apart in different articles ("Gul Hussain" and "Gul
 * Hussein", "Sam Lee" and "Samuel Lee") are one person when the articles agree about them: the
 * groups share a role, or their articles name another person or body in common. The shared
 * context is written into the merge record, so the merge can be judged and undone.
 */
function nameVariants(nodes: EntityNode[], reps: EntityNode[], g: Groups): void {
  const people = reps.filter((n) => n.type === "person" && n.words.length >= 2);
  // Candidates share the word count and the first letter of the last word.
  const buckets = new Map<string, EntityNode[]>();
  for (const n of people) {
    const k = `${n.words.length}|${n.words[n.words.length - 1][0]}`;
    const list = buckets.get(k);
    if (list) list.push(n);
    else buckets.set(k, [n]);
  }
  const context = caseContext(nodes, g);
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const ra = g.find(a.index);
        const rb = g.find(b.index);
        if (ra === rb || g.shareDocument(ra, rb) || !spellingVariant(a.words, b.words)) continue;
        // Unambiguous: no third group of people is a variant of either name.
        const rivals = list.filter(
          (c) =>
            c !== a &&
            c !== b &&
            g.find(c.index) !== ra &&
            g.find(c.index) !== rb &&
            (spellingVariant(a.words, c.words) || spellingVariant(b.words, c.words)),
        );
        if (rivals.length) continue;
        const shared = context.shared(ra, rb);
        if (!shared) continue;
        const reason = `"${a.name}" (${a.doc}) and "${b.name}" (${b.doc}) are one spelling or nickname apart, and their articles agree: ${shared}`;
        g.union(ra, rb, record("name-variant", reason, [a], [b]));
      }
  }
}

/** What a group's articles say around it: the roles it is given and the other entities named beside it. */
function caseContext(nodes: EntityNode[], g: Groups) {
  const byDoc = new Map<string, EntityNode[]>();
  for (const n of nodes) {
    const list = byDoc.get(n.doc);
    if (list) list.push(n);
    else byDoc.set(n.doc, [n]);
  }
  const rolesOf = (root: number) => {
    const out = new Set<string>();
    for (const n of nodes)
      if (g.find(n.index) === root)
        for (const r of n.entity.attributes?.roles ?? []) if (r?.text) out.add(fold(r.text));
    return out;
  };
  /** Groups (by root) named in the articles of `root`, other than `root` itself; places left out. */
  const neighbours = (root: number) => {
    const out = new Map<number, string>();
    for (const d of g.docs[root])
      for (const n of byDoc.get(d) ?? []) {
        const r = g.find(n.index);
        if (r !== root && n.type !== "location") out.set(r, n.name);
      }
    return out;
  };
  return {
    shared(a: number, b: number): string | null {
      const ra = rolesOf(a);
      for (const r of rolesOf(b)) if (ra.has(r)) return `both are called "${r}"`;
      const na = neighbours(a);
      const common: string[] = [];
      for (const [r, name] of neighbours(b)) if (r !== a && na.has(r)) common.push(na.get(r) ?? name);
      return common.length ? `both articles name ${common.slice(0, 3).join(", ")}` : null;
    },
  };
}

/** Words of a person's name as written, forms of address dropped ("Mr Cheema-Grubb" → 1). */
function writtenWords(name: string): number {
  const w = name.trim().split(/\s+/);
  let i = 0;
  while (i < w.length - 1 && isAddressWord(fold(w[i]))) i++;
  return w.length - i;
}

/** The key with its last word in the singular ("trade offices" → "trade office"). */
function singularKey(w: string[]): string {
  const last = w[w.length - 1];
  let one = last;
  if (/[^aeiou]ies$/.test(last)) one = last.slice(0, -3) + "y";
  else if (/(?:ches|shes|sses|xes)$/.test(last)) one = last.slice(0, -2);
  else if (/[^su]s$/.test(last)) one = last.slice(0, -1);
  return [...w.slice(0, -1), one].join(" ");
}

/** The fullest, most used name of a group: what the case calls the entity. */
function canonicalName(nodes: EntityNode[]): { name: string; type: EntityType } {
  const typeCount = new Map<EntityType, number>();
  for (const n of nodes) typeCount.set(n.type, (typeCount.get(n.type) ?? 0) + 1);
  const type = [...typeCount].sort((a, b) => b[1] - a[1] || TYPE_ORDER[a[0]] - TYPE_ORDER[b[0]])[0][0];
  const stats = new Map<
    string,
    { name: string; key: string; docs: Set<string>; words: number; acronym: boolean; official: boolean }
  >();
  for (const n of nodes) {
    // Places share one key per country ("Britain", "UK"): rank their written names separately.
    const k = n.type === "location" ? fold(n.name) : n.key;
    let s = stats.get(k);
    if (!s)
      stats.set(
        k,
        (s = {
          name: n.name,
          key: n.key,
          docs: new Set(),
          words: n.words.length,
          acronym: looksLikeAcronym(n.name),
          official: n.type === "location" && isOfficialCountryName(n.name),
        }),
      );
    s.docs.add(n.doc);
  }
  const ranked = [...stats.values()].sort((a, b) => {
    if (type === "person") {
      const full = Number(b.words >= 2) - Number(a.words >= 2);
      if (full) return full;
      if (b.words !== a.words) return b.words - a.words;
      if (b.docs.size !== a.docs.size) return b.docs.size - a.docs.size;
    } else {
      const official = Number(b.official) - Number(a.official);
      if (official) return official;
      const acr = Number(a.acronym) - Number(b.acronym);
      if (acr) return acr;
      if (b.docs.size !== a.docs.size) return b.docs.size - a.docs.size;
      // "Trade Office" rather than "Trade Offices".
      if (singularKey(words(a.key)) === b.key) return 1;
      if (singularKey(words(b.key)) === a.key) return -1;
      if (b.words !== a.words) return b.words - a.words;
    }
    return b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });
  return { name: ranked[0].name, type };
}

function clusterMatches(c: Cluster, name: string): number {
  const f = fold(name);
  const pk = personKey(name);
  const bk = bodyKey(name);
  const canon = canonicalName(c.nodes);
  const ck = keyFor(canon.type, canon.name);
  const typed = keyFor(canon.type, name);
  if (ck === pk || ck === bk || ck === typed || `${canon.type}:${slug(canon.name)}` === name.trim().toLowerCase())
    return 3;
  if (c.nodes.some((n) => n.key === pk || n.key === bk || n.key === keyFor(n.type, name) || fold(n.name) === f))
    return 2;
  if (c.nodes.some((n) => n.aliasKeys.has(pk) || n.aliasKeys.has(bk) || n.aliasKeys.has(keyFor(n.type, name))))
    return 1;
  return 0;
}

/** The one cluster a user's name points at: best match level wins; ties are ambiguous. */
function resolveCluster(clusters: Cluster[], name: string): { cluster: Cluster | null; problem: string | null } {
  let best = 0;
  let found: Cluster[] = [];
  for (const c of clusters) {
    const level = clusterMatches(c, name);
    if (level === 0) continue;
    if (level > best) {
      best = level;
      found = [c];
    } else if (level === best) found.push(c);
  }
  if (found.length === 0) return { cluster: null, problem: `no entity is named "${name}"` };
  if (found.length > 1) {
    const names = found.map((c) => canonicalName(c.nodes).name).slice(0, 5);
    return { cluster: null, problem: `"${name}" names ${found.length} entities (${names.join(", ")})` };
  }
  return { cluster: found[0], problem: null };
}

function applyOverrides(clusters: Cluster[], overrides: MergeOverride[], issues: OverrideIssue[]): Cluster[] {
  let list = clusters;
  for (const o of overrides) {
    if (!o || typeof o.a !== "string" || typeof o.b !== "string") continue;
    const a = resolveCluster(list, o.a);
    if (!a.cluster) {
      issues.push({ override: o, problem: a.problem ?? "unknown entity" });
      continue;
    }
    if (o.action === "merge") {
      const b = resolveCluster(list, o.b);
      if (!b.cluster) {
        issues.push({ override: o, problem: b.problem ?? "unknown entity" });
        continue;
      }
      if (a.cluster === b.cluster) continue;
      const merged: Cluster = {
        nodes: [...a.cluster.nodes, ...b.cluster.nodes].sort((x, y) => x.index - y.index),
        merges: [
          ...a.cluster.merges,
          ...b.cluster.merges,
          record("forced", `merged by the user: "${o.a}" and "${o.b}" are one`, a.cluster.nodes, b.cluster.nodes),
        ],
        splits: [...a.cluster.splits, ...b.cluster.splits],
      };
      list = list.filter((c) => c !== a.cluster && c !== b.cluster);
      list.push(merged);
    } else if (o.action === "split") {
      const pk = personKey(o.b);
      const bk = bodyKey(o.b);
      // The documents' entities written exactly so, else with the same key, else using it as a surface form.
      const nodes = a.cluster.nodes;
      const levels = [
        nodes.filter((n) => fold(n.name) === fold(o.b)),
        nodes.filter((n) => n.key === keyFor(n.type, o.b)),
        nodes.filter((n) => n.key !== keyFor(n.type, o.a) && n.aliasKeys.has(keyFor(n.type, o.b))),
        // …or, given a document id, that document's entity.
        nodes.filter((n) => n.doc === o.b.trim()),
      ];
      const out = levels.find((l) => l.length > 0 && l.length < nodes.length) ?? levels.find((l) => l.length > 0) ?? [];
      if (out.length === 0 || out.length === a.cluster.nodes.length) {
        issues.push({
          override: o,
          problem:
            out.length === 0
              ? `"${o.b}" is not a name of "${o.a}"`
              : `"${o.b}" is every name of "${o.a}": nothing would remain`,
        });
        continue;
      }
      const outSet = new Set(out);
      const fromName = canonicalName(a.cluster.nodes).name;
      const split: SplitRecord = { alias: o.b, from: fromName, documents: [...new Set(out.map((n) => n.doc))] };
      const involves = (r: MergeRecord) => r.names.some((x) => keyFor("person", x) === pk || bodyKey(x) === bk);
      const keep: Cluster = {
        nodes: a.cluster.nodes.filter((n) => !outSet.has(n)),
        merges: a.cluster.merges.filter((r) => !involves(r)),
        splits: [...a.cluster.splits, split],
      };
      const gone: Cluster = { nodes: out, merges: [], splits: [split] };
      list = list.filter((c) => c !== a.cluster);
      list.push(keep, gone);
    }
  }
  return list;
}

function toEntity(c: Cluster): Omit<CaseEntity, "id" | "affiliations" | "independentDocuments"> {
  const { name, type } = canonicalName(c.nodes);
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
    merges: c.merges,
    splits: c.splits,
  };
}

/** Groups the documents' entities into case entities, applying the user's overrides in order. */
export function resolveEntities(
  inputs: { document: CaseDocument; extraction: Extraction }[],
  overrides: MergeOverride[],
): EntityResolution {
  const copies = new Set(inputs.filter((i) => i.document.duplicateOf).map((i) => i.document.id));
  const nodes = collectNodes(inputs);
  const issues: OverrideIssue[] = [];
  const clusters = applyOverrides(autoCluster(nodes), overrides ?? [], issues);
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
