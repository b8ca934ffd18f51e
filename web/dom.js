// Building the page. Everything that came from an article or from the API goes into the page as
// text nodes: `h()` never parses markup, and refuses event-handler attributes and javascript:
// links, so a document holding `<script>` or `onerror=` shows those characters and nothing runs.

const UNSAFE_ATTR = /^on/i;

/** h("a", { href: "#/x", class: "link" }, "text", child, [more]) → an element. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (UNSAFE_ATTR.test(key) || key === "innerHTML" || key === "outerHTML" || key === "srcdoc") {
        throw new Error(`h(): attribute ${key} is not allowed`);
      }
      if (key === "dataset") {
        for (const [k, v] of Object.entries(value)) el.dataset[k] = String(v);
      } else if (key === "href") {
        el.setAttribute("href", safeHref(String(value)));
      } else if (key === "onclick" || key === "on") {
        // unreachable: rejected above; listeners are added with on()
      } else {
        el.setAttribute(key, value === true ? "" : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

/** Only in-page routes, same-site paths and http(s) links; anything else becomes inert. */
export function safeHref(href) {
  if (href.startsWith("#") || href.startsWith("/")) return href;
  try {
    const url = new URL(href);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // not a URL
  }
  return "#";
}

export function on(el, type, listener) {
  el.addEventListener(type, listener);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function plural(n, one, many = one + "s") {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2023-04-12" → "12 Apr 2023"; "2023-04" → "Apr 2023"; "2023" stays. */
export function formatDate(iso) {
  if (!iso) return "undated";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1];
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function humanize(word) {
  const s = String(word ?? "").replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The characters `text[from, to)` as text nodes, wrapped in elements where `layers` cover them.
 * `layers` go from outermost to innermost (e.g. [sentences, quotes, mentions]); each holds
 * ranges {start, end, className, href?, title?, id?} that do not overlap one another (any that
 * do are clipped). An outer range stays one element and inner ones nest inside it; the article
 * text itself only ever becomes text nodes.
 */
export function layeredText(text, from, to, layers) {
  if (!layers.length) return [document.createTextNode(text.slice(from, to))];
  const [outer, ...inner] = layers;
  const out = [];
  let at = from;
  const ranges = outer.filter((r) => r.end > from && r.start < to && r.end > r.start).sort((a, b) => a.start - b.start);
  for (const r of ranges) {
    const start = Math.max(at, r.start);
    const end = Math.min(to, r.end);
    if (end <= start) continue;
    if (start > at) out.push(...layeredText(text, at, start, inner));
    const wrap = r.href
      ? h("a", { href: r.href, class: r.className, title: r.title })
      : h("mark", { class: r.className, title: r.title });
    if (r.id && r.start >= from) wrap.id = r.id;
    append(wrap, layeredText(text, start, end, inner));
    out.push(wrap);
    at = end;
  }
  if (at < to) out.push(...layeredText(text, at, to, inner));
  return out;
}
