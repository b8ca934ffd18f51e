// Attribution patterns of English that the rules must hold on text nobody here has read. Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";
import type { Entity } from "../../src/core/schema.js";
import { missedMentions } from "../../src/extract/quotes/mentions.js";
import { extract } from "../../src/extract/index.js";

test("a quotation paragraph with no cue continues the reported speech before it", () => {
  const text = [
    "Harriet Vale, the council leader, spoke on Monday.",
    "Ms Vale said the bridge plan had failed because nobody paid for it.",
    "“It was never funded, and everybody in the chamber knew that from the very start.”",
  ].join("\n\n");
  assert.equal(find(quotes(text), "never funded").speaker, "Harriet Vale");
});

test("'the statement said' and 'the spokesperson added' point back to the body that spoke", () => {
  const text = [
    "The Harbour Safety Board issued a statement on Tuesday about the ferry collision.",
    "“The crew followed every procedure we have written down for a night crossing,” the Harbour Safety Board said.",
    "“No passenger was at any point in danger during the whole of the crossing,” the statement said.",
  ].join("\n\n");
  assert.match(String(find(quotes(text), "No passenger").speaker), /Harbour Safety Board/);
});

test("a definite role with no holder named ('the former Riverside coach') is the person the passage is about", () => {
  const text = [
    "Riverside lost 2-1 on Saturday.",
    "Tomas Berger was angry after the game. “We played well for an hour and then we simply stopped running,” the former Riverside coach said.",
    "“The referee missed two clear fouls in the last ten minutes of the game,” he added.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "simply stopped").speaker, "Tomas Berger");
  assert.equal(find(qs, "two clear fouls").speaker, "Tomas Berger");
});

test("an adverb between subject and cue ('first revealed') and a long apposition before the cue", () => {
  const text = [
    "Transport Secretary Nadia Okafor first revealed on Friday that the tunnel was “structurally unsound” and would close.",
    "‘Nobody will be asked to travel through it again until it is safe,’ Colm Reddy, a former engineer who now runs the tunnel company, told reporters.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "structurally unsound").speaker, "Nadia Okafor");
  assert.equal(find(qs, "Nobody will be asked").speaker, "Colm Reddy");
});

test("a pronoun prefers the subject of the sentence before over a name later in it", () => {
  const text = [
    "Greta Lind, the mayor, opened the new library on Monday.",
    "Speaking at the opening, Mayor Lind thanked Paul Okoro for the funding. “We waited twenty years for this building and it was worth every single day,” she said.",
    "Councillor Okafor has repeatedly argued that the budget would collapse if Mr Carl Moss left the board.",
    "“We cannot pass it this week, because the one member who backs it is away,” he said.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "waited twenty years").speaker, "Greta Lind");
  assert.equal(find(qs, "cannot pass it").speaker, "Okafor");
});

test("a bare surname shared by relatives is the one of them mentioned last", () => {
  const text = [
    "“We are glad to join the group,” said Mr. Tom Vale, the founder. His brother, Ian Vale, runs the kitchens.",
    "“I am delighted to be partnering with the group,” said Mr. Tom Vale.",
    "“I am also very excited about the next step,” added Mr. Vale.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "very excited").speaker, "Tom Vale");
});

test("occurrences of an entity's own names that the entity layer left unmarked are mentions too", () => {
  const text = "President Vale spoke. Vale has claimed the bill would pass. The month of May ended; it may rain.";
  const mention = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, entity: "e1" });
  const vale: Entity = {
    id: "e1",
    type: "person",
    name: "Vale",
    mentions: [mention("President Vale")],
    attributes: { roles: [] },
  };
  const may: Entity = { id: "e2", type: "person", name: "May", mentions: [], attributes: { roles: [] } };
  const found = missedMentions(text, [vale, may]).map((m) => [text.slice(m.start, m.end), m.entity.id]);
  // The second "Vale" is found; "May" is not, since "may" is also written in lower case.
  assert.deepEqual(found, [["Vale", "e1"]]);
});

test("a name's lower-case twin counts only as a word of its own, not inside a longer one", () => {
  const person = (id: string, name: string): Entity => ({
    id,
    type: "person",
    name,
    mentions: [],
    attributes: { roles: [] },
  });
  const names = (text: string) => missedMentions(text, [person("e1", "Rose")]).map((m) => text.slice(m.start, m.end));
  // "rose" inside "prim-rose" or at the end of a long run of letters is no word "rose".
  assert.deepEqual(names("Rose spoke. The prim-rose beds bloomed."), ["Rose"]);
  assert.deepEqual(names(`Rose spoke. ${"a".repeat(90)}rose ended.`), ["Rose"]);
  // Written on its own ("the sun rose"), it is, and the name is left alone.
  assert.deepEqual(names("Rose spoke. The sun rose."), []);
  assert.deepEqual(names(`Rose spoke. ${"b".repeat(90)} rose.`), []);
});

test("a role owned by a person named before it ('Haddad's deputy, Lena Park,') is the person named in apposition", () => {
  const text = [
    "“Nobody likes taxes,” said Finance Minister Omar Haddad on Friday.",
    "Haddad's deputy, Lena Park, said the tax would be reviewed in the spring.",
  ].join("\n\n");
  const q = find(quotes(text), "reviewed in the spring");
  assert.equal(q.speaker, "Lena Park");
});

test("a pronoun after 'Velli's lawyer, Paolo Neri, disagreed' is the lawyer, not the owner of the role", () => {
  const text = [
    "The trial of Marco Velli opened in Turin on Monday.",
    "Velli's lawyer, Paolo Neri, disagreed. “My client has never seen these accounts in his life,” he said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "never seen these accounts").speaker, "Paolo Neri");
});

test("a description ('the 58-year-old senator') points to the person this paragraph made its subject, not the last speaker", () => {
  const text = [
    "Gov. Ray Dalton signed the school funding bill on Tuesday.",
    "“This is a good day for every child in this state,” Dalton said.",
    "Sen. Mary Brooks voted against the bill. “We cannot afford this, and the schools know it,” the 58-year-old senator said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "cannot afford this").speaker, "Mary Brooks");
});

test("'the 23-year-old' is the person the passage is about when no name was given that age", () => {
  const text = [
    "The Lions lost 3-1 at home on Saturday.",
    "“We were poor from the first whistle,” coach Frank Moyo told reporters after the game.",
    "Midfielder Kofi Adu, who scored the only goal, agreed. “We have to be much better than that,” the 23-year-old said.",
  ].join("\n\n");
  assert.match(String(find(quotes(text), "much better than that").speaker), /Kofi Adu/);
});

test("a plural possessive inside the speaker's phrase ('said teachers' union president Al Ruiz') does not end it", () => {
  const text =
    "The school funding bill passed on Tuesday. “It is a start, but only a start for our schools,” said teachers' union president Al Ruiz.";
  const q = find(quotes(text), "only a start");
  assert.equal(q.speaker, "Al Ruiz");
  assert.equal(q.speakerMention?.text, "teachers' union president Al Ruiz");
});

test("a weak cue right after the quotation's comma attributes it ('“…,” the agency posted')", () => {
  const qs = quotes(
    [
      "The Harbour Agency runs the ferries.",
      "“Every crossing is cancelled until the storm has passed,” the Harbour Agency posted on its website.",
      "The agency reported that ten boats were damaged.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "Every crossing").speaker, "Harbour Agency");
  assert.equal(find(qs, "Every crossing").cue?.text, "posted");
});

test("'the judge said' with no judge introduced stays unnamed; a judge the text titled is found", () => {
  const unnamed = [
    "The defence lawyer, Tom Reyes, said the case against his client was weak.",
    "“The jury will decide what happened on that night,” the judge said.",
  ].join("\n\n");
  assert.equal(find(quotes(unnamed), "jury will decide").speaker, null);
  const titled = [
    "Mr Justice Hale ruled on Monday that the evidence could be heard.",
    "“I am sure the witness told the truth about the loan,” the judge said.",
  ].join("\n\n");
  assert.match(String(find(quotes(titled), "witness told the truth").speaker), /Hale/);
});

test("a speech word owned by a possessor is a noun, not the cue ('Tom Vale's remarks')", () => {
  const q = find(
    quotes("Senator Ann Roe called Mayor Tom Vale's remarks on Saturday “a disgrace to the city”."),
    "disgrace",
  );
  assert.equal(q.cue?.text, "called");
  assert.equal(q.speaker, "Ann Roe");
});

test("a participle after a comma reports the sentence's subject even when it is unnamed, not an opening adverbial", () => {
  const q = find(
    quotes(
      "In March, several local charities wrote to the council, saying its plan was “a betrayal of the poorest families”.",
    ),
    "betrayal",
  );
  assert.equal(q.speaker, null);
  assert.equal(q.speakerMention?.text, "several local charities");
});

test("'said of X' is active speech, and a place before a role ('the Riverside mayor') is not the speaker", () => {
  const of = quotes(
    "Ann Roe, who chairs the transport committee, said of the plan: “It is a mess from start to finish.”",
  );
  assert.equal(find(of, "a mess").speaker, "Ann Roe");
  const mayor = find(
    quotes("The Riverside mayor says of her rival, “She has never run anything bigger than a bake sale.”"),
    "bake sale",
  );
  assert.equal(mayor.speaker, null);
  assert.equal(mayor.speakerMention?.text, "The Riverside mayor");
  // An accusation's "of" still names what someone is accused of, by nobody named.
  assert.equal(find(quotes("Tom Vale was accused of “gross misconduct” by the board."), "misconduct").speaker, null);
});

test("an attribution sentence after a quotation closed by '!' or '?' names its speaker despite an adverbial tail", () => {
  const won = quotes("Officials met. “We won the whole state!” Ann Roe said as the votes came in.");
  assert.equal(find(won, "whole state").speaker, "Ann Roe");
  const cited = quotes(
    "“Is this a priority for them?” Tom Vale said at a press conference, according to the Valley Courier.",
  );
  assert.equal(find(cited, "priority").speaker, "Tom Vale");
  // The citation of the quotation is no quote of its own.
  assert.equal(cited.length, 1);
  const nested = quotes(
    "“When the flood came, her first answer was, ‘What can we do to help?’” Tom Vale told reporters.",
  );
  assert.equal(find(nested, "flood").speaker, "Tom Vale");
});

test("an inverted attribution after an adjunct and its comma ('… about the ruling, said Ann Roe')", () => {
  const q = find(
    quotes("“We are extremely happy” about the ruling, said Ann Roe, director of the Valley Nurses Union."),
    "happy",
  );
  assert.equal(q.speaker, "Ann Roe");
  // A subject's apposition before the comma is no adjunct: "Ann Roe, …, told AFP".
  const t = "“There was no order,” Ann Roe, a lawyer who now chairs the board, told AFP in an interview.";
  assert.equal(find(quotes(t), "no order").speaker, "Ann Roe");
});

test("a party and state in brackets after a name ('Rep. Ann Roe (R-Fla.) said') ends no sentence", () => {
  const text = [
    "The committee voted on Tuesday to hold the contractor in contempt.",
    "“If you let that stand, you destroy the whole basis of oversight,” Rep. Ann Roe (R-Fla.) said.",
  ].join("\n\n");
  const q = find(quotes(text), "whole basis");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.cue?.text, "said");
});

test("several appositions after a name: the name speaks, and a noun among them is no cue", () => {
  const after = quotes(
    "“It is an invasion of our domain,” Ann Roe, the attorney general of Ohio, one of the states suing the agency, said at an event.",
  );
  assert.equal(find(after, "invasion").speaker, "Ann Roe");
  assert.equal(find(after, "invasion").cue?.text, "said");
  const before = find(
    quotes("Ann Roe, the head of the Harbour Trust, a former banker, said the plan would fail."),
    "fail",
  );
  assert.equal(before.speakerMention?.text, "Ann Roe");
});

test("a name after a person's description renames the description's last noun, not the person: the person named first speaks", () => {
  for (const text of [
    "Tom Vale, the editor of the town's weekly, The Dunmore Ledger, said the mill would close.",
    "Tom Vale, a spokesman for the mayor, Ann Roe, said the mill would close.",
  ])
    assert.equal(find(quotes(text), "mill").speakerMention?.text, "Tom Vale", text);
  // The description renames nobody when it heads the sentence, and a name that is the subject
  // after an opening phrase speaks.
  assert.equal(
    find(quotes("The chairman of the board, Tom Vale, said the mill would close."), "mill").speaker,
    "Tom Vale",
  );
  assert.equal(
    find(
      quotes("In his speech, a tribute to Ann Roe, the nominee that year, Mr. Holt claimed the mill would close."),
      "mill",
    ).speaker,
    "Holt",
  );
});

test("a capitalised name word is no cue ('a former United States envoy, said'), a headline's verb after a name is", () => {
  const envoy = quotes(
    "“Their aim is clear,” Tom Vale, a senior fellow at the Marsh Institute and a former United States envoy, said of the channel.",
  );
  assert.equal(find(envoy, "aim is clear").cue?.text, "said");
  const headline = quotes(
    "‘The Levy Is Theft,’ Ann Roe Says\n\nAnn Roe, the leader of the opposition, spoke to the council on Monday as it set the new levy.",
  );
  assert.equal(find(headline, "Levy Is Theft").speaker, "Ann Roe");
  assert.equal(find(headline, "Levy Is Theft").cue?.text, "Says");
});

test("a participle opening a sentence with no subject carries on the speaker just reported", () => {
  const text = [
    "The council met on Monday.",
    "Later, Tom Vale said the bridge plan was weak. Adding: “It will not last the winter.”",
    "Ann Roe called the budget “a mess.” Adding, “Nobody has read it.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "last the winter").speaker, "Tom Vale");
  assert.equal(find(qs, "Nobody has read it").speaker, "Ann Roe");
});

test("a participle after 'when' or 'if' is a passive clause cut short: the cue beside it reports", () => {
  const text = [
    "The inquiry would involve Attorney General Tom Vale, who told the panel when asked about it: “The matter is in the hands of career agents.”",
    "When asked about the levy, “it is finished,” said Ann Roe.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "career agents").speaker, "Tom Vale");
  assert.equal(find(qs, "career agents").cue?.text, "told");
  assert.equal(find(qs, "it is finished").speaker, "Ann Roe");
});

test("a pronoun with nobody of its gender named since the last quotation goes to that quotation's speaker", () => {
  const text = [
    "“We will keep the base open,” said Rear Admiral Tom Vale. The base has stood since 1950. It employs 900 sailors. Its runway was rebuilt last year. The navy pays for the upkeep.",
    "When the family moved to Ohio, his mother refused to sell the farm. The farm is still there. The admiral rarely speaks of the move. It was a hard year. The winter was long.",
    "“They tried to close it twice, and that was a mistake,” he said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "close it twice").speaker, "Tom Vale");
});

test("the speaker of an infinitive cue is the object a causative verb makes speak, or the subject of the verb governing it", () => {
  const text = [
    "The senator forced Tom Vale, who was under questioning, to admit that the bank had failed its customers.",
    "The vote prompted Ann Roe to confirm that the levy would end.",
    "Rob Nash is going to announce that the harbour will close.",
    "Ann Roe expects Rob Nash to announce “a new levy for the port.”",
  ].join("\n\n");
  const qs = quotes(text);
  const failed = find(qs, "failed its customers");
  assert.equal(failed.speaker, "Tom Vale");
  assert.equal(failed.speakerMention?.text, "Tom Vale");
  assert.equal(find(qs, "levy would end").speakerMention?.text, "Ann Roe");
  assert.equal(find(qs, "harbour will close").speakerMention?.text, "Rob Nash");
  // An expectation is no causation: Nash has announced nothing, and the words stay Roe's.
  assert.equal(find(qs, "new levy for the port").speaker, "Ann Roe");
});

test("an infinitive of purpose or degree ('went so far as to say', 'used her speech to argue') speaks for the verb's subject", () => {
  const text = [
    "The critic Tom Vale went so far as to say: “The festival is finished.”",
    "Ann Roe used part of her speech to argue that the tax “punishes the poor.”",
    "Rob Nash took to the radio on Monday to insist that the port “will reopen soon.”",
    "Ann Roe, who has in the past described the mayor as “a menace,” spoke next.",
    "The Harbour Trust, which has backed Rob Nash, used the hearing to say that the levy “cannot stand.”",
    "Tom Vale urged the harbour workers to say “no” to the deal.",
  ].join("\n\n");
  const qs = quotes(text);
  const mention = (words: string) => find(qs, words).speakerMention?.text;
  assert.equal(find(qs, "festival is finished").speaker, "Tom Vale");
  assert.equal(mention("festival is finished"), "The critic Tom Vale");
  assert.equal(find(qs, "punishes the poor").speaker, "Ann Roe");
  assert.equal(mention("punishes the poor"), "Ann Roe");
  assert.equal(mention("will reopen soon"), "Rob Nash");
  // "in the past" is a time adjunct between the relative "who" and its verb.
  assert.equal(find(qs, "a menace").speaker, "Ann Roe");
  // "which" refers back to the body, not to the person its clause names.
  assert.match(String(find(qs, "cannot stand").speaker), /Harbour Trust/);
  // The workers urged have said nothing yet: no one between the verb and "to" is its subject.
  assert.notEqual(mention("no"), "the harbour workers");
});

test("relative clauses after a suffixed name, an adjunct or a dash, and a passive of record, name the one who spoke", () => {
  const text = [
    "The plan drew a sharp reply from Tom Vale Jr., who suggested in a radio interview that the mayor was “out of touch.”",
    "The editor Ann Roe, who, after a long row with the council, said on Monday that the levy “will fail.”",
    "Harbour boss Rob Nash -- who previously said he would “close the port” -- changed his mind on Monday.",
    "“We can reach every voter in the county in a week,” Ben Okafor is quoted as saying.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "out of touch").speaker, "Tom Vale Jr");
  assert.equal(find(qs, "will fail").speaker, "Ann Roe");
  assert.equal(find(qs, "close the port").speaker, "Rob Nash");
  assert.equal(find(qs, "every voter in the county").speaker, "Ben Okafor");
});

test("one member of a party in the singular ('the Ohio Democrat') is a person, the party's members in the plural the party", () => {
  const text = [
    "Tom Vale won the county seat by 300 votes on Tuesday.",
    "“We will fix the roads before the winter comes,” the Ohio Democrat told supporters.",
    "“The county deserves better than this,” the Republicans said in a statement.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "fix the roads").speaker, "Tom Vale");
  assert.match(String(find(qs, "deserves better").speaker), /Republican/);
});

test("a verb after ', said' makes its words the reported clause, never an inverted subject", () => {
  const qs = quotes(
    "Ann Roe, chief executive of Vexa, said profits fell.\n\nThe harbour lost money for years, said Tom Vale.",
  );
  assert.ok(!qs.some((q) => q.text.startsWith("Ann Roe")), JSON.stringify(qs));
  assert.ok(!qs.some((q) => q.speakerMention?.text === "profits fell"));
  assert.equal(find(qs, "lost money").speaker, "Tom Vale");
});

test("a cue in a subjectless opening clause ('Having announced that …,', 'Since saying …,') reports the main clause's subject", () => {
  const text = [
    "Having announced that he would not seek “a third term,” Tom Vale left the stage.",
    "Since announcing in May that she would “step aside,” Ann Roe has kept quiet.",
    "Back in 2010, Rob Nash praised the bridge, telling the Gazette: “It is the best idea in years.”",
    "Having said that, Ben Okafor left the room.",
    "Ann Roe said that, in Dover, the vote had been close.",
  ].join("\n\n");
  const qs = quotes(text);
  const term = find(qs, "a third term");
  assert.equal(term.speaker, "Tom Vale");
  assert.equal(term.speakerMention?.text, "Tom Vale");
  // The reported clause ends with the opening clause, before the main one.
  assert.ok(!term.text.includes("left the stage"), term.text);
  assert.equal(find(qs, "step aside").speaker, "Ann Roe");
  assert.equal(find(qs, "best idea in years").speaker, "Rob Nash");
  // "that" as a pronoun opens no report; an adjunct after "that," does not keep its comma.
  assert.ok(!qs.some((q) => q.text.includes("Ben Okafor left")), JSON.stringify(qs.map((q) => q.text)));
  assert.equal(find(qs, "vote had been close").text, "in Dover, the vote had been close");
});

test("a question or an exclamation hands over to a name and any verb of manner ('“Is it legal?” Tom Vale pressed.')", () => {
  const text = [
    "Tom Vale questioned Ann Roe about the levy on Monday.",
    "“Would the levy ever be repealed?” Vale pressed.",
    "“Not while I am mayor!” Roe snapped.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "ever be repealed").speaker, "Tom Vale");
  assert.equal(find(qs, "while I am mayor").speaker, "Ann Roe");
});

test("'the statement said', 'the letter said': a document speaks for whoever issued it, never for its recipient", () => {
  const text = [
    "The Gazette said Tom Vale provided a written statement in answer to its questions.",
    "“I regret the error and I have apologised to the family,” the statement said.",
    "According to the Courier, an email was sent from the club's director, Ann Roe, to every member.",
    "“We are closing the club at the end of the season,” the email said.",
    "The mayor's son received a threatening letter on Thursday.",
    "“Leave the race or your family will suffer,” the letter said.",
    "“The port will close for a month,” Rob Nash said in a statement.",
    "The Harbour Ministry reported that the closure was “temporary and necessary.”",
    "“Ships will be diverted to Dover while the work goes on,” the statement said.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "regret the error").speaker, "Tom Vale");
  assert.equal(find(qs, "closing the club").speaker, "Ann Roe");
  assert.equal(find(qs, "Leave the race").speaker, null);
  // Someone quoted since the statement was named spoke last: the statement is theirs.
  assert.match(String(find(qs, "diverted to Dover").speaker), /Harbour Ministry/);
  // A report introduced as issued by a body is that body's; one only cited ("according to the
  // council's report") issues nothing.
  const reports = quotes(
    [
      "The Harbour Safety Board published a report on the collision in March.",
      "“The crew had not slept for two days,” the report concluded.",
      "Ann Roe lost her job, according to the regional report.",
      "“The port was run as a private club,” the report said.",
    ].join("\n\n"),
  );
  assert.match(String(find(reports, "not slept").speaker), /Harbour Safety Board/);
  assert.notEqual(find(reports, "private club").speaker, "Ann Roe");
});

test("reported speech in a subjectless opening clause ends at its comma and is the main clause subject's", () => {
  const text = [
    "Noting that fares had risen twice, Paul Reed said the council would act.",
    "Having announced that the ferry would close, Tom Vale said the savings were small.",
    "After claiming the count was rigged, Ann Roe filed a suit.",
    "Conceding that a deal would come in time he warned: “Not this year, Ian Kerr, not soon.”",
    "Accusing the harbour board of waste, Ann Roe said she would vote against it.",
  ].join("\n\n");
  const qs = quotes(text);
  const fares = find(qs, "fares had risen");
  assert.equal(fares.text, "fares had risen twice");
  assert.equal(fares.speaker, "Paul Reed");
  // The main clause's own report is found too.
  assert.equal(find(qs, "council would act").speaker, "Paul Reed");
  const ferry = find(qs, "ferry would close");
  assert.equal(ferry.text, "the ferry would close");
  assert.equal(ferry.speaker, "Tom Vale");
  assert.equal(find(qs, "savings were small").speaker, "Tom Vale");
  assert.equal(find(qs, "count was rigged").speaker, "Ann Roe");
  assert.equal(find(qs, "harbour board of waste").speaker, "Ann Roe");
  // (No comma closes the clause before the colon: the name inside the quotation is not its subject.)
  assert.equal(find(qs, "Not this year").speaker, "Tom Vale");
});

test("a question asked ('asked X whether …', 'wondered if …') is reported speech, the 'whether' included", () => {
  const text = [
    "Tom Vale and Ann Roe met in Dover.",
    "Ann Roe asked the minister whether the ferry would close in May.",
    "Tom Vale wondered if the harbour board had read the audit.",
    "When asked if he would run again, Tom Vale smiled.",
  ].join("\n\n");
  const qs = quotes(text);
  const ferry = find(qs, "ferry would close");
  assert.equal(ferry.text, "whether the ferry would close in May");
  assert.equal(ferry.speaker, "Ann Roe");
  assert.equal(find(qs, "read the audit").text, "if the harbour board had read the audit");
  assert.equal(find(qs, "read the audit").speaker, "Tom Vale");
  // (Asked by no one named: the one asked answers, and the question is no report.)
  assert.ok(!qs.some((q) => q.text.includes("run again")), JSON.stringify(qs.map((q) => q.text)));
});

test("a question reported after any verb of saying ('explained why …', 'revealed how much …', 'recalled what …'), unless withheld ('would not say whether …')", () => {
  const text = [
    "Tom Vale and Ann Roe met in Dover.",
    "Ann Roe explained why the ferry went up for sale.",
    "Tom Vale revealed how much the harbour board had spent.",
    "Ann Roe recalled what happened at the pier in 2009.",
    "Tom Vale would not say whether the audit was finished.",
    "Ann Roe declined to explain how the fee was set.",
  ].join("\n\n");
  const qs = quotes(text);
  for (const [part, content, speaker] of [
    ["went up for sale", "why the ferry went up for sale", "Ann Roe"],
    ["had spent", "how much the harbour board had spent", "Tom Vale"],
    ["at the pier", "what happened at the pier in 2009", "Ann Roe"],
  ]) {
    const q = find(qs, part);
    assert.deepEqual([q.text, q.speaker], [content, speaker]);
  }
  // (A question left unanswered reports no words.)
  for (const part of ["audit was finished", "fee was set"])
    assert.ok(!qs.some((q) => q.text.includes(part)), JSON.stringify(qs.map((q) => q.text)));
});

test("reported clauses that open without 'that': a pronoun and its verb, a plural noun's bare verb, after a short adjunct", () => {
  const text = [
    "Tom Vale and Ann Roe met in Dover.",
    "The tribunal heard he planned a hoax in May.",
    "Ann Roe, a fellow at the Dover Institute for Rural Affairs, said parents still want village schools.",
    "Tom Vale said after the meeting he would not accept the offer.",
    "Ann Roe argued two days ago that the port was safe.",
    "Vale refused to pay a builder who said he was cheated.",
    "Tom Vale insisted on a judge they could trust.",
  ].join("\n\n");
  const qs = quotes(text);
  const hoax = find(qs, "planned a hoax");
  assert.equal(hoax.text, "he planned a hoax in May");
  assert.equal(hoax.speaker, null);
  assert.equal(find(qs, "village schools").text, "parents still want village schools");
  assert.equal(find(qs, "village schools").speaker, "Ann Roe");
  assert.equal(find(qs, "accept the offer").text, "he would not accept the offer");
  assert.equal(find(qs, "port was safe").text, "the port was safe");
  // A relative clause after the object: the builder, whom no one names, is not Vale.
  assert.equal(find(qs, "was cheated").text, "he was cheated");
  assert.equal(find(qs, "was cheated").speaker, null);
  assert.ok(!qs.some((q) => q.text.includes("could trust")), JSON.stringify(qs.map((q) => q.text)));
});

test("a trailing attribution whose subject holds a short parenthesis, or whose 'told' has a long hearer, reports the clause before it", () => {
  const text = [
    "Tom Vale and Ann Roe met in Dover.",
    "A judge adjourned the case against a clerk who is accused of fraud, the Harbour Authority (HA) said.",
    "Tom Vale took the cash in 2019, the prosecutor Ann Roe told jurors at the start of the trial at Dover's Crown Court.",
  ].join("\n\n");
  const qs = quotes(text);
  const judge = find(qs, "A judge adjourned");
  assert.equal(judge.text, "A judge adjourned the case against a clerk who is accused of fraud");
  assert.equal(judge.speaker, "Harbour Authority");
  const cash = find(qs, "took the cash");
  assert.equal(cash.text, "Tom Vale took the cash in 2019");
  assert.equal(cash.speaker, "Ann Roe");
  // The parenthesis does not count in the subject's length: a body of four words and its acronym.
  const long = quotes("The ferry to Dover was cancelled on Monday, the North Sea Ferry Board (NSFB) said.");
  assert.deepEqual(
    long.map((q) => [q.text, q.speaker]),
    [["The ferry to Dover was cancelled on Monday", "North Sea Ferry Board"]],
  );
});

test("'described X as Y' reports the description; a short subject and its verb open a clause after a verb that needs 'that'", () => {
  const text = [
    "Tom Vale and Ann Roe met in Dover.",
    "Ann Roe, who defended Tom Vale in court, described her client's plan as naive and bordering on farce.",
    "Tom Vale was described as a loner.",
    "The fourth charge alleges Tom Vale copied data from a police system.",
    "The judge revealed a trial will be set for May.",
    "Ann Roe describes herself as a centrist and has said she will not stand again.",
    "Asked if she believed the count was fair, Ann Roe said she would wait for the audit.",
  ].join("\n\n");
  const qs = quotes(text);
  const plan = find(qs, "naive and bordering");
  assert.equal(plan.text, "her client's plan as naive and bordering on farce");
  assert.equal(plan.speaker, "Ann Roe");
  // (The passive names no one who described.)
  assert.ok(!qs.some((q) => q.text.includes("a loner")), JSON.stringify(qs.map((q) => q.text)));
  assert.equal(find(qs, "copied data").text, "Tom Vale copied data from a police system");
  assert.equal(find(qs, "trial will be set").text, "a trial will be set for May");
  // A second report coordinated with "has said" is one of its own.
  assert.equal(find(qs, "as a centrist").text, "herself as a centrist");
  assert.equal(find(qs, "not stand again").speaker, "Ann Roe");
  // A named subject's report after the comma is the main clause, not part of the question.
  assert.equal(find(qs, "wait for the audit").text, "she would wait for the audit");
  assert.equal(find(qs, "wait for the audit").speaker, "Ann Roe");
});

test("a credit line after a dash names the speaker, closing its sentence or alone in the next paragraph", () => {
  const text = [
    "Tom Vale and Ann Roe debated the port on Monday.",
    "“The harbour lost money every single year of the last decade.” - Tom Vale. The figures say otherwise.",
    "“Nobody in this town has ever paid the levy on time.”",
    "– Ann Roe.",
    "That claim is hard to check.",
    "“Every ship was late.”",
    "Harbour Figures",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "lost money").speaker, "Tom Vale");
  assert.equal(find(qs, "paid the levy").speaker, "Ann Roe");
  // A heading with no dash after a quotation is no credit line.
  assert.notEqual(find(qs, "Every ship").speaker, "Harbour Figures");
});

test("a relative clause or a parenthesis between dashes stands between a subject and its cue", () => {
  const text = [
    "Ruth Ames, 59, of Dayton, Ohio, who watched the launch from the dock, said the ship was late.",
    "John Dickey, the head of Ora Media -- the firm that owns the channel, which also streams online -- told me, “We sell to anyone who pays.”",
    "Tom Vale lost the race in 2008.",
    "A former candidate -- Tom Vale, who lost the race -- said the mayor “offered nothing new.”",
  ].join("\n\n");
  const qs = quotes(text);
  const late = find(qs, "ship was late");
  assert.equal(late.text, "the ship was late");
  assert.equal(late.speaker, "Ruth Ames");
  assert.equal(find(qs, "anyone who pays").speaker, "John Dickey");
  assert.equal(find(qs, "offered nothing new").speaker, "Tom Vale");
});

test("a post in a body is held by a person: the one given that post, or nobody named, never the body", () => {
  const text = [
    "“We will appeal,” said Senate Minority Leader Ann Roe on Monday. “The ruling is wrong,” the Senate minority leader said.",
    "Later the Supreme Court justice said the ruling “stands as written.”",
    "“The budget is a problem for the port,” said Port Authority Chief of Staff Tom Vale.",
    "“The crews do not understand the ships,” said Navy Capt. Rob Nash, who commands the base.",
    // The person the sentence before is about, when the text gave them no post (not a captain).
    "Nora Quist (D-Vt.) tore into the ferry bill during a radio interview on Tuesday.",
    "“Nobody on the committee has even read it,” the Senate majority leader said.",
    "Pell Arden, a ferry captain, spoke at the hearing. The Senate majority leader said the hearing “ran far too late.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "The ruling is wrong").speaker, "Ann Roe");
  assert.equal(find(qs, "stands as written").speaker, null);
  assert.equal(find(qs, "a problem for the port").speaker, "Tom Vale");
  assert.equal(find(qs, "do not understand the ships").speaker, "Rob Nash");
  assert.equal(find(qs, "even read it").speaker, "Nora Quist");
  assert.equal(find(qs, "ran far too late").speaker, null);
});

test("the editorial board writes for its paper, not for another board the text named", () => {
  const text = [
    "The Riverside Gazette endorsed Ann Roe on Sunday. The Harbour Board had backed her rival.",
    "“Roe is the only candidate with a plan,” the editorial board writes.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "only candidate with a plan").speaker, "Riverside Gazette");
});

test("a participle after a quotation reports its speaker ('…,” she said, adding that …') and is never inverted", () => {
  const text = [
    "The harbour board met on Friday to discuss the new ferry timetable.",
    "“We cannot run a night service on the money we have,” Ann Roe said, adding that the board would ask the council for more.",
    "“The pier needs work first,” she said, noting that the repairs would take a year.",
    // The words after a participle are what was claimed; the claimant is the sentence's subject.
    "Tom Vale blamed the delay on “a broken crane,” claiming the harbour board had known for months.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "ask the council for more").speaker, "Ann Roe");
  assert.equal(find(qs, "take a year").speaker, "Ann Roe");
  assert.equal(find(qs, "take a year").speakerMention?.text, "she");
  assert.equal(find(qs, "broken crane").speaker, "Tom Vale");
  assert.equal(find(qs, "broken crane").speakerMention?.text, "Tom Vale");
});

test("a word quoted inside an inverted attribution's speaker is nobody's quotation: '“…,” said Tom Vale, one of the “old guard”'", () => {
  const text =
    "“The timetable was written by people who never sail,” said Tom Vale, one of the “old guard” captains at the harbour. “Nobody asked us.”";
  const qs = quotes(text);
  assert.deepEqual(
    qs.map((q) => [q.text, q.speaker]),
    [
      ["The timetable was written by people who never sail", "Tom Vale"],
      ["Nobody asked us.", "Tom Vale"],
    ],
  );
});

test("an attribution after a closing comma: a name with party and state, a description then a name, a verb of manner", () => {
  const text = [
    "“The ferry will run all winter,” Harbour Board Chair Ann Roe, R-Ky., said Tuesday.",
    "“Nobody asked the crews,” said another veteran captain of the line, Tom Vale.",
    "“The timetable is fiction,” said 9/11 widow Pia Noor.",
    "“If they were serious, they would have come,” Ivo Marsh fumed on Tuesday.",
    "“Not this winter,” she scoffed.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "run all winter").speaker, "Ann Roe");
  assert.equal(find(qs, "asked the crews").speaker, "Tom Vale");
  assert.equal(find(qs, "timetable is fiction").speaker, "Pia Noor");
  assert.equal(find(qs, "would have come").speaker, "Ivo Marsh");
  assert.equal(find(qs, "would have come").cue?.text, "fumed");
  // A quoted title followed by what someone did is no attribution.
  assert.ok(!quotes("We watched “Jaws,” Ann Roe starred in the film, and left.").some((q) => q.speaker === "Ann Roe"));
});

test("a verb of manner after a closing mark: with a particle, a short phrase or an adverbial clause after it", () => {
  const text = [
    "Ann Roe spoke first.",
    "“Bill wants to look tough tonight,” Tom Vale shot back.",
    "“You have insulted every crew on the river,” Ann Roe charged in her opening question.",
    "“Is that true?” Tom Vale went on, as if he had not heard her.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "look tough").speaker, "Tom Vale");
  assert.equal(find(qs, "look tough").cue?.text, "shot back");
  assert.equal(find(qs, "insulted every crew").speaker, "Ann Roe");
  assert.equal(find(qs, "insulted every crew").cue?.text, "charged");
  assert.equal(find(qs, "Is that true").speaker, "Tom Vale");
  // A clause of its own after the phrase is no manner of saying.
  assert.equal(quotes("“Harbour Lights,” Ann Roe directed in 1990 before she moved to Dover.").length, 0);
});

test("a body's name before a noun for a person describes the person, never the body", () => {
  const text = [
    "Republican nominee Tom Vale went to court on Monday.",
    "The Republican presidential nominee argued that the files were private.",
    "“We want answers,” said a prominent Harbour Board member.",
    "“The ferry must run,” the Harbour Board candidate said.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "files were private").speaker, "Tom Vale");
  assert.equal(find(qs, "want answers").speaker, null);
  assert.equal(find(qs, "ferry must run").speaker, null);
});

test("a long inverted speaker ('said Ann Roe of the University of Ohio School of Law') and a full stop inside an abbreviation", () => {
  const text = [
    "“The ruling is flawed,” said Ann Roe of the University of Ohio School of Law.",
    "“The crews will strike,” Tom Vale, a former director of the A.F.L.-C.I.O., wrote in an email.",
    "“The race is close,” Ivo Marsh, the pollster who founded example.com, said on Monday.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "ruling is flawed").speaker, "Ann Roe");
  assert.equal(find(qs, "crews will strike").speaker, "Tom Vale");
  assert.equal(find(qs, "race is close").speaker, "Ivo Marsh");
});

test("quotation marks written as two apostrophes hand over to a weak cue as curly ones do; 'said to' a hearer after '!'", () => {
  const text = [
    "Tom Vale met the board on Monday.",
    "''It's the budget office,'' Mr. Vale answered.",
    "Ann Roe spoke next.",
    "“We need a break!” Roe said to reporters.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "budget office").speaker, "Tom Vale");
  assert.equal(find(qs, "need a break").speaker, "Ann Roe");
});

test("'Asked …, Ann Roe shot back:' credits the one asked; 'Later on Sunday, X posted …, writing' credits X", () => {
  const text = [
    "Asked whether the firm was to blame, Ann Roe shot back: “That would be news to me.”",
    "Later on Sunday, Tom Vale posted a timetable on his page, writing “Allow me to do the checking for you.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "news to me").speaker, "Ann Roe");
  assert.equal(find(qs, "checking for you").speaker, "Tom Vale");
});

test("a title in quotation marks is nobody's words: after 'called', or inside a sentence with a cue of its own", () => {
  const text = [
    "Later on “Meet the Press,” Senator Ann Roe questioned the plan.",
    "There is also a book by the cartoonist Tom Vale called “Ferries: Thirty Years of Cartoons.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.text.includes("Meet the Press")));
  assert.ok(!qs.some((q) => q.text.includes("Thirty Years")));
});

test("a mixed quotation's clause ends where 'and' or 'but' opens an attribution with its own subject", () => {
  const qs = quotes(
    "Tom Vale accuses the mayor of “hiding behind staff” and Ann Roe says he is “losing the war on potholes.”",
  );
  assert.equal(find(qs, "hiding behind").speaker, "Tom Vale");
  assert.equal(find(qs, "losing the war").speaker, "Ann Roe");
  assert.ok(!find(qs, "hiding behind").text.includes("Ann Roe"));
  // A noun after a possessive is no cue: the clause runs on.
  const one = quotes("Tom Vale said the plan was “a mess” and the mayor's claim was false.");
  assert.equal(one.length, 1);
});

test("'he said' after a sentence whose source is named after its cue ('according to Peter Marsh') is that source", () => {
  const qs = quotes(
    "Police arrested Tom Vale after a chase on Friday, according to Peter Marsh, a neighbour. “He was terrified,” he said.",
  );
  assert.equal(find(qs, "was terrified").speaker, "Peter Marsh");
  // A name right after "said" that opens the reported clause is no source: 'Roe, said Vale was …'.
  const other = quotes(
    "The mayor's lawyer, Peter Marsh, said Tom Vale was “looking for publicity.” He said Vale had signed the deal.",
  );
  assert.equal(find(other, "signed the deal").speaker, "Peter Marsh");
});

test("a place's people who are not its government, and a body a possessor owns, are not the place or the owner", () => {
  const qs = quotes(
    [
      "UK prosecutors said the ferry case would proceed.",
      "UK police said the captain was arrested.",
      "The UN's weather agency warned that the summer would be hotter.",
      "Chinese officials said the visit was cancelled.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "case would proceed").speaker, null);
  assert.equal(find(qs, "captain was arrested").speaker, null);
  assert.equal(find(qs, "summer would be hotter").speaker, null);
  // A country's officials are its government, which the country stands for (ANNOTATION.md).
  assert.equal(find(qs, "visit was cancelled").speaker, "China");
});

test("the sentence's reporting verb wins over a participle that modifies a noun or a cue inside a relative clause", () => {
  const qs = quotes(
    [
      "Ann Roe says the case against the men accused of fraud is “very weak.”",
      "Tom Vale said the board, which has denied any wrongdoing, would “fight on.”",
      "“We won,” Ivo Marsh said, as recalled by Ann Roe in her book.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "very weak").speaker, "Ann Roe");
  assert.equal(find(qs, "very weak").cue?.text, "says");
  assert.equal(find(qs, "fight on").speaker, "Tom Vale");
  assert.equal(find(qs, "We won").speaker, "Ivo Marsh");
});

test("a cue under a negation or a modal reports no utterance: the attribution that closes the sentence does", () => {
  const qs = quotes("Tom Vale cannot say that “the ferry was safe,” Ann Roe added.");
  const q = find(qs, "ferry was safe");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.kind, "mixed");
  // An affirmed cue keeps its quotation.
  assert.equal(find(quotes("Tom Vale said that “the ferry was safe.”"), "ferry was safe").speaker, "Tom Vale");
});

test("'the spokeswoman' and 'the lawyer' point back to the body or person the text gave that role", () => {
  const qs = quotes(
    [
      "A spokeswoman for the Harbour Agency said the ferry was safe. “We checked it twice,” the spokeswoman said.",
      "Ann Roe, a lawyer for Tom Vale, spoke outside court. “He will appeal,” the lawyer said.",
      "“My client is innocent,” the defence lawyer added.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "checked it twice").speaker, "Harbour Agency");
  assert.equal(find(qs, "will appeal").speaker, "Ann Roe");
  // A lawyer the text never named is nobody named.
  assert.equal(find(qs, "client is innocent").speaker, null);
});

test("'Last month, X called … but said …' is X's; 'Vale spokesman Peter Marsh … he said' is the spokesman's", () => {
  const qs = quotes(
    [
      "Last month, Harbour Director Tom Vale called the plan “reckless,” but said the mayor should not resign.",
      "Ann Roe leads the council. Roe spokesman Peter Marsh would not say when the vote will be held. “I have no news yet,” he said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "should not resign").speaker, "Tom Vale");
  assert.equal(find(qs, "no news yet").speaker, "Peter Marsh");
});

test("'it said' is a body only where the body was a subject or spoke; 'the aide' is the aide introduced since the last quotation", () => {
  const qs = quotes(
    [
      "The lawsuit was filed against the Harbour Board. “The crossing was never safe,” it says.",
      "The Harbour Board met on Monday. “Fares will rise,” it said.",
      "“The facts have not changed,” a spokesman for the Harbour Board said. A Port Authority aide rejected the statement. “It is deceptive,” the aide said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "never safe").speaker, null);
  assert.equal(find(qs, "Fares will rise").speaker, "Harbour Board");
  assert.equal(find(qs, "facts have not changed").speaker, "Harbour Board");
  assert.equal(find(qs, "It is deceptive").speaker, "Port Authority");
});

test("a description varies the name just reported; 'the group' is the body that spoke; a clause's own subject outranks the speaker before", () => {
  const qs = quotes(
    [
      "Ann Roe says she opposes the toll. The GOP presidential candidate says she will vote against it.",
      "Ann Roe met voters in Dover. The Democratic presidential candidate says she will vote for the toll.",
      "“We will not comment,” the Harbour Trust said, speaking to Channel 4 News. “Our focus is the crossing,” the group said.",
      "Ivo Marsh said the fares were too high.\n\nTom Vale, celebrating a win in the council vote, is vowing to “fight for every islander on every crossing.”",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "vote against it").speaker, "Ann Roe");
  // Not a person named in the sentence before without being reported there.
  assert.equal(find(qs, "vote for the toll").speaker, null);
  assert.equal(find(qs, "focus is the crossing").speaker, "Harbour Trust");
  assert.equal(find(qs, "every islander").speaker, "Tom Vale");
});

test("two subjects joined by 'and' are one reported clause; a place after a preposition is not the people before it", () => {
  const qs = quotes(
    [
      "Ann Roe has said repeatedly that the Vale campaign and its allies are unfairly maligning her record on “every single vote.”",
      "Some delegates at the convention in Dover said they welcomed the vote.",
      "Officials in Dover said the port was closed.",
    ].join("\n\n"),
  );
  const one = find(qs, "every single vote");
  assert.equal(one.speaker, "Ann Roe");
  assert.ok(one.text.startsWith("the Vale campaign"));
  assert.equal(find(qs, "welcomed the vote").speaker, null);
  // A place's officials stand for it (ANNOTATION.md).
  assert.equal(find(qs, "port was closed").speaker, "Dover");
});

test("'X quoted Y as saying' credits Y, the one cited, not the outlet that cites", () => {
  const qs = quotes(
    [
      "The Tarrow Post quoted Ann Roe, the harbour master, as saying the ferry would resume in May.",
      "“We will not give up the crossing,” the radio station quoted Tom Vale as saying.",
      "Ivo Marsh was quoted by the Dover Courier as saying the fares would double.",
      "The agency quoted an unnamed official as telling reporters that the port had closed.",
      "“The board has failed,” the Vexa Times quoted Rob Nash as being quite sure.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "resume in May").speaker, "Ann Roe");
  assert.equal(find(qs, "resume in May").cue?.text, "saying");
  assert.equal(find(qs, "give up the crossing").speaker, "Tom Vale");
  assert.equal(find(qs, "fares would double").speaker, "Ivo Marsh");
  // The one cited is unnamed: no one, not the agency.
  assert.equal(find(qs, "port had closed").speaker, null);
  // ("as being" is no speech: the outlet's own verb stays the cue.)
  assert.equal(find(qs, "board has failed").cue?.text, "quoted");
});

test("'X quoted Y as saying:' before a quotation credits Y, and the quotation starts after the participle", () => {
  const qs = quotes(
    [
      "Coastal radio quoted the port chief, Lena Dorsk, as saying: “No boat leaves before the storm passes.”",
      "The Pelling Gazette quoted Omar Teague as telling a rally, “We will reopen the mill.”",
      "A wire service quoted an unnamed aide as saying the vote “would not be delayed again.”",
    ].join("\n\n"),
  );
  const storm = find(qs, "No boat leaves");
  assert.equal(storm.speaker, "Lena Dorsk");
  assert.equal(storm.cue?.text, "saying");
  assert.equal(find(qs, "reopen the mill").speaker, "Omar Teague");
  // The one cited is unnamed: no one, not the wire service; what was said starts after "saying".
  const vote = find(qs, "would not be delayed");
  assert.equal(vote.speaker, null);
  assert.ok(vote.text.startsWith("the vote"), vote.text);
});

test("'it said' and 'the company said' carry on the body that spoke last, not a body named since as a modifier or in the report", () => {
  const qs = quotes(
    [
      "Vexa Corp said sales rose in May.",
      "The Tarrow Tax Office chief reviewed the figures last week, it added.",
      "The Dover Shipping Company said on Monday it would cut fares. A unit of the Harbour Trust was named in the dispute, the company said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "Tax Office chief reviewed").speaker, "Vexa Corp");
  assert.equal(find(qs, "named in the dispute").speaker, "Dover Shipping Company");
});

test("'the group said' is the body made a sentence's subject since the last report", () => {
  const qs = quotes(
    [
      "The Harbour Users Forum said fares would rise by a tenth.",
      "The Island Fares Trust, reviewing the same plan, came to a different view. Fares would fall for most islanders, the group said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "fall for most islanders").speaker, "Island Fares Trust");
});

test("'the government said' is the country the sentences before have named most", () => {
  const qs = quotes(
    [
      "Norway and Sweden signed a fishing pact on Monday. Norway will patrol the northern waters, and Norway will pay for the boats.",
      "The government said the pact would hold for ten years.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "hold for ten years").speaker, "Norway");
});

test("a description's own sentence is no antecedent: 'the judge' after 'Justice Tom Ash set a date' is Ash", () => {
  const qs = quotes(
    [
      "“The accused has fled,” Prosecutor Ann Roe said during an earlier hearing.",
      "Justice Tom Ash set a trial date for February. The judge said the men were granted bail.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "granted bail").speaker, "Tom Ash");
});

test("a pronoun carries on the main report of the sentence before, not one inside it or an outlet's citation", () => {
  const qs = quotes(
    "Vexa has asked Tarrow to delay the vote, a Dover official said. The spokesman said talks would go on.",
  );
  // The official who spoke is unnamed; Vexa's appeal is the official's report.
  assert.equal(find(qs, "talks would go on").speaker, null);
  // (Alone: after "a Dover official said", "the official" would be that unnamed official.)
  const cited = quotes(
    "Ivo Marsh explained that the ferry had been sold, the Tarrow Post reported. The official said the buyer was local.",
  );
  assert.equal(find(cited, "buyer was local").speaker, "Ivo Marsh");
});

test("the last speaker credited as 'she' is not who 'he' stands for", () => {
  const qs = quotes(
    "Kim Ashby and Sam Tate are rivals. Both spoke on Monday. “Tate is unfit to lead,” she said. “Ashby is unready to serve,” he said.",
  );
  // (Given names that tell no gender.)
  assert.equal(find(qs, "unfit to lead").speaker, "Kim Ashby");
  assert.equal(find(qs, "unready to serve").speaker, "Sam Tate");
});

test("a description with a relative clause is its subject, not the name inside the clause ('The Briton, who lost to X, said')", () => {
  const qs = quotes(
    "Tom Vale lost again on Friday. The Briton, who lost his title to Ivo Marsh in March, said: “I was in shock.”",
  );
  assert.equal(find(qs, "in shock").speaker, "Tom Vale");
});

test("'they' after a report by an unnamed group ('Dealers said …') is that group, not a body named in the report", () => {
  const qs = quotes(
    [
      "Dealers said gold eased on a report that the Vexa Fund might sell some of its bars. Silver was expected to hold near its lows, they added.",
      "The Vexa Fund said gold would recover by spring. Silver was expected to follow gold within a month, they added.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "hold near its lows").speaker, null);
  // (A body that spoke itself is "they" as before.)
  assert.equal(find(qs, "follow gold within").speaker, "Vexa Fund");
});

test("'it said' stands for a body, a country or a state, never a city such as a dateline's", () => {
  const qs = quotes(
    [
      "Marseille is a busy port. Several boats were damaged in a fire on Monday, it said.",
      "Norway said on Monday that its fishing fleet would stay in port. The ban would last a week, it said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "boats were damaged").speaker, null);
  assert.equal(find(qs, "ban would last a week").speaker, "Norway");
});

test("a compound modifier ending in -ed is no verb: 'The sixth-ranked Tom Vale … but did say:' is Vale's", () => {
  const qs = quotes(
    [
      "The sixth-ranked Tom Vale left the court early but did say: “Something was wrong with my serve.”",
      "The state-owned shipping giant Vexa Ferries Ltd runs two ferries and says it has set up a fund for new boats.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "wrong with my serve").speaker, "Tom Vale");
  assert.equal(find(qs, "set up a fund").speaker, "Vexa Ferries Ltd");
});

test("a relative clause inside the subject is not its speaker: 'A truck maker in which Vexa Motor Co has a stake said'", () => {
  const qs = quotes(
    [
      "A Tarrow truck maker in which Vexa Motor Co has a 20 percent stake said it posted a drop in profits.",
      "A scientist who examined the skull of King Tom Vale said it was in fact a woman's.",
      "Ann Roe said the rules were fair. The state officials whose laws were struck down say the courts have changed.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "posted a drop").speaker, null);
  assert.equal(find(qs, "posted a drop").speakerMention?.text, "A Tarrow truck maker");
  assert.equal(find(qs, "a woman's").speaker, null);
  // (Several officials are no one person: not Ann Roe, who spoke last.)
  assert.equal(find(qs, "courts have changed").speaker, null);
});

test("a person's name before a plural noun for people names a group ('Tom Vale supporters'), unless joined ('Vale and other leaders')", () => {
  const qs = quotes(
    [
      "Many diehard Tom Vale supporters who came to Dover say they will vote for Ann Roe instead.",
      "Ivo Marsh's advisers said the campaign would go on until June.",
      "Tom Vale and other council leaders said the plan would fail within a year.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "vote for Ann Roe").speaker, null);
  assert.equal(find(qs, "campaign would go on").speaker, null);
  assert.equal(find(qs, "plan would fail").speaker, "Tom Vale");
});

test("a share of a group ('sixty percent of Harbour Party voters', 'six in 10 Republicans') is some of its people, never the body; a share of its spokespeople speaks for it", () => {
  const qs = quotes(
    [
      "The Harbour Party won the vote in Dover on Sunday.",
      "Sixty percent of Harbour Party voters said the result was fair.",
      "Six in 10 Republicans said the ferry should run at night.",
      "A majority of the Harbour Party said the count was slow.",
      "Two of Vexa Motors' spokesmen said the ruling was wrong.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "result was fair").speaker, null);
  assert.equal(find(qs, "run at night").speaker, null);
  assert.equal(find(qs, "count was slow").speaker, null);
  assert.match(String(find(qs, "ruling was wrong").speaker), /Vexa Motors/);
});

test("a body's name before a plural noun for people who hold no post in it ('Harbour Party voters', 'some Vexa shareholders') names a group, not the body; its leaders speak for it", () => {
  const qs = quotes(
    [
      "The Harbour Party and Vexa Motors met in Dover on Sunday.",
      "Harbour Party voters said the result was fair.",
      "Some Vexa Motors shareholders said the merger was rushed.",
      "Harbour Party leaders said the count was slow.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "result was fair").speaker, null);
  assert.equal(find(qs, "merger was rushed").speaker, null);
  assert.match(String(find(qs, "count was slow").speaker), /Harbour Party/);
});

test("'the lawyer' takes up the person a description before her name introduced ('A lawyer for Tom Vale, Ann Roe, said'), whoever spoke since", () => {
  const qs = quotes(
    [
      "A lawyer for Tom Vale, Ann Roe, said he would appeal. The judge, Ivo Marsh, refused.",
      "“He is innocent,” the lawyer said.",
      "Tom Vale's lawyer, Ann Roe, said the fine was unfair.",
      "“He will not pay it,” the lawyer added.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "He is innocent").speaker, "Ann Roe");
  assert.equal(find(qs, "will not pay").speaker, "Ann Roe");
});

test("people named by their tie to a person ('relatives of Tom Vale', 'a cousin of Ann Roe') are not that person; a title before a name is ('master of ceremonies Tom Vale')", () => {
  const qs = quotes(
    [
      "Tom Vale died in Dover on Monday.",
      "Relatives of Tom Vale said they would sue the port.",
      "A cousin of Tom Vale said the crane had failed before.",
      "“Welcome, everyone,” said master of ceremonies Ivo Marsh at the memorial.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "sue the port").speaker, null);
  assert.equal(find(qs, "crane had failed").speaker, null);
  assert.equal(find(qs, "Welcome, everyone").speaker, "Ivo Marsh");
});

test("a statement or spokesman for a phrase naming a person speaks for whom that phrase names ('the family of Tom Vale': nobody named; 'candidate Ann Roe': Roe)", () => {
  const qs = quotes(
    [
      "Tom Vale died in Dover on Monday. Ann Roe is running for mayor of Dover for the Harbour Party.",
      "“We will take this to court,” said a statement from the family of Tom Vale.",
      "A spokesman for Harbour Party candidate Ann Roe said she would win easily.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "take this to court").speaker, null);
  assert.equal(find(qs, "win easily").speaker, "Ann Roe");
});

test("a pair of people whose second name carries a long phrase ('Tom Vale and Ann Roe of the … in California say') speaks through the first named", () => {
  const qs = quotes(
    "Tom Vale and Ann Roe of the Tarrow Marine Laboratories in California say their seals can hunt at night.",
  );
  assert.equal(find(qs, "hunt at night").speaker, "Tom Vale");
});

test("people named together as the speaker ('Ann Roe and Tim Holt said', 'Roe and Holt said') speak through the first named", () => {
  for (const text of [
    "Two engineers, Ann Roe and Tim Holt, said the bridge was unsafe.",
    "“The bridge is unsafe,” said two engineers, Ann Roe and Tim Holt.",
    "The bridge is unsafe, Ann Roe and Tim Holt said.",
    "Ann Roe met Tim Holt on Monday. The bridge is unsafe, Roe and Holt said.",
  ])
    assert.equal(find(quotes(text), "unsafe").speaker, "Ann Roe", text);
  // A given name before a shared surname names no one by itself.
  assert.equal(
    find(quotes("Ann Frey wrote a book. The bridge is unsafe, Ann and Tim Holt said."), "unsafe").speaker,
    "Tim Holt",
  );
});

test("an inverted speaker ends before 'about' and its topic ('said Tom Vale about his last match')", () => {
  const qs = quotes("“It was a good day for us,” said Texas manager Tom Vale about his team winning seven games.");
  assert.equal(find(qs, "good day for us").speakerMention?.text, "Texas manager Tom Vale");
});

test("an accusation holds its quoted words however far they run ('accused X of exposing the port to a “…”'), and 'and accused him of' is the subject's", () => {
  const qs = quotes(
    [
      "Ann Roe accuses Tom Vale of exposing the harbour towns to a “needless risk” over the ferry deal.",
      "At the hearing, Ivo Marsh called him reckless and accused him of stopping the crews from being able to “work in peace”.",
      "Friday evening, Ann Roe praised the crews and said the strike was a “last resort”.",
      "Two pilots were arrested and accused of an “act of sabotage” on the quay.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "needless risk").speaker, "Ann Roe");
  assert.equal(find(qs, "needless risk").cue?.text, "accuses");
  assert.equal(find(qs, "work in peace").speaker, "Ivo Marsh");
  assert.equal(find(qs, "last resort").speaker, "Ann Roe");
  // (The passive leaves the accuser unnamed.)
  assert.equal(find(qs, "act of sabotage").speaker, null);
});

test("a sentence after a closing quotation attributes it though a word in it holds an apostrophe ('as if he didn’t hear her')", () => {
  const qs = quotes(["Ann Roe spoke first. “Is that true?” Tom Vale went on, as if he didn’t hear her."].join("\n\n"));
  assert.equal(find(qs, "Is that true").speaker, "Tom Vale");
  assert.equal(find(qs, "Is that true").cue?.text, "went on");
});

test("'the former secretary' takes up the person whose role is 'former secretary of state', whoever spoke since", () => {
  const qs = quotes(
    [
      "Ann Roe, the former secretary of state, spoke in Dover on Monday.",
      "Tom Vale spoke later.",
      "“We made real progress,” the former secretary of state said.",
      "The secretary added that the talks would go on.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "real progress").speaker, "Ann Roe");
  assert.equal(find(qs, "talks would go on").speaker, "Ann Roe");
});

test("'the newspaper' is the body the text named beside that noun ('the evening newspaper El Faro', 'the Vexa daily'); a name before 'newspaper' is its own", () => {
  const qs = quotes(
    [
      "Two ferries collided off Tarrow, the evening newspaper El Faro reported on Saturday.",
      "The crews were rescued within an hour, the newspaper said.",
      "Port officials blamed the fog, La Marea daily reported. The daily said the port would reopen.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "crews were rescued").speaker, "El Faro");
  assert.equal(find(qs, "port would reopen").speaker, "La Marea");
  // (With no determiner, capitalised words before "newspaper" name a paper of their own.)
  const own = quotes(
    "Two ferries collided, the evening newspaper El Faro reported. Verdad newspaper said the fog was to blame.",
  );
  assert.equal(find(own, "fog was to blame").speaker, "Verdad");
});

test("a name inside a quotation's marks is none the narrative names: 'He added' after '“… John Marsh is ruining the party”' is the one quoted", () => {
  const qs = quotes(
    [
      "Tom Vale spoke at the rally.",
      "He continued, “I believe John Marsh is ruining the party and we cannot afford to lose again.”",
      "He added, “We will win in the spring.”",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "ruining the party").speaker, "Tom Vale");
  assert.equal(find(qs, "win in the spring").speaker, "Tom Vale");
});

test("a first name's likely gender weighs a pronoun's antecedents ('Carly' a woman's, 'George' a man's) without ruling anyone out", () => {
  const qs = quotes(
    [
      "Carly Roe ran the harbour board for six years, according to a book by George Tarrant.",
      "“This is a choice between charging ahead or retreating,” she said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "charging ahead").speaker, "Carly Roe");
});

test("a participle after '…, Tom Vale said,' or '…, said Tom Vale,' reports that clause's speaker, not the subject of the words before it; a clause that opens with no one ('wouldn’t say on Monday how …', 'the Roes’ comments on Tuesday') names no speaker", () => {
  const qs = quotes(
    [
      "Tom Vale and Ann Roe will meet next week, Bill Stroud said, adding, “They need to sit down and talk.”",
      "The ferry will run again in May, said Ivo Marsh, adding: “It is long overdue.”",
      "On Tuesday, even as the shares fell, Nina Hale wrote to investors, telling them the firm was “worth far more.”",
      "Ann Roe spoke after the count. “We did well. We’re going to win seats everywhere,” she said, adding that she would not predict a number.",
      "Tom Vale, the party’s leader, wouldn’t say on Monday how the party would vote, saying only that “the debate is open.”",
      "Ann Hale was unimpressed with the Roes’ comments on Tuesday, telling reporters: “They have no plan.”",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "sit down and talk").speaker, "Bill Stroud");
  assert.equal(find(qs, "long overdue").speaker, "Ivo Marsh");
  assert.equal(find(qs, "worth far more").speaker, "Nina Hale");
  assert.equal(find(qs, "predict a number").speaker, "Ann Roe");
  assert.equal(find(qs, "debate is open").speaker, "Tom Vale");
  assert.equal(find(qs, "have no plan").speaker, "Ann Hale");
});

test("a bare surname two people share is the one the text introduced first, not a relative named since; an address ('Ms.') picks by gender; 'Later Vale' is Vale", () => {
  const qs = quotes(
    [
      "Ann Roe and her husband, Tom Roe, visited Dunmere on Monday. Ann Roe spoke for an hour about the harbour. Tom Roe stayed outside. Roe said, “The harbour must be rebuilt.”",
      "Senator Bill Vale spoke at the rally in Arlen. His daughter, Amy Vale, introduced him. Vale said: “We will win in November.” Ms. Vale told the crowd: “My father is an honest man.” Later Vale told reporters that the polls were wrong.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "must be rebuilt").speaker, "Ann Roe");
  assert.equal(find(qs, "win in November").speaker, "Bill Vale");
  assert.equal(find(qs, "honest man").speaker, "Amy Vale");
  assert.equal(find(qs, "polls were wrong").speaker, "Bill Vale");
});

test("a quotation closed by a comma and two apostrophes (,'') hands over to a name after a verb the lexicon lacks, as one closed by a quotation mark does", () => {
  const qs = quotes(
    [
      "''We can't stop them,'' shouted a young boy. The crew has met there for two years.",
      "''Silly boys acting like fools,'' scoffed Ann Roe, 22, who helped found the group in 2014. ''We are the real rebels.''",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "acting like fools").speaker, "Ann Roe");
  assert.equal(find(qs, "real rebels").speaker, "Ann Roe");
});

test("a quotation with no cue after a sentence of speech whose subject is a named person ('Ann Roe replied on Monday.') is that person's, not the speaker of a quotation further back; a sentence with no speech, or the attribution of the quotation before, leaves it to the chain", () => {
  const lead = [
    "“The bridge is already a year late,” said Tom Vale, the engineer.",
    "Ann Roe, the mayor, replied on Monday.",
    "“We will have the whole thing open to traffic by the end of May.”",
  ].join("\n\n");
  assert.equal(find(quotes(lead), "open to traffic").speaker, "Ann Roe");
  const sameParagraph =
    "“The bridge is already a year late,” said Tom Vale, the engineer. Ann Roe announced a new timetable on Monday. “We will have the whole thing open to traffic by the end of May.”";
  assert.equal(find(quotes(sameParagraph), "open to traffic").speaker, "Ann Roe");
  // no verb of speech in the sentence between: the chain holds
  const noSpeech =
    "“The bridge is already a year late,” said Tom Vale, the engineer. Ann Roe was in Oslo on Monday. “We will have the whole thing open to traffic by the end of May.”";
  assert.equal(find(quotes(noSpeech), "open to traffic").speaker, "Tom Vale");
  // the sentence before is the attribution of the quotation before
  const own = "“Why is it late?” Tom Vale asked. “We will have the whole thing open to traffic by the end of May.”";
  assert.equal(find(quotes(own), "open to traffic").speaker, "Tom Vale");
});

test("a question quoted before 'Tom Vale asked the council.' is his: a verb whose object is its hearer attributes with that hearer alone, but not with a request after it", () => {
  const qs = quotes(
    "The vote was delayed again. “Why are we still waiting for the report?” Tom Vale asked the council.",
  );
  assert.equal(find(qs, "still waiting").speaker, "Tom Vale");
  const assured = quotes(
    "The storm passed. “The sea wall will hold through the winter.” Ann Roe assured her neighbours.",
  );
  assert.equal(find(assured, "sea wall").speaker, "Ann Roe");
  const request = quotes(
    "The vote was delayed again. “Why are we still waiting for the report?” Tom Vale asked the council to vote.",
  );
  assert.equal(find(request, "still waiting").speaker, null);
});

test("a participle after a day or a month ('issued a statement on Tuesday saying') reports the sentence's subject, past a relative clause; so does one after a description renamed by a name ('the city’s transport chief, Ann Roe, wrote …, saying')", () => {
  const relative = quotes(
    "Ann Roe, who spoke at length last week, issued a statement on Tuesday saying, “We will have the bridge open to traffic by May.”",
  );
  assert.equal(find(relative, "open to traffic").speaker, "Ann Roe");
  const renamed = quotes(
    "In March, the city’s transport chief, Ann Roe, wrote to the council, saying: “We will have the bridge open to traffic by May.”",
  );
  assert.equal(find(renamed, "open to traffic").speaker, "Ann Roe");
  // a clause after the comma is no apposition
  const clause = quotes("For months, Ann Roe had praised Tom Vale, stating that the bridge was sound.");
  assert.notEqual(find(clause, "bridge was sound").speaker, "Tom Vale");
});

test("a sentence that only attributes may name the hearer and then adjuncts ('Ann Roe told reporters during a call on Tuesday.'), but not a request ('asked the council to vote')", () => {
  const told = quotes(
    "The bridge is late. “We will have it open to traffic by the end of May.” Ann Roe told reporters during a conference call on Tuesday.",
  );
  assert.equal(find(told, "open to traffic").speaker, "Ann Roe");
  const asked = quotes(
    "The vote was delayed. “Why are we still waiting for the report?” Tom Vale asked the council on Monday.",
  );
  assert.equal(find(asked, "still waiting").speaker, "Tom Vale");
  const request = quotes(
    "The vote was delayed. “Why are we still waiting for the report?” Tom Vale asked the council to vote on Monday.",
  );
  assert.equal(find(request, "still waiting").speaker, null);
});

test("a verb of manner after a quotation attributes it when a clause goes on after it with 'and', 'but' or an adverbial ('Ann Roe barked and a guard walked Tom Vale out')", () => {
  const and = quotes("“Get out of my office right now,” Ann Roe barked and a guard walked Tom Vale out.");
  assert.equal(find(and, "out of my office").speaker, "Ann Roe");
  const as = quotes("“Get out of my office right now,” Ann Roe snapped as a guard walked Tom Vale out.");
  assert.equal(find(as, "out of my office").speaker, "Ann Roe");
});

test("a lead-in sentence may report its subject's speech through a participle further on ('Ann Roe ended the debate by saying …')", () => {
  const text = [
    "“The bridge is already a year late,” said Tom Vale, the engineer.",
    "Ann Roe ended the long council debate on Monday by saying she would fund the repairs herself.",
    "“We will have the whole thing open to traffic by the end of May.”",
  ].join("\n\n");
  assert.equal(find(quotes(text), "open to traffic").speaker, "Ann Roe");
});

test("a lead-in sentence in which a person or a body issues words ('The council issued a statement …') gives them the quotation after it", () => {
  const body = [
    "“The bridge is already a year late,” said Tom Vale, the engineer.",
    "At the request of the mayor, the Dunmore Town Council issued a statement on Friday apologising to residents.",
    "“We regret the delay and we will pay for the repairs ourselves.”",
  ].join("\n\n");
  assert.equal(find(quotes(body), "regret the delay").speaker, "Dunmore Town Council");
  const person = quotes(
    "“It is late,” said Tom Vale. Ann Roe, the mayor, put out a short statement. “We will open the bridge in May.”",
  );
  assert.equal(find(person, "open the bridge").speaker, "Ann Roe");
  // A verb with another object leads in to nothing: the quotation keeps the speaker before it.
  const other = quotes(
    "“It is late,” said Tom Vale. The Dunmore Town Council closed the road on Friday. “Nobody told us why.”",
  );
  assert.equal(find(other, "Nobody told us").speaker, "Tom Vale");
});

test("'the mayor's spokeswoman', 'the prime minister's spokesman': a possessor described by its role speaks through its spokesperson", () => {
  const text = [
    "Prime Minister Ann Roe visited the Dunmore mill on Monday.",
    "“The talks with the owners were useful,” the prime minister’s spokesman said.",
  ].join(" ");
  assert.equal(find(quotes(text), "talks with the owners").speaker, "Ann Roe");
  // The role may be a predicate: 'Ann Roe is the mayor', and someone else spoke since.
  const predicate = quotes(
    "Ann Roe is the mayor of Dunmore. Tom Vale spoke first. “We are ready for the storm,” the mayor’s spokeswoman said.",
  );
  assert.equal(find(predicate, "ready for the storm").speaker, "Ann Roe");
});

test("a website named by its domain ('Tarrow.com reported that …') is a body that speaks, and a domain is never cut into a speaker 'com'", () => {
  const x = extract("Tarrow.com reported on Monday that the mayor would resign before the vote.");
  assert.equal(find(x.quotes, "the mayor would resign").speaker, "Tarrow.com");
  assert.ok(x.entities.some((e) => e.type === "organization" && e.name === "Tarrow.com"));
  const site = quotes("The analyst who runs vexaforecasts.com wrote on Friday: “The race is already over.”");
  assert.notEqual(find(site, "already over").speaker, "com");
  assert.notEqual(find(site, "already over").speakerMention?.text, "com");
});

test("one unnamed member of a party ('a Texas Republican said', 'one Democrat added') is nobody named, never the party", () => {
  const party = [
    "The Republican Party met in Dover on Monday to choose a leader.",
    "“We will win the state by a mile this time,” a Texas Republican said.",
    "“Nobody here wants another long fight,” one Democrat added.",
  ].join("\n\n");
  const qs = quotes(party);
  assert.equal(find(qs, "by a mile").speaker, null);
  assert.equal(find(qs, "long fight").speaker, null);
  // The party itself still speaks when it is named as the subject.
  const named = quotes("“We will win the state by a mile,” the Republican Party said in a statement on Monday.");
  assert.equal(find(named, "by a mile").speaker, "Republican Party");
});

test("a quotation closed by '!' or '?' is attributed by the next sentence though a participle follows its cue ('Ann Roe shouted, waving a banner')", () => {
  const text = [
    "Tom Vale opened the meeting on Monday.",
    "“Not one more day!” Ann Roe shouted, waving a banner.",
    "“Who signed this order?” Ivo Marsh asked, pointing at the map.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "Not one more day").speaker, "Ann Roe");
  assert.equal(find(qs, "Not one more day").cue?.text, "shouted");
  assert.equal(find(qs, "Who signed").speaker, "Ivo Marsh");
});

test("an adjunct clause a conjunction or 'like' opens may stand between a quotation and its inverted 'said Ann Roe'", () => {
  const text = [
    "The board met in Dover on Monday.",
    "“Nobody expected the vote to be this close,” since most members had backed the plan, said Ann Roe, who chairs the board.",
    "“The river has never risen so fast,” like the floods of the last decade, said Tom Vale, the harbour engineer.",
    "“Budgets are tight. Councils have no choice” but to cut services, says Ivo Marsh, a consultant in Tarrow.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "this close").speaker, "Ann Roe");
  assert.equal(find(qs, "risen so fast").speaker, "Tom Vale");
  assert.equal(find(qs, "Councils have no choice").speaker, "Ivo Marsh");
  // Another verb after a conjunction has its subject before it: the phrase after it is no speaker.
  const claimed = quotes(
    "The party named Tom Vale its “coordinator” but Ann Roe, the last of its founders, claimed the title of president.",
  );
  assert.ok(!claimed.some((q) => q.speakerMention?.text === "the title of president"));
});

test("a description holding a name ('Vale’s Ohio state director') renamed by a person after a comma is that person, for a participle cue", () => {
  const text = [
    "Tom Vale announced his campaign in Dover on Monday.",
    "In early May, Vale’s Ohio state director, Ann Roe, reached out to the firm, writing in an email: “We want to use this data soon.”",
    "The Harbour Board’s chief engineer, Ivo Marsh, wrote to the council, saying: “The bridge cannot open in June.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "use this data").speaker, "Ann Roe");
  assert.equal(find(qs, "cannot open").speaker, "Ivo Marsh");
  // A verb before the comma makes the name after it an object, not the subject renamed.
  const praised = quotes(
    "For months, Ann Roe had praised the director, Tom Vale, stating that “he is the best we have had.”",
  );
  assert.equal(find(praised, "the best we have").speaker, "Ann Roe");
});

test("a quoted title after the cue does not keep the next sentence from attributing a quotation ('Ann Roe remarked, alluding to her film “The Long Road.”')", () => {
  const text = [
    "Tom Vale asked the questions. “Harbour Lights?” Vale repeated.",
    "“I am not sure the engineer is free, but we will see, right?” Ann Roe remarked, alluding to her film “The Long Road.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "engineer is free").speaker, "Ann Roe");
  assert.equal(find(qs, "engineer is free").cue?.text, "remarked");
});

test("a speech verb inside a 'when …' clause that opens a reported that-clause is no cue: the verb before 'that' reports the quotation", () => {
  const text = [
    "Tom Vale spoke first at the rally in Dover.",
    "Ms. Roe said that when Mr. Vale railed against the banks from his seat on the council, “he was speaking for all of us.”",
  ].join("\n\n");
  const q = find(quotes(text), "speaking for all of us");
  assert.equal(q.speaker, "Roe");
  assert.equal(q.cue?.text, "said");
  // The clause alone, with no verb before "that", keeps its own cue.
  const alone = quotes("When Mr. Vale railed against the banks, Ms. Roe said, “he was speaking for all of us.”");
  assert.equal(find(alone, "speaking for all of us").cue?.text, "said");
});

test("a pronoun fused with its auxiliary ('she’d asked', 'they've claimed') stands for the person it refers to", () => {
  const text = [
    "Tom Vale spoke first.",
    "Ann Roe said at the time that she’d asked her aides to “look into paying the legal fees of the man.”",
  ].join("\n\n");
  const q = find(quotes(text), "legal fees");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.speakerMention?.text, "she’d");
});

test("a perfect participle after a comma ('…, having referred to him as “…”') reports the sentence's subject", () => {
  const text = [
    "Tom Vale spoke first.",
    "Ann Roe also misjudged the mayor, having referred to him as a “reformer who would clean up the port.”",
  ].join("\n\n");
  assert.equal(find(quotes(text), "clean up the port").speaker, "Ann Roe");
});

test("a quotation whose sentence goes on unquoted ('“…” that the board will pay, said Ann Roe') keeps its inverted speaker", () => {
  const text = [
    "The county met on Monday to discuss the bridge.",
    "“The bridge may close in May, but it seems unlikely” that the board will pay for it, said Tom Vale, the county engineer.",
    "“Most voters would call that a failure” if the levy fails again, said Ann Roe, a pollster in Dover.",
  ].join("\n\n");
  const q = quotes(text);
  assert.equal(find(q, "seems unlikely").speaker, "Tom Vale");
  assert.equal(find(q, "call that a failure").speaker, "Ann Roe");
});

test("an infinitive cue after a comma ('…, as if to say', '…, only to tell') has the sentence's subject for its own", () => {
  const text = [
    "The council met on Monday.",
    "Tom Vale paused at the door, as if to say, “You will all regret this vote before the year is out.”",
    "Ann Roe refused, again, to concede that the bridge plan had failed.",
    "Shortly before the vote, Mira Dunn wrote to the mayor, only to tell him that the park would close.",
  ].join("\n\n");
  const q = quotes(text);
  assert.equal(find(q, "regret this vote").speaker, "Tom Vale");
  assert.equal(find(q, "bridge plan had failed").speaker, "Ann Roe");
  assert.equal(find(q, "park would close").speaker, "Mira Dunn");
  // After a relative clause set off by commas, the object speaks: "forced the clerk, who …, to admit".
  const forced = quotes(
    "The judge forced the clerk, who was under oath for the second time that week, to admit that the files were gone.",
  );
  assert.notEqual(find(forced, "files were gone").speaker, "The judge");
});

test("a comma after a name's bracket ('Gov. Ann Roe (R-Ore.), said') does not hide the name from its verb", () => {
  const text = [
    "The primary ended on Tuesday night.",
    "Speaking in Salem after winning the state primary, Gov. Ann Roe (R-Ore.), said, “We are going all the way to the convention.”",
  ].join("\n\n");
  const q = find(quotes(text), "all the way");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.speakerMention?.text, "Gov. Ann Roe");
});

test("after a colon, a quotation's closing attribution names its speaker ('The board was slow to act: “…,” its chair said')", () => {
  const text = [
    "Tom Vale chairs the Harbour Safety Board.",
    "The board was refusing to act after the ferry crash: “We are reluctant to ground a whole fleet,” Tom Vale said.",
    "Ann Roe was blunt about the vote: “We will lose this one,” she said.",
  ].join("\n\n");
  const q = quotes(text);
  const reluctant = find(q, "reluctant to ground");
  assert.equal(reluctant.kind, "direct");
  assert.equal(reluctant.speaker, "Tom Vale");
  const lose = find(q, "We will lose");
  assert.equal(lose.kind, "direct");
  assert.equal(lose.speaker, "Ann Roe");
  // A cue right before the colon keeps the words: 'Vale said on Monday: “…,” the paper reported'.
  const asked = quotes(
    "Asked about the fleet, Ann Roe said on Monday: “There are always exceptions,” the Courier reported.",
  );
  assert.equal(find(asked, "always exceptions").speaker, "Ann Roe");
});

test("a closing '“…,” said Tom Vale' outranks a cue on the left whose subject is no person ('Polling shows that “…”')", () => {
  const text = [
    "Tom Vale edits the Dover Review.",
    "Polling shows that “voters are tired of the bridge and want it finished,” said Tom Vale.",
    "The data suggest that “most people have stopped listening,” Ann Roe, a pollster in Dover, said.",
  ].join("\n\n");
  const q = quotes(text);
  assert.equal(find(q, "voters are tired").speaker, "Tom Vale");
  assert.equal(find(q, "stopped listening").speaker, "Ann Roe");
  // A person before the quotation keeps it: 'When someone in the crowd shouted, “…,” Roe joked'.
  const crowd = quotes("When someone in the crowd shouted, “Vale,” Ann Roe joked, “Amen to that, my friends!”");
  assert.notEqual(find(crowd, "Vale").speaker, "Ann Roe");
});

test("after a plural number or quantifier an -s form is a noun, not a cue ('calling the two reports “…”')", () => {
  const text = [
    "The Vale Group wrote to the college's dean, calling the two reports “false and careless in every part.”",
    "The Roe Trust called both claims “a reckless attack on our staff.”",
  ].join("\n\n");
  const q = quotes(text);
  const reports = find(q, "false and careless");
  assert.notEqual(reports.cue?.text, "reports");
  assert.match(String(reports.speaker), /Vale Group/);
  assert.notEqual(find(q, "reckless attack").cue?.text, "claims");
});

test("a hearer's adjuncts after 'told' ('told a radio station in an interview aired on Monday') hold no reported clause", () => {
  const text = [
    "Tom Vale spoke first at the hall.",
    "“Who knows what will happen next year?” Ann Roe told a radio station in an interview aired on Monday.",
    "Mira Dunn told reporters in a call from Oslo on Friday before the vote that she expects a better year.",
    "Ann Roe told his staff never to speak of the bridge when they raised concerns.",
  ].join("\n\n");
  const q = quotes(text);
  const asked = find(q, "Who knows");
  assert.equal(asked.speaker, "Ann Roe");
  assert.equal(asked.cue?.text, "told");
  assert.ok(!q.some((x) => x.text.startsWith("an interview")), JSON.stringify(q.map((x) => x.text)));
  const expects = find(q, "she expects a better year");
  assert.equal(expects.text, "she expects a better year");
  assert.equal(expects.speaker, "Mira Dunn");
  assert.ok(!q.some((x) => x.text === "they raised concerns"), JSON.stringify(q.map((x) => x.text)));
});

test("the source after 'according to' runs to its comma ('according to a lawsuit filed in Dover by Ann Roe, …') and stops before a clause", () => {
  const text = [
    "According to a lawsuit filed in Dover by Ann Roe, the mill dumped “tons of waste” into the river.",
    "According to the Courier the mill closed in May, and “nobody came back to work.”",
  ].join("\n\n");
  const q = quotes(text);
  const waste = find(q, "tons of waste");
  assert.equal(waste.speakerMention?.text, "a lawsuit filed in Dover by Ann Roe");
  assert.equal(waste.speaker, "Ann Roe");
  assert.equal(find(q, "nobody came back").speakerMention?.text, "the Courier");
  // A possessive may open a reduced relative inside the source: "figures her campaign released".
  const figures = quotes("The campaign raised $4 million in May, according to figures her campaign released Friday.");
  assert.equal(figures[0]?.speakerMention?.text, "figures her campaign released Friday");
  // A relative clause and an adjunct run on to the comma: "according to members who spoke …, …".
  const members = quotes("According to members who spoke with reporters after the vote, the bill will pass in May.");
  assert.equal(members[0]?.speakerMention?.text, "members who spoke with reporters after the vote");
  assert.equal(members[0]?.text, "the bill will pass in May");
});

test("a statement introduced with a comma or a clause and a colon is its subject's ('Tom Vale issued a statement, “…”')", () => {
  const text = [
    "The harbour closed on Sunday.",
    "Tom Vale issued a statement, “We regret the delay and will pay every claim in full.”",
    "Ann Roe released a note on Monday: “Nobody at the harbour was hurt, and the ferries run again.”",
  ].join("\n\n");
  const q = quotes(text);
  const regret = find(q, "We regret the delay");
  assert.equal(regret.kind, "direct");
  assert.equal(regret.speaker, "Tom Vale");
  const hurt = find(q, "Nobody at the harbour");
  assert.equal(hurt.speaker, "Ann Roe");
  // A clause with a verb before the colon is no transcript label: the mention is the subject alone.
  assert.equal(hurt.speakerMention?.text, "Ann Roe");
});

test("a naming participle after a noun gives a thing its name, nobody's words ('a group called “…”')", () => {
  const text = [
    "Ann Roe joined a group called “Parents for safer streets and better schools” in 2019.",
    "The city launched a campaign dubbed “no more potholes this year” on Monday.",
    "It was a move Tom Vale called “a disgrace to the whole city.”",
  ].join("\n\n");
  const q = quotes(text);
  assert.ok(!q.some((x) => x.text.includes("Parents for safer")), JSON.stringify(q.map((x) => x.text)));
  assert.ok(!q.some((x) => x.text.includes("no more potholes")), JSON.stringify(q.map((x) => x.text)));
  assert.equal(find(q, "a disgrace").speaker, "Tom Vale");
});

test("'has since said': after a perfect's auxiliary 'since' is an adverb, and the subject before it speaks", () => {
  const text = [
    "The vote on the bridge was held in March.",
    "Ann Roe, the mayor, has since conceded that the count was rushed.",
    "The harbour master has since told reporters the ferries will run late.",
  ].join("\n\n");
  const q = quotes(text);
  const rushed = find(q, "the count was rushed");
  assert.equal(rushed.speaker, "Ann Roe");
  assert.equal(rushed.speakerMention?.text, "Ann Roe");
  assert.equal(find(q, "ferries will run late").speakerMention?.text, "The harbour master");
});

test("an infinitive cue under a participle after a comma ('…, vowing to tell') has the sentence's subject", () => {
  const q = quotes("Tom Vale spoke at the plant on Friday, vowing to tell the board that the line would stay open.");
  const open = find(q, "line would stay open");
  assert.equal(open.speaker, "Tom Vale");
  assert.equal(open.speakerMention?.text, "Tom Vale");
});

test("a relative 'who' after an apposition headed by a common noun qualifies the name before it", () => {
  const text = [
    "The prize was announced on Friday.",
    "It went to Ann Roe, a cousin of Tom Vale, who said the news was unexpected.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "news was unexpected").speaker, "Ann Roe");
  // An apposition that names nobody is passed as before.
  assert.equal(
    find(quotes("The mayor met Tom Vale, now the party's treasurer, who said the fund was empty."), "fund was empty")
      .speaker,
    "Tom Vale",
  );
});

test("a form of 'be' with an adjective before an infinitive cue ('was quick to add') stands after the subject", () => {
  const text = [
    "The mill closed its doors in May.",
    "Tom Vale was quick to add that the mill would reopen in spring.",
    "Ann Roe, the mayor, was the first to say that the roof was unsafe.",
    "Mira Dunn is choosing not to answer questions about the sale, her office said.",
    "It is fair to say that the town was not ready.",
  ].join("\n\n");
  const q = quotes(text);
  assert.equal(find(q, "mill would reopen").speakerMention?.text, "Tom Vale");
  assert.equal(find(q, "roof was unsafe").speakerMention?.text, "Ann Roe");
  // An empty "it" stands for the infinitive: nobody is named.
  const fair = q.find((x) => x.text.includes("town was not ready"));
  assert.equal(fair?.speaker ?? null, null);
});

test("an adverb or preposition opening the sentence ('Then Ann Roe said') is no part of the speaker's mention", () => {
  const text = [
    "The debate on the harbour ran late into the night.",
    "Then Ann Roe said the ferries would stop in May.",
    "Now Vexa says the yard will close for a year.",
  ].join("\n\n");
  const q = quotes(text);
  assert.equal(find(q, "ferries would stop").speakerMention?.text, "Ann Roe");
  assert.equal(find(q, "yard will close").speakerMention?.text, "Vexa");
  // A word that modifies the noun stays: "More voters say …".
  const more = quotes("The poll closed on Monday. More Vexa workers say the yard will close.");
  assert.equal(find(more, "yard will close").speakerMention?.text, "More Vexa workers");
});

test("a definite description of a person ('the retired baker') is the only person the passage named, unless it says only a sex or the text brought in someone unnamed by that noun", () => {
  const text = [
    "Walter Brisk opened his bakery on Mill Lane in 1988 and sold it last spring.",
    "“We never borrowed a penny in thirty years of trading,” the retired baker said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "never borrowed").speaker, "Walter Brisk");
  const passerBy = [
    "Mayor Ruth Aldana visited the flooded street on Sunday.",
    "“The water came up to my knees in ten minutes,” the woman said.",
  ].join("\n\n");
  assert.equal(find(quotes(passerBy), "up to my knees").speaker, null);
  const neighbour = [
    "Councillor Jonas Pike spoke at the meeting. A neighbour who lives by the river said she was worried.",
    "“The smoke came over the fence within minutes,” the neighbour said.",
  ].join("\n\n");
  assert.equal(find(quotes(neighbour), "smoke came over").speaker, null);
});

test("a description takes up the person the text set that noun beside; nobody when two could be meant or its own sentence names another", () => {
  const text = [
    "Veteran actress Mila Dorn and the director, Karl Voss, presented the film in Rome on Friday.",
    "“I nearly turned the part down twice before we shot a single scene,” the actress said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "turned the part down").speaker, "Mila Dorn");
  const ambiguous = [
    "Ivo Rask and Petra Lind both ran for the seat last year.",
    "“I will not run again, whatever the party asks of me,” the candidate said.",
  ].join("\n\n");
  assert.equal(find(quotes(ambiguous), "not run again").speaker, null);
  const heckled =
    "“We will build the bridge,” Dana Holt said as the protester shouted: “Nobody wants your bridge here!”";
  assert.notEqual(find(quotes(heckled), "Nobody wants your bridge").speaker, "Dana Holt");
});

test("a verb coordinated inside a subordinate clause ('when Ann Roe mocked … and said') reports that clause's subject", () => {
  const text = "The row deepened on Friday when Mayor Ingrid Tallis mocked the plan and said the council had lied.";
  assert.equal(find(quotes(text), "council had lied").speaker, "Ingrid Tallis");
  // A comma closes the subordinate clause: the coordinated verb is the main clause's.
  const closed = "When Ingrid Tallis arrived, Councillor Bram Otley mocked the plan and said the council had lied.";
  assert.equal(find(quotes(closed), "council had lied").speaker, "Bram Otley");
  // A clause inside the reported speech of an earlier cue is not the coordinated verb's.
  const reported =
    "Councillor Bram Otley said when the vote ended there would be a recount and questioned whether the count was fair.";
  assert.equal(find(quotes(reported), "count was fair").speaker, "Bram Otley");
});

test("a capitalised auxiliary inside a name ('Prime Minister Dora May') is no verb ending the subject", () => {
  const text = "Prime Minister Dora May spoke in Leeds this week and suggested that the tax would fall.";
  assert.equal(find(quotes(text), "tax would fall").speaker, "Dora May");
});

test("a time phrase measured back from another day ('The day before,') opens the sentence before its subject", () => {
  const text =
    "The day before, at a rally in Hull, Osric Penhale was just as blunt, claiming that the count was rigged.";
  assert.equal(find(quotes(text), "count was rigged").speaker, "Osric Penhale");
});

test("after an inverted cue, a description with its own prepositional phrase is renamed by the apposition that follows", () => {
  const text =
    "“It was a hard winter for all of us,” said his oldest friend at college, Tobias Wren, who now farms in Kent.";
  assert.equal(find(quotes(text), "hard winter").speaker, "Tobias Wren");
  // No name after the comma: the description stays unnamed.
  const unnamed = "“It was a hard winter for all of us,” said a neighbour on the lane, adding that she would move.";
  assert.equal(find(quotes(unnamed), "hard winter").speaker, null);
});

test("an adverb before a fronted preposition ('Shortly after the …,') opens an adverbial however long", () => {
  const text =
    "Shortly after the announcement of the old judge's death, Senator Mirela Dunstan issued a statement saying that the seat should stay empty.";
  assert.equal(find(quotes(text), "seat should stay empty").speaker, "Mirela Dunstan");
});

test("a title in quotation marks inside an apposition ('the author of “Cold Rain,” a memoir,') is never the speaker", () => {
  const text = "Petra Valdane, the author of “Cold Rain,” a memoir of the strike, said the mines would never reopen.";
  assert.equal(find(quotes(text), "mines would never reopen").speaker, "Petra Valdane");
});

test("a surname ending in -ly is no manner adverb ending the subject ('Ada Schlafly backed …, saying')", () => {
  const text = "Ada Moberly backed Tobias Wren for mayor, saying he had the courage to win.";
  assert.equal(find(quotes(text), "courage to win").speaker, "Ada Moberly");
});

test("a sentence set in brackets opens after its bracket, and a coordinated verb takes the name in apposition", () => {
  const text = "(Lowmere's harbour master, Ivo Brandt, denied it and said the storm had closed the quay.)";
  assert.equal(find(quotes(text), "storm had closed").speaker, "Ivo Brandt");
  const opening = "Ivo Brandt spoke first.\n\n(Ada Moberly later denied it, saying the storm had closed the quay.)";
  assert.equal(find(quotes(opening), "storm had closed").speaker, "Ada Moberly");
});

test("an indefinite description after a name is its apposition even when no comma closes it before the verb", () => {
  const text =
    "On Friday, Sen. Ada Moberly (D-Vt.), a supporter of Tobias Wren's 2020 bid for the governorship told reporters she believed that Wren would win.";
  assert.equal(find(quotes(text), "Wren would win").speaker, "Ada Moberly");
  // A phrase before the comma that only holds a name is no name in apposition.
  const phrase = [
    "Tobias Wren won the seat.",
    "When Ada Moberly was revealed as a delegate of Tobias Wren, a columnist for the weekly said he was ashamed.",
  ].join("\n\n");
  const q = find(quotes(phrase), "he was ashamed");
  assert.equal(q.speakerMention?.text, "a columnist for the weekly");
  assert.equal(q.speakerId, null);
});

test("a gerund after 'in addition to' opens a subjectless adjunct whose speaker is the main clause's subject", () => {
  const text = "In addition to stating that the levy was unfair, Ada Moberly has vowed to repeal it by spring.";
  const q = find(quotes(text), "levy was unfair");
  assert.equal(q.speaker, "Ada Moberly");
  assert.equal(q.text, "the levy was unfair");
});

test("a reduced relative clause after an opening adverbial ('…, based on the old rules,') goes on with it before the subject", () => {
  const text =
    "While the council met in private, based on the old rules of the port, Tobias Wren hewed to the mayor's line, noting that the vote was void.";
  assert.equal(find(quotes(text), "vote was void").speaker, "Tobias Wren");
});

test("a noun for a kind of body in a spokesperson's description ('a spokesman for the company', 'a bank official') points back to a body of that kind", () => {
  const company = "Harrow Vexa Holdings reported a loss.\n\n“We will recover,” a spokesman for the company said.";
  assert.equal(find(quotes(company), "We will recover").speaker, "Harrow Vexa Holdings");
  const bank = "The Lisk Savings Bank cut its rates on Monday. A bank official said deposits had fallen.";
  assert.equal(find(quotes(bank), "deposits had fallen").speaker, "Lisk Savings Bank");
  // A body of another kind is not meant: the last body named is a parliament, not a ministry.
  const other = "The Harrow Senate met on Monday. A ministry spokeswoman said the budget was late.";
  assert.equal(find(quotes(other), "budget was late").speakerId, null);
});

test("a past participle with its agent after 'by' ('the “golden age” declared by Tom Vale') credits the agent", () => {
  const text =
    "Lisk denied the claims. The “golden age” of trade declared by former Prime Minister Ivo Brandt in 2011 has since soured.";
  assert.equal(find(quotes(text), "golden age").speaker, "Ivo Brandt");
  const apposed = "The levy, described by Ada Moberly as “a disgrace”, was dropped in May.";
  assert.equal(find(quotes(apposed), "a disgrace").speaker, "Ada Moberly");
  // "added by" puts in and says nothing.
  const added = "Ada Moberly spoke first. The bill failed because of “poison pill” clauses added by the Lisk Senate.";
  assert.notEqual(find(quotes(added), "poison pill")?.speaker, "Lisk Senate");
});

test("a description of a person that names no one goes on with the person the sentence before is about", () => {
  const text = [
    "Roe blasts Vale over port plan.",
    "Ada Moberly has a word for Tobias Wren's plan to close the port: No.",
    "The Harbour Party candidate blasted Wren's call for a “port force” on Wednesday, calling it “absurd.”",
  ].join("\n\n");
  assert.equal(find(quotes(text), "port force").speaker, "Ada Moberly");
  // The one the sentence before credits with a statement, not its reported clause's subject.
  const credited = [
    "Tobias Wren plans to rebuild the harbour, Ivo Brandt said on Monday.",
    "“The town has waited long enough for a new wall,” the retired engineer told the Lisk Courier.",
  ].join("\n\n");
  assert.equal(find(quotes(credited), "waited long enough").speaker, "Ivo Brandt");
  // Nor anyone the description's own sentence names.
  const named = "Dana Holt spoke at the rally.\n\n“Nobody wants your bridge!” the protester shouted at Dana Holt.";
  assert.equal(find(quotes(named), "Nobody wants").speaker, null);
});

test("a place before the noun of a description ('the Lisk businessman') leaves it an epithet for the person the text is about", () => {
  const text =
    "Tobias Wren kept up his attacks on Ada Moberly and Ivo Brandt, saying they could not make deals. “We cannot have that,” said the New York businessman.";
  assert.equal(find(quotes(text), "cannot have that").speaker, "Tobias Wren");
});

test("'they' after a sentence whose subject is an unnamed group of people ('Union members criticised …') names no one", () => {
  const text = [
    "Ada Moberly and Tobias Wren met on Monday.",
    "Union members criticised the decision. “It was rushed,” they said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "It was rushed").speaker, null);
  // The pair itself, with no group between, still speaks through its first named.
  const pair = "Ada Moberly and Tobias Wren met on Monday. “It was rushed,” they said.";
  assert.equal(find(quotes(pair), "It was rushed").speaker, "Ada Moberly");
});

test("a definite post 'of' a place the text names ('the deputy head of Norway’s delegation') is not the person the passage is about unless the text gave them that post", () => {
  const text = [
    "Tobias Wren spoke at the Harrow forum on Saturday.",
    "“We must come together to keep the sea lanes open,” he said.",
    "The deputy head of Norway’s delegation to the forum said the navy should reduce its patrols and said any attempt to isolate Norway would fail.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "isolate Norway").speakerId, null);
  // A post in a body the text names still goes back to the one the passage is about.
  const body =
    "Ada Moberly was named head of the Harbour Trust in May. The head of the Harbour Trust said the port would close.";
  assert.equal(find(quotes(body), "port would close").speaker, "Ada Moberly");
});

test("an indefinite description naming someone it qualifies ('One pastor backing Tom Vale,') is renamed by the name in apposition after it, with where that person is from", () => {
  const text =
    "Tobias Wren trails far behind this year. One pastor backing Mr. Wren, Ivo Brandt of Lowmere Chapel in Harrow, said he had made many calls.";
  assert.equal(find(quotes(text), "made many calls").speaker, "Ivo Brandt");
  const another = "Another ally of Ada Moberly, Farm Secretary Ivo Brandt, told reporters that the count was unfair.";
  assert.equal(find(quotes(another), "count was unfair").speaker, "Ivo Brandt");
});

test("a participle after an adverbial clause set off by commas (', as Ada Moberly echoed it, saying') reports that clause's subject", () => {
  const text =
    "It was a hard blow for the council, as Mrs. Ada Moberly echoed the criticism, saying the budget had never added up.";
  assert.equal(find(quotes(text), "never added up").speaker, "Ada Moberly");
  // A clause with no subject of its own ("as expected") leaves the sentence's subject.
  const bare = "Tobias Wren left the hall early, as expected, saying that the meeting was over.";
  assert.equal(find(quotes(bare), "meeting was over").speaker, "Tobias Wren");
});

test("a common word capitalised as its sentence's first, or a month or day alone, names no speaker ('Health officials said', 'her March remarks')", () => {
  for (const [text, needle] of [
    ["Health officials said the beach at Lowmere would stay shut.", "beach at Lowmere"],
    ["Local authorities said the beach at Lowmere would stay shut.", "beach at Lowmere"],
    ["Wednesday's statement said the beach at Lowmere would stay shut.", "beach at Lowmere"],
  ]) {
    const q = find(quotes(text), needle);
    assert.equal(q.speaker, null, text);
  }
  // A capitalised body inside the sentence still names the body.
  assert.match(
    String(find(quotes("A Lowmere Harbour spokesman said the beach would stay shut."), "beach").speaker),
    /Lowmere Harbour/,
  );
});
