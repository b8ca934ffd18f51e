// `casefile show NAME`: everything the case knows about one person, organisation or place —
// other names, roles, ages, affiliations, quotes by and about them, events, sources, and how the
// entity was merged — each with the documents it comes from.
import type { Command } from "commander";
import { entityFacts, PROFILE_ROWS, profilePage } from "../casefile/queries.js";
import type { CaseEntity, CaseFile, CaseIndex, ProfilePage, SourcedValue } from "../casefile/index.js";
import { entityIndex, storedProfilePage } from "../store/case/views.js";
import { caseOptions, findEntity, findOne, listPage, runOnCase, type CaseFlags, type PageFlags } from "./case-query.js";
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

const n = (x: number) => x.toLocaleString("en-GB");

/** Document ids as a profile lists them, with how many more there are when the list was cut. */
function docList(docs: string[], total: number): string {
  return docs.join(", ") + (total > docs.length ? ` … and ${n(total - docs.length)} more` : "");
}

const sourced = (v: SourcedValue) => `${v.text}  [${docList(v.documents, v.documentCount)}]`;

/**
 * The profile as `show` prints it. A page cut to its first rows says, under each list it cut,
 * how many rows it left out (the whole profile, `--all` or piped, prints as before pages existed).
 */
export function renderProfile(p: ProfilePage): string {
  const e = p.entity;
  const out: string[] = [oneLine(`${e.name}  (${e.type}, ${e.id})`), ""];
  const section = (title: string, lines: string[], total = lines.length) => {
    if (lines.length === 0) return;
    const more = total > lines.length ? [`… and ${n(total - lines.length)} more (--all lists every one)`] : [];
    out.push(`${title}:`, ...[...lines, ...more].map((l) => `  ${oneLine(l)}`), "");
  };
  section("Also written", e.aliases.filter((a) => a.text !== e.name).map(sourced));
  section("Roles", e.roles.map(sourced));
  section("Age", e.ages.map(sourced));
  section("Belongs to", p.belongsTo);
  section(
    "Said",
    p.quotesBy.map((q) => `“${q.text}”  [${q.document}@${q.start}]`),
    e.counts.quotesBy,
  );
  section(
    "Quoted about them",
    p.quotesAbout.map((q) => `${q.speakerName ?? "(unattributed)"}: “${q.text}”  [${q.document}@${q.start}]`),
    e.counts.quotesAbout,
  );
  section(
    "Events",
    p.events.map(
      (t) =>
        `${t.date ?? "undated"}  ${t.type.replace(/_/g, " ")} (${t.status})  [${docList(t.documents, t.documentCount)}]`,
    ),
    e.counts.events,
  );
  section(
    "Sources disagree",
    p.contradictions.map(
      (x) =>
        `${x.subject} — ${x.field}: ${x.values.map((v) => `${v.text} [${docList(v.documents, v.documentCount)}]`).join(" vs ")}`,
    ),
    e.counts.contradictions,
  );
  section(
    "Sources",
    p.documents.map((d) => [d.id, d.outlet, d.published, d.title ?? d.source].filter(Boolean).join("  ")),
    e.documentCount,
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
      .argument("<name...>", "a name, alias or id (from `casefile people`)")
      .option(
        "--limit <n>",
        `list at most N rows of each list (default: all; a terminal shows the first ${PROFILE_ROWS} of each)`,
      )
      .option("--all", "list every row of each list, on a terminal too"),
  ).action(async (words: string[], flags: CaseFlags & PageFlags) => {
    process.exitCode = await runOnCase("show", flags, async (ctx) => {
      const query = words.join(" ");
      const stored = await ctx.stored();
      const limit = flags.json ? undefined : listPage({ limit: flags.limit, all: flags.all }).page.limit;
      // A page (a terminal's, or --limit within it) reads only its rows of the stored case.
      if (stored && limit !== undefined && limit <= PROFILE_ROWS) {
        const page = await storedProfilePage(stored, query, limit, (found) => findOne(found, query));
        printResult(false, page, () => renderProfile(page));
        return 0;
      }
      const c = stored ? await entityIndex(stored, query) : await ctx.caseIndex();
      const e = findEntity(c, query);
      printResult(flags.json, profile(c, e), () => renderProfile(profilePage(c, e, limit ?? Infinity)));
      return 0;
    });
  });
}
