// The trigger lexicon: the words that state each type of event, as token patterns over
// lower-cased tokens. A slot lists alternatives separated by "|"; "@verb" stands for every
// inflection of a regular verb (arrest → arrest, arrests, arrested, arresting); "…N" allows
// up to N tokens of any kind before the next slot (never across a sentence).
import type { EventType } from "../../core/schema.js";
import speechCues from "../../lexicon/speech-cues.json" with { type: "json" };
import { britishSpelling } from "../quotes/cues.js";
import misfortuneNouns from "../../lexicon/misfortune-nouns.json" with { type: "json" };
import { WEEKDAYS } from "../quotes/speaker-words.js";
import { PERIODS } from "../time/lexicon.js";

/** Who takes people into custody, as the subject or the agent of "caught" or "captured". */
const POLICE = "police|policemen|officers|detectives|troopers";

/** Vehicles (WordNet, in misfortune-nouns.json), singular and plural. */
const VEHICLES = misfortuneNouns.vehicles.flatMap((v) => [v, v + "s"]).join("|");

/** Verbs of a threat: what is threatened may or may not come. */
export const THREAT_VERBS: ReadonlySet<string> = new Set(inflect("threaten"));
/** Verbs of a vow, a pledge or a promise: what is vowed is meant to come. */
export const VOW_VERBS: ReadonlySet<string> = new Set(["vow", "pledge", "promise"].flatMap(inflect));
/**
 * Verbs of a threat or a pledge told in the past or the headline present ("vowed", a verb of the
 * speech-cue lexicon, is a telling on its day already: `speechActs`).
 */
const THREAT_OR_PLEDGE = [...THREAT_VERBS, ...VOW_VERBS]
  .filter((w) => /(ed|s)$/.test(w) && !w.startsWith("vow"))
  .join("|");
/** A weekday, or a stretch of the calendar named after "on", "last" or "this". */
export const DAY_OR_SPAN: ReadonlySet<string> = new Set([...WEEKDAYS, ...PERIODS]);

/** How often and how reliably a verb must have been a speech cue in PolNeAR train to state a telling. */
const MIN_CUES = 10;
const RELIABLE_RATE = 0.6;

export interface TriggerPattern {
  type: EventType;
  slots: string[];
  /** Which slots make the trigger span (default: all); the others are context. */
  head?: [number, number];
  /** The pattern's own status when it states one ("pleaded not guilty" is a denial). */
  status?: "denied" | "cancelled";
  /** A noun ("the attack") rather than a verb ("attacked"): its date may belong to another verb. */
  noun?: boolean;
  /** The trigger takes the alleged conduct as complement ("charged with …", "guilty of …"). */
  conduct?: boolean;
  /** "admitted" is a guilty plea only with an offence as object (checked in context). */
  plea?: boolean;
  /** A telling only in the active voice with what is told after it (checked in context). */
  active?: boolean;
  /** Harm only when done to someone: a person as its object ("shot a guard", not "shot a film"; checked in context). */
  victim?: boolean;
  /** A denial: the happening named inside its object is not what a date after that object dates. */
  denial?: boolean;
  /** Its gap holds only words that describe the noun before it: no verb, relative word or break (checked in context). */
  phrase?: boolean;
  /** Made public only when what is released is findings or words (a noun of communication; checked in context). */
  madePublic?: boolean;
  /** Harm only when its clause names a fighter or weapon, doing it or done to (checked in context). */
  armed?: boolean;
  /** Harm only when what is blown up is a thing or a person, not a rumour (checked in context). */
  wrecked?: boolean;
}

/** Every inflection of a regular English verb, with the usual spelling changes. */
export function inflect(base: string): string[] {
  const forms = new Set([base]);
  if (/(s|sh|ch|x|z)$/.test(base)) forms.add(base + "es");
  else if (/[^aeiou]y$/.test(base)) forms.add(base.slice(0, -1) + "ies");
  else forms.add(base + "s");
  if (base.endsWith("e")) {
    forms.add(base + "d");
    forms.add(base.slice(0, -1) + "ing");
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(base.slice(0, -1) + "ied");
    forms.add(base + "ing");
  } else if (/^[^aeiou]*[aeiou][bdgkmnpt]$/.test(base)) {
    // one-syllable verbs ending consonant-vowel-consonant double it: drop → dropped
    const doubled = base + base[base.length - 1];
    forms.add(doubled + "ed");
    forms.add(doubled + "ing");
  } else {
    forms.add(base + "ed");
    forms.add(base + "ing");
    // A longer verb stressed on its last syllable doubles it too (acquit → acquitted, commit →
    // committed); which ones is a matter of stress, so both spellings are listed.
    if (/(?:[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(base)) {
      forms.add(base + base[base.length - 1] + "ed");
      forms.add(base + base[base.length - 1] + "ing");
    }
  }
  return [...forms];
}

const P = (type: EventType, pattern: string, extra: Partial<TriggerPattern> = {}): TriggerPattern => ({
  type,
  slots: pattern.split(" "),
  ...extra,
});

/** The nouns of a court's decision that a later ruling or an appeal takes as its object. */
const DECISIONS =
  "conviction|convictions|sentence|sentences|ruling|rulings|verdict|verdicts|decision|judgment|judgement";
export const DECISION_NOUNS: ReadonlySet<string> = new Set(DECISIONS.split("|"));

export const TRIGGERS: TriggerPattern[] = [
  // arrest
  P("arrest", "@arrest"),
  P("arrest", "detained|detaining"),
  P("arrest", "@apprehend"),
  P("arrest", "taken into custody"),
  // Caught again after an escape: "was recaptured", "was re-arrested".
  P("arrest", "@recapture"),
  P("arrest", "re-arrested|rearrested"),
  // "was caught in 2021": caught, said of a person, in the passive.
  P("arrest", "was|were|been caught", { head: [1, 2] }),
  // "A burglar was captured by police on Tuesday", "Detectives caught the courier on Wednesday": taken by the
  // police (not "the town was captured by rebels", nor "police caught sight of him").
  P("arrest", `captured by ${POLICE}`, { head: [0, 1] }),
  P("arrest", `${POLICE} caught|captured`, { head: [1, 2] }),
  // charge
  // "The bookseller charged on Monday that the ministry had banned his stock": charging that
  // something is so accuses in words, a telling (not a charge laid). So is demanding that
  // something be done ("The union demanded on Friday that the mill reopen").
  P("statement", "charged|demanded that", { head: [0, 1] }),
  P("statement", `charged|demanded on|last|this ${[...DAY_OR_SPAN].join("|")} that`, { head: [0, 1] }),
  P("charge", "charged with", { head: [0, 1], conduct: true }),
  P("charge", "charged"),
  P("charge", "charges", { noun: true }),
  // "Prosecutors said on Monday they had filed charges against two men": bringing charges is
  // charging, a verb's step that an announcement in the perfect dates like "had charged".
  P("charge", "filed|brought|laid|pressed|lodged charges"),
  P("charge", "@indict"),
  P("charge", "indictment", { noun: true }),
  P("charge", "accused of", { conduct: true }),
  // verdict "not guilty" first: on a tie the earlier pattern wins over "found … guilty".
  P("verdict", "found|find|finds not guilty"),
  P("verdict", "found|find|finds …3 not guilty"),
  // conviction (a guilty plea is a conviction)
  P("conviction", "found|find|finds|finding guilty", { conduct: true }),
  P("conviction", "found|find|finds …3 guilty", { conduct: true }),
  P("conviction", "@plead|pled not guilty", { status: "denied", conduct: true }),
  P("conviction", "@plead|pled guilty", { conduct: true }),
  P("conviction", "guilty plea"),
  P("conviction", "@convict", { conduct: true }),
  P("conviction", "conviction", { noun: true }),
  P("conviction", "changed his|her|their plea"),
  P("conviction", "admitted|admits|admit|admitting", { plea: true, conduct: true }),
  // verdict (an acquittal or a ruling against a party)
  P("verdict", "@acquit"),
  P("verdict", "cleared of"),
  P("verdict", "ruled"),
  P("verdict", "ruling", { noun: true }),
  P("verdict", "verdict", { noun: true }),
  P("verdict", "lost|lose|loses …3 appeal|case|claim|challenge"),
  P("verdict", "@dismiss|@reject …3 appeal|case|claim|challenge"),
  // "The judge threw out the case on Monday", "His appeal was dismissed on Thursday", "The court on
  // Tuesday rejected a request to unseal the file": a court disposing of what was put to it rules.
  // A request or a motion is a court's to refuse only with the court named ("requests were
  // denied" by a ministry is no ruling).
  P("verdict", "threw|throw|throws|throwing|thrown out …3 appeal|case|claim|challenge|lawsuit|suit|injunction", {
    head: [0, 2],
  }),
  P("verdict", "appeal|appeals|case|lawsuit|lawsuits|suit was|were|been dismissed|rejected|quashed|thrown", {
    head: [0, 3],
  }),
  P(
    "verdict",
    "court|judge|justices|tribunal|magistrate|panel …3 @reject|@dismiss|@deny|@refuse …3 request|requests|motion|motions|petition|petitions|application|bid",
    { head: [2, 3] },
  ),
  // "The appeals court overturned his conviction on Monday", "upheld the sentence": a ruling on an
  // earlier decision is a verdict that day; the conviction or sentence it names was earlier and is
  // not dated by it (`denial`).
  // Only as done ("ready to overturn a decision" is no ruling yet).
  P("verdict", `overturned|overturning|quashed|quashing|upheld|upholding|vacated|vacating …3 ${DECISIONS}`, {
    head: [0, 1],
    denial: true,
  }),
  // "Tom Vale appealed the ruling on Monday", "appealed against his conviction": lodging an appeal
  // is a happening of its own (the guideline's "other"), and the decision it names is earlier.
  // Only as done: "will appeal the decision" is a plan, and "the appeals court ruling" a court's.
  P("other", `appealed|appealing …3 ${DECISIONS}`, { head: [0, 1], denial: true }),
  // "the judge issued an injunction blocking the law", "granted a temporary restraining order": a
  // court's order is its ruling (a party that "sought an injunction" only asked for one).
  P("verdict", "issued|issues|issuing|granted|grants|granting …3 injunction|injunctions"),
  P("verdict", "issued|issues|issuing|granted|grants|granting …3 restraining order|orders"),
  // sentence
  P("sentence", "@sentence"),
  // "jailed for six years"; the noun "jail" ("escaped from a jail") is a place, not a sentence.
  P("sentence", "jailed|jails|jailing"),
  P("sentence", "@imprison"),
  // "was ordered to serve two years", "ordered him to serve 18 months in custody": a term imposed
  // (not "ordered to serve in the army", nor "ordered to pay").
  P("sentence", "ordered …2 to serve …3 year|years|month|months|week|weeks|day|days|life", { head: [0, 4] }),
  // "The judge sent the former mayor to prison for four years": a court's sending someone to jail
  // is its sentence; the words between only name who was sent.
  P("sentence", "sent|send|sends|sending …8 to jail|prison|gaol", { phrase: true }),
  // court hearing
  P(
    "court_hearing",
    "@appear|appearance …6 court|courthouse|courtroom|tribunal|magistrates|magistrates'|magistrate|bailey|judge",
  ),
  // "the jury has retired to consider its verdicts": the last hearing before a verdict.
  P("court_hearing", "jury …2 retired|retires|retire|retiring"),
  P("court_hearing", "inquest|inquests", { noun: true }),
  P("court_hearing", "court appearance"),
  // "is due in court on Friday": an appointment with a court.
  P("court_hearing", "due in|at|before court|courthouse|magistrates|magistrates'"),
  P("court_hearing", "@arraign"),
  P("court_hearing", "hearing|hearings", { noun: true }),
  P("court_hearing", "court|tribunal|jury|inquiry …3 heard"),
  // "The appeal was heard on 4 June": a case heard is a hearing.
  P("court_hearing", "appeal|appeals|application|challenge …2 heard", { head: [2, 3] }),
  // "was remanded in custody", "brought before magistrates": what a court does at a hearing.
  P("court_hearing", "remanded|remands|remanding"),
  // Not "taken to a hospital": only a court.
  P("court_hearing", "brought|taken to|before court|magistrates"),
  P("court_hearing", "brought|taken to|before a|the court|magistrates|judge"),
  // "was refused bail on Saturday", "granted bail": bail is granted or refused at a hearing.
  P("court_hearing", "granted|refused|denied|granting|refusing|denying bail"),
  // "adjourned the case until 3 May": adjourning is done at a hearing and sets the next one.
  P("court_hearing", "@adjourn"),
  // Evidence given and words said to a court are a hearing's: "gave evidence on Tuesday",
  // "told jurors on Monday".
  P("court_hearing", "gave|give|gives|giving|given evidence"),
  P("court_hearing", "@testify|testified"),
  P("court_hearing", "told|tells|tell the court|jury|jurors|tribunal|inquest"),
  P("court_hearing", "told|tells|tell jurors"),
  // trial
  P("trial", "trial", { noun: true }),
  P("trial", "stand|face|faces|faced|facing trial"),
  // "The smuggler was tried and convicted in 2019", "were tried but acquitted": tried in the
  // passive, then the verdict or the sentence, is a trial (not "a remedy that was tried").
  P("trial", "was|were|been|being|be tried and|but @acquit|@convict|@sentence|@jail|given|found", { head: [1, 2] }),
  // "Jury selection began on Tuesday": the first day of a trial.
  P("trial", "jury selection"),
  // "is due to appear in court on 3 May to stand trial": an appearance for trial is the trial.
  P("trial", "@appear …8 to stand|face trial", { head: [0, 1] }),
  P("trial", "@appear …8 for trial", { head: [0, 1] }),
  // The parts of a trial: "during closing arguments on Tuesday".
  P("trial", "closing|opening arguments|statements|speeches"),
  // "after four days of testimony", "two weeks of evidence": days of argument before a court are a trial.
  P("trial", "days|weeks|months of testimony|argument|arguments|evidence", { noun: true }),
  // case dropped
  // One count as several: "dropped the battery charge", "the charge was dropped".
  P("case_dropped", "@drop …3 case|charge|charges|prosecution|proceedings"),
  P("case_dropped", "case|charge|charges|prosecution|proceedings …3 @drop"),
  // "prosecutors declined to prosecute him", "decided not to prosecute": the case goes no further.
  P("case_dropped", "declined|declines|declining|refused|refuses to prosecute"),
  P("case_dropped", "decided|decides|decision not to prosecute"),
  P("case_dropped", "no evidence would|will be offered"),
  P("case_dropped", "offer|offered|offers no evidence"),
  P("case_dropped", "@discontinue"),
  P("case_dropped", "case|prosecution|trial …3 collapsed"),
  // "proceedings were stopped", "the prosecution was halted": the case ends before a verdict.
  P("case_dropped", "proceedings …3 collapsed|stopped|halted|abandoned|discontinued"),
  P("case_dropped", "case|prosecution …3 stopped|halted|discontinued"),
  P("trial", "no longer face|faces|facing prosecution|trial|charges", { status: "cancelled" }),
  // "Charges against the ferry captain were dropped", "charges of reckless driving were
  // withdrawn": the charges, named with whom they were against or what they were of, then the
  // verb in the passive.
  P("case_dropped", "charge|charges|case|prosecution against|of …5 was|were|been|is|are dropped|withdrawn|abandoned"),
  // "the captain will not be prosecuted", "would not face charges", "will not prosecute him": the
  // decision not to bring a case, made when it is announced.
  P("case_dropped", "will|would not be prosecuted|charged"),
  P("case_dropped", "will|would not face prosecution|charges"),
  P("case_dropped", "will|would not prosecute"),
  // attack
  P("attack", "@attack"),
  // Violence against people: "gunmen massacred villagers", "a mass shooting at a school", "was
  // fatally shot in 2019", "shot and killed a guard". A death alone ("died in May") says nothing of
  // an attacker, and the noun "murder" is most often a charge's offence ("charged with murder"), so
  // neither is here.
  P("attack", "@massacre"),
  P("attack", "@assassinate"),
  P("attack", "murdered|murdering"),
  P("attack", "shooting|shootings|stabbing|stabbings", { noun: true }),
  P("attack", "shot|stabbed and killed|wounded"),
  P("attack", "fatally|gravely|critically|seriously shot|stabbed|wounded"),
  P("attack", "was|were|been shot|stabbed", { head: [1, 2] }),
  // "the officer who shot Tom Roe", "stabbed her twice", "shot two guards": a person shot or
  // stabbed. Not "shot a film", "shot a 68", "shot back", "a shot at the title".
  P("attack", "shot|stabbed", { victim: true }),
  P("attack", "gunned down"),
  // Force used on people or a place: "gunmen kidnapped two tourists", "was abducted from her school
  // on Monday", "were taken hostage", "assaulted a reporter", "the army shelled the camp on
  // Friday", "rebels ambushed a convoy", "airstrikes on the port", "opened fire on the crowd". Not
  // the noun "assault" ("an assault rifle", "a verbal assault"), nor "shelled out" (paid).
  P("attack", "kidnaps|kidnapped|kidnaped"),
  P("attack", "kidnapping|kidnappings|kidnaping", { noun: true }),
  P("attack", "abduct|abducts|abducted|abducting"),
  P("attack", "abduction|abductions", { noun: true }),
  P("attack", "taken|took|take|takes|taking hostage|hostages"),
  // "The hijack ended at dawn", "the coach was hijacked near the border", "gunmen hijacked a
  // tourist bus": seizing a vehicle and those aboard. Not "hijacked the debate".
  P("attack", "hijack|hijacking|hijackings", { noun: true }),
  P("attack", "was|were|been hijacked", { head: [1, 2] }),
  P("attack", `hijacked …3 ${VEHICLES}`, { head: [0, 1] }),
  P("attack", "assaulted|assaulting"),
  // Blows and holds done to a person: "a steward punched a marcher in the face", "was accused of
  // grabbing the reporter by the arm", "the singer was shoved off the stage". Only with a person
  // as object ("grabbed the microphone", "choked back tears" are none); not "slapped", "hit" or
  // "beat", which in news copy more often impose a fine, criticise or win a vote.
  P("attack", "punched|punching|shoved|shoving|grabbed|grabbing|groped|groping|choked|choking|elbowed|manhandled", {
    victim: true,
  }),
  P("attack", "was|were|been punched|shoved|groped|manhandled", { head: [1, 2] }),
  P("attack", "roughed|roughing up"),
  P("attack", "shelled"),
  // "Troops blasted the ridge with mortars on Thursday": fire from an armed force. Otherwise
  // "blasted" is the speech cue of criticism ("the mayor blasted the council"), a telling.
  P("attack", "blasted", { armed: true }),
  // "rebels blew up a pipeline at dawn", "a depot was blown up in March": a thing or a
  // person destroyed by a blast. Not "the row blew up" (no object), "blew up the photograph" is
  // rare enough, and "a rumour the press had blown up" names neither.
  P("attack", "blew|blow|blows|blowing up", { head: [0, 2], wrecked: true }),
  P("attack", "was|were|been|being blown up", { head: [1, 3], wrecked: true }),
  P("attack", "shelling", { noun: true }),
  P("attack", "ambushed|ambushing"),
  P("attack", "airstrike|airstrikes|air-strike|air-strikes", { noun: true }),
  P("attack", "air strike|strikes", { noun: true }),
  P("attack", "opened|open|opens|opening fire"),
  // A killing told by how it was done: "police shot dead six men", "shot two guards dead", "was
  // stabbed to death", "beat a farmer to death" (not "sentenced to death", nor "burned to death",
  // which is as often a fire's). Without a gap first: "was shot dead" is then one trigger, not two.
  P("attack", "shot dead"),
  P("attack", "shot …3 dead"),
  P("attack", "shot|stabbed|beaten|beat|bludgeoned|clubbed|strangled|hacked|kicked|stoned to death"),
  P("attack", "shot|stabbed|beaten|beat|bludgeoned|clubbed|strangled|hacked|kicked|stoned …3 to death"),
  // "Gunmen killed two guards", "was killed on Friday", "the killing of a shopkeeper": a death at
  // another's hand; `find.ts` leaves out a death told with a misfortune ("killed in a crash") and
  // the killing of a thing ("killed the bill").
  P("attack", "@kill"),
  P("attack", "killings", { noun: true }),
  P("attack", "the|a|this|that killing", { head: [1, 2], noun: true }),
  P("attack", "cyberattack|cyberattacks|cyber-attack|cyber-attacks"),
  P("attack", "@hack"),
  P("attack", "@breach"),
  P("attack", "@infiltrate"),
  P("attack", "infiltration", { noun: true }),
  P("attack", "@target"),
  P("attack", "@poison"),
  P("attack", "assassination", { noun: true }),
  P("attack", "set alight|fire"),
  P("attack", "arson", { noun: true }),
  P("attack", "@bomb"),
  P("attack", "bombing|bombings", { noun: true }),
  P("attack", "@invade"),
  P("attack", "invasion", { noun: true }),
  P("attack", "intrusion", { noun: true }),
  // "systems were compromised", "to compromise the network"; the noun ("the tax compromise") is a deal.
  P("attack", "compromised|compromising"),
  P("attack", "to compromise", { head: [1, 2] }),
  P("attack", "accessed|accessing"),
  P("attack", "to access", { head: [1, 2] }),
  P("attack", "gained|gain|gains|gaining access"),
  // sanction
  P("sanction", "@sanction"),
  P("sanction", "sanctions", { noun: true }),
  P("sanction", "restrictive measures"),
  P("sanction", "asset|assets freeze"),
  // "froze the assets of three banks", "blacklisted the firm": the measures themselves.
  P("sanction", "froze|freeze|freezes|freezing …3 assets|funds"),
  P("sanction", "@blacklist"),
  // investigation
  P("investigation", "@investigate"),
  P("investigation", "investigation|investigations|probe|inquiry", { noun: true }),
  P("investigation", "@search"),
  P("investigation", "@raid"),
  P("investigation", "questioned|interviewed by|under"),
  // "snared in an undercover sting": a police operation to catch an offender.
  P("investigation", "sting|stings", { noun: true }),
  P("investigation", "undercover operation|operations"),
  // statement
  P("statement", "said|says|say"),
  P("statement", "stated"),
  P("statement", "told"),
  P("statement", "@announce"),
  P("statement", "announcement", { noun: true }),
  P("statement", "statement", { noun: true }),
  P("statement", "letter|letters", { noun: true }),
  P("statement", "@warn"),
  P("statement", "@declare"),
  // "the remark angered voters", "a remark made on Tuesday": one remark is a telling as several are,
  // and so are several speeches, briefings or interviews ("gave three paid speeches in 2019").
  P(
    "statement",
    "remark|remarks|comments|speech|speeches|briefing|briefings|interview|interviews|apology|apologies|reply",
    { noun: true },
  ),
  // "at a news conference on Tuesday": a conference called to tell the press something.
  P("statement", "news|press conference|conferences", { noun: true }),
  P("statement", "@reply|@respond"),
  P("statement", "@insist"),
  // "denied involvement in the hack on Thursday": the denial is a telling, and the date at the
  // end of its clause is the denial's, not the hack's (see `denial`).
  P("statement", "@deny …2 involvement|responsibility|role|part|knowledge|wrongdoing", { head: [0, 1], denial: true }),
  P("statement", "@confirm"),
  P("statement", "@reveal"),
  // Not the base form: in news copy "the report" is a document.
  P("statement", "reported|reporting|reports"),
  P("statement", "wrote|@tweet"),
  // "posted on X on Monday that …": a message on a social network.
  P(
    "statement",
    "posted|posting on|to x|facebook|instagram|linkedin|telegram|twitter|tiktok|weibo|wechat|youtube|threads|bluesky|social",
    { head: [0, 1] },
  ),
  // A report or findings made public: "the findings, published on Thursday".
  P("statement", "published"),
  // "the latest poll, released Wednesday", "released its annual report on Monday", "the memo,
  // released Tuesday", "released video of the stop": findings or words made public (not "released
  // from custody" or "released the hostages"; checked in context).
  P("statement", "released|releases|releasing", { madePublic: true }),
  P("statement", "@claim"),
  P("statement", "@accuse"),
  P("statement", "@urge"),
  P("statement", "@offer to"),
  // "issued a statement", "is expected to issue guidance": the verb. The noun ("an emotional
  // issue in the state", "the issues at stake") names a subject of debate, never a telling.
  P("statement", "issued|issuing"),
  P("statement", "to|will|would|could|may|might issue", { head: [1, 2] }),
  // "raised its guidance last week", "cut its forecast": a company's or a forecaster's outlook
  // changes when it announces it.
  P(
    "statement",
    "raised|raises|lowered|lowers|cut|cuts|trimmed|trims|lifted|lifts|reaffirmed|withdrew|withdraws its|their …2 guidance|forecast|forecasts|outlook",
    { head: [0, 1] },
  ),
  P("statement", "alert|alerts", { noun: true }),
  // Speaking to an audience and calling for something are tellings: "spoke to reporters on
  // Friday", "called on Monday for a ban", "made the remarks at a rally", "unveiled a plan".
  P("statement", "spoke|speaking"),
  P("statement", "called|calls|calling for|on", { head: [0, 1] }),
  P("statement", "made|makes|make|making the|his|her|their|its|those|these comments|remarks", { head: [0, 1] }),
  // "called the plan \u201ca disgrace\u201d": calling something by words in quotation marks is telling.
  P("statement", 'called|calling …8 "|\u201c', { head: [0, 1] }),
  P("statement", "@unveil"),
  // "The envoy lashed out at the embargo on Monday", "hit out at the board": criticism in words.
  P("statement", "lashed|lashes|lashing|lash|hit|hits|hitting out at|against", { head: [0, 2] }),
  // The present of news headlines and live pages: "the governor tells a radio station on Friday".
  P("statement", "tells"),
  // "Tass quoted the ministry as saying on Monday …", "was quoted by a newspaper as saying": the
  // words reported as said are a telling.
  P("statement", "as saying", { head: [1, 2] }),
  P("statement", "@utter"),
  // "The gang threatened on Friday to burn the depot", "pledged last week to": a threat or a pledge
  // made on a day is a telling on that day; the step it names is not taken then.
  P("statement", `${THREAT_OR_PLEDGE} on|last|this ${[...DAY_OR_SPAN].join("|")} to`, { head: [0, 1] }),
  P("statement", `${THREAT_OR_PLEDGE} ${[...WEEKDAYS].join("|")} to`, { head: [0, 1] }),
  ...speechActs(),
];

/**
 * Telling as a happening: "defended the decision on Saturday", "criticised the plan last week".
 * The verbs come from the speech-cue lexicon learned from PolNeAR train (src/lexicon/
 * speech-cues.json): a lemma joins when annotators marked it as a cue at least MIN_CUES times and
 * in at least RELIABLE_RATE of its uses (below that, "showed" or "expected" report evidence or a
 * forecast as often as speech). Only the past forms ("defended", "told") state a telling that took
 * place; "points" or "remarks" are as often nouns. In the passive or with no object ("was
 * dismissed in 2022") such a verb mostly means something else. Patterns listed above keep their own types:
 * on a tie the earlier one wins ("questioned" stays questioning by the police).
 */
function speechActs(): TriggerPattern[] {
  const out: TriggerPattern[] = [];
  for (const [lemma, stats] of Object.entries(speechCues.lemmas)) {
    if (stats.cue < MIN_CUES || stats.rate < RELIABLE_RATE) continue;
    const us = stats.forms.filter((f) => f !== lemma && !/(s|ing|en)$/.test(f));
    // "criticised", "signalled": the British spelling of the same past.
    const past = [...new Set([...us, ...us.map(britishSpelling)])];
    if (past.length) out.push(P("statement", past.join("|"), { active: true }));
  }
  return out;
}

/** Word sets per slot, built once. */
export interface CompiledSlot {
  words: Set<string> | null; // null: a gap
  gap: number;
}
export interface CompiledTrigger {
  pattern: TriggerPattern;
  slots: CompiledSlot[];
}

export function compileTriggers(patterns: TriggerPattern[]): Map<string, CompiledTrigger[]> {
  const byFirst = new Map<string, CompiledTrigger[]>();
  for (const pattern of patterns) {
    const slots: CompiledSlot[] = pattern.slots.map((slot) => {
      if (slot.startsWith("…")) return { words: null, gap: Number(slot.slice(1)) || 3 };
      const words = new Set<string>();
      for (const alt of slot.split("|"))
        for (const f of alt.startsWith("@") ? inflect(alt.slice(1)) : [alt]) words.add(f);
      return { words, gap: 0 };
    });
    const compiled = { pattern, slots };
    for (const word of slots[0].words ?? []) {
      const list = byFirst.get(word) ?? [];
      list.push(compiled);
      byFirst.set(word, list);
    }
  }
  return byFirst;
}
