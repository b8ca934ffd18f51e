// The cited brief: ./model.ts decides what it says and what each line rests on; ./render.ts
// writes it as Markdown or HTML; ./pdf.ts prints the HTML with Chromium.
export { BRIEF_SUBJECTS, buildBrief, type Brief, type BriefLine, type Citation, type Texts } from "./model.js";
export { documentLink, renderHtml, renderMarkdown, type RenderOptions } from "./render.js";
export { chromiumPath, htmlToPdf, PdfUnavailableError } from "./pdf.js";
