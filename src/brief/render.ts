// The brief as Markdown and as one self-contained HTML page (inline style, no script). In the
// HTML every citation is a link: to the web UI's document view with the cited words highlighted
// when the brief knows where the UI is (`appUrl`), else to the brief's own list of sources, where
// the cited sentence is printed with those words marked.
import type { Brief, BriefGroup, BriefLine, Citation } from "./model.js";
import { humanDate } from "./model.js";

export interface RenderOptions {
  /** Where the web UI is ("/" when the brief is served by it): citations then open the document view. */
  appUrl?: string | null;
}

const SECTIONS = {
  summary: "The case in one paragraph",
  people: "Who is who",
  milestones: "Milestones",
  accounts: "Accounts",
  sideBySide: "Accounts side by side",
  disagreements: "Where the sources disagree",
  sources: "Sources",
} as const;

/** "The Telegraph, 17 September 2025" */
function credit(c: Citation): string {
  return `${c.outlet}, ${c.published ? humanDate(c.published) : "undated"}`;
}

/** The document view's address with the cited words highlighted. */
export function documentLink(appUrl: string, caseName: string, c: Citation): string {
  const base = appUrl.endsWith("/") ? appUrl : appUrl + "/";
  return `${base}#/case/${encodeURIComponent(caseName)}/document/${encodeURIComponent(c.document)}?hl=${c.start}-${c.end}`;
}

// ---- Markdown

function mdLine(l: BriefLine): string {
  return `${l.text} ${l.cites.map((c) => `[^${c.n}]`).join("")}`;
}

function mdGroups(groups: BriefGroup[]): string[] {
  return groups.flatMap((g) => [
    `### ${g.title}`,
    "",
    ...(g.note ? [`*${g.note}*`, ""] : []),
    ...g.lines.map((l) => `- ${mdLine(l)}`),
    "",
  ]);
}

export function renderMarkdown(b: Brief, options: RenderOptions = {}): string {
  const out: string[] = [
    `# Brief: ${b.caseName}`,
    "",
    `From ${b.documents} article${b.documents === 1 ? "" : "s"}. Every line cites the sentence it rests on.`,
    "",
  ];
  out.push(`## ${SECTIONS.summary}`, "", b.summary.map(mdLine).join(" "), "");
  out.push(`## ${SECTIONS.people}`, "", ...b.people.map((l) => `- ${mdLine(l)}`), "");
  out.push(
    `## ${SECTIONS.milestones}`,
    "",
    ...(b.milestones.length ? b.milestones.map((l) => `- ${mdLine(l)}`) : ["(none)"]),
    "",
  );
  out.push(`## ${SECTIONS.accounts}`, "", ...mdGroups(b.accounts));
  if (b.sideBySide.length) out.push(`## ${SECTIONS.sideBySide}`, "", ...mdGroups(b.sideBySide));
  out.push(
    `## ${SECTIONS.disagreements}`,
    "",
    ...(b.disagreements.length ? b.disagreements.map((l) => `- ${mdLine(l)}`) : ["(none found)"]),
    "",
  );
  out.push(`## ${SECTIONS.sources}`, "");
  for (const c of b.citations) {
    const where = [c.url, options.appUrl ? documentLink(options.appUrl, b.caseName, c) : null]
      .filter(Boolean)
      .join(" · ");
    const sentence = c.sentence.text.replace(/\s+/g, " ");
    out.push(`[^${c.n}]: ${credit(c)}${where ? ` (${where})` : ""}, ${c.document}@${c.start}: “${sentence}”`);
  }
  return out.join("\n") + "\n";
}

// ---- HTML

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );

const STYLE = `
body{font:11pt/1.5 Georgia,"Times New Roman",serif;color:#1a1a1a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:1.6rem}
h3{font-size:1rem;margin:1rem 0 .3rem}p.meta{color:#444;margin-top:0}
ul{padding-left:1.2rem}li{margin:.25rem 0}
sup a{text-decoration:none;color:#0645ad;padding:0 .1rem}
ol.sources{font-size:.9rem;color:#222}ol.sources li:target{background:#fff3b0}
mark{background:#ffe066;color:#000}
.note{color:#444;font-style:italic;margin:0 0 .3rem}
@media print{body{margin:0;max-width:none}a{color:#000}h2{break-after:avoid}li{break-inside:avoid}}
`;

/**
 * Each brief's citations by number, made once per brief: made for every line, it cost the lines
 * times the citations (83 s for a 2,000-article case's 16,633 citations).
 */
const citationsByN = new WeakMap<Brief, Map<number, Citation>>();

function htmlLine(l: BriefLine, b: Brief, options: RenderOptions): string {
  let byN = citationsByN.get(b);
  if (!byN) citationsByN.set(b, (byN = new Map(b.citations.map((c) => [c.n, c]))));
  const sups = l.cites
    .map((c) => {
      const cited = byN.get(c.n) as Citation;
      const href = options.appUrl ? documentLink(options.appUrl, b.caseName, cited) : `#cite-${c.n}`;
      const label = `source ${c.n}: ${credit(cited)}`;
      return `<sup><a href="${escapeHtml(href)}" class="cite" data-cite="${c.n}" aria-label="${escapeHtml(label)}">[${c.n}]</a></sup>`;
    })
    .join("");
  return `${escapeHtml(l.text)}${sups}`;
}

function htmlList(lines: BriefLine[], b: Brief, o: RenderOptions, empty: string): string {
  if (!lines.length) return `<p>${escapeHtml(empty)}</p>`;
  return `<ul>${lines.map((l) => `<li>${htmlLine(l, b, o)}</li>`).join("")}</ul>`;
}

function htmlGroups(groups: BriefGroup[], b: Brief, o: RenderOptions): string {
  return groups
    .map(
      (g) =>
        `<h3>${escapeHtml(g.title)}</h3>${g.note ? `<p class="note">${escapeHtml(g.note)}</p>` : ""}${htmlList(g.lines, b, o, "")}`,
    )
    .join("");
}

function htmlSource(c: Citation, b: Brief, o: RenderOptions): string {
  const s = c.sentence;
  const before = s.text.slice(0, c.start - s.start);
  const words = s.text.slice(c.start - s.start, c.end - s.start);
  const after = s.text.slice(c.end - s.start);
  const links = [
    c.url ? `<a href="${escapeHtml(c.url)}" rel="noopener noreferrer">original article</a>` : null,
    o.appUrl ? `<a href="${escapeHtml(documentLink(o.appUrl, b.caseName, c))}">the sentence in Casefile</a>` : null,
  ].filter(Boolean);
  return (
    `<li id="cite-${c.n}">${escapeHtml(credit(c))} (${escapeHtml(c.document)}, characters ${c.start}–${c.end})` +
    `${links.length ? ` · ${links.join(" · ")}` : ""}<br>` +
    `“${escapeHtml(before)}<mark>${escapeHtml(words)}</mark>${escapeHtml(after)}”</li>`
  );
}

export function renderHtml(b: Brief, options: RenderOptions = {}): string {
  const o = options;
  const title = `Brief: ${b.caseName}`;
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">From ${b.documents} article${b.documents === 1 ? "" : "s"}. Every line cites the sentence it rests on: follow a number to read it.</p></header>`,
    `<main>`,
    `<section aria-labelledby="s-summary"><h2 id="s-summary">${SECTIONS.summary}</h2><p>${b.summary.map((l) => htmlLine(l, b, o)).join(" ")}</p></section>`,
    `<section aria-labelledby="s-people"><h2 id="s-people">${SECTIONS.people}</h2>${htmlList(b.people, b, o, "No person named.")}</section>`,
    `<section aria-labelledby="s-milestones"><h2 id="s-milestones">${SECTIONS.milestones}</h2>${htmlList(b.milestones, b, o, "No dated milestone.")}</section>`,
    `<section aria-labelledby="s-accounts"><h2 id="s-accounts">${SECTIONS.accounts}</h2>${htmlGroups(b.accounts, b, o)}</section>`,
    b.sideBySide.length
      ? `<section aria-labelledby="s-side"><h2 id="s-side">${SECTIONS.sideBySide}</h2>${htmlGroups(b.sideBySide, b, o)}</section>`
      : "",
    `<section aria-labelledby="s-disagree"><h2 id="s-disagree">${SECTIONS.disagreements}</h2>${htmlList(b.disagreements, b, o, "The sources agree on every date, age, place and status compared.")}</section>`,
    `<section aria-labelledby="s-sources"><h2 id="s-sources">${SECTIONS.sources}</h2><ol class="sources">${b.citations.map((c) => htmlSource(c, b, o)).join("")}</ol></section>`,
    `</main>`,
  ].join("\n");
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}
