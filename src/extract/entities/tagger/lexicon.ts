// Hand-written word lists for the tagger's name-list features. The larger lists (first and last
// names, countries, cities, nationalities, well-known organisations) come from compromise's
// lexicon at training time (scripts/train-ner.ts) and are stored inside the model file.

import type { GazCategory } from "./gazetteer.js";

const ORG_DESIGNATORS =
  "inc inc. corp corp. corporation co co. company ltd ltd. limited plc llc llp lp ag sa s.a. nv n.v. bv gmbh spa " +
  "s.p.a. ab asa oy kk group holdings holding bank trust fund foundation association union council committee " +
  "commission ministry department agency authority board court party university college institute school " +
  "hospital church club fc united city rovers athletic wanderers airlines airways motors industries " +
  "international partners capital securities insurance newspaper times post news press television radio " +
  "network service services office police army navy force forces assembly parliament senate congress " +
  "federation league society centre center exchange";

const TITLES =
  "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady baroness baron king queen prince princess " +
  "president vice-president chairman chairwoman chair chief minister premier chancellor secretary governor " +
  "mayor senator judge justice general gen. colonel col. captain capt. lieutenant sergeant officer inspector " +
  "detective commissioner director spokesman spokeswoman spokesperson ambassador envoy pope cardinal bishop " +
  "rev. reverend father sheikh coach manager striker midfielder defender goalkeeper mp kc qc";

const CALENDAR =
  "january february march april may june july august september october november december jan feb mar apr jun " +
  "jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter";

const NATIONALITIES =
  "afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian " +
  "azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese " +
  "cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech danish " +
  "dutch ecuadorean ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino finnish " +
  "french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian indonesian " +
  "iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovan " +
  "kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian macedonian malaysian malian maltese " +
  "mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien norwegian " +
  "omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian " +
  "rwandan saudi scottish senegalese serb serbian slovak slovenian somali south african spanish sri lankan " +
  "sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan ukrainian " +
  "uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean arab asian african latin western " +
  "muslim christian jewish catholic protestant islamic sunni shi'ite shia kurdish";

export function handLists(): Array<[string, GazCategory]> {
  const out: Array<[string, GazCategory]> = [];
  const add = (words: string, cat: GazCategory): void => {
    for (const w of words.split(" ")) if (w) out.push([w, cat]);
  };
  add(ORG_DESIGNATORS, "org-designator");
  add(TITLES, "title");
  add(CALENDAR, "calendar");
  add(NATIONALITIES, "nationality");
  // Multi-word nationalities the split above breaks apart.
  out.push(["south african", "nationality"], ["sri lankan", "nationality"], ["new zealander", "nationality"]);
  return out;
}
