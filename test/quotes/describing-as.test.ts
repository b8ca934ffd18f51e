// Reported speech that describes its object with "as": "portrayed the levy as a tax on jobs",
// "dismissed the report as a smear". The verbs are those PolNeAR's annotators marked as cues whose
// content reads "X as Y" (src/lexicon/speech-cues.json). And "call" naming its object: "called the
// levy a disgrace". Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";
import { describingForms } from "../../src/extract/quotes/cues.js";

test("a verb of saying that describes its object with 'as' reports the object and what it is said to be", () => {
  const q = find(quotes("Councillor Ivo Brandt portrayed the ferry levy as a tax on island jobs."), "levy");
  assert.deepEqual(
    [q.kind, q.text, q.cue?.text, q.speaker],
    ["indirect", "the ferry levy as a tax on island jobs", "portrayed", "Ivo Brandt"],
  );
  const d = find(quotes("Lena Moss dismissed the audit as a smear by her rivals."), "audit");
  assert.deepEqual([d.text, d.cue?.text, d.speaker], ["the audit as a smear by her rivals", "dismissed", "Lena Moss"]);
  // The preposition of "referred to" is the cue's.
  const r = find(quotes("Ivo Brandt referred to the harbour board as a closed shop."), "harbour");
  assert.deepEqual([r.text, r.cue?.text], ["the harbour board as a closed shop", "referred to"]);
});

test("a verb of blame takes its 'as' phrase beside its 'for' phrase", () => {
  const as = find(quotes("Lena Moss denounced the tram closure as a betrayal of commuters."), "tram");
  assert.deepEqual(
    [as.text, as.cue?.text, as.speaker],
    ["the tram closure as a betrayal of commuters", "denounced", "Lena Moss"],
  );
  const forPhrase = find(quotes("Lena Moss denounced the mayor for his silence."), "silence");
  assert.equal(forPhrase.text, "the mayor for his silence");
});

test("an 'as' that compares, tells a time or opens a clause describes nothing; nor does a passive", () => {
  assert.equal(quotes("Ivo Brandt defended the crew as they left the quay.").length, 0);
  assert.equal(quotes("Lena Moss dismissed the claims as the vote began.").length, 0);
  assert.equal(quotes("The ferry levy was portrayed as a tax on island jobs.").length, 0);
  // A participle qualifying the subject: the main verb ends its object.
  assert.equal(quotes("The protesters denouncing the mayor grew louder as Ivo Brandt spoke.").length, 0);
  // A second verb after "and" has its own object.
  const q = find(quotes("Lena Moss condemned the raid and described it as a cowardly act."), "cowardly");
  assert.deepEqual([q.text, q.cue?.text], ["it as a cowardly act", "described"]);
  // The subject's second predicate after the description is no part of it.
  const own = find(quotes("Ivo Brandt describes himself as frugal and has said that he will stand."), "frugal");
  assert.equal(own.text, "himself as frugal");
});

test("the describing verbs are reliable cues of PolNeAR train, in their past and -ing forms", () => {
  const forms = describingForms();
  for (const f of ["portrayed", "portraying", "dismissed", "cited", "described"]) assert.ok(forms.has(f), f);
  // A belief ("saw the levy as a tax") is no reliable cue; a bare or -s form may be a noun.
  for (const f of ["saw", "viewed", "portrays", "cite"]) assert.ok(!forms.has(f), f);
});

test("'call' names its object: the object and its predicate are what was said", () => {
  const q = find(quotes("Councillor Lena Moss called the ferry levy a disgrace to the island."), "levy");
  assert.deepEqual(
    [q.kind, q.text, q.cue?.text, q.speaker],
    ["indirect", "the ferry levy a disgrace to the island", "called", "Lena Moss"],
  );
  assert.equal(
    find(quotes("Ivo Brandt called him a political opportunist."), "opportunist").text,
    "him a political opportunist",
  );
  assert.equal(find(quotes("Ivo Brandt called Lena Moss a liar."), "liar").text, "Lena Moss a liar");
  assert.equal(
    find(quotes("Ivo Brandt called it the worst deal in years."), "worst").text,
    "it the worst deal in years",
  );
  // Calling someone, a meeting or a time names nothing; nor does a passive or a participle.
  for (const text of [
    "Lena Moss called the police.",
    "Lena Moss called a vote on the levy.",
    "Lena Moss called her a few times.",
    "Lena Moss called it a day.",
    "Ivo Brandt was called a hero.",
    "A man called Ivo Brandt arrived.",
  ])
    assert.equal(quotes(text).length, 0, text);
});
