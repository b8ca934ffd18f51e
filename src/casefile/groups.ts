// The pieces of cross-document resolution every rule shares: the document entities as nodes,
// the union-find over them with the merge records kept on each root, and the canonical name of
// a group.
import type { Entity, EntityType, Extraction } from "../core/schema.js";
import { isOfficialCountryName } from "./countries.js";
import { fold, keyFor, looksLikeAcronym, words } from "./names.js";
import type { CaseDocument, MergeRecord, MergeRule, SourceRef, SplitRecord } from "./types.js";

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

export interface Cluster {
  nodes: EntityNode[];
  merges: MergeRecord[];
  splits: SplitRecord[];
  /** The name the user gave (rename, or a merge's chosen name); else derived from the nodes. */
  name?: string;
}

export const MAX_RECORD_MENTIONS = 8;

export const TYPE_ORDER: Record<EntityType, number> = { person: 0, organization: 1, location: 2 };

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
export class Groups {
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

export function mentionRefs(nodes: EntityNode[], limit = MAX_RECORD_MENTIONS): SourceRef[] {
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

export function record(rule: MergeRule, reason: string, a: EntityNode[], b: EntityNode[]): MergeRecord {
  const documents = [...new Set([...a, ...b].map((n) => n.doc))];
  return {
    rule,
    reason,
    names: [a[0].name, b[0].name],
    documents,
    mentions: [...mentionRefs(a, MAX_RECORD_MENTIONS / 2), ...mentionRefs(b, MAX_RECORD_MENTIONS / 2)],
  };
}

/** The key with its last word in the singular ("trade offices" → "trade office"). */
export function singularKey(w: string[]): string {
  const last = w[w.length - 1];
  let one = last;
  if (/[^aeiou]ies$/.test(last)) one = last.slice(0, -3) + "y";
  else if (/(?:ches|shes|sses|xes)$/.test(last)) one = last.slice(0, -2);
  else if (/[^su]s$/.test(last)) one = last.slice(0, -1);
  return [...w.slice(0, -1), one].join(" ");
}

/** The fullest, most used name of a group: what the case calls the entity. */
export function canonicalName(nodes: EntityNode[]): { name: string; type: EntityType } {
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
