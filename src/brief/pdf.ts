// The brief as PDF, printed by a real renderer: headless Chromium's print (through playwright-core),
// the engine the browser tests already drive. Chromium is found at $CASEFILE_CHROMIUM or Debian's
// /usr/bin/chromium; without it the command stops with one line saying what to install. No PDF
// syntax is written here.
import { existsSync } from "node:fs";

export class PdfUnavailableError extends Error {}

/** $CASEFILE_CHROMIUM when set (and only it), else Debian's or Ubuntu's Chromium, if installed. */
export function chromiumPath(): string | null {
  const chosen = process.env.CASEFILE_CHROMIUM;
  const candidates = chosen ? [chosen] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Prints the HTML to an A4 PDF. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new PdfUnavailableError(
      `no Chromium to print the PDF with${process.env.CASEFILE_CHROMIUM ? ` at ${process.env.CASEFILE_CHROMIUM}` : ""}: install it (apt-get install chromium) or set CASEFILE_CHROMIUM to its path; --format html gives a page any browser can print`,
    );
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="font-size:8pt;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
