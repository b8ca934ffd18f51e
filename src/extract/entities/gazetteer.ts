// Names that carry their type with them: countries and their short forms, major cities and
// regions, and well-known bodies with their acronyms and official full names. A line is
// "Canonical name|type code|alias;alias;…" (type code p, o or l). An alias in capitals only
// matches text in capitals ("US" but not "us"); other aliases match case-insensitively.
import type { EntityType } from "../../core/schema.js";

export interface GazetteerEntry {
  name: string;
  type: EntityType;
}

const COUNTRIES = `
Afghanistan|l|
Albania|l|
Algeria|l|
Angola|l|
Argentina|l|
Armenia|l|Yerevan
Australia|l|
Austria|l|
Azerbaijan|l|
Bahrain|l|
Bangladesh|l|
Belarus|l|Minsk
Belgium|l|
Bolivia|l|
Bosnia and Herzegovina|l|Bosnia
Brazil|l|
Bulgaria|l|
Burkina Faso|l|
Cambodia|l|
Cameroon|l|
Canada|l|
Chad|l|
Chile|l|
China|l|People's Republic of China;PRC;Beijing;mainland China
Colombia|l|
Croatia|l|
Cuba|l|
Cyprus|l|
Czech Republic|l|Czechia
Democratic Republic of the Congo|l|DRC;DR Congo
Denmark|l|
Ecuador|l|
Egypt|l|
Estonia|l|
Ethiopia|l|
Finland|l|
France|l|
Georgia|l|
Germany|l|
Ghana|l|
Greece|l|
Hungary|l|
Iceland|l|
India|l|
Indonesia|l|
Iran|l|
Iraq|l|
Ireland|l|Republic of Ireland
Israel|l|
Italy|l|
Ivory Coast|l|Côte d'Ivoire
Jamaica|l|
Japan|l|
Jordan|l|
Kazakhstan|l|
Kenya|l|
Kosovo|l|
Kuwait|l|
Kyrgyzstan|l|
Latvia|l|
Lebanon|l|
Libya|l|
Lithuania|l|
Luxembourg|l|
Malaysia|l|
Mali|l|
Malta|l|
Mexico|l|
Moldova|l|
Mongolia|l|
Montenegro|l|
Morocco|l|
Mozambique|l|
Myanmar|l|Burma
Nepal|l|
Netherlands|l|Holland;the Netherlands
New Zealand|l|
Niger|l|
Nigeria|l|
North Korea|l|Pyongyang;DPRK
North Macedonia|l|Macedonia
Norway|l|
Oman|l|
Pakistan|l|
Palestine|l|
Panama|l|
Peru|l|
Philippines|l|the Philippines
Poland|l|
Portugal|l|
Qatar|l|
Romania|l|
Russia|l|Russian Federation;Moscow
Rwanda|l|
Saudi Arabia|l|
Senegal|l|
Serbia|l|
Singapore|l|
Slovakia|l|
Slovenia|l|
Somalia|l|
South Africa|l|
South Korea|l|Republic of Korea;Seoul
South Sudan|l|
Spain|l|
Sri Lanka|l|
Sudan|l|
Sweden|l|
Switzerland|l|
Syria|l|
Taiwan|l|Taipei
Tajikistan|l|
Tanzania|l|
Thailand|l|
Togo|l|
Tunisia|l|
Turkey|l|Türkiye
Turkmenistan|l|
Uganda|l|
Ukraine|l|Kyiv;Kiev
United Arab Emirates|l|UAE
United Kingdom|l|UK;U.K.;Britain;Great Britain
United States|l|US;U.S.;USA;U.S.A.;America;United States of America
Uruguay|l|
Uzbekistan|l|
Venezuela|l|
Vietnam|l|Viet Nam;Hanoi
Yemen|l|
Zambia|l|
Zimbabwe|l|
`;

const PLACES = `
England|l|
Scotland|l|
Wales|l|
Northern Ireland|l|
Europe|l|
Asia|l|
Africa|l|
North America|l|
South America|l|
Latin America|l|
Middle East|l|
Eastern Europe|l|
Western Europe|l|
Central Asia|l|
South East Asia|l|Southeast Asia
Indo-Pacific|l|
Arctic|l|
Antarctica|l|
Balkans|l|the Balkans
Caribbean|l|
Crimea|l|
Donbas|l|Donbass
Gaza|l|Gaza Strip
West Bank|l|
Hong Kong|l|
Macau|l|Macao
Tibet|l|
Xinjiang|l|
Kashmir|l|
Eastern Bloc|l|
London|l|
Manchester|l|
Birmingham|l|
Liverpool|l|
Leeds|l|
Glasgow|l|
Edinburgh|l|
Cardiff|l|
Belfast|l|
Bristol|l|
Salisbury|l|
Oxford|l|
Cambridge|l|
Dublin|l|
Paris|l|
Berlin|l|
Brussels|l|
Geneva|l|
Vienna|l|
Rome|l|
Madrid|l|
Lisbon|l|
Amsterdam|l|
The Hague|l|
Stockholm|l|
Oslo|l|
Copenhagen|l|
Helsinki|l|
Tallinn|l|
Riga|l|
Vilnius|l|
Warsaw|l|
Prague|l|
Budapest|l|
Athens|l|
Istanbul|l|
Ankara|l|
Tehran|l|
Baghdad|l|
Damascus|l|
Beirut|l|
Jerusalem|l|
Tel Aviv|l|
Cairo|l|
Riyadh|l|
Dubai|l|
Abu Dhabi|l|
Doha|l|
Kabul|l|
Islamabad|l|
New Delhi|l|Delhi
Mumbai|l|
Shanghai|l|
Wuhan|l|
Shenzhen|l|
Guangzhou|l|
Tokyo|l|
Osaka|l|
Bangkok|l|
Jakarta|l|
Manila|l|
Kuala Lumpur|l|
Sydney|l|
Melbourne|l|
Brisbane|l|
Perth|l|
Adelaide|l|
Canberra|l|
Auckland|l|
Wellington|l|
Toronto|l|
Montreal|l|
Vancouver|l|
Ottawa|l|
New York City|l|NYC;New York City
Los Angeles|l|LA
San Francisco|l|
Chicago|l|
Boston|l|
Houston|l|
Miami|l|
Seattle|l|
Atlanta|l|
Dallas|l|
Philadelphia|l|
Brooklyn|l|
Manhattan|l|
Long Island|l|
Washington, D.C.|l|Washington DC;Washington D.C.;Washington
Silicon Valley|l|
Capitol Hill|l|
Mexico City|l|
Nairobi|l|
Lagos|l|
Johannesburg|l|
Cape Town|l|
Alabama|l|
Alaska|l|
Arizona|l|
Arkansas|l|
California|l|
Colorado|l|
Connecticut|l|
Delaware|l|
Florida|l|
Hawaii|l|
Idaho|l|
Illinois|l|
Indiana|l|
Iowa|l|
Kansas|l|
Kentucky|l|
Louisiana|l|
Maine|l|
Maryland|l|
Massachusetts|l|
Michigan|l|
Minnesota|l|
Mississippi|l|
Missouri|l|
Montana|l|
Nebraska|l|
Nevada|l|
New Hampshire|l|
New Jersey|l|
New Mexico|l|
New York|l|New York State
North Carolina|l|
North Dakota|l|
Ohio|l|
Oklahoma|l|
Oregon|l|
Pennsylvania|l|
Rhode Island|l|
South Carolina|l|
South Dakota|l|
Tennessee|l|
Texas|l|
Utah|l|
Vermont|l|
Virginia|l|
West Virginia|l|
Wisconsin|l|
Wyoming|l|
Queensland|l|
New South Wales|l|
Tasmania|l|
Ontario|l|
Quebec|l|
British Columbia|l|
Alberta|l|
Yorkshire|l|
Kent|l|
Essex|l|
Surrey|l|
Wiltshire|l|
Cornwall|l|
Norfolk|l|
Westminster|l|
Whitehall|l|
`;

const BODIES = `
Crown Prosecution Service|o|CPS
Police Scotland|o|
Police Service of Northern Ireland|o|PSNI
Metropolitan Police Service|o|Metropolitan Police;Met Police;Met;Scotland Yard
Security Service|o|MI5;Security Services
Secret Intelligence Service|o|MI6;SIS
Government Communications Headquarters|o|GCHQ
National Cyber Security Centre|o|NCSC
National Crime Agency|o|NCA
Serious Fraud Office|o|SFO
Home Office|o|
Foreign, Commonwealth and Development Office|o|Foreign Office;FCDO;Commonwealth and Development Office
Ministry of Defence|o|MoD;MOD
HM Treasury|o|
Treasury|o|
Cabinet Office|o|
Downing Street|o|No10;No 10;Number 10;No. 10
Parliament of the United Kingdom|o|Parliament;Westminster Parliament
House of Commons|o|Commons
House of Lords|o|Lords
High Court of Justice|o|High Court
Supreme Court of the United Kingdom|o|UK Supreme Court
Central Criminal Court|o|Old Bailey
Court of Appeal|o|
Investigatory Powers Tribunal|o|IPT
Electoral Commission|o|
Border Force|o|UK Border Force
British Army|o|
Royal Navy|o|
Royal Air Force|o|RAF
Special Air Service|o|SAS
Royal Corps of Signals|o|Royal Signals
Conservative Party|o|Conservatives;Tory;Tories;Conservative;Conservative party
Labour Party|o|Labour
Liberal Democrats|o|Lib Dems;Lib Dem;Liberal Democrat
Scottish National Party|o|SNP
Reform UK|o|
Green Party|o|
Plaid Cymru|o|
Democratic Unionist Party|o|DUP
Sinn Féin|o|Sinn Fein
BBC|o|British Broadcasting Corporation
ITV|o|
Sky News|o|
Channel 4|o|
The Telegraph|o|Telegraph;Daily Telegraph;The Daily Telegraph
The Guardian|o|Guardian
The Times|o|
The Sunday Times|o|Sunday Times
Financial Times|o|FT
The Economist|o|Economist
Daily Mail|o|Mail
Daily Mirror|o|Mirror
The Independent|o|
Reuters|o|
Associated Press|o|AP
Agence France-Presse|o|AFP news agency
Bloomberg|o|
The New York Times|o|New York Times;NYT
The Washington Post|o|Washington Post;WaPo
The Wall Street Journal|o|Wall Street Journal;WSJ
CNN|o|
Fox News|o|
NBC News|o|NBC
CBS News|o|CBS
ABC News|o|
Politico|o|
Federal Bureau of Investigation|o|FBI
Central Intelligence Agency|o|CIA
National Security Agency|o|NSA
Cybersecurity and Infrastructure Security Agency|o|CISA
Department of Homeland Security|o|DHS;Homeland Security
United States Department of Justice|o|Department of Justice;Justice Department;DOJ;US Department of Justice;U.S. Department of Justice
United States Department of the Treasury|o|Department of the Treasury;Treasury Department;US Treasury;U.S. Treasury
United States Department of State|o|State Department;US State Department;U.S. State Department
United States Department of Defense|o|Pentagon;Department of Defense;Defense Department
United States Department of Commerce|o|Commerce Department;Department of Commerce
Office of Foreign Assets Control|o|OFAC
Federal Communications Commission|o|FCC
Securities and Exchange Commission|o|SEC
Federal Reserve|o|Fed
White House|o|
United States Congress|o|Congress;US Congress;U.S. Congress
United States Senate|o|US Senate;U.S. Senate
United States House of Representatives|o|House of Representatives
Supreme Court of the United States|o|US Supreme Court;U.S. Supreme Court
Republican Party|o|Republican;Republicans;GOP
Democratic Party|o|Democratic;Democrat;Democrats
Kremlin|o|
GRU|o|Main Directorate of Intelligence
Federal Security Service|o|FSB
Foreign Intelligence Service|o|SVR
Wagner Group|o|Wagner
Communist Party of China|o|Chinese Communist Party;CCP;CPC
Ministry of State Security|o|MSS
People's Liberation Army|o|PLA
United Front Work Department|o|UFWD
Australian Federal Police|o|AFP
Australian Security Intelligence Organisation|o|ASIO
Australian Labor Party|o|Labor;ALP
Liberal Party of Australia|o|
Australian Greens|o|Greens
Liberal–National Coalition|o|Coalition;Liberal-National Coalition
Parliament of Australia|o|Australian Parliament
Royal Canadian Mounted Police|o|RCMP
Canadian Security Intelligence Service|o|CSIS
Liberal Party of Canada|o|
Conservative Party of Canada|o|
North Atlantic Treaty Organization|o|NATO;Nato
European Union|o|EU;E.U.
European Commission|o|
European Parliament|o|
Council of the European Union|o|Council of the EU
European Council|o|
United Nations|o|UN;U.N.
United Nations Security Council|o|UN Security Council;Security Council
International Criminal Court|o|ICC
International Monetary Fund|o|IMF
World Bank|o|
World Health Organization|o|WHO
World Trade Organization|o|WTO
Interpol|o|
Europol|o|
Organization for Security and Co-operation in Europe|o|OSCE
Group of Seven|o|G7
Group of Twenty|o|G20
Senate|o|
Army|o|
Liberal Party|o|Liberal;Liberals
Bundestag|o|
Alternative for Germany|o|AfD
Federal Intelligence Service|o|BND
Microsoft|o|
Google|o|
Apple|o|
Amazon|o|
Meta|o|
Facebook|o|
Twitter|o|
TikTok|o|
ByteDance|o|
Huawei|o|
ZTE|o|
Tesla|o|
Nvidia|o|
OpenAI|o|
LinkedIn|o|
Discord|o|
Telegram|o|
WhatsApp|o|
AT&T|o|
Verizon|o|
T-Mobile|o|
Vodafone|o|
BT|o|
Lumen Technologies|o|Lumen
Boeing|o|
Airbus|o|
Shell|o|
BP|o|
HSBC|o|
Barclays|o|
Goldman Sachs|o|
JPMorgan Chase|o|JPMorgan
Premier League|o|
FIFA|o|
UEFA|o|
International Olympic Committee|o|IOC
`;

const TYPE_CODES: Record<string, EntityType> = { p: "person", o: "organization", l: "location" };

/** Lookup key: lower case, dots and apostrophe variants dropped, spaces single. */
export function gazetteerKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2019\u2018`]/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Stored {
  entry: GazetteerEntry;
  /** Alias written in capitals: matches only text written in capitals. */
  capsOnly: boolean;
}

const TABLE = new Map<string, Stored>();
let longest = 1;

function isCapsAlias(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, "");
  return letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase();
}

function load(block: string): void {
  for (const line of block.split("\n")) {
    if (!line.trim()) continue;
    const [name, code, aliases = ""] = line.split("|");
    const entry: GazetteerEntry = { name, type: TYPE_CODES[code] };
    for (const alias of [name, ...aliases.split(";")]) {
      const a = alias.trim();
      if (!a) continue;
      const key = gazetteerKey(a);
      if (TABLE.has(key) && TABLE.get(key)!.entry.name !== name) continue; // first line wins
      TABLE.set(key, { entry, capsOnly: isCapsAlias(a) });
      longest = Math.max(longest, key.split(" ").length);
    }
  }
}
load(COUNTRIES);
load(PLACES);
load(BODIES);

/** The most words any alias has: bounds the look-ahead of a longest-match scan. */
export const GAZETTEER_MAX_WORDS = longest;

/** The entry a surface form names, if any ("U.K." → United Kingdom, "the CPS" is looked up as "CPS"). */
export function lookupGazetteer(surface: string): GazetteerEntry | null {
  const key = gazetteerKey(surface);
  const hit = TABLE.get(key);
  if (!hit) return null;
  if (hit.capsOnly) {
    const letters = surface.replace(/[^\p{L}]/gu, "");
    if (letters !== letters.toUpperCase()) return null; // "US" names the country, "Us" and "us" do not
  }
  return hit.entry;
}
