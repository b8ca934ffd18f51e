// A robustness check of the tuned splits: every person with a given name and a surname is renamed,
// in the text and in the answers alike, to names drawn from other languages ("Dominic Murphy" ->
// "Kwabena Lindqvist"; "Mr Murphy" -> "Mr Lindqvist"). What the rules learned from the names they
// were tuned on shows as the drop between the split and its renamed copy. The check split is never
// renamed: it is scored for its numbers only. The names below are test material, not a lexicon:
// extraction never reads them.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import nameGenders from "../../src/lexicon/name-genders.json" with { type: "json" };
import titles from "../../src/lexicon/titles.json" with { type: "json" };
import { random } from "../generate-corpus.js";

const MALE =
  "Oluwaseun Kwabena Tariq Haruto Mateusz Eero Chidi Rustam Thabo Ilkka Bashir Kofi Darius Anselm Teodor Vusi Kiran Nnamdi Ruslan Tadeusz Sipho Emeka Yusuf Radek Bogdan Lorcan".split(
    " ",
  );
export const FEMALE =
  "Thandiwe Aigerim Priyanka Zeynep Siobhan Chidera Nilufar Ingrid Marisol Yaretzi Oksana Aoife Folake Ewa Malalai Leilani Saoirse Nkechi Rasa Dagny Wanjiru Kalinda Zsofia".split(
    " ",
  );
const SURNAMES =
  "Adebayo Mokoena Okonkwo Takahashi Wroblewski Lindqvist Nurlanova Raghunathan Yildirim Asante Halvorsen Kowalczyk Ferreira Castellanos Oyelaran Tanaka Abernathy Szabo Koskinen Dimitrov Ndlovu Haddad Quispe Varga Obuya Lindgren Marchetti Odhiambo Petrakis".split(
    " ",
  );
const FEMALE_NAMES = new Set(nameGenders.female);
/** A woman's form of address opening a mention ("Ms Roe"): her new given name is a woman's too. */
const FEMALE_ADDRESS = /^(?:Ms|Mrs|Miss|Dame|Lady|Baroness)\.?\s/;
const TITLE_WORDS = new Set(
  Object.values(titles)
    .filter((v): v is string[] => Array.isArray(v))
    .flat(),
);

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface GoldEntity {
  type: string;
  name: string;
  mentions?: string[];
}
interface GoldArticle {
  text: string;
  entities?: GoldEntity[];
  quotes?: { text: string; cue?: string | null }[];
  events?: { evidence?: string | null }[];
}

/**
 * The word map of one article: each person's first name (a woman's for a name the lexicon knows
 * as a woman's, or for someone the article calls "Ms" or "Mrs") and last name, titles left alone
 * ("Justice Wall" renames only "Wall").
 */
export function renamingOf(article: GoldArticle, next: () => number): Map<string, string> {
  const map = new Map<string, string>();
  const men = shuffled(MALE, next);
  const women = shuffled(FEMALE, next);
  const surnames = shuffled(SURNAMES, next);
  for (const e of article.entities ?? []) {
    if (e.type !== "person") continue;
    const words = e.name.split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")));
    if (words.length < 2) continue;
    const first = words[0];
    const last = words[words.length - 1];
    if (map.has(first) || map.has(last)) continue;
    const woman = FEMALE_NAMES.has(first.toLowerCase()) || (e.mentions ?? []).some((m) => FEMALE_ADDRESS.test(m));
    const given = (woman ? women : men).pop();
    const surname = surnames.pop();
    if (!given || !surname) break;
    map.set(first, given).set(last, surname);
  }
  return map;
}

/** `article` with every word of `map` replaced as a whole word, in its text and its answers. */
export function renamed<T extends GoldArticle>(article: T, map: Map<string, string>): T {
  if (!map.size) return article;
  const words = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const swap = (s: string) => s.replace(pattern, (w) => map.get(w) ?? w);
  const swapOrNull = <V extends string | null | undefined>(s: V): V => (typeof s === "string" ? (swap(s) as V) : s);
  return {
    ...article,
    text: swap(article.text),
    entities: article.entities?.map((e) => ({ ...e, name: swap(e.name), mentions: e.mentions?.map(swap) })),
    quotes: article.quotes?.map((q) => ({ ...q, text: swap(q.text), cue: swapOrNull(q.cue) })),
    events: article.events?.map((ev) => ({ ...ev, evidence: swapOrNull(ev.evidence) })),
  };
}

/** Copies the gold articles of `from` into `into` with their people renamed (seeded). */
export function renameGoldDir(from: string, into: string, seed: number): void {
  mkdirSync(into, { recursive: true });
  const next = random(seed);
  for (const f of readdirSync(from)
    .filter((x) => x.endsWith(".json") && x !== "case.json")
    .sort()) {
    const article = JSON.parse(readFileSync(join(from, f), "utf8")) as GoldArticle;
    writeFileSync(join(into, f), JSON.stringify(renamed(article, renamingOf(article, next))));
  }
}
