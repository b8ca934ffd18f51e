// The HTTP API over real HTTP on loopback, against a real SQLite store holding three reports of
// one case: answers, filters, provenance offsets, and the clear 4xx answers for bad requests.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { buildCase } from "../../src/casefile/index.js";
import { createServer, startServer, type RunningServer } from "../../src/server/index.js";
import { apiRoutes } from "../../src/server/routes/index.js";
import { ENTITY_FIRST_SOURCES, ENTITY_LIST_LIMIT, entityOnPage, eventOnPage } from "../../src/server/queries.js";
import type { CaseEntity, TimelineEntry } from "../../src/casefile/types.js";
import { ARTICLES, CASE, addArticles, tempStore, type TempStore } from "./fixtures.js";

let temp: TempStore;
let server: RunningServer;
let base: string;

// The answers are checked field by field below, so their JSON is left untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function getJson(path: string, init?: RequestInit): Promise<{ status: number; body: any }> {
  const res = await fetch(base + path, init);
  const type = res.headers.get("content-type") ?? "";
  assert.match(type, /application\/json/, `${path} answers JSON`);
  return { status: res.status, body: await res.json() };
}

function post(path: string, body: string, contentType = "application/json") {
  return getJson(path, { method: "POST", headers: { "content-type": contentType }, body });
}

/** A raw request, for headers fetch will not let us set (Host). */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(base + path);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on("error", reject);
    req.end();
  });
}

before(async () => {
  temp = await tempStore();
  await addArticles(temp.store, CASE, ARTICLES);
  server = await startServer({ store: temp.store, port: 0, caseName: CASE });
  base = server.origin;
});

after(async () => {
  await server.close();
  await temp.cleanup();
});

describe("reading a case", async () => {
  test("lists the cases and prints a URL that opens this one", async () => {
    const { status, body } = await getJson("/api/cases");
    assert.equal(status, 200);
    assert.deepEqual(
      body.map((c: { name: string; documents: number; otherBuild: number; note: string | null }) => [
        c.name,
        c.documents,
        c.otherBuild,
        c.note,
      ]),
      [[CASE, 3, 0, null]],
      "each case says how many of its articles another build extracted (none here)",
    );
    assert.match(server.url, new RegExp(`^http://127\\.0\\.0\\.1:\\d+/#/case/${CASE}$`));
  });

  test("the overview counts the articles and outlets", async () => {
    const { body } = await getJson(`/api/cases/${CASE}`);
    assert.equal(body.counts.documents, 3);
    assert.ok(body.counts.quotes >= 3, `quotes: ${body.counts.quotes}`);
    assert.deepEqual(
      body.outlets.map((o: { name: string }) => o.name),
      ["The Northern Ledger", "Coastal Post"],
    );
    assert.ok(body.people.some((p: { name: string }) => p.name === "Margaret Hale"));
  });

  test("entities carry their aliases and sources, and can be fetched by id or by name", async () => {
    const { body } = await getJson(`/api/cases/${CASE}/entities?type=person`);
    const hale = body.items.find((e: { name: string }) => e.name === "Margaret Hale");
    assert.ok(hale, "Margaret Hale is one person");
    assert.equal(hale.documents, 3);
    assert.deepEqual(hale.sources, ["harbour-1", "harbour-2", "harbour-3"]);
    assert.ok(hale.aliases.includes("Ms Hale"), `aliases: ${hale.aliases}`);
    assert.ok(body.items.every((e: { type: string }) => e.type === "person"));

    const byId = await getJson(`/api/cases/${CASE}/entities/${encodeURIComponent(hale.id)}`);
    assert.equal(byId.status, 200);
    assert.equal(byId.body.entity.name, "Margaret Hale");
    assert.deepEqual(
      byId.body.sources.map((s: { id: string }) => s.id),
      ["harbour-1", "harbour-2", "harbour-3"],
    );
    const byName = await getJson(`/api/cases/${CASE}/entities/${encodeURIComponent("margaret hale")}`);
    assert.equal(byName.body.entity.id, hale.id);
  });

  test("an entity's page gives each name with its first sources and counts; ?all gives the whole entity", async () => {
    const path = `/api/cases/${CASE}/entities/${encodeURIComponent("person:margaret-hale")}`;
    const page = await getJson(path);
    const all = await getJson(`${path}?all`);
    assert.equal(page.status, 200);
    assert.equal(all.status, 200);
    const whole = all.body.entity;
    assert.deepEqual(whole.documents, ["harbour-1", "harbour-2", "harbour-3"], "?all: every document");
    assert.ok(Array.isArray(whole.members) && whole.members.length >= 3);
    const e = page.body.entity;
    assert.equal(e.documents, undefined, "the page counts the documents instead of listing them");
    assert.equal(e.members, undefined);
    assert.equal(e.documentCount, 3);
    assert.equal(e.mentionCount, whole.mentionCount);
    assert.deepEqual(e.counts, {
      aliases: whole.aliases.length,
      roles: whole.roles.length,
      members: whole.members.length,
      merges: whole.merges.length,
    });
    assert.deepEqual(
      e.aliases,
      whole.aliases.map((a: { text: string; sources: unknown[] }) => ({
        text: a.text,
        sources: a.sources.slice(0, ENTITY_FIRST_SOURCES),
        sourceCount: a.sources.length,
      })),
    );
    assert.ok(
      e.aliases.some((a: { sourceCount: number }) => a.sourceCount > 1),
      "a name with several sources",
    );
    // Its milestones with their first reports and how many; the rest of the page is the same either way.
    assert.deepEqual(page.body.events, all.body.events.map(eventOnPage));
    assert.ok(page.body.events.some((t: { documentCount: number }) => t.documentCount > 1));
    const { entity: _a, events: _c, ...rest } = page.body;
    const { entity: _b, events: _d, ...restAll } = all.body;
    assert.deepEqual(rest, restAll);
    assert.deepEqual((await getJson(`${path}?all=false`)).body, page.body);
    assert.deepEqual((await getJson(`${path}?all=1`)).body, all.body);
  });

  test("an entity's page stays bounded however many names, sources and merges the entity has", () => {
    const ref = (i: number) => ({ document: `d${i}`, start: i, end: i + 4, text: "Vell" });
    const many = 3 * ENTITY_LIST_LIMIT;
    const entity: CaseEntity = {
      id: "person:ada-vell",
      type: "person",
      name: "Ada Vell",
      aliases: Array.from({ length: many }, (_, i) => ({
        text: `Vell ${i}`,
        sources: [ref(i), ref(i + 1), ref(i + 2), ref(i + 3)],
      })),
      roles: [{ text: "harbour pilot", sources: Array.from({ length: many }, (_, i) => ref(i)), affiliation: null }],
      ages: [
        {
          value: 51,
          sources: Array.from({ length: many }, (_, i) => ({ ...ref(i), sentence: null, published: null })),
        },
      ],
      affiliations: [],
      documents: Array.from({ length: many }, (_, i) => `d${i}`),
      independentDocuments: many,
      mentionCount: 4 * many,
      members: Array.from({ length: many }, (_, i) => ({ document: `d${i}`, entity: "e1", name: "Ada Vell" })),
      merges: Array.from({ length: many }, (_, i) => ({
        rule: "same-name" as const,
        reason: `the same name in d${i}`,
        names: ["Ada Vell", "Ada Vell"] as [string, string],
        documents: [`d${i}`],
        mentions: [ref(i)],
      })),
      splits: [],
    };
    const e = entityOnPage(entity);
    assert.equal(e.aliases.length, ENTITY_LIST_LIMIT);
    assert.ok(e.aliases.every((a) => a.sources.length === ENTITY_FIRST_SOURCES && a.sourceCount === 4));
    assert.equal(e.roles[0].sources.length, ENTITY_FIRST_SOURCES);
    assert.equal(e.roles[0].sourceCount, many);
    assert.equal(e.roles[0].affiliation, null);
    assert.equal(e.ages[0].sourceCount, many);
    assert.equal(e.merges.length, ENTITY_LIST_LIMIT);
    assert.deepEqual(e.merges[0], {
      rule: "same-name",
      reason: "the same name in d0",
      names: ["Ada Vell", "Ada Vell"],
    });
    assert.deepEqual(e.counts, { aliases: many, roles: 1, members: many, merges: many });
    assert.equal(e.documentCount, many);
    const report = (i: number) => ({
      document: `d${i >> 1}`,
      published: null,
      date: "2024-05-16",
      end: null,
      status: "happened" as const,
      place: null,
      evidence: ref(i),
      sentence: null,
    });
    const event: TimelineEntry = {
      id: "ev:trial:1",
      type: "trial",
      date: "2024-05-16",
      end: null,
      status: "happened",
      participants: [entity.id],
      participantNames: [entity.name],
      dates: [{ value: "2024-05-16", documents: entity.documents }],
      statuses: [{ value: "happened", documents: entity.documents }],
      places: [],
      sources: Array.from({ length: 2 * many }, (_, i) => report(i)),
    };
    const t = eventOnPage(event);
    assert.deepEqual(t.sources, event.sources.slice(0, ENTITY_FIRST_SOURCES));
    assert.equal(t.sourceCount, 2 * many);
    assert.equal(t.documentCount, many, "two reports in one article are one source");
    assert.deepEqual(t.dates, [{ value: "2024-05-16", documents: ["d0", "d1", "d2"], documentCount: many }]);
    assert.equal(t.statuses[0].documentCount, many);
    // Twice the documents, members and sources: the page differs only in the digits of its counts.
    const twice = <T>(list: T[]) => [...list, ...list];
    const bigger: CaseEntity = {
      ...entity,
      aliases: entity.aliases.map((a) => ({ ...a, sources: twice(a.sources) })),
      documents: twice(entity.documents),
      members: twice(entity.members),
    };
    const grown = JSON.stringify(entityOnPage(bigger)).length - JSON.stringify(e).length;
    assert.ok(grown >= 0 && grown < 10, `the page grew by ${grown} characters`);
  });

  test("quotes filter by speaker, organisation, words and date, and point at their words", async () => {
    const all = await getJson(`/api/cases/${CASE}/quotes`);
    const price = await getJson(`/api/cases/${CASE}/quotes?speaker=${encodeURIComponent("Owen Price")}`);
    assert.ok(price.body.total >= 1);
    assert.ok(price.body.total < all.body.total);
    for (const q of price.body.items) assert.equal(q.speaker.name, "Owen Price");
    assert.ok(price.body.items.some((q: { text: string }) => q.text.includes("following the money")));

    const words = await getJson(`/api/cases/${CASE}/quotes?text=${encodeURIComponent("before the courts")}`);
    assert.equal(words.body.total, 1);
    assert.equal(words.body.items[0].document.id, "harbour-2");

    const may = await getJson(`/api/cases/${CASE}/quotes?from=2024-05&to=2024-05-31`);
    assert.ok(may.body.items.every((q: { document: { published: string } }) => q.document.published >= "2024-05"));
    assert.ok(may.body.total < all.body.total);

    const nobody = await getJson(`/api/cases/${CASE}/quotes?speaker=Nobody%20Atall`);
    assert.equal(nobody.body.total, 0, "an unknown speaker selects nothing, not everything");

    // Offsets are provenance: the document's text at [start, end) is the quote.
    const q = words.body.items[0];
    const doc = await getJson(`/api/cases/${CASE}/documents/${q.document.id}`);
    assert.equal(doc.body.text.slice(q.start, q.end), q.text);
    assert.ok(doc.body.sentences.some(([s, e]: [number, number]) => s <= q.start && e >= q.end));
  });

  test("quotes by an organisation include those of its members", async () => {
    const { body: speakers } = await getJson(`/api/cases/${CASE}/speakers`);
    const { body: orgs } = await getJson(`/api/cases/${CASE}/entities?type=organization`);
    for (const org of orgs.items) {
      const { body } = await getJson(`/api/cases/${CASE}/quotes?organization=${encodeURIComponent(org.id)}`);
      for (const q of body.items)
        assert.ok(
          q.speaker.id === org.id || q.organizations.some((o: { id: string }) => o.id === org.id),
          `${q.speaker.name} speaks for ${org.name}`,
        );
    }
    assert.ok(speakers.length >= 2);
  });

  test("timeline, graph and contradictions answer with sourced entries", async () => {
    const timeline = await getJson(`/api/cases/${CASE}/timeline`);
    assert.equal(timeline.body.total, timeline.body.items.length);
    const arrest = timeline.body.items.find((t: { type: string }) => t.type === "arrest");
    assert.ok(arrest, "the arrest is on the timeline");
    assert.equal(arrest.sources[0].document, "harbour-1");
    const dated = timeline.body.items
      .filter((t: { date: string | null }) => t.date)
      .map((t: { date: string }) => t.date);
    assert.deepEqual(dated, [...dated].sort());
    // The reports kept off the timeline have their own route, each saying why.
    const off = await getJson(`/api/cases/${CASE}/timeline/reports`);
    assert.equal(off.status, 200);
    assert.equal(off.body.total, off.body.items.length);
    assert.ok(off.body.items.length > 0, "the example has reports kept off the timeline");
    for (const r of off.body.items) assert.ok(typeof r.offTimeline === "string" && r.offTimeline.length > 0);

    const graph = await getJson(`/api/cases/${CASE}/graph?limit=5`);
    assert.ok(graph.body.nodes.length <= 5);
    const ids = new Set(graph.body.nodes.map((n: { id: string }) => n.id));
    for (const e of graph.body.edges) assert.ok(ids.has(e.source) && ids.has(e.target));

    // The three reports give her age as 52, 53 and 49.
    const contradictions = await getJson(`/api/cases/${CASE}/contradictions?subject=person%3Amargaret-hale`);
    const age = contradictions.body.items.find((c: { field: string }) => c.field === "age");
    assert.ok(age, "the ages disagree");
    const docs = age.values.flatMap((v: { sources: { document: string }[] }) => v.sources.map((s) => s.document));
    assert.ok(docs.includes("harbour-3"));
    for (const v of age.values)
      for (const src of v.sources) {
        const text = (await getJson(`/api/cases/${CASE}/documents/${src.document}`)).body.text;
        assert.equal(text.slice(src.start, src.end), v.value, "each value points at its words");
      }
  });

  test("search finds entities by name and articles by their words", async () => {
    const { body } = await getJson(`/api/cases/${CASE}/search?q=Okafor`);
    assert.ok(body.entities.some((e: { name: string }) => e.name === "David Okafor"));
    assert.ok(body.hits.length >= 1);
    assert.ok(
      body.hits.some((h: { kind: string; snippet: string }) => h.kind === "document" && /«Okafor»/.test(h.snippet)),
    );
    // Okafor is named in the first two reports only.
    for (const h of body.hits) assert.ok(["harbour-1", "harbour-2"].includes(h.documentId), h.documentId);
  });

  test("a document comes with its text and the spans extracted from it", async () => {
    const { body } = await getJson(`/api/cases/${CASE}/documents/harbour-1`);
    assert.equal(body.document.outlet, "The Northern Ledger");
    for (const m of body.mentions) assert.equal(body.text.slice(m.start, m.end), m.text);
    const hale = body.mentions.find((m: { text: string }) => m.text === "Margaret Hale");
    assert.equal(hale.entity, "person:margaret-hale", "a mention links to its case entity");
    const list = await getJson(`/api/cases/${CASE}/documents`);
    assert.deepEqual(
      list.body.items.map((d: { id: string }) => d.id),
      ["harbour-1", "harbour-2", "harbour-3"],
    );
  });

  test("the OpenAPI description lists every route", async () => {
    const { body } = await getJson("/openapi.json");
    assert.equal(body.openapi, "3.1.0");
    for (const path of [
      "/api/cases",
      "/api/cases/{case}/entities/{id}",
      "/api/cases/{case}/quotes",
      "/api/cases/{case}/timeline",
      "/api/cases/{case}/timeline/reports",
      "/api/cases/{case}/graph",
      "/api/cases/{case}/contradictions",
      "/api/cases/{case}/search",
      "/api/cases/{case}/documents/{id}",
    ])
      assert.ok(body.paths[path], `${path} is described`);
    assert.ok(body.paths["/api/cases/{case}/documents"].post.requestBody);
    const speaker = body.paths["/api/cases/{case}/quotes"].get.parameters.find(
      (p: { name: string }) => p.name === "speaker",
    );
    assert.equal(speaker.in, "query");
  });
});

describe("adding articles", async () => {
  const pasted = [
    "Fleetwood councillor Amir Shah said the Harbour Trust should publish its accounts in full.",
    'Mr Shah told a public meeting on Tuesday: "People deserve to know where their money went."',
  ].join("\n\n");

  test("pasted text is extracted, stored and shows up in the case; the same text again adds nothing", async () => {
    const before = (await getJson(`/api/cases/${CASE}`)).body.counts.documents;
    const first = await post(
      `/api/cases/${CASE}/documents`,
      JSON.stringify({
        text: pasted,
        title: "Councillor demands accounts",
        published: "2024-06-04",
        outlet: "Fleetwood Weekly",
      }),
    );
    assert.equal(first.status, 201);
    assert.equal(first.body.status, "added");
    assert.ok(first.body.counts.quotes >= 1);
    const after = (await getJson(`/api/cases/${CASE}`)).body;
    assert.equal(after.counts.documents, before + 1);
    const quotes = await getJson(`/api/cases/${CASE}/quotes?text=${encodeURIComponent("where their money went")}`);
    assert.equal(quotes.body.total, 1);
    assert.equal(quotes.body.items[0].document.title, "Councillor demands accounts");

    const again = await post(`/api/cases/${CASE}/documents`, JSON.stringify({ text: pasted }));
    assert.equal(again.status, 200);
    assert.equal(again.body.status, "duplicate");
    assert.equal((await getJson(`/api/cases/${CASE}`)).body.counts.documents, before + 1);
  });

  test("an uploaded HTML file goes through article extraction; scripts never reach the text", async () => {
    const html = `<!doctype html><html><head><title>Trust audit</title>
      <meta property="article:published_time" content="2024-06-20T08:00:00Z"></head><body>
      <script>alert("x")</script><nav>Home | News</nav>
      <article><h1>Auditors called in at Harbour Trust</h1>
      <p>The Harbour Trust has appointed forensic auditors to examine its accounts for the past five years, its new chairman said on Wednesday.</p>
      <p>"We owe it to every family who trusted us," said Helen Marsh, who replaced David Okafor this month.</p>
      </article></body></html>`;
    const res = await post(
      `/api/cases/${CASE}/documents`,
      JSON.stringify({ filename: "trust-audit.html", content: html }),
    );
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const doc = await getJson(`/api/cases/${CASE}/documents/${res.body.id}`);
    assert.equal(res.body.id, "trust-audit");
    assert.equal(doc.body.document.published, "2024-06-20");
    assert.ok(doc.body.text.includes("forensic auditors"));
    assert.ok(!doc.body.text.includes("alert("));
  });

  test("a long article is extracted off the request thread: other requests are answered meanwhile", async () => {
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join("\n\n").length < 400_000; i++)
      paragraphs.push(
        `Inspector Dana Wolfe, ${30 + (i % 20)}, said on Friday that the audit of depot ${i} had found ` +
          `"serious gaps in record keeping", according to the Harbour Trust's report number ${i * 7}.`,
      );
    let added = false;
    const adding = post(`/api/cases/${CASE}/documents`, JSON.stringify({ text: paragraphs.join("\n\n") })).then((r) => {
      added = true;
      return r;
    });
    const answeredMeanwhile: boolean[] = [];
    for (let k = 0; k < 3; k++) {
      const r = await getJson("/api/cases");
      assert.equal(r.status, 200);
      answeredMeanwhile.push(!added);
    }
    const res = await adding;
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.ok(res.body.counts.quotes >= paragraphs.length / 2, "the long article was fully extracted");
    assert.ok(answeredMeanwhile.every(Boolean), "the case list was answered while the article was being extracted");
  });

  test("a file of another kind, or an empty one, is refused with a reason", async () => {
    const pdf = await post(`/api/cases/${CASE}/documents`, JSON.stringify({ filename: "photo.png", content: "PNG" }));
    assert.equal(pdf.status, 415);
    assert.match(pdf.body.message, /\.txt, \.html/);
    const blank = await post(`/api/cases/${CASE}/documents`, JSON.stringify({ text: "   \n  " }));
    assert.equal(blank.status, 400);
    const neither = await post(`/api/cases/${CASE}/documents`, JSON.stringify({ title: "no text" }));
    assert.equal(neither.status, 400);
  });
});

describe("bad requests get a clear 4xx and the server keeps running", async () => {
  test("malformed JSON", async () => {
    const res = await post(`/api/cases/${CASE}/documents`, '{"text": "unterminated');
    assert.equal(res.status, 400);
    assert.match(res.body.message, /not valid JSON/);
    assert.equal(res.body.error, "Bad Request");
  });

  test("a body over 2 MB", async () => {
    const big = JSON.stringify({ text: "The council met again. ".repeat(100_000) });
    assert.ok(big.length > 2 * 1024 * 1024);
    const res = await post(`/api/cases/${CASE}/documents`, big);
    assert.equal(res.status, 413);
    assert.match(res.body.message, /larger than/);
  });

  test("a body that is not JSON", async () => {
    const res = await post(`/api/cases/${CASE}/documents`, "text=hello", "application/x-www-form-urlencoded");
    assert.equal(res.status, 415);
    const plain = await post(`/api/cases/${CASE}/documents`, "hello", "text/plain");
    assert.equal(plain.status, 415);
  });

  test("unknown ids, cases and paths", async () => {
    const entity = await getJson(`/api/cases/${CASE}/entities/person%3Anobody-here`);
    assert.equal(entity.status, 404);
    assert.match(entity.body.message, /no entity "person:nobody-here"/);
    const doc = await getJson(`/api/cases/${CASE}/documents/harbour-99`);
    assert.equal(doc.status, 404);
    const kase = await getJson(`/api/cases/no-such-case/quotes`);
    assert.equal(kase.status, 404);
    assert.match(kase.body.message, /no case named "no-such-case"/);
    const path = await getJson(`/api/nothing/here`);
    assert.equal(path.status, 404);
    const encoding = await getJson(`/api/cases/${CASE}/entities/%E0%A4%A`);
    assert.equal(encoding.status, 400);
    assert.match(encoding.body.message, /cannot be read/);
  });

  test("invalid parameters name the parameter", async () => {
    const unknown = await getJson(`/api/cases/${CASE}/quotes?spekaer=Hale`);
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.message, /unknown parameter "spekaer"/);
    const limit = await getJson(`/api/cases/${CASE}/quotes?limit=100000`);
    assert.equal(limit.status, 400);
    assert.match(limit.body.message, /limit/);
    const date = await getJson(`/api/cases/${CASE}/quotes?from=last-week`);
    assert.equal(date.status, 400);
    const name = await getJson(`/api/cases/${encodeURIComponent("../etc")}/quotes`);
    assert.equal(name.status, 400);
    const field = await post(`/api/cases/${CASE}/documents`, JSON.stringify({ text: "A text.", colour: "red" }));
    assert.equal(field.status, 400);
    assert.match(field.body.message, /unknown field "colour"/);
  });

  test("requests addressed to another host name are refused (DNS rebinding)", async () => {
    const res = await raw("/api/cases", { host: "evil.example:80" });
    assert.equal(res.status, 403);
    const ok = await raw("/api/cases", { host: "localhost" });
    assert.equal(ok.status, 200);
  });

  test("writes from another site's page are refused", async () => {
    const res = await getJson(`/api/cases/${CASE}/documents`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ text: "Injected article text." }),
    });
    assert.equal(res.status, 403);
  });

  test("after all of that the server still answers", async () => {
    const { status } = await getJson("/api/cases");
    assert.equal(status, 200);
  });
});

describe("a server bound beyond loopback", async () => {
  test("needs its token on every API request", async () => {
    const t = await tempStore();
    await addArticles(t.store, CASE, ARTICLES.slice(0, 1));
    const app = createServer({ store: t.store, buildCase, token: "s3cret-token-for-test", loopbackOnly: false });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    try {
      const none = await fetch(`${origin}/api/cases`);
      assert.equal(none.status, 401);
      assert.match((await none.json()).message, /token/);
      const wrong = await fetch(`${origin}/api/cases`, { headers: { authorization: "Bearer not-the-token" } });
      assert.equal(wrong.status, 401);
      const right = await fetch(`${origin}/api/cases`, { headers: { authorization: "Bearer s3cret-token-for-test" } });
      assert.equal(right.status, 200);
      const query = await fetch(`${origin}/api/cases?token=s3cret-token-for-test`);
      assert.equal(query.status, 200);
      // The page itself holds no case data and loads without the token.
      const page = await fetch(`${origin}/`);
      assert.equal(page.status, 200);
      const openapi = await (await fetch(`${origin}/openapi.json`)).json();
      assert.deepEqual(openapi.security, [{ token: [] }]);
    } finally {
      await app.close();
      await t.cleanup();
    }
  });

  test("needs its token on every API route however its path is spelled", async () => {
    const t = await tempStore();
    await addArticles(t.store, CASE, ARTICLES.slice(0, 1));
    const secret = "s3cret-token-for-test";
    const app = createServer({ store: t.store, buildCase, token: secret, loopbackOnly: false });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    // Spellings a router may decode or fold back to the route: escaped letters (lower- and
    // upper-case hex digits), an escaped slash, a doubled slash, a trailing slash, a dot segment.
    const spellings = (path: string): string[] => [
      path,
      path.replace("/api/", "/%61pi/"),
      path.replace("/api/", "/%61%70%69/"),
      path.replace("/api/cases", "/api/%63ases"),
      path
        .replace("/api/cases", "/ap%69/cas%65s")
        .replace("/documents", "/d%6Fcuments")
        .replace("/entities", "/%65ntities"),
      path.replace("/api/", "/%2Fapi/").replace("/%2F", "/"),
      path.replace("/api/", "//api/"),
      path.replace("/api/", "/api//"),
      `${path}/`,
      path.replace("/api/", "/web/../api/"),
      path.replace("/api/", "/./api/"),
    ];
    /** A request sent byte for byte as written (fetch would normalise the path first). */
    const send = (method: string, path: string, headers: Record<string, string> = {}) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: "127.0.0.1", port, path, method, headers: { "content-type": "application/json", ...headers } },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end(method === "GET" ? undefined : JSON.stringify({ text: "Ann Lee said it.", source: "t.txt" }));
      });
    try {
      const routes = apiRoutes();
      assert.ok(routes.length >= 10, "every route of the table is tried");
      for (const route of routes) {
        const path = route.url.replace(":case", encodeURIComponent(CASE)).replace(":id", "1");
        for (const spelled of spellings(path)) {
          const status = await send(route.method, spelled);
          assert.ok(
            status === 401 || status === 404 || status === 400,
            `${route.method} ${spelled} without the token answered ${status}`,
          );
        }
        // With the token, the same route is reached (whatever it then answers, it is not refused).
        const withToken = await send(route.method, path, { authorization: `Bearer ${secret}` });
        assert.notEqual(withToken, 401, `${route.method} ${path} with the token`);
      }
      // The page and the API description stay public.
      assert.equal(await send("GET", "/"), 200);
      assert.equal(await send("GET", "/openapi.json"), 200);
    } finally {
      await app.close();
      await t.cleanup();
    }
  });

  test("startServer generates a token when binding a non-loopback address", async () => {
    const t = await tempStore();
    const s = await startServer({ store: t.store, host: "0.0.0.0", port: 0 });
    try {
      assert.ok(s.token && s.token.length >= 24);
      assert.ok(s.url.includes(`token=${s.token}`));
      const res = await fetch(`${s.origin.replace("localhost", "127.0.0.1")}/api/cases`);
      assert.equal(res.status, 401);
    } finally {
      await s.close();
      await t.cleanup();
    }
  });
});
