// Writes the format fixtures of test/fixtures/formats (committed; see the README there): a
// three-page PDF with a running header and page footers, a DOCX, an .eml with a PDF attachment,
// an .mbox of three messages and an .mhtml saved page, plus the bad files (a truncated PDF, an
// encrypted PDF, a ZIP renamed .docx, an e-mail whose MIME boundary is broken). All text is
// invented. Needs the devDependency pdf-lib; the encrypted PDF needs Debian's qpdf.
//   npm run build && node dist/scripts/make-format-fixtures.js
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { projectPath } from "../src/core/paths.js";
import { isMain } from "./lib/main.js";

export const FIXTURES = projectPath("test", "fixtures", "formats");

/** The ruling's pages: paragraphs of body text (the header and footer are added on each page). */
export const RULING_PAGES: string[][] = [
  [
    "Margaret Hale, the former finance director of the Harbour Trust, was charged with fraud by abuse of position after an audit found that 2.4 million pounds had been moved to accounts she controlled.",
    "The prosecution case is that the transfers were made over four years and were hidden in the accounts as payments to suppliers that did not exist.",
  ],
  [
    "The defence accepts that the money was moved but says that Ms Hale acted on the instructions of the board, and that the board approved each payment at its monthly meeting.",
    "The minutes of those meetings were produced at trial. None of them records any approval of the payments in question.",
  ],
  [
    'Giving evidence, the Trust\'s chairman, David Okafor, said: "The board never saw these payments and never approved them."',
    "For these reasons the appeal is dismissed and the conviction stands.",
  ],
];
export const RULING_HEADER = "In the Court of Appeal - R v Hale [2024] EWCA Crim 117";
export const RULING_TITLE = "Judgment in R v Hale";

export async function pdf(
  pages: string[][],
  options: { title: string; header?: string; created: Date },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(options.title);
  doc.setCreationDate(options.created);
  doc.setModificationDate(options.created);
  doc.setProducer("casefile make-format-fixtures");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 11;
  const width = 595 - 144;
  pages.forEach((paragraphs, i) => {
    const page = doc.addPage([595, 842]);
    if (options.header) page.drawText(options.header, { x: 72, y: 800, size: 9, font });
    let y = 760;
    for (const paragraph of paragraphs) {
      let line = "";
      const flush = () => {
        page.drawText(line, { x: 72, y, size, font });
        y -= 15;
        line = "";
      };
      for (const word of paragraph.split(" ")) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) > width) {
          flush();
          line = word;
        } else line = next;
      }
      if (line) flush();
      y -= 12; // the gap between paragraphs
    }
    if (options.header) page.drawText(`Page ${i + 1} of ${pages.length}`, { x: 270, y: 40, size: 9, font });
  });
  return doc.save({ useObjectStreams: false });
}

/** A minimal Word document: the paragraphs, and the title and creation date in the core properties. */
async function docx(paragraphs: string[], title: string, created: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
      .join("")}</w:body></w:document>`,
  );
  zip.file(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>Harbour Trust press office</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export const STATEMENT = [
  "The Harbour Trust welcomes the decision of the Court of Appeal.",
  'Its chief executive, Laura Finch, said: "Today\'s ruling closes a painful chapter for everyone who works at the port."',
  "The Trust has since changed how payments are approved, and every payment above 10,000 pounds now needs two signatures.",
];

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");
}

function message(
  from: string,
  subject: string,
  date: string,
  body: string,
  id: string,
  attachment?: { name: string; bytes: Uint8Array },
): string {
  const head = [
    `From: ${from}`,
    "To: newsdesk@ledger.example",
    `Subject: ${subject}`,
    `Date: ${date}`,
    `Message-ID: <${id}>`,
    "MIME-Version: 1.0",
  ];
  if (!attachment) return [...head, 'Content-Type: text/plain; charset="utf-8"', "", body, ""].join("\r\n");
  const b = "=_casefile_boundary_1";
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${b}"`,
    "",
    `--${b}`,
    'Content-Type: text/plain; charset="utf-8"',
    "",
    body,
    `--${b}`,
    `Content-Type: application/pdf; name="${attachment.name}"`,
    `Content-Disposition: attachment; filename="${attachment.name}"`,
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(attachment.bytes),
    `--${b}--`,
    "",
  ].join("\r\n");
}

export const LETTER = [
  "Dear Editor,",
  "I write on behalf of the Harbour Trust about your report of 21 June.",
  'Your report said the board "approved every payment". That is not correct, and the Court of Appeal has said so.',
];

export const MBOX_MESSAGES = [
  {
    from: "Press Office <press@harbourtrust.example>",
    subject: "Statement on the audit",
    date: "Mon, 03 Jun 2024 09:00:00 +0100",
    body: 'The Harbour Trust has received the auditors\' report. Its chairman, David Okafor, said: "We will publish the report in full."',
  },
  {
    from: "Nadia Brooks <nbrooks@brookslaw.example>",
    subject: "From the defence",
    date: "Tue, 04 Jun 2024 14:30:00 +0100",
    body: "From our point of view the audit says nothing new.\n\nMs Hale will answer every allegation in court, Nadia Brooks said in a statement.",
  },
  {
    from: "Lancashire Police <media@police.example>",
    subject: "Update on the investigation",
    date: "Wed, 05 Jun 2024 17:45:00 +0100",
    body: 'Detective Inspector Owen Price said: "Our inquiries into the Harbour Trust are continuing."',
  },
];

export const MHTML_PARAGRAPHS = [
  "Preston Crown Court will hear the case of Margaret Hale in January, a court official said on Friday.",
  'Her lawyer, Nadia Brooks, said: "My client looks forward to clearing her name."',
  "The trial is expected to last three weeks.",
];

function mhtml(): string {
  const b = "----MultipartBoundary--casefile";
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hale trial set for January</title>
<meta property="og:site_name" content="Lakeside Courier"><meta property="article:published_time" content="2024-06-28T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Hale trial set for January</h1>${MHTML_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer>Subscribe to the Courier for 1 pound a week</footer></body></html>`;
  // quoted-printable as browsers write it: '=' escaped, lines at most 76 characters with soft breaks
  const qp = html
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let chunk = "";
      for (const ch of line) {
        const enc = ch === "=" ? "=3D" : ch;
        if (chunk.length + enc.length > 72) {
          out.push(chunk + "=");
          chunk = "";
        }
        chunk += enc;
      }
      out.push(chunk);
      return out.join("\r\n");
    })
    .join("\r\n");
  return [
    "From: <Saved by Blink>",
    "Snapshot-Content-Location: https://courier.example/news/hale-trial-date",
    "Subject: Hale trial set for January",
    "Date: Fri, 28 Jun 2024 09:12:00 +0100",
    "MIME-Version: 1.0",
    `Content-Type: multipart/related; type="text/html"; boundary="${b}"`,
    "",
    `--${b}`,
    "Content-Type: text/html",
    "Content-ID: <frame-1@mhtml.blink>",
    "Content-Transfer-Encoding: quoted-printable",
    "Content-Location: https://courier.example/news/hale-trial-date",
    "",
    qp,
    `--${b}`,
    "Content-Type: image/png",
    "Content-Transfer-Encoding: base64",
    "Content-Location: https://courier.example/logo.png",
    "",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    `--${b}--`,
    "",
  ].join("\r\n");
}

export async function makeFixtures(dir = FIXTURES): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const ruling = await pdf(RULING_PAGES, {
    title: RULING_TITLE,
    header: RULING_HEADER,
    created: new Date("2024-06-20T10:00:00Z"),
  });
  writeFileSync(join(dir, "ruling.pdf"), ruling);
  writeFileSync(
    join(dir, "statement.docx"),
    await docx(STATEMENT, "Statement on the appeal ruling", "2024-06-21T08:30:00Z"),
  );
  const letter = await pdf([LETTER], { title: "Letter to the editor", created: new Date("2024-06-22T09:00:00Z") });
  writeFileSync(
    join(dir, "letter.eml"),
    message(
      "Laura Finch <lfinch@harbourtrust.example>",
      "Correction request: your report of 21 June",
      "Sat, 22 Jun 2024 10:15:00 +0100",
      "Please find our letter attached. Laura Finch, chief executive of the Harbour Trust, said the report must be corrected.",
      "letter-1@harbourtrust.example",
      { name: "letter.pdf", bytes: letter },
    ),
  );
  writeFileSync(
    join(dir, "newsroom.mbox"),
    MBOX_MESSAGES.map(
      (m, i) =>
        `From MAILER-DAEMON Mon Jun  3 09:00:0${i} 2024\n` +
        message(m.from, m.subject, m.date, m.body, `m${i + 1}@example`)
          .replace(/\r\n/g, "\n")
          .replace(/^From /gm, ">From "),
    ).join("\n"),
  );
  writeFileSync(join(dir, "hale-trial.mhtml"), mhtml());

  // Bad files
  writeFileSync(join(dir, "bad-truncated.pdf"), ruling.slice(0, Math.floor(ruling.length / 2)));
  const zip = new JSZip();
  zip.file("notes.txt", "This is a ZIP archive with a text file in it, not a Word document.");
  writeFileSync(join(dir, "bad-renamed-zip.docx"), await zip.generateAsync({ type: "uint8array" }));
  writeFileSync(
    join(dir, "bad-boundary.eml"),
    [
      "From: Someone <someone@example.org>",
      "Subject: Broken message",
      "Date: Sat, 22 Jun 2024 10:15:00 +0100",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="expected-boundary"',
      "",
      "--another-boundary",
      "Content-Type: text/plain",
      "",
      "The body sits behind a boundary that the header never names.",
      "--another-boundary--",
      "",
    ].join("\r\n"),
  );
  try {
    execFileSync("qpdf", [
      "--encrypt",
      "user-secret",
      "owner-secret",
      "256",
      "--",
      join(dir, "ruling.pdf"),
      join(dir, "bad-encrypted.pdf"),
    ]);
  } catch (e) {
    console.error(`bad-encrypted.pdf not written: qpdf failed or is missing (${(e as Error).message.split("\n")[0]})`);
  }
}

if (isMain(import.meta.url)) await makeFixtures();
