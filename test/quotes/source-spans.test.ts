// The speaker mention is the subject noun phrase and nothing more: no adverb, time adjunct or
// verb between it and its cue, no opening adverbial before it, no clause around it. Every sentence
// is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";
import { buildDoc } from "../../src/core/doc.js";
import { SpeakerResolver } from "../../src/extract/quotes/speakers.js";

const mentionOf = (text: string, part: string) => find(quotes(text), part).speakerMention?.text;
const creditOf = (text: string, part: string) => {
  const q = find(quotes(text), part);
  return [q.speakerMention?.text, q.speaker];
};

test("adverbs between the subject and its cue are not part of the mention", () => {
  assert.equal(mentionOf("Mr. Tom Vale often said the harbour plan would fail.", "harbour"), "Mr. Tom Vale");
  assert.equal(mentionOf("Ann Roe has long argued that the tram is too slow.", "tram"), "Ann Roe");
  assert.equal(mentionOf("Climate policy, Mr. Vale often says, is the hardest sell of all.", "hardest"), "Mr. Vale");
});

test("a verb whose infinitive the cue is ('plans to say') stays out of the mention", () => {
  assert.equal(mentionOf("Ann Roe plans to say the budget for libraries is too small.", "libraries"), "Ann Roe");
  assert.equal(mentionOf("Tom Vale appeared to say the ferry contract was dead.", "ferry"), "Tom Vale");
});

test("a time or manner adjunct before the cue ends the subject: 'The Daily Globe on Saturday reported'", () => {
  const text = "The Daily Globe on Saturday reported that the ferry contract had been cancelled.";
  const q = find(quotes(text), "ferry");
  assert.equal(q.speakerMention?.text, "The Daily Globe");
  assert.equal(q.speaker, "Daily Globe");
  assert.equal(mentionOf("Tom Vale in a radio interview said the ferry contract was dead.", "ferry"), "Tom Vale");
  assert.equal(mentionOf("Ann Roe last week told reporters that the depot would close.", "depot"), "Ann Roe");
});

test("an opening adverbial with no comma is not part of the subject", () => {
  assert.equal(mentionOf("In a radio interview Ann Roe said the depot was too small.", "depot"), "Ann Roe");
  assert.equal(mentionOf("Last week Tom Vale said the depot would close in May.", "depot"), "Tom Vale");
});

test("a clause before a participle cue gives its name or its subject, not the whole clause", () => {
  const posts = "Tom Vale published a string of posts early Friday saying that his rival lacked judgment.";
  assert.equal(mentionOf(posts, "rival"), "Tom Vale");
  const ad = 'The leaflet includes a photo of Ann Roe saying the tax is "far too high".';
  assert.equal(mentionOf(ad, "tax"), "Ann Roe");
  const statement = 'Following a meeting, the council issued a statement calling the vote "a clear breach".';
  assert.equal(mentionOf(statement, "vote"), "the council");
  assert.equal(
    mentionOf("Ann Roe frequently mocked Vale for his tax bill, claiming that he had a secret.", "secret"),
    "Ann Roe",
  );
});

test("a phrase that cannot be a noun phrase names no speaker: 'whether it was', 'one of the', 'voters in'", () => {
  const text = "Whether it was one of the voters in the east nobody knows, but whether it was is unclear.";
  const doc = buildDoc(text);
  const resolver = new SpeakerResolver(doc, []);
  const at = (word: string) => tokenOf(doc, word);
  assert.equal(resolver.resolvePhrase(at("whether"), at("one"), 0), null);
  assert.equal(resolver.resolvePhrase(at("one"), at("voters"), 0), null);
  assert.equal(resolver.resolvePhrase(at("voters"), at("the"), 0), null);
  assert.equal(resolver.resolvePhrase(at("voters"), at("nobody"), 0)?.mention?.text, "voters in the east");
});

test("a phrase cut short inside a long name starts at the name, not at 'of'", () => {
  const text =
    "The Department of the Interior’s Office of Coastal Fisheries Management said the quota would be halved.";
  const q = find(quotes(text), "quota");
  assert.equal(/^of\b/.test(q.speakerMention?.text ?? ""), false);
});

test("'was expected to say': the subject before the auxiliary and the verb governing the infinitive", () => {
  const text = "Ann Roe was expected to say that the depot would close in May.";
  assert.equal(find(quotes(text), "depot").speakerMention?.text, "Ann Roe");
});

test("an auxiliary with its negation contracted onto it ('hasn't', 'won’t') is no part of the phrase that names the speaker", () => {
  const text = "The harbour board hasn't answered, and Tom Vale won’t say more.";
  const doc = buildDoc(text);
  const resolver = new SpeakerResolver(doc, []);
  const at = (word: string) => tokenOf(doc, word);
  assert.equal(resolver.resolvePhrase(at("The"), at("answered"), 0)?.mention?.text, "The harbour board");
  assert.equal(resolver.resolvePhrase(at("Tom"), at("say"), 0)?.mention?.text, "Tom Vale");
  assert.equal(resolver.resolvePhrase(at("won’t"), at("say"), 0), null);
});

/** The index of the token that reads `word` in `doc`. */
function tokenOf(doc: ReturnType<typeof buildDoc>, word: string): number {
  for (let k = 0; k < doc.tokens.count; k++)
    if (doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]) === word) return k;
  throw new Error(word);
}

test("before a finite cue, a plural that could be a verb opens a compound noun of the subject ('rights groups warned')", () => {
  assert.equal(mentionOf("Tenant rights groups warned that the new toll was unfair.", "toll"), "Tenant rights groups");
  assert.equal(
    mentionOf("Ferry rights activists say the harbour pass is too dear.", "harbour"),
    "Ferry rights activists",
  );
});

test("a comma inside the closing quotation mark of a title still closes the apposition before the cue", () => {
  const text = "Ann Roe, the star of “Harbour Lights,” told reporters that the pier was unsafe.";
  assert.deepEqual(creditOf(text, "pier"), ["Ann Roe", "Ann Roe"]);
});

test("an adverb opening the sentence before a determiner is no part of the subject ('Now the mayor says')", () => {
  const text = "Ann Roe is the mayor of Kelby. Now the mayor says the ferry pier is unsafe.";
  assert.deepEqual(creditOf(text, "ferry"), ["the mayor", "Ann Roe"]);
  assert.equal(mentionOf("Then someone asked how the port could pay for the pier.", "port"), "someone");
  // An adverb that rounds a count belongs to it.
  assert.equal(mentionOf("About the same number said the pier was unsafe.", "unsafe"), "About the same number");
});

test("a sentence adverb with no commas between the subject and its cue is no part of the mention ('Ann Roe however said')", () => {
  assert.equal(mentionOf("Tom Vale spoke first. Ann Roe however said the pier was unsafe.", "unsafe"), "Ann Roe");
  assert.equal(
    mentionOf("The harbour board meanwhile warned that the pier was unsafe.", "unsafe"),
    "The harbour board",
  );
  // A preposition is no such adverb: the subject of "asking" is the singer, not the one sung to.
  assert.deepEqual(creditOf("Ann Roe sang to Tom Vale before asking him, “Will you come to the pier?”", "Will"), [
    "Ann Roe",
    "Ann Roe",
  ]);
});
