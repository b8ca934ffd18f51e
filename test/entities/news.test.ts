import { test } from "node:test";
import assert from "node:assert/strict";
import { SHARED_ACRONYMS } from "../../src/extract/entities/gazetteer.js";
import { byMention, entitiesOf, names } from "./helpers.js";

test("honorifics and titles are dropped from canonical names but kept in the titled mention", () => {
  const es = entitiesOf("The inquiry was opened by Commons Speaker Sir Hugo Pemberton on Tuesday.");
  const p = byMention(es, "Sir Hugo Pemberton");
  assert.ok(p, "titled mention found");
  assert.equal(p.type, "person");
  assert.equal(p.name, "Hugo Pemberton");
  assert.ok(p.mentions.some((m) => m.text === "Hugo Pemberton"));
  assert.equal(byMention(es, "Commons")?.type, "organization");
});

test("address titles like Sen. and Judge stay in the mention; the name is the person", () => {
  const es = entitiesOf("Sen. Dolores Whitcombe questioned the witness before Judge Raymond Okafor adjourned.");
  assert.equal(byMention(es, "Sen. Dolores Whitcombe")?.name, "Dolores Whitcombe");
  assert.equal(byMention(es, "Judge Raymond Okafor")?.name, "Raymond Okafor");
});

test("acronyms defined in brackets and well-known acronyms name the same body", () => {
  const es = entitiesOf(
    "The Maritime Safety Directorate (MSD) opened an inquiry. The MSD said the FBI had helped. An FBI agent agreed.",
  );
  const msd = byMention(es, "MSD");
  assert.ok(msd);
  assert.equal(msd, byMention(es, "Maritime Safety Directorate"));
  assert.equal(msd.type, "organization");
  const fbi = byMention(es, "FBI");
  assert.equal(fbi?.name, "Federal Bureau of Investigation");
  assert.equal(fbi?.mentions.length, 2);
});

test("an acronym two listed bodies share names neither until the text spells one out", () => {
  // AFP is listed for the Australian Federal Police and spells Agence France-Presse.
  assert.ok(SHARED_ACRONYMS.has("afp"));
  assert.ok(!SHARED_ACRONYMS.has("fbi"));
  const bare = entitiesOf("Ann Vale, a former judge, told AFP on Monday that the vote would be held.");
  assert.equal(byMention(bare, "AFP")?.name, "AFP");
  assert.equal(byMention(bare, "AFP")?.type, "organization");
  const agency = entitiesOf(
    "The vote was delayed, Agence France-Presse reported. AFP said it had corrected its story.",
  );
  assert.equal(byMention(agency, "AFP")?.name, "Agence France-Presse");
  assert.equal(byMention(agency, "France"), undefined); // inside the agency's name, no place
  const police = entitiesOf("The Australian Federal Police arrested two men. The AFP said both were held.");
  assert.equal(byMention(police, "AFP")?.name, "Australian Federal Police");
});

test("a possessive is not part of the name", () => {
  const es = entitiesOf("The CPS's decision was criticised by lawyers for the Home Office's own review team.");
  assert.equal(byMention(es, "CPS")?.name, "Crown Prosecution Service");
  assert.equal(byMention(es, "Home Office")?.type, "organization");
});

test("organisation designators make a body of an unknown capitalised run", () => {
  const es = entitiesOf(
    "Staff at Larkfield Valves Ltd were questioned by Northbridge Borough Council and the Tamsin Hale Foundation.",
  );
  assert.equal(byMention(es, "Larkfield Valves Ltd")?.type, "organization");
  assert.equal(byMention(es, "Northbridge Borough Council")?.type, "organization");
  assert.equal(byMention(es, "Tamsin Hale Foundation")?.type, "organization");
  assert.equal(byMention(es, "Tamsin Hale"), undefined, "no person inside a body's name");
});

test("a broadcaster's name ends in radio, television or TV", () => {
  const es = entitiesOf(
    "The footage was first shown by Marlow Radio on Sunday, and Cresby Television later aired an interview with Ann Vell.",
  );
  assert.equal(byMention(es, "Marlow Radio")?.type, "organization");
  assert.equal(byMention(es, "Cresby Television")?.type, "organization");
  assert.equal(byMention(es, "Ann Vell")?.type, "person");
});

test("bodies joined by 'and' are two; a name with 'and' or 'of' inside stays one", () => {
  const es = entitiesOf(
    "The Home Office and Downing Street declined to comment, as did the Department of Trade and Industry.",
  );
  assert.equal(byMention(es, "Home Office")?.type, "organization");
  assert.equal(byMention(es, "Downing Street")?.type, "organization");
  assert.equal(byMention(es, "Department of Trade and Industry")?.type, "organization");
});

test("a place ends a body's 'of' name: a person's name or another body's after 'and' is a second name", () => {
  const es = entitiesOf(
    "Research by the University of Leeds and Tom Harwell showed it. The Credit Union of Ohio and Dorvane Trust sued. " +
      "The Port Authority of New York and New Jersey agreed.",
  );
  assert.equal(byMention(es, "University of Leeds")?.type, "organization");
  assert.equal(byMention(es, "Tom Harwell")?.type, "person");
  assert.equal(byMention(es, "Credit Union of Ohio")?.type, "organization");
  assert.equal(byMention(es, "Dorvane Trust")?.type, "organization");
  assert.equal(byMention(es, "Port Authority of New York and New Jersey")?.type, "organization");
});

test("a country acting is a location; a capital is its own place; buildings stand for institutions", () => {
  const es = entitiesOf(
    "China rejected the claims. Officials in Beijing called them lies, while Moscow said nothing and the Kremlin stayed silent.",
  );
  const china = byMention(es, "China");
  assert.equal(china?.type, "location");
  // ANNOTATION.md: a city is its own location, also when it stands for its government.
  assert.equal(byMention(es, "Beijing")?.name, "Beijing");
  assert.equal(byMention(es, "Beijing")?.type, "location");
  assert.notEqual(byMention(es, "Beijing"), china);
  assert.equal(byMention(es, "Moscow")?.name, "Moscow");
  assert.equal(byMention(es, "Kremlin")?.type, "organization");
});

test("party adjectives name the party; demonyms and a bare 'the Government' name nothing", () => {
  const es = entitiesOf(
    "A Tory backbencher and a Labour peer said the Chinese embassy and the British Government had not replied.",
  );
  assert.equal(byMention(es, "Tory")?.name, "Conservative Party");
  assert.equal(byMention(es, "Labour")?.name, "Labour Party");
  assert.equal(byMention(es, "Chinese"), undefined);
  assert.equal(byMention(es, "British"), undefined);
  assert.equal(byMention(es, "Government"), undefined);
});

test("'X government' is a mention of X", () => {
  const es = entitiesOf("The Canadian ministers met the UK government's envoy in Ottawa.");
  assert.equal(byMention(es, "UK")?.name, "United Kingdom");
  assert.equal(byMention(es, "Ottawa")?.type, "location");
});

test("sentence-initial common words and laws are not names", () => {
  const es = entitiesOf(
    "Prosecutors said the Official Secrets Act applied. Speaking afterwards, Detectives said Monday's hearing was short.",
  );
  assert.deepEqual(names(es), []);
});

test("dotted country abbreviations and datelines in capitals are places", () => {
  const es = entitiesOf("LONDON (AP) — The U.K. and the U.S. signed the pact in Geneva.");
  assert.equal(byMention(es, "LONDON")?.type, "location");
  assert.equal(byMention(es, "U.K.")?.name, "United Kingdom");
  assert.equal(byMention(es, "U.S.")?.name, "United States");
  assert.equal(byMention(es, "AP")?.name, "Associated Press");
});

test("an unknown name after 'in' is a place; two capitalised words with a given name are a person", () => {
  const es = entitiesOf("Police raided a flat in Kessingford, where Marta Oyelaran had lived since 2019.");
  assert.equal(byMention(es, "Kessingford")?.type, "location");
  assert.equal(byMention(es, "Marta Oyelaran")?.type, "person");
});

test("post-nominals are not part of the name", () => {
  const es = entitiesOf("Representing the firm, Ottoline Brisk KC told the court the contract was void.");
  const p = byMention(es, "Ottoline Brisk");
  assert.equal(p?.name, "Ottoline Brisk");
  assert.ok(p?.mentions.some((m) => m.text === "Ottoline Brisk KC"));
});

test("mentions carry offsets into the text", () => {
  const text = "Inspector Gadwell met Mr Farrow. Later, Mr Farrow left Leeds.";
  for (const e of entitiesOf(text)) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test("context names a place: 'the town of X', 'MP for X'", () => {
  const es = entitiesOf(
    "She grew up in the coastal town of Porthbrae and later became the Labour MP for Ashdown Vale.",
  );
  assert.equal(byMention(es, "Porthbrae")?.type, "location");
  assert.equal(byMention(es, "Ashdown Vale")?.type, "location");
});

test("'MP for X' names a place even when X opens with a given name; a representative for X speaks for a person", () => {
  const es = entitiesOf(
    "Ruth Alder, the former Labour MP for Glen Morris, met the Labour member for Neville Heath. A representative for Tamsin Vell said no.",
  );
  assert.equal(byMention(es, "Glen Morris")?.type, "location");
  assert.equal(byMention(es, "Neville Heath")?.type, "location");
  assert.equal(byMention(es, "Tamsin Vell")?.type, "person");
});

test("a lone name after a possessive and a noun for a person is that person", () => {
  const es = entitiesOf(
    "Former officer Igor Malev and his daughter Zorya fell ill. Malev's wife Nadira called her lawyer Pelletier.",
  );
  assert.equal(byMention(es, "Zorya")?.type, "person");
  assert.equal(byMention(es, "Nadira")?.type, "person");
  assert.equal(byMention(es, "Pelletier")?.type, "person");
});

test("'the X administration' names a leader", () => {
  const es = entitiesOf("Critics said the Halvorsen administration had ignored the warnings.");
  assert.equal(byMention(es, "Halvorsen")?.type, "person");
});

test("East Asian names written family name first are people, even after 'in'", () => {
  const es = entitiesOf("The foreign secretary called in Zhou Tianming to protest.");
  assert.equal(byMention(es, "Zhou Tianming")?.type, "person");
});

test("'Duke of X' is a title, not a place", () => {
  const es = entitiesOf("The Duke of Harrowgate attended the dinner.");
  assert.equal(byMention(es, "Harrowgate"), undefined);
});

test("a plural acronym and a shorter name of a body join the body", () => {
  const es = entitiesOf(
    "The Lake District Ferry Offices were closed. Staff of the Ferry Offices, known as LDFOs, were moved.",
  );
  const body = byMention(es, "Lake District Ferry Offices");
  assert.equal(body?.type, "organization");
  assert.equal(byMention(es, "Ferry Offices"), body);
  assert.equal(byMention(es, "LDFOs"), body);
});

test("a group's number written with or without a space is one body", () => {
  const es = entitiesOf("Researchers blamed APT47 for the breach. APT 47 has targeted ministries before.");
  assert.equal(byMention(es, "APT47"), byMention(es, "APT 47"));
});

test("'Former' opening a body's name is not part of it", () => {
  const es = entitiesOf("Former Royal Logistic Corps officer Nia Brandt was named.");
  assert.equal(byMention(es, "Royal Logistic Corps")?.type, "organization");
});

test("a known name is read whole before a title inside it ('Premier League')", () => {
  const es = entitiesOf("Leeds United were promoted to the Premier League on Saturday.");
  assert.equal(byMention(es, "Premier League")?.type, "organization");
  assert.equal(byMention(es, "League"), undefined);
});

test("'shares in X' names a company, not a place; a stadium is a place", () => {
  const es = entitiesOf("Shares in Brackwell fell after the match at Corran Park Stadium was cancelled.");
  assert.notEqual(byMention(es, "Brackwell")?.type, "location");
  assert.equal(byMention(es, "Corran Park Stadium")?.type, "location");
});

test("a one-word short form joins the longer body it ends ('Treasury')", () => {
  const es = entitiesOf(
    "The Department of the Treasury imposed sanctions on Monday. The Treasury said more would follow.",
  );
  assert.equal(byMention(es, "Treasury"), byMention(es, "Department of the Treasury"));
});

test("name particles chain inside a name ('von der')", () => {
  const es = entitiesOf(
    "The plan was backed by Commissioner Katrin von der Mühlen. Von der Mühlen said talks would resume.",
  );
  assert.equal(byMention(es, "Katrin von der Mühlen")?.name, "Katrin von der Mühlen");
});

test("a first name opens a person even when a later word is a place", () => {
  const es = entitiesOf("The winner was scored by Jordan Chad in the second half.");
  assert.equal(byMention(es, "Jordan Chad")?.type, "person");
  assert.equal(byMention(es, "Chad"), undefined);
});

test("a place inside a longer name makes a body of the whole run", () => {
  const es = entitiesOf("Ticket sales for Tallinn Nordvik rose, according to the club.");
  assert.equal(byMention(es, "Tallinn Nordvik")?.type, "organization");
  assert.equal(byMention(es, "Tallinn"), undefined);
});

test("a US lawmaker's party and state in brackets name no body", () => {
  const es = entitiesOf("Rep. Dana Whitfield (D-Ore.) opposed the bill.");
  assert.equal(byMention(es, "D-Ore"), undefined);
  assert.equal(byMention(es, "Rep. Dana Whitfield")?.name, "Dana Whitfield");
});

test("a known name inside a hyphenated word is a mention ('China-based', 'Kremlin-backed')", () => {
  const text = "A Portugal-based firm and a Kremlin-backed channel were named.";
  const es = entitiesOf(text);
  const pt = byMention(es, "Portugal");
  assert.equal(pt?.type, "location");
  assert.equal(text.slice(pt!.mentions[0].start, pt!.mentions[0].end), "Portugal");
  assert.equal(byMention(es, "Kremlin")?.type, "organization");
});

test("a known name of several words glued to a prefix is read whole ('ex-British Army')", () => {
  const text = "The ex-British Army driver, 33, was remanded in custody.";
  const army = byMention(entitiesOf(text), "British Army");
  assert.equal(army?.type, "organization");
  assert.equal(text.slice(army!.mentions[0].start, army!.mentions[0].end), "British Army");
  assert.equal(byMention(entitiesOf(text), "Army"), undefined);
});

test("'parliament' in lower case is the institution; 'a parliament' is not", () => {
  assert.equal(
    byMention(entitiesOf("The minister told parliament the plan was sound."), "parliament")?.type,
    "organization",
  );
  assert.equal(byMention(entitiesOf("Every country needs a parliament that listens."), "parliament"), undefined);
});

test("a capitalised run after 'a' is a common noun, not a name", () => {
  const es = entitiesOf("He had served as a former Coast Watcher before joining the firm.");
  assert.equal(byMention(es, "Coast Watcher"), undefined);
});

test("unknown words with an institutional word among them are a body", () => {
  const es = entitiesOf("Members of a chat group called Quiet Harbour Central shared the files.");
  assert.equal(byMention(es, "Quiet Harbour Central")?.type, "organization");
});

test("a title-case headline yields no entities of its own; names it shares with the body stay", () => {
  const es = entitiesOf(
    "Spy Row Deepens As Minister Quits Over Leaked Files In Leeds\n\nThe minister, Harriet Vance, resigned after files were leaked in Leeds. Ms Vance denied wrongdoing.",
  );
  assert.deepEqual(names(es).sort(), ["Harriet Vance", "Leeds"]);
  const leeds = byMention(es, "Leeds");
  assert.equal(leeds?.mentions.length, 2, "the headline's Leeds joins the body's");
});

test("place words that are also surnames follow a first name ('Graham Hill' is a person, 'Stone Hill' a place)", () => {
  const es = entitiesOf("Graham Hill drove past Stone Hill and Carrow Field on his way to Elmbridge Hall.");
  assert.equal(byMention(es, "Graham Hill")?.type, "person");
  assert.equal(byMention(es, "Stone Hill")?.type, "location");
  assert.equal(byMention(es, "Carrow Field")?.type, "location");
  assert.equal(byMention(es, "Elmbridge Hall")?.type, "location");
});

test("model names with numbers are not people; studios and records are bodies", () => {
  const es = entitiesOf("The squadron flew the F-102 Delta Dagger. The album came out on Lantern Records.");
  assert.equal(byMention(es, "F-102 Delta Dagger"), undefined);
  assert.equal(byMention(es, "Lantern Records")?.type, "organization");
});

test("capitalised abstract nouns are not taken for a person's name", () => {
  const es = entitiesOf(
    "The case turned on Parliamentary Privilege, as discussed on Politics Tonight by Orla Quigley.",
  );
  assert.equal(byMention(es, "Parliamentary Privilege"), undefined);
  assert.equal(byMention(es, "Politics Tonight"), undefined);
  assert.equal(byMention(es, "Orla Quigley")?.type, "person");
});

test("a designator followed by 'for' or 'of' opens a body's name", () => {
  const es = entitiesOf("Funding went to the Baltic Centre for Maritime Studies and Investment last year.");
  assert.equal(byMention(es, "Baltic Centre for Maritime Studies and Investment")?.type, "organization");
});

test("capitalised words listed before a plural body word are bodies ('the Energy, Health and Transport departments')", () => {
  const es = entitiesOf(
    "Officials from the Energy, Health and Transport departments met. The Justice department declined.",
  );
  for (const w of ["Energy", "Health", "Transport", "Justice"]) assert.equal(byMention(es, w)?.type, "organization", w);
});

test("only the opening paragraph of a longer text is read as a headline", () => {
  const es = entitiesOf("Results: 1. Jesper Ronnqvist (Sweden) 25.76 2. Andrei Volkov (Russia) 24.88");
  assert.equal(byMention(es, "Jesper Ronnqvist")?.type, "person");
  assert.equal(byMention(es, "Sweden")?.type, "location");
});

test("a label before a first name is not part of the name", () => {
  const es = entitiesOf("Goalkeeper Stefan Marek saved twice.");
  assert.equal(byMention(es, "Stefan Marek")?.type, "person");
  assert.equal(byMention(es, "Goalkeeper Stefan Marek"), undefined);
});

test("after Mr, Ms or Dr, a surname that is also a place word (Park, Hill, Wood) is still a person", () => {
  const ents = entitiesOf("Mr Leo Park met Dr Helen Hill and Ms Ruth Wood in Leeds.");
  for (const name of ["Leo Park", "Helen Hill", "Ruth Wood"]) {
    const e = ents.find((x) => x.name === name);
    assert.ok(e, `no entity ${name}: ${ents.map((x) => x.name).join(", ")}`);
    assert.equal(e.type, "person");
  }
});

test("a function word in capitals is an abbreviation ('The US imposed'); common words shouted in capitals are no bodies", () => {
  const us = entitiesOf("The US imposed sanctions on Ruritania on Monday.");
  assert.equal(byMention(us, "US")?.name, "United States");
  const who = entitiesOf("The World Health Organization (WHO) met in May. The WHO said more tests were needed.");
  assert.equal(byMention(who, "WHO")?.name, "World Health Organization");
  assert.equal(byMention(who, "WHO")?.mentions.filter((m) => m.text === "WHO").length, 2);
  const shouted = entitiesOf(
    "Asked how the war would end, he replied: THEY LOSE, WE WIN. Crowds chanted NO MORE CUTS.",
  );
  assert.deepEqual(names(shouted), []);
});

test("plural titles ('Sens.', 'Reps.', 'Senators') introduce people and are no body", () => {
  const es = entitiesOf("The vote led Sens. Mara Quill (D-Mont.) and Owen Patel (R-La.) to call for an inquiry.");
  assert.deepEqual(names(es, "person").sort(), ["Mara Quill", "Owen Patel"]);
  assert.equal(byMention(es, "Mara Quill")?.type, "person");
  // The party's state after each is a place (states.test.ts); no body comes from the titles.
  assert.deepEqual(names(es, "location").sort(), ["Louisiana", "Montana"]);
  assert.deepEqual(names(es, "organization"), []);
});

test("a web page's call to action ('Follow Pam Key on Twitter') names the person, not 'Follow Pam Key'", () => {
  const es = entitiesOf("Dana Roe wrote this report. Follow Dana Roe on Twitter. Read Group shares fell on Monday.");
  assert.equal(byMention(es, "Dana Roe")?.type, "person");
  assert.ok(!names(es).some((n) => n.startsWith("Follow")), JSON.stringify(names(es)));
  assert.equal(byMention(es, "Read Group")?.type, "organization");
});

test("a show or song title in quotation marks is no person; a quoted sentence naming one still names them", () => {
  const es = entitiesOf(
    "Speaking on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the deal was off. “Mara Quill is innocent,” her lawyer said.",
  );
  assert.ok(!names(es).some((n) => n.includes("Morning")), JSON.stringify(names(es)));
  assert.equal(byMention(es, "Darrell Issa")?.type, "person");
  assert.equal(byMention(es, "Mara Quill")?.type, "person");
});

test("'Research' and 'Scientific' end company names", () => {
  const es = entitiesOf(
    "The poll by Anderson Robbins Research found a lead. He owns shares in Thermo Fisher Scientific.",
  );
  assert.equal(byMention(es, "Anderson Robbins Research")?.type, "organization");
  assert.equal(byMention(es, "Thermo Fisher Scientific")?.type, "organization");
});

test("an adjective written with a capital (a nation's, a faith's) is no person; a given name or a word of a full name stays one", () => {
  const es = entitiesOf(
    "The Costa Rican pilot landed at Harwick on Monday. Roman Catholic nuns greeted Tom Vane there. Tudor Ellis, the mayor, thanked them, and Tudor said the runway would reopen. Caroline said so too.",
  );
  assert.ok(!names(es, "person").includes("Costa Rican"), JSON.stringify(names(es)));
  assert.ok(!names(es, "person").includes("Roman Catholic"), JSON.stringify(names(es)));
  assert.equal(byMention(es, "Tom Vane")?.type, "person");
  assert.equal(byMention(es, "Tudor Ellis")?.type, "person");
  assert.equal(byMention(es, "Caroline")?.type, "person");
});

test("'Miss' before a common word or a place is a contest's title, no person; before a surname of the text, a person", () => {
  const es = entitiesOf(
    "Lena Dorn, crowned Miss Galaxy in May, met Ann Hope in Dover. Miss Hope said the Miss Iceland contest was next. Miss Dorn agreed.",
  );
  assert.ok(!names(es, "person").includes("Galaxy"), JSON.stringify(names(es)));
  assert.ok(!names(es, "person").includes("Iceland"), JSON.stringify(names(es)));
  assert.equal(byMention(es, "Miss Hope"), byMention(es, "Ann Hope"));
  assert.equal(byMention(es, "Miss Dorn"), byMention(es, "Lena Dorn"));
});

test("a capitalised word joined by a hyphen to a noun of a person opens a description, not the name", () => {
  const es = entitiesOf("The film starred Oscar-nominee Tam Dorvale and Emmy-winner Rell. Dorvale spoke in Dover.");
  assert.ok(!names(es).some((n) => n.includes("Oscar") || n.includes("Emmy")), JSON.stringify(names(es)));
  assert.equal(byMention(es, "Tam Dorvale")?.type, "person");
  assert.equal(byMention(es, "Dorvale"), byMention(es, "Tam Dorvale"));
});

test("a maker whose most frequent sense is a person names no body: 'the lawmaker Kessmer' is a person", () => {
  const es = entitiesOf("The lawmaker Kessmer voted against the bill. The chipmaker Vantel said profits fell.");
  assert.notEqual(byMention(es, "Kessmer")?.type, "organization");
  assert.equal(byMention(es, "Vantel")?.type, "organization");
});

test("a lone word a list of companies holds is the company, not a person, unless a fuller name holds it", () => {
  // src/lexicon/companies.json (from @cspell/dict-companies) lists "Walgreens" and "Icahn"; a
  // person's full name in the text holds "Icahn".
  const es = entitiesOf(
    "Ann Vale, Tom Dorn and Walgreens signed the letter. Walgreens said it would close stores. Dana Icahn spoke; Icahn left.",
  );
  assert.equal(byMention(es, "Walgreens")?.type, "organization");
  assert.deepEqual(names(es, "person").sort(), ["Ann Vale", "Dana Icahn", "Tom Dorn"]);
  assert.ok(byMention(es, "Icahn") === byMention(es, "Dana Icahn"));
});

test("a name of no known kind before a sports role is the club ('Harriers coach Jo Bell'), a nationality is not", () => {
  const es = entitiesOf(
    "Harriers coach Jo Bell said the side had improved, and Vellmouth striker Tom Dace agreed. A Uruguayan striker, Ivo Sand, scored.",
  );
  assert.deepEqual(names(es, "organization"), ["Harriers", "Vellmouth"]);
  assert.deepEqual(names(es, "person"), ["Jo Bell", "Tom Dace", "Ivo Sand"]);
});

test("a name a reader is told to call on a telephone number is a body ('contact Harbourline anonymously on 0800 …')", () => {
  const es = entitiesOf(
    "Anyone with information should call police on 101 or contact Harbourline anonymously on 0800 555 0111. Witnesses may also call Dana Rell on 0161 555 0199.",
  );
  assert.equal(byMention(es, "Harbourline")?.type, "organization");
  // A person's name keeps its reading.
  assert.equal(byMention(es, "Dana Rell")?.type, "person");
});

test("a name in brackets or between slashes closing a story's dateline is the wire service that sent it", () => {
  const es = entitiesOf(
    "HALIFAX, NOVA SCOTIA, Apr 2, 2011 (Vellwire via Harbour News Network) -- Tarn Mining Ltd. said output rose.",
  );
  assert.equal(byMention(es, "Vellwire")?.type, "organization");
  const slashes = entitiesOf("OTTAWA, May 4, 2012 /Tarnwire/ -- Kestrel Foods Inc. opened a plant.");
  assert.equal(byMention(slashes, "Tarnwire")?.type, "organization");
  // Written in capitals, as the rules read no name, the credit is still the body.
  const capitals = entitiesOf("DUNEDIN, June 5, 2013 (VELL WIRE) -- Harbour Foods said sales rose.");
  assert.equal(byMention(capitals, "VELL WIRE")?.type, "organization");
  // Brackets inside a sentence credit no one.
  assert.equal(byMention(entitiesOf("The firm (Dorvale) - said no."), "Dorvale"), undefined);
});

test("'a tearful Quenby told …': a surname after an article and an adjective, before a verb, is the person named before", () => {
  const text =
    "Mira Quenby, 52, was jailed for six years on Friday. A tearful Quenby told the court she was sorry, and a young Sea Cadet in the gallery wept.";
  const es = entitiesOf(text);
  const quenby = byMention(es, "Mira Quenby");
  assert.deepEqual(
    quenby?.mentions.map((m) => m.start),
    [0, text.indexOf("Quenby told")],
  );
  // A capitalised common noun after an article and an adjective stays no name.
  assert.equal(es.length, 1, names(es).join(", "));
});

test("a transcript's speaker label in capitals is the person of that name, not a body", () => {
  const text =
    "Ann Vallow sat down with the host on Monday.\n\nTOM REDDLE: Will the plant close?\n\nVALLOW: It will not.\n\nREDDLE: Not this year?\n\nUPDATE: The plant stays open.\n";
  const read = (surface: string) => {
    const e = byMention(entitiesOf(text), surface);
    return e && `${e.type} ${e.name}`;
  };
  assert.deepEqual(["VALLOW", "TOM REDDLE", "REDDLE", "UPDATE"].map(read), [
    "person Ann Vallow",
    "person Tom Reddle",
    "person Tom Reddle",
    undefined,
  ]);
});
