// Cross-document rule "name-variant": people one spelling or one nickname apart.
import { fold, givenNameKeys, nameVariant } from "./names.js";
import { type EntityNode, type Groups, record } from "./groups.js";
import type { MergeRecord } from "./types.js";

/**
 * People named one spelling or one nickname apart in different articles ("Gul Hussain" and "Gul
 * Hussein", "Sam Lee" and "Samuel Lee", "Joe Biden" and "Joseph R. Biden") are one person when
 * the articles agree about them: the groups share a role, or their articles name another person
 * or body in common. The shared context is written into the merge record, so the merge can be
 * judged and undone.
 */
export function nameVariants(nodes: EntityNode[], reps: EntityNode[], g: Groups): void {
  const people = reps.filter((n) => n.type === "person" && n.words.length >= 2);
  const pairs = variantPairs(people);
  const partners = people.map((): number[] => []);
  for (const [i, j] of pairs) {
    partners[i].push(j);
    partners[j].push(i);
  }
  // The pairs are taken in the order of a comparison of every two names in a bucket of the word
  // count and the last word's first letter (one spelling apart), or of the last word (a nickname and
  // a shorter form), buckets in the order their first name came: each union changes what the pairs
  // after it see (their groups, their rivals, their articles), so this order decides the merges.
  const bucketOf = (n: EntityNode, sameLength: boolean) => {
    const last = n.words[n.words.length - 1];
    return sameLength ? `${n.words.length}|${last[0]}` : `l|${last}`;
  };
  const rank = new Map<string, number>();
  for (const n of people)
    for (const k of [bucketOf(n, true), bucketOf(n, false)]) if (!rank.has(k)) rank.set(k, rank.size);
  const rankOf = ([i, j]: [number, number]) =>
    rank.get(bucketOf(people[i], people[i].words.length === people[j].words.length)) ?? 0;
  const ordered = pairs.map((p) => ({ p, rank: rankOf(p) }));
  ordered.sort((x, y) => x.rank - y.rank || x.p[0] - y.p[0] || x.p[1] - y.p[1]);
  const context = caseContext(nodes, g);
  for (const {
    p: [i, j],
  } of ordered) {
    const [a, b] = [people[i], people[j]];
    const ra = g.find(a.index);
    const rb = g.find(b.index);
    if (ra === rb || g.shareDocument(ra, rb)) continue;
    // Unambiguous: no third group of people is a variant of either name.
    const rival = (c: number) => c !== i && c !== j && g.find(people[c].index) !== ra && g.find(people[c].index) !== rb;
    if (partners[i].some(rival) || partners[j].some(rival)) continue;
    const shared = context.shared(ra, rb);
    if (!shared) continue;
    const how =
      a.words.length === b.words.length
        ? "are one spelling or nickname apart"
        : "are one name, the shorter with a nickname";
    const reason = `"${a.name}" (${a.doc}) and "${b.name}" (${b.doc}) ${how}, and their articles agree: ${shared}`;
    context.union(ra, rb, record("name-variant", reason, [a], [b]));
  }
}

/**
 * Every pair of `people` whose names `nameVariant` accepts, as indexes [i, j] with i < j, in no
 * particular order: only names that share a key of `variantKeys` are compared, so the work grows
 * with the pairs of near names, not with the square of the people.
 */
export function variantPairs(people: readonly { words: readonly string[] }[]): [number, number][] {
  const blocks = new Map<string, number[]>();
  people.forEach((n, i) => {
    for (const k of variantKeys(n.words)) {
      const list = blocks.get(k);
      if (!list) blocks.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const list of blocks.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        const pair = i * people.length + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (nameVariant(people[i].words, people[j].words)) out.push([i, j]);
      }
  return out;
}

/**
 * Keys any two names `nameVariant` accepts share. Of one word count, every word but one is equal,
 * and the one differs at its place by a nickname (a given name: both share `givenNameKeys`) or by
 * one letter (the same first letter, lengths at most one apart: a word is filed under its first
 * letter with its length and with its length plus one, so both share the first letter and the
 * longer length); a key is the count, the place, the other words and one such form of the word at
 * the place. Of two counts, the last word is the same and the given names are a nickname apart:
 * the last word and a key of the given name.
 */
export function variantKeys(w: readonly string[]): string[] {
  const keys: string[] = [];
  const last = w.length - 1;
  w.forEach((word, i) => {
    const at = `${w.length}|${i}|${[...w.slice(0, i), ...w.slice(i + 1)].join(" ")}|`;
    keys.push(`${at}${word[0]}${word.length}`, `${at}${word[0]}${word.length + 1}`);
    if (i < last) for (const form of givenNameKeys(word)) keys.push(`${at}=${form}`);
  });
  for (const form of givenNameKeys(w[0])) keys.push(`l|${w[last]}|${form}`);
  return keys;
}

/**
 * What a group's articles say around it: the roles it is given and the other entities named beside
 * it. The roles are read once per group when first asked for, in the order the group's nodes give
 * them, and joined by `union`, so a comparison does not read every node of the case.
 */
function caseContext(nodes: EntityNode[], g: Groups) {
  const byDoc = new Map<string, EntityNode[]>();
  for (const n of nodes) {
    const list = byDoc.get(n.doc);
    if (list) list.push(n);
    else byDoc.set(n.doc, [n]);
  }
  // root → role → where it is first given (nodes in case order, each node's roles in order)
  let roles: Map<number, Map<string, number>> | null = null;
  const rolesByRoot = () => {
    const out = new Map<number, Map<string, number>>();
    let given = 0;
    for (const n of nodes)
      for (const role of nodeRoles(n)) {
        const root = g.find(n.index);
        let own = out.get(root);
        if (!own) out.set(root, (own = new Map()));
        if (!own.has(role)) own.set(role, given);
        given++;
      }
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
      // The first role of b's that a is also given.
      roles ??= rolesByRoot();
      const ra = roles.get(a);
      let first: string | null = null;
      let at = Infinity;
      if (ra) for (const [r, i] of roles.get(b) ?? []) if (i < at && ra.has(r)) [first, at] = [r, i];
      if (first !== null) return `both are called "${first}"`;
      const na = neighbours(a);
      const common: string[] = [];
      for (const [r, name] of neighbours(b)) if (r !== a && na.has(r)) common.push(na.get(r) ?? name);
      return common.length ? `both articles name ${common.slice(0, 3).join(", ")}` : null;
    },
    union(a: number, b: number, why: MergeRecord): void {
      if (!g.union(a, b, why) || !roles) return;
      const root = g.find(a);
      const joined = new Map(roles.get(a));
      for (const [r, i] of roles.get(b) ?? []) joined.set(r, Math.min(i, joined.get(r) ?? i));
      roles.delete(a);
      roles.delete(b);
      if (joined.size) roles.set(root, joined);
    },
  };
}

/** The roles a document entity is given, folded ("President", "house speaker"). */
export function nodeRoles(n: EntityNode): string[] {
  const out: string[] = [];
  for (const r of n.entity.attributes?.roles ?? []) if (r?.text) out.push(fold(r.text));
  return out;
}
