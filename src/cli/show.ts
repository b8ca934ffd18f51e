// `casefile show NAME`: everything the case knows about one person, organisation or place —
// other names, roles, ages, affiliations, quotes by and about them, events, sources, and how the
// entity was merged — each with the documents it comes from.
import type { Command } from "commander";
import { entityFacts, type CaseEntity, type CaseFile, type CaseIndex } from "../casefile/index.js";
import { entityIndex } from "../store/case/views.js";
import { caseOptions, findEntity, runOnCase, type CaseFlags } from "./case-query.js";
import { oneLine, printResult } from "./table.js";

export interface EntityProfile {
  entity: CaseEntity;
  quotesBy: CaseFile["quotes"];
  quotesAbout: CaseFile["quotes"];
  events: CaseFile["timeline"];
  documents: CaseFile["documents"];
  contradictions: CaseFile["contradictions"];
}

export function profile(c: CaseIndex, entity: CaseEntity): EntityProfile {
  return { entity, ...entityFacts(c, entity) };
}

const docsOf = (sources: { document: string }[]) => [...new Set(sources.map((s) => s.document))].join(", ");

export function renderProfile(c: CaseFile, p: EntityProfile): string {
  const e = p.entity;
  const names = new Map(c.entities.map((x) => [x.id, x.name]));
  const out: string[] = [oneLine(`${e.name}  (${e.type}, ${e.id})`), ""];
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(`${title}:`, ...lines.map((l) => `  ${oneLine(l)}`), "");
  };
  section(
    "Also written",
    e.aliases.filter((a) => a.text !== e.name).map((a) => `${a.text}  [${docsOf(a.sources)}]`),
  );
  section(
    "Roles",
    e.roles.map((r) => `${r.text}  [${docsOf(r.sources)}]`),
  );
  section(
    "Age",
    e.ages.map((a) => `${a.value}  [${docsOf(a.sources)}]`),
  );
  section(
    "Belongs to",
    e.affiliations.map((a) => names.get(a) ?? a),
  );
  section(
    "Said",
    p.quotesBy.map((q) => `“${q.text}”  [${q.document}@${q.start}]`),
  );
  section(
    "Quoted about them",
    p.quotesAbout.map((q) => `${q.speakerName ?? "(unattributed)"}: “${q.text}”  [${q.document}@${q.start}]`),
  );
  section(
    "Events",
    p.events.map((t) => `${t.date ?? "undated"}  ${t.type.replace(/_/g, " ")} (${t.status})  [${docsOf(t.sources)}]`),
  );
  section(
    "Sources disagree",
    p.contradictions.map(
      (x) => `${x.subject} — ${x.field}: ${x.values.map((v) => `${v.value} [${docsOf(v.sources)}]`).join(" vs ")}`,
    ),
  );
  section(
    "Sources",
    p.documents.map((d) => [d.id, d.outlet, d.published, d.title ?? d.source].filter(Boolean).join("  ")),
  );
  section("Merged because", [
    ...e.merges.map((m) => `${m.rule}: ${m.reason}`),
    ...e.splits.map((s) => `split: "${s.alias}" taken out of "${s.from}" [${s.documents.join(", ")}]`),
  ]);
  return out.join("\n");
}

export function registerShow(program: Command): void {
  caseOptions(
    program
      .command("show")
      .description("an entity's aliases, roles, quotes, events and sources")
      .argument("<name...>", "a name, alias or id (from `casefile people`)"),
  ).action(async (words: string[], flags: CaseFlags) => {
    process.exitCode = await runOnCase("show", flags, async (ctx) => {
      const stored = await ctx.stored();
      const c = stored ? await entityIndex(stored, words.join(" ")) : await ctx.caseIndex();
      const p = profile(c, findEntity(c, words.join(" ")));
      printResult(flags.json, p, () => renderProfile(c.file, p));
      return 0;
    });
  });
}
