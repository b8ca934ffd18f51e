// A small case written for these tests: three reports of the same (invented) fraud case, which
// disagree on the defendant's age, plus helpers to put them in a real store and serve it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extract } from "../../src/extract/index.js";
import { openStore } from "../../src/store/index.js";
import type { Extraction } from "../../src/core/schema.js";
import type { NewDocument, Store } from "../../src/store/types.js";

export const CASE = "harbour";

export const ARTICLES: NewDocument[] = [
  {
    id: "harbour-1",
    source: "https://example.org/news/harbour-trust-arrest",
    outlet: "The Northern Ledger",
    published: "2024-03-12",
    title: "Harbour Trust finance chief arrested over missing millions",
    text: [
      "Margaret Hale, 52, the finance director of the Harbour Trust, was arrested on Monday on suspicion of fraud, Lancashire Police said.",
      'Detective Inspector Owen Price said: "This is a complex investigation and we are following the money wherever it leads."',
      "The Harbour Trust, which runs the port at Fleetwood, said it was cooperating fully with officers.",
      'Its chairman, David Okafor, told reporters: "We are shocked. Our first duty is to the people who work here."',
    ].join("\n\n"),
  },
  {
    id: "harbour-2",
    source: "https://example.org/news/harbour-trust-charged",
    outlet: "Coastal Post",
    published: "2024-05-02",
    title: "Former port director charged with fraud",
    text: [
      "Margaret Hale, 53, has been charged with fraud by abuse of position, the Crown Prosecution Service said on Thursday.",
      'Detective Inspector Owen Price of Lancashire Police said: "Today\'s charge is an important step for the families who lost their savings."',
      "Ms Hale will appear at Preston Magistrates' Court on 16 May.",
      'David Okafor, chairman of the Harbour Trust, said: "We will not comment while the case is before the courts."',
    ].join("\n\n"),
  },
  {
    id: "harbour-3",
    source: "https://example.org/news/harbour-trust-court",
    outlet: "The Northern Ledger",
    published: "2024-05-16",
    title: "Hale denies fraud at first hearing",
    text: [
      "Margaret Hale, 49, appeared at Preston Magistrates' Court on Thursday and denied fraud.",
      'Her lawyer, Nadia Brooks, said: "My client will fight these charges and expects to be cleared."',
      "The case was sent to Preston Crown Court, where a trial is expected next year.",
    ].join("\n\n"),
  },
];

/** An article whose text holds markup and script a careless page would run. */
export const HOSTILE_TEXT = [
  'Campaigner Ruth Ellis said: "<script>window.__pwned = 1</script> is what they posted on our site."',
  'A second message read <img src=x onerror="window.__pwned = 2"> before it was removed, according to the Harbour Trust.',
].join("\n\n");

export interface TempStore {
  store: Store;
  dir: string;
  path: string;
  cleanup(): Promise<void>;
}

export async function tempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-server-"));
  const path = join(dir, "case.db");
  const store = await openStore(path);
  return {
    store,
    dir,
    path,
    async cleanup() {
      try {
        await store.close();
      } catch {
        // already closed
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addArticles(store: Store, caseName: string, articles: NewDocument[]): Promise<void> {
  for (const a of articles) {
    await store.addDocument(caseName, a, extract(a.text, { id: a.id, source: a.source, published: a.published }));
  }
}

/** An article's extraction by this build, as ingest makes it. */
export const extractionOf = (a: NewDocument): Extraction =>
  extract(a.text, { id: a.id, source: a.source, published: a.published });

/** What an older build might have stored: the article's names, none of its quotes or events. */
const olderExtraction = (a: NewDocument): Extraction => ({ ...extractionOf(a), quotes: [], events: [] });

/** The fixture case with its first article from before builds were recorded and its second from another build. */
export async function olderCase(store: Store): Promise<void> {
  await store.addDocument(CASE, ARTICLES[0], olderExtraction(ARTICLES[0]), { build: null });
  await store.addDocument(CASE, ARTICLES[1], olderExtraction(ARTICLES[1]), { build: "0123456789abcdef" });
  await store.addDocument(CASE, ARTICLES[2], extractionOf(ARTICLES[2]));
}
