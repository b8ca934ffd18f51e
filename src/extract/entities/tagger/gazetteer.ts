// Name lists matched over a sentence: every listed phrase found in the words marks each of its
// tokens with the list's category and the token's place in the phrase (B, I, L or U), which
// the tagger reads as features. Matching walks forward from each word only while the words so
// far are the beginning of some listed phrase, so it costs a few look-ups per word.

export const GAZ_CATEGORIES = [
  "first-name",
  "last-name",
  "country",
  "city",
  "region",
  "nationality",
  "organization",
  "sports-team",
  "famous-person",
  "org-designator",
  "title",
  "train-PER",
  "train-ORG",
  "train-LOC",
  "train-MISC",
  "calendar",
  "common-word",
  "town",
  "name-part",
  "company-word",
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

export const MAX_PHRASE_WORDS = 8;

/** Set in a `wordCode` when some longer listed phrase begins with the word (above every category bit). */
export const STARTS_PHRASE = 1 << 30;

/** Normal form of a word for matching and for features: ASCII quotes and dashes, as in CoNLL. */
export function normalizeWord(w: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let r = c;
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032 || c === 0x2bc) r = 0x27;
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) r = 0x22;
    else if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212) r = 0x2d;
    else if (c === 0xa0) r = 0x20;
    if (r !== c) changed = true;
    out += String.fromCharCode(r);
  }
  return changed ? out : w;
}

export class Gazetteer {
  /** phrase (normalised lower-case words joined by one space) → bit mask of categories */
  readonly phrases = new Map<string, number>();
  private readonly prefixes = new Set<string>();

  add(phrase: string, category: GazCategory): void {
    const bit = GAZ_CATEGORIES.indexOf(category);
    this.addMask(phrase, 1 << bit);
  }

  addMask(phrase: string, mask: number): void {
    const words = normalizeWord(phrase).toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return;
    const key = words.join(" ");
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | mask);
    let p = words[0];
    for (let i = 1; i < words.length; i++) {
      this.prefixes.add(p);
      p += " " + words[i];
    }
  }

  /** A copy holding this one's phrases and `other`'s. */
  union(other: Gazetteer): Gazetteer {
    const g = new Gazetteer();
    for (const [k, m] of this.phrases) g.addMask(k, m);
    for (const [k, m] of other.phrases) g.addMask(k, m);
    return g;
  }

  /**
   * What one word says on its own, for `matchCoded`: the categories of the word as a one-word
   * phrase, plus `STARTS_PHRASE` when longer phrases begin with it. A word's code never changes,
   * so callers may cache it.
   */
  wordCode(lower: string): number {
    return (this.phrases.get(lower) ?? 0) | (this.prefixes.has(lower) ? STARTS_PHRASE : 0);
  }

  /**
   * Calls `hit(token, code)` for every token inside a matched phrase, with
   * code = category * 4 + position (0 B, 1 I, 2 L, 3 U). `lower` holds the normalised
   * lower-case words of one sentence.
   */
  match(lower: readonly string[], hit: (token: number, code: number) => void): void {
    this.matchCoded(
      lower,
      lower.map((w) => this.wordCode(w)),
      hit,
    );
  }

  /** `match`, with each word's `wordCode` given. */
  matchCoded(lower: readonly string[], codes: ArrayLike<number>, hit: (token: number, code: number) => void): void {
    const n = lower.length;
    for (let i = 0; i < n; i++) {
      const code = codes[i];
      for (let m = code & ~STARTS_PHRASE, c = 0; m !== 0; m >>>= 1, c++) if (m & 1) hit(i, c * 4 + 3);
      if ((code & STARTS_PHRASE) === 0) continue;
      let key = lower[i];
      for (let j = i + 1; j < n && j - i < MAX_PHRASE_WORDS; j++) {
        key += " " + lower[j];
        const mask = this.phrases.get(key);
        if (mask !== undefined) {
          for (let m = mask, c = 0; m !== 0; m >>>= 1, c++) {
            if ((m & 1) === 0) continue;
            for (let k = i; k <= j; k++) hit(k, c * 4 + (k === i ? 0 : k === j ? 2 : 1));
          }
        }
        if (!this.prefixes.has(key)) break;
      }
    }
  }

  serialize(): string {
    const lines: string[] = [];
    for (const [k, m] of this.phrases) lines.push(`${k}\t${m.toString(36)}`);
    lines.sort();
    return lines.join("\n");
  }

  /** Reads `serialize`'s output, whose phrases are already in normal form. */
  static parse(text: string): Gazetteer {
    const g = new Gazetteer();
    let at = 0;
    while (at < text.length) {
      let nl = text.indexOf("\n", at);
      if (nl < 0) nl = text.length;
      const tab = text.indexOf("\t", at);
      if (tab > at && tab < nl) {
        const key = text.slice(at, tab);
        g.phrases.set(key, parseInt(text.slice(tab + 1, nl), 36));
        for (let sp = key.indexOf(" "); sp > 0; sp = key.indexOf(" ", sp + 1)) g.prefixes.add(key.slice(0, sp));
      }
      at = nl + 1;
    }
    return g;
  }
}
