// A linear pass over a web page's markup that bounds how deeply its elements nest, before any DOM
// is built. DOM work on a deep tree costs time in proportion to its depth: linkedom's tree
// builder (htmlparser2) shifts its open-element stack on every tag, and its selector queries
// and Readability's text reads walk whole branches, so 100,000 unclosed <div>s (700 KB) took
// minutes. Real article pages nest a few dozen levels deep.
//
// The pass runs htmlparser2's tokenizer (linear) and models the tree builder's stack with the
// same rules (void elements, the tags whose start closes an open <p>, <li>, <td>…), counting open
// elements by name so that a stray end tag costs O(1) instead of a search of the stack. It copies
// the markup through unchanged, except that:
// - a start tag that would open an element deeper than the limit is left out (its text is kept),
//   and so is its end tag;
// - an end tag that closes nothing is left out, and one that closes several elements is written
//   out as one explicit end tag each, as are the closes that a start tag implies;
// - elements still open at the end are closed.
// So the page the DOM builder then reads nests at most `maxDepth` deep, and its tree is the one
// it would have built, cut at that depth.
import { Tokenizer } from "htmlparser2";

/** Deeper than any article page; shallow enough that DOM work stays proportional to the page. */
export const MAX_HTML_DEPTH = 160;

const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content the tokenizer reads as raw text. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

// Which open element (on top of the stack) a start tag closes: HTML's optional end tags, as
// htmlparser2's tree builder applies them.
const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ...[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
  ].map((t) => [t, new Set(P)] as [string, Set<string>]),
  ...["select", "input", "output", "button", "datalist", "textarea"].map(
    (t) => [t, new Set(FORM)] as [string, Set<string>],
  ),
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
]);

export interface NestingResult {
  html: string;
  /** Start tags left out because they would have nested deeper than the limit. */
  dropped: number;
  /** The deepest nesting kept. */
  depth: number;
  /** Whether the page has its own <html> and <body> start tags (a DOM builder needs both). */
  hasHtml: boolean;
  hasBody: boolean;
  /** Characters of text outside scripts and styles (entities not decoded). */
  textChars: number;
}

/** The page with its nesting bounded by `maxDepth`; linear in the page's length. */
export function boundNesting(html: string, maxDepth = MAX_HTML_DEPTH): NestingResult {
  const b = new NestingBounder(html, maxDepth);
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        b.tagName = html.slice(start, end).toLowerCase();
        b.tagStart = start - 1;
      },
      onopentagend(end) {
        b.startTag(end, false);
      },
      onselfclosingtag(end) {
        b.startTag(end, true);
      },
      onclosetag(start, end) {
        b.endTag(start, end);
      },
      ontext(start, end) {
        b.text(start, end);
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return b.finish();
}

const count = (m: Map<string, number>, name: string, by: number) => m.set(name, (m.get(name) ?? 0) + by);

/** The tokenizer's callbacks' state: what is written, what is open, what was left out. */
class NestingBounder {
  private readonly out: string[] = [];
  private cursor = 0; // html[cursor..] is not yet written
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>(); // open elements by name
  private readonly droppedOpen = new Map<string, number>(); // left-out start tags awaiting their end tag
  private dropped = 0;
  private deepest = 0;
  tagName = "";
  tagStart = 0;
  private skipRawText = false; // inside a left-out <script> or <style>: its text goes too
  private hasHtml = false;
  private hasBody = false;
  private textChars = 0;

  constructor(
    private readonly html: string,
    private readonly maxDepth: number,
  ) {}

  private copyTo(i: number): void {
    if (i > this.cursor) this.out.push(this.html.slice(this.cursor, i));
    this.cursor = Math.max(this.cursor, i);
  }

  private skipTo(i: number): void {
    this.cursor = Math.max(this.cursor, i);
  }

  private pop(): void {
    const name = this.stack.pop() as string;
    count(this.open, name, -1);
    this.out.push(`</${name}>`);
  }

  private top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  startTag(end: number, selfClosing: boolean): void {
    const name = this.tagName;
    if (name === "html") this.hasHtml = true;
    else if (name === "body") this.hasBody = true;
    const implied = IMPLIES_CLOSE.get(name);
    if (implied && this.stack.length && implied.has(this.top()!)) {
      this.copyTo(this.tagStart);
      while (this.stack.length && implied.has(this.top()!)) this.pop();
    }
    if (VOID.has(name)) return;
    if (this.stack.length >= this.maxDepth) {
      this.copyTo(this.tagStart);
      this.skipTo(end + 1);
      this.dropped++;
      if (!selfClosing) count(this.droppedOpen, name, 1);
      if (RAW_TEXT.has(name) && !selfClosing) this.skipRawText = true;
      return;
    }
    if (selfClosing) {
      // The tree builder may keep `<div/>` open; say where it ends.
      this.copyTo(end + 1);
      this.out.push(`</${name}>`);
      return;
    }
    this.stack.push(name);
    count(this.open, name, 1);
    this.deepest = Math.max(this.deepest, this.stack.length);
  }

  endTag(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    // `end` is the end of the name; the tag runs to its `>` (or the end of the page)
    const gt = this.html.indexOf(">", end);
    this.copyTo(start - 2);
    this.skipTo(gt < 0 ? this.html.length : gt + 1);
    this.skipRawText = false;
    if ((this.droppedOpen.get(name) ?? 0) > 0) {
      count(this.droppedOpen, name, -1);
      return;
    }
    if ((this.open.get(name) ?? 0) === 0) return; // closes nothing
    while (this.stack.length && this.top() !== name) this.pop();
    this.pop();
  }

  text(start: number, end: number): void {
    if (this.skipRawText) {
      this.copyTo(start);
      this.skipTo(end);
    } else if (!this.stack.length || !RAW_TEXT.has(this.top()!)) this.textChars += end - start;
  }

  finish(): NestingResult {
    this.copyTo(this.html.length);
    while (this.stack.length) this.pop();
    const { dropped, deepest, hasHtml, hasBody, textChars } = this;
    return { html: this.out.join(""), dropped, depth: deepest, hasHtml, hasBody, textChars };
  }
}
