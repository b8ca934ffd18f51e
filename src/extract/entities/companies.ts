// A company named after a person: business copy writes a founder's name for the firm ("Ada Vance's
// third-quarter profit rose", "shares of Ada Vance fell"). Where a name that looks like a person's
// stands in such a phrase and is never written with a form of address or a title, every mention
// of it in the document names the company.
import type { Doc } from "../../core/doc.js";
import { COMPANY_NAMES, POSSESSIVE_COMPANIES } from "./lexicon.js";
import type { Candidate } from "./run.js";

/** What only a company has, right after its possessive: "'s second-quarter profit", "'s shares", "'s board of directors". */
const COMPANY_POSSESSION =
  /^['’]s\s+(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)-quarter\s+|quarterly\s+|annual\s+|full-year\s+|half-year\s+|net\s+)?(?:profits?|revenues?|sales|earnings|net\s+income|shares|stock|share\s+price|market\s+value|shareholders|board\s+of\s+directors|chief\s+executive)\b/i;
/** "shares of Ada Vance", "stock in Ada Vance", "the chief executive of Vantor": a company's shares or head. */
const SHARES_OF =
  /\b(?:(?:shares|stock|stake)\s+(?:of|in)|shareholders\s+(?:of|in)|chief\s+executive(?:\s+officer)?\s+of)\s+$/i;

/** Words for a body's spokesperson, head or owners right after its name ("a Vellcorp spokeswoman", "Vellcorp chief executive Ann Roe"). */
const BODY_PEOPLE_AFTER = /^\s+(?:spokes(?:man|woman|person)|chief\s+executive|shareholders)\b/;

/**
 * Whether English marks the name at [start, end) as a company's or another body's: its profit,
 * shares or board after its possessive, shares in it, its chief executive or its spokesperson.
 */
export function bodyContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  return (
    COMPANY_POSSESSION.test(after) ||
    BODY_PEOPLE_AFTER.test(after) ||
    SHARES_OF.test(text.slice(Math.max(0, start - 30), start))
  );
}

/**
 * The candidates with the person-like names that name a company in this document retyped as
 * organisations, and the companies named with a founder's possessive read whole.
 */
export function companiesNamedAfterPeople(doc: Doc, candidates: Candidate[]): Candidate[] {
  const companies = new Set<string>();
  const { inFullNames, addressed } = namedPeople(doc, candidates);
  for (const c of candidates) {
    if (c.type !== "person") continue;
    const name = doc.text.slice(c.nameStart, c.nameEnd);
    // One word is a company's name only where nothing but the text's shape made it a person's.
    if (!/\s/.test(name) && c.evidence !== "shape" && c.evidence !== "tagger") continue;
    const after = doc.text.slice(c.end, c.end + 60);
    const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
    if (COMPANY_POSSESSION.test(after) || SHARES_OF.test(before)) companies.add(name);
  }
  // "Brellix said its stores would close", "Ardo, Brellix and Tom Vane": a lone word guessed to be
  // a person, or left untyped, that a list of companies holds (and no list of people's names) is
  // the company, unless a person's fuller name in the text holds the word ("Ann Brellix" …
  // "Brellix said").
  for (const c of candidates) {
    const name = doc.text.slice(c.nameStart, c.nameEnd);
    // A place read from the words around it alone ("a job at Brellix") is guessed too: the list
    // holds no place's name.
    const guessed =
      (c.type === "person" && (c.evidence === "shape" || c.evidence === "tagger")) ||
      (c.type === "location" && (c.evidence === "context" || c.evidence === "tagger")) ||
      c.type === null;
    if (guessed && COMPANY_NAMES.has(name) && !inFullNames.has(name)) companies.add(name);
  }
  for (const n of addressed) companies.delete(n);
  // "Vance's shares" where the text names Ada Vance is her shares.
  for (const n of companies) if (!/\s/.test(n) && inFullNames.has(n)) companies.delete(n);
  if (companies.size === 0) return possessiveCompanies(doc, candidates);
  // The last word alone ("Vance said") is the company too, unless a person's name ends in it.
  const lastWord = (n: string) => n.slice(n.lastIndexOf(" ") + 1);
  const byLastWord = new Map([...companies].map((n) => [lastWord(n), n]));
  for (const c of candidates) {
    const name = doc.text.slice(c.nameStart, c.nameEnd);
    if (c.type === "person" && /\s/.test(name) && !companies.has(name)) byLastWord.delete(lastWord(name));
  }
  const retyped = candidates.map((c): Candidate => {
    const name = doc.text.slice(c.nameStart, c.nameEnd);
    const company = companies.has(name) ? name : addressed.has(name) ? undefined : byLastWord.get(name);
    const listed = (c.type === null || c.type === "location") && COMPANY_NAMES.has(name);
    return (c.type === "person" || listed) && company
      ? { ...c, type: "organization", canonical: company, evidence: "context" }
      : c;
  });
  return possessiveCompanies(doc, retyped);
}

/**
 * "Ann Kell now speaks for Dillard's": a company a list names with a founder's possessive is named
 * with it, so the word and its "'s" are one body's mention, not a person's name or a stray word
 * before a possessive. A person the text names in full with that word ("Tom Dillard … Dillard's
 * plan") or with a title or form of address keeps it.
 */
export function possessiveCompanies(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { inFullNames, addressed } = namedPeople(doc, candidates);
  const out: Candidate[] = [];
  let firm: Candidate | null = null; // the last candidate retyped here, while the next may go on from it
  for (const c of candidates) {
    // "Moody's Investors Service": a body's name right after the firm's, one space on, goes on from it.
    if (firm && c.type === "organization" && c.start === firm.end + 1 && doc.text[firm.end] === " ") {
      out[out.length - 1] = { ...c, start: firm.start, nameStart: firm.start, canonical: null, evidence: "context" };
      firm = null;
      continue;
    }
    firm = null;
    const word = doc.text.slice(c.nameStart, c.nameEnd);
    if (
      c.end === c.nameEnd &&
      !inFullNames.has(word) &&
      !addressed.has(word) &&
      POSSESSIVE_COMPANIES.has(`${word}'s`) &&
      /^['’]s(?![\p{L}\p{N}])/u.test(doc.text.slice(c.end, c.end + 3))
    ) {
      const end = c.end + 2;
      firm = { ...c, type: "organization", end, nameEnd: end, canonical: `${word}'s`, evidence: "context" };
      out.push(firm);
    } else out.push(c);
  }
  return out;
}

/**
 * Who the candidates name as people: each word of a person's name of several words ("Ann Brellix"
 * gives "Ann" and "Brellix"), and each person's name written with a form of address or a title
 * ("Mr. Brellix", "Judge Brellix").
 */
function namedPeople(doc: Doc, candidates: Candidate[]): { inFullNames: Set<string>; addressed: Set<string> } {
  const inFullNames = new Set<string>();
  const addressed = new Set<string>();
  for (const c of candidates) {
    if (c.type !== "person") continue;
    const name = doc.text.slice(c.nameStart, c.nameEnd);
    if (/\s/.test(name)) for (const w of name.split(/\s+/)) inFullNames.add(w);
    if (c.honorific || c.evidence === "title" || c.start < c.nameStart) addressed.add(name);
  }
  return { inFullNames, addressed };
}
