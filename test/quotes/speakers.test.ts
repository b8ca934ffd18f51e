// Speakers named by descriptions, credit lines and transcript labels, and the clause after a
// then-role. Every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { find, quotes } from "./find.js";
import { QUOTE_MARK } from "../../scripts/polnear.js";

test("'Name, then transport minister, said the line would …': the clause is what was said, not the speaker", () => {
  const q = find(quotes("Peter Lindqvist, then transport minister, said the line would be finished by 2030."), "line");
  assert.equal(q.kind, "indirect");
  assert.equal(q.text, "the line would be finished by 2030");
  assert.equal(q.speaker, "Peter Lindqvist");
});

test("a name closing a spokesperson's title is the speaker, not the body", () => {
  const text =
    "“We have the numbers on the bill, just not the time to pass it,” Treasury press secretary Maria Lopez Hart.";
  assert.equal(find(quotes(text), "numbers").speaker, "Maria Lopez Hart");
});

test("'An angry Green councillor, Ann Roe, said:' credits the name in the apposition", () => {
  const text = "An angry Green councillor, Ann Roe, said: “This vote makes a mockery of everyone who elected us.”";
  assert.equal(find(quotes(text), "mockery").speaker, "Ann Roe");
});

test("'the minister responsible for X' is the minister the passage is about, not X", () => {
  const text = [
    "Karen Holt says the country stands with its neighbours after the breach.",
    "The minister responsible for the Signals Directorate issued a statement, saying “interference in elections anywhere is unacceptable”.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "interference").speaker, "Karen Holt");
});

test("'the school said' and 'the national police agency said' point back to the body named earlier", () => {
  const text = [
    "Parents at Larkfield Pre-School have complained about the noise for months.",
    "The school said it was “appalled” that the neighbour had kept the siren on for eight minutes.",
    "Officers of the Northern Mounted Police arrested a man on Friday in the harbour district.",
    "The National Security Taskforce joined the inquiry on Saturday.",
    "The national police agency said the threat was “taken very seriously by all of our partners”.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "appalled").speaker, "Larkfield Pre-School");
  assert.equal(find(qs, "taken very seriously").speaker, "Northern Mounted Police");
});

test("a body glued to '-owned' or '-backed' modifies the head: 'Vexon-owned security firm Kestrel'", () => {
  const text =
    "Vexon said on Monday it had fixed the flaw. The group has been described by Vexon-owned security firm Kestrel as “a quiet but very capable criminal crew”.";
  assert.equal(find(quotes(text), "capable").speaker, "Kestrel");
});

test("a credit line after the closing mark names the speaker, with or without a dash", () => {
  const text = [
    "Readers wrote in after the debate.",
    "“He cannot answer a question without scaring people about something else first.” ― Maria Ortega",
    "In a statement, the port operator Delmar said its systems had been hit.",
    "“All terminals are working, with the exception of the container berths on the east side.” Delmar",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "scaring people").speaker, "Maria Ortega");
  assert.equal(find(qs, "container berths").speaker, "Delmar");
});

test("transcript lines opening with a name in capitals are that person's words", () => {
  const text = [
    "Governor Ann Roe spoke to the presenter Tom Field on Sunday.",
    "FIELD: Governor, why did you veto the bill last week?",
    "ROE: Because nobody had told me what it would cost, and I will not sign a blank cheque.",
    "FIELD: Will you sign it now?",
    "ROE: “Not in this form.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "blank cheque").speaker, "Ann Roe");
  assert.equal(find(qs, "blank cheque").kind, "direct");
  assert.equal(find(qs, "why did you veto").speaker, "Tom Field");
  assert.equal(find(qs, "Not in this form").text, "Not in this form.");
  // One capitalised label is a heading, not a transcript.
  assert.equal(
    quotes("Ann Roe won the vote.\n\nROE: nobody expected this result at all.").some((q) =>
      q.text.startsWith("nobody"),
    ),
    false,
  );
});

test("PolNeAR's doubled apostrophes count as quotation marks", () => {
  assert.ok(QUOTE_MARK.test("''We will appeal,'' he said"));
  assert.ok(!QUOTE_MARK.test("the council's plan"));
});

test("a paragraph ending 'She said:' or 'The Courier reports:' introduces the quotation that opens the next", () => {
  const text = [
    "Senator Ann Roe was asked about the vote on Monday. She said:",
    "“We have a situation where nobody in this chamber wants to take the blame for it.”",
    "The Daily Courier reports:",
    "“The vote was delayed three times before it was finally held on Friday night.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "take the blame").speaker, "Ann Roe");
  assert.equal(find(qs, "delayed three times").speakerMention?.text, "The Daily Courier");
});

test("a cue in the progressive ('is telling', 'is calling') has its subject as speaker; the passive has none", () => {
  const told = quotes(
    "Mayor Ann Roe is telling a group of veterans that the city budget is “badly depleted” after years of cuts.",
  );
  assert.equal(find(told, "badly depleted").speaker, "Ann Roe");
  assert.equal(
    find(quotes("Ann Roe is calling the plan “a reckless gamble with public money”."), "gamble").speaker,
    "Ann Roe",
  );
  assert.equal(
    find(quotes("The plan was described as “a reckless gamble with public money”."), "gamble").speaker,
    null,
  );
});

test("'they said' after a pair of people goes to the first named of them, not to a body named earlier", () => {
  const text = [
    "The Harbour Authority announced the closure on Monday. Two fishermen, Ben Cole and Sam Ray, were angry.",
    "“Nobody asked us about any of this,” they said.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "Nobody asked").speaker, "Ben Cole");
  const pair =
    "Ann Roe and Tom Vale, who run the bakery, were told to close by June.\n\n“It is the end of forty years of work,” they said.";
  assert.equal(find(quotes(pair), "forty years").speaker, "Ann Roe");
});

test("a speech verb inside a noun's modifier is not the cue of a mixed quote: 'saying anybody who complains … “…”'", () => {
  const a = find(
    quotes("Ann Roe mocked the complaint, saying anybody who complains about the heating “is not trying hard enough.”"),
    "trying",
  );
  assert.equal(a.cue?.text, "saying");
  assert.equal(a.text, "anybody who complains about the heating “is not trying hard enough.”");
  const b = find(quotes("Ann Roe says his posts accusing Tom Lee of lying are “a disgrace.”"), "disgrace");
  assert.equal(b.cue?.text, "says");
  assert.equal(b.speaker, "Ann Roe");
  // After a comma the relative clause is the speaker's own report.
  const c = find(
    quotes("Tom Lee thanked the two guides, who claimed they had only been “doing their job” that day."),
    "doing their job",
  );
  assert.equal(c.cue?.text, "claimed");
});

test("a relative clause set off by a comma reports its antecedent: 'X, now the leader, who in 2010 said …'", () => {
  const a = find(
    quotes("Ann Lee clashed with Tom Roe, now the party's leader, who in 2010 said her plan was “a fantasy.”"),
    "fantasy",
  );
  assert.equal(a.speaker, "Tom Roe");
  assert.equal(a.speakerMention?.text, "Tom Roe");
  const b = find(quotes("The board thanked Ann Roe, who said the plan “had failed.”"), "failed");
  assert.equal(b.speakerMention?.text, "Ann Roe");
});

test("the subject, not an opening adverb or a noun, speaks: 'Meanwhile, it …, saying', '…, going on to say', 'his mental state is'", () => {
  const a = find(quotes("Meanwhile, the Riverside Trust attacked the plan, saying it “ignores the river.”"), "river");
  assert.equal(a.speakerMention?.text, "the Riverside Trust");
  const b = find(
    quotes("“We have waited long enough,” Ann Roe said, going on to say that the council had “let everyone down.”"),
    "let everyone down",
  );
  assert.equal(b.speaker, "Ann Roe");
  // "state" before "is" is a noun, not the verb "state".
  const c = find(quotes("Mayor Tom Lee said Ann Roe's mental state is “beyond doubt.”"), "beyond doubt");
  assert.equal(c.cue?.text, "said");
  assert.equal(c.speaker, "Tom Lee");
  // "those reports" is a noun: the verb of the clause is the cue.
  const d = find(quotes("Ann Roe dismissed those reports as “pure fiction.”"), "pure fiction");
  assert.equal(d.cue?.text, "dismissed");
  // A statement speaks through its participle: "issued a statement calling …".
  const e = find(
    quotes("After a hastily called meeting, the Riverside Trust issued a statement calling the plan “reckless.”"),
    "reckless",
  );
  assert.equal(e.cue?.text, "calling");
});

test("a relative clause with a verb of its own stands between the subject and the cue: 'Tom Vale, whose town, Dover, is …, argues'", () => {
  const a = find(
    quotes("Tom Vale, whose home town, Dover, is expected to flood, argues that the levy will “ruin the harbour.”"),
    "ruin the harbour",
  );
  assert.equal(a.speaker, "Tom Vale");
  const b = find(quotes("Ann Roe, who hired Tom Vale last spring, said the plan “had failed.”"), "had failed");
  assert.equal(b.speaker, "Ann Roe");
  // A clause with no comma inside it as well.
  const c = find(quotes("Tom Vale, whose firm went under in May, said the deal “was never real.”"), "never real");
  assert.equal(c.speaker, "Tom Vale");
  // An apposition before the clause still gives its description: the mention is the whole phrase.
  const d = find(
    quotes("Former city treasurer Ann Roe, who left in May, said the deal “was never real.”"),
    "never real",
  );
  assert.equal(d.speakerMention?.text, "Former city treasurer Ann Roe");
});

test("'Sen. Ann Roe of Ohio, who …': the antecedent of 'who' is the person, not the state after 'of'", () => {
  const a = find(quotes("The plan drew fire from Sen. Ann Roe of Ohio, who said it was “a gift to insurers.”"), "gift");
  assert.equal(a.speaker, "Ann Roe");
  const b = find(
    quotes("Tom Vale of the far-left Party for Change, who ran in 2019, said the vote was “rigged from the start.”"),
    "rigged",
  );
  assert.equal(b.speaker, "Tom Vale");
});

test("a capitalised word opening a sentence that opens noun phrases ('His', 'One') is no speaker's name", () => {
  const a = find(quotes("One intelligence source said agents would be “furious” if the case were dropped."), "furious");
  assert.equal(a.speaker, null, "an unnamed source is nobody named 'One'");
  assert.equal(a.speakerMention?.text, "One intelligence source");
  const text = "Tom Vale came third in the vote. His campaign said it was “a moral victory.”";
  assert.equal(find(quotes(text), "moral victory").speaker, "Tom Vale");
});

test("a town or state inside a longer phrase is not the speaker: 'exit polls in Ohio', 'a woman in Dover'", () => {
  const a = find(
    quotes("Exit polls in Ohio indicated that Tom Vale was strongly supported by early deciders."),
    "deciders",
  );
  assert.equal(a.speaker, null);
  assert.equal(a.speakerMention?.text, "Exit polls in Ohio");
  const b = find(quotes("A woman in Dover told reporters she worries the mayor is “too nice” to win."), "too nice");
  assert.equal(b.speaker, null);
  // A place's officials speak for it, and a country stands for its government.
  assert.equal(find(quotes("Ohio officials said the count was “complete.”"), "complete").speaker, "Ohio");
  assert.equal(find(quotes("Chinese officials said the ships were “on a routine patrol.”"), "patrol").speaker, "China");
});

test("an opening adverbial goes on past its town's state and a second adverbial: 'At a rally in Dover, Del., on Tuesday, Ann Roe …, saying'", () => {
  const text =
    "At a rally in Dover, Del., on Tuesday, Senator Ann Roe endorsed Tom Vale, saying that her old rival would “make an outstanding mayor.”";
  assert.equal(find(quotes(text), "outstanding mayor").speaker, "Ann Roe");
  const b = find(quotes("In Lyon, France, on Monday, the minister Ann Roe said the plan was “dead.”"), "dead");
  assert.equal(b.speaker, "Ann Roe");
  // A name after the comma is the subject, not more of the adverbial.
  const c = find(quotes("At the meeting, Ann Roe, the mayor, said the plan was “dead.”"), "dead");
  assert.equal(c.speaker, "Ann Roe");
});

test("'he'/'she' after a body's unnamed spokesman or spokeswoman is that body's voice", () => {
  const text = [
    "“The dam is safe,” a spokesman for the Water Board told reporters on Monday.",
    "He said the gates would stay shut until the river fell.",
    "A spokeswoman for the Harbour Trust said the quay was closed. She said it would reopen on Friday.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "gates").speaker, "Water Board");
  assert.equal(find(qs, "reopen").speaker, "Harbour Trust");
});

test("a body's voice does not carry 'he' past a person named since, nor a spokeswoman's report to 'he'", () => {
  const text = [
    "A spokeswoman for the Water Board said the dam was safe. Engineer Tom Vale inspected it on Sunday.",
    "He said the gates would stay shut.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "gates").speaker, "Tom Vale");
  const other = "A spokeswoman for the Harbour Trust said the quay was closed. He said it would reopen on Friday.";
  assert.notEqual(find(quotes(other), "reopen").speaker, "Harbour Trust");
});

test("'he' after a report by a man the text leaves unnamed is that man: nobody, not a man named before", () => {
  const text = [
    "Tom Vale has farmed the valley for forty years.",
    "One elderly man, who gave no name, said the well had run dry in June. He also said the goats had died.",
  ].join("\n\n");
  assert.equal(find(quotes(text), "goats").speaker, null);
});

test("a person named in the unnamed speaker's own sentence may still be the 'she' that follows", () => {
  const text =
    "Ann Roe, a campaign aide said, “is very confident” about the debate, and she has often told her staff that “I only lost one debate”.";
  assert.equal(find(quotes(text), "only lost").speaker, "Ann Roe");
});

test("the verb of a relative clause between a quotation and its attribution is not the cue", () => {
  const text = [
    "A spokesman for the Harbour Board said the quay had been shut since dawn.",
    "“The cranes failed at six,” the spokesman, who asked not to be named, told reporters.",
  ].join("\n\n");
  const q = find(quotes(text), "cranes");
  assert.equal(q.cue?.text, "told");
  assert.equal(q.speaker, "Harbour Board");
});

test("a name set after a comma at the end of a speaker's phrase renames it, past a place after its head", () => {
  const text =
    "State radio quoted Norway's chief envoy to Iceland, Per Lunde, as telling reporters on Monday that the fishing talks would resume.";
  assert.equal(find(quotes(text), "fishing").speaker, "Per Lunde");
});

test("a quoted name inside an attribution does not cut it off from its speaker and cue", () => {
  const text =
    "“We have had better years than this one,” Ohio delegate Tom Vale, wearing a straw hat and “Vote Roe” pins, said as the band played.";
  const q = find(quotes(text), "better years");
  assert.equal(q.speaker, "Tom Vale");
  assert.equal(q.cue?.text, "said");
});

test("'“…!” beamed Ann Roe of Dayton': a verb of manner before a person's name attributes the quotation", () => {
  const beamed = find(quotes("“This is wonderful!” beamed Ann Roe of Dayton, who had queued since dawn."), "wonderful");
  assert.equal(beamed.speaker, "Ann Roe");
  assert.equal(beamed.cue?.text, "beamed");
  // A possessor is not the one who spoke.
  const hosted = find(quotes("“Welcome, all of you,” exhorted Ann Roe's host, the actor Tim Vale."), "Welcome");
  assert.notEqual(hosted.speaker, "Ann Roe");
});

test("a clause or a place opening the sentence before its subject is not the speaker of a participle's report", () => {
  const here = find(
    quotes("Here in Dayton, Tom Vale stepped up his attacks, saying, “We have to win this state.”"),
    "win this",
  );
  assert.equal(here.speaker, "Tom Vale");
  const although = find(
    quotes(
      "Although Ann Roe is not yet a candidate, Tom Vale sent a jab her way by suggesting that Roe was “a loser”.",
    ),
    "loser",
  );
  assert.equal(although.speaker, "Tom Vale");
});

test("a quotation a colon or a comma hands over belongs to the main clause, not to a speech verb of the clause opening the sentence", () => {
  const q = find(
    quotes("When Tom Vale suggested the city would sue, Ann Roe fired back forcefully: “They will lose in any court.”"),
    "any court",
  );
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.cue?.text, "fired back");
  // A comma hands it over the same way.
  const comma = find(
    quotes("Ann Roe spoke first. After Tom Vale criticized her plan, Ann Roe shot back, “I could have stayed home.”"),
    "stayed home",
  );
  assert.equal(comma.speaker, "Ann Roe");
  assert.equal(comma.cue?.text, "shot back");
});

test("a name set in apposition after an inverted cue's description is the speaker: '…, said the Home Secretary, Alan Roe, on Sunday'", () => {
  const text = [
    "Tom Vale, 21, escaped from the prison on Wednesday.",
    "Early findings showed the guards were at their posts, said the Home Secretary, Alan Roe, on Sunday.",
    "“We will find out what went wrong,” said the prison's governor, Ian Kerr, who took the post in May.",
    "Cells were searched, said a guard, Ben Ross, 34, was hurt.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "Early findings").speaker, "Alan Roe");
  assert.equal(find(qs, "went wrong").speaker, "Ian Kerr");
  // A verb after the name makes it the subject of what was said, not the speaker.
  assert.notEqual(qs.find((q) => q.text.includes("Cells were searched"))?.speaker, "Ben Ross");
});

test("a pronoun stands for someone named before it, never for a person named after it in its own sentence", () => {
  const text =
    "Tom Vale spoke in Dayton on Monday. He says he respects Ian Kerr and calls him “a decent man with a fine record.”";
  assert.equal(find(quotes(text), "decent man").speaker, "Tom Vale");
});

test("a sentence whose subject is 'he' or 'she' carries on the person that pronoun stands for", () => {
  // "He" in the second sentence is Dan Price; the man named in its object is not the next "he".
  const him = [
    "Dan Price, a farmer from Lisk, came to the rally early.",
    "He has little patience for Mark Ellis.",
    "“We are tired of waiting,” he said.",
  ].join(" ");
  assert.equal(find(quotes(him), "tired of waiting").speaker, "Dan Price");
  const her = [
    "Ann Roe, 52, runs the bakery on Mill Street.",
    "She sells bread to Lena Hart every morning.",
    "“Prices keep going up,” she said.",
  ].join(" ");
  assert.equal(find(quotes(her), "Prices keep").speaker, "Ann Roe");
  // The one named since who spoke herself takes the pronoun over.
  const spoke = [
    "Ann Roe, 52, runs the bakery on Mill Street.",
    "She sells bread to Lena Hart every morning.",
    "Hart said prices keep going up.",
    "“It is hard,” she said.",
  ].join(" ");
  assert.equal(find(quotes(spoke), "It is hard").speaker, "Lena Hart");
  // A pronoun carries on only someone named in the sentences it looks back over.
  const far = [
    "Ann Roe came to town.",
    ..."She walked on.".repeat(12).match(/She walked on\./g)!,
    "“Hello,” she said.",
  ].join(" ");
  assert.equal(find(quotes(far), "Hello").speaker, null);
});

test("a person whose gender neither the text nor the first name tells, named since as the one speaking, breaks the chain", () => {
  const opened = "Mark Tully, the mayor, opened the session. “The dam will hold,” he said.";
  const spoke = [
    opened,
    "Ife Oyelaran, the agency's chief engineer, said on Monday that the river was rising, which he called “a danger to every town.”",
    "“We cannot wait,” he said.",
  ].join(" ");
  const qs = quotes(spoke);
  assert.equal(find(qs, "danger to every town").speaker, "Ife Oyelaran");
  assert.equal(find(qs, "cannot wait").speaker, "Ife Oyelaran");
  // Named inside another phrase, that person leaves the chain to the last speaker.
  const inside = [opened, "The report by Ife Oyelaran ran to forty pages.", "“We cannot wait,” he said."].join(" ");
  assert.equal(find(quotes(inside), "cannot wait").speaker, "Mark Tully");
});

test("'Asked about Lena Hart's plan, she replied': no one named in an opening participle clause is the pronoun after it", () => {
  const opened = "Ann Roe, 69, spoke to reporters on Monday. “That is a fair concern,” she said.";
  const asked = `${opened} Asked about Lena Hart's plan, she replied: “I don't know.”`;
  assert.equal(find(quotes(asked), "don't know").speaker, "Ann Roe");
  const nested = `${opened} Asked about her own vote in the event that Lena Hart faces Tom Vale, she replied: “I don't know.”`;
  assert.equal(find(quotes(nested), "don't know").speaker, "Ann Roe");
  // A finite clause opening the sentence may name the one the pronoun stands for.
  const arrived = `${opened} When Lena Hart arrived, she replied: “I don't know.”`;
  assert.equal(find(quotes(arrived), "don't know").speaker, "Lena Hart");
});

test("a long run of sentences opened by 'he' resolves each pronoun once, with no chain of calls", () => {
  const text = "Tom Vale came to Lisk. " + "He walked on. ".repeat(20000) + "“We are home,” he said.";
  const started = process.hrtime.bigint();
  const q = find(quotes(text), "We are home");
  assert.equal(q.speakerMention?.text, "he");
  assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 20);
});

test("a conjunction, a focusing adverb or 'what' before the speaker's phrase is not part of its mention", () => {
  const qs = quotes(
    "Tom Vale opposed the toll. Yet Ann Roe said the road would pay for itself. Even the mayor says it is “a fair deal.”",
  );
  assert.equal(find(qs, "pay for itself").speakerMention?.text, "Ann Roe");
  assert.equal(find(qs, "fair deal").speakerMention?.text, "the mayor");
});

test("a participle inside a reported clause reports that clause's subject, not the sentence's", () => {
  const text =
    "Police say Tom Vale picked up the cash in 2019 and emailed the agency two weeks later, saying he wanted “to work as a double agent”.";
  assert.equal(find(quotes(text), "double agent").speaker, "Tom Vale");
  // No clause after the verb (a noun object): the sentence's subject still speaks.
  const blasted = "Ann Roe blasted Tom Vale's plan on Monday, calling it “absurd and cruel.”";
  assert.equal(find(quotes(blasted), "absurd").speaker, "Ann Roe");
});

test("'Asked about X, he demurred: “…”': the main clause's subject answers, a pronoun too, and its mention stops at its verb", () => {
  const text =
    "Tom Vale spoke in Ames on Monday. Asked which county was his favourite, he demurred: “Whichever one I am in.”";
  const q = find(quotes(text), "Whichever");
  assert.equal(q.speaker, "Tom Vale");
  assert.equal(q.speakerMention?.text, "he");
  const shrugged = find(quotes("Asked about the delay, Ann Roe shrugged: “These things happen.”"), "things happen");
  assert.equal(shrugged.speakerMention?.text, "Ann Roe");
});

test("'the force' is the police force named only in the words credited to it, and never another kind of body", () => {
  const qs = quotes(
    [
      "The Harbour Board said on Saturday that the ferry would sail again.",
      "“Officers from Vale County Police found the boy near the river this morning,” the force said.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "near the river").speaker, "Vale County Police");
});

test("a split quotation's second part takes the speaker its cue's description was resolved to: '“…,” said the governor, “but …”'", () => {
  const text = [
    "Governor Ann Roe toured the flooded valley on Friday.",
    "“The water is going down,” said the governor, “but the roads will stay shut.”",
    "“Nobody was hurt,” the governor said, “and the dam held.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "going down").speaker, "Ann Roe");
  assert.equal(find(qs, "roads will stay").speaker, "Ann Roe");
  assert.equal(find(qs, "dam held").speaker, "Ann Roe");
  // An unnamed speaker stays unnamed in both parts.
  const unnamed = quotes("“The water is going down,” said a local farmer, “but the roads will stay shut.”");
  assert.equal(find(unnamed, "roads will stay").speaker, null);
});

test("a time phrase measured from another moment ('Three days later,') opens the sentence and is never its subject", () => {
  const text = [
    "Ann Roe lost the vote in March.",
    "Three days later, Ann Roe returned to the hall, saying the count was wrong.",
    "Two weeks earlier, Tom Vale had visited the plant, telling workers, “Your jobs are safe.”",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "count was wrong").speaker, "Ann Roe");
  assert.equal(find(qs, "jobs are safe").speaker, "Tom Vale");
});

test("a span of time counted back from now ('two days ago') between a subject and its verb is no part of the subject", () => {
  const q = find(quotes("Vexa Systems two days ago said that it had found no breach."), "no breach");
  assert.equal(q.speaker, "Vexa Systems");
  assert.equal(q.speakerMention?.text, "Vexa Systems");
});

test("an opening adverbial after 'By' or 'For' ('By the end of the day,', 'For months,') is skipped to the subject", () => {
  const qs = quotes(
    [
      "By the end of the day, Ann Roe was forced to retreat and said that her words had been “misread.”",
      "For months, Tom Vale had praised the plan, stating it was the best on offer.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "words had been").speaker, "Ann Roe");
  assert.equal(find(qs, "best on offer").speaker, "Tom Vale");
});

test("a sentence opening with 'But' or 'And' keeps its subject for a participle cue: 'But Ann Roe refused, responding that …'", () => {
  const qs = quotes(
    [
      "Tom Vale asked the council for more time.",
      "But Ann Roe refused to wait, responding that the vote was already late.",
      "And when the vote came, Tom Vale walked out, saying the count was rigged.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "already late").speaker, "Ann Roe");
  assert.equal(find(qs, "count was rigged").speaker, "Tom Vale");
});

test("a group whose members are then named ('other lawyers, including Ann Roe and Tom Vale,') speaks through the first of them", () => {
  const q = find(
    quotes("But other lawyers, including Ann Roe and Tom Vale, wrote to the court, saying it should wait."),
    "should wait",
  );
  assert.equal(q.speaker, "Ann Roe");
});

test("the subject of an absolute 'with' construction is the speaker of its participle: '…, with some analysts saying …'", () => {
  const qs = quotes(
    [
      "Tom Vale's plan dominated the news, with some analysts saying prices would fall.",
      "The vote went ahead, with Ann Roe reportedly saying it was rigged.",
    ].join("\n\n"),
  );
  const unnamed = find(qs, "prices would fall");
  assert.equal(unnamed.speaker, null);
  assert.equal(unnamed.speakerMention?.text, "some analysts");
  const named = find(qs, "was rigged");
  assert.equal(named.speaker, "Ann Roe");
  assert.equal(named.speakerMention?.text, "Ann Roe");
});

test("a modal and a focusing adverb before the verb are no part of the speaker: 'The mayor, Ann Roe, could only say that …'", () => {
  const q = find(quotes("The mayor, Ann Roe, could only say that the bridge would not reopen until spring."), "bridge");
  assert.equal(q.speaker, "Ann Roe");
  assert.equal(q.speakerMention?.text, "Ann Roe");
});

test("a subordinator or a free relative inside the phrase before the verb: its subject follows it", () => {
  const since = find(quotes("It is a year since the council announced that the bridge would close."), "bridge");
  assert.equal(since.speakerMention?.text, "the council");
  const what = find(quotes('The toll is what Ann Roe called "a tax on the poor".'), "tax");
  assert.equal(what.speakerMention?.text, "Ann Roe");
});

test("a phrase read back to an infinitive's 'to' names no speaker: 'Critics want the council … to say that …'", () => {
  const q = find(quotes("Critics want the council to use the money to say that the bridge is safe."), "safe");
  assert.equal(q.speakerMention, null);
  assert.equal(q.speaker, null);
});

test("a floated quantifier after an auxiliary is skipped to the subject; 'all' before the verb is the subject", () => {
  const both = find(
    quotes("Ann Roe and Tom Vale, both councillors, have both argued that the bridge should close."),
    "bridge",
  );
  assert.equal(both.speakerMention?.text, "Ann Roe");
  const all = find(quotes("Asked about it, all agreed that the bridge should close."), "bridge");
  assert.equal(all.speakerMention?.text, "all");
});

test("a prepositional phrase opening the sentence before its comma is no speaker: 'In June, a survey asked …'", () => {
  const q = find(quotes("In June, a survey asked voters whether the mayor had lied."), "mayor");
  assert.equal(q.speakerMention, null);
  assert.equal(q.speaker, null);
  const over = find(quotes('Over the years, she laughed and admitted "the job was a curse".'), "curse");
  assert.equal(over.speakerMention?.text, "she");
});

test("a participle set off after two clauses joined by 'and' reports the subject of the nearer one", () => {
  const text =
    "Over the past week, police charged the driver and Ann Roe fired her deputy, admitting that the city had lost trust in the force.";
  assert.equal(find(quotes(text), "lost trust").speaker, "Ann Roe");
});

test("a personal pronoun's 's is 'has', never a possessive: 'She's said …', 'he's claimed that …'", () => {
  const text = [
    "Ann Roe chairs the board. She's said the same thing at every meeting: “The vote was rigged.”",
    "Tom Vale is the mayor. He's claimed that the bridge is unsafe.",
  ].join("\n\n");
  const qs = quotes(text);
  assert.equal(find(qs, "vote was rigged").speaker, "Ann Roe");
  assert.equal(find(qs, "bridge is unsafe").speaker, "Tom Vale");
});

test("a relative clause inside a description whose object takes an apposition of its own leaves the name the subject", () => {
  const qs = quotes(
    [
      "Tom Vale, a pollster who works for Civic Action, a local group, said the vote had hurt her.",
      "Ann Roe, who sold the boat to Ted Noon, a nurse, said it was safe.",
      "A ranger who guards the Kell Forest, a nature reserve, said the fires were out.",
    ].join("\n\n"),
  );
  assert.equal(find(qs, "vote had hurt").speaker, "Tom Vale");
  assert.equal(find(qs, "it was safe").speaker, "Ann Roe");
  const ranger = find(qs, "fires were out");
  assert.equal(ranger.speakerMention?.text, "A ranger");
  assert.equal(ranger.speaker, null);
});

test("a definite description with a preposition that no comma closes renames the name opening its sentence", () => {
  const said = find(quotes("Tom Vale, the spokesman for the Harbour Board said the plan is legal."), "plan is legal");
  assert.equal(said.speaker, "Tom Vale");
  // (not a parenthetical attribution about the name: the mayor speaks of Roe)
  const aside = find(quotes("Ann Roe, the mayor of Kelby said, was never at fault."), "never at fault");
  assert.notEqual(aside.speaker, "Ann Roe");
  const text = [
    "“We will fight this,” Ann Roe said.",
    "Tom Vale, the spokesman for the Harbour Board said in a statement.",
    "“The plan is legal and it will go ahead.”",
  ].join("\n\n");
  assert.equal(find(quotes(text), "will go ahead").speaker, "Tom Vale");
});

test("an address after a name or a noun ('of Dayton, Ohio') is no speaker: the name or the noun says it", () => {
  const cases: Array<[string, string, string | null, string]> = [
    ["Anna Kell of Dayton, Ohio says she thinks the levy will pass.", "levy will pass", "Anna Kell", "Anna Kell"],
    ["Tom Vale, 41, of Ashford, Kent says the bridge is safe.", "bridge is safe", "Tom Vale", "Tom Vale"],
    ["Officials in Dayton, Ohio said the water was clean.", "water was clean", null, "Officials"],
  ];
  for (const [text, part, speaker, mention] of cases) {
    const q = find(quotes(text), part);
    assert.equal(q.speaker, speaker, text);
    assert.equal(q.speakerMention?.text, mention, text);
  }
});

test("a colon after words addressed to someone introduces the words of the one who addresses them", () => {
  const q = find(
    quotes(
      "The council met on Monday. Council leader Tom Vale delivered a sharp message to Ann Roe: “Stop blocking the budget.”",
    ),
    "Stop blocking",
  );
  assert.equal(q.speaker, "Tom Vale");
});

test("'what X called “…”' is X's word; a box or a file 'labeled “…”' names a thing and quotes no one", () => {
  const called = find(
    quotes("The firm's sales team had a hand in what several lawmakers called “fraud” last year."),
    "fraud",
  );
  assert.equal(called.speakerMention?.text, "several lawmakers");
  const labeled = quotes("On the form, in a box labeled “next of kin,” a clerk had typed a name.");
  assert.equal(
    labeled.find((q) => q.text.includes("next of kin")),
    undefined,
  );
});

test("a participle clause set off before the verb, or a clause on a thing, leaves the sentence's subject the speaker", () => {
  const cases: Array<[string, string, string | null, string]> = [
    [
      "Officials familiar with the files taken from Ann Roe's office in Dayton, Ohio, speaking on condition of anonymity, said the files were old.",
      "files were old",
      null,
      "Officials familiar with the files taken from Ann Roe", // (the phrase reader stops at the possessive)
    ],
    [
      "The row grew, as Ann Roe, contradicting Tom Vale, said the town would not pay.",
      "would not pay",
      "Ann Roe",
      "Ann Roe",
    ],
    [
      "Exit polls from the Kell primary, which Mr. Tom Vale won easily, showed that most voters backed the ban.",
      "most voters",
      null,
      "Exit polls from the Kell primary",
    ],
  ];
  for (const [text, part, speaker, mention] of cases) {
    const q = find(quotes(text), part);
    assert.equal(q.speaker, speaker, text);
    assert.equal(q.speakerMention?.text, mention, text);
  }
  // (a member listed after "including" still speaks for the group)
  assert.equal(find(quotes("Several lawyers, including Ann Roe, said the plan was dead."), "plan").speaker, "Ann Roe");
});

test("a sentence of attribution after a closed quotation may say what the words were about: '… Ann Roe said of her rival.'", () => {
  const q = find(quotes("Ann Roe has made many visits. “He never stops.” Tom Vale said of the race."), "never stops");
  assert.equal(q.speaker, "Tom Vale");
});

test("an unnamed group tied to someone only by knowing them ('people close to Ann Roe') is no one named", () => {
  const texts = [
    "People close to Ann Roe said the deal was off.",
    "Officials familiar with Tom Vale's plans said the deal was off.",
    "A source familiar with the Harbour Board's review said the deal was off.",
  ];
  const qs = texts.map((text) => find(quotes(text), "deal was off"));
  assert.deepEqual(
    qs.map((q) => [q.speaker, q.speakerMention?.text]),
    [
      [null, "People close to Ann Roe"],
      [null, "Officials familiar with Tom Vale's plans"],
      [null, "A source familiar with the Harbour Board's review"],
    ],
  );
});

test("a report inside a named speaker's report whose subject is a thing is the named speaker's claim", () => {
  const qs = quotes("Ann Roe said the recent spate of floods demands that all residents take “more care” this winter.");
  assert.equal(find(qs, "more care").speaker, "Ann Roe");
  // (people, even unnamed, say their own words)
  const critics = quotes("Ann Roe said critics argue that the levy is “a tax on bread.”");
  assert.equal(critics.find((q) => q.cue?.text === "argue")?.speaker, null);
});

test("an existential 'there' before a form of 'be' names no speaker: 'There is new evidence suggesting that …'", () => {
  const evidence = quotes(
    "The harbour board met on Monday. There is new evidence suggesting that the toll on lorries will rise.",
  );
  assert.equal(find(evidence, "toll on lorries").speakerMention, null);
  const calls = quotes(
    'Ann Roe toured the docks. There were loud calls of "Save our port" as she walked past the gates.',
  );
  assert.equal(find(calls, "Save our port").speakerMention, null);
});

test("a place adverb set off by a comma opens the sentence: 'There, the harbour master … refused … but said'", () => {
  const qs = quotes(
    "The ferries were late again. There, the harbour master Nell Osgarby refused to sign the permits but said the fines would stand.",
  );
  const q = find(qs, "fines would stand");
  assert.equal(q.speakerMention?.text, "the harbour master Nell Osgarby");
  assert.equal(q.speaker, "Nell Osgarby");
});

test("'That is why critics say …': the subject of the cue starts after 'why'", () => {
  const qs = quotes("The harbour toll doubled in a year. That is why critics say the board has lost its way.");
  assert.equal(find(qs, "lost its way").speakerMention?.text, "critics");
});
