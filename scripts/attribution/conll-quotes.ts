// Prints every quotation Casefile finds in CoNLL-2003 wire copy (Reuters, 1996), with its speaker, the
// words that named the speaker, its cue and its paragraph: a second body of text nobody tuned the
// speaker rules on, to read by eye before and after a change (diff two runs). The token files are
// joined back into text: words with spaces, clitics and punctuation glued, straight double quotes
// paired into curly ones, one paragraph a sentence except while a quotation is open. Train and testa
// only; testb is the NER test split and stays unread.
//   node dist/scripts/attribution/conll-quotes.js [--split train|testa] [--from N] [--count N]
import { extract } from "../../src/extract/index.js";
import { isMain } from "../lib/main.js";
import { dataPath, readSplit, CONLL_DIR } from "../ner/evaluate.js";

const GLUED = /^(?:[,.;:!?%)]|'s|'|n't|'re|'ve|'ll|'d|'m)$/;

/** One CoNLL document (its sentences' words) as text. */
export function detokenize(sentences: readonly (readonly string[])[]): string {
  let text = "";
  let open = false;
  for (const words of sentences) {
    if (text) text += open ? " " : "\n\n";
    let first = true;
    for (const w of words) {
      if (w === '"') {
        // (A closing mark that opens a token sentence closes the one before: no space before it.)
        text = open ? text.replace(/ $/, "") + "\u201d" : text + (first ? "" : " ") + "\u201c";
        open = !open;
      } else {
        const glue = first || GLUED.test(w) || /[\u201c($]$/.test(text);
        text += (glue ? "" : " ") + w;
      }
      first = false;
    }
  }
  return text;
}

/** The lines printed for the documents [from, from + count) of a split that hold a quotation. */
export function quoteLines(split: "eng.train" | "eng.testa", from: number, count: number): string[] {
  const docs = readSplit(split);
  const out: string[] = [];
  for (let d = from, shown = 0; d < docs.length && shown < count; d++) {
    const text = detokenize(docs[d].sentences.map((s) => s.words));
    const x = extract(text, { id: `conll-${d}`, published: null });
    if (!x.quotes.length) continue;
    shown++;
    const name = (id: string | null) => (id ? (x.entities.find((e) => e.id === id)?.name ?? id) : null);
    out.push(`=== doc ${d}: ${text.split("\n", 1)[0].slice(0, 80)}`);
    for (const q of x.quotes) {
      const p0 = text.lastIndexOf("\n", q.start) + 1;
      const p1 = text.indexOf("\n", q.start);
      out.push(
        `[${q.kind}] ${name(q.speakerId) ?? q.speaker} | m=${JSON.stringify(q.speakerMention?.text ?? null)} ` +
          `cue=${JSON.stringify(q.cue?.text ?? null)} ⟦${q.text.slice(0, 70)}⟧`,
        `    ${text.slice(p0, p1 < 0 ? undefined : p1).slice(0, 260)}`,
      );
    }
  }
  return out;
}

if (isMain(import.meta.url)) {
  const arg = (flag: string, fallback: string) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const split = arg("--split", "train");
  if (split !== "train" && split !== "testa") throw new Error("--split is train or testa (testb stays unread)");
  if (!dataPath([...CONLL_DIR, `eng.${split}`])) {
    console.log("CoNLL-2003 is absent (../shared/data/ner/conll2003): nothing to print.");
  } else {
    for (const line of quoteLines(`eng.${split}`, Number(arg("--from", "0")), Number(arg("--count", "1000000"))))
      console.log(line);
  }
}
