// Patterns of English that decide an event's type and date; every sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import type { CaseEvent } from "../../src/core/schema.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { extractTimes } from "../../src/extract/time/index.js";
import { inflect } from "../../src/extract/events/triggers.js";

const P = "2025-09-17"; // a Wednesday

function events(text: string, published: string | null = P): CaseEvent[] {
  const doc = buildDoc(text);
  const times = extractTimes(doc, { published });
  return extractEvents({
    doc,
    entities: [],
    times,
    quotes: [],
    published,
    typer: null,
  });
}

function dated(text: string, published: string | null = P): Array<[string, string | null]> {
  return events(text, published)
    .filter((e) => e.date)
    .map((e) => [e.type, e.date]);
}

test("a verb stressed on its last syllable doubles its consonant", () => {
  assert.ok(inflect("acquit").includes("acquitted"));
  assert.ok(inflect("drop").includes("dropped"));
  assert.deepEqual(dated("The court acquitted Mary Lane of fraud on Tuesday."), [["verdict", "2025-09-16"]]);
});

test("a date repeated in brackets is one date", () => {
  assert.deepEqual(dated("The minister said on Monday (Sept 15) that the talks had ended."), [
    ["statement", "2025-09-15"],
  ]);
});

test("a step joined by 'and' to an undated verb does not take the announcement's date", () => {
  const found = dated("Police announced on Monday that they have arrested and charged a delivery driver.");
  assert.ok(!found.some(([type]) => type === "charge"), JSON.stringify(found));
});

test("the same date with no trigger in two sentences is two happenings", () => {
  const text =
    "Last night, the crowd gathered outside the town hall. Later, last night, the lights went out across the town.";
  assert.equal(dated(text).filter(([type, date]) => type === "other" && date === "2025-09-16").length, 2);
});

test("an opening date belongs to the verb after a relative clause set off by commas", () => {
  assert.deepEqual(
    dated("Last week, the party leader, whose group has cut its deficit, told colleagues to back him."),
    [["statement", "2025-09"]],
  );
});

test("an opening date belongs to the verb after two appositions in a row; a term ordered served is a sentence", () => {
  assert.deepEqual(dated("Last month, Mara Lind, 52, a onetime treasurer of the rowing club, was jailed."), [
    ["sentence", "2025-08"],
  ]);
  assert.deepEqual(
    dated("Last month, Mara Lind, 52, a onetime treasurer of the rowing club, was ordered to serve two years."),
    [["sentence", "2025-08"]],
  );
  assert.deepEqual(dated("The magistrate ordered him to serve 18 months in custody on Friday."), [
    ["sentence", "2025-09-12"],
  ]);
});

test("a period that names a thing or a figure's period is no happening; a day in the possessive is", () => {
  assert.deepEqual(dated("The plan would keep fees at this year's levels."), []);
  assert.deepEqual(dated("Sales rose to $3 billion last year."), []);
  assert.deepEqual(dated("She stood in the 2014 elections as an independent."), []);
  assert.deepEqual(dated("Sunday's vote drew large crowds."), [["other", "2025-09-14"]]);
});

test("a span of years written as one before a noun names the thing, not when it happened", () => {
  assert.deepEqual(dated("Many farmers who fled the 1980-84 drought never went back."), []);
  assert.deepEqual(dated("Analysts studied the island's 2001-03 census closely."), []);
  // Told as when, the span still dates the happening.
  assert.deepEqual(dated("She chaired the tribunal in 1998-2002."), [["other", "1998"]]);
});

test("charging that something is so is a telling; a person charged is a charge", () => {
  assert.deepEqual(dated("A stallholder charged on Monday that the council had shut the market to punish him."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Police charged the stallholder on Monday."), [["charge", "2025-09-15"]]);
});

test("tried in the passive, then the verdict or the sentence, is a trial", () => {
  const types = (text: string) => events(text, P).map((e) => e.type);
  assert.deepEqual(types("The two clerks were tried and jailed for the forged ledgers in 2021."), [
    "trial",
    "sentence",
  ]);
  assert.ok(types("The lighthouse keeper was tried but acquitted in 2020.").includes("trial"));
  // Not a remedy tried and given up.
  assert.ok(!types("A cheaper glue was tried and dropped in 2020.").includes("trial"));
});

test("demanding that something be done is a telling", () => {
  assert.deepEqual(dated("The ferry crews demanded on Monday that the harbour board restore their night shifts."), [
    ["statement", "2025-09-15"],
  ]);
});

test("a span of years after a determiner and a word describing it names the thing too", () => {
  assert.deepEqual(dated("Refugees of the bloody 1992-95 war returned to the valley."), []);
  // Not when a link word follows: the span is then when.
  assert.deepEqual(dated("She sat on the board during the years 1998-2002 and left."), [["other", "1998"]]);
});

test("a verb of speaking learned from attribution cues states a telling", () => {
  assert.deepEqual(dated("A cabinet member on Saturday defended the closure of the camp."), [
    ["statement", "2025-09-13"],
  ]);
});

test("a verb between two dates takes the nearer bound; the other dates what its object names", () => {
  assert.deepEqual(
    dated("A cabinet member on Saturday defended the closure of a camp in the capital the previous day."),
    [
      ["statement", "2025-09-13"],
      ["other", "2025-09-12"],
    ],
  );
});

test("what a court does at a hearing is a hearing: remanded, brought before it, adjourned, evidence, words to jurors", () => {
  assert.deepEqual(dated("The man was remanded in custody at Leeds Magistrates' Court on Monday."), [
    ["court_hearing", "2025-09-15"],
  ]);
  assert.deepEqual(dated("She was brought to court on Monday."), [["court_hearing", "2025-09-15"]]);
  assert.deepEqual(dated("The judge adjourned the case until 3 October."), [["court_hearing", "2025-10-03"]]);
  assert.deepEqual(dated("The nurse gave evidence on Tuesday."), [["court_hearing", "2025-09-16"]]);
  assert.deepEqual(dated("The engineer told jurors on Tuesday that he had been paid."), [
    ["court_hearing", "2025-09-16"],
  ]);
  // Held "on remand" is a state, not a hearing.
  assert.deepEqual(dated("He fled while on remand on 6 May 2023."), [["other", "2023-05-06"]]);
});

test("an appearance to stand trial is the trial; a trial at a named court takes its range", () => {
  assert.deepEqual(dated("He is due to appear in court on 13 November to stand trial."), [["trial", "2025-11-13"]]);
  const ranged = events("This followed a trial at Leeds Crown Court from October to November 2024.").filter(
    (e) => e.date,
  );
  assert.deepEqual(
    ranged.map((e) => [e.type, e.date, e.end]),
    [["trial", "2024-10", "2024-11"]],
  );
});

test("one milestone on one date is one event however often it is told", () => {
  const text = "The teacher appeared at Leeds Crown Court on Monday. She was remanded in custody on Monday.";
  assert.deepEqual(dated(text), [["court_hearing", "2025-09-15"]]);
});

test("a bracketed name is no clause boundary between an opening date and its verb", () => {
  assert.deepEqual(dated("Earlier this month the Department of Health (DoH) announced a review."), [
    ["statement", "2025-09"],
  ]);
});

test("conduct runs over 'and' before another -ing verb and ends at 'following'", () => {
  assert.deepEqual(dated("She is accused of leaving a hoax device on a desk and absconding from her base in 2023."), [
    ["other", "2023"],
  ]);
  assert.deepEqual(dated("He pleaded guilty to theft following the close of the evidence on 11 November 2024."), [
    ["conviction", "2024-11-11"],
  ]);
});

test("what a court heard is reported: its date is the reported act's", () => {
  assert.deepEqual(dated("The court heard she planned a fake robbery for 21 August 2024."), [["other", "2024-08-21"]]);
});

test("apprehended is an arrest; a weekday after a possessive is a programme's name", () => {
  assert.deepEqual(dated("Officers apprehended the driver on Saturday."), [["arrest", "2025-09-13"]]);
  assert.deepEqual(dated("He told the network's Sunday Morning he was pleased."), []);
});

test("an apposition tying the date to another happening leaves the date to the verb after it", () => {
  const text = "In 2019, the same year the firm was hacked, prosecutors filed an indictment against two men.";
  assert.deepEqual(dated(text), [["charge", "2019"]]);
});

test("'hearing' right after a preposition with its object next is the verb", () => {
  assert.deepEqual(dated("The crowd cheered on Monday after hearing the news."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("He was released on Monday after a hearing."), [["court_hearing", "2025-09-15"]]);
  const tired = events("Voters were tired of hearing about the audit, and of hearing from its authors.");
  assert.deepEqual(
    tired.map((e) => e.type),
    [],
  );
});

test("an appointment told in the past tense is in the story's past; 'due in court' is a hearing", () => {
  // Published on Wednesday 17 September 2025: "was due … on Monday" is the Monday just gone.
  assert.deepEqual(dated("He was due to appear before magistrates on Monday, but the hearing was moved."), [
    ["court_hearing", "2025-09-15"],
  ]);
  assert.deepEqual(dated("She is due in court on Monday."), [["court_hearing", "2025-09-22"]]);
  // Published in November: "was due in court on 3 March" is the March before, not the next one.
  assert.deepEqual(dated("He was due in court on 3 March but failed to attend.", "2025-11-20"), [
    ["court_hearing", "2025-03-03"],
  ]);
});

test("a date bounding a stretch of time is no happening; 'on or before' a date and 'since' a date are", () => {
  assert.deepEqual(dated("Costs were expected to rise after 2030."), []);
  assert.deepEqual(dated("The rules stood until 1990."), []);
  assert.deepEqual(dated("She has lived in Hull since 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("He was accused of hiding a fake device on or before 3 March 2024."), [
    ["other", "2024-03-03"],
  ]);
});

test("a date 'since' which a superlative measures is a point of comparison, no happening", () => {
  const compared = [
    "The judge is the most lenient on the bench since 1987.",
    "For the first time since early June, the party has lost a seat.",
    "Exports fell to their lowest level since 2009.",
    "The driver has been under arrest since 2019.",
  ].map((text) => dated(text));
  assert.deepEqual(compared, [[], [], [], [["arrest", "2019"]]]);
});

test("a news conference is a telling", () => {
  assert.deepEqual(dated("The chief constable held a news conference on Tuesday."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("At a press conference on Monday, the firm named its new chair."), [
    ["statement", "2025-09-15"],
  ]);
  // The step told at it owns the date; a conference not given is no telling.
  const step = "The prosecutor decided not to recommend indicting the banker at a press conference on Monday.";
  assert.deepEqual(dated(step), [["charge", "2025-09-15"]]);
  assert.deepEqual(dated("As of Monday, the mayor had gone 90 days without a news conference."), []);
});

test("a poll's share and a figure's change are no tellings", () => {
  const figures = [
    "Support fell from 44 percent who said the same in March.",
    "A survey in May found that 38% of drivers say they speed.",
    "Ferry traffic declined 3.5 percent last year.",
    "The council said on Monday that 12 posts would go.",
  ].map((text) => dated(text));
  assert.deepEqual(figures, [[], [], [], [["statement", "2025-09-15"]]]);
});

test("a compromise is a deal; systems compromised are an attack", () => {
  assert.deepEqual(dated("The budget compromise last month pleased nobody."), [["other", "2025-08"]]);
  assert.deepEqual(dated("Hackers compromised the servers in March 2024."), [["attack", "2024-03"]]);
});

test("a trial's outcomes are decided at once: an undated acquittal after a dated conviction shares its date", () => {
  const text =
    "A jury on Monday convicted Tom Reed of fraud. The jury found Reed guilty on two counts. It acquitted him of theft.";
  assert.deepEqual(dated(text), [
    ["conviction", "2025-09-15"],
    ["verdict", "2025-09-15"],
  ]);
  // Another date in between moves the story on; a plea is a step of its own.
  const moved = "A jury on Monday convicted Tom Reed of fraud. In 2019 he had moved to Leeds. He was cleared of theft.";
  assert.deepEqual(dated(moved), [
    ["conviction", "2025-09-15"],
    ["other", "2019"],
  ]);
  const plea = "Tom Reed was cleared of fraud on Monday. He pleaded guilty to theft.";
  assert.deepEqual(dated(plea), [["verdict", "2025-09-15"]]);
});

test("sanctions that freeze or blacklist, a jury's selection, an appeal heard, a post on a network", () => {
  assert.deepEqual(dated("The government froze the assets of three banks on Tuesday."), [["sanction", "2025-09-16"]]);
  assert.deepEqual(dated("Washington blacklisted the firm in 2022."), [["sanction", "2022"]]);
  assert.deepEqual(dated("Jury selection began on Tuesday."), [["trial", "2025-09-16"]]);
  assert.deepEqual(dated("The appeal was heard on 4 June."), [["court_hearing", "2025-06-04"]]);
  assert.deepEqual(dated("She posted on X on Monday that the vote was rigged."), [["statement", "2025-09-15"]]);
});

test("what is announced, named by its noun, is the happening; an announcement of nothing named is a telling", () => {
  assert.deepEqual(dated("Acme announced on Monday the acquisition of a rival bakery."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("The mayor announced on Monday that the bridge would reopen."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("The ministry announced on Monday the indictment of three bankers."), [
    ["charge", "2025-09-15"],
  ]);
});

test("words of the lexicon in another sense: a trial period, a clinical trial, the ruling party, ruled out, charged a fee", () => {
  assert.deepEqual(dated("Her trial period at the firm ended in May."), [["other", "2025-05"]]);
  assert.deepEqual(dated("The clinical trial began in 2023."), [["other", "2023"]]);
  assert.deepEqual(dated("The ruling party won the vote in 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("The judge ruled out a retrial on Friday."), [["other", "2025-09-12"]]);
  assert.deepEqual(dated("He was charged £300 for the repair last week."), [["other", "2025-09"]]);
  assert.deepEqual(dated("He read a line from the report on Monday."), [["other", "2025-09-15"]]);
  // The legal senses stay.
  assert.deepEqual(dated("The trial began in 2023."), [["trial", "2023"]]);
  assert.deepEqual(dated("He was charged last week with theft."), [["charge", "2025-09"]]);
});

test("a step awaited after a date is not dated by it; a hearing put off until a day is put off ahead", () => {
  assert.deepEqual(dated("He was released on bail in June pending trial."), [["other", "2025-06"]]);
  assert.deepEqual(dated("The hearing was adjourned until 14 November."), [["court_hearing", "2025-11-14"]]);
});

test("a denial is a telling: the date after what it denies is the denial's", () => {
  const found = events("A local councillor denied involvement in the hack on Thursday.");
  assert.deepEqual(
    found.filter((e) => e.date).map((e) => [e.type, e.date]),
    [["statement", "2025-09-11"]],
  );
  // What was denied stays, undated.
  assert.ok(found.some((e) => e.type === "attack" && !e.date));
});

test("an attack on a view or a decision is made in words", () => {
  assert.deepEqual(dated("The opposition leader attacked the minister over his comments on Monday."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Gunmen attacked a police station near the border on Monday."), [["attack", "2025-09-15"]]);
});

test("a verdict the jury retires to consider is not reached: the retiring is the hearing", () => {
  assert.deepEqual(dated("The jury retired to consider its verdict on Friday afternoon."), [
    ["court_hearing", "2025-09-12"],
  ]);
  assert.deepEqual(dated("The jury returned its verdict on Friday afternoon."), [["verdict", "2025-09-12"]]);
});

test("an appearance just after a trial is put under way is an appearance at the trial", () => {
  const opened =
    "A jury has been sworn in for the trial of a former nurse accused of harming patients.\n\n" +
    "Mary Lane appeared at Leeds Crown Court on Tuesday.";
  assert.deepEqual(dated(opened), [["trial", "2025-09-16"]]);
  const ahead = "Tom Vale will stand trial next year. He appeared before magistrates on Tuesday for a brief hearing.";
  assert.deepEqual(dated(ahead), [
    ["trial", "2026"],
    ["court_hearing", "2025-09-16"],
  ]);
});

test("a rate's period ('4 cents per share last year') is no happening", () => {
  assert.deepEqual(dated("Profit rose to $9 million, or 12 cents per share, from 4 cents per share last year."), []);
});

test("the baseline of a change in a figure, and the period of a rate counted in a unit, are no happening", () => {
  assert.deepEqual(dated("Ann Roe was at 25 percent support, up eight points from March."), []);
  assert.deepEqual(dated("Turnout in Port Ellis has risen 12 percent since 2019."), []);
  assert.deepEqual(dated("Farms in Vexa averaged 2.1 tonnes per hectare this year."), []);
  // A happening told with a date and no figure still is one.
  assert.deepEqual(dated("Tom Vale was arrested in March."), [["arrest", "2025-03"]]);
});

test("dates joined by 'and' under one preposition are one happening", () => {
  assert.deepEqual(dated("The panel deliberated on Monday and Tuesday."), [["other", "2025-09-15"]]);
});

test("a day offered with 'or' as the other possibility, or a night told by its late and early hours, is no second happening", () => {
  const cases: [string, [string, string | null][]][] = [
    ["Two anglers were abducted late on Friday or early on Saturday near the weir.", [["attack", "2025-09-12"]]],
    ["The barge ran aground on Monday or Tuesday.", [["other", "2025-09-15"]]],
    ["Thieves stripped the depot late Friday and early Saturday.", [["other", "2025-09-12"]]],
    // A second date told with its own verb is a happening of its own.
    [
      "The board met on Monday and on Tuesday it sold the stadium.",
      [
        ["other", "2025-09-15"],
        ["other", "2025-09-16"],
      ],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(dated(text), expected, text);
});

test("days of testimony before a jury are a trial", () => {
  assert.deepEqual(dated("The jurors began deliberating after hearing four days of testimony last week."), [
    ["trial", "2025-09"],
  ]);
});

test("an abbreviation's full stop does not end the clause that tells a date's tense", () => {
  assert.deepEqual(dated("On Monday, Mr. Tom Vale will open the new clinic."), [["other", "2025-09-22"]]);
  assert.deepEqual(dated("On Monday, Dr. Ann Roe opened the new clinic."), [["other", "2025-09-15"]]);
});

test("a headline's name, 'to' and a verb tell what is to come", () => {
  const headline = events("Ann Roe to make statement Thursday");
  assert.deepEqual(
    headline.map((e) => [e.type, e.status, e.date]),
    [["statement", "scheduled", "2025-09-18"]],
  );
  // A clause with a verb of its own keeps its tense: "according to" names no headline's subject.
  assert.deepEqual(dated("According to Tom Vale, the council met on Monday."), [["other", "2025-09-15"]]);
});

test("ruling a land over a stretch of time is no verdict", () => {
  assert.deepEqual(dated("Tom Vale, the general who ruled Vexa for two decades, died on Monday."), [
    ["other", "2025-09-15"],
  ]);
  assert.deepEqual(dated("The junta ruled from 1971 to 1973."), [["other", "1971"]]);
  // A court rules on, that, for or against.
  assert.deepEqual(dated("The court ruled for the first time in May that the levy was void."), [
    ["verdict", "2025-05"],
  ]);
});

test("killing a count of people is an attack; floods and fires that kill are misfortunes", () => {
  assert.deepEqual(dated("Rebels killed hundreds of villagers in Vexa last week."), [["attack", "2025-09"]]);
  assert.deepEqual(dated("Police killed an unspecified number of gang members on Monday."), [["attack", "2025-09-15"]]);
  assert.deepEqual(dated("Two fires killed four people in Port Ellis on Monday."), [["other", "2025-09-15"]]);
});

test("one remark is a telling, as remarks are", () => {
  assert.deepEqual(dated("Ann Vale made the remark on Tuesday."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("A remark made by Tom Roe on Monday angered the council."), [["statement", "2025-09-15"]]);
});

test("a company changing its guidance or forecast announces it", () => {
  assert.deepEqual(dated("The retailer raised its annual guidance last week."), [["statement", "2025-09"]]);
  assert.deepEqual(dated("The central bank cut its growth forecast on Thursday."), [["statement", "2025-09-11"]]);
});

test("a sum paid or taken dates the act, not a figure's period", () => {
  assert.deepEqual(dated("The watchdog fined the lender £5 million in 2023."), [["other", "2023"]]);
  assert.deepEqual(dated("Turnover reached £5 million in 2023."), []);
});

test("an amount written with its currency's name is a figure of its period, no happening", () => {
  assert.deepEqual(dated("The brewery's profit was 4.2 million euros last year."), []);
  assert.deepEqual(dated("Exports of tea came to 310 million rupees in 2024."), []);
  // A sum taken in an act still dates the act.
  assert.deepEqual(dated("The regulator fined the lender 5 million euros in 2023."), [["other", "2023"]]);
});

test("a figure's period is not the day of the telling that reports the figure", () => {
  assert.deepEqual(dated("Revenue at the Tarvo mill rose to $5 million last year, the firm said."), []);
  assert.deepEqual(dated("Ann Roe said exports of wool fell 8 percent in 2024."), []);
  // The day of the telling still dates it.
  assert.deepEqual(dated("Revenue rose to $5 million last year, the firm said on Monday."), [
    ["statement", "2025-09-15"],
  ]);
});

test("a killing told by how it was done is an attack", () => {
  assert.deepEqual(dated("Police shot dead two robbers in Port Ellis on Monday."), [["attack", "2025-09-15"]]);
  assert.deepEqual(dated("Gunmen shot three guards dead at the Vexa depot on Tuesday."), [["attack", "2025-09-16"]]);
  assert.deepEqual(dated("A farmer was beaten to death near Lorton on Sunday."), [["attack", "2025-09-14"]]);
  assert.deepEqual(dated("A court in Vexa sentenced him to death on Monday."), [["sentence", "2025-09-15"]]);
});

test("a date that opens the clause after a semicolon dates that clause's verb", () => {
  assert.deepEqual(dated("Tom Vale served in the navy; in 2009, he was arrested in Lorton."), [["arrest", "2009"]]);
  assert.deepEqual(dated("The protests spread north; on Monday, soldiers shot dead ten marchers."), [
    ["attack", "2025-09-15"],
  ]);
});

test("the date a figure is compared with is its baseline, no happening", () => {
  assert.deepEqual(dated("Turnout in Vexa was lower than in 2019."), []);
  assert.deepEqual(dated("The mill sold $40 million more than last year, the firm said."), []);
  assert.deepEqual(dated("Wool closed at $3.10 a pound, compared with Monday's close of $3.05."), []);
  // With no amount before "more than", the date is when something happened.
  assert.deepEqual(dated("Ann Roe left Lorton more than a year ago."), [["other", "2024"]]);
});

test("a death in a place named as hit by a misfortune is the misfortune's", () => {
  assert.deepEqual(dated("Forty people were killed in the flood-hit town of Varno on Saturday."), [
    ["other", "2025-09-13"],
  ]);
  assert.deepEqual(dated("Two guards were killed in the war-torn town of Varno on Saturday."), [
    ["attack", "2025-09-13"],
  ]);
});

test("a telling whose date comes before 'that' is still a telling; a plea needs an offence", () => {
  assert.deepEqual(dated("The retailer admitted on Friday that card details had been lost."), [
    ["statement", "2025-09-12"],
  ]);
  assert.deepEqual(dated("The driver admitted dangerous driving on Friday."), [["conviction", "2025-09-12"]]);
});

test("a noun after the date in a phrase of topic is what the act was about", () => {
  assert.deepEqual(dated("The ministry summoned the envoy on Monday over the hack."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("The ministry reported the hack on Monday."), [["statement", "2025-09-15"]]);
});

test("a step after the date in a phrase of cause opened by 'for' is what the act was for", () => {
  // The arrests came before the union's complaint; the complaint is the dated act.
  assert.deepEqual(dated("The union rounded on the council on Tuesday for the arrests of its members."), [
    ["other", "2025-09-16"],
  ]);
  assert.deepEqual(dated("Harsh sanctions were imposed on Vastria in 2019 for invading its neighbour."), [
    ["sanction", "2019"],
  ]);
  // A court's step that the day is set for is on that day.
  assert.deepEqual(dated("She will return to court on Monday for sentencing."), [["sentence", "2025-09-22"]]);
});

test("a noun joined by 'and' right after the date starts a new item, not the dated one", () => {
  assert.deepEqual(dated("A ferry sank off the cape last week and two recent kidnappings have alarmed the port."), [
    ["other", "2025-09"],
  ]);
});

test("a step that someone opposes or blames others for, told after the date, came before it", () => {
  // The minister's criticism is her telling that day; the sanctions are not dated by it.
  assert.deepEqual(dated("On Monday, the minister lashed out at the new sanctions on her country."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("The students marched on Friday against the arrests of their leaders."), [
    ["other", "2025-09-12"],
  ]);
  assert.deepEqual(dated("On Tuesday, the bishop rebuked the council for the arrests."), [["other", "2025-09-16"]]);
  // A step the verb performs is on the date: "imposed sanctions".
  assert.deepEqual(dated("On Monday, the ministry imposed sanctions on the firm."), [["sanction", "2025-09-15"]]);
});

test("bail is granted or refused at a hearing", () => {
  assert.deepEqual(dated("She was refused bail at Harbour Magistrates' Court on Saturday."), [
    ["court_hearing", "2025-09-13"],
  ]);
});

test("a clause opened by 'after' right after the date tells another happening", () => {
  assert.deepEqual(dated("The chairman resigned in January after the audit was published."), [["other", "2025-01"]]);
});

test("parts of a trial under way on different days are each told; a planned trial told vaguer is one", () => {
  const parts = "The jurors heard four days of testimony last week. Closing arguments were made on Tuesday.";
  assert.deepEqual(dated(parts), [
    ["trial", "2025-09"],
    ["trial", "2025-09-16"],
  ]);
  const planned = "Tom Vale is due to stand trial in October. He will stand trial next year.";
  assert.deepEqual(dated(planned, "2025-12-01"), [["trial", "2026-10"]]);
});

test("a deadline dates neither the urging nor the task; a sentence opened by one tells what had happened", () => {
  assert.deepEqual(dated("The judge had urged the agency to release the files by July 31."), []);
  assert.deepEqual(dated("By Friday, police had arrested six fans."), [["arrest", "2025-09-12"]]);
});

test("taken to a hospital is no court hearing; brought before a judge is", () => {
  const hospital = events("The singer was taken to a hospital after her fall on Sunday.");
  assert.ok(!hospital.some((e) => e.type === "court_hearing"), JSON.stringify(hospital.map((e) => e.type)));
  assert.deepEqual(dated("The driver was brought before a judge on Monday."), [["court_hearing", "2025-09-15"]]);
});

test("speaking, calling for, making remarks and unveiling are tellings", () => {
  assert.deepEqual(dated("The coach spoke to reporters on Friday."), [["statement", "2025-09-12"]]);
  assert.deepEqual(dated("On Monday, the mayor called for a ban on scooters."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("The senator made the remarks on Tuesday at a diner."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("In 2019, the council unveiled a plan for the harbour."), [["statement", "2019"]]);
});

test("what was done ahead of or before a day is not dated by it; a step named right after is", () => {
  assert.ok(!dated("Ahead of Friday's summit, the two ministers unveiled a plan.").some(([t]) => t === "statement"));
  assert.deepEqual(dated("Before Monday's vote, the chairman announced his support."), []);
  assert.deepEqual(dated("The lawyer resigned before Monday's hearing."), [["court_hearing", "2025-09-15"]]);
});

test("the writer in the first person is the article's reporting, not a happening", () => {
  assert.deepEqual(dated("The difference now, the host told me on Friday, is the format."), []);
  assert.deepEqual(dated("Last week, I watched the minister's interview."), []);
  // A roman numeral is not the writer.
  assert.deepEqual(dated("The nurse was flown to a Level I trauma centre on Sunday.").length, 1);
  // "I" and "me" inside a quotation are its speaker's: the telling is hers.
  assert.deepEqual(dated("Ann Roe said on Tuesday: “I will not resign.”"), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("On Tuesday, the mayor said, “Tom Vale told me nothing.”"), [["statement", "2025-09-16"]]);
});

test("a baseline year of a measure and a point of reference are no happenings", () => {
  assert.deepEqual(dated("The pledge is to cut emissions 40 percent from 2010 levels."), []);
  assert.deepEqual(dated("The channel aired on five stations as of 2012."), []);
});

test("a legislature's hearing and testimony to it are no court's: they are official tellings", () => {
  assert.deepEqual(dated("The mayor testified at a congressional hearing on Tuesday."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("The senators held a confirmation hearing on Tuesday."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("A hearing of the housing committee took place on Tuesday."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("The banker testified before Congress on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("The court held a hearing on Tuesday."), [["court_hearing", "2025-09-16"]]);
  assert.deepEqual(dated("The witness testified on Tuesday that she saw the van."), [["court_hearing", "2025-09-16"]]);
});

test("attacking someone for a deed or a trait is done in words", () => {
  assert.deepEqual(dated("The governor attacked her rival for being soft on crime on Monday."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Gunmen attacked the convoy for hours on Monday."), [["attack", "2025-09-15"]]);
});

test("attacking someone for what they did not do, for quoted words, or as something is done in words", () => {
  assert.deepEqual(dated("Ann Roe attacked the mayor for not answering the question on Monday."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("On Monday, Tom Vale attacked his rival for \u201cthe greed\u201d of his firm."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("On Monday, the senator attacked her opponent as a fraud."), [["statement", "2025-09-15"]]);
  // The noun names the attacks: "as a" after it is what someone made of them.
  const invoked = events("The minister invoked the Brayford attacks as a warning for voting.");
  assert.deepEqual(
    invoked.map((e) => e.type),
    ["attack"],
  );
  assert.deepEqual(dated("Gunmen attacked the convoy as a storm broke on Monday."), [["attack", "2025-09-15"]]);
});

test("a day by which someone must act is an awaited happening, and dates no act", () => {
  assert.deepEqual(dated("Tom Vale has until 20 December to lodge an appeal."), [["other", "2025-12-20"]]);
  assert.deepEqual(dated("The council gave the firm until 1 March 2026 to respond to the claim."), [
    ["other", "2026-03-01"],
  ]);
  assert.deepEqual(dated("The board set a deadline of 30 September for bids."), [["other", "2025-09-30"]]);
  // Waiting, or staying open, until a day sets no one a task.
  assert.deepEqual(dated("Fans will have to wait until 20 December to see the team."), []);
  assert.deepEqual(dated("The shop stays open until 20 December to serve late buyers."), []);
});

test("a day after a record's number names the record, not a happening", () => {
  assert.deepEqual(dated("Anyone with information should call police, quoting log 512 of 4 May."), []);
  assert.deepEqual(dated("The register lists it as entry 77 of 2019."), []);
  assert.ok(dated("The toll took effect on March 23 of this year.").some(([, date]) => date === "2025-03-23"));
});

test("a dated clause that tells someone or calls something names is a telling", () => {
  assert.deepEqual(
    dated("The mayor stepped up her criticism on Tuesday, telling a radio host that the plan had failed."),
    [["statement", "2025-09-16"]],
  );
  assert.deepEqual(dated("The council hit back at the claim, calling it baseless, on Monday."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("The governor called Wednesday for a ban on fireworks."), [["statement", "2025-09-17"]]);
  // An act done "saying" why is the act.
  assert.deepEqual(dated("The firm moved to Leeds on Monday, saying rents were lower."), [["other", "2025-09-15"]]);
});

test("'admitted Tuesday that' is a telling, not a plea; findings released are a statement", () => {
  assert.deepEqual(dated("The senator admitted Tuesday that the vote would be close."), [["statement", "2025-09-16"]]);
  assert.ok(events("Tom Vale admitted two counts of fraud on Tuesday.").some((e) => e.type === "conviction"));
  assert.deepEqual(dated("Labour leads, according to the latest poll released Wednesday."), [
    ["statement", "2025-09-17"],
  ]);
  assert.deepEqual(dated("Labour leads, according to the latest figures released Wednesday."), [
    ["other", "2025-09-17"],
  ]);
  assert.deepEqual(dated("The ministry released its annual report on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("Tom Vale was released from custody on Monday."), [["other", "2025-09-15"]]);
});

test("a share of a whole and how likely things looked are no happenings", () => {
  assert.deepEqual(dated("In 2012, 54 percent of the voters were over 45."), []);
  assert.deepEqual(dated("A year ago it seemed unlikely that the mill would close."), []);
  assert.deepEqual(dated("In 2012, 54 percent of the voters backed the plan."), [["other", "2012"]]);
  assert.deepEqual(dated("In 2012, it looked as if the mill might close after the owner announced plans to sell."), [
    ["other", "2012"],
  ]);
});

test("a programme's title in quotation marks does not part a telling from its day", () => {
  assert.deepEqual(dated('The governor said on KTV\'s "Week in Review" on Sunday that she would run.'), [
    ["statement", "2025-09-14"],
  ]);
  assert.deepEqual(dated("The governor said on KTV’s “Week in Review” on Sunday that she would run."), [
    ["statement", "2025-09-14"],
  ]);
});

test("an attack followed by what the attacker called someone is an attack in words", () => {
  assert.deepEqual(dated("Ann Roe attacked her rival on Tuesday, calling him a coward."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("Gunmen attacked the convoy on Tuesday, killing two guards."), [["attack", "2025-09-16"]]);
});

test("the publication's own earlier reporting is no happening of the story", () => {
  assert.deepEqual(dated("Last August we reported that the depot would close."), []);
  assert.deepEqual(dated("As this newspaper revealed in May, the depot is losing money."), []);
  assert.deepEqual(dated("Police arrested the driver in March, we reported at the time."), [["arrest", "2025-03"]]);
  assert.deepEqual(dated("Last August the mayor reported that the depot would close."), [["statement", "2025-08"]]);
});

test("the article's own publication, told in a correction, is no happening of the story", () => {
  assert.deepEqual(
    dated("Correction: An earlier version of this story, which misstated the vote, was published on Tuesday."),
    [],
  );
  assert.deepEqual(dated("This article was updated on Friday to add the council's reply."), []);
  assert.deepEqual(dated("The ministry published the audit on Tuesday."), [["statement", "2025-09-16"]]);
  assert.deepEqual(dated("The board posted this story’s photos on Tuesday."), [["other", "2025-09-16"]]);
});

test("a hearing a legislature holds is no court hearing", () => {
  assert.deepEqual(dated("The Senate will hold a hearing next week on the rail bill."), [["statement", "2025-09"]]);
  assert.deepEqual(dated("Lawmakers scheduled a hearing for Friday on the dam."), [["statement", "2025-09-19"]]);
  assert.deepEqual(dated("The judge will hold a hearing next week on the bail terms."), [["court_hearing", "2025-09"]]);
});

test("one sense per article: where hearings are a legislature's, every hearing and testimony is", () => {
  const senate = "The Senate committee held a hearing on Monday on the dam. The minister testified last week.";
  assert.ok(!events(senate).some((e) => e.type === "court_hearing"), JSON.stringify(events(senate)));
  const court = "The judge held a bail hearing on Monday. The hearing lasted an hour. The officer testified in May.";
  assert.equal(events(court).filter((e) => e.type === "court_hearing").length, 3);
  // With no hearing marked either way, an article naming lawmakers and no court reads them so.
  const lawmakers = "Lawmakers on the panel questioned the minister. Senators said she testified last week.";
  assert.ok(!events(lawmakers).some((e) => e.type === "court_hearing"));
});

test("a date opening the sentence dates its verb across the subject's long name, a bracket or an apposition", () => {
  const said = [
    "On Monday, Harbour Authority Finance Committee Chairman Ivo Brandt sent a letter to the mayor.",
    "On Monday, Senator Ann Roe (a Democrat from the coast) sent a letter to the agency.",
    "On Monday, Ann Roe, a senator, sent a letter to the agency.",
    // A long lower-case subject is still too far for the date to reach.
    "On Monday, the old and much loved members of the local rowing and sailing club sent a letter.",
  ].map((text) => dated(text));
  assert.deepEqual(said, [
    [["statement", "2025-09-15"]],
    [["statement", "2025-09-15"]],
    [["statement", "2025-09-15"]],
    [["other", "2025-09-15"]],
  ]);
});

test("testimony a witness refused to give a legislature is no telling", () => {
  const text = "Lawmakers voted on Tuesday to hold the aide in contempt of Congress for refusing to testify.";
  assert.deepEqual(
    events(text).map((e) => e.type),
    ["other"],
  );
});

test("a full date closed by a comma dates the noun after it; a clause opened after a date is not dated by it", () => {
  assert.deepEqual(dated("The report said little about the May 4, 2019, bombing of the depot."), [
    ["attack", "2019-05-04"],
  ]);
  assert.deepEqual(dated("The ministry withheld a memo in 2014 that would have revealed the plan."), [
    ["other", "2014"],
  ]);
  assert.deepEqual(dated("Aides met during the March 3, 2019 Senate testimony about the bombing."), [
    ["other", "2019-03-03"],
  ]);
});

test("calling something by words in quotation marks is a telling, dated across the quoted words", () => {
  assert.deepEqual(dated("The mayor called the plan “a costly mistake” on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated('Last week, the auditor called the council\'s use of credit cards "reckless and wasteful."'), [
    ["statement", "2025-09"],
  ]);
});

test("words of the lexicon in another sense: charged that, politically charged, an indictment of, am hearing", () => {
  const none = (text: string) =>
    assert.deepEqual(
      events(text).map((e) => e.type),
      [],
      text,
    );
  none("Critics charged that the plan had failed.");
  none("It was a politically charged debate.");
  none("The film is an indictment of the war.");
  none("I am hearing things about the plan.");
  none("We are hearing reports of delays.");
  assert.deepEqual(dated("The officer formally charged him on Monday."), [["charge", "2025-09-15"]]);
  assert.deepEqual(dated("The indictment was unsealed on Monday."), [["charge", "2025-09-15"]]);
  assert.deepEqual(dated("The court was hearing arguments on Monday."), [["court_hearing", "2025-09-15"]]);
});

test("a semicolon ends the clause a date can belong to", () => {
  assert.deepEqual(dated("Few voters change their minds, pollsters say; in 2019, the mayor lost by nine votes."), [
    ["other", "2019"],
  ]);
  assert.deepEqual(dated("Few voters change their minds, pollsters said in 2019."), [["statement", "2019"]]);
});

test("a noun of the lexicon that names a kind of thing is no happening: an attack ad, verbal charges", () => {
  assert.deepEqual(
    events("The party ran an attack ad on Tuesday as verbal charges flew on both sides.").map((e) => e.type),
    ["other"],
  );
  assert.deepEqual(dated("The town suffered an attack on Tuesday."), [["attack", "2025-09-16"]]);
});

test("'shooting' in a compound naming a place or a thing is no shooting: a shooting range", () => {
  assert.deepEqual(
    events("Burglars took six rifles from a shooting range near Dunmoor on Tuesday.").map((e) => e.type),
    ["other"],
  );
  assert.deepEqual(dated("A guard was wounded in a shooting near Dunmoor on Tuesday."), [["attack", "2025-09-16"]]);
});

test("the noun 'issue' is a subject of debate, not a telling; the verb is one", () => {
  assert.deepEqual(dated("Water is a bitter issue in the valley after the flood in May."), [["other", "2025-05"]]);
  assert.deepEqual(dated("The council issued a statement on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("The ministry plans to issue new rules on Monday."), [["statement", "2025-09-22"]]);
});

test("a court's injunction or restraining order, issued or granted, is its ruling", () => {
  assert.deepEqual(dated("A federal judge on Friday issued an injunction blocking the new fee."), [
    ["verdict", "2025-09-12"],
  ]);
  assert.deepEqual(dated("The judge granted a temporary restraining order on Monday."), [["verdict", "2025-09-15"]]);
  assert.deepEqual(dated("The tenants sought an injunction on Monday."), [["other", "2025-09-15"]]);
});

test("violence against people is an attack; a death alone is not", () => {
  assert.deepEqual(dated("A farmer was fatally shot in 2019 near the river."), [["attack", "2019"]]);
  assert.deepEqual(dated("A guard shot and killed an intruder on Monday."), [["attack", "2025-09-15"]]);
  assert.deepEqual(dated("The town still mourns the mass shooting at its school in March."), [["attack", "2025-03"]]);
  assert.deepEqual(dated("Gunmen massacred 30 villagers in June."), [["attack", "2025-06"]]);
  assert.deepEqual(dated("The mayor died in June."), [["other", "2025-06"]]);
  assert.deepEqual(
    events("The driver was charged with murder.").map((e) => e.type),
    ["charge"],
  );
});

test("a count of attacks is a figure, not one attack", () => {
  assert.deepEqual(dated("The city has seen thousands of shootings since January 1."), []);
  assert.deepEqual(dated("Police recorded 40 stabbings last year."), []);
  assert.deepEqual(dated("The county saw 12 shootings in 2019."), []);
  // A sum is no count of happenings: the act that paid it keeps its date.
  assert.deepEqual(dated("The donor gave hundreds of thousands of dollars last month."), [["other", "2025-08"]]);
  assert.deepEqual(dated("Two attacks on Friday closed the market."), [["attack", "2025-09-12"]]);
});

test("comments dated after them are a telling, and the happening they are on keeps no date of theirs", () => {
  assert.deepEqual(dated("The mayor's comments Tuesday on the stabbing drew anger."), [["statement", "2025-09-16"]]);
});

test("attacks named by a word for speech, or made at a debate, are attacks in words", () => {
  assert.deepEqual(dated("The senator unleashed withering attacks on her rival on Tuesday."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("He looked shaken by attacks from Gov. Ann Roe at the debate on Saturday."), [
    ["statement", "2025-09-13"],
  ]);
  assert.deepEqual(dated("Gunmen attacked the hall during the debate on Saturday."), [["attack", "2025-09-13"]]);
  assert.deepEqual(dated("The attack on the convoy on Saturday killed two."), [["attack", "2025-09-13"]]);
});

test("a death at another's hand is an attack; one told with a misfortune, or a thing killed, is not", () => {
  assert.deepEqual(dated("Gunmen killed two guards on Monday."), [["attack", "2025-09-15"]]);
  assert.deepEqual(dated("Tom Roe was killed on Friday near the depot."), [["attack", "2025-09-12"]]);
  assert.deepEqual(dated("The rifle he used to kill Tom Roe in 2012 was sold."), [["attack", "2012"]]);
  assert.deepEqual(dated("The killing of a shopkeeper in 2019 shocked the town."), [["attack", "2019"]]);
  assert.deepEqual(dated("The farmer was killed in a car crash on Friday."), [["other", "2025-09-12"]]);
  assert.deepEqual(dated("The storm killed two hikers in June."), [["other", "2025-06"]]);
  assert.deepEqual(dated("The senator killed the bill on Tuesday."), [["other", "2025-09-16"]]);
  assert.deepEqual(dated("Cheap imports were killing the trade in 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("Farms became killing fields in 2019."), [["other", "2019"]]);
  // The victims named after a noun: the date after them is the meeting's.
  assert.deepEqual(dated("The mayor met the families of the 12 shoppers killed on Friday."), [["other", "2025-09-12"]]);
});

test("a reaction dated before what it answers does not date it", () => {
  const found = events("Candidates on Wednesday reacted to a mass shooting in Dayton.");
  assert.deepEqual(
    found.map((e) => [e.type, e.date]),
    [
      ["other", "2025-09-17"],
      ["attack", null],
    ],
  );
});

test("the noun 'target' is an aim, not an attack; the verb is one", () => {
  assert.deepEqual(dated("The mill missed its output targets last year."), [["other", "2024"]]);
  assert.deepEqual(dated("Farland met the emissions target it set in May."), [["other", "2025-05"]]);
  assert.deepEqual(dated("Raiders plan to target the depots on Friday."), [["attack", "2025-09-19"]]);
  assert.deepEqual(dated("Raiders targeted the depots on Friday."), [["attack", "2025-09-12"]]);
});

test("an attack on an idea, a quality or a record is made in words; one on a place is not", () => {
  assert.deepEqual(dated("Ann Roe's attack on the council's credibility on Monday drew jeers."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Critics renewed their attacks on the mayor's policies last week."), [
    ["statement", "2025-09"],
  ]);
  assert.deepEqual(dated("The attack on the depot on Monday left two guards hurt."), [["attack", "2025-09-15"]]);
});

test("a day between a possessive and a noun dates that noun, not a trigger in the clause it is subject of", () => {
  assert.deepEqual(dated("Ann Roe's May 3 rally was moved after the shooting at the mill."), [["other", "2025-05-03"]]);
  assert.deepEqual(dated("The May 3 court hearing was adjourned."), [["court_hearing", "2025-05-03"]]);
  assert.deepEqual(dated("Over the May 3 holiday, police arrested six people."), [["arrest", "2025-05-03"]]);
});

test("a time in the possessive names its noun's happening; a verb outside that phrase is not dated by it", () => {
  assert.deepEqual(dated("Ann Roe said before attending Monday's town hall that the network asked her to speak."), [
    ["other", "2025-09-15"],
  ]);
  assert.deepEqual(dated("The mayor condemned Sunday's vote as a farce."), [["other", "2025-09-14"]]);
  assert.deepEqual(dated("Ahead of Friday's meeting, the mayor said she would stay."), [["other", "2025-09-19"]]);
  // An occasion ("at", "during") is where and when the verb's act took place.
  assert.deepEqual(dated("At Monday's rally, Ann Roe said she would stay."), [["statement", "2025-09-15"]]);
});

test("an outlet's note (correction, clarification, editor's note) tells of the story, not of a happening", () => {
  const text = [
    "Police arrested Tom Vale on Monday.",
    "Correction: An earlier version of this story misstated the date of the vote, held on Sunday.",
    "CORRECTION:",
    "An article on Friday misstated when Tom Vale was arrested.",
    "Editor's note: Ann Roe, who wrote to the council on Tuesday, is a client of the firm.",
  ].join("\n\n");
  assert.deepEqual(dated(text), [["arrest", "2025-09-15"]]);
  // A paragraph that only mentions a correction is the story's.
  assert.deepEqual(dated("The council published a correction on Tuesday."), [["statement", "2025-09-16"]]);
});

test("a date in an aside giving a named person's post tells when they held it, not a happening", () => {
  assert.deepEqual(
    dated("“It will not work,” said Tom Vale, chief adviser to the mayor four years ago, at the fair."),
    [],
  );
  assert.deepEqual(
    dated("Officials said Ann Roe, the finance minister until last year, had promised to resign on Monday."),
    [["other", "2025-09-15"]],
  );
  // An aside that tells an act of its own is dated by it.
  assert.deepEqual(dated("Tom Vale, the mayor until his arrest in 2019, spoke to reporters."), [["arrest", "2019"]]);
});

test("a seizure, a suicide and a breach of a rule are no attacks", () => {
  assert.deepEqual(dated("Tom Roe died of a heart attack in 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("Tom Roe killed himself in 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("A panel in 2019 found Farland was in breach of the treaty."), [["other", "2019"]]);
  assert.deepEqual(dated("Tom Roe killed himself and two guards in 2019."), [["attack", "2019"]]);
  assert.deepEqual(dated("Raiders mounted a surprise attack in 2019."), [["attack", "2019"]]);
  assert.deepEqual(dated("Hackers breached the ministry's network in 2019."), [["attack", "2019"]]);
});

test("charges a verdict answered are its object; admitting a country or people is letting them in", () => {
  assert.deepEqual(dated("Tom Roe was acquitted of murder charges in 2013."), [["verdict", "2013"]]);
  assert.deepEqual(dated("Tom Roe was cleared of all charges in 2013."), [["verdict", "2013"]]);
  assert.deepEqual(dated("The assembly voted in 2013 for admitting Ruritania to the union."), [["other", "2013"]]);
  assert.deepEqual(dated("Two governors floated the notion on Sunday of admitting refugees."), [
    ["other", "2025-09-14"],
  ]);
  assert.deepEqual(dated("Tom Roe admitted fraud in 2013."), [["conviction", "2013"]]);
});

test("held under house arrest is a state; placed under it is an arrest", () => {
  assert.deepEqual(dated("Tom Roe spent six years under house arrest before his release in 2010."), [
    ["other", "2010"],
  ]);
  assert.deepEqual(dated("Tom Roe was placed under house arrest in 2010."), [["arrest", "2010"]]);
  assert.deepEqual(dated("Police made two arrests late on Monday."), [["arrest", "2025-09-15"]]);
});

/**
 * Words of the lexicon in another sense, each with a sentence in the court's sense beside it: every
 * event of each sentence, dated or not, as [type, date].
 */
const SENSES: [string, [string, [string, string | null][]][]][] = [
  [
    "sentences counted or in order are a text's, not a court's",
    [
      ["In one sentence on Monday, Ann Roe praised the plan.", [["statement", "2025-09-15"]]],
      [
        "The first sentence of the letter was changed on Monday.",
        [
          ["statement", null],
          ["other", "2025-09-15"],
        ],
      ],
      ["Tom Roe began a five-year sentence on Monday.", [["sentence", "2025-09-15"]]],
    ],
  ],
  [
    "'trial' before a noun naming a person names a kind of person, not a trial",
    [
      ["Trial lawyers gave money to Ann Roe in 2019.", [["other", "2019"]]],
      ["The trial judge ruled on Monday.", [["verdict", "2025-09-15"]]],
      ["The trial of Tom Roe began on Monday.", [["trial", "2025-09-15"]]],
    ],
  ],
  [
    "ruling something out, its object between, decides no case",
    [
      ["Officials ruled that out on Monday.", [["other", "2025-09-15"]]],
      ["Ann Roe said on Monday she was not ruling anybody out.", [["statement", "2025-09-15"]]],
      ["The judge ruled on Monday that the law was void.", [["verdict", "2025-09-15"]]],
    ],
  ],
];

for (const [why, rows] of SENSES)
  test(`word senses: ${why}`, () => {
    for (const [text, want] of rows)
      assert.deepEqual(
        events(text).map((e) => [e.type, e.date]),
        want,
        text,
      );
  });

test("one sense per article: with no harm told, an attack is made in words", () => {
  // No killing, weapon or fighter anywhere in the article: the attack is a telling.
  assert.deepEqual(dated("Ann Roe attacked her rival again on Monday. She said his plan would cost too much."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Ann Roe attacked the mayor on Monday."), [["statement", "2025-09-15"]]);
  // A killing elsewhere in the article, or one who does harm ("invaders", "-er" of a trigger verb).
  assert.deepEqual(dated("Ann Roe attacked her rival again on Monday. Gunmen killed two guards in Lorton on Sunday."), [
    ["attack", "2025-09-15"],
    ["attack", "2025-09-14"],
  ]);
  assert.deepEqual(dated("Invaders attacked the mayor on Monday."), [["attack", "2025-09-15"]]);
  // A thing or a place attacked, or an attack named by its place, its day or its year, stays one.
  assert.deepEqual(dated("Ann Roe attacked the depot on Monday."), [["attack", "2025-09-15"]]);
  assert.deepEqual(dated("Ann Roe said on Monday that last night 's attacks were planned."), [
    ["statement", "2025-09-15"],
    ["attack", "2025-09-16"],
  ]);
  assert.deepEqual(
    events("Ann Roe said on Monday that the Lorton attacks were planned.").map((e) => e.type),
    ["statement", "attack"],
  );
  assert.deepEqual(
    events("Ann Roe said on Monday that the attacks in Lorton were planned.").map((e) => e.type),
    ["statement", "attack"],
  );
});

test("'killed two' kills people: a number alone is the object", () => {
  assert.deepEqual(dated("Tom Roe killed two on Monday."), [["attack", "2025-09-15"]]);
  assert.deepEqual(
    dated("Tom Roe killed a bill on Monday.").filter(([type]) => type === "attack"),
    [],
  );
});

test("a verb of another act after a noun trigger owns the date after it", () => {
  // The shock, not the attack, is dated Monday; the attack stays, undated.
  const found = events("The attack in Lorton shocked the town on Monday.").map((e) => [e.type, e.date]);
  assert.deepEqual(found, [
    ["attack", null],
    ["other", "2025-09-15"],
  ]);
  assert.deepEqual(dated("The arrest of Tom Vale surprised the mayor on Friday."), [["other", "2025-09-12"]]);
  // A participle after the noun describes it, and the date is the noun's.
  assert.deepEqual(dated("The charges filed on Monday shocked the town."), [["charge", "2025-09-15"]]);
  assert.deepEqual(dated("Gunmen attacked the depot and shocked the town on Monday."), [["attack", "2025-09-15"]]);
  // A verb that only says the event took place leaves the date with it.
  assert.deepEqual(dated("The attack on the depot occurred early on Thursday."), [["attack", "2025-09-11"]]);
});

test("a date opening the sentence dates its verb, not the known happening that verb takes as object", () => {
  // Invoking or watching is dated Monday; the attack and the shooting are only referred to.
  const found = events("On Monday, Ann Roe, the leader of the Vexa party, invoked the Brayford attacks as a cudgel.");
  assert.deepEqual(
    found.map((e) => [e.type, e.date]),
    [
      ["other", "2025-09-15"],
      ["attack", null],
    ],
  );
  assert.deepEqual(dated("On Friday, the family watched the video of the shooting."), [["other", "2025-09-12"]]);
  // A verb that makes, begins or times the happening leaves it the date, as does a new one ("an").
  assert.deepEqual(dated("On Monday, police launched the investigation."), [["investigation", "2025-09-15"]]);
  assert.deepEqual(dated("On Monday, gunmen mounted an attack on the depot."), [["attack", "2025-09-15"]]);
});

test("a relative clause still open at the date dates that clause, not the verb before it", () => {
  // Of a person ("who"), after any trigger; of a thing ("which"), after a verb.
  assert.deepEqual(dated("“We will rebuild,” said Tom Vale, who flew to Oslo on Friday."), [["other", "2025-09-12"]]);
  assert.deepEqual(dated("Ann Roe predicted a win in Ardenshire, which votes on October 1."), [
    ["other", "2025-10-01"],
  ]);
  // "which" right after an event noun tells of that event; a clause closed by a comma is an aside.
  assert.deepEqual(dated("Crowds gathered after the Lorton terrorist attacks, which occurred last year."), [
    ["attack", "2024"],
  ]);
  assert.deepEqual(dated("Police arrested Tom Vale, who ran the depot, on Friday."), [["arrest", "2025-09-12"]]);
});

test("a participle describing the object after a verb's date is not dated by it", () => {
  // "hanged on Sunday a farmer accused of …": the charge tells who the farmer is, not a step that day.
  assert.deepEqual(dated("The junta hanged on Sunday a farmer accused of hoarding grain."), [["other", "2025-09-14"]]);
  assert.deepEqual(dated("Guards freed last week three miners charged with trespass."), [["other", "2025-09"]]);
  // The participle's own date stays its own.
  assert.deepEqual(dated("The junta hanged a farmer who was charged on Sunday with hoarding."), [
    ["charge", "2025-09-14"],
  ]);
});

test("the last day of a stretch after 'through' dates nothing", () => {
  assert.deepEqual(dated("Results tallied through Tuesday show a narrow lead for Ann Roe."), []);
  assert.deepEqual(dated("The council would renew the sanctions against Valdora through 2030."), []);
  assert.deepEqual(dated("Police will stay in Port Ellis through Sunday."), []);
});

test("a day between a determiner and its noun names that noun; a verb before it is not dated by it", () => {
  assert.deepEqual(dated("Ann Roe said little, referring only to the Sept. 16 debate."), [["other", "2025-09-16"]]);
  assert.deepEqual(dated("The campaign said it was postponing a Monday rally in Port Ellis."), [
    ["other", "2025-09-15"],
  ]);
  // An occasion of the act is when it took place.
  assert.deepEqual(dated("Ann Roe said at a Saturday rally that she would run."), [["statement", "2025-09-13"]]);
});

test("a day naming the noun after a preposition does not date a verb past the noun's phrase", () => {
  assert.deepEqual(dated("The nominee for the Sept. 30 election later said he was joking."), [["other", "2025-09-30"]]);
  assert.deepEqual(dated("Tom Vale was charged after the Sept. 9 court hearing."), [["court_hearing", "2025-09-09"]]);
  // At an occasion, the verb's act took place then.
  assert.deepEqual(dated("At the Sept. 9 rally, Ann Roe said she would run."), [["statement", "2025-09-09"]]);
});

test("a modal with 'have' tells what did not or may not have happened; its clause's date is no happening", () => {
  assert.deepEqual(dated("Friday would have been Tom Vale's eightieth birthday."), []);
  assert.deepEqual(dated("In 2019, the depot would have belonged to Harlow Freight."), []);
  assert.deepEqual(dated("The levee would not have prevented the flood in 2019."), []);
  assert.deepEqual(dated("Ann Roe said the new levee would not have prevented the flood in 2019."), []);
  assert.deepEqual(dated("The strike could have a lasting effect on the port this winter."), []);
  // The modal in a relative clause or another clause leaves the date to its own happening.
  assert.deepEqual(dated("The mayor vetoed a bill on Monday that would have closed the depot."), [
    ["other", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Few would have backed Tom Vale when he ran for mayor in 2019."), [["other", "2019"]]);
  assert.deepEqual(
    dated("Six people died on Sunday in a fire that police said might have been set.").map(([, date]) => date),
    ["2025-09-14"],
  );
  // A date naming a thing dates that thing; "would have to" is what someone must do.
  assert.deepEqual(dated("Sunday's debate could not have gone worse for Ann Roe."), [["other", "2025-09-14"]]);
  assert.deepEqual(
    dated("Tom Vale said he would have to leave Port Ellis on Monday.").map(([, date]) => date),
    ["2025-09-15"],
  );
});

test("the label of a copied post (author's handle, then its day) and a date inside markup are no happenings", () => {
  assert.deepEqual(dated("The bridge is closed again. — Harlow Council (@harlowcouncil) September 12, 2025"), []);
  assert.deepEqual(dated('<post author="@annroe" datetime="2025-09-12">Vote for the levee!</post>'), []);
  // The post's day told in prose is the posting.
  assert.deepEqual(
    dated("Ann Roe posted on Friday that the bridge was closed.").map(([, date]) => date),
    ["2025-09-12"],
  );
});

test("a participle right after a noun of telling says how the telling was made; the date after it is the telling's", () => {
  assert.deepEqual(dated("Tom Vale, in a statement released by the campaign on Thursday, thanked his staff."), [
    ["statement", "2025-09-11"],
  ]);
  assert.deepEqual(dated("In a letter filed in the Harlow court on Monday, the council defended the levee."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Ann Roe wrote about the depot in a letter dated 3 March."), [["statement", "2025-03-03"]]);
  // What a statement says happened is still the reported clause's.
  assert.deepEqual(dated("The statement alleged that the depot flooded in March."), [["other", "2025-03"]]);
});

test("the days a poll asked its questions are its fieldwork, no happening of the story", () => {
  assert.deepEqual(dated("The Harlow Post poll was conducted Sept. 5-8 among 900 adults."), []);
  assert.deepEqual(
    dated("The survey of 800 voters, taken by telephone between Sept. 1 and Sept. 4, found Roe ahead."),
    [],
  );
  assert.deepEqual(dated("Vale Research conducted its poll on Monday."), []);
  assert.deepEqual(dated("The poll surveyed 1,000 adults last week."), []);
  // Its publication is a telling; other things conducted or taken on a day are happenings.
  assert.deepEqual(dated("The Harlow Post released its poll on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("Police conducted a raid on Monday."), [["investigation", "2025-09-15"]]);
  assert.deepEqual(dated("The poll was taken to court on Monday."), [["court_hearing", "2025-09-15"]]);
});

test("a weekday told in the present progressive is an arrangement: the coming day", () => {
  assert.deepEqual(dated("Ann Roe is meeting the Harlow council on Friday."), [["other", "2025-09-19"]]);
  assert.deepEqual(dated("He's flying to Port Ellis Monday with his deputy."), [["other", "2025-09-22"]]);
  // Another happening named between, a possessive day, or the day before publication (a story
  // stamped the morning after it was written) keep the past reading.
  assert.deepEqual(dated("Tom Vale is recovering from surgery on Friday."), [["other", "2025-09-12"]]);
  assert.deepEqual(dated("Ann Roe is coming off a defeat on Saturday."), [["other", "2025-09-13"]]);
  assert.deepEqual(dated("Ann Roe is campaigning Tuesday in Harlow."), [["other", "2025-09-16"]]);
  assert.deepEqual(dated("Rubio's disappointing debate on Friday cost him."), [["other", "2025-09-12"]]);
});

test("an offence named by a noun alone leaves a date told from the story's present to the legal step", () => {
  assert.deepEqual(dated("A former soldier was charged with murder on Tuesday."), [["charge", "2025-09-16"]]);
  assert.deepEqual(dated("Tom Vale was charged with two counts of fraud last week."), [["charge", "2025-09"]]);
  assert.deepEqual(dated("Ann Roe pleaded guilty to theft at Lorton Crown Court on Monday."), [
    ["conviction", "2025-09-15"],
  ]);
  // A verb names an act of its own, and a year may reach back to the conduct: the date is the conduct's.
  assert.deepEqual(dated("He was charged with spying for Ruritania on Tuesday."), [["other", "2025-09-16"]]);
  assert.deepEqual(dated("He was charged with offences committed last year."), [["other", "2024"]]);
  assert.deepEqual(dated("Police charged a courier from Lorton with fraud in May 2021."), [["other", "2021-05"]]);
});

test("charges a verdict answered after its object are the verdict's, not a charging", () => {
  assert.deepEqual(dated("The jury acquitted her of all charges on Wednesday."), [["verdict", "2025-09-17"]]);
  assert.deepEqual(dated("A jury acquitted Tom Vale of the charges last week."), [["verdict", "2025-09"]]);
  // Not a verdict's object: the charges brought.
  assert.deepEqual(dated("Prosecutors filed the charges against her on Wednesday."), [["charge", "2025-09-17"]]);
});

test("the last day of a reporting period names the period: no happening, and no date of the report", () => {
  assert.deepEqual(dated("Corvane posted a loss for the quarter ended June 30."), []);
  assert.deepEqual(dated("Its bakeries sold less in the six months ending March 31."), []);
  assert.deepEqual(dated("Grain shipments slowed in the week that ended on Sunday."), []);
  assert.deepEqual(dated("Rents rose in its second quarter, which ended July 29."), []);
  assert.deepEqual(dated("Tolls fell 4 percent in the year to June 30."), []);
  // What ends on a day is a happening when it is no period of the calendar.
  assert.deepEqual(dated("The dockers' strike ended on Sunday."), [["other", "2025-09-14"]]);
  assert.deepEqual(dated("The judge moved the hearing to March 3, 2026."), [["court_hearing", "2026-03-03"]]);
});

test("a stretch up to the story's present that the clause counts over is a tally's period, no happening", () => {
  assert.deepEqual(dated("Thirty people have died in Lorton so far this year."), []);
  assert.deepEqual(dated("More than 2,000 people have been detained since 1990."), []);
  assert.deepEqual(dated("Since 2019, 24 officers have been hurt in Lorton."), []);
  assert.deepEqual(dated("Ann Roe has raised $4 million since May."), []);
  assert.deepEqual(dated("The firm has moved its offices twice since June."), []);
  // The count tells how many; the happenings keep their type, undated.
  assert.deepEqual(
    events("Police have arrested 61 people since May.").map((e) => [e.type, e.date]),
    [["arrest", null]],
  );
  // Nothing counted, an age in an aside, or a length of time: the stretch began with a happening that day.
  assert.deepEqual(dated("He has worked at the Lorton bank since 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("Tom Vale, 43, has coached the club since 2019."), [["other", "2019"]]);
  assert.deepEqual(dated("The hackers accessed the network for 14 months since May 2023."), [["attack", "2023-05"]]);
});

test("findings released after words that describe them, and words quoted as said, are tellings", () => {
  assert.deepEqual(dated("The poll, released on Tuesday by Vale Research, showed Roe ahead."), [
    ["statement", "2025-09-16"],
  ]);
  assert.deepEqual(dated("A poll of 400 registered voters released on Friday found Roe ahead."), [
    ["statement", "2025-09-12"],
  ]);
  assert.deepEqual(dated("The Harlow poll of 2,047 voters was released Monday."), [["statement", "2025-09-15"]]);
  // Another clause between: the files were released, not the poll.
  assert.deepEqual(dated("The poll found that the ferries released on Monday were old."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("The Lorton agency quoted the ministry as saying on Monday that talks had failed."), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Ann Roe was quoted this week by a Harlow paper as saying the plan was dead."), [
    ["statement", "2025-09"],
  ]);
});

test("shooting or stabbing a person is an attack; shooting a film, a score or back is not", () => {
  assert.deepEqual(dated("Ben Darro shot and wounded Mayor Ann Roe in 1987."), [["attack", "1987"]]);
  assert.deepEqual(dated("The guard who shot Tom Vale on Monday was suspended."), [["attack", "2025-09-15"]]);
  assert.deepEqual(dated("A man stabbed her twice outside a Lorton bar on Friday."), [["attack", "2025-09-12"]]);
  assert.deepEqual(dated("Gunmen shot two farmers near Varno on Sunday."), [["attack", "2025-09-14"]]);
  // A film, a score, a particle or the noun: no harm done.
  assert.deepEqual(dated("Ann Roe shot a film about soldiers in 2010."), [["other", "2010"]]);
  assert.deepEqual(dated("Tom Vale shot a 68 at Lorton on Sunday."), [["other", "2025-09-14"]]);
  assert.deepEqual(dated("Tom Vale shot back at his critics on Friday."), [["other", "2025-09-12"]]);
  assert.deepEqual(dated("Ann Roe took a shot at the mayor on Friday."), [["other", "2025-09-12"]]);
});

test("a date opening the sentence reaches the verb across an aside that has a date of its own", () => {
  assert.deepEqual(
    dated("On Thursday, Officer Ann Roe, who shot Tom Vale in Lorton last week, was charged with manslaughter."),
    [
      ["charge", "2025-09-11"],
      ["attack", "2025-09"],
    ],
  );
  // A long phrase that only names the subject again is an aside too.
  assert.deepEqual(
    dated("Last year, Tom Vale, a former army officer and an aide to the governor of Lorton, was jailed for fraud."),
    [["sentence", "2024"]],
  );
  // Not a clause with a verb of its own between commas: the date is not the verb's after it.
  assert.deepEqual(
    dated("Last year, Tom Vale, a friend of the mayor who had been sacked by the council, was jailed for fraud."),
    [["other", "2024"]],
  );
});

test("a gerund of the conduct that is itself an event owns the conduct's date", () => {
  assert.deepEqual(dated("Tom Vale is accused of killing three guards at the Lorton depot in May 2021."), [
    ["attack", "2021-05"],
  ]);
  assert.deepEqual(dated("Two men were charged with hacking the Varno council's network in 2022."), [
    ["attack", "2022"],
  ]);
  // An offence that names a thing is no event of its own: the date stays the conduct's.
  assert.deepEqual(dated("He was charged with leaving an object feared to be a bomb on or before 2 May 2023."), [
    ["other", "2023-05-02"],
  ]);
});

test("caught on video, off guard or in the crossfire is no arrest; caught by police or in a sting is", () => {
  assert.deepEqual(
    events("A guard who was caught on video striking a man was sacked.").map((e) => e.type),
    [],
  );
  assert.deepEqual(dated("Ann Roe was caught off guard by the vote on Monday."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("Two farmers were caught in a flood near Varno in May 2024."), [["other", "2024-05"]]);
  assert.deepEqual(dated("The mill owners were caught short by rivals last year."), [["other", "2024"]]);
  assert.deepEqual(dated("Tom Vale was caught by police in Lorton on Monday."), [["arrest", "2025-09-15"]]);
  assert.deepEqual(dated("Tom Vale was caught on Monday."), [["arrest", "2025-09-15"]]);
  assert.deepEqual(dated("Tom Vale was caught in the act in Lorton on Monday."), [["arrest", "2025-09-15"]]);
});

test("an appeal, or a ruling on one, is dated by the day after the decision it names", () => {
  assert.deepEqual(dated("The appeals court in Lisk overturned the conviction of Tom Vale on Monday."), [
    ["verdict", "2025-09-15"],
  ]);
  assert.deepEqual(dated("Judges upheld the sentence of Ann Roe on Tuesday."), [["verdict", "2025-09-16"]]);
  assert.deepEqual(dated("Tom Vale appealed the ruling on Monday."), [["other", "2025-09-15"]]);
  assert.deepEqual(dated("Ann Roe appealed against her conviction on Friday."), [["other", "2025-09-12"]]);
  // The decision's own day still dates it; a plan to appeal or overturn is no step taken.
  assert.deepEqual(dated("Tom Vale was convicted on Monday and will appeal."), [["conviction", "2025-09-15"]]);
  assert.deepEqual(dated("The court of appeals ruling on Monday stands."), [["verdict", "2025-09-15"]]);
});

test("a telling inside a clause opened by 'what' is not dated by a date opening the sentence", () => {
  assert.deepEqual(dated('In 2019, under what Tom Vale called "a fair deal", the mill closed.'), [["other", "2019"]]);
  assert.deepEqual(dated("Last May, the Lisk mill shut after what its owners announced was a loss."), [
    ["other", "2025-05"],
  ]);
  // The telling's own date, and a verb outside such a clause, keep theirs.
  assert.deepEqual(dated('In 2019, Tom Vale called the deal "a fraud".'), [["statement", "2019"]]);
  assert.deepEqual(dated("What Tom Vale announced on Monday shocked the town."), [["statement", "2025-09-15"]]);
});

test("force used on people or a place is an attack: kidnapped, abducted, taken hostage, shelled, ambushed, assaulted", () => {
  const cases: [string, string, string][] = [
    ["Gunmen kidnapped two tourists near Varno on Saturday.", "attack", "2025-09-13"],
    ["The girl was abducted from her school in Lisk on Monday.", "attack", "2025-09-15"],
    ["Two aid workers were taken hostage in May.", "attack", "2025-05"],
    ["The army shelled the camp on Friday.", "attack", "2025-09-12"],
    ["Rebels ambushed a convoy on Tuesday.", "attack", "2025-09-16"],
    ["A steward assaulted a reporter last week.", "attack", "2025-09"],
    ["Airstrikes on the port of Varno began in 2019.", "attack", "2019"],
    ["Police opened fire on the crowd on Sunday.", "attack", "2025-09-14"],
    // Paying, a weapon's name and a race are no attack or trial.
    ["The mill shelled out for new looms last year.", "other", "2024"],
    ["Tom Vale bought an assault rifle in 2019.", "other", "2019"],
    ["Ann Roe won the time trial on Saturday.", "other", "2025-09-13"],
  ];
  for (const [text, type, date] of cases) assert.deepEqual(dated(text), [[type, date]], text);
});

test("detaining is an arrest; a step told as the background of a statement is not announced on its day", () => {
  assert.deepEqual(dated("Police gave no reason for detaining Tom Vale on Friday."), [["arrest", "2025-09-12"]]);
  assert.deepEqual(dated("Ann Roe said on Sunday that Tom Vale phoned her weeks after he had shot her."), [
    ["statement", "2025-09-14"],
  ]);
  // A step just completed, announced with its day, still takes it.
  assert.deepEqual(dated("A man has been arrested, officers said on Sunday."), [["arrest", "2025-09-14"]]);
});

test("a noun of harm in the plural that names no particular one is a kind of happening, no milestone", () => {
  const attacks = (text: string) =>
    events(text)
      .filter((e) => e.type === "attack")
      .map((e) => e.trigger.text);
  // A kind: no determiner, number or name before it, no place, doer, time or clause after it.
  assert.deepEqual(attacks("Gunmen with rifles fear nothing, and Ann Roe vowed to prevent terrorist attacks."), []);
  assert.deepEqual(attacks("Families who lost children to mass shootings met the Varno police chief."), []);
  assert.deepEqual(attacks("The rebels carried out attacks on army posts for years."), []);
  // Particular ones stay.
  assert.deepEqual(attacks("The Varno shootings shook the town."), ["shootings"]);
  assert.deepEqual(attacks("Rebels with rifles mourned after the attacks."), ["attacks"]);
  assert.deepEqual(attacks("Lisk shootings shake the town."), ["shootings"]);
  assert.deepEqual(attacks("Coordinated attacks overnight left two guards dead."), ["attacks"]);
  assert.deepEqual(attacks("Troops opened fire after attacks that hurt two guards."), ["opened fire", "attacks"]);
});

test("a noun of harm named by its day is the happening of that day, not a count; bombings are attacks", () => {
  // A figure after a month is the day that names the attacks, not a tally of them.
  assert.deepEqual(dated("Tom Vale was hurt in the Aug. 14 attacks on the Lisk ferry."), [["attack", "2025-08-14"]]);
  assert.deepEqual(dated("Two guards died in the August 14 shootings."), [["attack", "2025-08-14"]]);
  assert.deepEqual(dated("Ann Roe was hurt in the July 3 bombings in Varno."), [["attack", "2025-07-03"]]);
  // A count of them is still a figure of the year: no happening.
  assert.deepEqual(dated("Police counted 40 shootings last year."), []);
});

test("a year between a determiner and the noun of a happening dates that happening", () => {
  assert.deepEqual(dated("Ann Roe was questioned in March over her handling of the 2019 ferry bombing in Lisk."), [
    ["other", "2025-03"],
    ["attack", "2019"],
  ]);
  assert.deepEqual(dated("Tom Vale recalled the 2014 shooting of a guard."), [["attack", "2014"]]);
  // A verb after the year is no such noun; a year naming another noun dates nothing.
  assert.deepEqual(dated("Tom Vale shared a 2002 reading list called Dusk."), []);
  assert.deepEqual(dated("The 2016 candidates were put on alert."), []);
});

test("a rush is no legal charge, and a step in the clause of a call not made is ruled out", () => {
  const charges = (text: string) =>
    events(text)
      .filter((e) => e.type === "charge")
      .map((e) => e.status);
  assert.deepEqual(charges("Tom Vale charged into the crowd at the Lisk fair."), []);
  assert.deepEqual(charges("Riot police charged at the marchers."), []);
  assert.deepEqual(charges("Tom Vale was charged at Lorton police station."), ["happened"]);
  assert.deepEqual(charges("The inspector did not recommend that Ann Roe face charges."), ["cancelled"]);
  assert.deepEqual(charges("The inspector recommended that Ann Roe face charges."), ["happened"]);
});

test("a telling spelt the British way is a telling", () => {
  assert.deepEqual(dated("The minister criticised the decision on Monday."), [["statement", "2025-09-15"]]);
  assert.deepEqual(dated("On Monday the minister emphasised that the port was safe."), [["statement", "2025-09-15"]]);
});
