// The JSON export: a contract read by scripts and by the evaluation, exactly
//   {"entities":[{"name","type","aliases":[],"roles":[],"sources":[]}],
//    "timeline":[{"type","date","participants":[names],"sources":[document ids]}],
//    "reports":[the same, plus "reason" and "reportedOn": undated reports and unconfirmed plans],
//    "quotes":[{"text","speaker","source"}],
//    "contradictions":[{"subject","field","values":[{"value","source"}]}]}
// plus extra fields (ids, offsets, sentences) that the contract allows. The contract itself, and
// the types here, are written once in ./contract.ts. A document id is the
// input's `id`, or its file name without extension, as the store keeps it.

import type { CaseFile } from "../casefile/types.js";
import type { CaseJson, ContractContradiction, ContractTimelineEntry } from "./contract.js";

export type {
  CaseJson,
  ContractContradiction,
  ContractEntity,
  ContractQuote,
  ContractTimelineEntry,
} from "./contract.js";

function contractEntry(t: CaseFile["timeline"][number]): ContractTimelineEntry {
  return {
    id: t.id,
    type: t.type,
    date: t.date,
    end: t.end,
    status: t.status,
    participants: t.participantNames,
    sources: [...new Set(t.sources.map((s) => s.document))],
    dates: t.dates.map((d) => ({ value: d.value, sources: d.documents })),
    evidence: t.sources.map((s) => ({
      source: s.document,
      text: s.evidence.text,
      start: s.evidence.start,
      end: s.evidence.end,
    })),
  };
}

export function toCaseJson(c: CaseFile): CaseJson {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  return {
    documents: c.documents.map((d) => ({
      id: d.id,
      source: d.source ?? null,
      outlet: d.outlet ?? null,
      published: d.published ?? null,
      title: d.title ?? null,
    })),
    entities: c.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases.map((a) => a.text).filter((a) => a !== e.name),
      roles: e.roles.map((r) => r.text),
      sources: e.documents,
      ...(e.ages.length ? { ages: e.ages.map((a) => a.value) } : {}),
      ...(e.affiliations.length ? { affiliations: e.affiliations.map((id) => names.get(id) ?? id) } : {}),
    })),
    timeline: c.timeline.map(contractEntry),
    reports: c.reports.map((t) => ({
      ...contractEntry(t),
      reason: t.offTimeline ?? null,
      reportedOn: t.reportedOn ?? null,
    })),
    quotes: c.quotes.map((q) => ({
      text: q.text,
      speaker: q.speakerName,
      source: q.document,
      kind: q.kind,
      start: q.start,
      end: q.end,
      cue: q.cue,
      saidAt: q.saidAt,
      role: q.role,
      addressee: q.addressee,
      channel: q.channel,
    })),
    contradictions: c.contradictions.map((x) => {
      const values: ContractContradiction["values"] = [];
      for (const v of x.values) {
        const seen = new Set<string>();
        for (const s of v.sources) {
          if (seen.has(s.document)) continue;
          seen.add(s.document);
          values.push({
            value: v.value,
            source: s.document,
            text: s.text,
            start: s.start,
            end: s.end,
            sentence: s.sentence?.text ?? null,
          });
        }
      }
      return { subject: x.subject, field: x.field, values, ...(x.note ? { note: x.note } : {}) };
    }),
  };
}
