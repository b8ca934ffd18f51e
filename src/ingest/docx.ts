// Text from a Word document (.docx) through mammoth, which reads the document's paragraphs as
// Word stores them; one blank line between paragraphs. The title and date come from the core
// properties (docProps/core.xml), read with JSZip, the ZIP reader mammoth itself uses.
import type { DocumentOrigin } from "../store/types.js";
import { type InputDocument, InputError } from "./input.js";

export async function readDocx(bytes: Buffer, id: string, name: string, file: string): Promise<InputDocument> {
  const [{ default: mammoth }, { default: JSZip }] = await Promise.all([import("mammoth"), import("jszip")]);
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new InputError(name, "is not a Word (.docx) file: it is not a ZIP package; save it from Word as .docx");
  }
  if (!zip.file("word/document.xml"))
    throw new InputError(name, "is a ZIP archive but not a Word document (it has no word/document.xml)");
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch (e) {
    throw new InputError(name, `is a damaged Word document (${(e as Error).message.split("\n")[0]})`);
  }
  const text = raw
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
  if (!text) throw new InputError(name, "is a Word document with no text; nothing to extract");
  const core = await zip.file("docProps/core.xml")?.async("string");
  const field = (tag: string) => {
    const m = core ? new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(core) : null;
    return m ? decodeXml(m[1]).trim() || null : null;
  };
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(field("dcterms:created") ?? field("dcterms:modified") ?? "");
  const origin: DocumentOrigin = { file, format: "docx", part: null };
  return { id, source: null, outlet: null, published: day ? day[1] : null, title: field("dc:title"), text, origin };
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(+n))
    .replace(/&amp;/g, "&");
}
