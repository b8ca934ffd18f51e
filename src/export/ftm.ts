// FollowTheMoney entities for Aleph (`alephclient write-entities`, `ftm` tools): one JSON
// entity per line, `{"id","schema","properties":{name:[values]}}`, using FtM's own schemata and
// property names:
//   Person / Organization          people and bodies (name, alias, position, notes)
//   Address                        places (name, full)
//   Article                        each source document (title, publisher, publishedAt, sourceUrl)
//   Documentation                  which article documents which entity (document, entity, role)
//   Membership                     affiliations ("head of the CPS" → CPS) (member, organization, role, summary)
//   Event                          timeline entries (name, date, involved, location, proof)
//   UnknownLink                    speaker → entity spoken about in a quote (subject, object, role)
//   Note                           quotes, attached to their speaker (entity, description, proof)

import type { CaseEntity, CaseFile } from "../casefile/types.js";
import { sha1Id } from "./ids.js";

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const MAX_TEXT = 4000;

function props(p: Record<string, (string | null | undefined)[] | string | null | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(p)) {
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string" && x.trim() !== "");
    if (list.length) out[k] = [...new Set(list.map((x) => x.slice(0, MAX_TEXT)))];
  }
  return out;
}

function schemaOf(e: CaseEntity): string {
  return e.type === "person" ? "Person" : e.type === "organization" ? "Organization" : "Address";
}

/** Ids given to the articles and entities already written, so later sections can link to them. */
interface FtmIds {
  article: Map<string, string>;
  entity: Map<string, string>;
}

export function toFtm(c: CaseFile): FtmEntity[] {
  const ids: FtmIds = { article: new Map(), entity: new Map() };
  return [...articles(c, ids), ...entities(c, ids), ...memberships(c, ids), ...events(c, ids), ...quoteNotes(c, ids)];
}

function articles(c: CaseFile, ids: FtmIds): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const d of c.documents) {
    const id = sha1Id("casefile", "article", d.id);
    ids.article.set(d.id, id);
    out.push({
      id,
      schema: "Article",
      properties: props({
        name: d.title ?? d.id,
        title: d.title ?? d.id,
        fileName: d.id,
        publisher: d.outlet,
        publishedAt: d.published,
        sourceUrl: d.source && /^https?:\/\//i.test(d.source) ? d.source : null,
      }),
    });
  }
  return out;
}

/** Each person, organisation and place, and a Documentation link to every article naming it. */
function entities(c: CaseFile, ids: FtmIds): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const e of c.entities) {
    const id = sha1Id("casefile", "entity", e.id);
    ids.entity.set(e.id, id);
    const schema = schemaOf(e);
    const aliases = e.aliases.map((a) => a.text).filter((a) => a !== e.name);
    const base: Record<string, (string | null)[] | string | null> = {
      name: e.name,
      alias: aliases,
      proof: e.documents.map((d) => ids.article.get(d) ?? null),
      notes: e.ages.length ? `Age given in sources: ${e.ages.map((a) => a.value).join(", ")}` : null,
    };
    if (schema === "Person") base.position = e.roles.map((r) => r.text);
    else if (schema === "Organization") base.description = e.roles.map((r) => r.text).join("; ") || null;
    else base.full = e.name;
    out.push({ id, schema, properties: props(base) });
    for (const doc of e.documents) {
      const article = ids.article.get(doc);
      if (!article) continue;
      out.push({
        id: sha1Id("casefile", "documentation", e.id, doc),
        schema: "Documentation",
        properties: props({ document: article, entity: id, role: "mentioned" }),
      });
    }
  }
  return out;
}

function memberships(c: CaseFile, ids: FtmIds): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const e of c.entities) {
    for (const org of e.affiliations) {
      const member = ids.entity.get(e.id);
      const organization = ids.entity.get(org);
      const target = c.entities.find((x) => x.id === org);
      if (!member || !organization || target?.type !== "organization" || e.type === "location") continue;
      const roles = e.roles.filter((r) => r.affiliation === org);
      out.push({
        id: sha1Id("casefile", "membership", e.id, org),
        schema: "Membership",
        properties: props({
          member,
          organization,
          role: roles.map((r) => r.text),
          summary: roles[0] ? `${roles[0].text} (${roles[0].sources.map((s) => s.document).join(", ")})` : null,
        }),
      });
    }
  }
  return out;
}

function events(c: CaseFile, ids: FtmIds): FtmEntity[] {
  const out: FtmEntity[] = [];
  const byId = new Map(c.entities.map((e) => [e.id, e]));
  for (const t of c.timeline) {
    const involved = t.participants
      .filter((p) => byId.get(p)?.type !== "location")
      .map((p) => ids.entity.get(p) ?? null);
    const places = [
      ...t.places.map((p) => p.value),
      ...t.participants.filter((p) => byId.get(p)?.type === "location").map((p) => byId.get(p)!.name),
    ];
    const docs = [...new Set(t.sources.map((s) => s.document))];
    out.push({
      id: sha1Id("casefile", "event", t.id, t.type, t.date ?? "", docs.join(",")),
      schema: "Event",
      properties: props({
        name: `${t.type.replace(/_/g, " ")}${t.participantNames.length ? ` of ${t.participantNames.slice(0, 3).join(", ")}` : ""}`,
        date: t.dates.map((d) => d.value),
        startDate: t.date,
        endDate: t.end,
        summary: t.sources[0]?.evidence.text ?? null,
        involved,
        location: places,
        proof: docs.map((d) => ids.article.get(d) ?? null),
      }),
    });
  }
  return out;
}

/** Quotes become Notes on their speaker, and UnknownLinks to what they speak about. */
function quoteNotes(c: CaseFile, ids: FtmIds): FtmEntity[] {
  const out: FtmEntity[] = [];
  for (const q of c.quotes) {
    const speaker = q.speaker ? ids.entity.get(q.speaker) : undefined;
    const proof = ids.article.get(q.document);
    if (speaker) {
      out.push({
        id: sha1Id("casefile", "quote", q.id),
        schema: "Note",
        properties: props({
          name: `${q.speakerName ?? "Unknown"}: ${q.text.slice(0, 80)}`,
          description: q.text,
          entity: speaker,
          proof,
        }),
      });
      for (const about of q.about) {
        const object = ids.entity.get(about);
        if (!object) continue;
        out.push({
          id: sha1Id("casefile", "quoted-about", q.id, about),
          schema: "UnknownLink",
          properties: props({ subject: speaker, object, role: "spoke about", summary: q.text.slice(0, 300) }),
        });
      }
    }
  }
  return out;
}

/** Line-delimited JSON, the format FtM tools and alephclient read. */
export function toFtmLines(c: CaseFile): string {
  return toFtm(c)
    .map((e) => JSON.stringify(e))
    .join("\n")
    .concat("\n");
}
