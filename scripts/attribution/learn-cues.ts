// Learns the speech-cue lexicon (src/lexicon/speech-cues.json) from PolNeAR train (Newell, Margolin
// and Ruths, LREC 2018): every Cue span of the first annotator's .ann of each article. For each word
// form it counts how often the form is (the head of) an annotated cue and how often it occurs in
// the train text at all, so the lexicon keeps the forms that usually mark attribution, with the rate
// that says how reliably. Only these statistics are written, never the corpus text.
// scripts/lexicon/build.ts writes it when PolNeAR train is beside the project
// (`node dist/scripts/lexicon/build.js --only speech-cues.json`), and `npm run lexicon:check`
// compares it with the committed file.
import nlp from "compromise";
import { parseAnn, polnearArticles } from "../polnear.js";
import { verbForms } from "../lib/conjugate.js";

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Count {
  /** Cue spans whose first content word is this form. */
  cue: number;
  /** Occurrences of the form anywhere in the train text. */
  all: number;
  /** Cue spans that hold this form as a word other than their head ("issued a statement"). */
  inside: number;
  /** Of the cue uses, those whose content starts after the cue ("said that …"). */
  contentAfter: number;
  /** Of the cue uses, those directly followed by "that". */
  that: number;
  /** Occurrences of the form right before "that", and of those, the ones where it is a cue's head. */
  beforeThat: number;
  headBeforeThat: number;
  /** Of the cue uses, those with a quotation mark in the content. */
  quoted: number;
  /** Of the cue uses, those whose content, right after the cue, names a thing and then says what it
   * is with "as" ("portrayed the levy as a tax on jobs": "as" its second to ninth word). */
  as: number;
  /** Of the cue uses, those whose content, right after the cue, is an infinitive ("vowed to fight …"). */
  to: number;
  /** Of the cue uses, those whose source is a personal pronoun (he, she, I, we, you): a person speaks. */
  person: number;
}

/** Words that open a cue span but do not carry it ("has said", "did not say", "also told"). */
const FUNCTION_WORDS = new Set(
  "a an the has have had is are was were be been being will would could should may might must can did do does not n't also then just publicly repeatedly further later again recently previously earlier once never still even often".split(
    " ",
  ),
);

export function learnCues(splitDir: string) {
  const counts = new Map<string, Count>();
  const phrases = new Map<string, number>();
  const get = (w: string) => {
    let c = counts.get(w);
    if (!c)
      counts.set(
        w,
        (c = {
          cue: 0,
          inside: 0,
          all: 0,
          contentAfter: 0,
          that: 0,
          beforeThat: 0,
          headBeforeThat: 0,
          quoted: 0,
          as: 0,
          to: 0,
          person: 0,
        }),
      );
    return c;
  };
  for (const a of polnearArticles(splitDir)) {
    const text = a.text;
    // The offsets of the words right before "that" ("found that …").
    const thatNext = new Set<number>();
    let prev: RegExpExecArray | null = null;
    for (const m of text.matchAll(WORD)) {
      const w = norm(m[0]);
      get(w).all++;
      if (w === "that" && prev && /^\s+$/.test(text.slice(prev.index + prev[0].length, m.index))) {
        get(norm(prev[0])).beforeThat++;
        thatNext.add(prev.index);
      }
      prev = m;
    }
    const gold = parseAnn(a.ann, text);
    for (const attr of gold.attributions) {
      for (const cue of attr.cues) {
        const [s, e] = cue[0];
        const matches = [...text.slice(s, e).matchAll(WORD)];
        const words = matches.map((m) => norm(m[0]));
        // The head is the first word that is no auxiliary, negation, adverb ("-ly") or contraction.
        const h = words.findIndex((w) => !FUNCTION_WORDS.has(w) && !/ly$/.test(w) && !/'/.test(w) && w.length > 2);
        const head = h >= 0 ? words[h] : undefined;
        if (head && thatNext.has(s + matches[h].index)) get(head).headBeforeThat++;
        for (const w of new Set(words)) if (w !== head) get(w).inside++;
        if (!head) continue;
        const c = get(head);
        c.cue++;
        const content = attr.contents[0]?.[0];
        if (content && content[0] >= e) c.contentAfter++;
        const end = cue[cue.length - 1][1];
        if (content && content[0] >= end && /^\s{0,2}$/.test(text.slice(end, content[0]))) {
          const first = text.slice(content[0], content[1]).split(/\s+/).slice(1, 9);
          if (first.includes("as")) c.as++;
          if (/^to\s+\p{Ll}/u.test(text.slice(content[0], content[1]))) c.to++;
        }
        if (/^\s*that\b/i.test(text.slice(cue[cue.length - 1][1], cue[cue.length - 1][1] + 6))) c.that++;
        if (attr.contents.some((f) => f.some(([x, y]) => /["“”]/.test(text.slice(x, y))))) c.quoted++;
        if (attr.sources.some((f) => /^(he|she|i|we|you)$/i.test(text.slice(f[0][0], f[f.length - 1][1]).trim())))
          c.person++;
        if (cue.length === 1 && words.length > 1 && words.length <= 4) {
          const p = words.join(" ");
          phrases.set(p, (phrases.get(p) ?? 0) + 1);
        }
      }
    }
  }
  return { counts, phrases };
}

const norm = (w: string) => w.toLowerCase().replace(/’/g, "'");

/** The inflections compromise gives a lemma, when they reproduce a form annotators marked (so a
 * lemma compromise got wrong, such as "touted", adds nothing). */
function inflections(lemma: string, attested: Set<string>): string[] {
  if (/(ed|ing)$/.test(lemma)) return [];
  const forms = verbForms(lemma);
  return forms.some((f) => attested.has(f)) ? forms : [];
}

/** The verb lemma compromise gives a form read as a verb ("he noted" → "note"), or the form itself. */
function lemmaOf(form: string): string {
  for (const context of ["he", "they", "was"]) {
    const v = nlp(`${context} ${form} it`).verbs().toInfinitive().text().toLowerCase().split(" ");
    const lemma = v[v.length - 2] === form || v.length < 2 ? v[v.length - 1] : v[v.length - 2];
    // A lemma shares the form's first letter ("told" → "tell"); "was" for "say" is the context word.
    if (lemma && lemma !== form && lemma !== context && lemma[0] === form[0] && /^\p{L}+$/u.test(lemma)) return lemma;
  }
  return form;
}

/** speech-cues.json as learnt from PolNeAR train (`trainDir`, its `data/train`). */
export function speechCueLexicon(trainDir: string) {
  const { counts, phrases } = learnCues(trainDir);
  // A form is kept when annotators marked it as a cue's head at least 8 times and in at least a
  // fifth of its occurrences (or 3 times and in most of them): "said", "warned", "quipped"; not
  // "have" or "that". Forms are grouped by verb lemma, and each lemma lists all its inflections
  // (compromise conjugates it), so "denounces" counts although train only has "denounced".
  const lemmas = new Map<
    string,
    {
      forms: Set<string>;
      cue: number;
      all: number;
      after: number;
      that: number;
      quoted: number;
      as: number;
      to: number;
      person: number;
    }
  >();
  for (const [form, c] of counts) {
    const rate = c.cue / Math.max(c.all, c.cue);
    if (!((c.cue >= 8 && rate >= 0.2) || (c.cue >= 3 && rate >= 0.6)) || !/^\p{L}+$/u.test(form)) continue;
    const lemma = lemmaOf(form);
    const l = lemmas.get(lemma) ?? {
      forms: new Set<string>(),
      cue: 0,
      all: 0,
      after: 0,
      that: 0,
      quoted: 0,
      as: 0,
      to: 0,
      person: 0,
    };
    l.forms.add(form);
    l.cue += c.cue;
    l.all += Math.max(c.all, c.cue);
    l.after += c.contentAfter;
    l.that += c.that;
    l.quoted += c.quoted;
    l.as += c.as;
    l.to += c.to;
    l.person += c.person;
    lemmas.set(lemma, l);
  }
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const out: Record<
    string,
    {
      forms: string[];
      cue: number;
      rate: number;
      after: number;
      that: number;
      quoted: number;
      as: number;
      to: number;
      person: number;
    }
  > = {};
  for (const [lemma, l] of [...lemmas].sort((a, b) => b[1].cue - a[1].cue)) {
    for (const f of inflections(lemma, l.forms)) l.forms.add(f);
    out[lemma] = {
      forms: [...l.forms].sort(),
      cue: l.cue,
      rate: r2(l.cue / l.all),
      after: r2(l.after / l.cue),
      that: r2(l.that / l.cue),
      quoted: r2(l.quoted / l.cue),
      as: r2(l.as / l.cue),
      to: r2(l.to / l.cue),
      person: r2(l.person / l.cue),
    };
  }
  // Words that sit inside cue spans without heading them: reporting nouns ("in a statement", "his
  // claim that") and the "to" of "according to".
  const nouns: Record<string, { inside: number; rate: number }> = {};
  for (const [form, c] of [...counts].sort((a, b) => b[1].inside - a[1].inside)) {
    const rate = c.inside / Math.max(c.all, c.inside);
    if (c.inside >= 8 && rate >= 0.2 && /^\p{L}{3,}$/u.test(form) && !/ly$/.test(form) && !lemmas.has(form))
      nouns[form] = { inside: c.inside, rate: r2(rate) };
  }
  // Verb forms that are a cue's head in at least half of their occurrences right before "that" (at
  // least 4 times), however rarely they are one elsewhere: "found that …", "showed that …". Only an
  // inflected form whose verb lemma compromise finds ("found" → "find"), so no noun ("statement that").
  const beforeThat: Record<string, { lemma: string; cue: number; all: number }> = {};
  for (const [form, c] of [...counts].sort((a, b) => b[1].headBeforeThat - a[1].headBeforeThat)) {
    if (c.headBeforeThat < 4 || c.headBeforeThat < 0.5 * c.beforeThat || !/^\p{L}+$/u.test(form)) continue;
    const lemma = lemmaOf(form);
    if (lemma !== form) beforeThat[form] = { lemma, cue: c.headBeforeThat, all: c.beforeThat };
  }
  const multi = Object.fromEntries([...phrases].filter(([, n]) => n >= 8).sort((a, b) => b[1] - a[1]));
  return {
    source:
      "PolNeAR v1.0.0 train split (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR @ c3eee83), Cue spans of the first .ann of each article; inflections by compromise; built by scripts/attribution/learn-cues.ts",
    licence:
      "derived counts only (no corpus text); PolNeAR has no data licence and is used for research; compromise MIT; this file is part of Casefile (MIT)",
    fields:
      "per lemma: forms; cue: times a form was annotated as a cue's head word; rate: cue / all occurrences of the forms in train; after: share whose content follows the cue; that: share followed by 'that'; quoted: share whose content holds a quotation mark; as: share whose content, right after the cue, reads 'X as Y' ('as' its second to ninth word); to: share whose content, right after the cue, opens with 'to' and a lower-case word (an infinitive: 'vowed to fight'); person: share whose source is he/she/I/we/you; beforeThat: per verb form, its lemma, cue: times it headed a cue right before 'that', all: its occurrences right before 'that'",
    lemmas: out,
    inside: nouns,
    beforeThat,
    phrases: multi,
  };
}
