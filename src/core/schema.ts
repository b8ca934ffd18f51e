// The one schema of Casefile: every module that reads or writes extracted facts imports its
// types from here, and every export format is a mapping from these shapes. JSON is the
// serialised form, so everything is plain data (no classes, no Maps).

/** `[start, end)` offsets into `Document.text`, in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the characters it covers, as written. */
export interface TextSpan extends Span {
  text: string;
}

export const ENTITY_TYPES = ["person", "organization", "location"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const QUOTE_KINDS = ["direct", "mixed", "indirect"] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const EVENT_TYPES = [
  "arrest",
  "charge",
  "court_hearing",
  "trial",
  "case_dropped",
  "verdict",
  "conviction",
  "sentence",
  "attack",
  "sanction",
  "investigation",
  "statement",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ["happened", "scheduled", "cancelled", "denied", "hypothetical"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How a statement reached the public (src/lexicon/channels.json); "unknown" when the text does not say. */
export const CHANNELS = [
  "statement",
  "letter",
  "interview",
  "court",
  "parliament",
  "press conference",
  "social media",
  "unknown",
] as const;
export type Channel = (typeof CHANNELS)[number];

/** A source article as it was given to Casefile. */
export interface Document {
  id: string;
  source: string | null;
  outlet?: string | null;
  published: string | null;
  text: string;
  /** sha256 of `text`, hex. */
  hash: string;
}

/** A name as written in the text ("Mr Cash"), pointing at its entity. */
export interface Mention extends TextSpan {
  entity: string;
}

export interface EntityAttributes {
  age?: number;
  /** Where the age was stated ("Christopher Cash, 30,"). */
  ageSpan?: TextSpan;
  /** Job titles and descriptions stated in the text, each with its offsets. */
  roles: TextSpan[];
  /** Organisations the entity is said to belong to (canonical names). */
  affiliations?: string[];
}

export interface Entity {
  /** Document-local id ("e1"); cross-document ids live in the case file. */
  id: string;
  type: EntityType;
  /** Canonical full name: the fullest form in the text, honorifics dropped. */
  name: string;
  mentions: Mention[];
  attributes: EntityAttributes;
}

export interface Quote {
  kind: QuoteKind;
  /** For direct quotes the characters between the marks; otherwise the reported clause. */
  text: string;
  start: number;
  end: number;
  /**
   * For display and export: the canonical name of the `speakerId` entity; else the name the text
   * gives a speaker it found no entity for; null when the text never names one.
   */
  speaker: string | null;
  /** Document-local id of the speaker's entity: what the case file resolves. */
  speakerId: string | null;
  /** The words that identify the speaker here ("he", "Ms Kearns", "a Home Office spokesman"). */
  speakerMention: TextSpan | null;
  /** The reporting verb or phrase ("said", "told", "according to"). */
  cue: TextSpan | null;
  // The statement around the quote (src/extract/statements/): absent in extractions made before them.
  /** When it was said, if the text dates the speech act itself ("said on Monday"): ISO at the precision given. */
  saidAt?: (TextSpan & { value: string }) | null;
  /** The speaker's role as the article gives it for this statement ("then security minister"). */
  role?: TextSpan | null;
  /** To whom ("MPs", "the court", "the committee chair"), with the addressee's entity id when it is one. */
  addressee?: (TextSpan & { entity: string | null }) | null;
  /** How it was said; "unknown" when the text does not say. */
  channel?: Channel;
  /** The words that say the channel ("in a letter", "told the court"). */
  channelCue?: TextSpan | null;
  /** Mentions of entities named inside the quote (the speaker's own excluded). */
  about?: Mention[];
}

/** A temporal expression and its ISO value at the precision the text gives, if it can be resolved. */
export interface TimeExpression extends TextSpan {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when relative with no anchor. */
  value: string | null;
  /** End of a range, same format. */
  endValue?: string | null;
  kind: "date" | "range" | "relative" | "duration";
}

export interface CaseEvent {
  type: EventType;
  status: EventStatus;
  /** ISO date at the precision stated, or null. */
  date: string | null;
  end?: string | null;
  dateSpan?: TextSpan | null;
  /** Canonical names of the entities involved, each once: derived from `participantIds`, for display and export. */
  participants: string[];
  /** Document-local ids of the entities involved (what the case file resolves). Absent in extractions stored before ids. */
  participantIds?: string[];
  trigger: TextSpan;
  /** The shortest span stating the event (usually the clause around the trigger); its offsets locate the event. */
  evidence: TextSpan;
}

/** A stage that failed on this document: its layer is empty, and this says so. */
export interface ExtractionWarning {
  stage: "entities" | "times" | "quotes" | "events";
  message: string;
}

/** What `extract()` returns for one document: plain data, serialisable as it is. */
export interface Extraction {
  id: string;
  source: string | null;
  published: string | null;
  text: string;
  entities: Entity[];
  quotes: Quote[];
  events: CaseEvent[];
  times: TimeExpression[];
  /** Present only when a stage failed (a bug met on this input): which, and its message. */
  warnings?: ExtractionWarning[];
}

export interface ExtractOptions {
  /** Publication date `YYYY-MM-DD`, the anchor for relative dates. */
  published?: string | null;
  id?: string;
  source?: string | null;
}
