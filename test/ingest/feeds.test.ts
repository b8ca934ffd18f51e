import { test } from "node:test";
import assert from "node:assert/strict";
import { feedDate, parseFeed } from "../../src/ingest/feeds.js";
import { InputError } from "../../src/ingest/input.js";

const BODY =
  "<p>Two directors of a haulage firm were charged on Friday with conspiring to evade excise duty on more than two million cigarettes.</p>" +
  "<p>Officers from the revenue service said the cigarettes had been hidden behind pallets of frozen vegetables.</p>";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>The Valley Echo &amp; Post</title>
    <link>https://valleyecho.example/</link>
    <item>
      <title>Haulage directors charged over cigarette smuggling</title>
      <link>https://valleyecho.example/news/2024/haulage-directors-charged.html</link>
      <guid isPermaLink="false">ve-1001</guid>
      <pubDate>Fri, 08 Mar 2024 23:30:00 -0500</pubDate>
      <description>Short teaser only.</description>
      <content:encoded><![CDATA[${BODY}<script>alert("x")</script>]]></content:encoded>
    </item>
    <item>
      <title>Council approves budget</title>
      <link>https://valleyecho.example/news/2024/council-budget</link>
      <pubDate>Sat, 9 Mar 2024 09:00:00 GMT</pubDate>
      <description>&lt;p&gt;The council approved its budget for 2024 after a four-hour meeting on Friday night, with the opposition voting against.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Empty item</title>
      <link>https://valleyecho.example/news/2024/empty</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Coastline Herald</title>
  <entry>
    <title>Harbour master suspended</title>
    <link rel="self" href="https://coastline.example/api/entries/77"/>
    <link rel="alternate" type="text/html" href="https://coastline.example/stories/harbour-master-suspended"/>
    <id>tag:coastline.example,2025:77</id>
    <published>2025-01-31T22:15:00+11:00</published>
    <updated>2025-02-01T08:00:00Z</updated>
    <content type="html">&lt;p&gt;The harbour master of Port Ellis has been suspended while an inquiry examines how a cargo ship ran aground in January.&lt;/p&gt;</content>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
  <item rdf:about="https://old.example/a1">
    <title>Mayor resigns</title>
    <link>https://old.example/a1</link>
    <dc:date>2019-07-04</dc:date>
    <description>The mayor of Eastbridge resigned on Wednesday after a report criticised the handling of a housing contract.</description>
  </item>
</rdf:RDF>`;

test("an RSS 2.0 feed gives one document per item, with outlet, link, date and article text", () => {
  const { documents, errors } = parseFeed(RSS, "valley.rss", "valley");
  assert.equal(documents.length, 2);
  const [first, second] = documents;
  assert.equal(first.outlet, "The Valley Echo & Post");
  assert.equal(first.title, "Haulage directors charged over cigarette smuggling");
  assert.equal(first.source, "https://valleyecho.example/news/2024/haulage-directors-charged.html");
  assert.equal(first.id, "haulage-directors-charged");
  // the date as written in the feed, not shifted to UTC
  assert.equal(first.published, "2024-03-08");
  // the full content is preferred to the teaser; markup and scripts never reach the text
  assert.match(first.text, /^Two directors of a haulage firm/);
  assert.match(first.text, /frozen vegetables\.$/);
  assert.ok(!first.text.includes("alert"));
  assert.ok(first.text.includes("\n\n"), "paragraphs stay apart");
  assert.equal(second.published, "2024-03-09");
  assert.match(second.text, /^The council approved its budget/);
  assert.equal(errors.length, 1);
  assert.ok(errors[0] instanceof InputError);
  assert.match(errors[0].message, /^valley\.rss item 3 \("Empty item"\): has no text; nothing to ingest$/);
});

test("an Atom feed uses the alternate link and the entry's own date", () => {
  const { documents, errors } = parseFeed(ATOM, "coast.atom", "coast");
  assert.deepEqual(errors, []);
  assert.equal(documents.length, 1);
  assert.equal(documents[0].source, "https://coastline.example/stories/harbour-master-suspended");
  assert.equal(documents[0].outlet, "Coastline Herald");
  assert.equal(documents[0].published, "2025-01-31");
  assert.match(documents[0].text, /^The harbour master of Port Ellis/);
});

test("an RSS 1.0 (RDF) feed is read too", () => {
  const { documents } = parseFeed(RDF, "old.xml", "old");
  assert.equal(documents.length, 1);
  assert.equal(documents[0].outlet, "Old Wire");
  assert.equal(documents[0].published, "2019-07-04");
  assert.equal(documents[0].id, "a1");
});

test("a file that is not XML, broken XML and XML that is not a feed each give one clear error", () => {
  assert.throws(
    () => parseFeed("Just some notes about the case.", "notes.xml", "notes"),
    (e: unknown) =>
      e instanceof InputError && e.message === "notes.xml: is not XML; a feed file must be an RSS or Atom document",
  );
  assert.throws(
    () => parseFeed("<rss><channel><item><title>x</channel></rss>", "broken.rss", "broken"),
    (e: unknown) => e instanceof InputError && /^broken\.rss: is not well-formed XML \(line 1: /.test(e.message),
  );
  assert.throws(
    () => parseFeed('<?xml version="1.0"?><invoice><total>12</total></invoice>', "invoice.xml", "invoice"),
    (e: unknown) => e instanceof InputError && /is XML but not an RSS or Atom feed/.test(e.message),
  );
  assert.throws(
    () => parseFeed("<rss><channel><title>Quiet</title></channel></rss>", "quiet.rss", "quiet"),
    (e: unknown) => e instanceof InputError && /no items/.test(e.message),
  );
});

test("items without links get ids from the feed name; repeated slugs stay unique", () => {
  const feed = `<rss><channel><title>T</title>
    <item><description>The first story is long enough to be an article about a court case in the town.</description></item>
    <item><link>https://t.example/news/index.html</link><description>The second story is also about the court case and its witnesses.</description></item>
    <item><link>https://t.example/sport/index.html</link><description>The third story is about the football club and its new stadium plans.</description></item>
  </channel></rss>`;
  const ids = parseFeed(feed, "t.xml", "t").documents.map((d) => d.id);
  assert.deepEqual(ids, ["t-1", "index", "index-3"]);
});

test("feed dates are read as the calendar day written", () => {
  assert.equal(feedDate("Tue, 10 Jun 2025 23:30:00 -0400"), "2025-06-10");
  assert.equal(feedDate("2024-02-29T10:00:00Z"), "2024-02-29");
  assert.equal(feedDate("2023-02-30"), null);
  assert.equal(feedDate("31 September 2024"), null);
  assert.equal(feedDate("yesterday"), null);
  assert.equal(feedDate(""), null);
});

test("hostile feed text does not throw anything but an InputError", () => {
  const inputs = [
    "<".repeat(5000),
    "<rss>" + "<item>".repeat(2000),
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><description>&b;&b;</description></item></channel></rss>',
    "\u0000\uFFFF<rss/>",
  ];
  for (const raw of inputs) {
    try {
      parseFeed(raw, "hostile.xml", "hostile");
    } catch (e) {
      assert.ok(e instanceof InputError, String(e));
    }
  }
});
