// Building a case file reads every document of the case, so the server keeps the last one it
// built for each case, with the lookup tables the routes need, and rebuilds only when the
// store's revision says something changed (an ingest here, or by another process).
import { overridesFromStore } from "../casefile/index.js";
import type { CaseDocument, CaseEntity, CaseFile, CaseInput, CaseQuote, MergeOverride } from "../casefile/types.js";
import type { Store } from "../store/types.js";

export type BuildCase = (inputs: CaseInput[], overrides: MergeOverride[]) => CaseFile;

/** A built case file and the indexes the API answers from. */
export interface CaseView {
  name: string;
  revision: number;
  file: CaseFile;
  documents: Map<string, CaseDocument>;
  entities: Map<string, CaseEntity>;
  /** `document#localEntityId` → case entity id, to link a document's spans to entity pages. */
  memberOf: Map<string, string>;
  /** Case entity id → its quotes. */
  quotesBySpeaker: Map<string, CaseQuote[]>;
  /** Organisation id → ids of the entities affiliated with it. */
  members: Map<string, Set<string>>;
  /** Lower-cased text of every quote, parallel to `file.quotes`, for text filters. */
  quoteText: string[];
  /** Quote id → its index in `file.quotes` (case order). */
  quotePosition: Map<string, number>;
}

export class CaseCache {
  private readonly views = new Map<string, CaseView>();

  constructor(
    private readonly store: Store,
    private readonly build: BuildCase,
  ) {}

  /** The case as of the store's current revision; null when the store has no such case. */
  get(name: string): CaseView | null {
    const revision = this.store.revision();
    const cached = this.views.get(name);
    if (cached && cached.revision === revision) return cached;
    if (!this.store.listCases().some((c) => c.name === name)) {
      this.views.delete(name);
      return null;
    }
    const inputs: CaseInput[] = [];
    for (const { document, extraction } of this.store.iterateExtractions(name)) {
      inputs.push({
        document: {
          id: document.id,
          source: document.source,
          outlet: document.outlet,
          published: document.published,
          title: document.title,
          duplicateOf: document.duplicateOf,
        },
        extraction,
      });
    }
    const view = indexCase(name, revision, this.build(inputs, overridesFromStore(this.store.listOverrides(name))));
    this.views.set(name, view);
    return view;
  }
}

export function indexCase(name: string, revision: number, file: CaseFile): CaseView {
  const documents = new Map(file.documents.map((d) => [d.id, d]));
  const entities = new Map(file.entities.map((e) => [e.id, e]));
  const memberOf = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  for (const e of file.entities) {
    for (const m of e.members) memberOf.set(`${m.document}#${m.entity}`, e.id);
    for (const org of e.affiliations) {
      let set = members.get(org);
      if (!set) members.set(org, (set = new Set()));
      set.add(e.id);
    }
  }
  const quotesBySpeaker = new Map<string, CaseQuote[]>();
  for (const q of file.quotes) {
    if (!q.speaker) continue;
    let list = quotesBySpeaker.get(q.speaker);
    if (!list) quotesBySpeaker.set(q.speaker, (list = []));
    list.push(q);
  }
  const quoteText = file.quotes.map((q) => q.text.toLowerCase());
  const quotePosition = new Map(file.quotes.map((q, i) => [q.id, i]));
  return { name, revision, file, documents, entities, memberOf, quotesBySpeaker, members, quoteText, quotePosition };
}
