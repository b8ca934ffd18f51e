// A STIX 2.1 bundle for OpenCTI:
//   identity      people (identity_class "individual") and bodies ("organization"), with roles
//   location      countries (ISO 3166-1 alpha-2 `country`) and world regions (`region`); STIX
//                 requires one of region, country or coordinates, so a place that is neither a
//                 country nor a known region (a town, a street) is named only in the reports'
//                 descriptions
//   report        one per source article, `object_refs` = everything it supports
//   relationship  affiliations ("affiliated-with"), co-participation and quotes ("related-to")
//   note          quotes (statements) and timeline events, attached to the people involved
// Ids are `type--uuidv5` of Casefile ids, so exporting the same case twice gives the same ids.

import type { CaseEntity, CaseFile } from "../casefile/types.js";
import { countryCode } from "../casefile/countries.js";
import { fold } from "../casefile/names.js";
import { uuidv5 } from "./ids.js";

export interface StixObject {
  type: string;
  id: string;
  spec_version: "2.1";
  created: string;
  modified: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: "bundle";
  id: string;
  objects: StixObject[];
}

export interface StixOptions {
  /** ISO timestamp for created/modified (default: the newest publication date, or the epoch). */
  timestamp?: string;
}

const REGIONS: ReadonlyMap<string, string> = new Map([
  ["africa", "africa"],
  ["east africa", "eastern-africa"],
  ["west africa", "western-africa"],
  ["north africa", "northern-africa"],
  ["southern africa", "southern-africa"],
  ["americas", "americas"],
  ["latin america", "latin-america-caribbean"],
  ["south america", "south-america"],
  ["central america", "central-america"],
  ["north america", "northern-america"],
  ["caribbean", "caribbean"],
  ["asia", "asia"],
  ["central asia", "central-asia"],
  ["east asia", "eastern-asia"],
  ["south asia", "southern-asia"],
  ["southeast asia", "south-eastern-asia"],
  ["middle east", "western-asia"],
  ["europe", "europe"],
  ["eastern europe", "eastern-europe"],
  ["western europe", "western-europe"],
  ["northern europe", "northern-europe"],
  ["southern europe", "southern-europe"],
  ["oceania", "oceania"],
  ["antarctica", "antarctica"],
]);

/** Parts of a country that STIX can only place by the country they belong to. */
const PART_OF: ReadonlyMap<string, string> = new Map([
  ["england", "GB"],
  ["scotland", "GB"],
  ["wales", "GB"],
  ["northern ireland", "GB"],
  ["taiwan", "TW"],
]);

function placeOf(e: CaseEntity): { country?: string; region?: string } | null {
  const forms = [e.name, ...e.aliases.map((a) => a.text)].map((n) => {
    const f = fold(n);
    return f.startsWith("the ") ? f.slice(4) : f;
  });
  for (const f of forms) {
    const code = countryCode(f) ?? PART_OF.get(f);
    if (code) return { country: code };
  }
  for (const f of forms) {
    const region = REGIONS.get(f);
    if (region) return { region };
  }
  return null;
}

function timestamp(c: CaseFile, options: StixOptions): string {
  if (options.timestamp && !Number.isNaN(Date.parse(options.timestamp)))
    return new Date(options.timestamp).toISOString();
  const newest = c.documents
    .map((d) => d.published)
    .filter((p): p is string => !!p && /^\d{4}-\d{2}-\d{2}$/.test(p))
    .sort()
    .at(-1);
  return newest ? `${newest}T00:00:00.000Z` : "1970-01-01T00:00:00.000Z";
}

export function toStix(c: CaseFile, options: StixOptions = {}): StixBundle {
  const w = new StixWriter(timestamp(c, options));
  w.entities(c);
  w.relationships(c);
  w.quotes(c);
  w.timeline(c);
  w.reports(c);
  return {
    type: "bundle",
    id: `bundle--${uuidv5(`bundle:${c.documents.map((d) => d.id).join(",")}`)}`,
    objects: w.objects,
  };
}

/** Builds the bundle section by section; each report (article) lists every object it supports. */
class StixWriter {
  readonly objects: StixObject[];
  readonly creator: StixObject;
  private readonly stixId = new Map<string, string>();
  private readonly refsByDoc = new Map<string, Set<string>>();
  /** Places with no country or coordinates: named in their report's description instead. */
  private readonly unplaced = new Map<string, string[]>();

  constructor(private readonly now: string) {
    this.creator = {
      ...this.common("identity", "casefile"),
      name: "Casefile",
      identity_class: "system",
      description: "Case file built by Casefile from news coverage; every object cites its source articles.",
    };
    this.objects = [this.creator];
  }

  common(type: string, key: string): StixObject {
    return {
      type,
      id: `${type}--${uuidv5(`${type}:${key}`)}`,
      spec_version: "2.1",
      created: this.now,
      modified: this.now,
    };
  }

  private refer(doc: string, id: string): void {
    let set = this.refsByDoc.get(doc);
    if (!set) this.refsByDoc.set(doc, (set = new Set()));
    set.add(id);
  }

  private relationship(key: string, kind: string, source: string, target: string, description: string, docs: string[]) {
    const s = this.stixId.get(source);
    const t = this.stixId.get(target);
    if (!s || !t || s === t) return;
    const o: StixObject = {
      ...this.common("relationship", key),
      relationship_type: kind,
      source_ref: s,
      target_ref: t,
      description,
      created_by_ref: this.creator.id,
    };
    this.objects.push(o);
    for (const d of docs) this.refer(d, o.id);
  }

  /** People and organisations as identities, places as locations. */
  entities(c: CaseFile): void {
    for (const e of c.entities) {
      let o: StixObject;
      if (e.type === "location") {
        const place = placeOf(e);
        if (!place) {
          for (const d of e.documents) this.unplaced.set(d, [...(this.unplaced.get(d) ?? []), e.name]);
          continue;
        }
        o = { ...this.common("location", e.id), name: e.name, ...place };
      } else {
        o = {
          ...this.common("identity", e.id),
          name: e.name,
          identity_class: e.type === "person" ? "individual" : "organization",
          created_by_ref: this.creator.id,
        };
        if (e.roles.length) o.roles = e.roles.map((r) => r.text);
        const aliases = e.aliases.map((a) => a.text).filter((a) => a !== e.name);
        const ages = e.ages.map((a) => String(a.value));
        const description = [
          aliases.length ? `Also written: ${aliases.join(", ")}.` : "",
          ages.length ? `Age given in sources: ${ages.join(", ")}.` : "",
        ]
          .filter(Boolean)
          .join(" ");
        if (description) o.description = description;
      }
      if (e.type === "location") o.created_by_ref = this.creator.id;
      this.objects.push(o);
      this.stixId.set(e.id, o.id);
      for (const d of e.documents) this.refer(d, o.id);
    }
  }

  /** Affiliations and the other graph edges. */
  relationships(c: CaseFile): void {
    for (const edge of c.graph.edges) {
      const docs = [...new Set(edge.evidence.map((x) => x.document))];
      if (edge.kind === "affiliation")
        this.relationship(edge.id, "affiliated-with", edge.source, edge.target, edge.label, docs);
      else if (edge.kind === "co-participant" || edge.kind === "quoted-about" || edge.kind === "action")
        this.relationship(edge.id, "related-to", edge.source, edge.target, edge.label, docs);
    }
  }

  /** Each quote as a note on its speaker and what it is about. */
  quotes(c: CaseFile): void {
    for (const q of c.quotes) {
      const refs = [q.speaker, ...q.about]
        .map((x) => (x ? this.stixId.get(x) : undefined))
        .filter((x): x is string => !!x);
      const o: StixObject = {
        ...this.common("note", q.id),
        abstract: `${q.speakerName ?? "Unattributed"} (${q.kind} quote, ${q.document})`,
        content: q.text,
        object_refs: refs.length ? refs : [this.creator.id],
        created_by_ref: this.creator.id,
      };
      if (q.speakerName) o.authors = [q.speakerName];
      this.objects.push(o);
      this.refer(q.document, o.id);
    }
  }

  /** Each milestone as a note citing its reports. */
  timeline(c: CaseFile): void {
    for (const t of c.timeline) {
      const refs = t.participants.map((p) => this.stixId.get(p)).filter((x): x is string => !!x);
      const when =
        t.dates.length > 1 ? t.dates.map((d) => `${d.value} (${d.documents.join(", ")})`).join(" vs ") : t.date;
      const o: StixObject = {
        ...this.common("note", t.id + ":" + t.sources.map((s) => `${s.document}@${s.evidence.start}`).join(",")),
        abstract: `${t.type.replace(/_/g, " ")}${when ? ` — ${when}` : ""}${t.participantNames.length ? ` — ${t.participantNames.join(", ")}` : ""}`,
        content: t.sources.map((s) => `${s.document}: ${s.sentence?.text ?? s.evidence.text ?? ""}`).join("\n"),
        object_refs: refs.length ? refs : [this.creator.id],
        created_by_ref: this.creator.id,
      };
      this.objects.push(o);
      for (const s of t.sources) this.refer(s.document, o.id);
    }
  }

  /** One report per article, referring to every object it supports. */
  reports(c: CaseFile): void {
    for (const d of c.documents) {
      const refs = [...(this.refsByDoc.get(d.id) ?? [])];
      const elsewhere = this.unplaced.get(d.id) ?? [];
      const o: StixObject = {
        ...this.common("report", d.id),
        name: d.title || d.id,
        published: d.published ? `${d.published}T00:00:00.000Z` : this.now,
        report_types: ["threat-report"],
        object_refs: refs.length ? refs : [this.creator.id],
        created_by_ref: this.creator.id,
      };
      const description = [
        d.outlet ? `Outlet: ${d.outlet}.` : "",
        d.published ? "" : "Publication date unknown.",
        elsewhere.length ? `Places named: ${elsewhere.join(", ")}.` : "",
      ]
        .filter(Boolean)
        .join(" ");
      if (description) o.description = description;
      if (d.source) {
        o.external_references = [
          /^https?:\/\//i.test(d.source)
            ? { source_name: d.outlet || "article", url: d.source, external_id: d.id }
            : { source_name: d.outlet || "article", description: d.source, external_id: d.id },
        ];
      }
      this.objects.push(o);
    }
  }
}
