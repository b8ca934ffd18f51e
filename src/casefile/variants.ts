// Cross-document rule "name-variant": people one spelling or one nickname apart.
import { fold, nameVariant } from "./names.js";
import { type EntityNode, type Groups, record } from "./groups.js";

/**
 * People named one spelling or one nickname apart in different articles ("Gul Hussain" and "Gul
 * Hussein", "Sam Lee" and "Samuel Lee", "Joe Biden" and "Joseph R. Biden") are one person when
 * the articles agree about them: the groups share a role, or their articles name another person
 * or body in common. The shared context is written into the merge record, so the merge can be
 * judged and undone.
 */
export function nameVariants(nodes: EntityNode[], reps: EntityNode[], g: Groups): void {
  const people = reps.filter((n) => n.type === "person" && n.words.length >= 2);
  // Candidates share the word count and the first letter of the last word (one spelling apart),
  // or the last word (a nickname and a shorter form: "Joe Biden", "Joseph R. Biden").
  const keysOf = (n: EntityNode) => {
    const last = n.words[n.words.length - 1];
    return [`${n.words.length}|${last[0]}`, `l|${last}`];
  };
  const buckets = new Map<string, EntityNode[]>();
  for (const n of people)
    for (const k of keysOf(n)) {
      const list = buckets.get(k);
      if (list) list.push(n);
      else buckets.set(k, [n]);
    }
  const context = caseContext(nodes, g);
  for (const [key, list] of buckets) {
    const sameLength = !key.startsWith("l|");
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        // Each pair once: of one length in its bucket of lengths, else in its bucket of last words.
        if ((a.words.length === b.words.length) !== sameLength) continue;
        const ra = g.find(a.index);
        const rb = g.find(b.index);
        if (ra === rb || g.shareDocument(ra, rb) || !nameVariant(a.words, b.words)) continue;
        // Unambiguous: no third group of people is a variant of either name.
        const near = new Set([...keysOf(a), ...keysOf(b)].flatMap((k) => buckets.get(k) ?? []));
        const rivals = [...near].filter(
          (c) =>
            c !== a &&
            c !== b &&
            g.find(c.index) !== ra &&
            g.find(c.index) !== rb &&
            (nameVariant(a.words, c.words) || nameVariant(b.words, c.words)),
        );
        if (rivals.length) continue;
        const shared = context.shared(ra, rb);
        if (!shared) continue;
        const how = sameLength ? "are one spelling or nickname apart" : "are one name, the shorter with a nickname";
        const reason = `"${a.name}" (${a.doc}) and "${b.name}" (${b.doc}) ${how}, and their articles agree: ${shared}`;
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
    for (const n of nodes) if (g.find(n.index) === root) for (const r of nodeRoles(n)) out.add(r);
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

/** The roles a document entity is given, folded ("President", "house speaker"). */
export function nodeRoles(n: EntityNode): string[] {
  const out: string[] = [];
  for (const r of n.entity.attributes?.roles ?? []) if (r?.text) out.push(fold(r.text));
  return out;
}
