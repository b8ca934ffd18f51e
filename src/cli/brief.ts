// `casefile brief [--format html|pdf|md] [--out FILE] [--app-url URL]`: the case as a printable,
// cited document (src/brief). Markdown goes to standard output unless --out names a file; HTML
// and PDF need --out when standard output is a terminal.
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import {
  BRIEF_SUBJECTS,
  buildBrief,
  htmlToPdf,
  renderHtml,
  renderMarkdown,
  type Brief,
  type Texts,
} from "../brief/index.js";
import type { CaseIndex } from "../casefile/index.js";
import { openStore, type Store } from "../store/index.js";
import type { StoredCase } from "../store/case/tables.js";
import type { RawJson } from "../server/case-views.js";
import { keptBrief } from "../server/kept-brief.js";
import { caseOptions, runOnCase, UserError, type CaseContext, type CaseFlags } from "./case-query.js";

interface BriefFlags extends CaseFlags {
  format: string;
  out?: string;
  appUrl?: string;
  subjects?: string;
}

const FORMATS = ["md", "html", "pdf"];

/** The stored text of every document of the case, for the brief's citations. */
export async function caseTexts(store: Store, caseName: string, index: CaseIndex): Promise<Texts> {
  const texts: Texts = new Map();
  for (const d of index.file.documents) {
    const got = await store.getDocument(caseName, d.id);
    if (got) texts.set(d.id, got.document.text);
  }
  return texts;
}

async function builtBrief(ctx: CaseContext, subjects: number): Promise<Brief> {
  const index = await ctx.caseIndex();
  return buildBrief(index, await caseTexts(ctx.store, ctx.caseName, index), ctx.caseName, { subjects });
}

export function registerBrief(program: Command): void {
  caseOptions(
    program
      .command("brief")
      .description("a printable brief of the case in which every line cites the sentence it rests on")
      .option("--format <format>", "md, html or pdf", "md")
      .option("--out <file>", "write to this file (default: standard output)")
      .option("--app-url <url>", "where `casefile serve` runs: citations then open the sentence in the web UI")
      .option("--subjects <n>", "how many subjects to set side by side", String(BRIEF_SUBJECTS)),
    false,
  ).action(async (flags: BriefFlags) => {
    process.exitCode = await runBrief(flags);
  });
}

export async function runBrief(flags: BriefFlags): Promise<number> {
  const format = (flags.format ?? "md").toLowerCase();
  return runOnCase("brief", flags, async (ctx) => {
    if (!FORMATS.includes(format))
      throw new UserError(`--format "${flags.format}" is not one of ${FORMATS.join(", ")}`);
    if (format !== "md" && !flags.out && process.stdout.isTTY)
      throw new UserError(`--format ${format} writes a file: give --out FILE`);
    const subjects = Number(flags.subjects ?? BRIEF_SUBJECTS);
    if (!Number.isInteger(subjects) || subjects < 0)
      throw new UserError(`--subjects "${flags.subjects}" is not a whole number`);
    // Markdown with the default subjects is the brief kept with the stored case (the API's,
    // without links to the UI), rendered from the refresh's model by its first reader.
    const stored = format === "md" && !flags.appUrl && subjects === BRIEF_SUBJECTS ? await ctx.stored() : null;
    const kept = stored && (await keptBriefOf(ctx, stored));
    if (kept) {
      const page = JSON.parse(kept.text()) as { markdown: string; citations: number };
      return printBrief(flags, page.markdown, page.citations);
    }
    const brief = await builtBrief(ctx, subjects);
    const options = { appUrl: flags.appUrl ?? null };
    // A missing Chromium is a PdfUnavailableError: runOnCase prints its one line and exits 1.
    const output: string | Buffer =
      format === "md"
        ? renderMarkdown(brief, options)
        : format === "html"
          ? renderHtml(brief, options)
          : await htmlToPdf(renderHtml(brief, options));
    return printBrief(flags, output, brief.citations.length);
  });
}

/**
 * The brief kept with the stored case. When this is its first reader since the refresh, the page
 * is rendered from the kept model and kept for the next ones through a second handle on the store
 * opened for writing (the command's own is read-only); a store this user cannot write to gets the
 * page printed, not kept.
 */
async function keptBriefOf(ctx: CaseContext, stored: StoredCase): Promise<RawJson | undefined> {
  const toRender = (await stored.viewCount("brief-page")) === 0 && (await stored.viewCount("brief-model")) > 0;
  const writer = toRender ? await openStore(ctx.location).catch(() => null) : null;
  try {
    return await keptBrief(ctx.store, ctx.caseName, writer);
  } finally {
    await writer?.close();
  }
}

/** The brief to --out (saying how many citations it holds) or to standard output. */
function printBrief(flags: BriefFlags, output: string | Buffer, citations: number): number {
  if (flags.out) {
    writeFileSync(flags.out, output);
    console.error(`casefile brief: wrote ${flags.out} (${citations} citations)`);
  } else process.stdout.write(output);
  return 0;
}
