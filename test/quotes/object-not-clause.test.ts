// A noun phrase object is no reported clause: "wrote a detailed letter to …" (a form in -ed right
// after a determiner is an adjective, not the clause's verb), and "maintains a lead over …"
// ("maintain" reports a clause with "that" or a short subject and its verb, as "deny" does; the
// subject may hold a participle set off with its time: "maintains the ban, announced in May, is …").
// Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'wrote a detailed letter to …': an adjective in -ed after the determiner opens no clause", () => {
  const qs = quotes("Last week the ferry company wrote a detailed, four-page letter to the harbour master, Tom Vale.");
  assert.deepEqual(
    qs.map((q) => q.text),
    [],
  );
  // A verb in -ed after the subject's noun still opens one.
  assert.equal(find(quotes("Ann Roe said the revised levy was unfair."), "levy").text, "the revised levy was unfair");
});

test("'maintains a lead over …' is no report; 'maintained the fees were fair' is", () => {
  assert.deepEqual(
    quotes("Though Ann Roe maintains a comfortable lead over Tom Vale, the race is close.").map((q) => q.text),
    [],
  );
  const q = find(quotes("Ann Roe has long maintained the harbour fees were fair."), "fees");
  assert.deepEqual([q.text, q.speaker], ["the harbour fees were fair", "Ann Roe"]);
  // The short subject goes on past a participle set off with its time.
  const dated = find(
    quotes("The council maintains the ban, announced early this month, is needed for the dunes."),
    "ban",
  );
  assert.equal(dated.text, "the ban, announced early this month, is needed for the dunes");
});
