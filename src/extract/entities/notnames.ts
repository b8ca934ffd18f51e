// Capitalised words in a person's name's place that are no person's name: each test reads the
// few characters around the words (bounded look-around, linear in the text).

/**
 * A nickname in quotation marks inside a full name ("Ada \"Dee\" Vance"): part of that person's
 * name, not a second person.
 */
export function nicknameInName(text: string, start: number, end: number): boolean {
  return (
    /\p{Lu}[\p{L}'’.-]*\s+["“]$/u.test(text.slice(Math.max(0, start - 40), start)) &&
    /^["”]\s+\p{Lu}/u.test(text.slice(end, end + 3))
  );
}

/**
 * One word right after "the 58-year-old" is a description (a nationality, a trade), not a name:
 * "the 58-year-old Scot", "the 30-year-old Londoner". A full name there is a name.
 */
export function describedByAge(text: string, start: number, end: number): boolean {
  if (/\s/.test(text.slice(start, end))) return false;
  return /\bthe\s+\d{1,3}-year-old\s+$/i.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * A name right after "the" is no person's ("with the Freight Rail, Pipelines and Property
 * divisions", "a minister in the Presidency"), unless an adjective of time stands between them
 * ("the late Ada Vance") — which puts a word between, so the test is only for "the" itself.
 */
export function afterDefiniteArticle(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * A stock symbol after its exchange's name and a colon in brackets ("Vantor Holdings Inc.
 * (NYSE: VNT)", "(TSX-V:QRL.B)"): a code for the body named before it, no name of its own.
 */
export function tickerSymbol(text: string, start: number, end: number): boolean {
  return (
    /\(\s*\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s*:\s*$/u.test(text.slice(Math.max(0, start - 24), start)) &&
    /^(?:\.\p{Lu}+)?\s*[),;]/u.test(text.slice(end, end + 8))
  );
}

/** Prefixes of a navy's or a line's ship names: "USS", "HMS", "HMAS", "HMCS", "HMNZS", "USNS", "RMS". */
const SHIP_NAME = /\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|RMS)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/**
 * The ships a text names with a ship prefix ("the assault ship USS Tarrow … the Tarrow"): their
 * names as written, and where each stands with its prefix. A ship is no person, body or place,
 * and its name is the ship's wherever the text repeats it.
 */
export function shipNames(text: string): { names: Set<string>; spans: [number, number][] } {
  const names = new Set<string>();
  const spans: [number, number][] = [];
  for (const m of text.matchAll(SHIP_NAME)) {
    names.add(m[1]);
    spans.push([m.index, m.index + m[0].length]);
  }
  return { names, spans };
}
