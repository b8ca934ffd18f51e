// The shipped NER model, read from models/ner.bin without network access: the one place the
// extractor's Node entry touches a file. A checkout without the model runs on the entity rules
// alone (the model is data, and a clone may lack it).
import { readFileSync } from "node:fs";
import { projectPath } from "../core/paths.js";
import { Model } from "./entities/tagger/model.js";
import { PerceptronTagger, type Tagger } from "./entities/tagger/tagger.js";

export const MODEL_FILE = "ner.bin";

let bytes: Uint8Array | null | undefined;

/** The bytes of models/ner.bin, read once; null when it cannot be read. */
export function defaultModel(): Uint8Array | null {
  if (bytes === undefined) {
    try {
      bytes = readFileSync(projectPath("models", MODEL_FILE));
    } catch {
      bytes = null;
    }
  }
  return bytes;
}

let cached: Tagger | null = null;

/** The shipped tagger, cached; throws when models/ner.bin cannot be read. */
export function getTagger(): Tagger {
  if (!cached) cached = loadTagger(projectPath("models", MODEL_FILE));
  return cached;
}

/** A tagger from a model file elsewhere (training and evaluation scripts). */
export function loadTagger(path: string): Tagger {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (err) {
    throw new Error(`casefile: cannot read the NER model ${path} (${(err as Error).message}); run npm run train:ner`);
  }
  return new PerceptronTagger(Model.deserialize(file));
}
