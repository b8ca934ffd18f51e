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
 * Splits `text` at the boundaries of `ranges` ({start, end, className, href?}) and returns the
 * pieces as text nodes, wrapped in <mark>/<a> elements where ranges cover them. Overlapping
 * ranges nest by splitting; the article text itself is only ever a text node.
 */
export function layeredText(text, from, to, ranges) {
  const cuts = new Set([from, to]);
  const inside = [];
  for (const r of ranges) {
    if (r.end <= from || r.start >= to || r.end <= r.start) continue;
    inside.push(r);
    cuts.add(Math.max(from, r.start));
    cuts.add(Math.min(to, r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  inside.sort((a, b) => a.start - b.start);
  const out = [];
  let first = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (first < inside.length && inside[first].end <= a) first++;
    let node = document.createTextNode(text.slice(a, b));
    const covering = [];
    for (let j = first; j < inside.length && inside[j].start <= a; j++)
      if (inside[j].end >= b) covering.push(inside[j]);
    // Innermost first: links inside marks, so a highlighted mention is still a link.
    covering.sort((x, y) => x.end - x.start - (y.end - y.start));
    for (const r of covering) {
      const wrap = r.href
        ? h("a", { href: r.href, class: r.className, title: r.title })
        : h("mark", { class: r.className, title: r.title });
      if (r.id && r.start >= a && r.start < b) wrap.id = r.id;
      wrap.appendChild(node);
      node = wrap;
    }
    out.push(node);
  }
  return out;
}
