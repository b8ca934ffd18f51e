// Whether an event happened, is scheduled, was cancelled, is denied or only possible.
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, one, P } from "./helpers.js";

test("a scheduled event resolves forwards and is marked scheduled", () => {
  assert.deepEqual(one("They are due to face trial at the Old Bailey from October 6.", P), [
    "trial",
    "2025-10-06",
    "scheduled",
  ]);
  assert.deepEqual(one("The pair will appear in court on Friday.", P), ["court_hearing", "2025-09-19", "scheduled"]);
  assert.deepEqual(one("The group will be sentenced in May.", "2024-11-12"), ["sentence", "2025-05", "scheduled"]);
});

test("a date a plan was made for is the plan's, scheduled, not a happening on that day", () => {
  assert.deepEqual(one("The inmate plotted a fake breakout for 21 May, the court heard.", "2025-09-17"), [
    "other",
    "2025-05-21",
    "scheduled",
  ]);
  assert.deepEqual(one("The inmate planned a visit to the gym on 21 May.", "2025-09-17"), [
    "other",
    "2025-05-21",
    "happened",
  ]);
});

test("next week and later this month lie ahead even within the month of publication", () => {
  const said = [
    "The dock workers face a disciplinary hearing next week.",
    "The club's board meets later this month.",
    "The club's board met earlier this month.",
  ].map((text) => one(text, P));
  assert.deepEqual(said, [
    ["court_hearing", "2025-09", "scheduled"],
    ["other", "2025-09", "scheduled"],
    ["other", "2025-09", "happened"],
  ]);
});

test("an act said not to have happened is denied; an act of anybody at all is only possible", () => {
  const statuses = [
    "The depot's server was never hacked.",
    "Police did not investigate the break-in.",
    "Anybody who attacks the depot pays a price.",
    "Hackers attacked the depot's server.",
  ].map((text) => events(text).map((e) => [e.type, e.status]));
  assert.deepEqual(statuses, [
    [["attack", "denied"]],
    [["investigation", "denied"]],
    [["attack", "hypothetical"]],
    [["attack", "happened"]],
  ]);
});

test("cancelled events are not events that happened", () => {
  const noLonger = events("The two men will no longer face prosecution, the court heard.");
  assert.ok(noLonger.some((e) => e.type === "trial" && e.status === "cancelled"));
  assert.deepEqual(one("The trial was abandoned in June 2021."), ["trial", "2021-06", "cancelled"]);
  const overtaken = events("They had been due to face trial in the spring.");
  assert.ok(overtaken.some((e) => e.type === "trial" && e.status === "cancelled"));
  const dropped = events("The prosecutor said no evidence would be offered against either man.");
  assert.ok(dropped.some((e) => e.type === "case_dropped" && e.status === "happened"));
});

test("denied and hypothetical events are marked so", () => {
  const denied = events("Both men denied hacking the accounts.");
  assert.ok(denied.some((e) => e.type === "attack" && e.status === "denied"));
  const plea = events("He pleaded not guilty to all charges.");
  assert.ok(plea.some((e) => e.type === "conviction" && e.status === "denied"));
  const could = events("The suspects could face trial next year.", P);
  assert.ok(could.some((e) => e.type === "trial" && e.status === "hypothetical"));
  const ifConvicted = events("If convicted, she would be sentenced to life.");
  assert.ok(ifConvicted.some((e) => e.type === "sentence" && e.status === "hypothetical"));
});

test("would after a reporting verb is scheduled, on its own hypothetical", () => {
  assert.deepEqual(one("The minister said the inquiry would begin hearings in March 2026."), [
    "court_hearing",
    "2026-03",
    "scheduled",
  ]);
  const alone = events("The suspects would face trial if extradited.");
  assert.ok(alone.some((e) => e.type === "trial" && e.status === "hypothetical"));
});

test("a step ruled out for the future is cancelled", () => {
  assert.ok(events("The men will not face trial.").some((e) => e.type === "trial" && e.status === "cancelled"));
  assert.ok(events("She won't be charged, police said.").some((e) => e.type === "charge" && e.status === "cancelled"));
});

test("a date with no trigger is never denied or cancelled by the words before it", () => {
  assert.deepEqual(one("He was suspended the same week and dismissed in 2022."), ["other", "2022", "happened"]);
});

test("a step awaited lies ahead", () => {
  assert.deepEqual(one("The driver was awaiting trial in November.", P), ["trial", "2025-11", "scheduled"]);
});

test("a legal step declined or left untaken did not happen", () => {
  const declined = events("The regulator decided against recommending charges in July.", P);
  assert.ok(
    declined.some((e) => e.type === "charge" && e.status === "cancelled"),
    JSON.stringify(declined),
  );
  const released = events("No charges were filed against the driver.", P);
  assert.ok(
    released.some((e) => e.type === "charge" && e.status === "cancelled"),
    JSON.stringify(released),
  );
  const contracted = events("The agency isn\u2019t recommending an indictment.", P);
  assert.ok(
    contracted.some((e) => e.type === "charge" && e.status === "cancelled"),
    JSON.stringify(contracted),
  );
  const never = events("The trader was never charged.", P);
  assert.ok(
    never.some((e) => e.type === "charge" && e.status === "cancelled"),
    JSON.stringify(never),
  );
  // Only steps an authority takes: a hearing nobody attended still took place.
  assert.deepEqual(one("The mayor did not attend the hearing on Monday.", P), [
    "court_hearing",
    "2025-09-15",
    "happened",
  ]);
});

test("a step 'was set for' a day is a plan, also when told after that day", () => {
  assert.deepEqual(one("The hearing was set for January.", "2025-09-17"), ["court_hearing", "2025-01", "scheduled"]);
  assert.deepEqual(one("Her trial is scheduled for March.", "2025-09-17"), ["trial", "2026-03", "scheduled"]);
  assert.deepEqual(one("The hearing was held in January.", "2025-09-17"), ["court_hearing", "2025-01", "happened"]);
});

test("'is to' or 'are to' and a verb tell an arrangement, scheduled on any day", () => {
  // P is a Wednesday: the meeting arranged for it is scheduled, not a happening of the day.
  assert.deepEqual(one("Trade ministers are to meet in Port Ellis on Wednesday to discuss the tariffs.", P), [
    "other",
    "2025-09-17",
    "scheduled",
  ]);
  assert.deepEqual(one("Trade ministers met in Port Ellis on Wednesday to discuss the tariffs.", P), [
    "other",
    "2025-09-17",
    "happened",
  ]);
});

test("a decision appealed against was given; 'against' rules out only a step not chosen", () => {
  const statuses = (text: string, type: string) =>
    events(text, P)
      .filter((e) => e.type === type)
      .map((e) => e.status);
  assert.deepEqual(statuses("Ann Roe is expected to appeal against the sentence.", "sentence"), ["happened"]);
  assert.deepEqual(statuses("Tom Vale will appeal his conviction.", "conviction"), ["happened"]);
  assert.deepEqual(statuses("The mill owner mounted a defence against fraud charges.", "charge"), ["happened"]);
  // A choice not to take the step, and an appeals court's own ruling ahead, stay as they were.
  assert.deepEqual(statuses("The board decided against recommending charges.", "charge"), ["cancelled"]);
  assert.deepEqual(one("An appeals court ruling is expected on Friday.", P), ["verdict", "2025-09-19", "scheduled"]);
});

test("'no' before a noun that takes the step as its complement does not rule the step out", () => {
  const statuses = (text: string) => events(text, P).map((e) => [e.type, e.status]);
  assert.deepEqual(statuses("Police gave no reason for the arrest."), [["arrest", "happened"]]);
  assert.deepEqual(statuses("No arrests were made."), [["arrest", "cancelled"]]);
});

test("a step threatened may come, one vowed or pledged is meant to; neither was taken", () => {
  const status = (text: string) => events(text, P).map((e) => [e.type, e.status]);
  assert.deepEqual(status("The smugglers threatened on Tuesday to bomb the ferry."), [
    ["statement", "happened"],
    ["attack", "hypothetical"],
  ]);
  assert.deepEqual(status("Dock guards feared a threatened bombing of the grain silos."), [["attack", "hypothetical"]]);
  assert.deepEqual(status("The governor vowed to arrest every looter in the valley."), [["arrest", "scheduled"]]);
  assert.deepEqual(status("The smugglers killed a ferry guard and threatened the harbour."), [["attack", "happened"]]);
  assert.deepEqual(status("The clerk opened a threatening letter on Monday."), [["statement", "happened"]]);
});
