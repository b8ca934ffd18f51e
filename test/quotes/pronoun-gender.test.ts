// A person whose first name and roles mark no gender ("Robin", "Dana") takes the gender the text's
// own pronouns give them, from two reports at least of either kind: a name, a verb of saying and
// "she" ("Robin Ash said she …"), or a sentence naming only them followed by one opening with "He",
// "She", "His" or "Her". Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";

test("'Robin Ash said she …' twice: a later 'she said' is hers, not another woman's named since", () => {
  const text =
    "Robin Ash said she would stay on as chair. Ash said she had the votes. Asked whether she feared " +
    "that Ann Roe, the mayor, could take the seat, Ash smiled. “The river has no party,” she said.";
  assert.equal(find(quotes(text), "no party").speaker, "Robin Ash");
});

test("'Dana Wirth chaired … He said …': a later 'he said' is Wirth's, not a man named since", () => {
  const text =
    "Dana Wirth chaired the panel on Monday. He said the fund was sound. On Tuesday, Dana Wirth said " +
    "he would not resign. Asked whether Tom Vale could win the seat, Wirth shook his head. " +
    "“That race is over,” he said.";
  assert.equal(find(quotes(text), "race is over").speaker, "Dana Wirth");
});

test("'Robin Ash chaired … Her term …' and 'Robin Ash said she …': a later 'she said' is Ash's", () => {
  const text =
    "Robin Ash chaired the water board for six years. Her term ends in May. Robin Ash said she would " +
    "run again. Asked whether Ann Roe would challenge her, Ash laughed. “Let her try,” she said.";
  assert.equal(find(quotes(text), "Let her try").speaker, "Robin Ash");
});
