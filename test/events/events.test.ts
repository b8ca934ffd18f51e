// Event types and dates: each type from its trigger, which trigger owns a date, what is no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Quote } from "../../src/core/schema.js";
import { buildDoc } from "../../src/core/doc.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { extractTimes } from "../../src/extract/time/index.js";
import { EventTyper } from "../../src/extract/events/typer.js";
import { events, dated, one, P, entitiesFor } from "./helpers.js";

test("each event type from its trigger, dated by its clause", () => {
  assert.deepEqual(one("Police arrested two men in March 2023 at a flat in Leeds."), ["arrest", "2023-03", "happened"]);
  assert.deepEqual(one("The woman was charged on Saturday with foreign interference.", P), [
    "charge",
    "2025-09-13",
    "happened",
  ]);
  assert.deepEqual(one("The pair appeared at Westminster Magistrates' Court on 4 June 2024."), [
    "court_hearing",
    "2024-06-04",
    "happened",
  ]);
  assert.deepEqual(one("Prosecutors dropped the case on Tuesday.", P), ["case_dropped", "2025-09-16", "happened"]);
  assert.deepEqual(one("The jury found him not guilty on 12 May 2022."), ["verdict", "2022-05-12", "happened"]);
  assert.deepEqual(one("She pleaded guilty in January 2021 to two counts of fraud."), [
    "conviction",
    "2021-01",
    "happened",
  ]);
  assert.deepEqual(one("He was jailed on Friday for six years.", P), ["sentence", "2025-09-12", "happened"]);
  assert.deepEqual(one("Hackers breached the ministry's network in April 2019."), ["attack", "2019-04", "happened"]);
  assert.deepEqual(one("The Treasury sanctioned three firms on 2 May 2023."), ["sanction", "2023-05-02", "happened"]);
  assert.deepEqual(one("Detectives launched an investigation in 2020."), ["investigation", "2020", "happened"]);
  assert.deepEqual(one("The minister said on Thursday that the talks had failed.", P), [
    "statement",
    "2025-09-11",
    "happened",
  ]);
  assert.deepEqual(one("The trial opened at the Old Bailey in October 2024."), ["trial", "2024-10", "happened"]);
});

test("a date with no trigger in reach is a happening of type other", () => {
  assert.deepEqual(one("She joined the civil service in 2012 after university."), ["other", "2012", "happened"]);
});

test("the conduct a charge alleges is dated as other, not as the charge", () => {
  const found = dated("He was charged with spying for Iran between 2019 and 2022.");
  assert.equal(found.length, 1);
  assert.equal(found[0].type, "other");
  assert.equal(found[0].date, "2019");
  assert.equal(found[0].end, "2022");
  // The charge itself stays, undated.
  assert.ok(events("He was charged with spying for Iran between 2019 and 2022.").some((e) => e.type === "charge"));
});

test("coordinated steps share their date", () => {
  const found = dated("The aide was arrested Tuesday morning at her home and charged with fraud.", P);
  assert.deepEqual(found.map((e) => [e.type, e.date]).sort(), [
    ["arrest", "2025-09-16"],
    ["charge", "2025-09-16"],
  ]);
});

test("a verb between a noun trigger and the date owns the date", () => {
  assert.deepEqual(one("The attack on the regulator was discovered in October 2022."), [
    "other",
    "2022-10",
    "happened",
  ]);
});

test("an attribution after a dated clause does not take the date", () => {
  assert.deepEqual(one("She took a job at the bank in May 2021, the profile said."), ["other", "2021-05", "happened"]);
});

test("without a publication date relative dates leave events undated", () => {
  const found = events("Police arrested him on Monday.");
  assert.equal(found.length, 1);
  assert.equal(found[0].type, "arrest");
  assert.equal(found[0].date, null);
  assert.equal(found[0].dateSpan?.text, "Monday");
});

test("durations and datelines are not dated events", () => {
  assert.deepEqual(dated("He was sentenced to 15 years in prison.", P), []);
  assert.deepEqual(dated("14-5-2024 (HONG KONG) — The leader spoke to reporters."), []);
});

test("a line of a place in capitals and a date above the story is a wire's dateline", () => {
  assert.deepEqual(dated("VALDORA 2024-05-14\n\nThe leader spoke to reporters.", P), []);
  assert.deepEqual(dated("PORT ELLIS , Ardenshire 2024-05-14\n\nThe leader spoke to reporters.", P), []);
  // A line in words of its own tells something.
  assert.equal(dated("Crowds marched in VALDORA on 2024-05-14\n\nThe leader spoke to reporters.", P).length, 1);
});

test("a dateline's place in capitals may be hyphenated, hold an apostrophe or run to a few words", () => {
  assert.deepEqual(dated("PORT-AUX-ILES , Ardenshire 2024-05-14\n\nThe leader spoke to reporters.", P), []);
  assert.deepEqual(dated("D'ARVANT 2024-05-14\n\nThe leader spoke to reporters.", P), []);
  assert.deepEqual(dated("GREYMOOR STATE TIMBER ESTATE , Ardenshire 2024-05-14\n\nThe leader spoke.", P), []);
  // Words in lower case before the date are prose, however they are joined.
  assert.equal(dated("Crowds marched in well-known VALDORA on 2024-05-14\n\nThe leader spoke.", P).length, 1);
});

test("a holiday dates the step told on it; with no step on the day it tells no happening", () => {
  assert.deepEqual(
    dated("Gunmen kidnapped two surveyors on Christmas Eve.", P).map((e) => [e.type, e.date]),
    [["attack", "2024-12-24"]],
  );
  assert.deepEqual(
    dated("A grain barge sank on New Year's Day.", P).map((e) => [e.type, e.date]),
    [["other", "2025-01-01"]],
  );
  assert.deepEqual(dated("Most brokers left early ahead of the Labor Day weekend.", P), []);
  assert.deepEqual(dated("Ferry fares have crept up since Labor Day.", P), []);
});

test("the same step told twice is one event", () => {
  const text = "The aide was arrested Tuesday morning.\n\nShe was arrested Tuesday morning along with her husband.";
  assert.equal(dated(text, P).length, 1);
});

test("a date inside a relative clause is not the main verb's", () => {
  const found = dated("Ms Okafor, who was first questioned by detectives in late 2021, was convicted of fraud.");
  assert.deepEqual(
    found.map((e) => [e.type, e.date]),
    [["investigation", "2021"]],
  );
});

test("the month May is not the modal may", () => {
  assert.deepEqual(one("The regulator opened an inquiry on 5 May 2020."), ["investigation", "2020-05-05", "happened"]);
  assert.deepEqual(one("An appeal could be heard in 2026."), ["court_hearing", "2026", "hypothetical"]);
});

test("accusations and arraignments have their own types", () => {
  assert.deepEqual(one("Britain on Tuesday accused Moscow of the hack.", P), ["statement", "2025-09-16", "happened"]);
  assert.deepEqual(one("He is scheduled to be arraigned on Oct. 2.", P), ["court_hearing", "2025-10-02", "scheduled"]);
});

test("announcing a legal step is that step", () => {
  assert.deepEqual(one("The Treasury announced fresh sanctions on 4 March 2024 against two hackers."), [
    "sanction",
    "2024-03-04",
    "happened",
  ]);
  assert.deepEqual(one("The charges, announced on 13 May 2024, carry long sentences."), [
    "charge",
    "2024-05-13",
    "happened",
  ]);
});

test("a trigger does not reach past a nearer date or another verb to a later one", () => {
  const found = dated("The government imposed sanctions in January 2024, the first use of powers introduced in 2021.");
  assert.deepEqual(
    found.map((e) => [e.type, e.date]),
    [
      ["sanction", "2024-01"],
      ["other", "2021"],
    ],
  );
  assert.deepEqual(
    dated("Police have charged more than forty people with cyber offences, figures released on 3 June 2024 show.").map(
      (e) => e.type,
    ),
    ["other"],
  );
});

test("the object of dropping is not a second event", () => {
  const found = events("Pressure was put on prosecutors to drop the charges.");
  assert.deepEqual(
    found.map((e) => e.type),
    ["case_dropped"],
  );
});

test("the same step told twice in other words is still one event", () => {
  const text =
    "Prosecutors dropped the case on Monday.\n\nThe decision came after prosecutors dropping charges on Monday.";
  assert.equal(dated(text, P).filter((e) => e.type === "case_dropped").length, 1);
});

test("a capitalised trigger noun inside a name is not an event", () => {
  assert.deepEqual(
    events("Agents of the Federal Bureau of Investigation searched the house in May 2024.").map((e) => e.type),
    ["investigation"],
  );
});

test("a deadline with nothing happening is not an event", () => {
  assert.deepEqual(dated("The senator wants answers by 26 June 2025 from both companies."), []);
  assert.deepEqual(dated("Officials expect a decision by the end of 2025."), []);
});

test("a step dated from the one before it", () => {
  assert.deepEqual(
    dated("He was arrested on 9 September 2023 and charged the following day.").map((e) => [e.type, e.date]),
    [
      ["arrest", "2023-09-09"],
      ["charge", "2023-09-10"],
    ],
  );
});

test("a dated happening with no trigger shows the clause the date opens", () => {
  const found = dated("In 2010, the businessman travelled to China with a trade delegation.");
  assert.equal(found.length, 1);
  assert.equal(found[0].type, "other");
  assert.equal(found[0].evidence.text, "In 2010, the businessman travelled to China with a trade delegation");
});

test("a range before a verb dates the conduct, not a step", () => {
  assert.deepEqual(
    dated("The court heard that between 2017 and 2020 the officer searched police databases.").map((e) => [
      e.type,
      e.date,
      e.end,
    ]),
    [["other", "2017", "2020"]],
  );
});

test("a relative date inside a quotation leaves the event undated", () => {
  const text = 'The detective said: "Today\'s sentence sends a clear message."';
  const open = text.indexOf("Today");
  const close = text.lastIndexOf('"');
  const doc = buildDoc(text);
  const times = extractTimes(doc, { published: P });
  const quote: Quote = {
    kind: "direct",
    text: text.slice(open, close),
    start: open,
    end: close,
    speaker: null,
    speakerId: null,
    speakerMention: null,
    cue: null,
  };
  const found = extractEvents({ doc, entities: [], times, quotes: [quote], published: P });
  assert.ok(found.some((e) => e.type === "sentence" && e.date === null));
  assert.ok(found.every((e) => e.date === null));
});

test("admitting an offence is a guilty plea; other admissions are not", () => {
  assert.deepEqual(one("The officer admitted misconduct in public office on 4 March 2024."), [
    "conviction",
    "2024-03-04",
    "happened",
  ]);
  assert.ok(!events("He was admitted to hospital on 4 March 2024.").some((e) => e.type === "conviction"));
  assert.ok(!events("The minister admitted that mistakes were made.").some((e) => e.type === "conviction"));
});

test("a statement with a relative date and no anchor is kept, undated, with its date words", () => {
  const found = events("The minister said on Monday that the talks had failed.");
  const statement = found.find((e) => e.type === "statement");
  assert.ok(statement);
  assert.equal(statement.date, null);
  assert.equal(statement.dateSpan?.text, "Monday");
});

test("a tribunal that heard evidence is a hearing", () => {
  assert.ok(
    events("The Investigatory Powers Tribunal in London heard that the alert was lawful.").some(
      (e) => e.type === "court_hearing",
    ),
  );
});

test("remanded to appear is a scheduled hearing; an inquest is a hearing", () => {
  assert.deepEqual(one("She was remanded in custody to appear at the Old Bailey on 12 November.", P), [
    "court_hearing",
    "2025-11-12",
    "scheduled",
  ]);
  assert.deepEqual(one("An inquest into his death opened on 4 August 2025 and was adjourned."), [
    "court_hearing",
    "2025-08-04",
    "happened",
  ]);
});

test("an event dated from a named event takes the verb after the phrase, not the trigger inside it", () => {
  const text =
    "Viktor Hale was attacked outside his home in March 2019.\n\nA week after the Hale attack, the minister told parliament it was an outrage.";
  const found = dated(text).map((e) => [e.type, e.date]);
  assert.deepEqual(found, [
    ["attack", "2019-03"],
    ["statement", "2019"],
  ]);
});

test("a milestone restated at a vaguer date is the same event", () => {
  const text = "The embassy was attacked in March 2018.\n\nOfficials discussed the attack in 2018 at length.";
  assert.deepEqual(
    dated(text).map((e) => [e.type, e.date]),
    [["attack", "2018-03"]],
  );
});

test("a date inside a reported clause dates what was reported, not the saying", () => {
  assert.deepEqual(one("Prosecutors said he copied the files in June 2022 before flying out."), [
    "other",
    "2022-06",
    "happened",
  ]);
  assert.deepEqual(one("The alert issued to MPs occurred back in January 2022."), ["statement", "2022-01", "happened"]);
});

test("a date after the verb of a clause that opens the sentence is that clause's, not the telling's", () => {
  assert.deepEqual(one("The depot will close on 4 May 2026, officials said."), ["other", "2026-05-04", "scheduled"]);
  // A date before any verb opens the sentence and dates the telling.
  assert.deepEqual(one("On 4 May 2026, officials said the depot was safe."), ["statement", "2026-05-04", "happened"]);
});

test("a reported clause with an irregular past verb owns the date after it", () => {
  assert.deepEqual(one("Officials said the rebels took the border town without a fight in March 2021."), [
    "other",
    "2021-03",
    "happened",
  ]);
  assert.deepEqual(one("He said a fire broke out at the depot on 4 May 2023."), ["other", "2023-05-04", "happened"]);
  // The telling keeps its own date: no clause stands between it and the date.
  assert.deepEqual(one("The mayor said on 4 May 2023 that the depot would close."), [
    "statement",
    "2023-05-04",
    "happened",
  ]);
});

test("a hijacking is an attack; a debate hijacked is not", () => {
  assert.deepEqual(one("The hijack began on 3 May 2024 when the ferry left port."), [
    "attack",
    "2024-05-03",
    "happened",
  ]);
  assert.deepEqual(one("The coach was hijacked on 3 May 2024 near the border."), ["attack", "2024-05-03", "happened"]);
  assert.deepEqual(one("Two gunmen hijacked a tourist bus on 3 May 2024."), ["attack", "2024-05-03", "happened"]);
  assert.deepEqual(one("Activists hijacked the debate on 3 May 2024."), ["other", "2024-05-03", "happened"]);
});

test("triggers for the steps news reports name in other words", () => {
  // Caught again after an escape is an arrest; "caught" of a person in the passive too.
  assert.deepEqual(one("The fugitive was recaptured near a canal on 9 May 2022."), [
    "arrest",
    "2022-05-09",
    "happened",
  ]);
  assert.deepEqual(one("The smuggler was caught in 2019 after a long chase."), ["arrest", "2019", "happened"]);
  // A courthouse is a court; a jury retiring is the last hearing; closing arguments are the trial.
  assert.deepEqual(one("She is appearing at the county courthouse on 3 June 2024."), [
    "court_hearing",
    "2024-06-03",
    "happened",
  ]);
  assert.deepEqual(one("The jury retired on 12 March 2024 to consider its verdicts."), [
    "court_hearing",
    "2024-03-12",
    "happened",
  ]);
  assert.deepEqual(one("During closing arguments on 5 July 2023, the defence called the case thin."), [
    "trial",
    "2023-07-05",
    "happened",
  ]);
  // Proceedings stopped end the case; a police sting is an investigation; findings published are a statement.
  assert.deepEqual(one("The proceedings were stopped on 2 April 2024."), ["case_dropped", "2024-04-02", "happened"]);
  assert.deepEqual(one("He was snared in an undercover sting in August 2020."), [
    "investigation",
    "2020-08",
    "happened",
  ]);
  assert.deepEqual(one("The inspectors' findings, published on 4 October 2023, were damning."), [
    "statement",
    "2023-10-04",
    "happened",
  ]);
});

test("a jail is a place, not a sentence; being jailed is a sentence", () => {
  assert.ok(!events("He escaped from a county jail in May 2021.").some((e) => e.type === "sentence"));
  assert.deepEqual(one("He was jailed for six years in May 2021."), ["sentence", "2021-05", "happened"]);
});

test("a date standing alone above the story is a page stamp, not an event", () => {
  assert.equal(dated("Mar 4\n\nThe council met to discuss the budget.", "2024-03-04").length, 0);
});

test("the learned typer (when a model is given) retypes dated candidates and drops those it calls none", () => {
  // A tiny hand-made model: a candidate in a question is no event; a statement that says "published" is a statement.
  const typer = new EventTyper({
    labels: ["none", "trial", "statement"],
    weights: { "rule=trial": [0, 2, 0], question: [5, 0, 0], "tw=published": [0, 0, 3] },
  });
  const run = (text: string) => {
    const doc = buildDoc(text);
    const times = extractTimes(doc, { published: P });
    return extractEvents({ doc, entities: [], times, quotes: [], published: P, typer }).filter((e) => e.date);
  };
  assert.equal(run("Will the trial start on 3 October 2025?").length, 0);
  assert.deepEqual(
    run("The trial opened on 3 October 2025.").map((e) => e.type),
    ["trial"],
  );
});

test("the alleged conduct after the object of 'charged … with' keeps its own date, and a hoax is no attack", () => {
  const found = dated("Police charged a driver from Leeds in northern England with fraud in May 2021.", P);
  assert.deepEqual(
    found.map((e) => e.type),
    ["other"],
  );
  assert.deepEqual(one("The clerk is accused of staging a bomb hoax in York on or before June 2022.", P), [
    "other",
    "2022-06",
    "happened",
  ]);
  assert.deepEqual(one("Rebels bombed the bridge in May 2023.", P), ["attack", "2023-05", "happened"]);
  assert.ok(!events("The clerk left a fake bomb on a desk.", P).some((e) => e.type === "attack"));
});

test("charges a step rests on are no charging; a step announced in the perfect takes the announcement's date", () => {
  assert.ok(!events("The driver was held on remand on fraud charges.", P).some((e) => e.type === "charge"));
  assert.deepEqual(one("Police said on Friday they had charged a driver from Leeds.", P), [
    "charge",
    "2025-09-12",
    "happened",
  ]);
  assert.deepEqual(one("A driver has been charged with fraud, police said on Sunday.", P), [
    "charge",
    "2025-09-14",
    "happened",
  ]);
  // A step with a date of its own keeps it.
  const found = dated("Police said on Friday that the driver, who had been arrested in 2020, was ill.", P);
  assert.deepEqual(
    found.map((e) => [e.type, e.date]),
    [
      ["statement", "2025-09-12"],
      ["arrest", "2020"],
    ],
  );
});

test("a vague date restated at once by a precise one is that date", () => {
  assert.deepEqual(one("The driver was arrested a few weeks later, on 26 January.", P), [
    "arrest",
    "2025-01-26",
    "happened",
  ]);
});

test("any string in: no exception, offsets inside the text", () => {
  let seed = 777;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [
    "arrested",
    " charged with ",
    "on Monday",
    " in 2021",
    "between",
    " and ",
    "found not guilty",
    "appeared",
    " court",
    ",",
    ".",
    "\n",
    "“",
    "will",
    "no longer face",
    "trial",
    "😀",
    "\ud800",
    " said",
    "dropped",
    " the case",
  ];
  for (let k = 0; k < 300; k++) {
    let text = "";
    const len = rand(40);
    for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)];
    const found = events(text, rand(2) ? "2024-02-29" : null);
    for (const e of found) {
      assert.ok(e.evidence.start >= 0 && e.evidence.end <= text.length && e.evidence.start < e.evidence.end);
    }
  }
});

test("a telling after the match takes the day of the match the report opens with", () => {
  const text =
    "Riverside beat Harbour Town 2-1 on Saturday to go top of the table.\n\n" +
    '"We never stopped running," the Riverside coach said in a post-match interview.';
  const found = dated(text, P).map((e) => [e.type, e.date]);
  assert.deepEqual(found, [
    ["other", "2025-09-13"],
    ["statement", "2025-09-13"],
  ]);
});

test("a sentence that opens with its subject and verb keeps its date from an attribution after a comma", () => {
  const typed = (text: string, names: [string, "person"][]) =>
    events(text, P, entitiesFor(text, names))
      .filter((e) => e.date)
      .map((e) => [e.type, e.date]);
  assert.deepEqual(typed("Tom Vale fled the country on 3 May, the court heard.", [["Tom Vale", "person"]]), [
    ["other", "2025-05-03"],
  ]);
  assert.deepEqual(typed("He fled the country on 3 May, the court heard.", []), [["other", "2025-05-03"]]);
  // An opening phrase, or a date right after the subject's name, still dates the verb after it.
  assert.deepEqual(typed("On 3 May, the court heard from the officer.", []), [["court_hearing", "2025-05-03"]]);
  assert.deepEqual(typed("Ann Roe on Monday told reporters she would appeal.", [["Ann Roe", "person"]]), [
    ["statement", "2025-09-15"],
  ]);
});

test("an attack a person makes on a person is made in words, unless its sentence tells of harm", () => {
  const typed = (text: string) =>
    events(
      text,
      P,
      entitiesFor(text, [
        ["Tom Vale", "person"],
        ["Ann Roe", "person"],
      ]),
    )
      .filter((e) => e.date)
      .map((e) => [e.type, e.date]);
  // The first sentence names fighters, so the article is not one of words alone.
  const story = (s: string) => "Soldiers patrolled the Varno border. " + s;
  assert.deepEqual(typed(story("Tom Vale attacked Ann Roe again on Monday.")), [["statement", "2025-09-15"]]);
  assert.deepEqual(typed(story("On Monday, Ann Roe stepped up her attacks on Tom Vale.")), [
    ["statement", "2025-09-15"],
  ]);
  assert.deepEqual(typed(story("On Monday, he has repeatedly attacked her.")), [["statement", "2025-09-15"]]);
  // An instrument, a place of the deed, a step of the law or a fighter in the sentence: harm done.
  assert.deepEqual(typed(story("Tom Vale attacked Ann Roe with a hammer on Monday.")), [["attack", "2025-09-15"]]);
  assert.deepEqual(typed(story("Tom Vale attacked Ann Roe outside her home on Monday.")), [["attack", "2025-09-15"]]);
  assert.deepEqual(typed(story("Tom Vale attacked Ann Roe on Monday and was arrested.")), [
    ["attack", "2025-09-15"],
    ["arrest", "2025-09-15"],
  ]);
  assert.deepEqual(typed(story("A gunman attacked Ann Roe on Monday.")), [["attack", "2025-09-15"]]);
});

test("a step in a condition after the date is not dated by it, and may not come", () => {
  const text = "Lifeboats stood by on Tuesday in case the harbour master ordered an evacuation.";
  assert.deepEqual(
    dated(text, P).map((e) => [e.type, e.date]),
    [["other", "2025-09-16"]],
  );
  assert.ok(events(text, P).every((e) => e.type !== "statement" || e.status === "hypothetical"));
});

test("charges named by what they were of, then dropped, are a case dropped", () => {
  const types = (text: string) => events(text, P).map((e) => e.type);
  assert.ok(types("The cyclist went home after charges of reckless riding were dropped.").includes("case_dropped"));
  assert.ok(types("Charges of fraud against the treasurer were withdrawn.").includes("case_dropped"));
});

test("a court sending someone to prison is a sentence", () => {
  assert.deepEqual(one("On 3 May 2024 the judge sent the former harbour master to prison for four years."), [
    "sentence",
    "2024-05-03",
    "happened",
  ]);
});

test("a date naming which figure is meant does not date the telling after the clause", () => {
  assert.deepEqual(
    dated("Tin fell through the June 4 low, dealers said.", P).map((e) => e.type),
    ["other"],
  );
  // An occasion of the telling still dates it.
  assert.deepEqual(
    dated("At a June 2012 briefing, the minister said the mine would close.", P).map((e) => [e.type, e.date]),
    [["statement", "2012-06"]],
  );
});

/** The types of the dated rows of `text`. */
const datedTypes = (text: string) => dated(text, P).map((e) => e.type);

test("a person reported missing or killed is no telling", () => {
  assert.deepEqual(datedTypes("Two hikers were reported missing after leaving the lodge on Tuesday."), ["other"]);
  assert.deepEqual(datedTypes("The lodge sheltered a climber reported missing on the ridge on Tuesday."), ["other"]);
  // A telling in the passive still is one.
  assert.deepEqual(datedTypes("It was reported on Tuesday that the lodge would close."), ["statement"]);
});

test("a date ending the noun phrase after 'ahead of' does not date what was done before it", () => {
  assert.deepEqual(datedTypes("The minister declined to give a forecast, ahead of a cabinet meeting next week."), [
    "other",
  ]);
  // "before" a panel or a court is where, not when.
  assert.deepEqual(datedTypes("The witness testified before the panel last autumn."), ["court_hearing"]);
});

test("what a step was taken to prevent did not happen then, and its date is the step's", () => {
  // "to prevent", "to help deter", and the gerund after a preposition: "aimed at preventing".
  for (const [aimed, deterred, failed] of [
    [
      "The council built a sea wall in 1990 to prevent floods and bombings at the harbour.",
      "Guards were posted on Monday to help deter bombings of the depot.",
      "The guards failed to prevent a bombing at the depot.",
    ],
    [
      "The council approved on Monday a plan aimed at preventing bombings at the harbour.",
      "Guards were posted on Monday for deterring attacks on the depot.",
      "The guards failed in preventing a bombing at the depot.",
    ],
  ]) {
    assert.ok(!dated(aimed, P).some((e) => e.type === "attack"), aimed);
    assert.ok(
      events(aimed, P).every((e) => e.type !== "attack" || e.status === "hypothetical"),
      aimed,
    );
    assert.ok(!dated(deterred, P).some((e) => e.type === "attack"), deterred);
    // What the guards failed to prevent took place.
    assert.ok(
      events(failed, P).some((e) => e.type === "attack" && e.status === "happened"),
      failed,
    );
  }
  // An attack told plainly after the date is still dated by it.
  assert.deepEqual(
    dated("The council built a sea wall in 1990 after bombings at the harbour.", P).map((e) => [e.type, e.date]),
    [["attack", "1990"]],
  );
});
