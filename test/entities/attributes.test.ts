import { test } from "node:test";
import assert from "node:assert/strict";
import { byMention, entitiesOf } from "./helpers.js";

const roles = (e: { attributes: { roles: { text: string }[] } } | undefined) =>
  (e?.attributes.roles ?? []).map((r) => r.text);

test("ages after a name, with offsets, for each person in a list", () => {
  const text = "Marcus Delaney, 52, and Priya Anand, 47, were charged with fraud.";
  const es = entitiesOf(text);
  const md = byMention(es, "Marcus Delaney");
  assert.equal(md?.attributes.age, 52);
  assert.equal(text.slice(md!.attributes.ageSpan!.start, md!.attributes.ageSpan!.end), "52");
  assert.equal(byMention(es, "Priya Anand")?.attributes.age, 47);
  assert.deepEqual(roles(md), [], "the next person in a list is no role");
});

test("'aged 45' and 'the 38-year-old' give ages; a child's age does not", () => {
  const es = entitiesOf(
    "Fenella Roach, aged 45, was arrested. Separately, Tobias Wren appeared in court. The 38-year-old admitted theft. Mr Wren's 6-year-old son was not there.",
  );
  assert.equal(byMention(es, "Fenella Roach")?.attributes.age, 45);
  assert.equal(byMention(es, "Tobias Wren")?.attributes.age, 38);
});

test("an apposition after the name is a role; two roles joined by 'and member of' are two", () => {
  const es = entitiesOf("Imogen Tate, a Labour MP and member of the Justice Committee, wrote to the minister.");
  assert.deepEqual(roles(byMention(es, "Imogen Tate")), ["Labour MP", "member of the Justice Committee"]);
});

test("a role that names a body gives an affiliation", () => {
  const es = entitiesOf("Oscar Penhaligon, head of the Serious Fraud Office's bribery unit, said the case was closed.");
  const p = byMention(es, "Oscar Penhaligon");
  assert.deepEqual(roles(p), ["head of the Serious Fraud Office's bribery unit"]);
  assert.deepEqual(p?.attributes.affiliations, ["Serious Fraud Office"]);
});

test("a role before the name after 'the …,'", () => {
  const es = entitiesOf("The decision was defended by the chief constable of Kent, Adaeze Mbeki, on Monday.");
  assert.deepEqual(roles(byMention(es, "Adaeze Mbeki")), ["chief constable of Kent"]);
});

test("titles before a name are roles, with modifiers like 'former'", () => {
  const es = entitiesOf(
    "The report was praised by former Home Secretary Gillian Rowse and by FBI Director Carl Hendricks.",
  );
  assert.deepEqual(roles(byMention(es, "Gillian Rowse")), ["former Home Secretary"]);
  assert.deepEqual(roles(byMention(es, "Carl Hendricks")), ["FBI Director"]);
});

test("a participle clause ends the role; a clause that is no role gives none", () => {
  const es = entitiesOf(
    "Mr Quill, a former council officer linked to the scheme, denied wrongdoing. Nadia Fenwick, 29, travelled to Leeds.",
  );
  assert.deepEqual(roles(byMention(es, "Mr Quill")), ["former council officer"]);
  assert.deepEqual(roles(byMention(es, "Nadia Fenwick")), []);
});

test("role offsets point at the role's text", () => {
  const text = "Ruth Kingsley, the director of public prosecutions, said no pressure was applied.";
  const p = byMention(entitiesOf(text), "Ruth Kingsley");
  assert.ok(p && p.attributes.roles.length === 1);
  const r = p.attributes.roles[0];
  assert.equal(text.slice(r.start, r.end), "director of public prosecutions");
});

test("'his lawyer, Name' gives the role before the name", () => {
  const es = entitiesOf("The defendant did not speak. His lawyer, Morven Blair, said he would appeal.");
  assert.deepEqual(roles(byMention(es, "Morven Blair")), ["lawyer"]);
});

test("a chain of address titles stays in the mention and is the role", () => {
  const es = entitiesOf("Detective Chief Inspector Ailsa Drummond led the inquiry.");
  const p = byMention(es, "Detective Chief Inspector Ailsa Drummond");
  assert.equal(p?.name, "Ailsa Drummond");
  assert.deepEqual(roles(p), ["Detective Chief Inspector"]);
});

test("'who was a …' and 'a 52-year-old …' appositions give roles", () => {
  const es = entitiesOf(
    "Callum Fraser, 24, who was a signaller in the Royal Navy, admitted the charge. Police named Edith Marr, a 52-year-old office manager at a haulage firm, as the victim.",
  );
  assert.deepEqual(roles(byMention(es, "Callum Fraser")), ["signaller in the Royal Navy"]);
  const em = byMention(es, "Edith Marr");
  assert.deepEqual(roles(em), ["office manager at a haulage firm"]);
  assert.equal(em?.attributes.age, 52);
});

test("a bracketed apposition with an article is a role", () => {
  const es = entitiesOf("The site was run by Pavel Orlov (an employee of the state broadcaster) until 2022.");
  assert.deepEqual(roles(byMention(es, "Pavel Orlov")), ["employee of the state broadcaster"]);
});

test("a role that opens the sentence before 'Name,' is read", () => {
  const es = entitiesOf(
    "The jury was out for a day. Acting Chief Constable of Fife, Roddy Baxter, said he was relieved.",
  );
  assert.deepEqual(roles(byMention(es, "Roddy Baxter")), ["Acting Chief Constable of Fife"]);
});

test("a job noun before a name is a role; royal forms of address and function words are not", () => {
  const es = entitiesOf(
    "Sanctions named Russian businessman Oleg Varnov. Prince Edmund visited later, after Mr Varnov left.",
  );
  assert.deepEqual(roles(byMention(es, "Oleg Varnov")), ["Russian businessman"]);
  assert.deepEqual(roles(byMention(es, "Prince Edmund")), []);
});

test("post-nominal letters written with the name are a role", () => {
  const es = entitiesOf("For the family, Imelda Stroud KC asked for an adjournment.");
  assert.deepEqual(roles(byMention(es, "Imelda Stroud")), ["KC"]);
});

test("an age written before a name belongs to that name", () => {
  const es = entitiesOf("Odile Brannock was charged along with her husband, 44-year-old Piers Brannock.");
  assert.equal(byMention(es, "Piers Brannock")?.attributes.age, 44);
  assert.equal(byMention(es, "Odile Brannock")?.attributes.age, undefined);
});

test("'a 34-year-old man' is someone new, not the person named before", () => {
  const es = entitiesOf("Kerry Blaine opened the session. Police later arrested a 34-year-old man in Leith.");
  assert.equal(byMention(es, "Kerry Blaine")?.attributes.age, undefined);
});

test("'The 29-year-old' opening a sentence is the person the passage is about, not a commentator quoted since", () => {
  const es = entitiesOf(
    "Sam Okoro was arrested in Leeds on Monday. Police said Okoro had been watched for months.\n\n" +
      'Labour MP Jane Rowe said the case showed the risks. "We must act," Rowe said.\n\n' +
      "The 29-year-old will appear in court on Friday.",
  );
  assert.equal(byMention(es, "Sam Okoro")?.attributes.age, 29);
  assert.equal(byMention(es, "Jane Rowe")?.attributes.age, undefined);
  // An apposition still takes the name just before it.
  const app = entitiesOf("Police named Sam Okoro twice. They also named Ann Bell, a 40-year-old nurse.");
  assert.equal(byMention(app, "Ann Bell")?.attributes.age, 40);
});

test("a list of titled people after a name is no role of it", () => {
  const es = entitiesOf(
    "Records of Chief of Staff Rita Sand, Deputy Chief of Staff Anna Dorn and others were searched. They included: deputy minister for trade Ada Brook, envoy for health issues Ian Moss; and others.",
  );
  // Her title is read whole ("of" between capitalised words), without the list after her name.
  assert.deepEqual(roles(byMention(es, "Rita Sand")), ["Chief of Staff"]);
  assert.ok(!roles(byMention(es, "Ada Brook")).some((r) => r.includes("Ian Moss")));
  // The object of a particle is still part of a role.
  const aide = entitiesOf("Pia Noor, an adviser to former president Ken Aalto, spoke on Monday.");
  assert.deepEqual(roles(byMention(aide, "Pia Noor")), ["adviser to former president Ken Aalto"]);
});

test("a phrase before a comma that names a person is no role of the name after it", () => {
  const es = entitiesOf(
    "In one exchange between Grace Lind and her chief of staff Omar Vell in May 2014, Vell forwards a note to the press office.",
  );
  assert.ok(!roles(byMention(es, "Omar Vell")).some((r) => r.includes("Omar Vell")));
});

test("a comma phrase with a finite verb after a name is a clause, not a role", () => {
  const es = entitiesOf(
    "With Ann Lee, the board's trust grows. Sam Ortiz, head of the Fraud Office's bribery unit, spoke.",
  );
  assert.deepEqual(roles(byMention(es, "Ann Lee")), []);
  assert.deepEqual(roles(byMention(es, "Sam Ortiz")), ["head of the Fraud Office's bribery unit"]);
});

test("the full stop of 'Mr.' does not cut a role, and a headline's capitals give no role", () => {
  const es = entitiesOf("Nelson Ruiz, a former aide to Mr. Vane, spoke on Monday. Vane declined to comment.");
  assert.deepEqual(roles(byMention(es, "Nelson Ruiz")), ["former aide to Mr. Vane"]);
  const headed = entitiesOf(
    "Party Chief Praises Ann Lee Over Budget Deal.\n\nAnn Lee, the finance minister, spoke on Monday. Lee said the deal was done.",
  );
  assert.deepEqual(roles(byMention(headed, "Ann Lee")), ["finance minister"]);
});

test("a verb or adjective before a titled name is no part of its role ('remember President …')", () => {
  const es = entitiesOf(
    "I am old enough to remember President Ivo Marsh on TV. It shows how important Governor Dana Holt is. Russian businessman Viza Mizaev left.",
  );
  assert.deepEqual(roles(byMention(es, "Ivo Marsh")), ["President"]);
  assert.deepEqual(roles(byMention(es, "Dana Holt")), ["Governor"]);
  assert.deepEqual(roles(byMention(es, "Viza Mizaev")), ["Russian businessman"], "an agent noun still is");
});

test("a title that ends a sentence ends the role; an abbreviated title does not", () => {
  const es = entitiesOf(
    '"We check," said Colin Strother, a campaign spokesman. Campaign donations are vetted. Capt. Rita Sand agreed.',
  );
  assert.deepEqual(roles(byMention(es, "Colin Strother")), ["campaign spokesman"]);
  assert.deepEqual(roles(byMention(es, "Rita Sand")), ["Capt."]);
});

test("a noun phrase after a comma that runs into a verb is a new clause, not a role", () => {
  const es = entitiesOf(
    "In a settlement negotiated by Wendell Parr, the lawsuit was dropped. Parr declined to comment.",
  );
  assert.deepEqual(roles(byMention(es, "Wendell Parr")), []);
  const kept = entitiesOf("Wendell Parr, the union's lawyer, said the lawsuit was dropped.");
  assert.deepEqual(roles(byMention(kept, "Wendell Parr")), ["union's lawyer"], "a closed apposition still is");
  const unclosed = entitiesOf("The lawsuit was dropped, Wendell Parr, a lawyer for the union said.");
  assert.deepEqual(
    roles(byMention(unclosed, "Wendell Parr")),
    ["lawyer for the union"],
    "so is one missing its comma before 'said'",
  );
});

test("a description after a list of names describes the list, not its last name", () => {
  const es = entitiesOf("Maren Oakes and Teodor Vasic, the bakery's founders, opened a second shop.");
  assert.deepEqual(roles(byMention(es, "Teodor Vasic")), []);
  assert.deepEqual(roles(byMention(es, "Maren Oakes")), []);
  const one = entitiesOf("Maren Oakes and Teodor Vasic, the bakery's owner, opened a second shop.");
  assert.deepEqual(roles(byMention(one, "Teodor Vasic")), ["bakery's owner"], "a singular one is the last name's");
  const commas = entitiesOf("In a letter to Maren Oakes, Teodor Vasic, head of the guild, asked for more.");
  assert.deepEqual(roles(byMention(commas, "Teodor Vasic")), ["head of the guild"], "a comma alone joins no list");
});

test("a plural title addresses several people and is no one's role", () => {
  const es = entitiesOf("Senators Aldo Ferris and Nina Holt met on Tuesday. Sens. Rosa Quint and Ivan Pell did not.");
  for (const name of ["Aldo Ferris", "Nina Holt", "Rosa Quint", "Ivan Pell"])
    assert.deepEqual(roles(byMention(es, name)), [], name);
  const one = entitiesOf("Senator Aldo Ferris met the board.");
  assert.deepEqual(roles(byMention(one, "Aldo Ferris")), ["Senator"]);
});

test("a title of address after a lower-case job is how the person is addressed, not part of the role", () => {
  const es = entitiesOf(
    "The former Navy director Gen. Corin Blake was charged. Court TV analyst Judge Mira Fenn said so. Vice President Odo Kern and Chief Justice Lia Varga attended.",
  );
  assert.deepEqual(roles(byMention(es, "Corin Blake")), ["former Navy director"]);
  assert.deepEqual(roles(byMention(es, "Mira Fenn")), ["Court TV analyst"]);
  assert.deepEqual(roles(byMention(es, "Odo Kern")), ["Vice President"]);
  assert.deepEqual(roles(byMention(es, "Lia Varga")), ["Chief Justice"]);
});

test("no role before a name across a paragraph or a sentence closed inside quotation marks", () => {
  const es = entitiesOf(
    "Critics Call It ‘A Step Into the Dark.’\n\nMagazine columnist Petra Lund wrote that it was not.",
  );
  assert.deepEqual(roles(byMention(es, "Petra Lund")), ["Magazine columnist"]);
});

test("an adjective or a noun that names no person before a name is no role (WordNet)", () => {
  const es = entitiesOf(
    "Rivals have failed to dent Corra Vane's lead. Voters tired of the combative Dario Pell comparisons. The voluble Anselm Roe spoke.",
  );
  assert.deepEqual(roles(byMention(es, "Corra Vane")), []);
  assert.deepEqual(roles(byMention(es, "Dario Pell")), []);
  assert.deepEqual(roles(byMention(es, "Anselm Roe")), []);
});

test("an apposition whose head names no person, or a clause before a name, is no role: 'a suggestion from his aunt', 'late last month', 'through a spokeswoman', 'The club hired a new coach, X'", () => {
  const es = entitiesOf(
    "His liking for Teo, a suggestion from Mr. Varga's aunt, annoyed the family. The club hired a new coach, Oren Blick, late last month. Dario Pell, through a spokeswoman, declined to comment.",
  );
  assert.deepEqual(roles(byMention(es, "Teo")), []);
  assert.deepEqual(roles(byMention(es, "Oren Blick")), []);
  assert.deepEqual(roles(byMention(es, "Dario Pell")), []);
});

test("a role's head noun may come before a participle or end a compound (WordNet person nouns)", () => {
  const es = entitiesOf(
    "Lena Moss, a Navy veteran attending night school in Tulsa, spoke first. Mara Quill, a Democratic superdelegate, did not. Pavel Orr, a former coal trucking director, left.",
  );
  assert.deepEqual(roles(byMention(es, "Lena Moss")), ["Navy veteran attending night school in Tulsa"]);
  assert.deepEqual(roles(byMention(es, "Mara Quill")), ["Democratic superdelegate"]);
  assert.deepEqual(roles(byMention(es, "Pavel Orr")), ["former coal trucking director"]);
});

test("a plural description after names joined by 'and' with forms of address is the list's, not the last name's", () => {
  const es = entitiesOf("Mr. Varga and Mr. Pell, conservative candidates who rarely agree, met on Tuesday.");
  assert.deepEqual(roles(byMention(es, "Pell")), []);
});

/** Each case: a sentence, a person named in it and the roles read for that person. */
const ROLE_CASES: { about: string; cases: [string, string, string[]][] }[] = [
  {
    about:
      "an apposition's head is its last noun, one person's ('the town's summer fair', 'the bakery's founders' are no roles)",
    cases: [
      ["After a row over Tomas Verhoeven, the town's summer fair, by all accounts, went well.", "Tomas Verhoeven", []],
      ["He met Bo Vale and his wife, Anneke Rooij, the bakery's founders, on Monday.", "Anneke Rooij", []],
      [
        "Tomas Verhoeven, a Navy veteran attending night school in Leeds, said so.",
        "Tomas Verhoeven",
        ["Navy veteran attending night school in Leeds"],
      ],
      ["Tomas Verhoeven, a Dutch citizen born in Leeds, said so.", "Tomas Verhoeven", ["Dutch citizen born in Leeds"]],
      [
        "The study was led by Anneke Rooij, a law professor and political scientist at Carrow College.",
        "Anneke Rooij",
        ["law professor and political scientist at Carrow College"],
      ],
      ["Tomas Verhoeven, a Democratic superdelegate, spoke.", "Tomas Verhoeven", ["Democratic superdelegate"]],
    ],
  },
  {
    about: "a role goes on past 'St.', stops at 'such as' and before a closing adverb; a clause is no apposition",
    cases: [
      [
        "The survey was run by Anneke Rooij, a sociologist at Carrow University in St. Louis, last year.",
        "Anneke Rooij",
        ["sociologist at Carrow University in St. Louis"],
      ],
      [
        "Tomas Verhoeven, a former adviser to unions such as the drivers' union, spoke.",
        "Tomas Verhoeven",
        ["former adviser to unions"],
      ],
      ["To Tomas Verhoeven, the town's elder statesman doesn't matter at all.", "Tomas Verhoeven", []],
      [
        "Tomas Verhoeven, an anthropologist and physician well known for his work, spoke.",
        "Tomas Verhoeven",
        ["anthropologist and physician"],
      ],
      ["Guests included Tomas Verhoeven, an adviser with whom she wrote often.", "Tomas Verhoeven", ["adviser"]],
      ["Anneke Rooij, a close aide said, is very confident.", "Anneke Rooij", []],
    ],
  },
  {
    about: "a title before names: plural titles, adverbs and prepositions opening the sentence, 'of' inside a title",
    cases: [
      ["Take Ohio Republican Sens. Anneke Rooij and Bo Vale, who backed the bill.", "Anneke Rooij", []],
      ["She bristled when top aides Anneke Rooij and Bo Vale objected.", "Anneke Rooij", []],
      ["“Well Senator Anneke Rooij, we were busy too,” she said.", "Anneke Rooij", ["Senator"]],
      ["Under Chancellor Anneke Rooij, the party grew.", "Anneke Rooij", ["Chancellor"]],
      ["It shows how sensitive Anneke Rooij is about the budget.", "Anneke Rooij", []],
      ["The ad — as columnist Ivo Marsh noted recently — promises change.", "Ivo Marsh", ["columnist"]],
      ["Deputy Secretary of State Anneke Rooij flew to Lima.", "Anneke Rooij", ["Deputy Secretary of State"]],
      ["Bank of Carrow Governor Anneke Rooij spoke.", "Anneke Rooij", ["Bank of Carrow Governor"]],
      ["The sale of Vexa CEO Anneke Rooij's shares went ahead.", "Anneke Rooij", ["Vexa CEO"]],
    ],
  },
  {
    about: "a phrase before a name: one item of a list, or about something else, is no role",
    cases: [
      ["Everyone she named, the chairman, the treasurer, Anneke Rooij, was busy that night.", "Anneke Rooij", []],
      ["In the end, the treasurer, Anneke Rooij, resigned.", "Anneke Rooij", ["treasurer"]],
      ["He used it to needle his chief rivals, Anneke Rooij and Bo Vale, for weeks.", "Anneke Rooij", []],
      ["They demand the resignation of the chairwoman, Anneke Rooij, by Friday.", "Anneke Rooij", ["chairwoman"]],
      ["As he accused the Justice Department of giving Vale special treatment, Ann Roe spoke.", "Ann Roe", []],
      [
        "Slates included State Treasurer Dana Holt, Secretary of State Ivo Marsh, Congresswoman Pia Noor and others.",
        "Dana Holt",
        ["State Treasurer"],
      ],
    ],
  },
];

for (const { about, cases } of ROLE_CASES)
  test(about, () => {
    for (const [text, name, want] of cases) assert.deepEqual(roles(byMention(entitiesOf(text), name)), want, text);
  });

test("a number after a name is an age only when it closes the phrase or says 'years old'", () => {
  const ageOf = (text: string, name: string) => byMention(entitiesOf(text), name)?.attributes.age;
  assert.equal(ageOf("The poll found Dana Holt, 48 percent to 45, ahead.", "Dana Holt"), undefined);
  assert.equal(ageOf("Write to Dana Holt, 100 Mill Road, Leeds.", "Dana Holt"), undefined);
  assert.equal(ageOf("Delegates cast 42 votes for Dana Holt, 18 for Ivo Marsh.", "Dana Holt"), undefined);
  assert.equal(ageOf("Dana Holt, 40 — a father of two — sang in the choir.", "Dana Holt"), 40);
  assert.equal(ageOf("Ivo Marsh (44 years old) spoke first.", "Ivo Marsh"), 44);
  assert.equal(ageOf("Dana Holt, 61.\n\nShe was a teacher.", "Dana Holt"), 61);
});

test("'N-year-old': a name that qualifies a noun, a new person after a comma, a relative's age", () => {
  const ageOf = (text: string, name: string) => byMention(entitiesOf(text), name)?.attributes.age;
  const volunteer = "“We knock on doors,” said Dana Holt, a 31-year-old Marsh volunteer in Leeds.";
  assert.equal(ageOf(volunteer, "Dana Holt"), 31);
  const someone = "Ivo Marsh spoke in Leeds on Monday. In another incident this month, a 78-year-old man was charged.";
  assert.equal(ageOf(someone, "Ivo Marsh"), undefined);
  const son = "Dana Holt lost her son, 26-year-old Tywin, in the fire.";
  assert.equal(ageOf(son, "Dana Holt"), undefined);
  const diplomat = "Ivo Marsh spoke on Monday. “We start now,” the bespectacled, 71-year-old diplomat said.";
  assert.equal(ageOf(diplomat, "Ivo Marsh"), 71);
});

test("a predicate after a copula ('Ann Roe is the mayor of Dunmore') is a role when a role noun heads it; a spaced hyphen ends a role", () => {
  const es = entitiesOf(
    "Ann Roe is the mayor of Dunmore. Tom Vale was a lance corporal in the army. Kim Ash is the best choice. Bo Lee has been the target of threats.",
  );
  assert.deepEqual(roles(byMention(es, "Ann Roe")), ["mayor of Dunmore"]);
  assert.deepEqual(roles(byMention(es, "Tom Vale")), ["lance corporal in the army"]);
  assert.deepEqual(roles(byMention(es, "Kim Ash")), [], "no role noun heads 'the best choice'");
  assert.deepEqual(roles(byMention(es, "Bo Lee")), []);
  // ("a keen planner - a former aide said …": a hyphen standing alone is a dash that ends the role.)
  const dash = entitiesOf("Nell Frost was a keen planner - a former aide said she read every brief twice.");
  assert.deepEqual(roles(byMention(dash, "Nell Frost")), ["keen planner"]);
});
