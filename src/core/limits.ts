// Limits on what one call may ask of the pipeline, shared by the library, the CLI and the server.

/**
 * Longest document extract() reads, in UTF-16 code units (characters). News articles are a few
 * thousand characters; a million holds a long book chapter. Extraction's working memory grows
 * with the text (a few hundred bytes per character on text dense with quotation marks), so one
 * bound per document keeps a hostile upload from exhausting the machine.
 */
export const MAX_DOCUMENT_CHARS = 1_000_000;

/** The one-line error for a document over MAX_DOCUMENT_CHARS. */
export class DocumentTooLongError extends Error {
  constructor(readonly chars: number) {
    super(
      `document too long: ${chars.toLocaleString("en")} characters (the limit is ` +
        `${MAX_DOCUMENT_CHARS.toLocaleString("en")} per document; split it into articles)`,
    );
    this.name = "DocumentTooLongError";
  }
}
