// A trailing attribution whose subject runs to seven or eight words ("…, an investment banker at
// the Vexa Bank said."), still a noun phrase with no verb of its own. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'…, an investment banker at the Vexa Merchant Bank told Reuters.' reports the clause before it", () => {
  const q = find(
    quotes(
      "The port will issue bonds worth three billion crowns, an investment banker at the Vexa Merchant Bank told Reuters.",
    ),
    "three billion crowns",
  );
  assert.equal(q.text, "The port will issue bonds worth three billion crowns");
  assert.equal(q.speaker, "Vexa Merchant Bank");
});

test("'…, a senior official at the Dover Harbour Trust said.' too", () => {
  const q = find(
    quotes("The pier will stay shut until May, a senior official at the Dover Harbour Trust said."),
    "stay shut",
  );
  assert.equal(q.text, "The pier will stay shut until May");
});
