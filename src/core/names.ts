// The name kernel: how two written names are compared, for in-document resolution
// (extract/entities/resolve.ts) and across documents (casefile/entities.ts) alike. Case, accents
// and punctuation are folded, so "U.K." and "UK", "Mr. Roussev" and "Roussev" compare equal;
// forms of address come from src/lexicon/titles.json and nicknames from nicknames.json. Every
// function here is a single pass over its input.
import nicknameData from "../lexicon/nicknames.json" with { type: "json" };
import titles from "../lexicon/titles.json" with { type: "json" };

/** Royal titles: part of how a royal is named ("King Charles"), so they stay in the key. */
const ROYAL = new Set(["prince", "princess", "king", "queen", "duke", "duchess", "pope"]);
/** Forms of address that never belong to a person's name ("Mr Cash" is Cash, "Judge Baker" is Baker). */
const ADDRESS = new Set<string>(
  [...titles.honorifics, ...titles.addressTitles, "minister"].filter((w) => !ROYAL.has(w)),
);

/** Peerage titles ("Lord", "Earl", "Baroness"): the royal ones are in ROYAL. */
const PEERAGE = new Set<string>(titles.nobleTitles.filter((w) => !ROYAL.has(w)));

/** Whether a folded word is a peerage title that is no royal's ("earl", "baroness"; not "king"). */
export function isPeerageTitle(word: string): boolean {
  return PEERAGE.has(word);
}

/**
 * "Lord Hughes", "Earl Warren": a peerage title and one name. Such a person is named by the
 * title, so the name alone is no bare surname of someone else ("Anne Hughes").
 */
export function isPeerName(name: string): boolean {
  const w = words(fold(name));
  return w.length === 2 && PEERAGE.has(w[0]);
}

/** Words skipped when reading a body's initials ("Crown Prosecution Service" → CPS). */
const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "in", "to", "at", "a", "an", "de"]);

/**
 * Well-known second names of the same body, folded. Kept tiny on purpose: only names that news
 * uses interchangeably and that no document needs to explain ("the Old Bailey" is the Central
 * Criminal Court), so that a court named both ways is not reported as a contradiction.
 */
const KNOWN_SAME: ReadonlyMap<string, string> = new Map([["old bailey", "central criminal court"]]);

const foldCache = new Map<string, string>();

/** Lower case, accents and punctuation removed, words separated by one space. */
export function fold(text: string): string {
  const s = String(text ?? "");
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldUncached(s);
    if (foldCache.size >= 50_000) foldCache.clear(); // names recur across articles; bound the memory
    foldCache.set(s, f);
  }
  return f;
}

function foldUncached(text: string): string {
  return text
    .slice(0, 500)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`´]s(?![\p{L}\p{N}])/gu, "")
    .replace(/['’‘`´.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function words(key: string): string[] {
  return key ? key.split(" ") : [];
}

/** Is the folded word a form of address ("mr", "judge", "sen")? */
export function isAddressWord(w: string): boolean {
  return ADDRESS.has(w);
}

/** A person's key: folded, forms of address at the start dropped ("Mr. Justice Baker" → "baker"). */
export function personKey(name: string): string {
  const w = words(fold(name));
  let i = 0;
  while (i < w.length - 1 && ADDRESS.has(w[i])) i++;
  return w.slice(i).join(" ");
}

/** A body's or place's key: folded, a leading "the" dropped, "APT 31" = "APT31", well-known aliases mapped. */
export function bodyKey(name: string): string {
  let k = fold(name).replace(/(\p{L}) (\d)/gu, "$1$2");
  if (k.startsWith("the ")) k = k.slice(4);
  return KNOWN_SAME.get(k) ?? k;
}

/**
 * Initials of the significant words ("Crown Prosecution Service" → "cps"), and, when they
 * differ, of every word ("Ministry of Defence" → "md" and "mod", for "MoD").
 */
export function initials(key: string): string[] {
  let significant = "";
  let all = "";
  for (const w of words(key)) {
    all += w[0];
    if (!INITIALS_SKIP.has(w)) significant += w[0];
  }
  return significant === all ? [all] : [significant, all];
}

/** True for a written name that looks like an acronym: "CPS", "HKETO", "MI5", "APT31", "MoD". */
export function looksLikeAcronym(name: string): boolean {
  const t = name.trim();
  if (t.length < 2 || t.length > 8 || !/^[A-Z][A-Za-z0-9]*$/.test(t)) return false;
  let upper = 0;
  for (const ch of t) if (ch >= "A" && ch <= "Z") upper++;
  // "MoD", "DoJ": capitals outnumber the small letters (so "McKay" is not an acronym).
  return upper >= 2 && upper > t.length - upper - (t.match(/[0-9]/g)?.length ?? 0);
}

/**
 * Keys that join a body's acronym and its long form across articles, for blocking candidates:
 * "NCA" and "N.C.A." → ["nca"]; "the National Crime Agency" → ["nca"]; "Ministry of Defence" →
 * ["md", "mod"] (as `initials`), so "MoD" → ["mod"] meets it. A long form needs two significant
 * words or more and no digits; a name that is neither an acronym nor such a long form gives none.
 * Equal keys are a candidate pair only: whether they are one body is for the context to say.
 */
export function acronymKeys(name: string): string[] {
  const undotted = name.trim().replace(/\.(?=\p{Lu}|$)/gu, "");
  if (looksLikeAcronym(undotted)) return [fold(undotted).replace(/ /g, "")];
  const key = bodyKey(name);
  const w = words(key);
  if (/\d/.test(key) || w.filter((x) => !INITIALS_SKIP.has(x)).length < 2) return [];
  return initials(key);
}

/** Whether `acronym` is written as an acronym and spells the initials of `longForm` ("NCA", "National Crime Agency"). */
export function isAcronymOf(acronym: string, longForm: string): boolean {
  const a = acronymKeys(acronym);
  if (a.length !== 1 || !looksLikeAcronym(acronym.trim().replace(/\.(?=\p{Lu}|$)/gu, ""))) return false;
  return acronymKeys(longForm).includes(a[0]);
}

/** Formal name → nicknames, and nickname → formal names (both folded). */
const NICK_OF = new Map<string, Set<string>>();
for (const [formal, nicks] of Object.entries(nicknameData as Record<string, string[]>))
  for (const n of nicks) {
    let set = NICK_OF.get(n);
    if (!set) NICK_OF.set(n, (set = new Set()));
    set.add(formal);
  }

/** Is `nick` a nickname or diminutive of the formal given name `formal` ("chris" of "christopher")? */
export function isNicknameOf(nick: string, formal: string): boolean {
  return NICK_OF.get(nick)?.has(formal) ?? false;
}

/** Is the word a nickname or diminutive of some given name ("Bill", "Peggy")? */
export function isNickname(word: string): boolean {
  return NICK_OF.has(fold(word));
}

/**
 * The folded given name and the formal names it is a nickname of ("sam": "sam", "samuel", "samson"
 * …): any two names `sameGivenName` accepts share one of them, so they can be looked up by it.
 */
export function givenNameKeys(word: string): string[] {
  return [word, ...(NICK_OF.get(word) ?? [])];
}

/** Two folded given names that name one person: equal, or one a nickname of the other ("Sam", "Samuel"). */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || isNicknameOf(a, b) || isNicknameOf(b, a);
}

/**
 * `shorter` names the same person as `longer` with fewer words or initials: the same last word,
 * the first word equal or its initial ("M Kell", "Chi Leung Wai" for "Chi Leung Peter Wai"),
 * and every other word found in order, whole or as an initial.
 */
export function isNameSubset(shorter: string[], longer: string[]): boolean {
  const middle = knownByMiddleName(shorter, longer);
  if (middle)
    return (
      middle.join(" ") === [middle[0], ...shorter.slice(1)].join(" ") ||
      isNameSubset([middle[0], ...shorter.slice(1)], middle)
    );
  if (shorter.length < 2 || longer.length < shorter.length) return false;
  if (shorter[shorter.length - 1] !== longer[longer.length - 1]) return false;
  const same = (s: string, l: string) => s === l || (s.length === 1 && l.startsWith(s));
  if (!same(shorter[0], longer[0])) return false;
  let j = 1;
  for (let i = 1; i < longer.length - 1 && j < shorter.length - 1; i++) if (same(shorter[j], longer[i])) j++;
  if (j !== shorter.length - 1) return false;
  // Something must be shorter: fewer words or an initial in place of a name.
  return longer.length > shorter.length || shorter.some((w, k) => w !== longer[k]);
}

/**
 * A person known by a middle name, the first written as an initial ("J. Ann Vale" is "Ann Vale"
 * and "Annie Vale"): `full` without its initial when `w`'s given name is the middle name or its
 * nickname; otherwise null.
 */
export function knownByMiddleName(w: readonly string[], full: readonly string[]): string[] | null {
  if (full.length < 3 || full[0].length !== 1 || w.length < 2 || w[0].length < 2) return null;
  return sameGivenName(w[0], full[1]) ? full.slice(1) : null;
}

/** `tail` is a proper ending of `full` ("duncan smith" of "iain duncan smith"). */
export function endsWithWords(full: readonly string[], tail: readonly string[]): boolean {
  if (tail.length >= full.length) return false;
  for (let i = 1; i <= tail.length; i++) if (full[full.length - i] !== tail[tail.length - i]) return false;
  return true;
}

/**
 * Two words that differ by one letter added, dropped or changed, as one outlet's spelling or
 * transliteration differs from another's ("hussain"/"hussein", "khalif"/"khalife"). Both must be
 * five letters or more, and share their first letter: short names differ by one letter too often.
 */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/**
 * Two people's folded names that are one spelling apart: the same number of words, every word
 * equal but one, which is (a given name) a nickname of the other or one letter apart from it.
 * Two such changes are two names ("Aron Vellan" is not "Ron Vallan").
 */
export function spellingVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++changed > 1) return false;
    if (i < a.length - 1 && sameGivenName(a[i], b[i])) continue;
    if (!oneLetterApart(a[i], b[i])) return false;
  }
  return true;
}

/**
 * Two people's folded names that outlets write differently for one person: one spelling or
 * nickname apart (`spellingVariant`), or the familiar form of a formal one, which writes the
 * given name in full with middle initials ("Joe Biden" and "Joseph R. Biden": the nickname, the
 * initial left out). A middle name written in full is not left out so ("Chris Lee" is not "Kristen
 * Marsh Lee"); a shorter form with the same given name is `isNameSubset`'s, not this.
 */
export function nameVariant(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length) return spellingVariant(a, b);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || short[0] === long[0] || !sameGivenName(short[0], long[0])) return false;
  if (!long.slice(1, -1).every((w) => w.length === 1)) return false;
  return isNameSubset([long[0], ...short.slice(1)], [...long]);
}

/**
 * Which of several people who share a surname a bare surname stands for ("Vale" after "Ann Vale"
 * and her brother "Bill Vale"): the one the text introduced first, before `before` (the one the
 * story is about, not a relative named in passing). With a form of address (`sex`: "Mrs. Vale"
 * female), only a holder whose gender (`genderOf`) fits it, else the only holder of unknown gender,
 * else nobody. With a title (`titled`: "Governor Vale" after "Governor Bill Vale"), the one holder
 * the text already gave that title, if only one. `firstAt` is where a holder is first named.
 */
export function firstIntroducedHolder<T>(
  holders: readonly T[],
  before: number,
  sex: "male" | "female" | null,
  genderOf: (holder: T) => "male" | "female" | null,
  firstAt: (holder: T) => number,
  titled: ((holder: T) => boolean) | null = null,
): T | null {
  let choices = holders;
  if (sex) {
    const fit = holders.filter((h) => genderOf(h) === sex);
    const unknown = fit.length ? [] : holders.filter((h) => genderOf(h) === null);
    choices = fit.length ? fit : unknown.length === 1 ? unknown : [];
  }
  if (titled) {
    const same = choices.filter(titled);
    if (same.length === 1) choices = same;
  }
  let best: T | null = null;
  let bestFirst = Infinity;
  for (const h of choices) {
    const first = firstAt(h);
    if (first < before && first < bestFirst) {
      best = h;
      bestFirst = first;
    }
  }
  return best;
}

/** How full a name is, for choosing the canonical one: more words first, then more letters. */
export function fullness(name: string): number {
  return words(fold(name)).length * 1000 + Math.min(name.length, 999);
}

/** A readable id part: "Christopher Cash" → "christopher-cash". */
export function slug(text: string): string {
  const s = fold(text).replace(/ /g, "-").slice(0, 80);
  return s || "unnamed";
}
