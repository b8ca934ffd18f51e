// Cross-document entities kept up to date one document at a time. `resolveEntities` groups every
// document entity of the case at once; here a case grows and shrinks by documents and only the
// part of it a document can touch is grouped again, giving exactly the groups a full run gives.
//
// Why that part is enough: every automatic rule (src/casefile/entities.ts) compares a document
// entity only with those sharing one of a few name keys with it: the same name or surface form,
// the singular of a plural, the last three words or more of a body's name, a body's initials or
// acronym, a person's last word. Document entities linked by a chain of shared keys form a
// component; no rule ever joins two components, and the rules' outcome inside a component does
// not depend on anything outside it, so a component can be grouped on its own, its document
// entities kept in case order. A new document's entities touch the components of their keys
// (they may join several into one); a removed document's touch the components they were in.
//
// The exception is rule name-variant: two people one spelling or a nickname apart are joined
// when their articles name someone in common, which looks at the groups of every entity their articles
// name, across components. While the case holds such pairs ("Gul Hussain" and "Gul Hussein"),
// an update that touches their components or their articles also groups again those components,
// every entity their articles name and the components of those (`stats.widened` counts them).
import type { Extraction } from "../core/schema.js";
import { autoCluster, finishResolution, sameNameRecord, type EntityResolution } from "./entities.js";
import { type Cluster, type EntityNode, collectNodes, singularKey } from "./groups.js";
import { initials, looksLikeAcronym, nameVariant } from "./names.js";
import type { CaseDocument, MergeOverride } from "./types.js";
import { variantKeys } from "./variants.js";

/** Slots per document in a node's case order (documents hold far fewer entities). */
const SLOTS = 1 << 16;

interface Node extends EntityNode {
  /** Blocking keys: two nodes a rule could compare share one. */
  keys: string[];
  /** The anchored keys this node looks others up by. */
  anchors: string[];
  /** Keys of possible spelling variants (people of two words or more). */
  variantKeys: string[];
}

interface Doc {
  document: CaseDocument;
  ordinal: number;
  nodes: Node[];
}

/**
 * The keys under which a rule could look a document entity up or find it (see the header). Keys
 * of rules alias and plural (`a|`), name-suffix (`s|`) and acronym (`i|`) join entities only
 * through one that looks the others up by it: a body or person (two words or more) named so, a
 * plural, a body named exactly that tail, an acronym. `anchors` are the keys this entity looks up.
 */
export function blockingKeys(n: EntityNode): { keys: string[]; anchors: string[] } {
  const keys = new Set<string>([`n|${n.type}|${n.key}`]);
  const anchors: string[] = [];
  for (const a of n.aliasKeys) keys.add(`a|${n.type}|${a}`);
  // Rule alias looks a name up among surface forms (people's only with two words or more).
  if (n.type !== "person" || n.words.length >= 2) anchors.push(`a|${n.type}|${n.key}`);
  if (n.type === "organization") {
    const singular = n.words.length >= 2 ? singularKey(n.words) : n.key;
    if (singular !== n.key) {
      keys.add(`a|organization|${singular}`);
      anchors.push(`a|organization|${singular}`);
    }
    for (let k = 0; n.words.length - k >= 3 && k <= 6; k++) keys.add(`s|${n.words.slice(k).join(" ")}`);
    if (n.words.length >= 3) anchors.push(`s|${n.key}`);
    if (n.words.length >= 2) for (const ini of initials(n.key)) if (ini.length >= 2) keys.add(`i|${ini}`);
    if (looksLikeAcronym(n.name)) {
      keys.add(`i|${n.key.replace(/ /g, "")}`);
      anchors.push(`i|${n.key.replace(/ /g, "")}`);
    }
  }
  if (n.type === "person" && n.words.length > 0) keys.add(`l|${n.words[n.words.length - 1]}`);
  return { keys: [...keys], anchors };
}

/** Does a key join the entities filed under it only through an anchor (see `blockingKeys`)? */
const anchored = (key: string) => key.startsWith("a|") || key.startsWith("s|") || key.startsWith("i|");

/** Keys shared by any two people `nameVariant` accepts (`variantKeys` of rule name-variant). */
function personVariantKeys(n: EntityNode): string[] {
  return n.type === "person" && n.words.length >= 2 ? [...new Set(variantKeys(n.words))] : [];
}

const sameNameKey = (n: EntityNode) => `${n.type}|${n.key}`;

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const set = m.get(k);
  if (set) set.add(v);
  else m.set(k, new Set([v]));
}

function removeFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const set = m.get(k);
  if (!set) return;
  set.delete(v);
  if (set.size === 0) m.delete(k);
}

export interface IncrementalStats {
  /** Updates. */
  updates: number;
  /** Updates that also grouped again the articles of spelling-variant pairs (see the header). */
  widened: number;
  /** Document entities grouped again, over all updates. */
  regrouped: number;
  /** Document entities added by joining their name's group, without grouping (`joinable`). */
  joined: number;
}

/** The case's entities, grouped again only where a document is added or removed. */
export class IncrementalEntities {
  private readonly docs = new Map<string, Doc>();
  private nextOrdinal = 0;
  private readonly byKey = new Map<string, Set<Node>>();
  /** Anchored key → how many nodes look others up by it. */
  private readonly anchorsOf = new Map<string, number>();
  /**
   * Variant key → name key → the people of that name filed under it. Grouped by name so that a
   * surname thousands of articles share costs one spelling comparison per other name, not per node.
   */
  private readonly byVariantKey = new Map<string, Map<string, Set<Node>>>();
  /** People with a spelling variant of another name in the case. */
  private readonly variants = new Set<Node>();
  private readonly clusterOf = new Map<Node, Cluster>();
  /** `type|key` → the document entities of that name key, in case order. */
  private readonly sameName = new Map<string, Node[]>();
  /** `type|key` → how many of them use each surface form's key. */
  private readonly formsOf = new Map<string, Map<string, number>>();
  /** Names (`type|key`) new entities joined the group of (`add`), whose same-name record is to be written again. */
  private readonly staleRecords = new Set<string>();
  readonly stats: IncrementalStats = { updates: 0, widened: 0, regrouped: 0, joined: 0 };

  /** Files a new document at the end of the case: its nodes, not yet indexed or grouped. */
  private place(document: CaseDocument, extraction: Extraction): Node[] {
    if (this.docs.has(document.id)) throw new Error(`document "${document.id}" is already in the case`);
    const ordinal = this.nextOrdinal++;
    const nodes = collectNodes([{ document, extraction }]).map((n, i): Node => {
      const node = { ...n, index: ordinal * SLOTS + i, ...blockingKeys(n), variantKeys: personVariantKeys(n) };
      return node;
    });
    this.docs.set(document.id, { document, ordinal, nodes });
    return nodes;
  }

  /**
   * Adds documents at the end of the case, in order, and groups them with what they touch in one
   * pass: what loading a whole case (or a large part of one) costs, one grouping instead of one
   * per document. The groups are those `add` one at a time would give.
   */
  addAll(list: { document: CaseDocument; extraction: Extraction }[]): void {
    const nodes: Node[] = [];
    for (const { document, extraction } of list) {
      const placed = this.place(document, extraction);
      for (const n of placed) this.index(n);
      nodes.push(...placed);
    }
    if (nodes.length) this.regroup(this.region(nodes));
  }

  /** Adds a document at the end of the case (as a store adds it). */
  add(document: CaseDocument, extraction: Extraction): void {
    const nodes = this.place(document, extraction);
    const joins = this.joinable(nodes);
    for (const n of nodes) this.index(n);
    for (const n of joins) {
      const list = this.sameName.get(sameNameKey(n)) as Node[];
      const c = this.clusterOf.get(list[0]) as Cluster;
      // In place (the newest entity comes last): a resolution copies the group's lists it uses.
      // Its same-name record lists every entity of the name: written once, when the groups are read.
      this.staleRecords.add(sameNameKey(n));
      c.nodes.push(n);
      this.clusterOf.set(n, c);
    }
    this.stats.joined += joins.size;
    const rest = nodes.filter((n) => !joins.has(n));
    if (rest.length) this.regroup(this.region(rest));
  }

  /**
   * A new document's entities that can join their name's group without grouping anything again:
   * each is written as a name two or more entities of the case already share (same-name holds
   * it), with surface forms they already used (no rule finds new candidates), is the document's
   * only person in its group (else the document would now keep apart groups a rule joined), and
   * has no spelling-variant pair in its group (whose roles and articles rule name-variant reads).
   * The others are grouped again with their components, which takes in any of these they reach.
   */
  private joinable(nodes: Node[]): Set<Node> {
    const out = new Map<Node, Cluster>();
    const names = new Map<string, number>();
    for (const n of nodes) names.set(sameNameKey(n), (names.get(sameNameKey(n)) ?? 0) + 1);
    const variantGroups = new Set([...this.variants].map((v) => this.clusterOf.get(v)));
    for (const n of nodes) {
      const k = sameNameKey(n);
      const list = this.sameName.get(k);
      const forms = this.formsOf.get(k);
      if (!list || list.length < 2 || !forms || names.get(k) !== 1) continue;
      if ([...n.aliasKeys].some((a) => !forms.has(a))) continue;
      const c = this.clusterOf.get(list[0]);
      if (!c || !c.merges.some((r) => r.rule === "same-name" && r.names[0] === list[0].name)) continue;
      if (variantGroups.has(c)) continue;
      out.set(n, c);
    }
    const people = new Map<Cluster, number>();
    for (const [n, c] of out) if (n.type === "person") people.set(c, (people.get(c) ?? 0) + 1);
    return new Set([...out].filter(([n, c]) => n.type !== "person" || people.get(c) === 1).map(([n]) => n));
  }

  /** Removes a document; false when the case does not hold it. */
  remove(id: string): boolean {
    const doc = this.docs.get(id);
    if (!doc) return false;
    // Removing entities only splits components and pairs: what they touch now covers what remains.
    const touched = this.region(doc.nodes).filter((n) => n.doc !== id);
    for (const n of doc.nodes) {
      this.unindex(n);
      this.clusterOf.delete(n);
    }
    // Their groups held the removed entities: forgotten, so the regrouping cannot follow them back.
    for (const n of touched) this.clusterOf.delete(n);
    this.docs.delete(id);
    this.regroup(touched);
    return true;
  }

  /** The documents, in case order. */
  documents(): CaseDocument[] {
    return [...this.docs.values()].sort((a, b) => a.ordinal - b.ordinal).map((d) => d.document);
  }

  /** The automatic groups, in order of their first document entity (as `autoCluster` lists them). */
  clusters(): Cluster[] {
    for (const k of this.staleRecords) {
      const list = this.sameName.get(k);
      const c = list && this.clusterOf.get(list[0]);
      if (!list || !c) continue;
      const at = c.merges.findIndex((r) => r.rule === "same-name" && r.names[0] === list[0].name);
      if (at >= 0) c.merges[at] = sameNameRecord(list);
    }
    this.staleRecords.clear();
    return [...new Set(this.clusterOf.values())].sort((a, b) => a.nodes[0].index - b.nodes[0].index);
  }

  /** The case entities with the user's overrides replayed: what `resolveEntities` gives for the same case. */
  resolution(overrides: MergeOverride[]): EntityResolution {
    const copies = new Set(this.documents().flatMap((d) => (d.duplicateOf ? [d.id] : [])));
    return finishResolution(this.clusters(), overrides, copies);
  }

  private index(n: Node): void {
    const k = sameNameKey(n);
    const list = this.sameName.get(k);
    if (list) list.push(n);
    else this.sameName.set(k, [n]);
    let forms = this.formsOf.get(k);
    if (!forms) this.formsOf.set(k, (forms = new Map()));
    for (const a of n.aliasKeys) forms.set(a, (forms.get(a) ?? 0) + 1);
    for (const k of n.keys) addTo(this.byKey, k, n);
    for (const k of n.anchors) this.anchorsOf.set(k, (this.anchorsOf.get(k) ?? 0) + 1);
    if (n.variantKeys.length === 0) return;
    // Every person of a name with a variant is in `variants`, or none is: a name's people are added
    // together, and another person of a name already in the case is paired as they are.
    const sameNamed = this.byVariantKey.get(n.variantKeys[0])?.get(n.key);
    for (const k of n.variantKeys) {
      let names = this.byVariantKey.get(k);
      if (!names) this.byVariantKey.set(k, (names = new Map()));
      addTo(names, n.key, n);
    }
    if (sameNamed && sameNamed.size > 1) {
      for (const o of sameNamed)
        if (o !== n) {
          if (this.variants.has(o)) this.variants.add(n);
          return;
        }
    }
    const partners = this.variantNames(n);
    if (partners.length === 0) return;
    this.variants.add(n);
    for (const people of partners) {
      const [first] = people;
      if (!this.variants.has(first)) for (const o of people) this.variants.add(o);
    }
  }

  private unindex(n: Node): void {
    const k = sameNameKey(n);
    const list = (this.sameName.get(k) ?? []).filter((o) => o !== n);
    if (list.length) this.sameName.set(k, list);
    else this.sameName.delete(k);
    const forms = this.formsOf.get(k);
    for (const a of n.aliasKeys) {
      const left = (forms?.get(a) ?? 0) - 1;
      if (left > 0) forms?.set(a, left);
      else forms?.delete(a);
    }
    if (forms?.size === 0) this.formsOf.delete(k);
    for (const k of n.keys) removeFrom(this.byKey, k, n);
    for (const k of n.anchors) {
      const left = (this.anchorsOf.get(k) ?? 0) - 1;
      if (left > 0) this.anchorsOf.set(k, left);
      else this.anchorsOf.delete(k);
    }
    for (const k of n.variantKeys) {
      const names = this.byVariantKey.get(k);
      if (!names) continue;
      removeFrom(names, n.key, n);
      if (names.size === 0) this.byVariantKey.delete(k);
    }
    if (!this.variants.delete(n)) return;
    // Others of the same name keep their pairs.
    if (this.byVariantKey.get(n.variantKeys[0])?.has(n.key)) return;
    for (const people of this.variantNames(n)) {
      const [first] = people;
      if (this.variantNames(first).length === 0) for (const o of people) this.variants.delete(o);
    }
  }

  /** The people of each other name in the case one spelling apart from `n`'s (a different name key). */
  private variantNames(n: Node): Set<Node>[] {
    const out = new Map<string, Set<Node>>();
    for (const k of n.variantKeys)
      for (const [key, people] of this.byVariantKey.get(k) ?? []) {
        if (key === n.key || out.has(key)) continue;
        const [o] = people;
        if (nameVariant(n.words, o.words)) out.set(key, people);
      }
    return [...out.values()];
  }

  /** Every node linked to `seeds` by a chain of shared keys or groups (the seeds included). */
  private component(seeds: Node[]): Node[] {
    const seen = new Set<Node>(seeds);
    const keys = new Set<string>();
    const queue = [...seeds];
    const clusters = new Set<Cluster>();
    while (queue.length) {
      const n = queue.pop() as Node;
      // Its group too: a name-variant merge (made while the case grouped as a whole) spans components.
      const c = this.clusterOf.get(n);
      if (c && !clusters.has(c)) {
        clusters.add(c);
        for (const o of c.nodes as Node[])
          if (!seen.has(o)) {
            seen.add(o);
            queue.push(o);
          }
      }
      for (const k of n.keys) {
        if (keys.has(k)) continue;
        keys.add(k);
        if (anchored(k) && !this.anchorsOf.has(k)) continue;
        for (const o of this.byKey.get(k) ?? [])
          if (!seen.has(o)) {
            seen.add(o);
            queue.push(o);
          }
      }
    }
    return [...seen];
  }

  /**
   * What an update of `seeds` must group again: their components; and, when those reach an article
   * of a component holding a spelling-variant pair, every such component and all entities of
   * their articles with their components.
   */
  private region(seeds: Node[]): Node[] {
    const near = this.component(seeds);
    if (this.variants.size === 0) return near;
    const paired = this.component([...this.variants]);
    const articles = new Set(paired.map((n) => n.doc));
    if (!near.some((n) => articles.has(n.doc))) return near;
    this.stats.widened++;
    const named = [...articles].flatMap((d) => this.docs.get(d)?.nodes ?? []);
    return this.component([...near, ...paired, ...named]);
  }

  /** Groups `region` (a union of components) again. */
  private regroup(region: Node[]): void {
    region.sort((a, b) => a.index - b.index);
    this.stats.updates++;
    this.stats.regrouped += region.length;
    // Grouped with positions 0…n-1 (the union-find's arrays), then given back their case order.
    const order = region.map((n) => n.index);
    region.forEach((n, i) => (n.index = i));
    try {
      for (const c of autoCluster(region)) for (const n of c.nodes) this.clusterOf.set(n as Node, c);
    } finally {
      region.forEach((n, i) => (n.index = order[i]));
    }
  }
}
