import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlToArticle, NoArticleError } from "../../src/ingest/html.js";

const PAGE = `<!doctype html><html><head><title>Port inspector jailed | Tidewater News</title>
<meta property="og:site_name" content="Tidewater News">
<meta property="article:published_time" content="2024-11-19T16:20:00+00:00">
<link rel="canonical" href="https://tidewater.example/crime/port-inspector-jailed">
<script>window.analytics = { track() {} };</script><style>p { color: red }</style></head>
<body><header><nav><a href="/">Home</a><a href="/crime">Crime</a></nav></header>
<main><article>
<h1>Port inspector jailed for taking bribes</h1>
<p>A former port inspector who waved through containers in exchange for cash has been jailed for six years at Southwark Crown Court.</p>
<p>Graham Tolley, 52, admitted accepting more than 90,000 pounds from a freight agent between 2019 and 2022, the court heard on Tuesday.</p>
<p>"He betrayed the trust placed in him by the public," the judge said as she passed sentence.</p>
</article></main>
<aside>Most read: Council tax to rise</aside>
<footer>Sign up to our newsletter. Cookie settings.</footer></body></html>`;

test("an article page gives its text in paragraphs, without scripts, navigation or footer", () => {
  const a = htmlToArticle(PAGE);
  assert.equal(a.outlet, "Tidewater News");
  assert.equal(a.published, "2024-11-19");
  assert.equal(a.url, "https://tidewater.example/crime/port-inspector-jailed");
  const paragraphs = a.text.split("\n\n");
  assert.ok(paragraphs.some((p) => p.startsWith("A former port inspector")));
  assert.ok(paragraphs.some((p) => p.startsWith('"He betrayed the trust')));
  for (const furniture of ["analytics", "color: red", "Home", "newsletter", "Most read"])
    assert.ok(!a.text.includes(furniture), furniture);
});

test("deeply nested markup is read in linear time without overflowing the stack", () => {
  const depth = 20000;
  const html = `<html><body>${"<div>".repeat(depth)}<p>The hearing was adjourned until March.</p>${"</div>".repeat(depth)}</body></html>`;
  const a = htmlToArticle(html);
  assert.equal(a.text, "The hearing was adjourned until March.");
});

test("a page with only scripts and navigation has no article text", () => {
  assert.throws(
    () =>
      htmlToArticle("<html><head><script>var a=1</script></head><body><nav><a href='/'>Home</a></nav></body></html>"),
    NoArticleError,
  );
});
