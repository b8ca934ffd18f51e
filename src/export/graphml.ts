// GraphML for Gephi: the case's relationship graph (people, organisations, places, events) as
// one undirected-by-default graph whose edges say which way they point. Every string is escaped
// and stripped of characters XML 1.0 cannot hold, so hostile text still gives a valid file.

import type { CaseFile } from "../casefile/types.js";

/** Text safe inside an XML element or attribute value. */
export function xmlEscape(value: string): string {
  let out = "";
  for (const ch of String(value)) {
    const code = ch.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) continue;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "'") out += "&apos;";
    else out += ch;
  }
  return out;
}

const KEYS = [
  { id: "label", for: "node", name: "label", type: "string" },
  { id: "kind", for: "node", name: "kind", type: "string" },
  { id: "weight", for: "node", name: "documents", type: "int" },
  { id: "elabel", for: "edge", name: "label", type: "string" },
  { id: "ekind", for: "edge", name: "kind", type: "string" },
  { id: "eweight", for: "edge", name: "weight", type: "double" },
  { id: "esources", for: "edge", name: "sources", type: "string" },
];

export function toGraphml(c: CaseFile): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of KEYS) lines.push(`  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  lines.push('  <graph id="case" edgedefault="directed">');
  for (const n of c.graph.nodes) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    lines.push(`      <data key="label">${xmlEscape(n.label)}</data>`);
    lines.push(`      <data key="kind">${xmlEscape(n.kind)}</data>`);
    lines.push(`      <data key="weight">${n.weight}</data>`);
    lines.push("    </node>");
  }
  for (const e of c.graph.edges) {
    const docs = [...new Set(e.evidence.map((x) => x.document))];
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">`);
    lines.push(`      <data key="elabel">${xmlEscape(e.label)}</data>`);
    lines.push(`      <data key="ekind">${xmlEscape(e.kind)}</data>`);
    lines.push(`      <data key="eweight">${Math.max(1, e.evidence.length)}</data>`);
    lines.push(`      <data key="esources">${xmlEscape(docs.join(" "))}</data>`);
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n") + "\n";
}
