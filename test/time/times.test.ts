import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDoc } from "../../src/core/doc.js";
import type { TimeExpression } from "../../src/core/schema.js";
import { extractTimes } from "../../src/extract/time/index.js";

function times(text: string, published: string | null = null): TimeExpression[] {
  return extractTimes(buildDoc(text), { published });
}

/** The dated expressions of `text`, as [text, value] pairs. */
function dated(text: string, published: string | null = null): [string, string | null][] {
  return times(text, published)
    .filter((t) => t.value)
    .map((t) => [t.text, t.value]);
}

/** The one expression whose text is `phrase` (or contains it). */
function find(text: string, phrase: string, published: string | null = null): TimeExpression {
  const all = times(text, published);
  const hit = all.find((t) => t.text === phrase) ?? all.find((t) => t.text.includes(phrase));
  assert.ok(hit, `no expression "${phrase}" in ${JSON.stringify(all.map((t) => t.text))}`);
  assert.equal(text.slice(hit.start, hit.end), hit.text, "offsets point at the text");
  return hit;
}

/** Each [text, phrase, published, value]: the expression `phrase` of `text`, told on `published`, has `value`. */
function valued(cases: [string, string, string, string][]): void {
  for (const [text, phrase, published, value] of cases) assert.equal(find(text, phrase, published).value, value, text);
}

test("absolute dates keep the precision the text gives", () => {
  assert.equal(find("The inquiry opened on 3 February 2022 in Leeds.", "3 February 2022").value, "2022-02-03");
  assert.equal(find("Officers searched the flat on March 4, 2019, records show.", "March 4, 2019").value, "2019-03-04");
  assert.equal(find("The company was founded in June 2020 by two brothers.", "June 2020").value, "2020-06");
  assert.equal(find("She joined the ministry in 2012 as a junior analyst.", "2012").value, "2012");
  assert.equal(find("14-5-2024 (PARIS) The talks resumed.", "14-5-2024").value, "2024-05-14");
  assert.equal(find("Arrests rose sharply in mid-2019 across the region.", "mid-2019").value, "2019");
});

test("a four-digit number that counts things is not a year", () => {
  const found = times("Officials counted 2017 ballots and 1999 complaints.");
  assert.deepEqual(
    found.map((t) => t.text),
    [],
  );
});

test("ranges carry a start and an end", () => {
  const years = find("He passed files to his handlers between 2016 and 2019.", "between 2016 and 2019");
  assert.equal(years.kind, "range");
  assert.equal(years.value, "2016");
  assert.equal(years.endValue, "2019");
  const months = find("The scheme ran from December 2021 to February 2023, auditors found.", "December 2021");
  assert.equal(months.kind, "range");
  assert.equal(months.value, "2021-12");
  assert.equal(months.endValue, "2023-02");
  const span = find("The contract covered 2015-2018 only.", "2015-2018");
  assert.equal(span.value, "2015");
  assert.equal(span.endValue, "2018");
});

test("the end of a range with no year comes after its start", () => {
  const r = find("They met agents between November 2022 and March 4.", "between November 2022 and March 4");
  assert.equal(r.value, "2022-11");
  assert.equal(r.endValue, "2023-03-04");
});

test("a day and month with no year take the publication year, or stay null with no anchor", () => {
  assert.equal(find("The pair were charged on 12 August.", "12 August", "2023-09-30").value, "2023-08-12");
  assert.equal(find("The pair were charged on 12 August.", "12 August").value, null);
  // A past event later in the calendar than publication happened the year before.
  assert.equal(find("The pair were arrested on 20 November.", "20 November", "2024-02-10").value, "2023-11-20");
  // A scheduled one earlier in the calendar is next year's.
  assert.equal(find("The trial will open on 3 February.", "3 February", "2024-11-10").value, "2025-02-03");
});

test("a day and month with no year take the year of the full date told before them", () => {
  const text = "The warehouse burned on 2 March 2021.\n\nDetectives made the first arrest on 9 March.";
  assert.equal(find(text, "9 March").value, "2021-03-09");
  // Earlier in the calendar than that date: the narrative does not fix the year.
  const back = "The warehouse burned on 2 March 2021.\n\nA hearing is set for 10 February.";
  assert.equal(find(back, "10 February").value, null);
  // "6 September last year" is resolved as one expression against publication.
  assert.equal(find("He fled on 6 September last year.", "6 September last year", "2024-11-28").value, "2023-09-06");
});

test("a day and month the story names again with a year elsewhere is that day, not the publication year's", () => {
  // More than six paragraphs on, the full date no longer sets the year of the next day named.
  const later = "\n\nIts owner was fined in 2023.".repeat(7);
  const last = (text: string) => times(text, "2024-11-20").at(-1)!;
  const once = `The dam at Tarrow failed on 14 April 2019.${later}\n\nResidents still blame the owner for the 14 April flood.`;
  assert.equal(last(once).text, "14 April");
  assert.equal(last(once).value, "2019-04-14");
  // Two years for the same day: the story does not say which; the publication's year stays.
  const twice = `The dam failed on 14 April 2019 and again on 14 April 2021.${later}\n\nResidents recall the 14 April flood.`;
  assert.equal(last(twice).value, "2024-04-14");
});

test("weekdays resolve backwards in reporting and forwards when scheduled", () => {
  const p = "2025-09-17"; // a Wednesday
  assert.equal(find("The prosecutor said on Monday that the case was weak.", "Monday", p).value, "2025-09-15");
  assert.equal(find("The two men will appear in court on Friday.", "Friday", p).value, "2025-09-19");
  assert.equal(find("The aide was charged Wednesday with fraud.", "Wednesday", p).value, "2025-09-17");
  assert.equal(find("The order was lifted last Wednesday.", "last Wednesday", p).value, "2025-09-10");
  assert.equal(find("The board meets next Monday.", "next Monday", p).value, "2025-09-22");
  assert.equal(find("Police raided the house on Sunday night.", "Sunday night", p).value, "2025-09-14");
});

test("relative periods resolve at the precision they really have", () => {
  const p = "2025-09-17";
  assert.equal(find("The minister resigned yesterday.", "yesterday", p).value, "2025-09-16");
  assert.equal(find("Sanctions were imposed last year.", "last year", p).value, "2024");
  assert.equal(find("The firm was sold earlier this year.", "earlier this year", p).value, "2025");
  assert.equal(find("He was questioned last month.", "last month", p).value, "2025-08");
  assert.equal(find("They were arrested earlier this month.", "earlier this month", p).value, "2025-09");
  assert.equal(find("Judges ruled this week.", "this week", p).value, "2025-09");
  assert.equal(find("The leak was found three years ago.", "three years ago", p).value, "2022");
  // A week across two months is told by the month holding most of its days (its Thursday); "this
  // week" in the past by most of its days up to the telling, in the future by most of those after.
  assert.equal(find("Judges ruled this week.", "this week", "2025-10-01").value, "2025-09");
  assert.equal(find("Judges ruled this week.", "this week", "2025-09-29").value, "2025-09");
  assert.equal(find("Judges ruled this week.", "this week", "2025-10-02").value, "2025-10");
  assert.equal(find("Judges will rule this week.", "this week", "2025-09-29").value, "2025-10");
  assert.equal(find("Judges ruled earlier this week.", "earlier this week", "2025-09-30").value, "2025-09");
  assert.equal(find("Judges will rule later this week.", "later this week", "2025-09-30").value, "2025-10");
  assert.equal(
    find("The mayor said last week that the bridge would close.", "last week", "2025-10-08").value,
    "2025-10",
  );
  assert.equal(
    find("The mayor said last week that the bridge would close.", "last week", "2025-09-03").value,
    "2025-08",
  );
  assert.equal(find("He will be sentenced in the autumn.", "the autumn", "2025-07-22").value, "2025");
});

test("bare months take their year from publication and tense", () => {
  assert.equal(find("He pleaded guilty in March to six charges.", "March", "2024-11-12").value, "2024-03");
  assert.equal(find("The group will be sentenced in May.", "May", "2024-11-12").value, "2025-05");
  assert.equal(find("Agents searched the home late July.", "late July", "2024-09-03").value, "2024-07");
  assert.equal(find("The group will be sentenced in May.", "May").value, null);
});

test("relative dates with no publication date stay unresolved with their text kept", () => {
  for (const [text, phrase] of [
    ["The prosecutor said on Monday that the case was weak.", "Monday"],
    ["They were arrested earlier this month.", "earlier this month"],
    ["Sanctions were imposed last year.", "last year"],
    ["The minister resigned yesterday.", "yesterday"],
  ]) {
    const t = find(text, phrase);
    assert.equal(t.value, null, phrase);
    assert.equal(t.text, phrase);
  }
});

test("durations are recognised but carry no date", () => {
  const a = find("She spent two and a half years in the post.", "two and a half years");
  assert.equal(a.kind, "duration");
  assert.equal(a.value, null);
  const b = find("He was jailed for 15 years.", "15 years", "2024-01-01");
  assert.equal(b.kind, "duration");
  assert.equal(b.value, null);
});

test("months and weekdays that are words or names are not dates", () => {
  const text =
    "You may go now. Protesters march on parliament. Theresa May told MPs. Sun and Hu live in Queens. " +
    "According to The Sunday Times, the deal is off.";
  assert.deepEqual(
    times(text, "2024-05-01").map((t) => t.text),
    [],
  );
});

test("a weekday inside the name of a day or of a programme is no date", () => {
  const text =
    "Voters in the Super Tuesday states queued early. She watched Friday Night Dinner with friends. " +
    'Ten "Super Tuesday" states vote. The show returned after Good Friday.';
  assert.deepEqual(
    times(text, "2024-05-01").map((t) => t.text),
    [],
  );
  // A weekday after a name that is the subject stays a date.
  assert.equal(find("The firm on Friday said Acme Tuesday sales rose.", "Friday", "2024-05-01").value, "2024-04-26");
});

test("a clause in the past is not scheduled by an appointment further back; 'is to' is", () => {
  const p = "2025-09-17"; // a Wednesday
  const text = "Given a chance to be heard, the firm issued a short reply on Monday.";
  assert.equal(find(text, "Monday", p).value, "2025-09-15");
  assert.equal(find("The plan is to open the bridge on Monday.", "Monday", p).value, "2025-09-22");
});

test("a date counted from another never lands after publication in a clause about the past", () => {
  const text = "The show opened in June 2023.\n\nBringing it back two years later, the producer said it had changed.";
  assert.equal(find(text, "two years later", "2024-08-01").value, null);
  assert.equal(find(text, "two years later", "2026-01-01").value, "2025");
});

test("the morning of a date is that date", () => {
  assert.equal(find("He was caught on the morning of 9 September 2023.", "9 September 2023").value, "2023-09-09");
});

test("any string in: no exception, offsets inside the text", () => {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [
    "May",
    "March",
    " 2021",
    "between",
    " and ",
    "on Monday",
    "last",
    "year",
    "12",
    "/",
    "-",
    "—",
    "“",
    "\n\n",
    ".",
    " ",
    "\u0000",
    "\ud800",
    "😀",
    "September",
    "from",
    "to",
    "9999",
    "31 February 2023",
    "earlier this",
    "a half",
  ];
  for (let k = 0; k < 300; k++) {
    let text = "";
    const len = rand(40);
    for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)];
    const published = rand(2) ? "2024-02-29" : null;
    const found = times(text, published);
    for (const t of found) {
      assert.ok(t.start >= 0 && t.start < t.end && t.end <= text.length, `offsets of ${JSON.stringify(t)}`);
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value), `ISO value ${t.value}`);
    }
  }
});

test("an impossible date is not given a value", () => {
  const all = times("The note was dated 31 February 2023.");
  assert.ok(all.every((t) => t.value !== "2023-02-31"));
});

test("a weekday with its calendar date is that date", () => {
  assert.equal(
    find("She was convicted on Tuesday 3 June of fraud.", "Tuesday 3 June", "2025-06-05").value,
    "2025-06-03",
  );
  assert.equal(find("The vote is on Thursday, May 8, 2025.", "May 8, 2025").value, "2025-05-08");
});

test("a scheduled day-month follows publication, not an earlier date in the story", () => {
  const text = "The pair were caught on 13 April 2018.\n\nHe will stand trial on 3 November.";
  assert.equal(find(text, "3 November", "2025-09-12").value, "2025-11-03");
});

test("dates relative to another event are kept with no value", () => {
  const t = find(
    "The agency opened an inquiry and charged her the following spring.",
    "the following spring",
    "2025-01-01",
  );
  assert.equal(t.value, null);
  assert.equal(t.kind, "relative");
});

test("with no publication date, a full date in the dateline anchors relative dates", () => {
  const text = "14-5-2024 (HONG KONG) — The city's leader said on Monday that the charges were unfounded.";
  assert.equal(find(text, "Monday").value, "2024-05-13");
  // A date later in the story is not a dateline.
  const later = "The leader spoke on Monday. The law was passed on 3 March 2020 (after a long debate).";
  assert.equal(find(later, "Monday").value, null);
  // Given a publication date, the dateline does not override it.
  assert.equal(find(text, "Monday", "2024-05-20").value, "2024-05-20");
});

test("a past day-month takes the earlier year the story is telling of when it lies nearer to it", () => {
  const story = "The guard quit in March last year.\n\nThe inquiry heard she had planned to leave on 20 February.";
  // 20 February last year is weeks from March last year; this year's is months before publication.
  assert.equal(find(story, "20 February", "2024-10-02").value, "2023-02-20");
  // Just before publication, the date is this year's, whatever the story told before.
  assert.equal(find(story.replace("20 February", "28 September"), "28 September", "2024-10-02").value, "2024-09-28");
  // A story told in the publication year changes nothing.
  const recent = "The guard quit in March.\n\nShe had planned to leave on 20 February.";
  assert.equal(find(recent, "20 February", "2024-10-02").value, "2024-02-20");
});

test("with a publication date, only a close sequel takes the year of an earlier full date", () => {
  const text = "The defendant was arrested on May 2, 2024.\n\nThe sanctions take effect on 1 October.";
  assert.equal(find(text, "1 October", "2025-09-18").value, "2025-10-01");
});

test("month abbreviations count with a full stop or a number after them", () => {
  assert.equal(find("The breach began in Dec 2023 at the latest.", "Dec 2023").value, "2023-12");
  assert.equal(find("The riot took place on Jan 6 2021 in Washington.", "Jan 6 2021").value, "2021-01-06");
  assert.deepEqual(
    times("Rain may mar the jan parade.").map((t) => t.text),
    [],
  );
});

test("the end of a month is that month, not its last day", () => {
  assert.equal(find("The report came out at the end of May 2021.", "May 2021").value, "2021-05");
  assert.equal(find("The report came out at the end of March.", "March", "2024-06-12").value, "2024-03");
});

test("dates counted from the date told just before", () => {
  assert.equal(
    find("He was arrested on 9 September 2023 and charged the following day.", "the following day").value,
    "2023-09-10",
  );
  assert.equal(
    find("Police raided the flat on 3 May 2022. Two days later, he was charged.", "Two days later").value,
    "2022-05-05",
  );
  assert.equal(
    find("The trial opened in June 2021. The following year it collapsed.", "The following year").value,
    "2022",
  );
  assert.equal(find("He was held on 4 March 2020 and freed two weeks later.", "two weeks later").value, "2020-03");
  // With nothing dated before, or an event we cannot date, there is no value.
  assert.equal(find("He was charged the following day.", "the following day").value, null);
  assert.equal(find("On 2 May 2024 he spoke the day before the election.", "the day before").value, null);
});

test("last night and a year earlier", () => {
  assert.equal(find("Police were called to the house last night.", "last night", "2024-06-12").value, "2024-06-11");
  assert.equal(find("Police were called to the house last night.", "last night").value, null);
  assert.equal(
    find("The firm was founded in 2015. A year earlier, its founder had left the bank.", "A year earlier").value,
    "2014",
  );
});

test("a span after a named event counts from that event's date", () => {
  const text =
    "Viktor Hale was attacked outside his home in March 2019.\n\nA week after the Hale attack, the minister addressed parliament.";
  // March 2019 plus a week may be March or April: only the year is certain.
  assert.equal(find(text, "A week after").value, "2019");
  const inside = find(
    "She fell ill almost four months after the shooting of Pavel Orlov in March 2018.",
    "almost four months after",
  );
  assert.equal(inside.value, "2018-07");
  // An event that no dated sentence names gives no value.
  assert.equal(find("A week after the Hale attack, the minister spoke.", "A week after").value, null);
  // A place the anchor happened in is not its name: Leeds was dated, the arrest was not.
  const place =
    "A rally was held in Leeds on 3 May 2022.\n\nShe was bailed three days after being stopped by police in Leeds.";
  assert.equal(find(place, "three days after", "2022-06-01").value, null);
  const named = "Viktor Hale was attacked in Leeds in March 2019.\n\nA week after the Hale attack in Leeds, he spoke.";
  assert.equal(find(named, "A week after").value, "2019");
});

test("a length after 'for' is how long something lasted: 'after' opens a clause, nothing is counted", () => {
  const text = "The coach was suspended for a month after he insulted a referee in August.";
  assert.deepEqual(
    times(text, "2025-09-17").map((t) => [t.text, t.kind, t.value]),
    [
      ["a month", "duration", null],
      ["August", "relative", "2025-08"],
    ],
  );
  assert.equal(find("She resigned a month after the vote in August.", "a month after", "2025-11-17").value, "2025-09");
});

test("a month a plan is for lies on the nearer side of publication", () => {
  assert.equal(
    find("The council has more street repairs planned for December.", "December", "2025-11-20").value,
    "2025-12",
  );
  assert.equal(find("Roadworks planned for October were finished early.", "October", "2025-11-20").value, "2025-10");
});

test("a month after a verb in the present, its subject a name or a pronoun, lies on the nearer side of publication", () => {
  assert.equal(find("Vermont, which votes in early March, is next.", "early March", "2025-11-20").value, "2026-03");
  assert.equal(find("Ms. Quint travels in February to meet donors.", "February", "2025-11-20").value, "2026-02");
  // A noun in the plural is no verb: "her concerns in March" is the story's past.
  assert.equal(find("She aired her concerns in March at a meeting.", "March", "2025-11-20").value, "2025-03");
});

test("a day something is slated for lies ahead, unless it was slated for it in the past", () => {
  // 2025-09-17 is a Wednesday.
  assert.equal(find("She called off a rally slated for Friday in Leeds.", "Friday", "2025-09-17").value, "2025-09-19");
  assert.equal(find("The vote was slated for Monday but never held.", "Monday", "2025-09-17").value, "2025-09-15");
});

test("a day a clause is a short while before lies on the nearer side of publication", () => {
  // From Friday 19 September the Monday after is nearer; from Tuesday 16 September, the one before.
  for (const [published, monday] of [
    ["2025-09-19", "2025-09-22"],
    ["2025-09-16", "2025-09-15"],
  ])
    assert.equal(find("The mayor was tired, only days before the vote on Monday.", "Monday", published).value, monday);
});

test("'Today' written capital after a capitalised word ends a name, not a day", () => {
  assert.deepEqual(
    times("The mayor told USA Today and Russia Today that she would stay.", "2025-09-17").map((t) => t.text),
    [],
  );
  assert.equal(find("Today the mayor told the council she would stay.", "Today", "2025-09-17").value, "2025-09-17");
  assert.equal(
    find("The mayor told the council today that she would stay.", "today", "2025-09-17").value,
    "2025-09-17",
  );
});

test("a range whose start names only a month takes the year of its end", () => {
  const a = find("He downloaded files between March and June 2022 before flying out.", "between March and June 2022");
  assert.equal(a.value, "2022-03");
  assert.equal(a.endValue, "2022-06");
  const b = find("The scheme ran from November to February 2023.", "November to February 2023");
  assert.equal(b.value, "2022-11");
  assert.equal(b.endValue, "2023-02");
});

test("May's is the surname's possessive, not the month", () => {
  assert.deepEqual(
    times("He served in May's cabinet until 2019.", "2024-06-01").map((t) => t.text),
    ["2019"],
  );
});

test("a month followed by 'last year', 'next year' or 'this year' takes that year", () => {
  const P = "2024-11-11";
  assert.equal(find("She resigned in April last year.", "April last year", P).value, "2023-04");
  assert.equal(find("The hearing was set for October next year.", "October next year", P).value, "2025-10");
  assert.equal(find("In May this year the shop closed.", "May this year", P).value, "2024-05");
  // After a capitalised word, May is a surname: only "last year" is a date.
  assert.deepEqual(
    times("Theresa May last year spoke.", P).map((t) => t.text),
    ["last year"],
  );
});

test("what is awaited or due lies ahead; a past act of planning is not a future date", () => {
  const P = "2023-09-11";
  assert.equal(find("The driver was awaiting trial in November.", "November", P).value, "2023-11");
  assert.equal(find("The driver is due in court in November.", "November", P).value, "2023-11");
  assert.equal(find("The driver was held in November.", "November", P).value, "2022-11");
  assert.equal(find("The court heard she planned a break-in for Aug 21.", "Aug 21", P).value, "2023-08-21");
  // What is put off until a day is put off ahead; what lasted until a day is past.
  assert.equal(find("The hearing was adjourned until 14 November.", "14 November", P).value, "2023-11-14");
  assert.equal(find("He lived there until 14 November.", "14 November", P).value, "2022-11-14");
});

test("'the plan' is a proposal, not a time ahead; 'plans to' is", () => {
  const p = "2025-09-17"; // a Wednesday
  assert.equal(find("The minister described the plan as reckless on Tuesday.", "Tuesday", p).value, "2025-09-16");
  assert.equal(find("The union plans to strike on Tuesday.", "Tuesday", p).value, "2025-09-23");
  // A word naming what the plans are for does not make the noun a verb; an object after it does.
  const changed = "The group changed its advertising plans after Ann Roe's debate performance on Tuesday.";
  assert.equal(find(changed, "Tuesday", p).value, "2025-09-16");
  assert.equal(find("The Vexa union's strike plans were leaked on Tuesday.", "Tuesday", p).value, "2025-09-16");
  assert.equal(find("The Vexa union plans a strike on Tuesday.", "Tuesday", p).value, "2025-09-23");
});

test("a timetable in the present simple lies ahead", () => {
  const p = "2025-09-17";
  assert.equal(find("The inquiry begins in January.", "January", p).value, "2026-01");
  assert.equal(find("The consultation closes on Friday.", "Friday", p).value, "2025-09-19");
  assert.equal(find("The inquiry began in January.", "January", p).value, "2025-01");
});

test("a month after 'for' is the month an appointment is fixed for; 'for May' may be a person", () => {
  const p = "2025-09-17";
  assert.equal(find("Sentencing is scheduled for January.", "January", p).value, "2026-01");
  assert.deepEqual(
    times("Most members voted for May in the leadership contest.", p).map((t) => t.text),
    [],
  );
});

test("a long weekday name typed with two letters swapped or one dropped is still the day", () => {
  const p = "2025-09-17"; // a Wednesday
  assert.equal(find("The retailer said Thurdsay that sales rose.", "Thurdsay", p).value, "2025-09-11");
  assert.equal(find("The minister resigned last Wedensday.", "last Wedensday", p).value, "2025-09-10");
  assert.deepEqual(
    times("The ferry crossed the Sunda Strait.", p).map((t) => t.text),
    [],
  );
});

test("a participle after 'be' takes the tense of the verb before it", () => {
  const p = "2025-09-17"; // a Wednesday
  assert.equal(find("The results will be announced on Thursday.", "Thursday", p).value, "2025-09-18");
  assert.equal(find("The results were announced on Thursday.", "Thursday", p).value, "2025-09-11");
  // A modal with "have" tells of the past; alone, of the nearer side.
  assert.equal(find("Tom Vale might have left Port Ellis on Friday.", "Friday", p).value, "2025-09-12");
  assert.equal(find("Friday would have been his birthday.", "Friday", p).value, "2025-09-12");
  assert.equal(find("Tom Vale could leave Port Ellis on Friday.", "Friday", p).value, "2025-09-19");
});

test("a month tied to its part by a hyphen, and 'over the weekend'", () => {
  const p = "2025-09-17";
  assert.equal(find("The survey was published in mid-August.", "mid-August", p).value, "2025-08");
  assert.equal(find("The pier collapsed over the weekend.", "the weekend", p).value, "2025-09");
  assert.equal(find("The pier collapsed over the weekend.", "the weekend", "2025-09-02").value, "2025-08");
  assert.equal(find("The pier will reopen at the weekend.", "the weekend", "2025-09-02").value, "2025-09");
});

test("what takes effect or takes place on a day is ahead", () => {
  const p = "2025-09-17";
  assert.equal(find("The new rules take effect on 1 January.", "1 January", p).value, "2026-01-01");
  assert.equal(find("The vote takes place on Friday.", "Friday", p).value, "2025-09-19");
  assert.equal(find("The vote took place on Friday.", "Friday", p).value, "2025-09-12");
});

test("a range of bare months takes the year its end is given, also a relative one", () => {
  const r = find(
    "The money was moved between March and May last year.",
    "between March and May last year",
    "2025-09-17",
  );
  assert.equal(r.value, "2024-03");
  assert.equal(r.endValue, "2024-05");
});

test("a modal puts a date without a year on the side nearer publication", () => {
  // Ahead: the election is six weeks away, not ten months back.
  assert.equal(
    find("The result of the Oct. 4 referendum could reshape the council.", "Oct. 4", "2025-08-20").value,
    "2025-10-04",
  );
  assert.equal(find("The new chair would take over in February.", "February", "2025-11-12").value, "2026-02");
  // Behind: a plan told after its month has passed.
  assert.equal(find("He said in January that he would step down in March.", "March", "2025-05-02").value, "2025-03");
  // A past verb after the opening date keeps it in the past.
  assert.equal(find("In July, the club sacked its coach.", "July", "2025-03-05").value, "2024-07");
});

test("a date without a year in a clause with no tense lies on the nearer side of publication", () => {
  // Told in September: the coming March is nearer than the one past.
  assert.equal(
    find("The race runs through the Valdora caucus on March 1.", "March 1", "2025-09-17").value,
    "2026-03-01",
  );
  assert.equal(find("Most voters are set in their choice on Nov. 4.", "Nov. 4", "2025-09-17").value, "2025-11-04");
  // An irregular past after the date keeps it behind.
  assert.equal(
    find("The Valdora caucus on March 1 brought record crowds.", "March 1", "2025-09-17").value,
    "2025-03-01",
  );
});

test("an irregular past between a plan and its day tells the day is past; a condition is not", () => {
  // 2025-09-17 is a Wednesday.
  const rally = "Ann Roe spoke at a planned rally held at the Valdora stadium on Monday.";
  assert.equal(find(rally, "Monday", "2025-09-17").value, "2025-09-15");
  assert.equal(
    find("Voters expect a long night if he won the vote on Monday.", "Monday", "2025-09-17").value,
    "2025-09-22",
  );
});

test("'will' after a date, a hope, an expectation and a condition look ahead", () => {
  assert.equal(find("Thursday's vote will be the council's last.", "Thursday", "2025-06-09").value, "2025-06-12");
  assert.equal(find("Most fans expect the hosts to win Sunday's final.", "Sunday", "2025-06-11").value, "2025-06-15");
  assert.equal(
    find("The mayor is hoping Saturday's rally will lift her.", "Saturday", "2025-06-11").value,
    "2025-06-14",
  );
  assert.equal(find("She could take the seat if her party wins in May.", "May", "2025-03-01").value, "2025-05");
  assert.equal(find("If the bill were to pass in April, fees would fall.", "April", "2025-02-10").value, "2025-04");
});

test("a period after a dash is an aside counted from an event, not the end of a range", () => {
  const t = times(
    "In April 2019 - three months after the mayor took office - the council sold the depot.",
    "2024-01-10",
  );
  assert.deepEqual(
    t.filter((x) => x.value).map((x) => [x.text, x.value, x.kind]),
    [["April 2019", "2019-04", "date"]],
  );
  // The aside is not counted from an earlier sentence that names the mayor either.
  const story = times(
    "Ana Ruiz was elected mayor in March 2016. In April 2019 - three months after Ruiz took office - the council sold the depot.",
    "2024-01-10",
  );
  assert.deepEqual(
    story.filter((x) => x.value).map((x) => x.value),
    ["2016-03", "2019-04"],
  );
  assert.equal(find("The scheme ran from April 2019 - June 2020 only.", "April 2019").endValue, "2020-06");
  // An en or em dash written without spaces opens the aside too.
  const glued = times("She testified on May 3, 2014–two days after the vote.", "2024-01-10");
  assert.deepEqual(
    glued.filter((x) => x.value).map((x) => [x.text, x.value, x.kind]),
    [["May 3, 2014", "2014-05-03", "date"]],
  );
});

test("'-- the day' after a date names what falls on it, not the end of a range", () => {
  assert.deepEqual(dated("The potters will open their kilns on October 4 -- the day the fair begins.", "2025-09-17"), [
    ["October 4", "2025-10-04"],
  ]);
});

test("a signed or decimal figure right after a month in a table is no day", () => {
  const p = "2025-09-17";
  assert.deepEqual(dated("Bakery sales (pct) August +1.3 m / m", p), []);
  assert.deepEqual(dated("Tram fares (pct) July - 2.6 y / y", p), []);
  assert.deepEqual(dated("Idle looms (pct) August 12.4 pct", p), []);
  // A day after the month stays a day.
  assert.deepEqual(dated("The looms stopped on August 12.", p), [["August 12", "2025-08-12"]]);
  // A decimal figure after the day is no year: the day stands, in the year of publication.
  assert.deepEqual(dated("Harbour survey Aug 11 44.0 31.5 9.2", p), [["Aug 11", "2025-08-11"]]);
  // Two column headings side by side, "Sep 16 Sep 15", are no day with a year ('15).
  assert.deepEqual(dated("Ferry tickets sold\n\nSep 16 Sep 15\n\nNorth quay 1.204 1.187", p), []);
});

test("'N years ago this week' or 'a year ago today' is one date, that week or day N years back", () => {
  const p = "2025-09-17";
  assert.deepEqual(dated("The depot burned down ten years ago this week in a storm.", p), [
    ["ten years ago this week", "2015-09"],
  ]);
  assert.equal(find("The bridge opened a year ago today.", "a year ago today", p).value, "2024-09-17");
  assert.equal(find("The firm moved two months ago this week.", "two months ago this week", p).value, "2025-07");
  // "ago" alone keeps the precision the text gives.
  assert.equal(find("The depot burned down ten years ago.", "ten years ago", p).value, "2015");
});

test("a fortnight is two weeks, counted back with 'ago' or on with 'later'", () => {
  // Published on Wednesday 17 September 2025: two weeks back is Wednesday 3 September.
  assert.equal(find("The mill at Tarrow closed a fortnight ago.", "a fortnight ago", "2025-09-17").value, "2025-09");
  assert.equal(find("The mill at Tarrow closed a fortnight ago.", "a fortnight ago", "2025-09-10").value, "2025-08");
  assert.equal(
    find("The mill closed on 3 May 2024 and reopened a fortnight later.", "a fortnight later").value,
    "2024-05",
  );
});

test("a weekday closing a quoted title is part of the title", () => {
  assert.deepEqual(
    times("On the broadcast of \u201cCity Desk Sunday,\u201d the mayor spoke.", "2025-09-21").map((t) => t.text),
    [],
  );
  assert.equal(find('The mayor said on Sunday, "We will rebuild."', "Sunday", "2025-09-24").value, "2025-09-21");
});

test("'last Monday' is the Monday of last week; a weekend just gone is 'earlier this weekend'", () => {
  const p = "2025-09-17"; // a Wednesday
  assert.equal(find("The bridge was closed last Monday.", "last Monday", p).value, "2025-09-08");
  assert.equal(find("The bridge was closed last Friday.", "last Friday", p).value, "2025-09-12");
  assert.equal(find("The bridge was closed on Monday.", "Monday", p).value, "2025-09-15");
  const monday = "2025-09-22";
  assert.equal(
    find("The mayor praised the crews earlier this weekend.", "earlier this weekend", monday).value,
    "2025-09",
  );
  assert.equal(
    find("The mayor praised the crews earlier this weekend.", "earlier this weekend", "2025-09-01").value,
    "2025-08",
  );
  assert.equal(find("Two boys were rescued this weekend.", "this weekend", "2025-09-01").value, "2025-08");
  assert.equal(find("The festival will open this weekend.", "this weekend", "2025-09-01").value, "2025-09");
});

test("a period written with capitals is a title, not a date", () => {
  const p = "2025-09-22";
  assert.deepEqual(dated("The mayor said on ''This Week'' on Sunday that the bridge would reopen.", p), [
    ["Sunday", "2025-09-21"],
  ]);
  assert.equal(find("The mayor said this week that the bridge would reopen.", "this week", p).value, "2025-09");
});

test("two bare digits after a month are a count, not a year", () => {
  const p = "2025-09-17";
  assert.deepEqual(
    times("In March, 40 of the staff were sent home.", p).map((t) => [t.text, t.value]),
    [["March", "2025-03"]],
  );
  assert.equal(find("The plant closed in March, 2009.", "March, 2009", p).value, "2009-03");
});

test("two bare digits after a day and a comma are a count; the day stands without a year", () => {
  const p = "2025-09-17";
  assert.deepEqual(
    times("On March 11, 40 people marched through Harlow.", p).map((t) => [t.text, t.value]),
    [["March 11", "2025-03-11"]],
  );
  assert.equal(find("The depot closed on March 11, 2009.", "March 11, 2009", p).value, "2009-03-11");
});

test("what a clause is 'ahead of' takes the nearer reading; being ahead of schedule dates nothing ahead", () => {
  const P = "2025-09-17"; // a Wednesday
  assert.equal(find("The council met ahead of the vote on Saturday.", "Saturday", P).value, "2025-09-20");
  assert.equal(find("Talks went on in the run-up to the ballot on Friday.", "Friday", P).value, "2025-09-19");
  // Told on a Sunday, last Friday's summit is nearer than next Friday's.
  const summit = "Ahead of Friday's summit, the two leaders unveiled a plan.";
  assert.equal(find(summit, "Friday", "2025-09-21").value, "2025-09-19");
  assert.equal(find("The council will meet ahead of the vote on Monday.", "Monday", P).value, "2025-09-22");
  assert.equal(find("The council met on Saturday to agree the plan.", "Saturday", P).value, "2025-09-13");
  assert.equal(find("The bridge was finished ahead of schedule on Monday.", "Monday", P).value, "2025-09-15");
});

test("a month told after an earlier year in its sentence is that year's", () => {
  const P = "2016-08-10";
  assert.equal(find("In 2012, police arrested the driver in March.", "March", P).value, "2012-03");
  assert.equal(find("The mayor, speaking in 2012, said her son was arrested in March.", "March", P).value, "2012-03");
  assert.equal(find("The mayor said her son was arrested in March.", "March", P).value, "2016-03");
  assert.equal(find("In 2012 he moved to Leeds, and police will visit him in March.", "March", P).value, "2017-03");
});

test("a month after a year that dates a verb of its own is the reporting year's; a year opening the sentence frames it", () => {
  const P = "2016-08-10";
  const both = "The courier was deported in 2012 to Spain and admitted fraud in March.";
  assert.equal(find(both, "2012", P).value, "2012");
  assert.equal(find(both, "March", P).value, "2016-03");
  assert.equal(find("The courier was deported in 2012 and then sued the state in May.", "May", P).value, "2016-05");
  const stretch = "Gifts made from 2010 to 2013 were not declared until a reporter asked about them in April.";
  assert.equal(find(stretch, "April", P).value, "2016-04");
  // A year opening the sentence frames what follows, over "and" too.
  assert.equal(find("In 2012, police arrested the driver and charged him in March.", "March", P).value, "2012-03");
});

test("a day naming a happening, read far back in the year before, is the coming one or no year told", () => {
  // The clause's tense tells when it was spoken of, not when the named election falls.
  assert.equal(
    find("The nominee for the Nov. 8 election later said he was joking.", "Nov. 8", "2026-07-31").value,
    "2026-11-08",
  );
  // A day the reader is assumed to know, far from publication either way, dates nothing.
  const known = "Ann Roe praised the firefighters who served after the Sept. 11 attacks.";
  assert.equal(find(known, "Sept. 11", "2026-03-16").value, null);
  assert.equal(find("Ann Roe said the Nov. 8 election was rigged.", "Nov. 8", "2026-04-15").value, null);
  // Within months of publication, or with its year told elsewhere in the story, the day keeps it.
  assert.equal(find("The Dec. 2 attack in Port Ellis killed six.", "Dec. 2", "2026-01-10").value, "2025-12-02");
  assert.equal(find("The Feb. 13 death of Judge Ann Roe left a vacancy.", "Feb. 13", "2026-09-27").value, "2026-02-13");
  const told = "The Sept. 11, 2001, attacks changed Brayford. Ann Roe spoke of the Sept. 11 attacks.";
  assert.deepEqual(
    times(told, "2026-03-16").map((t) => t.value),
    ["2001-09-11", "2001-09-11"],
  );
  // Not a noun after it: "on Sept. 11 of last year" is told as the story's past.
  assert.equal(find("Ann Roe was arrested on Sept. 11 in Brayford.", "Sept. 11", "2026-03-16").value, "2025-09-11");
});

test("a day naming what a body looks into ('the Jan. 6 committee') dates nothing", () => {
  const p = "2026-03-04";
  assert.equal(find("The Jan. 6 committee subpoenaed Tom Vale on Monday.", "Jan. 6", p).value, null);
  assert.equal(find("Tom Vale told the Jan. 6 panel that he was innocent.", "Jan. 6", p).value, null);
  // The body's noun before another noun is no head: "the May 3 board meeting" is the meeting's day.
  assert.equal(find("The May 3 board meeting was cancelled.", "May 3", p).value, "2026-05-03");
  assert.equal(find("The board met on Jan. 6 in Brayford.", "Jan. 6", p).value, "2026-01-06");
});

test("a weekday followed by the week it falls in is one date: 'Tuesday last week', 'Monday next week'", () => {
  const p = "2025-09-17"; // a Wednesday
  assert.deepEqual(dated("The depot was searched on Tuesday last week.", p), [["Tuesday last week", "2025-09-09"]]);
  assert.deepEqual(dated("The panel meets on Monday next week.", p), [["Monday next week", "2025-09-22"]]);
  assert.deepEqual(dated("The mill shut on Friday evening last week.", p), [
    ["Friday evening last week", "2025-09-12"],
  ]);
  assert.deepEqual(dated("The mill reopened on Monday this week.", p), [["Monday this week", "2025-09-15"]]);
});

test("a date in a clause in the infinitive lies on the side nearer publication", () => {
  valued([
    // Told in April: the race ends in the coming June; the envoy is met in the coming September.
    ["The Lisk race is likely to wrap up in June.", "June", "2025-04-06", "2025-06"],
    [
      "Tom Vale vowed on Tuesday to remain in the race through the primary on June 7.",
      "June 7",
      "2025-04-28",
      "2025-06-07",
    ],
    ["Lisk officials agreed to meet the envoy in September.", "September", "2025-08-23", "2025-09"],
    // A verb ahead before it keeps the date ahead; an act tried, or the purpose of a past act, stays in the past.
    ["Ann Roe will have a chance to speak on Tuesday.", "Tuesday", "2025-09-18", "2025-09-23"],
    ["Ann Roe tried to speak in March.", "March", "2025-09-17", "2025-03"],
    ["The jury retired to consider its verdict on Friday.", "Friday", "2025-09-17", "2025-09-12"],
    ["Tom Vale went to work in November.", "November", "2025-09-17", "2024-11"],
  ]);
});

test("a regular past of four letters is a past, as the longer ones are", () => {
  valued([
    // Told on a Monday: the death and the suit were on the Friday and Thursday just gone, whatever the aside says.
    ["Ada Brisk, who will be honoured next month, died on Friday.", "Friday", "2020-02-10", "2020-02-07"],
    ["Olm Dairies, which plans a new plant, sued the port on Thursday.", "Thursday", "2020-02-10", "2020-02-06"],
    // "shed" and "need" are no pasts: the clause stays ahead.
    ["The Olm plant will shed staff on Friday.", "Friday", "2020-02-10", "2020-02-14"],
  ]);
});

test("a clause in the present progressive is told as of now, not as of an earlier verb of saying", () => {
  valued([
    // Told in May: the council is weighing a vote in the coming November, the rivals meet in the coming July.
    ["Ann Roe said the Lisk council is weighing a vote in November.", "November", "2025-05-12", "2025-11"],
    ["Tom Vale said the rivals are preparing for a debate in July.", "July", "2025-05-12", "2025-07"],
    // A passive, a condition and what is talked about keep the telling's past.
    ["Ann Roe said Tom Vale is accused of robbing a bank in November.", "November", "2025-05-12", "2024-11"],
    ["Tom Vale said Ann Roe is asking questions about the fire in November.", "November", "2025-05-12", "2024-11"],
  ]);
});

test("a day or a month before a count of years is one date in the year counted", () => {
  valued([
    // Counted from the date told before, or from publication for "ago".
    ["The Lisk mill shut in 2011. Its owner had sold it in April a year earlier.", "April", "2025-09-17", "2010-04"],
    ["Ann Roe joined the board in May 2016 and left in June two years later.", "June", "2025-09-17", "2018-06"],
    [
      "The ferry sank in 2014. On 9 March the previous year, it had failed a check.",
      "9 March",
      "2025-09-17",
      "2013-03-09",
    ],
    ["Tom Vale opened the bakery in October two years ago.", "October", "2025-09-17", "2023-10"],
    // "of" may join them.
    ["Tom Vale left Lisk in January of last year.", "January", "2025-09-17", "2024-01"],
  ]);
  // With nothing told before to count from, the month is not this year's.
  assert.deepEqual(dated("Tom Vale sold the bakery in April a year earlier.", "2025-09-17"), []);
});
