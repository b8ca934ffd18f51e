// Statements as objects: when, in which role, to whom, how and about whom each quote was said.
// Every sentence here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import fc from "fast-check";
import { ATTRIBUTION_REACH, nearAnchor, outerContents } from "../../src/extract/statements/index.js";
import type { Quote } from "../../src/core/schema.js";

const PUBLISHED = "2024-06-14"; // a Friday

function quotes(text: string): Quote[] {
  return extract(text, { published: PUBLISHED }).quotes;
}

function find(qs: Quote[], part: string): Quote {
  const q = qs.find((x) => x.text.includes(part));
  assert.ok(q, JSON.stringify(qs.map((x) => x.text)));
  return q;
}

function only(text: string): Quote {
  const q = quotes(text);
  assert.equal(q.length, 1, JSON.stringify(q.map((x) => x.text)));
  return q[0];
}

/** The offsets of each field point at the words they name. */
function holds(text: string, span: { start: number; end: number; text: string } | null | undefined): void {
  assert.ok(span);
  assert.equal(text.slice(span.start, span.end), span.text);
}

test("a weekday after the cue dates the speech act, not the quoted content", () => {
  const text = "The harbour board said on Tuesday that the ferry would resume in March 2025.";
  const q = only(text);
  assert.equal(q.saidAt?.value, "2024-06-11");
  assert.equal(q.saidAt?.text, "Tuesday");
  holds(text, q.saidAt);
});

test("a date opening the sentence dates the statement that follows it", () => {
  const text = "On Wednesday, the mayor of Eastport said the bridge was safe.";
  assert.equal(only(text).saidAt?.value, "2024-06-12");
});

test("a date opening the sentence is not the date of what someone called a thing inside it", () => {
  const text = 'In 2019, under what Tom Vale dubbed "a fair deal," the mill closed its doors.';
  assert.equal(only(text).saidAt, null);
  assert.equal(only('On Monday, Tom Vale dubbed the deal "a fraud."').saidAt?.value, "2024-06-10");
});

test("a participle opening the sentence gives its day to the verb of saying after its comma", () => {
  assert.equal(only('Visiting Lisk on Tuesday, Tom Vale quipped: "Nice town."').saidAt?.value, "2024-06-11");
  // Not a preposition in -ing, nor a date inside a clause of the opening phrase.
  assert.equal(only('Following the vote on Tuesday, Tom Vale quipped: "We lost."').saidAt, null);
  assert.equal(only('During the debate on Tuesday, Tom Vale quipped: "Nice town."').saidAt, null);
  assert.equal(only('Having left Lisk in May, Tom Vale quipped: "Nice town."').saidAt, null);
});

test("a date inside the quoted words is never the date it was said", () => {
  const text = 'Dana Holt said: "We met the contractor on 3 May 2023 and nothing came of it."';
  assert.equal(only(text).saidAt, null);
});

test("a letter dated on a day gives that day", () => {
  const text = "In a letter dated 6 October 2023, the regulator told the company that its licence was under review.";
  const q = only(text);
  assert.equal(q.saidAt?.value, "2023-10-06");
  assert.equal(q.channel, "letter");
});

test("told MPs: parliament, addressed to MPs", () => {
  const text = "The housing minister, Ruth Calder, told MPs that the scheme had cost more than planned.";
  const q = only(text);
  assert.equal(q.channel, "parliament");
  assert.equal(q.addressee?.text, "MPs");
  holds(text, q.addressee);
  holds(text, q.channelCue);
});

test("told the court: court, addressed to the court", () => {
  const q = only("A prosecutor told the court that the van had been rented under a false name.");
  assert.equal(q.channel, "court");
  assert.equal(q.addressee?.text, "the court");
});

test("a letter to someone is a letter addressed to them, even when they are MPs", () => {
  const text = "In a letter to the committee chair, Mr Osei said the figures had been checked twice.";
  const q = only(text);
  assert.equal(q.channel, "letter");
  assert.equal(q.addressee?.text, "the committee chair");
});

test("telling a news outlet is an interview", () => {
  const q = only('Ms Varga told The Northern Courier: "I have nothing to hide."');
  assert.equal(q.channel, "interview");
  assert.equal(q.addressee?.text, "The Northern Courier");
});

test("a spokesman's words are a statement; a post on social media is social media", () => {
  assert.equal(only("A spokesman for the airline said the delays were caused by a strike.").channel, "statement");
  assert.equal(only('The senator wrote on X: "This vote is a disgrace."').channel, "social media");
  assert.equal(only("The minister told reporters that the talks had failed.").channel, "press conference");
});

test("a channel word inside the quoted content names no channel", () => {
  const q = only('Ms Varga said: "The letter was forged by someone in the court office."');
  assert.equal(q.channel, "unknown");
  assert.equal(q.addressee, null);
});

test("with no cue to place it, the channel is unknown and nothing is invented", () => {
  const q = only("The council said the road would reopen.");
  assert.equal(q.channel, "unknown");
  assert.equal(q.addressee, null);
  assert.equal(q.saidAt, null);
});

test("the role written beside the speaker is the role of the statement", () => {
  for (const text of [
    "Peter Lindqvist, then transport minister, said that the line would be finished by 2030.",
    "Peter Lindqvist, the transport minister, said that the line would be finished by 2030.",
    "Transport minister Peter Lindqvist said that the line would be finished by 2030.",
  ]) {
    const q = only(text);
    assert.match(q.role?.text ?? "", /^(then |the )?transport minister$/i, text);
    holds(text, q.role);
  }
  // A second name set off by commas is no role.
  assert.equal(only("Peter Lindqvist, Anna Berg and others said the line was late.").role ?? null, null);
});

test("about lists the entities named inside the quote, not the speaker", () => {
  const text = 'Ruth Calder said: "Marcus Bell knew about the leak, and so did the Home Office."';
  const q = only(text);
  const names = (q.about ?? []).map((m) => m.text);
  assert.ok(names.includes("Marcus Bell"), names.join(", "));
  assert.ok(!names.includes("Ruth Calder"));
  for (const m of q.about ?? []) holds(text, m);
});

test("a quotation continuing a statement keeps when, how and to whom it was said", () => {
  const text = 'Ms Varga told MPs on Tuesday: "The budget is gone."\n\n"We will need another one."';
  const q = quotes(text);
  assert.equal(q.length, 2);
  for (const x of q) {
    assert.equal(x.channel, "parliament");
    assert.equal(x.saidAt?.value, "2024-06-11");
  }
});

test("a channel verb counts only for its own quote: the judges ruled, the agency announced", () => {
  const text = "Judges ruled on Tuesday as the agency announced it would appeal.";
  const q = quotes(text).find((x) => x.text.startsWith("it would appeal"));
  assert.ok(q, JSON.stringify(quotes(text).map((x) => x.text)));
  assert.equal(q.channel, "statement");
});

test("speaking on a programme of a news outlet is an interview", () => {
  const q = only('Mr Osei said on Radio Northfield: "We were never told."');
  assert.equal(q.channel, "interview");
});

test("a member of the body goes on with the body's letter in the next sentence", () => {
  const text =
    "In a letter to the mayor, the Harbour Trust admitted that the accounts were late.\n" +
    "Ann Moss, director of the Harbour Trust, explained that the auditor had resigned.";
  const q = quotes(text);
  assert.equal(q.length, 2, JSON.stringify(q.map((x) => x.text)));
  assert.equal(q[0].channel, "letter");
  assert.equal(q[0].addressee?.text, "the mayor");
  assert.equal(q[1].channel, "letter");
  assert.equal(q[1].addressee, null);
});

test("'At the time, X said …' is dated by the last date of the sentence before it", () => {
  const text =
    "The council reported a series of floods in March 2023.\n\nAt the time, the water board said the drains were almost certainly blocked.";
  const q = only(text);
  assert.equal(q.saidAt?.value, "2023-03");
  assert.equal(q.saidAt?.text, "March 2023");
  holds(text, q.saidAt);
  // "At the time of the vote" names its own moment, not the sentence before's.
  const own =
    "The council reported a series of floods in March 2023.\n\nAt the time of the vote, the water board said the drains were almost certainly blocked.";
  assert.equal(only(own).saidAt, null);
});

test("a date after a passive's agent dates the words, whoever the agent is: 'declared by the prime minister in 2015'", () => {
  const text = "The “golden age” of trade declared by the then prime minister in 2015 has since faded.";
  const q = quotes(text).find((x) => x.text.includes("golden age"));
  assert.ok(q, JSON.stringify(quotes(text).map((x) => x.text)));
  assert.equal(q.saidAt?.value, "2015");
  // A date inside a relative clause on the agent is not the passive's.
  const rel = "The “golden age” of trade declared by Ann Roe, who in 2015 was prime minister, has faded.";
  assert.equal(quotes(rel).find((x) => x.text.includes("golden age"))?.saidAt ?? null, null);
});

test("'described the escape to jurors': a verb of speech, its object, then a group after 'to' is the addressee", () => {
  const text = "He changed his plea after describing the escape to jurors, saying it showed how foolish the plan was.";
  const q = only(text);
  assert.equal(q.addressee?.text, "jurors");
  assert.equal(q.channel, "court");
  holds(text, q.addressee);
  // "to" before a verb, or a place the object names, is nobody.
  assert.equal(only("The firm announced a plan to cut 300 jobs, saying the market was weak.").addressee, null);
  assert.equal(only("The mayor criticised the move to a new site, saying it was too costly.").addressee, null);
});

test("a release, a hearing and 'a tribunal has heard' name their channels", () => {
  assert.equal(only("“We need new rules,” Ms Ann Roe stated in an April release.").channel, "statement");
  assert.equal(only("“We need new rules,” Ms Ann Roe said after her release from prison.").channel, "unknown");
  const hearing = only("Ann Roe said during an earlier hearing that the van had been stolen.");
  assert.equal(hearing.channel, "court");
  assert.equal(hearing.channelCue?.text, "earlier hearing");
  assert.equal(only("The builder may have cut corners on the bridge, a tribunal has heard.").channel, "court");
  assert.equal(only("“It is over,” Ann Roe said at a committee hearing.").channel, "parliament");
});

test("the next sentence goes on with a statement when a pronoun names the speaker, not a new full name", () => {
  const text =
    "Ms Lena Varga told MPs on Tuesday that the budget was gone.\n\n" +
    "Ms Lena Varga, who chaired the board for ten years, claimed the auditor had resigned.\n\n" +
    "She said the accounts were late.";
  const q = quotes(text);
  assert.equal(q.length, 3, JSON.stringify(q.map((x) => x.text)));
  assert.equal(q[0].channel, "parliament");
  assert.equal(q[1].channel, "unknown");
  assert.equal(q[1].addressee, null);
  assert.equal(q[1].saidAt, null);
  // Named by a pronoun, the third goes on with the second, which stated nothing.
  assert.equal(q[2].channel, "unknown");
  const on = quotes("Ms Lena Varga told MPs on Tuesday that the budget was gone.\n\nShe said the accounts were late.");
  assert.equal(on[1].channel, "parliament");
  assert.equal(on[1].addressee?.text, "MPs");
});

test("a quote reported inside another's content takes no channel from the outer attribution", () => {
  const text =
    "The court heard that Ann Roe later told a friend that she would pay it all back, and that “nobody will know”.";
  const q = quotes(text);
  const outer = q.find((x) => x.text.startsWith("Ann Roe later"));
  assert.ok(outer, JSON.stringify(q.map((x) => x.text)));
  assert.equal(outer.channel, "court");
  // "told a friend" is the inner words' attribution; "The court heard" is the outer one's.
  const inner = find(q, "nobody will know");
  assert.equal(inner.channel, "unknown");
  assert.equal(inner.addressee?.text, "a friend");
});

test("in text run together with no full stop, the attribution is read only near the cue (linear work per quote)", () => {
  assert.deepEqual(nearAnchor([0, 5000], 2500), [2500 - ATTRIBUTION_REACH, 2500 + ATTRIBUTION_REACH]);
  assert.deepEqual(nearAnchor([10, 40], 20), [10, 40]);
});

test("the quotation holding a cue is found as a scan of every quotation finds it, in log time", () => {
  const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 40 }), span, fc.nat(45), fc.boolean(), (list, anchor, pick, sorted) => {
      const contents = sorted ? [...list].sort((a, b) => a.start - b.start) : list;
      // The quote whose cue it is: often one of the contents themselves.
      const own = contents[pick] ?? anchor;
      const scan = contents.find(
        (c) => c.start <= anchor.start && c.end >= anchor.end && !(c.start === own.start && c.end === own.end),
      );
      assert.equal(outerContents(contents)(anchor, own), scan);
    }),
    { numRuns: 2000 },
  );
});
