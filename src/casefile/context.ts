// Per-document helpers the case stages share: the sentence around an offset (the text model is
// built lazily, only for documents whose sentences are asked for) and the document's entities
// resolved to case entity ids. Extractions refer to their entities by local id (a quote's
// `speakerId`, an event's `participantIds`); a name is looked up only where no id is given: a
// speaker the quote stage named without finding its entity, or an extraction stored before
// events carried ids.

import { sentenceAt, sentencesOf, type Doc, type SentenceCache } from "../core/doc.js";
import type { Extraction } from "../core/schema.js";
import { memberKey, type EntityResolution } from "./entities.js";
import { bodyKey, personKey } from "./names.js";
import type { CaseDocument, SentenceRef } from "./types.js";

const MAX_SENTENCE_CHARS = 1000;

export class DocContext {
  /**
   * The document's sentences, split when first asked for. Only they are kept, not the rest of the
   * text model (tokens, paragraphs): a case build keeps a context per document until it ends.
   */
  private sentences: Pick<Doc, "sentences"> | null = null;
  /** Folded names and surface forms of this document's entities → case entity id (for references without an id). */
  readonly names = new Map<string, string>();

  constructor(
    readonly document: CaseDocument,
    readonly extraction: Extraction,
    resolution: EntityResolution,
    private readonly cache?: SentenceCache,
  ) {
    for (const e of extraction.entities ?? []) {
      const id = resolution.memberOf.get(memberKey(document.id, e.id));
      if (!id) continue;
      const forms = [e.name, ...(e.mentions ?? []).map((m) => m.text)];
      for (const f of forms) {
        if (typeof f !== "string") continue;
        for (const k of [personKey(f), bodyKey(f)]) if (k && !this.names.has(k)) this.names.set(k, id);
      }
    }
  }

  get text(): string {
    return typeof this.extraction.text === "string" ? this.extraction.text : "";
  }

  /** The case entity id for a local entity id, or, when there is none, for a name as this document writes it. */
  entityFor(localId: string | null | undefined, name: string | null | undefined, resolution: EntityResolution) {
    if (localId) return resolution.memberOf.get(memberKey(this.document.id, localId)) ?? null;
    if (typeof name === "string") return this.names.get(personKey(name)) ?? this.names.get(bodyKey(name)) ?? null;
    return null;
  }

  sentence(offset: number | null | undefined): SentenceRef["sentence"] {
    if (typeof offset !== "number" || !Number.isFinite(offset)) return null;
    const text = this.text;
    if (offset < 0 || offset >= text.length) return null;
    if (!this.sentences) this.sentences = sentencesOf(this.document.id, text, this.cache);
    // sentenceAt reads only the sentences.
    const i = sentenceAt(this.sentences as Doc, offset);
    if (i < 0) return null;
    const s = this.sentences.sentences[i];
    const end = Math.min(s.end, s.start + MAX_SENTENCE_CHARS);
    return { start: s.start, end, text: text.slice(s.start, end) };
  }

  ref(start: number | null | undefined, end: number | null | undefined, words: string | null | undefined): SentenceRef {
    const ok = typeof start === "number" && typeof end === "number";
    return {
      document: this.document.id,
      start: ok ? start : null,
      end: ok ? end : null,
      text: typeof words === "string" ? words : ok ? this.text.slice(start, end) : null,
      sentence: this.sentence(start),
      published: this.document.published ?? null,
    };
  }
}
