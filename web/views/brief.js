// The cited brief, as the server renders it: drawn into the page (its markup parsed, never run:
// DOMParser documents execute no script), with buttons to print it (the browser's "save as PDF")
// and to download it. Each citation opens its sentence highlighted in the document view.
import { get, casePath } from "../api.js";
import { h, on } from "../dom.js";

export async function briefView(route) {
  const name = route.caseName;
  const b = await get(casePath(name, "brief"));
  const parsed = new DOMParser().parseFromString(b.html, "text/html");
  const content = h("article", { class: "brief", id: "brief" });
  for (const part of parsed.body.querySelectorAll("header, main > section"))
    content.appendChild(document.importNode(part, true));
  const print = h("button", { type: "button", class: "button", id: "print-brief" }, "Print or save as PDF");
  on(print, "click", () => window.print());
  const download = (label, type, text, file) =>
    h("a", { class: "button", download: file, href: URL.createObjectURL(new Blob([text], { type })) }, label);
  return h(
    "div",
    { class: "page brief-page" },
    h(
      "div",
      { class: "brief-actions no-print" },
      print,
      download("Download HTML", "text/html", b.html, `brief-${name}.html`),
      download("Download Markdown", "text/markdown", b.markdown, `brief-${name}.md`),
    ),
    content,
  );
}
