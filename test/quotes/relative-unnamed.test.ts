// A report in a relative clause with no comma whose antecedent names no one ("some orchard growers
// who said …"): the speaker stays unnamed, and the phrase before "who" is kept as the mention of who
// spoke. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'some orchard growers who have said that …': an unnamed antecedent is the speaker's mention, with no speaker", () => {
  const growers = find(
    quotes("The leaflet echoed some orchard growers who have said that the cider tax hurts small farms."),
    "cider",
  );
  assert.equal(growers.text, "the cider tax hurts small farms");
  assert.equal(growers.speaker, null);
  assert.equal(growers.speakerMention?.text, "some orchard growers");
  const share = find(quotes("Pike led among the 40 percent of riders who said the tram ran late."), "tram");
  assert.equal(share.speaker, null);
  assert.equal(share.speakerMention?.text, "riders");
  // A person's name before "who" is the speaker, as before.
  const named = find(quotes("The council heard from Lena Marsh who said the tram ran late."), "tram");
  assert.equal(named.speaker, "Lena Marsh");
  // A name after a preposition is no antecedent of "who": no mention is kept.
  const place = find(quotes("Pike met a tram driver in Dunmore who said the brakes were worn."), "brakes");
  assert.equal(place.speaker, null);
  assert.equal(place.speakerMention ?? null, null);
});

test("'say' in the present reports too: 'backed the ferry crews who say the new rota is unsafe'", () => {
  const crews = find(quotes("The union's leaflet backed the ferry crews who say the new rota is unsafe."), "rota");
  assert.equal(crews.text, "the new rota is unsafe");
  assert.equal(crews.cue?.text, "say");
  assert.equal(crews.speaker, null);
  assert.equal(crews.speakerMention?.text, "the ferry crews");
  // A subject with no verb before "who", though a word in -ed stands after a preposition in it,
  // leaves the report out: the clause would run on into the sentence's own predicate.
  const lead = quotes("Her margin among unaffiliated crews who say they'll strike in May is wider than before.");
  assert.equal(lead.filter((x) => x.cue?.text === "say").length, 0);
});
