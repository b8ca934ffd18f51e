// The user's overrides, replayed in order over the automatic groups: forced merges and splits,
// each found by a name the user typed (best match wins; a tie is reported, never guessed).
import { bodyKey, fold, keyFor, personKey, slug } from "./names.js";
import { type Cluster, canonicalName, record } from "./groups.js";
import type { MergeOverride, MergeRecord, OverrideIssue, SplitRecord } from "./types.js";

function clusterMatches(c: Cluster, name: string): number {
  const f = fold(name);
  const pk = personKey(name);
  const bk = bodyKey(name);
  const derived = canonicalName(c.nodes);
  const canon = c.name ? { ...derived, name: c.name } : derived;
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
    const names = found.map((c) => c.name ?? canonicalName(c.nodes).name).slice(0, 5);
    return { cluster: null, problem: `"${name}" names ${found.length} entities (${names.join(", ")})` };
  }
  return { cluster: found[0], problem: null };
}

export function applyOverrides(clusters: Cluster[], overrides: MergeOverride[], issues: OverrideIssue[]): Cluster[] {
  let list = clusters;
  for (const o of overrides) {
    if (!o || typeof o.a !== "string" || typeof o.b !== "string") continue;
    const a = resolveCluster(list, o.a);
    if (!a.cluster) {
      issues.push({ override: o, problem: a.problem ?? "unknown entity" });
      continue;
    }
    if (o.action === "rename") {
      const renamed: Cluster = { ...a.cluster, name: o.b.trim() };
      list = list.map((c) => (c === a.cluster ? renamed : c));
    } else if (o.action === "merge") {
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
      // The name the user chose; else a name the user gave either side earlier.
      const name = o.name?.trim() || b.cluster.name || a.cluster.name;
      if (name) merged.name = name;
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
      const fromName = a.cluster.name ?? canonicalName(a.cluster.nodes).name;
      const userName = a.cluster.name;
      const split: SplitRecord = { alias: o.b, from: fromName, documents: [...new Set(out.map((n) => n.doc))] };
      const involves = (r: MergeRecord) => r.names.some((x) => keyFor("person", x) === pk || bodyKey(x) === bk);
      const keep: Cluster = {
        nodes: a.cluster.nodes.filter((n) => !outSet.has(n)),
        merges: a.cluster.merges.filter((r) => !involves(r)),
        splits: [...a.cluster.splits, split],
        // The user's name goes with the part that was not split out.
        ...(userName && !out.some((n) => fold(n.name) === fold(userName)) ? { name: userName } : {}),
      };
      const gone: Cluster = { nodes: out, merges: [], splits: [split] };
      list = list.filter((c) => c !== a.cluster);
      list.push(keep, gone);
    }
  }
  return list;
}
