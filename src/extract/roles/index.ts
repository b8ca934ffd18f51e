// Attributes of people read from the words around their mentions, each with its offsets:
//   ages      "Christopher Cash, 30,"  "Mr Reeves (45)"  "aged 45"  "the 52-year-old"
//   roles     titles before a name ("Commons Speaker Sir Lindsay Hoyle", "former Prime Minister
//             David Cameron"), appositions after it ("Frank Ferguson, head of the CPS's …
//             division,"; "Alicia Kearns, a Tory MP and member of the China Research Group,") and
//             before it ("the director of public prosecutions, Stephen Parkinson"), post-nominals
//             ("Guy Vassall-Adams KC")
//   affiliations  bodies named inside a role
// Every look-around is a bounded window next to a mention, so the cost is linear in the text.
import calendar from "../../lexicon/calendar.json" with { type: "json" };
import notAgentNouns from "../../lexicon/not-agent-nouns.json" with { type: "json" };
import personNouns from "../../lexicon/person-nouns.json" with { type: "json" };
import type { Doc } from "../../core/doc.js";
import type { Entity, Mention, Span, TextSpan } from "../../core/schema.js";
import {
  ADDRESS_TITLES,
  AGENT_NOUN_ENDING,
  CLOSED_CLASS,
  COMMON_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  NOBLE_TITLES,
  POSTNOMINALS,
  ROLE_MODIFIERS,
  ROLE_TITLES,
} from "../entities/lexicon.js";
import { firstSpanAtOrAfter, NEVER_FINAL } from "../../core/doc.js";
import { isFiniteVerbForm } from "../quotes/verb-forms.js";

const WINDOW = 220;
const MAX_ROLE_WORDS = 14;

/**
 * Fills `attributes` (age, ageSpan, roles, affiliations) of the people in `entities`, in place.
 * `headlines`: the paragraphs read as headlines, whose capitalised words are no title ("Party
 * Chief Praises Ann Lee" gives Lee no role).
 */
export function readAttributes(doc: Doc, entities: Entity[], headlines: readonly Span[] = []): void {
  const people = entities.filter((e) => e.type === "person");
  if (!people.length) return;
  const personAt = mentionIndex(people);
  const personEnds = new Set(people.flatMap((p) => p.mentions.map((x) => x.end)));
  const inHeadline = (m: Mention) => headlines.some((h) => m.start >= h.start && m.end <= h.end);
  // A phrase before the comma that names a person in full is no role of the name after it
  // ("Between Ann and her aide Bo Lee in May, Lee wrote"): full names in text order, searched.
  const fullNames = people
    .flatMap((p) => p.mentions.filter((x) => /\s/.test(x.text)))
    .sort((a, b) => a.start - b.start);
  const fullNameIn = (r: TextSpan) => {
    for (let i = firstSpanAtOrAfter(fullNames, r.start); i < fullNames.length && fullNames[i].start < r.end; i++)
      if (fullNames[i].end <= r.end) return true;
    return false;
  };
  for (const person of people) {
    const inner = innerMentions(person.mentions);
    const roles: TextSpan[] = [];
    const seen = new Set<string>();
    const addRole = (r: TextSpan | null, m?: Mention) => {
      if (!r) return;
      // A paragraph break ends every apposition: no role is read across it.
      if (m && /\n/.test(doc.text.slice(Math.min(r.end, m.end), Math.max(r.start, m.start)))) return;
      const key = r.text.toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      roles.push(r);
    };
    for (const m of person.mentions) {
      if (inner.has(m) || inHeadline(m)) continue;
      const age = ageAfter(doc.text, m.end);
      if (age && person.attributes.age === undefined) {
        person.attributes.age = age.value;
        person.attributes.ageSpan = age.span;
      }
      addRole(titleBefore(doc.text, m), m);
      addRole(postnominalAfter(doc.text, m), m);
      // "Ann Lee and Bo Park, the firm's founders,": a plural description of the list, not of its
      // last name ("Ann Lee and Bo Park, the firm's founder," is Park's).
      const afterList = lastOfList(doc.text, m, personEnds);
      for (const r of appositionAfter(doc.text, m.end, personAt)) if (!(afterList && pluralHead(r.text))) addRole(r, m);
      const before = appositionBefore(doc.text, m.start);
      if (before && !fullNameIn(before)) addRole(before, m);
    }
    person.attributes.roles = roles.sort((a, b) => a.start - b.start);
  }
  yearOldAges(doc.text, people);
  affiliations(entities);
}

/**
 * Mentions inside a longer mention of the same entity ("Lindsay Hoyle" in "Sir Lindsay Hoyle").
 * One sweep in offset order (longest first at a start), so a name repeated thousands of times
 * costs n log n, not n².
 */
export function innerMentions(mentions: readonly Mention[]): Set<Mention> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const inner = new Set<Mention>();
  let maxEnd = -1; // furthest end of the mentions before the current run of identical spans
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].start === sorted[i].start && sorted[j].end === sorted[i].end) j++;
    // An earlier mention starts at or before this one and is not the same span; reaching this
    // far makes it strictly longer.
    if (maxEnd >= sorted[i].end) for (let k = i; k < j; k++) inner.add(sorted[k]);
    maxEnd = Math.max(maxEnd, sorted[i].end);
    i = j;
  }
  return inner;
}

/**
 * Whether `m` ends a list of people: another person's name (or a name after a form of address),
 * then " and " (", and "), and at most a form of address ("Ms. Roe and Mr. Vale"), right before it.
 */
function lastOfList(text: string, m: Mention, personEnds: ReadonlySet<number>): boolean {
  const joint = /,?\s+and\s+(?:(\p{L}+)\.?\s+)?$/u.exec(text.slice(Math.max(0, m.start - 16), m.start));
  if (!joint || (joint[1] && !HONORIFICS.has(bare(joint[1])) && !isTitle(joint[1]))) return false;
  const end = m.start - joint[0].length;
  if (personEnds.has(end)) return true;
  // A name the entity layer missed, known as one by its form of address ("Mr. Vale and Ms. Roe").
  const addressed = /(\p{L}+)\.?\s+\p{Lu}[\p{L}'’-]+$/u.exec(text.slice(Math.max(0, end - 30), end));
  return !!addressed && HONORIFICS.has(bare(addressed[1]));
}

/** Whether a role's words before its first particle hold a plural noun ("the bakery's founders"). */
function pluralHead(role: string): boolean {
  for (const w of role.split(/\s+/)) {
    if (PARTICLE_AFTER.has(w.toLowerCase())) break;
    if (/^\p{Ll}[\p{Ll}-]*[^isu'’]s$/u.test(w)) return true;
  }
  return false;
}

/** Mention start offset → person, to recognise another person's name in an apposition. */
function mentionIndex(people: Entity[]): Map<number, Entity> {
  const m = new Map<number, Entity>();
  for (const p of people) for (const x of p.mentions) m.set(x.start, p);
  return m;
}

interface Age {
  value: number;
  span: TextSpan;
}

// The number closes the phrase (a comma, a full stop, a bracket, a dash, the line's end) or says "years
// old": "Ann Lee, 73 percent" is a share, "Ann Lee, 100 Mill Road" an address, "Lee, 18 for Park" a
// count.
const AGE_AFTER =
  /^(?:,|\s\(|,\s(?:who\sis\s|now\s)?aged)\s?(\d{1,3})(?=[,.;)]|\s?[―—–]|[ \t]*(?:\n|$)|\s+years?[\s-]old\b|\s+years\sof\sage\b)/;

/** "Name, 30," / "Name (30)" / "Name, aged 30". */
function ageAfter(text: string, end: number): Age | null {
  const window = text.slice(end, end + 24);
  const m = AGE_AFTER.exec(window);
  if (!m) return null;
  const value = Number(m[1]);
  if (!(value >= 1 && value <= 120)) return null;
  // "Name, 30, …" must not be a list of numbers or a date ("May 30, 2024").
  const after = window.slice(m[0].length);
  if (/^,\s?\d/.test(after)) return null;
  const start = end + m[0].length - m[1].length;
  return { value, span: { start, end: start + m[1].length, text: m[1] } };
}

const RELATIVES = "son|daughter|boy|girl|child|baby|grandson|granddaughter|brother|sister|niece|nephew";
const FAMILY = new RegExp(`^\\s*(?:${RELATIVES})\\b`, "i");
/** "her son, 26-year-old Ted": the age is the relative's. */
const FAMILY_BEFORE = new RegExp(`\\b(?:${RELATIVES})s?,\\s$`, "i");

/** "the 52-year-old" refers to the person named last before it. */
function yearOldAges(text: string, people: Entity[]): void {
  const mentions = people
    .flatMap((p) => p.mentions.map((m) => ({ p, m })))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const re = /(\d{1,3})-year-old/g;
  let k = 0;
  let last: Entity | null = null;
  let lastEnd = -1;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    while (k < mentions.length && mentions[k].m.end <= hit.index) {
      last = mentions[k].p;
      lastEnd = mentions[k].m.end;
      k++;
    }
    const hitEnd = hit.index + hit[0].length;
    const after = text.slice(hitEnd, hitEnd + 20);
    // "40-year-old Chris Hu", "the 52-year-old businessman Ali Reza": the name that follows.
    const next = k < mentions.length ? mentions[k] : null;
    // …unless the name qualifies a noun for a person after it ("a 31-year-old Lee volunteer").
    const qualifies =
      next !== null && nameOfPerson(/^\s+(\p{Ll}+)/u.exec(text.slice(next.m.end, next.m.end + 30))?.[1] ?? "");
    if (
      next &&
      !qualifies &&
      next.m.start - hitEnd < 40 &&
      /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(hitEnd, next.m.start))
    ) {
      const value = Number(hit[1]);
      if (next.p.attributes.age === undefined && value >= 1 && value <= 120) {
        next.p.attributes.age = value;
        next.p.attributes.ageSpan = { start: hit.index, end: hitEnd, text: hit[0] };
      }
      continue;
    }
    if (!last || FAMILY.test(after) || hit.index - lastEnd > 400) continue;
    const before = text.slice(Math.max(0, hit.index - 12), hit.index).toLowerCase();
    // Only "the 52-year-old" looks back; "a 34-year-old man" is someone new.
    if (!/(?:\bthe|,|,\san?)\s$/.test(before)) continue;
    const value = Number(hit[1]);
    if (!(value >= 1 && value <= 120)) continue;
    // "Name, a 52-year-old …" is an apposition of the name just before; "The 52-year-old" opening a
    // sentence is the person the passage is about: of the people named in the last few sentences,
    // the one the article names most, not a commentator quoted in between.
    // The comma must follow the name itself ("In another case this month, a 78-year-old man" is
    // someone new).
    const apposition = /^,\s(?:an?\s)?$/.test(text.slice(lastEnd, hit.index));
    if (!apposition && (/,\san?\s$/.test(before) || FAMILY_BEFORE.test(before))) continue;
    const who = apposition ? last : topicPerson(mentions, k, hit.index, value);
    if (!who || who.attributes.age !== undefined) continue;
    who.attributes.age = value;
    who.attributes.ageSpan = { start: hit.index, end: hit.index + hit[0].length, text: hit[0] };
  }
}

/** How far back "the 52-year-old" may look for the person it refers to. */
const TOPIC_WINDOW = 600;

/**
 * The person "the 52-year-old" refers to: among the people named within TOPIC_WINDOW characters
 * before `at` (mentions[0, k)), one whose age is already this value, else the one with the most
 * mentions in the whole text, the one named first on a tie. A person of another stated age is skipped.
 */
function topicPerson(mentions: { p: Entity; m: Mention }[], k: number, at: number, value: number): Entity | null {
  const counts = new Map<Entity, number>();
  const first = new Map<Entity, number>();
  for (const { p, m } of mentions) {
    counts.set(p, (counts.get(p) ?? 0) + 1);
    if (!first.has(p)) first.set(p, m.start);
  }
  const rank = (p: Entity) => counts.get(p)! * 1e9 - first.get(p)!; // more mentions, then named earlier
  let best: Entity | null = null;
  for (let i = k - 1; i >= 0 && at - mentions[i].m.end <= TOPIC_WINDOW; i--) {
    const p = mentions[i].p;
    if (p.attributes.age === value) return null; // already known: nothing to add
    if (p.attributes.age !== undefined) continue;
    if (!best || rank(p) > rank(best)) best = p;
  }
  return best;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*|[^\s]/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let w = m[0];
    const start = from + m.index;
    // A full stop closes the word unless it is an abbreviation ("U.K.", "Gov.", "Sen."): a title
    // written short, not a whole word that ends a sentence ("… a campaign spokesman. Donations …").
    // So does a short form that always stands before a name ("St. Louis", "Mt. Hood").
    const abbreviatedTitle = (isTitle(w) && w.length <= 5 && !COMMON_WORDS.has(bare(w))) || NEVER_FINAL.has(bare(w));
    if (w.length > 2 && w.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(w) && !abbreviatedTitle) {
      w = w.replace(/\.+$/, ""); // "Association.." typed twice ends it too
      out.push({ text: w, start, end: start + w.length });
      out.push({ text: ".", start: start + w.length, end: start + w.length + 1 });
      continue;
    }
    out.push({ text: w, start, end: start + w.length });
  }
  return out;
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const bare = (w: string): string => w.toLowerCase().replace(/\.$/, "");
const isTitle = (w: string): boolean => ROLE_TITLES.has(bare(w)) || ADDRESS_TITLES.has(bare(w));

/** Lower-case words that may stand in a title before a name ("foreign minister", "former"). */
const ROLE_ADJECTIVES = new Set([
  ...ROLE_MODIFIERS,
  ..."military police army naval political foreign home prime deputy vice chief senior junior assistant associate general state federal defence defense health justice interior finance trade education culture transport environment energy security intelligence opposition shadow crossbench backbench".split(
    " ",
  ),
]);

const NOT_IN_TITLES = new Set(
  "the a an this that in on at by for from to with and or but as after before during since when while if it he she they we said says told added"
    .split(" ")
    .concat(
      calendar.weekdays.map((forms) => forms[0]),
      calendar.months.map((forms) => forms[0]),
    ),
);

/** "Commons Speaker Sir Lindsay Hoyle" → "Commons Speaker"; "Sen. Rick Scott" → "Sen.". */
function titleBefore(text: string, m: Mention): TextSpan | null {
  const words = wordsOf(text, Math.max(0, m.start - 90), m.start);
  let i = words.length;
  // Forms of address that are no role ("Sir", "Mr", "Dr") sit between the title and the name.
  while (i > 0 && HONORIFICS.has(bare(words[i - 1].text))) i--;
  if (i > 0 && words[i - 1].text === "." && i > 1 && HONORIFICS.has(bare(words[i - 2].text))) i -= 2;
  // The mention may itself start with a title ("Sen. Rick Scott", "Judge Indira Talwani").
  const own = wordsOf(text, m.start, m.end);
  let ownTitleEnd = -1;
  for (const w of own) {
    if (NOBLE_TITLES.has(bare(w.text))) break; // "Prince Andrew": a form of address, no role
    if (isTitle(w.text) || w.text === ".") ownTitleEnd = w.end;
    else break;
  }
  const ownTitle = own.filter((w) => w.end <= ownTitleEnd);
  // A plural title ("Sens. Ann Lee and Bo Park") addresses several people: no one's role.
  if (ownTitle.length && pluralTitles(ownTitle)) return null;
  let start = -1;
  let end = -1;
  let sawTitle = ownTitleEnd > 0;
  let j = i;
  while (j > 0) {
    const w = words[j - 1].text;
    const lw = bare(w);
    // A role never runs back over a paragraph break or a sentence closed inside quotation marks.
    if (/\n/.test(text.slice(words[j - 1].end, j < words.length ? words[j].start : m.start))) break;
    if (/[.!?]["”’']+$/.test(w)) break;
    const ok =
      isTitle(w) ||
      POSTNOMINALS.has(lw) ||
      /^(?:then|ex|former)-/.test(lw) ||
      ((w === "’s" || w === "'s" || /['’]s$/.test(w)) && j > 1 && isCap(words[j - 2].text)) ||
      // An adverb or conjunction is capitalised only for opening the sentence ("Well Senator Lee, …").
      (isCap(w) && !HONORIFICS.has(lw) && !NOT_IN_TITLES.has(lw) && !CLOSED_CLASS.has(lw) && !PREPOSITIONS.has(lw)) ||
      ROLE_ADJECTIVES.has(lw) ||
      // "of" inside a name between capitalised words: "Secretary of State", "Bank of England Governor";
      // not before a title, which opens a title of its own ("Records of Chief of Staff Ann Lee").
      (lw === "of" && j > 1 && j < i && isCap(words[j - 2].text) && isCap(words[j].text) && !isTitle(words[j].text)) ||
      // "Russian businessman Viza Mizaev"; not an adjective after a degree adverb ("how sensitive Lee is").
      (/^\p{Ll}/u.test(w) &&
        isAgentNoun(lw) &&
        j === i &&
        !DEGREE_ADVERBS.has(bare(words[j - 2]?.text ?? "")) &&
        !pluralOfPerson(lw)); // "top aides Ann Lee and Bo Park" name several people
    if (!ok) break;
    if (isTitle(w) || POSTNOMINALS.has(lw) || (/^\p{Ll}/u.test(w) && isAgentNoun(lw))) sawTitle = true;
    if (end < 0) end = words[j - 1].end;
    start = words[j - 1].start;
    j--;
  }
  // The block must start right before the name (only spaces and address forms between).
  if (sawTitle && start >= 0) {
    // A title of address after a lower-case head noun is the name's own, not part of the role:
    // "agency director Gen. Ann Lee" is a director ("Gen." is how she is addressed); "Vice
    // President", "Chief Justice" keep theirs.
    const titled = [...words.slice(j, i), ...ownTitle];
    let k = titled.length;
    while (k > 0 && (titled[k - 1].text === "." || ADDRESS_TITLES.has(bare(titled[k - 1].text)))) k--;
    let roleEnd = ownTitleEnd > 0 ? ownTitleEnd : end;
    if (k > 0 && k < titled.length && isCap(titled[k].text) && /^\p{Ll}/u.test(titled[k - 1].text)) {
      const head = bare(titled[k - 1].text);
      if (ROLE_TITLES.has(head) || isAgentNoun(head)) roleEnd = titled[k - 1].end;
    }
    const block = text.slice(start, end);
    if (/[.!?]\s/.test(block)) return null; // crossed a sentence boundary
    // …or ends one: "…by the home secretary. Sam Lee" (a title abbreviation such as "Sen." is short).
    if (/\p{L}{6,}[.!?]["”’]?$/u.test(block)) return null;
    // A plural title ("Senators Ann Lee and Bo Park", "Ohio Republican Sens. Ann Lee and Bo Park")
    // addresses several people: no one's role.
    if (titled.some(pluralTitle)) return null;
    return { start, end: roleEnd, text: text.slice(start, roleEnd) };
  }
  if (ownTitleEnd > 0) return { start: m.start, end: ownTitleEnd, text: text.slice(m.start, ownTitleEnd) };
  return null;
}

/** Whether a word is a plural title of address ("Senators", "Sens."), whose singular is one too. */
function pluralTitle(w: Word): boolean {
  const lw = bare(w.text);
  return lw.length > 3 && lw.endsWith("s") && ADDRESS_TITLES.has(lw) && ADDRESS_TITLES.has(lw.slice(0, -1));
}

/** Whether `words` are only plural titles of address and their full stops. */
function pluralTitles(words: readonly Word[]): boolean {
  return words.every((w) => w.text === "." || pluralTitle(w));
}

/** "Guy Vassall-Adams KC" → "KC". */
function postnominalAfter(text: string, m: Mention): TextSpan | null {
  const inside = /\s([A-Z]{2,3})$/.exec(m.text);
  if (inside && POSTNOMINALS.has(inside[1].toLowerCase())) {
    const start = m.end - inside[1].length;
    return { start, end: m.end, text: inside[1] };
  }
  const w = /^\s([A-Z]{2,3})\b/.exec(text.slice(m.end, m.end + 6));
  if (!w || !POSTNOMINALS.has(w[1].toLowerCase())) return null;
  const start = m.end + 1;
  return { start, end: start + w[1].length, text: w[1] };
}

/** Words that end a role phrase: clauses, verbs and other people begin after them. */
const ROLE_STOP = new Set(
  "who whom whose which that said says told added explained has have had is was were will would when where after before since while because as according"
    .split(" ")
    .concat(["linked", "accused", "charged", "convicted", "jailed", "arrested", "based", "named"])
    .concat(["responsible", "known", "due", "able", "likely", "set", "expected"]),
);
/**
 * Verbs of ROLE_STOP that, right after a phrase opened by a comma, make it a clause. A verb of
 * saying does not: "Ann Lee, a spokeswoman for the firm said" is an apposition missing its comma.
 */
const CLAUSE_VERBS = new Set("has have had is was were will would".split(" "));
const PARTICLE_AFTER = new Set(["to", "for", "of", "with", "by", "in", "on", "at", "from", "as"]);
const ROLE_SPLIT_STARTS = new Set(["a", "an", "member"]);

/**
 * Where the words of a role after a name at `end` begin, or -1: after a comma (past an age, ", 52,"),
 * an opening bracket with an article ("Name (an employee of …)"), or a copula with an article:
 * "Ann Roe is the mayor of Dover", "Tom Vale was a lance corporal" describe their subject as an
 * apposition does, when a role noun heads the predicate.
 */
function roleWordsStart(text: string, end: number): number {
  let pos = end;
  const age = /^,\s?\d{1,3}(?=,)/.exec(text.slice(pos, pos + 12));
  if (age) pos += age[0].length;
  const copula = /^\s(?:is|was|has been|had been|became|remains|remained)(?=\s(?:a|an|the)\s)/.exec(
    text.slice(pos, pos + 20),
  );
  if (copula) {
    pos += copula[0].length;
    const said = wordsOf(text, pos, Math.min(text.length, pos + 60)).slice(1, 4);
    return said.some((w) => /^\p{Ll}/u.test(w.text) && isRoleNoun(w.text)) ? pos + 1 : -1;
  }
  if (text.charCodeAt(pos) === 44) return pos + 1;
  // "Name (an employee of …)": only with an article, and the role must close the bracket.
  return /^\s\((?:a|an|the)\s/.test(text.slice(pos, pos + 7)) ? pos + 2 : -1;
}

/** "Name, a Tory MP and member of the China Research Group," → two roles. */
function appositionAfter(text: string, end: number, personAt: Map<number, Entity>): TextSpan[] {
  const opens = roleWordsStart(text, end);
  if (opens < 0) return [];
  const words = wordsOf(text, opens, Math.min(text.length, opens - 1 + WINDOW));
  if (!words.length) return [];
  let i = 0;
  const first = words[0].text;
  const lf = first.toLowerCase();
  if (/^\p{Ll}+ly$/u.test(first) && words[1] && /^(?:a|an|the)$/i.test(words[1].text))
    i = 2; // "reportedly a …"
  else if (lf === "a" || lf === "an" || lf === "the") i = 1;
  else if (lf === "who" && /^(?:is|was)$/.test(words[1]?.text ?? "") && /^(?:a|an|the)$/.test(words[2]?.text ?? ""))
    i = 3; // "Name, who was a lance corporal in …"
  else if (/^\p{Ll}+(?:ed|ing)$/u.test(first)) return [];
  else if (/^\p{Ll}/u.test(first) && !words.slice(0, 3).some((w) => /^\p{Ll}/u.test(w.text) && isRoleNoun(w.text)))
    return []; // "office manager of …" opens with a noun before the role word
  else if (isCap(first) && !isTitle(first) && !/['’]s$/.test(first)) {
    // A capitalised opening is a role only when a title follows ("Chief Executive of …").
    if (!(words[1] && (isTitle(words[1].text) || /^['’]s$/.test(words[1].text)))) return [];
  } else if (!/^\p{Ll}/u.test(first) && !isCap(first)) return [];
  if (i < words.length && /^\d{1,3}-year-old$/.test(words[i].text)) i++; // "a 63-year-old office manager"
  if (i >= words.length || !/^[\p{L}]/u.test(words[i].text)) return [];
  if (ROLE_STOP.has(words[i].text.toLowerCase()) || personAt.has(words[i].start)) return [];
  // Collect to the end of the phrase.
  let j = i;
  let sawParticle = false;
  while (j < words.length && j - i < MAX_ROLE_WORDS) {
    const w = words[j].text;
    // The full stop of an abbreviated form of address ("aide to Mr. Lee") ends nothing.
    const addressStop =
      w === "." && j > i && HONORIFICS.has(bare(words[j - 1].text)) && isCap(words[j + 1]?.text ?? "");
    // (A hyphen standing alone is a dash: "a keen planner - a former aide said she …".)
    if (/^[,;:()"“”‘.!?—–-]$/.test(w) && !addressStop) break;
    if (w === "'" || w === "’") break;
    const lw = w.toLowerCase();
    if (ROLE_STOP.has(lw) && j > i) break;
    // "such as" opens examples of what the role names ("a lawyer for unions such as the RMT").
    if (lw === "such" && words[j + 1]?.text.toLowerCase() === "as" && j > i) break;
    // A finite verb makes it a clause, not an apposition ("With Ann Lee, the board's trust grows";
    // "To Ann Lee, the old rules don't matter": a negative contraction is a finite auxiliary).
    if (j > i && (isFiniteVerbForm(w) || /\p{L}n['’]t$/u.test(w))) return [];
    if (j > i && /^\p{Ll}+ed$/u.test(w) && !ROLE_ADJECTIVES.has(lw)) {
      // A participle with its complement ends the role ("researcher linked to …"); "classified files" does not.
      if (!PARTICLE_AFTER.has(words[j + 1]?.text.toLowerCase() ?? "")) return [];
      break;
    }
    // Another person inside: "aide to Kathy Hochul" is a role; "…, and Christopher Berry" is a list,
    // and so is a person right after a noun ("envoy for trade Lena Okafor; …"): the object of a
    // particle comes after it, through modifiers and titles only ("adviser to former president …").
    if (PARTICLE_AFTER.has(lw)) sawParticle = true;
    // A title written capitalised with no article before another person's name is that person's
    // title, the next item of a list ("State Treasurer Ann Lee, Secretary of State Bo Park, …").
    if (
      personAt.has(words[j].start) &&
      !(sawParticle && objectOfParticle(words, i, j) && !(i === 0 && isCap(words[0].text) && isTitle(words[0].text)))
    )
      return [];
    j++;
  }
  if (j === i || j - i >= MAX_ROLE_WORDS) return [];
  const stop = words[j]?.text;
  // "Ann Lee, a close aide said, is confident": an attribution set inside the sentence, whose
  // speaker is the phrase, not a description of the name.
  if (/^(?:said|says|added|told)$/.test(stop ?? "") && words[j + 1]?.text === ",") return [];
  // A noun phrase that runs into a verb is the subject of a new clause, not an apposition
  // ("In a deal struck by Lee, the charge was dropped").
  if (stop !== undefined && CLAUSE_VERBS.has(stop.toLowerCase())) return [];
  const examples = stop?.toLowerCase() === "such";
  if (stop !== undefined && !examples && !/^[,;:.)—–-]$/.test(stop) && !ROLE_STOP.has(stop.toLowerCase())) {
    if (!/^\p{Ll}+ed$/u.test(stop)) return [];
  }
  // An adverb closing the phrase belongs to what follows ("a physician well known for …", "an aide
  // at the ministry and later …"), and so does the "and" before it.
  while (j - 1 > i && CLOSED_CLASS.has(words[j - 1].text.toLowerCase()) && /^\p{Ll}/u.test(words[j - 1].text)) {
    j--;
    if (words[j - 1].text === "and" && j - 1 > i) j--;
  }
  // A role that ends on a joining word was cut short ("a sprawling leak of").
  if (PARTICLE_AFTER.has(words[j - 1].text.toLowerCase()) || words[j - 1].text === "and") return [];
  // Split at "and" that opens a second role ("… MP and member of …").
  const out: TextSpan[] = [];
  let from = i;
  for (let k = i + 1; k < j - 1; k++) {
    if (words[k].text === "and" && ROLE_SPLIT_STARTS.has(words[k + 1].text.toLowerCase())) {
      out.push(spanOf(text, words, from, k));
      from = words[k + 1].text.toLowerCase() === "member" ? k + 1 : k + 2;
    }
  }
  out.push(spanOf(text, words, from, j));
  return out.filter((r) => looksLikeRole(r.text) && headNamesPerson(r.text));
}

/**
 * Whether a role phrase names a person: some word of its head (the words before a particle, a
 * relative or a participle with its complement: "officer" in "chief executive officer of Vexa",
 * "veteran" in "Navy veteran attending night school") is a title, a role or agent noun, or a noun
 * with a sense among WordNet's people ("donor", "newcomer", "oligarch"). "Ted, a suggestion from his
 * mother," and "Tom Vale, late last month," are no roles. A capitalised word ("MP", "Democrat") is taken as written; a phrase opening with a
 * preposition ("Ann Roe, through a spokeswoman,") is an adverbial.
 */
function headNamesPerson(role: string): boolean {
  const words = role.split(/\s+/);
  const first = words[0].toLowerCase();
  if (PREPOSITIONS.has(first) || (PARTICLE_AFTER.has(first) && first !== "as")) return false;
  const end = words.findIndex((_, k) => k > 0 && endsHead(words, k));
  const head = words.slice(0, end < 0 ? words.length : end).map((w) => w.replace(/(?:['’]s?|[^\p{L}-])+$/u, ""));
  // The noun a phrase is about is its last word ("presence" in "a major presence", not "major"),
  // in each of its parts joined by "and" ("law professor and political scientist"), or the word a
  // participle follows ("veteran" in "Navy veteran attending night school", "citizen born in …").
  // It names one person: a plural ("the firm's founders", "fans of the band") describes several.
  return head.some((w, k) => {
    const next = head[k + 1];
    const last = next === undefined || /^(?:and|or|&)$/i.test(next);
    const beforeParticiple = next !== undefined && /^(?:\p{Ll}{3,}(?:ing|ed)|born)$/u.test(next);
    if (!(last || beforeParticiple) || w.length === 0 || /^(?:and|or|&)$/i.test(w)) return false;
    if (/^\p{Lu}/u.test(w)) return true;
    const lw = w.toLowerCase();
    return nameOfPerson(lw) && !pluralOfPerson(lw);
  });
}

/** The singulars a lower-case plural may have ("parties" → "party", "boxes" → "box", "fans" → "fan"). */
const singularsOf = (lw: string): string[] => [lw.replace(/ies$/, "y"), lw.replace(/es$/, ""), lw.replace(/s$/, "")];

/** Whether a lower-case word as written is a title, a role or agent noun, or one of WordNet's people. */
const personWord = (w: string): boolean => PERSON_NOUNS.has(w) || isTitle(w) || ROLE_NOUNS.has(w) || isAgentNoun(w);

/** A plural whose singular names a person, and which is no person noun itself ("founders", "fans"). */
function pluralOfPerson(lw: string): boolean {
  if (!/[^isu'’]s$/u.test(lw) || personWord(lw)) return false;
  return singularsOf(lw).some((w) => w !== lw && personWord(w));
}

/** Whether a lower-case noun (or its singular, or the noun a compound ends in: "superdelegate") can name a person. */
function nameOfPerson(lw: string): boolean {
  return [lw, ...singularsOf(lw), lw.replace(/men$/, "man")].some((w) => {
    if (personWord(w)) return true;
    // A compound is a word or an English prefix before a person noun ("superdelegate",
    // "congresswoman"), not any letters ("resignation" holds "nation").
    for (let k = 1; k <= w.length - 5; k++) {
      const prefix = w.slice(0, k).replace(/-$/, "");
      if (PERSON_NOUNS.has(w.slice(k).replace(/^-/, "")) && (COMMON_WORDS.has(prefix) || PREFIXES.has(prefix)))
        return true;
    }
    return false;
  });
}

/**
 * Whether a role phrase's head is over at `words[k]`: a particle, a relative ("who", "who's"), or
 * a participle with its complement ("judge leading the inquiry", "aiming at"), not one that
 * modifies a noun ("trucking director").
 */
function endsHead(words: readonly string[], k: number): boolean {
  const w = words[k].toLowerCase();
  if (PARTICLE_AFTER.has(w) || /^(?:who|whose|who['’]s|which|that)$/.test(w)) return true;
  if (!/^\p{Ll}{3,}(?:ing|ed)$/u.test(w)) return false;
  const next = words[k + 1];
  return (
    next === undefined ||
    /^(?:the|a|an|his|her|their|its)$/i.test(next) ||
    PARTICLE_AFTER.has(next.toLowerCase()) ||
    /^\p{Lu}/u.test(next)
  );
}

/** One-word nouns with a WordNet sense naming a person (src/lexicon/person-nouns.json). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(personNouns.words);

/** English prefixes that make a person noun of a person noun ("superdelegate", "co-founder"). */
const PREFIXES = new Set(
  "super sub vice co ex anti pro non self step grand arch over under mid multi ultra neo post pre re counter".split(
    " ",
  ),
);

/** Adverbs of degree, which stand before adjectives ("how sensitive", "so eager"), not before nouns. */
const DEGREE_ADVERBS = new Set("how so too very more most less least".split(" "));

/** Prepositions that open an adverbial after a name, never a description of the person. */
const PREPOSITIONS = new Set(
  "through via despite during after before since until without within under over across against among amid between beyond toward towards upon into onto".split(
    " ",
  ),
);

/** Whether only determiners, modifiers and titles stand between a particle and `words[j]`. */
function objectOfParticle(words: Word[], from: number, j: number): boolean {
  for (let k = j - 1; k >= from; k--) {
    const w = words[k].text;
    const lw = w.toLowerCase();
    if (PARTICLE_AFTER.has(lw)) return true;
    if (!(
      isTitle(w) ||
      HONORIFICS.has(bare(w)) ||
      w === "." ||
      ROLE_ADJECTIVES.has(lw) ||
      /^(?:the|a|an|late)$/.test(lw)
    ))
      return false;
  }
  return false;
}

const ROLE_NOUNS = new Set(
  "head member chair founder co-founder boss chief leader owner victim suspect partner colleague lawyer judge student resident citizen veteran".split(
    " ",
  ),
);

/** A lower-case word that can open a role without an article: a title, a role word or an agent noun. */
function isRoleNoun(w: string): boolean {
  const lw = w.toLowerCase();
  if (isTitle(w) || ROLE_ADJECTIVES.has(lw) || ROLE_NOUNS.has(lw)) return true;
  if (lw.includes("-")) return lw.split("-").some((part) => isTitle(part) || ROLE_NOUNS.has(part) || isAgentNoun(part));
  return isAgentNoun(lw);
}

/** Nouns of people by what they do: "businessman", "researcher", "journalist", "academic", "editor-in-chief". */
function isAgentNoun(lw: string): boolean {
  if (lw.includes("-")) return lw.split("-").some((part) => isTitle(part) || ROLE_NOUNS.has(part) || isAgentNoun(part));
  if (NOT_AGENTS.has(lw) || FUNCTION_WORDS.has(lw) || lw.length <= 3) return false;
  // Verbs and adjectives that end like agent nouns ("remember", "important"), from compromise's lexicon.
  if (NOT_AGENT_NOUNS.has(lw) && !ROLE_NOUNS.has(lw)) return false;
  return AGENT_NOUN_ENDING.test(lw) && !/(?:ed|ly|ing)$/.test(lw);
}

const NOT_AGENT_NOUNS: ReadonlySet<string> = new Set(notAgentNouns.words);

/** Words that end like agent nouns but name no job. */
const NOT_AGENTS = new Set(
  "after never other over under ever however whether rather either neither further together later order matter number member letter paper water power summer winter september october november december daughter mother father brother sister grandmother grandfather partner event content comment statement moment government parliament department agreement argument investment management basic public graphic magic music topic clinic traffic republic".split(
    " ",
  ),
);

function spanOf(text: string, words: Word[], from: number, to: number): TextSpan {
  const start = words[from].start;
  const end = words[to - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/** A role names a job or description: some word in lower case or a title, no digits-only phrase. */
function looksLikeRole(s: string): boolean {
  if (s.length < 2 || s.length > 120) return false;
  const words = s.split(/\s+/);
  if (/^(?:and|or|but|then|now|also|not|he|she|they|it|his|her|its|their)$/i.test(words[0])) return false;
  return words.some((w) => /^\p{Ll}/u.test(w) || isTitle(w) || POSTNOMINALS.has(bare(w)));
}

/**
 * Whether the phrase opening at `at` follows another short noun phrase and a comma, so that it is
 * one item of a list ("she named the chair, the treasurer, Ann Roe, and others"), not a title.
 */
function inList(text: string, at: number): boolean {
  const before = /,\s*$/.exec(text.slice(Math.max(0, at - 80), at));
  if (!before) return false;
  const head = text.slice(Math.max(0, at - 80), at - before[0].length);
  const item = head.slice(Math.max(...[",", ";", ":", ".", "!", "?", "\n"].map((c) => head.lastIndexOf(c))) + 1).trim();
  return /^(?:the|a|an|his|her|their|its)\s/i.test(item) && item.split(/\s+/).length <= 6;
}

/** "the director of public prosecutions, Stephen Parkinson" → "director of public prosecutions". */
function appositionBefore(text: string, start: number): TextSpan | null {
  if (!/,\s$/.test(text.slice(Math.max(0, start - 2), start))) return null;
  const comma = start - 2;
  const words = wordsOf(text, Math.max(0, comma - 120), comma);
  // Walk back to "the" that opens the phrase.
  for (let k = words.length - 1, n = 0; k >= 0 && n < MAX_ROLE_WORDS; k--, n++) {
    const w = words[k].text;
    if (/^[,;:()"“”.!?]$/.test(w)) return null;
    if (/^(?:the|his|her|their|its)$/i.test(w) && k < words.length - 1) {
      const lw = words[k + 1].text.toLowerCase();
      const opens = isTitle(words[k + 1].text) || ROLE_ADJECTIVES.has(lw) || /^\p{Ll}/u.test(words[k + 1].text);
      // A role holds a title or role word ("director", "head", "lawyer", "spokesman"…).
      const holds = words.slice(k + 1).some((x) => isTitle(x.text) || ROLE_NOUNS.has(x.text.toLowerCase()));
      if (opens && holds) {
        const role = spanOf(text, words, k + 1, words.length);
        // A gerund with its object names an act ("accused the Justice Department of giving Lee
        // special treatment, Roe said"), not a post.
        if (/\b(?:of|for|by|with|about)\s+\p{Ll}+ing\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its)\b)/u.test(role.text))
          return null;
        // "the resignation of the party's chairwoman, Ann Lee": the phrase is about a resignation;
        // "his chief rivals, Ann Lee and Bo Park": about several people.
        return inList(text, words[k].start) || !headNamesPerson(role.text) ? null : role;
      }
      if (w === "the" || w === "The") continue; // "the District of …" inside a longer role
      return null;
    }
    if (ROLE_STOP.has(w.toLowerCase())) return null;
    // A verb with its object makes it a clause: "The club hired a new coach, Oren Blick, …".
    const object = words[k + 1]?.text.toLowerCase() ?? "";
    if ((isFiniteVerbForm(w) || /^\p{Ll}{3,}ed$/u.test(w)) && /^(?:a|an|the|his|her|their|its)$/.test(object))
      return null;
    // The role opens the sentence: "Acting US Attorney for the District of Massachusetts, Joshua S. Levy".
    const before = text.slice(Math.max(0, words[k].start - 3), words[k].start);
    if ((k === 0 || /(?:^|[.!?]["”’]?\s+|\n)$/.test(before)) && (ROLE_MODIFIERS.has(w.toLowerCase()) || isTitle(w))) {
      const role = spanOf(text, words, k, words.length);
      if (!words.slice(k).some((x) => isTitle(x.text))) return null;
      if (words.slice(k).some((x) => /^[,;:()"“”!?]$/.test(x.text))) return null;
      return role;
    }
  }
  return null;
}

/** Bodies named inside a person's roles ("head of the CPS's … division" → Crown Prosecution Service). */
function affiliations(entities: Entity[]): void {
  const marks = entities
    .filter((e) => e.type === "organization")
    .flatMap((b) => b.mentions.map((m) => ({ start: m.start, end: m.end, name: b.name })))
    .sort((a, b) => a.start - b.start);
  for (const p of entities) {
    if (p.type !== "person" || !p.attributes.roles.length) continue;
    const names = new Set<string>();
    for (const r of p.attributes.roles) {
      // First body mention at or after the role's start (binary search), then those inside it.
      for (let i = firstSpanAtOrAfter(marks, r.start); i < marks.length && marks[i].start < r.end; i++)
        if (marks[i].end <= r.end) names.add(marks[i].name);
    }
    if (names.size) p.attributes.affiliations = [...names];
  }
}
