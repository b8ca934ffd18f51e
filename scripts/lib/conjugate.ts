// A verb's inflected forms, as compromise conjugates it: shared by the lexicon builders.
import nlp from "compromise";

/**
 * The forms compromise gives a verb lemma ("criticize" → criticize, criticized, criticizes,
 * criticizing); a verb it does not know ("tweet") is inflected regularly.
 */
export function verbForms(lemma: string): string[] {
  const stem = lemma.replace(/e$/, "");
  const c = (nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined) ?? {
    Infinitive: lemma,
    PastTense: stem + "ed",
    PresentTense: lemma + (/(s|sh|ch|x)$/.test(lemma) ? "es" : "s"),
    Gerund: stem + "ing",
  };
  return [c.Infinitive, c.PastTense, c.PresentTense, c.Gerund, c.Participle].filter(
    (f): f is string => typeof f === "string" && /^\p{L}+$/u.test(f),
  );
}
