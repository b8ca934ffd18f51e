// A quick test that a word is none of a fixed set of words, read from its first and last letters
// and its length before the set's own lookup hashes the word: most tokens of a text are in no
// lexicon that a scan over them asks about, and each token is a new string to hash.

/**
 * A word's first and last letters, when both are a–z and it has fewer than 32 characters, as one
 * number (their pair); -1 otherwise.
 */
function shapeOf(w: string): number {
  const first = w.charCodeAt(0) - 97;
  const last = w.charCodeAt(w.length - 1) - 97;
  return w.length < 32 && first >= 0 && first < 26 && last >= 0 && last < 26 ? first * 26 + last : -1;
}

/** For each pair of a first and a last letter, the lengths of a set's words that have them, one bit a length. */
export class WordShapes {
  private readonly lengths = new Uint32Array(26 * 26);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const shape = shapeOf(w);
      if (shape >= 0) this.lengths[shape] |= 1 << w.length;
    }
  }

  /** False when `w` is surely none of the words; true when it may be one (the set itself then answers). */
  mayHold(w: string): boolean {
    const shape = shapeOf(w);
    return shape < 0 || (this.lengths[shape] & (1 << w.length)) !== 0;
  }
}
